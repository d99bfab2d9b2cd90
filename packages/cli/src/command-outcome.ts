/** What a command hands back: text for standard output, text for standard error, the exit code. */
export interface CommandOutcome {
  readonly output: string;
  /** Messages about the run itself, such as the files written. */
  readonly messages?: string;
  readonly exitCode: number;
}
