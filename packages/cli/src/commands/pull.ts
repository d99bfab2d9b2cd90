import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ImportError, importFlow } from '@contactflow/compiler';
import { flowTypes, type Environment, type FlowType } from '@contactflow/dsl';
import {
  errorMessage,
  fillPlaceholders,
  isServiceError,
  mergeEnvironments,
  pull,
  type PullResult,
  type PulledFlow,
} from '@contactflow/publish';
import type { CommandOutcome } from '../command-outcome.js';
import { environmentFileOf } from '../environment-option.js';
import { extendEnvironment } from '../extend-environment.js';
import { readEnvironmentFile } from '../read-environment-file.js';
import { formatTable } from '../format-table.js';
import { shownPath } from '../shown-path.js';
import { processTerminal, type Terminal } from '../terminal.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomically } from '../write-file-atomically.js';

/** Options of the pull command as parsed from the command line. */
export interface PullCommandOptions {
  readonly instanceId: string;
  readonly region?: string | undefined;
  /** Name globs (`*`, `?`); every flow and module when absent. */
  readonly name?: readonly string[] | undefined;
  /** Flow types, `FLOW_MODULE` for modules; every type when absent. */
  readonly type?: readonly string[] | undefined;
  readonly outDir: string;
  /** `json` (the default): the documents; `ts`: builder source made with `importFlow`. */
  readonly as?: string | undefined;
  /** The environment file to write or extend; `environments/<instance id>.json` when absent. */
  readonly env?: string | undefined;
}

function typesOf(option: readonly string[] | undefined): FlowType[] | undefined {
  if (option === undefined) return undefined;
  const types = option.flatMap((value) => value.split(',')).map((value) => value.trim());
  for (const type of types) {
    if (!(flowTypes as readonly string[]).includes(type)) {
      throw new UsageError(`unknown flow type "${type}"; expected one of ${flowTypes.join(', ')}`);
    }
  }
  return types as FlowType[];
}

/** The id of an instance given by id or by ARN, for a file name. */
function instanceIdOf(instance: string): string {
  return instance.includes('instance/') ? instance.slice(instance.lastIndexOf('/') + 1) : instance;
}

/** A file name for a flow name: lower-case ASCII letters, digits and `-`. */
function baseName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return base === '' ? 'flow' : base;
}

/** Per pulled flow, a file base name no other pulled flow has (`-2`, `-3` in pull order). */
function uniqueBaseNames(flows: readonly PulledFlow[]): string[] {
  const taken = new Set<string>();
  return flows.map((flow) => {
    const base = baseName(flow.name);
    let candidate = base;
    for (let suffix = 2; taken.has(candidate); suffix++) candidate = `${base}-${suffix}`;
    taken.add(candidate);
    return candidate;
  });
}

/** The builder source of a pulled flow, and the lines to tell about it. */
async function sourceOf(
  flow: PulledFlow,
  file: string,
  environment: Environment,
): Promise<{ source: string | undefined; lines: string[] }> {
  // The names go back to this instance's ARNs, which the environment then names: the importer
  // reads references the way it reads any export.
  const withArns = JSON.parse(fillPlaceholders(flow.content, environment).text) as object;
  const document =
    flow.settings === undefined
      ? withArns
      : {
          ...withArns,
          Settings: JSON.parse(fillPlaceholders(flow.settings, environment).text) as unknown,
        };
  try {
    const imported = await importFlow(document, { environment, flowType: flow.flowType });
    const lines = imported.notes
      .filter((note) => note.severity === 'warning')
      .map(
        (note) =>
          `${file}: ${note.actionId === undefined ? '' : `${note.actionId}: `}${note.message}`,
      );
    const raw = imported.notes.filter((note) => note.severity === 'info').length;
    if (raw > 0) {
      lines.push(
        `${file}: ${raw} action${raw === 1 ? '' : 's'} written with raw(); the source says why above each`,
      );
    }
    return { source: imported.source, lines };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { source: undefined, lines: [`${file}: not written: ${error.message}`] };
  }
}

