// A worker thread of `--all`: takes plan files one at a time from the main thread and answers with results.
import { parentPort, workerData } from 'node:worker_threads';
import { runPlan, type PipelineOptions } from '../pipeline.js';

const options = workerData as PipelineOptions;
parentPort!.on('message', async (file: string | null) => {
  if (file === null) return void parentPort!.close();
  try {
    parentPort!.postMessage(await runPlan(file, options));
  } catch (error) {
    parentPort!.postMessage({ file, findings: [], outputs: [], ok: false, failure: { message: `internal error: ${(error as Error).message}`, exit: 2 } });
  }
});
