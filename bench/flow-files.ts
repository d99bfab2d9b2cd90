import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@contactflow/compiler';
import { generatedEnvironment, generatedFlow } from './generated-flow.js';

/** Flow files written for the bench, and how many actions they hold together. */
export interface FlowFiles {
  readonly paths: readonly string[];
  readonly actions: number;
}

/**
 * Compiles a generated flow of `actions` actions and returns its JSON text, as `contactflow build`
 * writes it.
 *
 * @example
 * ```ts
 * import { generatedFlowText } from './flow-files.js';
 * const text = generatedFlowText(25);
 * ```
 */
export function generatedFlowText(actions: number, variant = 0): string {
  const { json, diagnostics } = compile(generatedFlow(actions, variant), {
    environment: generatedEnvironment,
  });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`generated flow: ${errors[0]!.message}`);
  return json;
}

/**
 * Writes `count` flow files to `directory`, as a repository of flows holds them: generated flows
 * with sizes taken in turn from `sizes` and their wording varied. Compiling with the layout takes
 * long, so `distinct` flows are compiled and written in turn; linting a file costs the same whether
 * or not another file has the same content.
 *
 * @example
 * ```ts
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { writeFlowRepository } from './flow-files.js';
 * const { paths } = writeFlowRepository(mkdtempSync(join(tmpdir(), 'repo-')), 3, [11, 20], 2);
 * ```
 */
export function writeFlowRepository(
  directory: string,
  count: number,
  sizes: readonly number[],
  distinct: number,
): FlowFiles {
  mkdirSync(directory, { recursive: true });
  const texts = Array.from({ length: Math.min(distinct, count) }, (_, index) =>
    generatedFlowText(sizes[index % sizes.length]!, index),
  );
  const paths: string[] = [];
  let actions = 0;
  for (let index = 0; index < count; index++) {
    const path = join(directory, `flow-${String(index).padStart(4, '0')}.json`);
    writeFileSync(path, texts[index % texts.length]!);
    paths.push(path);
    actions += sizes[(index % texts.length) % sizes.length]!;
  }
  return { paths, actions };
}
