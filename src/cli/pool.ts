// Runs a batch's tasks on worker threads and delivers their outcomes strictly in task order, whatever
// order they finish in. At most a small window of tasks runs ahead of the next one to deliver, so
// finished-but-waiting outcomes stay few. Once `stopped()` is true no new task starts; those running
// finish and are delivered. Extraction always runs on a thread, even with one job, so that it can be
// stopped: a report over its time budget (`--timeout`) or its heap (WORKER_HEAP_MB) fails alone, its
// thread ended and replaced, and an abort (Ctrl-C, SIGTERM) ends every thread at once.
// A task the last run already did (its manifest entry is known) is settled here when its input is
// unchanged: reading a report file back costs less than handing it to a thread. Threads are started
// only when a report has to be extracted, so a re-run of an unchanged corpus starts none.
import { availableParallelism } from 'node:os'
import { setFlagsFromString } from 'node:v8'
import type { Worker } from 'node:worker_threads'
import { type Outcome, settledWithoutExtraction, type Task } from './task.js'

export type Deliver = (outcome: Outcome) => Promise<void>

/**
 * The old-generation heap of each extraction thread. A report's tree and its passes take from about
 * 60 bytes per byte of input (prose) to several kilobytes per byte (hundreds of thousands of one-word
 * list items or paragraphs): past this the report fails alone, with a clear reason, instead of the
 * whole process dying of an exhausted heap. DEFAULT_MAX_BYTES (args.ts) keeps prose well inside it.
 * REPORT_EXTRACT_HEAP_MB sets another, for tuning and tests.
 */
const WORKER_HEAP_MB = Number(process.env.REPORT_EXTRACT_HEAP_MB) || 1024

/**
 * The limits of an extraction thread: its young generation bounded (V8 would grow it to 48 MB: at 16 MB
 * a parse's short-lived objects mostly die young, and three threads' heaps stay within the memory
 * target) and its old generation WORKER_HEAP_MB.
 */
export const THREAD_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: WORKER_HEAP_MB }

/** Why a report failed whose thread died: out of the memory one report may use, or a crash. */
export function threadDied(error: Error & { code?: string }): string {
  return error.code === 'ERR_WORKER_OUT_OF_MEMORY'
    ? `the report needs more than the ${WORKER_HEAP_MB} MB of memory one report may use ` +
        '(its input is too large or too repetitive to extract)'
    : `internal error: ${error.message}`
}

/** Why a report failed that was still being extracted after `timeout` seconds. */
export function overTime(timeout: number): string {
  return `extraction took longer than ${timeout} s (--timeout)`
}

export interface Limits {
  /** Seconds a report may take on its thread; 0 for no limit. */
  timeout: number
  /** Aborted: every thread is ended, outcomes not yet delivered are dropped, and the run resolves. */
  signal?: AbortSignal
}

/** Runs the tasks; resolves with how many outcomes were delivered (all, unless stopped or aborted). */
export async function runInOrder(
  tasks: readonly Task[],
  jobs: number,
  limits: Limits,
  deliver: Deliver,
  stopped: () => boolean,
): Promise<number> {
  if (tasks.length === 0) return 0
  return new WorkerPool(tasks, Math.max(1, threadsFor(jobs, tasks.length)), limits, deliver, stopped).run()
}

/**
 * More threads than cores only share them, each with its own heap (some 60 MB): `--jobs` is held to
 * twice the number of cores, so `--jobs 1000` on a laptop does not start a thread per report.
 */
const MAX_THREADS = 2 * availableParallelism()

/** How many threads a run of `reports` reports with `--jobs jobs` starts (1: it runs on the main thread). */
export function threadsFor(jobs: number, reports: number): number {
  return Math.min(jobs, reports, MAX_THREADS)
}

/**
 * A batch allocates much and keeps little: after a full collection a thread's heap holds about 12 MB,
 * but V8 lets it grow up to four times that before collecting again, in each of three threads. Capping
 * that growth at three times (a flag V8 reads at every collection, for every thread of the process)
 * took the peak of a 600-report run from 221 to 198 MiB in a side-by-side comparison, within the noise in time.
 * Set only for a batch run on threads, never by the library.
 */
function boundHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=200')
}

