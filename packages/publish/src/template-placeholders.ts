import { resourceKinds, type PlaceholderSyntax } from '@contactflow/dsl';
import { listPlaceholders, type PlaceholderUse } from '@contactflow/validator';
import { PublishInputError } from './publish-input-error.js';

/** A template placeholder left in a document to publish, which nothing at publish time fills. */
export type UnrenderedPlaceholder = PlaceholderUse;

// The project's own references, which publish resolves: `{{queue:Sales}}` and the like.
const ownReference = /^\{\{([A-Za-z]+):(.+?)\}\}$/s;

function isOwnReference(text: string): boolean {
  const named = ownReference.exec(text);
  return named !== null && Object.hasOwn(resourceKinds, named[1]!);
}

/**
 * The template placeholders of the given syntaxes in a parsed Flow-language document (values and
 * keys, in document order, as the validator lists them), leaving out the `{{kind:name}}`
 * references that publish resolves. A document that holds any is a template that was not
 * rendered: publishing it would send the placeholder text to the instance.
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
  return listPlaceholders(document, { placeholders: syntaxes }).filter(
    (use) => !isOwnReference(use.text),
  );
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
