import {
  failWith,
  success,
  type ActionContext,
  type ActionHandler,
  type StepResult,
} from '../action-handler.js';
import { dtmf } from '../customer-input.js';
import { messageOf } from './message-of.js';

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function storesInput(parameters: Readonly<Record<string, unknown>>): boolean {
  return parameters.StoreInput === 'True';
}

// Keys after the terminator, or beyond the maximum length, stay for the next block that reads keys.
function collectDigits(digits: string, context: ActionContext): string {
  const parameters = context.action.parameters;
  const configuration = isRecord(parameters.DTMFConfiguration) ? parameters.DTMFConfiguration : {};
  const terminator =
    typeof configuration.InputTerminationSequence === 'string' &&
    configuration.InputTerminationSequence !== ''
      ? configuration.InputTerminationSequence
      : '#';
  let collected = digits;
  const end = digits.indexOf(terminator);
  if (end >= 0) {
    collected = digits.slice(0, end);
    const rest = digits.slice(end + terminator.length);
    if (rest !== '') context.giveBack(dtmf(rest));
  }
  const validation = isRecord(parameters.InputValidation) ? parameters.InputValidation : {};
  const custom = isRecord(validation.CustomValidation) ? validation.CustomValidation : {};
  const maximum = Number(context.text(custom.MaximumLength));
  if (Number.isInteger(maximum) && maximum > 0 && collected.length > maximum) {
    context.giveBack(dtmf(collected.slice(maximum)));
    collected = collected.slice(0, maximum);
  }
  return collected;
}

// Only the length and the characters are checked: the simulator has no numbering plan.
function phoneNumberProblem(value: string, format: string): string | undefined {
  if (!/^[0-9]+$/.test(value)) return 'a phone number has digits only';
  const [minimum, maximum] = format === 'E164' ? [8, 15] : [4, 15];
  if (value.length < minimum || value.length > maximum) {
    return `${value.length} digits is not a ${format === 'E164' ? 'E.164' : 'local'} phone number`;
  }
  return undefined;
}

function store(context: ActionContext): StepResult {
  const input = context.takeInput(['dtmf', 'text', 'timeout']);
  if (input === undefined) return { kind: 'wait', for: 'input' };
  if (input.kind === 'timeout') return failWith('InputTimeLimitExceeded');
  let value =
    input.kind === 'dtmf'
      ? collectDigits(input.digits, context)
      : input.kind === 'text'
        ? input.text
        : '';
  const validation = isRecord(context.action.parameters.InputValidation)
    ? context.action.parameters.InputValidation
    : {};
  if (isRecord(validation.PhoneNumberValidation)) {
    const format = context.text(validation.PhoneNumberValidation.NumberFormat);
    const problem = phoneNumberProblem(value, format);
    if (problem !== undefined) return failWith('InvalidPhoneNumber', problem);
    if (format === 'E164') value = `+${value}`;
  }
  if (context.action.parameters.InputEncryption !== undefined) {
    context.note('the input is stored as typed; Amazon Connect would store it encrypted');
  }
  context.write(['StoredCustomerInput'], value);
  return success;
}

function menu(context: ActionContext): StepResult {
  const input = context.takeInput(['dtmf', 'timeout']);
  if (input === undefined) return { kind: 'wait', for: 'input' };
  if (input.kind !== 'dtmf' || input.digits === '') return failWith('InputTimeLimitExceeded');
  const key = input.digits[0]!;
  if (input.digits.length > 1) context.giveBack(dtmf(input.digits.slice(1)));
  return { kind: 'result', value: key };
}

export const getParticipantInput: ActionHandler = {
  reads: ['inputs'],
  summary:
    'Plays the prompt, then takes the next input. As a menu: the first key pressed is the result (other keys wait for the next block that reads keys), and a timeout takes InputTimeLimitExceeded. With StoreInput: keys up to the terminator (# unless configured) or the maximum length, or a text, are stored in $.StoredCustomerInput; phone number validation checks digits and length and takes InvalidPhoneNumber. No input left: the run waits for input.',
  shape: (action) =>
    storesInput(action.parameters)
      ? { success: 'next' }
      : { success: 'result', subject: 'the key pressed' },
  run(context) {
    const prompt = messageOf(context.action.parameters, context);
    if (prompt !== undefined) context.play(prompt);
    return storesInput(context.action.parameters) ? store(context) : menu(context);
  },
};
