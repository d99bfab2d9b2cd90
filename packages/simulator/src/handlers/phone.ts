import { failWith, success, type ActionHandler } from '../action-handler.js';

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resumes(parameters: Readonly<Record<string, unknown>>): boolean {
  return parameters.ContinueFlowExecution !== 'False';
}

export const transferParticipantToThirdParty: ActionHandler = {
  reads: ['responses'],
  summary:
    'Calls the number (or the voice connector’s user). With ContinueFlowExecution False the run ends: transferred to that number; otherwise the call is taken as connected and ended, and the flow continues at NextAction. CallFailed and ConnectionTimeLimitExceeded come from `responses`.',
  shape: (action) =>
    resumes(action.parameters) ? { success: 'next' } : { success: 'end', end: 'phone-number' },
  run(context) {
    const { ThirdPartyPhoneNumber, VoiceConnector } = context.action.parameters;
    const number =
      ThirdPartyPhoneNumber !== undefined
        ? context.resourceName(ThirdPartyPhoneNumber)
        : isRecord(VoiceConnector)
          ? (context.resourceName(VoiceConnector.ToUser) ?? 'the voice connector')
          : undefined;
    if (number === undefined) return failWith('NoMatchingError', 'no number to call');
    if (!resumes(context.action.parameters)) {
      return { kind: 'end', outcome: { kind: 'phone-number', number } };
    }
    context.note(`called ${number}; the flow resumes when that call ends`);
    return success;
  },
};
