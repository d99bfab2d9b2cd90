import { Worker } from 'node:worker_threads';
import type { FlowSnapshot } from './flow-snapshot.js';
import type { SourceRequest, SourceWorkerMessage } from './source-worker-message.js';

/** How loading one source in the thread ended. */
export type SourceOutcome =
  | { readonly kind: 'loaded'; readonly flows: readonly FlowSnapshot[] }
  | { readonly kind: 'failed'; readonly message: string; readonly stack?: string }
  | { readonly kind: 'stopped' };

// The worker's own entry is TypeScript when the command runs from its sources (in tests), and then
// loaded through the same loader as the flow sources.
const ownExtension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const workerEntry = new URL(`./flow-source-worker${ownExtension}`, import.meta.url).href;
const bootstrap = `
const { workerData } = require('node:worker_threads');
if (workerData.entry.endsWith('.ts')) {
  import(workerData.loader).then(({ tsImport }) => tsImport(workerData.entry, workerData.entry));
} else {
  import(workerData.entry);
}
`;

interface Pending {
  readonly id: number;
  readonly limitSeconds: number;
  readonly finish: (outcome: SourceOutcome) => void;
  timer: NodeJS.Timeout | undefined;
}

/**
 * A worker thread that loads sources one at a time, kept for the next source so that the
 * TypeScript loader starts once per command. A source that runs past its time limit stops the
 * thread (the next source gets a new one); so does one that ends the process.
 */
class SourceThread {
  private readonly worker: Worker;
  /** How many sources it was given: each leaves its modules behind, so threads are renewed. */
  nextId = 0;
  private pending: Pending | undefined;
  stopped = false;

  constructor() {
    this.worker = new Worker(bootstrap, {
      eval: true,
      workerData: { entry: workerEntry, loader: import.meta.resolve('tsx/esm/api') },
    });
    // An idle thread, or one stuck where it cannot be stopped, must not keep the command running.
    this.worker.unref();
    this.worker.on('message', (message: SourceWorkerMessage) => this.receive(message));
    this.worker.on('error', (error) => {
      this.settle({
        kind: 'failed',
        message: error.message,
        ...(error.stack && { stack: error.stack }),
      });
      this.stop();
    });
    this.worker.on('exit', (code) => {
      this.stopped = true;
      this.settle({
        kind: 'failed',
        message: `it exited (exit code ${code}) before its flows were read`,
      });
    });
  }

  load(file: string, limitSeconds: number): Promise<SourceOutcome> {
    const id = ++this.nextId;
    return new Promise((finish) => {
      this.pending = { id, limitSeconds, finish, timer: undefined };
      // The clock runs while the thread starts, and again from when the source starts running.
      this.startClock();
      this.worker.postMessage({ id, file } satisfies SourceRequest);
    });
  }

  private startClock(): void {
    const pending = this.pending;
    if (pending === undefined) return;
    clearTimeout(pending.timer);
    pending.timer = setTimeout(() => this.stop(), pending.limitSeconds * 1000);
  }

  private receive(message: SourceWorkerMessage): void {
    const pending = this.pending;
    if (pending === undefined) return;
    if (message.kind === 'stray') {
      // Thrown while a source loads: most likely by it. Between sources it is of no interest.
      this.settle({
        kind: 'failed',
        message: message.message,
        ...(message.stack && { stack: message.stack }),
      });
    } else if (message.id === pending.id) {
      if (message.kind === 'started') this.startClock();
      else if (message.kind === 'loaded') this.settle({ kind: 'loaded', flows: message.flows });
      else
        this.settle({
          kind: 'failed',
          message: message.message,
          ...(message.stack && { stack: message.stack }),
        });
    }
  }

  private settle(outcome: SourceOutcome): void {
    const pending = this.pending;
    if (pending === undefined) return;
    this.pending = undefined;
    clearTimeout(pending.timer);
    pending.finish(outcome);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.worker.removeAllListeners();
    // Whatever the stopped thread still reports is of no interest any more.
    this.worker.on('error', () => {});
    void this.worker.terminate();
    this.settle({ kind: 'stopped' });
  }
}

let thread: SourceThread | undefined;
let queue: Promise<unknown> = Promise.resolve();
let waiting = 0;
let idleTimer: NodeJS.Timeout | undefined;

/** Sources one thread loads before a new one takes over, so that memory stays bounded. */
const sourcesPerThread = 16;

/** How long an idle thread waits for the next source before it is stopped, in milliseconds. */
const idleLimit = 1_000;

/**
 * Stops the thread that loads sources, if there is one: a thread that has run the TypeScript
 * loader keeps the process alive, so the command stops it when it is done. The next source gets a
 * new thread.
 *
 * @example
 * ```ts
 * import { stopSourceThread } from './source-thread.js';
 * stopSourceThread();
 * ```
 */
export function stopSourceThread(): void {
  clearTimeout(idleTimer);
  thread?.stop();
  thread = undefined;
}

/**
 * Loads one `.flow.ts` source (an absolute path) in the worker thread, after the sources asked for
 * before it, and gives its flows as data; `stopped` when it ran longer than `limitSeconds`. A thread
 * left idle for a second is stopped, so that a caller that never calls {@link stopSourceThread}
 * still ends.
 *
 * @example
 * ```ts
 * import { loadInSourceThread } from './source-thread.js';
 * const outcome = await loadInSourceThread('/work/flows/main.flow.ts', 30);
 * outcome.kind; // 'loaded'
 * ```
 */
export function loadInSourceThread(file: string, limitSeconds: number): Promise<SourceOutcome> {
  waiting++;
  clearTimeout(idleTimer);
  const run = () => {
    if (thread !== undefined && thread.nextId >= sourcesPerThread) thread.stop();
    if (thread === undefined || thread.stopped) thread = new SourceThread();
    return thread.load(file, limitSeconds);
  };
  const result = queue.then(run, run).finally(() => {
    if (--waiting > 0) return;
    idleTimer = setTimeout(stopSourceThread, idleLimit);
    idleTimer.unref();
  });
  queue = result;
  return result;
}
