import { isDynamicValue, isResourceReference, isTextTemplate } from '@contactflow/dsl';
import type { PlannedAction } from './plan-action.js';

/** Words a `const` may not be called, or had better not be. */
export const reservedWords: ReadonlySet<string> = new Set(
  (
    'arguments await break case catch class const continue debugger default delete do else enum ' +
    'eval export extends false finally for function if implements import in instanceof interface ' +
    'let new null package private protected public return static super switch this throw true try ' +
    'typeof undefined var void while with yield NaN Infinity'
  ).split(' '),
);

const maxNameLength = 40;

/** The words of a name or a sentence: `SetErrorMessage2` is set, error, message2. */
function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

/**
 * A camelCase JavaScript identifier made of the words of a text, at most `maxWords` of them, or
 * `undefined` when the text has no word.
 */
export function camelCaseName(text: string, maxWords = Infinity): string | undefined {
  const words = wordsOf(text).slice(0, maxWords);
  if (words.length === 0) return undefined;
  let name = words[0]!;
  // Whole words only, up to the length limit; the first word is cut if it alone is too long.
  for (const word of words.slice(1)) {
    if (name.length + word.length > maxNameLength) break;
    name += word.charAt(0).toUpperCase() + word.slice(1);
  }
  if (/^[0-9]/.test(name)) name = `block${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  return name.slice(0, maxNameLength);
}

// Identifiers the console or a generator makes up carry no name worth keeping: UUIDs, and the
// `<block>-<hash>` identifiers the compiler derives.
function isMadeUp(identifier: string): boolean {
  return (
    /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i.test(identifier) ||
    /^[0-9a-f-]+$/i.test(identifier) ||
    /^[a-z-]+-[0-9a-f]{8}(?:-[0-9]+)?$/.test(identifier)
  );
}

function firstReferenceName(value: unknown): string | undefined {
  if (isResourceReference(value)) return value.name;
  if (typeof value !== 'object' || value === null || isDynamicValue(value)) return undefined;
  for (const item of Object.values(value)) {
    const found = firstReferenceName(item);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The literal words of a message: text, a template's literal parts, SSML without its tags. */
function spokenWords(message: unknown): string | undefined {
  const literal = isTextTemplate(message)
    ? message.parts.filter((part) => typeof part === 'string').join(' ')
    : message;
  return typeof literal === 'string' ? literal.replace(/<[^>]*>/g, ' ') : undefined;
}

const messageBlocks = new Set(['play-prompt', 'get-customer-input', 'store-customer-input']);

/** What a block is called when nothing in it gives a better name. */
const blockNouns: Readonly<Record<string, string>> = {
  'check-hours-of-operation': 'hours',
  'check-queue-status': 'queueStatus',
  'check-staffing': 'staffing',
  'disconnect-hang-up': 'hangUp',
  'distribute-by-percentage': 'split',
  'end-flow-resume': 'end',
  'get-queue-metrics': 'metrics',
  'invoke-aws-lambda-function': 'lambda',
  'return-from-module': 'done',
  'set-callback-number': 'callbackNumber',
  'set-logging-behavior': 'logging',
  'set-recording-and-analytics-behavior': 'recording',
  'set-voice': 'voice',
  'set-working-queue': 'workingQueue',
  'start-media-streaming': 'startStreaming',
  'stop-media-streaming': 'stopStreaming',
  'transfer-to-agent': 'toAgent',
  'transfer-to-flow': 'toFlow',
  'transfer-to-queue': 'toQueue',
};

const lastSegment = /(?:\.([A-Za-z_][A-Za-z0-9_]*)|\['((?:[^'\\]|\\.)*)'\])$/;

/** A name from what the block does: the start of its text, the resource or value it uses. */
function contentName(planned: PlannedAction): string | undefined {
  const { plan } = planned;
  if (plan.kind !== 'block' || plan.options === undefined) return undefined;
  const options = plan.options;
  if (messageBlocks.has(plan.block.id)) {
    const words = spokenWords(options['text'] ?? options['ssml']);
    if (words !== undefined) return camelCaseName(words, 4);
  }
  const value = options['value'];
  if (plan.block.id === 'check-contact-attributes' && isDynamicValue(value)) {
    const segment = lastSegment.exec(value.path);
    return segment ? camelCaseName(`check ${segment[1] ?? segment[2]!}`, 4) : undefined;
  }
  const fn = options['fn'];
  const lambdaName = typeof fn === 'string' ? /:function:([^:]+)/.exec(fn)?.[1] : undefined;
  const resource = lambdaName ?? firstReferenceName(options);
  return resource === undefined ? undefined : camelCaseName(resource, 4);
}

/**
 * Gives each action a `const` name for the imported source: the identifier when a person chose it
 * (the console's block name), else words from the block's content (its text, the resource it
 * uses), else a noun for the block (`hangUp`), else the builder's name and a number. Names are
 * unique and never shadow an imported name.
 */
export function nodeNames(
  planned: readonly PlannedAction[],
  reserved: ReadonlySet<string>,
): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  const free = (name: string) =>
    !taken.has(name) && !reserved.has(name) && !reservedWords.has(name);
  const counters = new Map<string, number>();
  for (const entry of planned) {
    const { action } = entry;
    const chosen =
      action.metadata?.['isFriendlyName'] === true || !isMadeUp(action.id)
        ? camelCaseName(action.id)
        : undefined;
    const base =
      chosen ??
      contentName(entry) ??
      (entry.plan.kind === 'block' ? blockNouns[entry.plan.block.id] : undefined);
    let name: string;
    if (base !== undefined) {
      // A block the user named after a builder (`disconnect`) keeps the name with a suffix.
      const imported = reserved.has(base) || reservedWords.has(base);
      const stem = imported && chosen !== undefined ? `${base}Block` : base;
      name = stem;
      for (let n = 2; !free(name); n++) name = `${stem}${n}`;
    } else {
      const stem =
        entry.plan.kind === 'block'
          ? entry.plan.block.builder
          : (camelCaseName(action.type) ?? 'action');
      let n = counters.get(stem) ?? 1;
      while (!free(`${stem}${n}`)) n++;
      counters.set(stem, n + 1);
      name = `${stem}${n}`;
    }
    taken.add(name);
    names.set(action.id, name);
  }
  return names;
}
