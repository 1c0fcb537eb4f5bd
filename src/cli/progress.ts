// Progress of a batch on stderr, for a person at a terminal: done/total, reports per second, time
// left, redrawn in place at most ten times a second. Nothing at all when stderr is not a terminal.
export class Progress {
  private done = 0
  private shown = 0
  private drawn = false
  private readonly started = performance.now()

  constructor(
    private readonly stream: { write(text: string): unknown },
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  tick(): void {
    this.done++
    const now = performance.now()
    if (!this.enabled || now - this.shown < 100) return
    this.shown = now
    const seconds = (now - this.started) / 1000
    const rate = this.done / Math.max(seconds, 0.001)
    const left = (this.total - this.done) / rate
    this.stream.write(`\r\x1b[Kreport-extract: ${this.done}/${this.total} reports, ${rate.toFixed(1)}/s, ${clock(left)} left`)
    this.drawn = true
  }

  /** Wipe the progress line before something else is printed. */
  clear(): void {
    if (!this.drawn) return
    this.stream.write('\r\x1b[K')
    this.drawn = false
  }
}

function clock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds))
  const minutes = Math.floor(whole / 60)
  return minutes >= 60
    ? `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`
    : `${minutes}:${String(whole % 60).padStart(2, '0')}`
}
