import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isFlowDefinition, type FlowDefinition } from '@contactflow/dsl';
import { UsageError } from './usage-error.js';

/** A flow or module exported by a `.flow.ts` file, with the name it is exported under. */
export interface FlowSourceExport {
  readonly exportName: string;
  readonly definition: FlowDefinition;
}

/**
 * Imports a `.flow.ts` file, TypeScript and all, and returns the flows and modules it exports (the
 * values made by `flow(...)` and `flowModule(...)`), in export-name order. The file's own imports
 * resolve from where it is, as they would for any module. A file that cannot be read or run, or
 * exports no flow, is a {@link UsageError} naming the file.
 *
 * @example
 * ```ts
 * import { loadFlowSource } from './load-flow-source.js';
 * const [first] = await loadFlowSource('flows/main-ivr.flow.ts', process.cwd());
 * first?.definition.name; // 'Main IVR'
 * ```
 */
export async function loadFlowSource(file: string, cwd: string): Promise<FlowSourceExport[]> {
  const path = resolve(cwd, file);
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new UsageError(`${file}: no such file or directory`);
  }
  if (!isFile) throw new UsageError(`${file}: is a directory`);

  let exports: Record<string, unknown>;
  try {
    // Loaded on demand: only commands that read TypeScript pay for the transpiler.
    const { tsImport } = await import('tsx/esm/api');
    exports = (await tsImport(pathToFileURL(path).href, import.meta.url)) as Record<
      string,
      unknown
    >;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${file}: cannot be loaded: ${message.split('\n')[0]}`, {
      cause: error,
    });
  }
  const seen = new Set<unknown>();
  const flows: FlowSourceExport[] = [];
  for (const exportName of Object.keys(exports).sort()) {
    const value = exports[exportName];
    // `export default` of a flow also exported by name is one flow, not two.
    if (!isFlowDefinition(value) || seen.has(value)) continue;
    seen.add(value);
    flows.push({ exportName, definition: value });
  }
  if (flows.length === 0) {
    throw new UsageError(`${file}: exports no flow (the value of flow(...) or flowModule(...))`);
  }
  return flows;
}
