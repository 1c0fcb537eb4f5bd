// A worker thread of a batch run: takes tasks, one at a time, and answers each with its outcome.
import { parentPort } from 'node:worker_threads'
import { runTask, type Task } from './task.js'

parentPort!.on('message', (task: Task | null) => {
  // The run is over: the thread ends once what it printed is flushed.
  if (task === null) return parentPort!.close()
  // Rows cross to the main thread as CSV already encoded, the tables being views of one buffer that is
  // moved, not copied: it lives outside the JavaScript heap while it waits its turn and is written as
  // it is. As strings, the waiting text kept the main thread's young generation growing; as thousands
  // of small arrays, more so.
  void runTask(task).then((outcome) => parentPort!.postMessage(outcome, outcome.ok ? [outcome.csv.contents.buffer as ArrayBuffer, ...(outcome.jsonl ? [outcome.jsonl.buffer as ArrayBuffer] : [])] : []))
})
