import type { UsageError } from './usage-error.js';

/** What a command hands back: text for standard output, text for standard error, the exit code. */
export interface CommandOutcome {
  readonly output: string;
  /** Messages about the run itself, such as the files written. */
  readonly messages?: string;
  /**
   * Inputs the command could not read and went on without, one error each: shown after `messages`
   * on a line of their own, with the stack trace of their cause under `--debug`.
   */
  readonly unreadable?: readonly UsageError[];
  readonly exitCode: number;
}
