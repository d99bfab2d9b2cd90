import { containsJsonPath } from '../values/embedded-paths.js';
import { leavesAt, parameterLeaves, schemaRejects } from '../values/parameter-leaves.js';
import {
  phoneNumberParameters,
  phoneNumberProblem,
  type PhoneNumberProblem,
} from '../values/phone-numbers.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

const transfer = (number: string) => ({
  Version: '2019-10-30',
  StartAction: 'transfer',
  Actions: [
    {
      Identifier: 'transfer',
      Type: 'TransferParticipantToThirdParty',
      Parameters: {
        ThirdPartyPhoneNumber: number,
        ThirdPartyConnectionTimeLimitSeconds: '30',
        ContinueFlowExecution: 'True',
      },
      Transitions: {
        NextAction: 'bye',
        Errors: [
          { NextAction: 'bye', ErrorType: 'CallFailed' },
          { NextAction: 'bye', ErrorType: 'ConnectionTimeLimitExceeded' },
          { NextAction: 'bye', ErrorType: 'NoMatchingError' },
        ],
      },
    },
    disconnectAction,
  ],
});

/** Digits and the punctuation people write numbers with, and nothing else. */
const phoneLike = /^[+\d\s().-]*\d[\d\s().-]*$/u;

function aNumber(code: string | undefined): string {
  return code === undefined ? 'a phone number' : `a +${code} number`;
}

function describe(problem: PhoneNumberProblem): { what: string; hint: string } {
  switch (problem.kind) {
    case 'not-e164':
      return {
        what: 'which is not an E.164 number',
        hint: 'Write "+", the country calling code and the number, without spaces, dashes or a trunk prefix (+12065550100).',
      };
    case 'unknown-country-code':
      return {
        what: 'but no country calling code in use starts it',
        hint: 'Check the country calling code after the "+".',
      };
    case 'wrong-length':
      return {
        what:
          problem.length === 'short'
            ? `which has too few digits for ${aNumber(problem.code)}`
            : problem.length === 'long'
              ? `which has too many digits for ${aNumber(problem.code)}`
              : `whose number of digits is not one ${aNumber(problem.code)} can have`,
        hint: 'Check for a missing or extra digit.',
      };
    case 'trunk-prefix':
      return {
        what: `which keeps the trunk prefix ${problem.prefix} after +${problem.code}; E.164 drops it`,
        hint: `Remove the ${problem.prefix} after +${problem.code} (the UK number 020 7183 8750 is +442071838750).`,
      };
    case 'not-in-use':
      return {
        what: `which lies in no number range of the +${problem.code} numbering plan${problem.country === undefined ? '' : ` (${problem.country})`}`,
        hint: 'Check the area code and the digits; the number cannot be dialled as written.',
      };
  }
}

export const invalidPhoneNumber = defineRule({
  meta: {
    id: 'invalid-phone-number',
    category: 'values',
    severity: 'error',
    checksValueFormat: true,
    description:
      'A phone number written into a parameter is not E.164, keeps a trunk prefix after the country code, or no country numbering plan has it.',
    rationale:
      'Transfers, caller IDs, callbacks and outbound SMS need an E.164 number, and others do not work (guide L4284-4287, L15732-15747, L33482-33484). A number with a wrong digit count or outside every range of its country cannot be dialled: the call fails, or the caller ID falls back to the queue number.',
    examples: { bad: transfer('+1206555010'), good: transfer('+12065550100') },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      if (action.type === undefined || !Object.hasOwn(phoneNumberParameters, action.type)) {
        continue;
      }
      const leaves = parameterLeaves(action);
      for (const place of phoneNumberParameters[action.type]!) {
        for (const leaf of leavesAt(leaves, place)) {
          const { value } = leaf;
          // Numbers from contact data are only known on the call (and those a template leaves to
          // its deploy tool are accepted by the placeholder step); a value the schema refuses (not
          // E.164 where it demands E.164) is reported there already; and where the catalog leaves
          // the format open (a callback's caller ID), a value with letters is taken for the id or
          // ARN of a claimed number.
          if (containsJsonPath(value) || schemaRejects(leaf) || !phoneLike.test(value)) {
            continue;
          }
          const problem = phoneNumberProblem(value);
          if (problem === undefined) continue;
          const { what, hint } = describe(problem);
          report({
            message: `${place.join('.')} is "${value}", ${what}.`,
            pointer: leaf.pointer,
            actionId: action.id,
            hint,
          });
        }
      }
    }
  },
});
