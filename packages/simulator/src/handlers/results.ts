import type { ActionHandler } from '../action-handler.js';

export const checkVoiceId: ActionHandler = {
  reads: ['responses'],
  summary:
    'Compares the Voice ID result the scenario gives as `responses[action or type].result` (Enrolled, Authenticated, HighRisk, ...); Voice ID itself is not run.',
  shape: (action) => ({
    success: 'result',
    subject: `Voice ID ${typeof action.parameters.CheckVoiceIdOption === 'string' ? action.parameters.CheckVoiceIdOption : 'status'}`,
  }),
  run(context) {
    const result = context.response?.result;
    if (result === undefined)
      context.missing(`responses["${context.action.id}"].result (the Voice ID status)`);
    return { kind: 'result', value: result };
  },
};

export const checkOutboundCallStatus: ActionHandler = {
  reads: ['responses'],
  summary:
    'Compares the call progress the scenario gives as `responses[action or type].result` (CallAnswered, VoicemailBeep, VoicemailNoBeep, NotDetected).',
  shape: {
    success: 'result',
    results: ['CallAnswered', 'VoicemailBeep', 'VoicemailNoBeep', 'NotDetected'],
    subject: 'the call progress',
  },
  run(context) {
    const result = context.response?.result;
    if (result === undefined)
      context.missing(`responses["${context.action.id}"].result (the call progress)`);
    return { kind: 'result', value: result };
  },
};

export const authenticateParticipant: ActionHandler = {
  reads: ['responses'],
  summary:
    'The customer signs in and the flow continues at NextAction, unless `responses` gives a result (OptedOut) or an error (TimeLimitExceeded).',
  shape: { success: 'result', subject: 'the sign-in' },
  run(context) {
    return { kind: 'result', value: context.response?.result };
  },
};
