// A worker thread of a batch run: takes tasks, one at a time, and answers each with its outcome. The
// report read from standard input (stdin.ts) has a thread of its own, answered the same way.
import { parentPort, workerData } from 'node:worker_threads'
import { loadPipeline } from '../cached-code.js'
import { runStdinTask, type StdinTask } from './stdin-task.js'
import { runTask, type Task } from './task.js'

// A thread started ahead of its run (pool.ts, prestart) loads the extraction code at once, while the run
// prepares its first task. A failure to load is that task's to report (runTask awaits the same promise).
if (workerData?.preload === true) loadPipeline().catch(() => {})

parentPort!.on('message', (task: Task | StdinTask | null) => {
  // The run is over: the thread ends once what it printed is flushed.
  if (task === null) return parentPort!.close()
  if ('bytes' in task) return void runStdinTask(task).then((outcome) => parentPort!.postMessage(outcome))
  // Rows cross to the main thread as CSV already encoded, the tables being views of one buffer that is
  // moved, not copied: it lives outside the JavaScript heap while it waits its turn and is written as
  // it is. As strings, the waiting text kept the main thread's young generation growing; as thousands
  // of small arrays, more so.
  void runTask(task).then((outcome) =>
    parentPort!.postMessage(
      outcome,
      outcome.ok ? [outcome.csv.contents.buffer as ArrayBuffer, ...(outcome.jsonl ? [outcome.jsonl.buffer as ArrayBuffer] : [])] : [],
    ),
  )
})
