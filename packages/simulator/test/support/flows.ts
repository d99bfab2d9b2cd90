import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isFlowDefinition, type FlowDefinition } from '@contactflow/dsl';
import { loadFlow } from '../../src/index.js';

const examplesDirectory = resolve(import.meta.dirname, '../../../../examples');

/** Where the shared real-flow corpus lives: beside the checkout, absent in a user's clone. */
export const corpusDirectory = resolve(import.meta.dirname, '../../../../../shared/corpus');

/** Whether the corpus is there; tests that need it are skipped otherwise. */
export const corpusAvailable = existsSync(resolve(corpusDirectory, 'MANIFEST.json'));

/** One flow of the corpus, as its manifest lists it. */
export interface CorpusEntry {
  readonly file: string;
  readonly flowType: string | null;
  readonly actions: number;
}

/** The manifest, or an empty list when the corpus is absent. */
export function corpusEntries(): CorpusEntry[] {
  if (!corpusAvailable) return [];
  return JSON.parse(
    readFileSync(resolve(corpusDirectory, 'MANIFEST.json'), 'utf8'),
  ) as CorpusEntry[];
}

/** The text of one corpus flow. */
export function corpusText(entry: CorpusEntry): string {
  return readFileSync(resolve(corpusDirectory, entry.file), 'utf8');
}

/** Every flow and module the example sources export. */
export async function exampleFlows(): Promise<FlowDefinition[]> {
  const sources = readdirSync(examplesDirectory)
    .filter((name) => name.endsWith('.flow.ts'))
    .sort();
  const flows: FlowDefinition[] = [];
  for (const source of sources) {
    const module = (await import(pathToFileURL(resolve(examplesDirectory, source)).href)) as Record<
      string,
      unknown
    >;
    flows.push(...Object.values(module).filter(isFlowDefinition));
  }
  return flows;
}

function typesOf(flows: Iterable<{ actions: ReadonlyMap<string, { type: string }> }>): string[] {
  const types = new Set<string>();
  for (const flow of flows) for (const action of flow.actions.values()) types.add(action.type);
  return [...types].sort();
}

/** The action types the examples compile to. */
export async function exampleActionTypes(): Promise<string[]> {
  return typesOf((await exampleFlows()).map((flow) => loadFlow(flow)));
}

/** The action types the corpus flows use, known to the catalog or not. */
export function corpusActionTypes(): string[] {
  return typesOf(corpusEntries().map((entry) => loadFlow(corpusText(entry), entry.file)));
}
