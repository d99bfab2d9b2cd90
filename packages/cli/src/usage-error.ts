/**
 * A problem with how the command was called or with reading its input: reported as one line,
 * exit code 2. Its `cause`, when it has one (the error a flow source threw while loading), is shown
 * with its stack trace under `--debug` only.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
