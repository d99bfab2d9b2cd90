import type { FlowSnapshot } from './flow-snapshot.js';

/** What the command asks the thread that loads `.flow.ts` sources: one source to load. */
export interface SourceRequest {
  readonly id: number;
  /** The absolute path of the source. */
  readonly file: string;
}

/**
 * What that thread posts: that it starts running a source (its time limit counts from then); the
 * flows the source exports, or why it could not load it; and errors thrown outside any loading, by
 * what a source left running.
 */
export type SourceWorkerMessage =
  | { readonly kind: 'started'; readonly id: number }
  | { readonly kind: 'loaded'; readonly id: number; readonly flows: readonly FlowSnapshot[] }
  | {
      readonly kind: 'failed';
      readonly id: number;
      readonly message: string;
      readonly stack?: string;
    }
  | { readonly kind: 'stray'; readonly message: string; readonly stack?: string };
