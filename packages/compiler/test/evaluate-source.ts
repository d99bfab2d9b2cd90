import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isFlowDefinition, type FlowDefinition } from '@contactflow/dsl';

/** Where tests write imported source to load it: inside the package, so imports resolve. */
export const generatedDirectory = resolve(import.meta.dirname, '.generated');

/** The path `.generated/<folder>/<name>.flow.ts`. */
export function generatedFile(folder: string, name: string): string {
  return resolve(generatedDirectory, folder, `${name}.flow.ts`);
}

/**
 * Writes builder source to `.generated/<folder>/<name>.flow.ts`, loads it, and returns the one flow
 * it exports.
 */
export async function evaluateSource(
  source: string,
  folder: string,
  name: string,
): Promise<FlowDefinition> {
  const directory = resolve(generatedDirectory, folder);
  mkdirSync(directory, { recursive: true });
  const file = generatedFile(folder, name);
  writeFileSync(file, source);
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const flows = Object.values(module).filter(isFlowDefinition);
  if (flows.length !== 1) throw new Error(`${file} exports ${flows.length} flows`);
  return flows[0]!;
}

/** Removes what a test file wrote under `.generated/<folder>`. */
export function removeGenerated(folder: string): void {
  rmSync(resolve(generatedDirectory, folder), { recursive: true, force: true });
}
