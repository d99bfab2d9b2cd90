/**
 * The input is not a Flow-language document the importer can read (no `Actions`, a `StartAction`
 * that names no action, `Content` that is not JSON). The message is one line, written to follow
 * the name of the file (`exported.json: not a Flow-language document (...)`).
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}
