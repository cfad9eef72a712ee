/**
 * The record pages secured in parallel (secure-page.ts on each): reading, parsing and rewriting a
 * large portfolio's unit pages is most of the post-build step, and every page is independent of
 * the others once the allowlist is known. Worker threads share the pages out, one per core (at
 * least one, at most four), and each sends back what the link check and the refusal need.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SecuredPage } from './secure-page.ts';

export interface PageFile {
  file: string;
  url: string;
}

/** Pages each worker takes at a time: enough to keep the messages few, small enough to share out evenly. */
const BATCH = 50;

export async function secureRecordPages(pages: readonly PageFile[], allowed: ReadonlySet<string>): Promise<Map<string, SecuredPage>> {
  const secured = new Map<string, SecuredPage>();
  if (pages.length === 0) return secured;
  const batches: PageFile[][] = [];
  for (let i = 0; i < pages.length; i += BATCH) batches.push(pages.slice(i, i + BATCH));
  const count = Math.max(1, Math.min(4, availableParallelism(), batches.length));
  const workers: Worker[] = [];
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./secure-worker.ts', import.meta.url), { workerData: { allowed: [...allowed] } });
      workers.push(worker);
      const next = () => {
        const batch = batches.shift();
        if (batch) worker.postMessage(batch);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (done: { file: string; page: SecuredPage }[]) => {
        for (const { file, page } of done) secured.set(file, page);
        next();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (batches.length > 0) reject(new Error(`a worker securing the record pages stopped (exit code ${code})`));
      });
      next();
    });
  try {
    await Promise.all(Array.from({ length: count }, run));
  } catch (error) {
    // No worker goes on writing pages while a refused build removes them.
    batches.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  }
  return secured;
}
