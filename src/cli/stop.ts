// Ctrl-C (or a TERM from a job scheduler) during the main run: the first signal abandons the reports
// under way (their threads end at once) and lets the run close with the reports done; a second quits
// at once, except while the tables are being put in place (a moment), which it waits for.
import { sweepTemporaries } from '../emit/atomic.js'
import type { Progress } from './progress.js'

export class Stopper {
  /** A signal came: no new report starts. */
  stopping = false
  /**
   * From the moment the tables are renamed into place until the manifest is written, the folder's
   * files must change together: a second Ctrl-C then waits for that to finish.
   */
  committing = false
  /** The first signal, whose exit status the run ends with. */
  signalled: NodeJS.Signals | null = null
  /** Aborted at the first signal: the pool ends every thread. */
  readonly abort = new AbortController()
  private readonly handler = (signal: NodeJS.Signals) => this.stop(signal)

  constructor(
    private readonly out: string,
    private readonly progress: Progress,
    private readonly say: (text: string) => void,
  ) {}

  listen(): void {
    process.on('SIGINT', this.handler).on('SIGTERM', this.handler)
  }

  unlisten(): void {
    process.off('SIGINT', this.handler).off('SIGTERM', this.handler)
  }

  private stop(signal: NodeJS.Signals): void {
    if (this.stopping && this.committing) {
      this.progress.clear()
      this.say('stopping: the tables are being put in place; the run ends when they are')
      return
    }
    if (this.stopping) {
      sweepTemporaries(this.out)
      process.exit(exitOnSignal(this.signalled ?? signal))
    }
    this.stopping = true
    this.signalled = signal
    this.progress.clear()
    const again = 'press Ctrl-C again to quit at once, leaving the tables of the last run'
    this.say(`stopping: abandoning the reports under way and keeping those done (${again})`)
    this.abort.abort()
  }
}

/** The exit status of a run stopped by a signal, as a shell reports a process killed by it: 130 for INT, 143 for TERM. */
export function exitOnSignal(signal: NodeJS.Signals): number {
  return 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1)
}
