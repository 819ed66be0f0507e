// Many plans in one process: every plan file under a folder, spread over worker threads when there are
// enough of them to pay for the threads' start-up, with a progress bar on a terminal.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runPlan, type PipelineOptions, type PlanResult } from '../pipeline.js';
import { currentLang } from '../i18n.js';

/** Below this many plans one thread is quicker than starting workers (each loads the CLI again). */
const PER_WORKER = 16;

export interface Progress {
  (done: number, total: number, file: string): void;
}

export async function runAll(files: string[], options: PipelineOptions, progress?: Progress, threads = availableParallelism()): Promise<PlanResult[]> {
  const workers = Math.min(threads, Math.floor(files.length / PER_WORKER));
  const results: PlanResult[] = new Array(files.length);
  let done = 0;
  const finish = (index: number, result: PlanResult) => {
    results[index] = result;
    progress?.(++done, files.length, result.file);
  };
  if (workers < 2) {
    for (const [i, file] of files.entries()) finish(i, await runPlan(file, options));
    return results;
  }
  let next = 0;
  await Promise.all(Array.from({ length: workers }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(new URL('./batch-worker.js', import.meta.url), { workerData: { options, lang: currentLang() } });
    let current = -1;
    const feed = () => {
      current = next < files.length ? next++ : -1;
      worker.postMessage(current >= 0 ? files[current] : null);
    };
    worker.on('message', (result: PlanResult) => { finish(current, result); feed(); });
    worker.on('error', reject);
    worker.on('exit', () => resolve());
    feed();
  })));
  return results;
}

/**
 * "[██████░░░░] 612/1000 schools/a/2025.yaml", redrawn in place on stderr; drawn only once a run has
 * taken a second, so a quick run prints nothing but its result.
 */
export function progressBar(stream: NodeJS.WriteStream, label: (file: string) => string, quiet = 1000): Progress {
  const start = Date.now();
  let last = 0;
  let drawn = false;
  return (done, total, file) => {
    const now = Date.now();
    if (now - start < quiet && !drawn) return;
    if (done < total && now - last < 80) return;
    last = now;
    drawn = true;
    const width = 24;
    const filled = Math.round((done / total) * width);
    const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${label(file)}`;
    stream.write(`\r${line.slice(0, (stream.columns || 80) - 1).padEnd((stream.columns || 80) - 1)}${done === total ? '\r' + ' '.repeat((stream.columns || 80) - 1) + '\r' : ''}`);
  };
}
