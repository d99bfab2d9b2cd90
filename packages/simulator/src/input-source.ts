import type { CustomerInput, InputProvider, InputRequest } from './customer-input.js';

/** The customer's inputs as a run takes them: from the scenario's list or provider, after any given back. */
export class InputSource {
  private readonly pending: CustomerInput[] = [];
  private index = 0;

  constructor(private readonly inputs: readonly CustomerInput[] | InputProvider | undefined) {}

  /** The next input, whatever its kind; `undefined` when there is none. */
  take(request: InputRequest): CustomerInput | undefined {
    const given = this.pending.shift();
    if (given !== undefined) return given;
    if (typeof this.inputs === 'function') return this.inputs(request);
    const listed = this.inputs?.[this.index];
    if (listed !== undefined) this.index++;
    return listed;
  }

  /** The next input when it is of one of `request.accepts`; otherwise nothing is taken. */
  takeIf(request: InputRequest): CustomerInput | undefined {
    const next =
      this.pending[0] ??
      (typeof this.inputs === 'function' ? this.provided(request) : this.inputs?.[this.index]);
    if (next === undefined || !request.accepts.includes(next.kind)) return undefined;
    return this.take(request);
  }

  // A provider's answer of another kind is kept for the next action that asks.
  private provided(request: InputRequest): CustomerInput | undefined {
    const input = (this.inputs as InputProvider)(request);
    if (input !== undefined) this.pending.push(input);
    return input;
  }

  giveBack(input: CustomerInput): void {
    this.pending.unshift(input);
  }
}
