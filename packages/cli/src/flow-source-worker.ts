// Runs in a worker thread started by `loadFlowSource`: imports `.flow.ts` sources, TypeScript and
// all, one at a time as they are asked for, and posts back their flows as plain data. A source
// that never finishes can then be stopped without stopping the command.
import { pathToFileURL } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { snapshotFlows } from './flow-snapshot.js';
import type { SourceRequest, SourceWorkerMessage } from './source-worker-message.js';

function post(message: SourceWorkerMessage): void {
  parentPort?.postMessage(message);
}

function failure(error: unknown): { message: string; stack?: string } {
  return error instanceof Error
    ? { message: error.message, ...(error.stack && { stack: error.stack }) }
    : { message: String(error) };
}

// What a source throws later, from a timer or a promise nobody awaits, would end the thread; it is
// reported instead, and the thread stays for the next source.
process.on('uncaughtException', (error) => post({ kind: 'stray', ...failure(error) }));
process.on('unhandledRejection', (error) => post({ kind: 'stray', ...failure(error) }));

const { tsImport } = await import('tsx/esm/api');

parentPort?.on('message', async ({ id, file }: SourceRequest) => {
  post({ kind: 'started', id });
  try {
    const exports = (await tsImport(pathToFileURL(file).href, import.meta.url)) as Record<
      string,
      unknown
    >;
    const flows = snapshotFlows(exports);
    try {
      post({ kind: 'loaded', id, flows });
    } catch (error) {
      // A value the thread cannot post (a function given as a condition, say).
      post({ kind: 'failed', id, ...failure(error) });
    }
  } catch (error) {
    post({ kind: 'failed', id, ...failure(error) });
  }
});