/**
 * A thread is replaced by a fresh one after this many reports (REPORT_EXTRACT_THREAD_REPORTS, for
 * tuning and tests). V8 returns little of a heap that has grown to the peak of its collection cycle,
 * and over thousands of reports a long-lived thread's resident memory creeps up; a new thread costs
 * a fraction of a second of one core to start and warm up.
 */
const RECYCLE_AFTER = Number(process.env.REPORT_EXTRACT_THREAD_REPORTS) || 500

/** An extraction thread of a pool of `size` threads; `preload`: it loads the extraction code before its first task. */
function newThread(WorkerClass: typeof Worker, size: number, preload = false): Worker {
  return new WorkerClass(new URL('./worker.js', import.meta.url), {
    resourceLimits: THREAD_LIMITS,
    // One thread: no heap flag was set (boundHeapGrowth), so the pipeline's code cache fits it.
    workerData: { codeCache: size === 1, preload },
  })
}

/** A thread prestart started, for a pool of `size` threads, until a pool takes it. */
interface EarlyThread {
  size: number
  thread?: Promise<Worker>
  /** It ended before a pool took it. */
  dead: boolean
  died: () => void
}
let earlyThread: EarlyThread | undefined

/**
 * Starts the first thread of a run of `reports` reports with `--jobs jobs`, when every report is to be
 * extracted (`--force`, or no earlier run), before the run has read its manifest and opened its tables:
 * the thread loads the extraction code meanwhile, on the other core, and runInOrder takes it as its first.
 * Until then it keeps nothing running: a run that ends before it extracts (its output refused) ends as before.
 */
export function prestart(jobs: number, reports: number): void {
  const size = threadsFor(jobs, reports)
  if (size < 1 || earlyThread) return
  if (size > 1) boundHeapGrowth()
  const early: EarlyThread = { size, dead: false, died: () => void (early.dead = true) }
  early.thread = import('node:worker_threads').then(({ Worker }) => {
    const worker = newThread(Worker, size, true)
    worker.unref()
    // Dead before a pool took it (it can only have failed to start): the pool starts another.
    worker.once('error', early.died).once('exit', early.died)
    return worker
  })
  earlyThread = early
}

/** The thread prestart started, if it was for a pool of this size and is alive; ended otherwise. */
async function takeEarlyThread(size: number): Promise<Worker | null> {
  const early = earlyThread
  earlyThread = undefined
  if (!early?.thread) return null
  const worker = await early.thread
  worker.off('error', early.died).off('exit', early.died)
  if (early.dead || early.size !== size) {
    void worker.terminate()
    return null
  }
  worker.ref()
  return worker
}

class WorkerPool {
  private readonly buffer = new Map<number, Outcome>()
  private readonly running = new Map<Worker, Task | null>()
  /** How many tasks each thread has run: a thread is replaced after RECYCLE_AFTER. */
  private readonly served = new Map<Worker, number>()
  /** The time budget of the task each thread runs. */
  private readonly timers = new Map<Worker, NodeJS.Timeout>()
  /** Tasks found to need extraction while every thread was busy: not checked twice. */
  private readonly changed = new Set<number>()
  private WorkerClass: typeof Worker | undefined
  private next = 0
  private delivered = 0
  private aborted = false
  private delivering: Promise<void> = Promise.resolve()
  private finish: (delivered: number) => void = () => {}
  private fail: (error: unknown) => void = () => {}
  private readonly window: number

  constructor(
    private readonly tasks: readonly Task[],
    private readonly size: number,
    private readonly limits: Limits,
    private readonly deliver: Deliver,
    private readonly stopped: () => boolean,
  ) {
    this.window = size * 8
  }

  async run(): Promise<number> {
    this.WorkerClass = (await import('node:worker_threads')).Worker
    if (this.size > 1) boundHeapGrowth()
    const early = await takeEarlyThread(this.size)
    if (early) this.adopt(early)
    const done = new Promise<number>((resolve, reject) => {
      this.finish = resolve
      this.fail = reject
    })
    const abort = () => this.abort()
    if (this.limits.signal?.aborted) this.abort()
    this.limits.signal?.addEventListener('abort', abort)
    this.feed()
    try {
      return await done
    } finally {
      this.limits.signal?.removeEventListener('abort', abort)
      for (const timer of this.timers.values()) clearTimeout(timer)
      // Idle threads are asked to end, so that what they printed (NODE_DEBUG) is not lost; busy ones (an
      // abort, a failure) are ended.
      await Promise.all(
        [...this.running].map(([worker, task]) => (task === null && !this.aborted ? this.close(worker) : worker.terminate())),
      )
    }
  }

