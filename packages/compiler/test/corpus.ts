import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the shared real-flow corpus lives: beside the checkout, absent in a user's clone. */
export const corpusDirectory = resolve(import.meta.dirname, '../../../../shared/corpus');

/** Whether the corpus is there; tests that need it are skipped otherwise. */
export const corpusAvailable = existsSync(resolve(corpusDirectory, 'MANIFEST.json'));

/** One flow of the corpus, as its manifest lists it. */
export interface CorpusEntry {
  readonly file: string;
  readonly kind: 'raw' | 'wrapped';
  readonly flowType: string | null;
}

/** The manifest, or an empty list when the corpus is absent. */
export function corpusEntries(): CorpusEntry[] {
  if (!corpusAvailable) return [];
  return JSON.parse(
    readFileSync(resolve(corpusDirectory, 'MANIFEST.json'), 'utf8'),
  ) as CorpusEntry[];
}

/** One corpus flow, parsed. */
export function corpusDocument(entry: CorpusEntry): unknown {
  return JSON.parse(readFileSync(resolve(corpusDirectory, entry.file), 'utf8'));
}
