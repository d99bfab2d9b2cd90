import {
  dtmf,
  fails,
  lexIntent,
  ok,
  text,
  timeout,
  timesOut,
  viewAction,
  waitEvent,
  type ActionResponse,
  type CustomerInput,
  type FlowCatalog,
  type FlowInput,
  type LambdaResponse,
  type LambdaStub,
  type QueueSetup,
  type Scenario,
} from '@contactflow/simulator';
import type {
  ActionResponseData,
  CustomerInputData,
  FlowFilesData,
  LambdaStubData,
  ScenarioCase,
  ScenarioDefaults,
} from '../generated/scenario-file.js';

/** The scenario parts of a case: everything but its name and expectations. */
export type ScenarioData = ScenarioDefaults;

// Parts that are maps: a case adds to the defaults' entries instead of replacing them.
const mapParts = [
  'attributes',
  'system',
  'contactData',
  'lambdas',
  'hours',
  'queues',
  'responses',
  'flows',
  'modules',
] as const;

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The scenario parts a case runs with: its own, over the file's defaults. Maps (attributes,
 * lambdas, queues, ...) are merged entry by entry, the case's entries winning; other parts, lists
 * among them, are replaced.
 *
 * @example
 * ```ts
 * import { caseScenarioData } from './scenario-from-data.js';
 * const data = caseScenarioData(
 *   { lambdas: { a: { ok: {} }, b: { ok: {} } }, channel: 'VOICE' },
 *   { name: 'b fails', lambdas: { b: { fails: true } } },
 * );
 * data.lambdas; // { a: { ok: {} }, b: { fails: true } }
 * ```
 */
export function caseScenarioData(
  defaults: ScenarioDefaults | undefined,
  entry: ScenarioCase,
): ScenarioData {
  const { name: _name, expect: _expect, ...own } = entry;
  const merged: Record<string, unknown> = { ...defaults, ...own };
  for (const part of mapParts) {
    const base = defaults?.[part];
    const over = own[part];
    if (isMap(base) && isMap(over)) merged[part] = { ...base, ...over };
  }
  return merged as ScenarioData;
}

function defined<T>(map: Readonly<Record<string, T | undefined>>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(map).filter((entry): entry is [string, T] => entry[1] !== undefined),
  );
}

function input(data: CustomerInputData): CustomerInput {
  if (data.dtmf !== undefined) return dtmf(data.dtmf);
  if (data.text !== undefined) return text(data.text);
  if (data.lex !== undefined) {
    const { intent, slots, sessionAttributes, confidence, sentiment } = data.lex;
    return lexIntent(intent, defined(slots ?? {}), {
      ...(sessionAttributes !== undefined && { sessionAttributes: defined(sessionAttributes) }),
      ...(confidence !== undefined && { confidence }),
      ...(sentiment !== undefined && { sentiment }),
    });
  }
  if (data.view !== undefined) return viewAction(data.view.action, defined(data.view.data ?? {}));
  if (data.event !== undefined) return waitEvent(data.event);
  return timeout();
}

function lambdaResponse(data: LambdaStubData): LambdaResponse {
  if (data.ok !== undefined) return ok(data.ok);
  if (data.fails !== undefined) return fails(data.fails === true ? undefined : data.fails);
  return timesOut();
}

function response(data: ActionResponseData): ActionResponse {
  return {
    ...(data.error !== undefined && { error: data.error }),
    ...(data.result !== undefined && { result: data.result }),
    ...(data.set !== undefined && { set: defined(data.set) }),
  };
}

/** The flows a scenario names by file, loaded: `load` gives the flow of one reference. */
export type FlowResolver = (reference: string) => FlowInput;

function catalog(files: FlowFilesData, load: FlowResolver): FlowCatalog {
  if (Array.isArray(files)) return files.map(load);
  return Object.fromEntries(
    Object.entries(defined(files)).map(([name, file]) => [name, load(file)]),
  );
}

/**
 * The simulator's scenario for the scenario parts of a scenario file: inputs and Lambda stubs from
 * their data form, flows and modules from their files.
 *
 * @example
 * ```ts
 * import { toScenario } from './scenario-from-data.js';
 * const scenario = toScenario({ inputs: [{ dtmf: '1' }, { timeout: true }] }, () => '{}');
 * scenario.inputs; // [{ kind: 'dtmf', digits: '1' }, { kind: 'timeout' }]
 * ```
 */
export function toScenario(data: ScenarioData, load: FlowResolver): Scenario {
  const lambdas = defined(data.lambdas ?? {});
  const responses = defined(data.responses ?? {});
  return {
    ...(data.channel !== undefined && { channel: data.channel }),
    ...(data.flowType !== undefined && { flowType: data.flowType }),
    ...(data.attributes !== undefined && { attributes: defined(data.attributes) }),
    ...(data.system !== undefined && { system: data.system }),
    ...(data.contactData !== undefined && { contactData: defined(data.contactData) }),
    ...(data.queue !== undefined && { queue: data.queue }),
    ...(data.inputs !== undefined && { inputs: data.inputs.map(input) }),
    ...(data.lambdas !== undefined && {
      lambdas: Object.fromEntries(
        Object.entries(lambdas).map(([name, stub]): [string, LambdaStub] => [
          name,
          Array.isArray(stub) ? stub.map(lambdaResponse) : lambdaResponse(stub as LambdaStubData),
        ]),
      ),
    }),
    ...(data.hours !== undefined && { hours: defined(data.hours) }),
    ...(data.queues !== undefined && {
      queues: defined(data.queues) as Readonly<Record<string, QueueSetup>>,
    }),
    ...(data.draws !== undefined && { draws: data.draws }),
    ...(data.seed !== undefined && { seed: data.seed }),
    ...(data.flows !== undefined && { flows: catalog(data.flows, load) }),
    ...(data.modules !== undefined && { modules: catalog(data.modules, load) }),
    ...(data.responses !== undefined && {
      responses: Object.fromEntries(
        Object.entries(responses).map(([key, entry]) => [
          key,
          Array.isArray(entry) ? entry.map(response) : response(entry as ActionResponseData),
        ]),
      ),
    }),
    ...(data.maxSteps !== undefined && { maxSteps: data.maxSteps }),
  };
}

/** A flow file a scenario file names, with the JSON pointer of where it names it. */
export interface FlowReference {
  readonly reference: string;
  readonly pointer: string;
}

/**
 * The flow files the scenario parts at `pointer` name, under `flows` and `modules`.
 *
 * @example
 * ```ts
 * import { flowReferences } from './scenario-from-data.js';
 * flowReferences({ modules: ['../payment-module.flow.ts'] }, '/defaults');
 * // [{ reference: '../payment-module.flow.ts', pointer: '/defaults/modules/0' }]
 * ```
 */
export function flowReferences(data: ScenarioData, pointer: string): FlowReference[] {
  return (['flows', 'modules'] as const).flatMap((part) => {
    const files = data[part];
    if (files === undefined) return [];
    const entries = Array.isArray(files)
      ? files.map((file, index) => [String(index), file] as const)
      : Object.entries(defined(files));
    return entries.map(([key, reference]) => ({
      reference,
      pointer: `${pointer}/${part}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`,
    }));
  });
}