  private start(): Worker {
    return this.adopt(newThread(this.WorkerClass!, this.size))
  }

  /** A thread of this pool, idle. */
  private adopt(worker: Worker): Worker {
    this.running.set(worker, null)
    worker.on('message', (outcome: Outcome) => {
      this.stopTimer(worker)
      const served = (this.served.get(worker) ?? 0) + 1
      this.served.set(worker, served)
      if (served >= RECYCLE_AFTER && this.next < this.tasks.length) this.retire(worker)
      else this.running.set(worker, null)
      this.accept(outcome)
    })
    worker.on('error', (error: Error & { code?: string }) => {
      // The thread died (out of memory, a crash): its report fails, a new thread takes its place when needed.
      this.abandon(worker, threadDied(error))
    })
    return worker
  }

  /** The thread's task fails with `reason`; the thread is ended, and another started when a task needs one. */
  private abandon(worker: Worker, reason: string): void {
    const task = this.running.get(worker)
    this.retire(worker)
    if (task) this.accept({ index: task.index, ok: false, path: task.path, reason })
    else this.feed()
  }

  /** A thread that has served its share (or is abandoned) ends; a fresh one takes its place when a task needs it. */
  private retire(worker: Worker): void {
    this.stopTimer(worker)
    this.running.delete(worker)
    this.served.delete(worker)
    worker.removeAllListeners('error')
    worker.removeAllListeners('message')
    worker.on('error', () => {})
    void worker.terminate()
  }

  /** An idle thread ends once it has nothing left to do; ended by force after a second. */
  private async close(worker: Worker): Promise<void> {
    const exited = new Promise((resolve) => worker.once('exit', resolve))
    worker.postMessage(null)
    const timer = setTimeout(() => void worker.terminate(), 1000)
    await exited
    clearTimeout(timer)
  }

  private stopTimer(worker: Worker): void {
    clearTimeout(this.timers.get(worker))
    this.timers.delete(worker)
  }

  /**
   * Ctrl-C or SIGTERM: every thread ends now. The outcomes already in hand are delivered up to the
   * first one missing (an abandoned task's); the run then resolves.
   */
  private abort(): void {
    if (this.aborted) return
    this.aborted = true
    for (const worker of [...this.running.keys()]) this.retire(worker)
    this.delivering = this.delivering
      .then(async () => {
        for (let ready = this.buffer.get(this.delivered); ready; ready = this.buffer.get(this.delivered)) {
          this.buffer.delete(this.delivered)
          await this.deliver(ready)
          this.delivered++
        }
        this.buffer.clear()
        this.finish(this.delivered)
      })
      .catch(this.fail)
  }

  /** An idle thread, started now if fewer than `size` run; undefined when all are busy. */
  private idle(): Worker | undefined {
    for (const [worker, task] of this.running) if (task === null) return worker
    return this.running.size < this.size ? this.start() : undefined
  }

  private feed(): void {
    if (this.aborted) return
    while (!this.stopped() && this.next < this.tasks.length && this.next - this.delivered < this.window) {
      const task = this.tasks[this.next]!
      const settled = task.known && !this.changed.has(task.index) ? settledWithoutExtraction(task) : null
      if (settled) {
        this.next++
        this.accept(settled)
        continue
      }
      this.changed.add(task.index)
      const worker = this.idle()
      if (!worker) break
      this.next++
      this.changed.delete(task.index)
      this.running.set(worker, task)
      if (this.limits.timeout > 0) {
        const timer = setTimeout(() => this.abandon(worker, overTime(this.limits.timeout)), this.limits.timeout * 1000)
        this.timers.set(worker, timer)
      }
      worker.postMessage(task)
    }
    const busy = [...this.running.values()].some((task) => task !== null)
    if (!busy && this.buffer.size === 0 && (this.delivered === this.tasks.length || this.stopped())) this.finish(this.delivered)
  }

  private accept(outcome: Outcome): void {
    if (this.aborted) return
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
