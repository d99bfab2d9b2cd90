import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the shared corpus of real flows lives: beside the checkout, absent in a user's clone. */
export const corpusDirectory = resolve(import.meta.dirname, '../../shared/corpus');

/** One corpus flow: its path, and the number of actions the manifest gives. */
export interface CorpusFile {
  readonly path: string;
  readonly actions: number;
}

/**
 * The corpus flows the manifest lists, or `undefined` when there is no corpus.
 *
 * @example
 * ```ts
 * import { corpusFiles } from './corpus-files.js';
 * const files = corpusFiles();
 * console.log(files === undefined ? 'skipped (no corpus)' : `${files.length} flows`);
 * ```
 */
export function corpusFiles(): CorpusFile[] | undefined {
  const manifest = resolve(corpusDirectory, 'MANIFEST.json');
  if (!existsSync(manifest)) return undefined;
  const entries = JSON.parse(readFileSync(manifest, 'utf8')) as {
    readonly file: string;
    readonly actions: number;
  }[];
  return entries.map((entry) => ({
    path: resolve(corpusDirectory, entry.file),
    actions: entry.actions,
  }));
}
