// Runs a batch's tasks on worker threads (or in this thread for one job) and delivers their outcomes
// strictly in task order, whatever order they finish in. At most a small window of tasks runs ahead
// of the next one to deliver, so finished-but-waiting outcomes stay few. Once `stopped()` is true no
// new task starts; those running finish and are delivered.
import type { Worker } from 'node:worker_threads'
import type { Outcome, Task } from './task.js'

export type Deliver = (outcome: Outcome) => Promise<void>

/** Runs the tasks; resolves with how many outcomes were delivered (all, unless stopped). */
export async function runInOrder(tasks: readonly Task[], jobs: number, deliver: Deliver, stopped: () => boolean): Promise<number> {
  const workers = Math.min(jobs, tasks.length)
  if (workers <= 1) {
    const { runTask } = await import('./task.js')
    let delivered = 0
    for (const task of tasks) {
      if (stopped()) break
      await deliver(await runTask(task))
      delivered++
    }
    return delivered
  }
  return new WorkerPool(tasks, workers, deliver, stopped).run()
}

class WorkerPool {
  private readonly buffer = new Map<number, Outcome>()
  private readonly running = new Map<Worker, Task | null>()
  private next = 0
  private delivered = 0
  private delivering: Promise<void> = Promise.resolve()
  private finish: (delivered: number) => void = () => {}
  private fail: (error: unknown) => void = () => {}
  private readonly window: number

  constructor(
    private readonly tasks: readonly Task[],
    private readonly size: number,
    private readonly deliver: Deliver,
    private readonly stopped: () => boolean,
  ) {
    this.window = size * 8
  }

  async run(): Promise<number> {
    const { Worker } = await import('node:worker_threads')
    const done = new Promise<number>((resolve, reject) => {
      this.finish = resolve
      this.fail = reject
    })
    const start = () => {
      const worker = new Worker(new URL('./worker.js', import.meta.url), {
        // A small young generation keeps each thread's memory flat over thousands of reports.
        resourceLimits: { maxYoungGenerationSizeMb: 8 },
      })
      this.running.set(worker, null)
      worker.on('message', (outcome: Outcome) => {
        this.running.set(worker, null)
        this.accept(outcome)
      })
      worker.on('error', (error) => {
        // The worker died (out of memory, a crash): its report fails, a new worker takes its place.
        const task = this.running.get(worker)
        this.running.delete(worker)
        if (task) this.accept({ index: task.index, ok: false, path: task.path, reason: `internal error: ${error.message}` })
        if (!this.stopped()) start()
        this.feed()
      })
      this.feedOne(worker)
    }
    for (let i = 0; i < this.size; i++) start()
    try {
      return await done
    } finally {
      await Promise.all([...this.running.keys()].map((worker) => worker.terminate()))
    }
  }

  private feedOne(worker: Worker): void {
    if (this.running.get(worker) !== null) return
    if (this.stopped() || this.next >= this.tasks.length || this.next - this.delivered >= this.window) return
    const task = this.tasks[this.next++]!
    this.running.set(worker, task)
    worker.postMessage(task)
  }

  private feed(): void {
    for (const worker of this.running.keys()) this.feedOne(worker)
    const busy = [...this.running.values()].some((task) => task !== null)
    if (!busy && this.buffer.size === 0 && (this.delivered === this.tasks.length || this.stopped())) this.finish(this.delivered)
  }

  private accept(outcome: Outcome): void {
    this.buffer.set(outcome.index, outcome)
    this.delivering = this.delivering
      .then(async () => {
        for (let ready = this.buffer.get(this.delivered); ready; ready = this.buffer.get(this.delivered)) {
          this.buffer.delete(this.delivered)
          await this.deliver(ready)
          this.delivered++
        }
        this.feed()
      })
      .catch(this.fail)
  }
}
