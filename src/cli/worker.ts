// A worker thread of a batch run: takes tasks, one at a time, and answers each with its outcome.
import { parentPort } from 'node:worker_threads'
import { runTask, type Task } from './task.js'

parentPort!.on('message', (task: Task) => {
  // Rows cross to the main thread as one JSON string, parsed there just before they are written: a
  // flat string is cheap to copy and to keep while it waits its turn; thousands of small arrays are not.
  void runTask(task).then((outcome) => parentPort!.postMessage(outcome.ok ? { ...outcome, rows: JSON.stringify(outcome.rows) } : outcome))
})
