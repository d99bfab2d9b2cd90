import {
  findPlaceholders,
  resourceKinds,
  type PlaceholderMatch,
  type PlaceholderSyntax,
} from '@contactflow/dsl';
import { PublishInputError } from './publish-input-error.js';

/** A template placeholder left in a document to publish, which nothing at publish time fills. */
export interface UnrenderedPlaceholder extends PlaceholderMatch {
  /** The JSON Pointer of the string that holds it (a key's object, for a key). */
  readonly pointer: string;
}

// The project's own references, which publish resolves: `{{queue:Sales}}` and the like.
const ownReference = /^\{\{([A-Za-z]+):(.+?)\}\}$/s;

function isOwnReference(text: string): boolean {
  const named = ownReference.exec(text);
  return named !== null && Object.hasOwn(resourceKinds, named[1]!);
}

function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The template placeholders of the given syntaxes in a parsed Flow-language document (values and
 * keys, in document order), leaving out the `{{kind:name}}` references that publish resolves. A
 * document that holds any is a template that was not rendered: publishing it would send the
 * placeholder text to the instance.
 *
 * @example
 * ```ts
 * import { defaultPlaceholderSyntaxes } from '@contactflow/dsl';
 * import { unrenderedPlaceholders } from '@contactflow/publish';
 * const document = {
 *   Actions: [{ Parameters: { QueueId: '${support_queue_arn}', Other: '{{queue:Sales}}' } }],
 * };
 * unrenderedPlaceholders(document, defaultPlaceholderSyntaxes).map((p) => p.pointer);
 * // ['/Actions/0/Parameters/QueueId']
 * ```
 */
export function unrenderedPlaceholders(
  document: unknown,
  syntaxes: readonly PlaceholderSyntax[],
): UnrenderedPlaceholder[] {
  const found: UnrenderedPlaceholder[] = [];
  if (syntaxes.length === 0) return found;
  const scan = (text: string, pointer: string) => {
    for (const match of findPlaceholders(text, syntaxes)) {
      if (!isOwnReference(match.text)) found.push({ ...match, pointer });
    }
  };
  // A stack rather than recursion: a document to publish may nest deeper than the call stack goes.
  // A key is scanned just before its value, both at the member's pointer.
  type Entry = { readonly value: unknown; readonly pointer: string; readonly key?: string };
  const stack: Entry[] = [{ value: document, pointer: '' }];
  while (stack.length > 0) {
    const { value, pointer, key } = stack.pop()!;
    if (key !== undefined) scan(key, pointer);
    else if (typeof value === 'string') scan(value, pointer);
    else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], pointer: `${pointer}/${i}` });
      }
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [name, item] = entries[i]!;
        const at = `${pointer}/${pointerToken(name)}`;
        stack.push({ value: item, pointer: at }, { value: undefined, pointer: at, key: name });
      }
    }
  }
  return found;
}

/**
 * Refuses a document to publish that still holds a template placeholder: throws a
 * `PublishInputError` of one line naming the file, the first placeholder and where it is (the
 * line and column `locate` gives, and the JSON Pointer), and how many more there are.
 *
 * @example
 * ```ts
 * import { defaultPlaceholderSyntaxes } from '@contactflow/dsl';
 * import { refuseUnrenderedPlaceholders } from '@contactflow/publish';
 * refuseUnrenderedPlaceholders({ Actions: [] }, defaultPlaceholderSyntaxes, 'flows/main.json'); // no placeholder: returns
 * ```
 */
export function refuseUnrenderedPlaceholders(
  document: unknown,
  syntaxes: readonly PlaceholderSyntax[],
  label: string,
  locate?: (placeholder: UnrenderedPlaceholder) => { line: number; column: number } | undefined,
): void {
  const found = unrenderedPlaceholders(document, syntaxes);
  const first = found[0];
  if (first === undefined) return;
  const position = locate?.(first);
  const where = position === undefined ? '' : `:${position.line}:${position.column}`;
  const more =
    found.length === 1
      ? ''
      : ` (and ${found.length - 1} more placeholder${found.length === 2 ? '' : 's'})`;
  throw new PublishInputError(
    `${label}${where}: unrendered template placeholder ${first.text} at ${first.pointer || '/'}${more}; publish a rendered flow, not its template`,
  );
}
