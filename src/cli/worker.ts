// A worker thread of a batch run: takes tasks, one at a time, and answers each with its outcome.
import { parentPort } from 'node:worker_threads'
import { runTask, type Task } from './task.js'

parentPort!.on('message', (task: Task) => {
  // Rows cross to the main thread as CSV text, one flat string per table: cheap to copy, to keep
  // while it waits its turn, and to append; thousands of small arrays are not.
  void runTask(task).then((outcome) => parentPort!.postMessage(outcome))
})
