// A worker thread of a batch run: takes tasks, one at a time, and answers each with its outcome.
import { parentPort } from 'node:worker_threads'
import { runTask, type Task } from './task.js'

parentPort!.on('message', (task: Task) => {
  void runTask(task).then((outcome) => parentPort!.postMessage(outcome))
})