/**
 * Downloads the flows and modules of an instance into a directory, with the instance's ARNs replaced
 * by `{{kind:name}}` placeholders (see `pull` of `@contactflow/publish`), so that the files publish
 * unchanged to another instance. `--as json` writes each document as `<name>.json` (a module's
 * settings as `<name>.settings.json`, as `build` does); `--as ts` writes builder source,
 * `<name>.flow.ts`, where the names read `queue('Sales')`. The names used, each with its ARN on this
 * instance, are added to the environment file; an entry the file already has with another value is
 * an error naming it, and then nothing is written. Exit code 1 when a flow could not be read or
 * imported, or on such a conflict.
 *
 * @example
 * ```ts
 * import { pullCommand } from './pull.js';
 * const { exitCode } = await pullCommand(
 *   { instanceId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee', outDir: 'flows', as: 'ts', env: 'dev' },
 *   { cwd: '.' },
 * );
 * ```
 */
export async function pullCommand(
  options: PullCommandOptions,
  context: { readonly cwd: string },
  terminal: Terminal = processTerminal(),
): Promise<CommandOutcome> {
  const { cwd } = context;
  const as = options.as ?? 'json';
  if (as !== 'json' && as !== 'ts') {
    throw new UsageError(`unknown --as "${as}"; expected json or ts`);
  }
  const types = typesOf(options.type);
  const environmentFile = environmentFileOf(
    options.env ?? `environments/${instanceIdOf(options.instanceId)}.json`,
  );
  const existingText = existsSync(resolve(cwd, environmentFile))
    ? readFileSync(resolve(cwd, environmentFile), 'utf8')
    : undefined;
  const existing =
    existingText === undefined ? undefined : readEnvironmentFile(environmentFile, cwd);

  let pulled: PullResult;
  try {
    pulled = await pull({
      instanceId: options.instanceId,
      ...(options.region !== undefined && { region: options.region }),
      ...(options.name !== undefined && { name: options.name }),
      ...(types !== undefined && { type: types }),
      environment: existing,
      onProgress: ({ name, done, total }) =>
        terminal.progress?.(`[${done + 1}/${total}] reading ${name}`),
    });
  } catch (error) {
    if (!isServiceError(error)) throw error;
    return {
      output: '',
      messages: `contactflow: cannot pull from instance ${options.instanceId}: ${errorMessage(error)}\n`,
      exitCode: 1,
    };
  } finally {
    terminal.progress?.(undefined);
  }

  const extension = extendEnvironment(existingText, environmentFile, pulled.environment);
  if (extension.conflicts.length > 0) {
    return {
      output: '',
      messages: [...extension.conflicts, 'Nothing was written.'].map((l) => `${l}\n`).join(''),
      exitCode: 1,
    };
  }
  const environment = mergeEnvironments(existing ?? {}, pulled.environment);
  const messages = [...pulled.warnings];
  const rows: string[][] = [['NAME', 'TYPE', 'FILE']];
  let failed = pulled.notPulled.length;
  const bases = uniqueBaseNames(pulled.flows);
  for (const [index, flow] of pulled.flows.entries()) {
    const base = join(options.outDir, bases[index]!);
    if (as === 'json') {
      writeFileAtomically(`${base}.json`, flow.content, cwd);
      if (flow.settings !== undefined) {
        writeFileAtomically(`${base}.settings.json`, `${flow.settings.trimEnd()}\n`, cwd);
      }
      rows.push([flow.name, flow.flowType, shownPath(resolve(cwd, `${base}.json`), cwd)]);
      continue;
    }
    const file = shownPath(resolve(cwd, `${base}.flow.ts`), cwd);
    const { source, lines } = await sourceOf(flow, file, environment);
    messages.push(...lines);
    if (source === undefined) {
      failed++;
      rows.push([flow.name, flow.flowType, '-']);
      continue;
    }
    writeFileAtomically(`${base}.flow.ts`, source, cwd);
    rows.push([flow.name, flow.flowType, file]);
  }
  if (extension.text !== undefined) writeFileAtomically(environmentFile, extension.text, cwd);

  const count = pulled.flows.length;
  const footer = [
    `${count} ${count === 1 ? 'flow or module' : 'flows and modules'} pulled from instance ${options.instanceId}`,
    ...(pulled.notPulled.length > 0
      ? [`${pulled.notPulled.length} could not be read (see the warnings)`]
      : []),
    extension.added > 0
      ? `${environmentFile}: ${extension.added} ${extension.added === 1 ? 'name' : 'names'} added`
      : `${environmentFile}: no new names`,
  ];
  return {
    output: `${count > 0 ? `${formatTable(rows)}\n` : ''}${footer.map((l) => `${l}\n`).join('')}`,
    messages: messages.map((line) => `${line}\n`).join(''),
    exitCode: failed > 0 ? 1 : 0,
  };
}
