import type { CustomerInput } from './customer-input.js';

/** Something the contact heard or read. */
export interface Prompt {
  /** `text` and `ssml` are resolved text; `prompt` names a prompt of the instance; `media` an audio file. */
  readonly kind: 'text' | 'ssml' | 'prompt' | 'media';
  /** The text with every reference resolved, the prompt's logical name (or ARN), or the file's address. */
  readonly text: string;
}

/** One piece of contact data an action wrote. */
export interface DataChange {
  /** Where, as a JSONPath: `$.Attributes.tier`, `$.FlowAttributes.retries`, `$.External.balance`. */
  readonly path: string;
  /** The new value as text; `undefined` when the action removed it. */
  readonly value: string | undefined;
  /** The value before, when there was one. */
  readonly previous?: string;
}

/** One action the run executed. */
export interface TraceStep {
  /** The name of the flow or module the action belongs to. */
  readonly flow: string;
  /** The action's identifier. */
  readonly action: string;
  readonly type: string;
  /**
   * The branch taken: `NextAction`, a condition (`Equals "1"`), an error (`Error NoMatchingError`),
   * `End` when the action ended the run or handed the contact on, `Waiting` when the run stopped
   * there, or `Module` while an invoked module runs.
   */
  readonly branch: string;
  /** The identifier the branch leads to. */
  readonly next?: string;
  readonly prompts: readonly Prompt[];
  readonly changes: readonly DataChange[];
  /** The customer input the action took. */
  readonly input?: CustomerInput;
  /** What else happened, in words: the Lambda called, the queue set, why an error was taken. */
  readonly notes: readonly string[];
}
