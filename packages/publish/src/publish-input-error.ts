/**
 * A file or value cannot be made into something to publish: not JSON, not a flow document, no name.
 * The message is one line and names the file.
 *
 * @example
 * ```ts
 * import { PublishInputError } from '@contactflow/publish';
 * new PublishInputError('flows/main.json: not valid JSON').message;
 * ```
 */
export class PublishInputError extends Error {
  override readonly name = 'PublishInputError';
}
