/**
 * The example flows in `examples/*.flow.ts`, compiled for the example environment. Both
 * `scripts/build-examples.ts` (which writes them to `examples/flows/`) and the golden test use it,
 * so the committed JSON is exactly what the compiler makes of the sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isFlowDefinition } from '@contactflow/dsl';
import { compile, parseEnvironment, type CompileResult } from '@contactflow/compiler';

export const examplesDirectory = resolve(import.meta.dirname, '../examples');

/** One compiled example: where its source is and what the compiler made of it. */
export interface CompiledExample {
  /** `government-services-ivr.flow.ts` */
  readonly source: string;
  /** `government-services-ivr.json`, in `examples/flows/` */
  readonly output: string;
  /** For a module, its settings file, in `examples/module-settings/` */
  readonly settingsOutput: string | undefined;
  readonly result: CompileResult;
}

/** Compiles every flow that an example source exports, with the given environment file. */
export async function compileExamples(environmentFile = 'dev.json'): Promise<CompiledExample[]> {
  const environmentPath = resolve(examplesDirectory, 'environments', environmentFile);
  const parsed = parseEnvironment(readFileSync(environmentPath, 'utf8'), environmentPath);
  if (parsed.error !== undefined) throw new Error(parsed.error);
  const sources = readdirSync(examplesDirectory)
    .filter((name) => name.endsWith('.flow.ts'))
    .sort();
  const compiled: CompiledExample[] = [];
  for (const source of sources) {
    const module = (await import(pathToFileURL(resolve(examplesDirectory, source)).href)) as Record<
      string,
      unknown
    >;
    const definitions = Object.values(module).filter(isFlowDefinition);
    if (definitions.length !== 1) throw new Error(`${source}: export exactly one flow`);
    const base = source.replace(/\.flow\.ts$/, '');
    const result = compile(definitions[0]!, { environment: parsed.environment });
    compiled.push({
      source,
      output: `${base}.json`,
      settingsOutput: result.settings === undefined ? undefined : `${base}.json`,
      result,
    });
  }
  return compiled;
}
