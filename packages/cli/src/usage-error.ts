/**
 * A problem with how the command was called or with reading its input: reported as one line,
 * exit code 2, never a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
