import { isRecord } from './read-flow-document.js';
import { oneLine } from './text-metrics.js';

/** One line of a block's summary: a parameter's short name and its value, shortened. */
export interface DiagramDetail {
  readonly label: string;
  readonly value: string;
}

interface KeyParameter {
  readonly label: string;
  /** Appended to a plain number, for parameters counted in seconds. */
  readonly unit?: string;
}

// The parameters people look for first, in the order they are shown; the console's own field
// names where it has short ones. Parameters not listed follow in document order.
const keyParameters: ReadonlyMap<string, KeyParameter> = new Map([
  ['Text', { label: 'Text' }],
  ['SSML', { label: 'SSML' }],
  ['PromptId', { label: 'Prompt' }],
  ['Messages', { label: 'Prompts' }],
  ['Media', { label: 'Media' }],
  ['ComparisonValue', { label: 'Checks' }],
  ['QueueId', { label: 'Queue' }],
  ['AgentId', { label: 'Agent' }],
  ['LambdaFunctionARN', { label: 'Function' }],
  ['LexV2Bot', { label: 'Bot' }],
  ['LexBot', { label: 'Bot' }],
  ['ContactFlowId', { label: 'Flow' }],
  ['FlowModuleId', { label: 'Module' }],
  ['HoursOfOperationId', { label: 'Hours' }],
  ['ThirdPartyPhoneNumber', { label: 'Number' }],
  ['CallbackNumber', { label: 'Number' }],
  ['MetricType', { label: 'Metric' }],
  ['LoopCount', { label: 'Loops' }],
  ['Attributes', { label: 'Attributes' }],
  ['FlowAttributes', { label: 'Attributes' }],
  ['EventHooks', { label: 'Flow' }],
  ['TextToSpeechVoice', { label: 'Voice' }],
  ['FlowLoggingBehavior', { label: 'Logging' }],
  ['InputTimeLimitSeconds', { label: 'Timeout', unit: 's' }],
  ['InvocationTimeLimitSeconds', { label: 'Timeout', unit: 's' }],
  ['LexTimeoutSeconds', { label: 'Timeout', unit: 's' }],
  ['TimeLimitSeconds', { label: 'Timeout', unit: 's' }],
  ['ThirdPartyConnectionTimeLimitSeconds', { label: 'Timeout', unit: 's' }],
  ['InterruptFrequencySeconds', { label: 'Interrupt every', unit: 's' }],
]);

// Settings that say how rather than what; shown only when nothing else is left to show.
const quietParameters = new Set(['TextToSpeechType', 'StoreInput', 'InvocationType']);

/** How many parameters a block shows; the side panel of the page shows them all. */
const maxDetails = 3;
/** Longer values are cut; the diagrams wrap what is left. */
const maxValueLength = 120;

/** Display names the console designer keeps in `ActionMetadata`, by the parameter they name. */
function displayNames(metadata: Readonly<Record<string, unknown>>): Map<string, string> {
  const names = new Map<string, string>();
  const text = (value: unknown): string | undefined => {
    const candidate = isRecord(value) ? value['text'] : value;
    return typeof candidate === 'string' && candidate.trim() !== '' ? candidate : undefined;
  };
  const add = (parameter: string, value: unknown) => {
    const name = text(value);
    if (name !== undefined && !names.has(parameter)) names.set(parameter, name);
  };
  const perParameter = isRecord(metadata['parameters']) ? metadata['parameters'] : {};
  for (const [parameter, entry] of Object.entries(perParameter)) {
    if (isRecord(entry)) add(parameter, entry['displayName']);
  }
  add('QueueId', metadata['queue']);
  add('ContactFlowId', metadata['ContactFlow']);
  add('ContactFlowId', metadata['contactFlow']);
  add('HoursOfOperationId', metadata['Hours']);
  add('PromptId', metadata['promptName']);
  add('LexV2Bot', metadata['lexV2BotName']);
  return names;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An ARN shortened to the resource's own name, or to the start of its id when it is a UUID. */
function shortArn(arn: string): string {
  const resource = arn.split(':').slice(5).join(':');
  const last =
    resource
      .split(/[:/]/)
      .filter((part) => part !== '')
      .pop() ?? arn;
  return uuidPattern.test(last) ? `${last.slice(0, 8)}…` : last;
}

function formatValue(value: unknown, depth = 0): string {
  if (typeof value === 'string') return value.startsWith('arn:') ? shortArn(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    return value.map((item) => formatValue(item, depth + 1)).join('; ');
  }
  if (isRecord(value)) {
    if (depth > 1) return '{…}';
    const entries = Object.entries(value);
    // An object with one field (a prompt message, a bot alias) reads best as that field's value.
    if (entries.length === 1) return formatValue(entries[0]![1], depth + 1);
    return entries.map(([key, item]) => `${key}: ${formatValue(item, depth + 1)}`).join(', ');
  }
  return '';
}

function cut(text: string): string {
  const chars = [...text];
  return chars.length <= maxValueLength ? text : `${chars.slice(0, maxValueLength - 1).join('')}…`;
}

function humanise(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return (
    words.charAt(0).toUpperCase() +
    words
      .slice(1)
      .toLowerCase()
      .replace(/\barn\b/g, 'ARN')
  );
}

/**
 * The few parameters that tell one block from another (prompt text, queue, function, timeout), as
 * short label and value pairs. Presets of the block's mode are skipped, since the block's name
 * already says them; resource ARNs give way to the names the designer recorded, else shrink to
 * their last part.
 */
export function summariseParameters(
  parameters: Readonly<Record<string, unknown>>,
  metadata: Readonly<Record<string, unknown>>,
  preset: Readonly<Record<string, unknown>> = {},
): DiagramDetail[] {
  const names = displayNames(metadata);
  const candidates = Object.keys(parameters).filter(
    (name) => !(Object.hasOwn(preset, name) && preset[name] === parameters[name]),
  );
  const rank = (name: string): number => {
    const order = [...keyParameters.keys()].indexOf(name);
    if (order >= 0) return order;
    return quietParameters.has(name) ? 2 * keyParameters.size : keyParameters.size;
  };
  const ordered = candidates
    .map((name, position) => ({ name, position, rank: rank(name) }))
    .sort((a, b) => a.rank - b.rank || a.position - b.position);

  const details: DiagramDetail[] = [];
  for (const { name } of ordered) {
    if (details.length === maxDetails) break;
    const raw = parameters[name];
    const known = keyParameters.get(name);
    const named = typeof raw === 'string' && !raw.startsWith('$.') ? names.get(name) : undefined;
    let value = oneLine(named ?? formatValue(raw));
    if (value === '') continue;
    if (known?.unit !== undefined && /^\d+(\.\d+)?$/.test(value)) value = `${value} ${known.unit}`;
    let label = known?.label ?? humanise(name);
    // A duration reads as "Retry delay: 300 s" rather than "Retry delay seconds: 300".
    if (known === undefined && /.Seconds$/.test(name) && /^\d+(\.\d+)?$/.test(value)) {
      label = humanise(name.slice(0, -'Seconds'.length));
      value = `${value} s`;
    }
    details.push({ label, value: cut(value) });
  }
  return details;
}
