/** One worker of secure-pages.ts: secures each batch of record pages it is sent, against the allowlist it started with. */
import { parentPort, workerData } from 'node:worker_threads';
import { securePage } from './secure-page.ts';
import type { PageFile } from './secure-pages.ts';

const allowed = new Set((workerData as { allowed: string[] }).allowed);
parentPort!.on('message', (batch: PageFile[]) => {
  parentPort!.postMessage(batch.map(({ file, url }) => ({ file, page: securePage(file, url, allowed, false) })));
});
