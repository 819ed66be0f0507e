// A worker thread of `--all`: takes plan files one at a time from the main thread and answers with results.
import { parentPort, workerData } from 'node:worker_threads';
import { runPlan, type PipelineOptions } from '../pipeline.js';
import { say, setLang, type Lang } from '../i18n.js';

// The run's language goes with the work: a worker starts with its own copy of every module.
const { options, lang } = workerData as { options: PipelineOptions; lang: Lang };
setLang(lang);
parentPort!.on('message', async (file: string | null) => {
  if (file === null) return void parentPort!.close();
  try {
    parentPort!.postMessage(await runPlan(file, options));
  } catch (error) {
    parentPort!.postMessage({ file, findings: [], outputs: [], ok: false, failure: { message: `${say('lỗi bên trong', 'internal error')}: ${(error as Error).message}`, exit: 2 } });
  }
});
