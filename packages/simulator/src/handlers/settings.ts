import { success, type ActionContext, type ActionHandler } from '../action-handler.js';
import { textOf } from '../contact-state.js';

/** A handler for an action that changes a setting the run cannot observe: it notes it and continues. */
function notes(summary: string, describe: (context: ActionContext) => string): ActionHandler {
  return {
    reads: [],
    summary,
    shape: { success: 'next' },
    run(context) {
      context.note(describe(context));
      return success;
    },
  };
}

function parameter(context: ActionContext, name: string): string {
  return textOf(context.resolve(context.action.parameters[name]));
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const noted = 'Notes the setting and continues; nothing the run reads changes.';

export const updateFlowLoggingBehavior = notes(
  noted,
  (c) => `flow logs ${parameter(c, 'FlowLoggingBehavior')}`,
);
export const updateContactRecordingBehavior = notes(noted, () => 'recording and analytics set');
export const updateContactRecordingAndAnalyticsBehavior = notes(
  noted,
  () => 'recording and analytics set',
);
export const updateContactMediaProcessing = notes(noted, () => 'chat message processing set');
export const updateContactMediaStreamingBehavior = notes(
  noted,
  (c) => `media streaming ${parameter(c, 'MediaStreamingState')}`,
);
export const updateContactRoutingBehavior = notes(noted, (c) =>
  c.action.parameters.QueuePriority !== undefined
    ? `queue priority ${parameter(c, 'QueuePriority')}`
    : `routing age adjusted by ${parameter(c, 'QueueTimeAdjustmentSeconds')} seconds`,
);
export const updateRoutingCriteria = notes(noted, () => 'routing criteria set');
export const updatePreviousContactParticipantState = notes(
  noted,
  (c) => `hold state ${parameter(c, 'PreviousContactParticipantState')}`,
);
export const startVoiceIdStream = notes(noted, () => 'Voice ID streaming started');
export const createWisdomSession = notes(noted, () => 'Amazon Q in Connect session created');
export const createPersistentContactAssociation = notes(noted, () => 'persistent chat turned on');
export const resumeContact = notes(noted, () => 'task resumed');
export const completeOutboundCall = notes(noted, () => 'outbound call placed');
export const associateContactToCustomerProfile = notes(
  noted,
  () => 'contact associated with the profile',
);
export const updateCustomerProfile = notes(noted, () => 'profile updated');
export const updateCase = notes(noted, () => 'case updated');
export const createContact = notes(noted, () => 'contact created');
export const startOutboundChatContact = notes(noted, () => 'outbound chat started');
export const startOutboundEmailContact = notes(noted, () => 'outbound email sent');
export const createCase = notes(
  `Creates nothing the run reads unless \`responses\` sets it (\`$.Case.*\`); ContactNotLinked comes from \`responses\`.`,
  () => 'case created',
);

export const updateContactEventHooks: ActionHandler = {
  reads: [],
  summary:
    'Notes the flow attached to the event (the run does not play hold, whisper or queue flows) and continues.',
  shape: { success: 'next' },
  run(context) {
    const hooks = context.resolve(context.action.parameters.EventHooks);
    for (const [event, flow] of Object.entries(isRecord(hooks) ? hooks : {})) {
      context.note(`${event} flow: ${context.resourceName(flow) ?? 'none'}`);
    }
    return success;
  },
};

export const updateContactTextToSpeechVoice: ActionHandler = {
  reads: [],
  summary: 'Sets $.TextToSpeechVoiceId; on chat and tasks it changes nothing and continues.',
  shape: { success: 'next' },
  run(context) {
    context.write(['TextToSpeechVoiceId'], parameter(context, 'TextToSpeechVoice'));
    return success;
  },
};

export const createTask: ActionHandler = {
  reads: [],
  summary: 'Creates the task: $.Task.ContactId gets a made-up identifier, and the run continues.',
  shape: { success: 'next' },
  run(context) {
    context.write(['Task', 'ContactId'], context.newId('task'));
    context.note(`task ${parameter(context, 'Name')} created`);
    return success;
  },
};

export const createCustomerProfile: ActionHandler = {
  reads: [],
  summary: 'Creates the profile: $.Customer.ProfileId gets a made-up identifier.',
  shape: { success: 'next' },
  run(context) {
    context.write(['Customer', 'ProfileId'], context.newId('profile'));
    return success;
  },
};

function lookupHandler(what: string, errors: string): ActionHandler {
  return {
    reads: ['responses'],
    summary: `Finds ${what}: succeeds and loads the data \`responses\` sets for it (nothing otherwise); ${errors} come from \`responses\`.`,
    shape: { success: 'next' },
    run(context) {
      if (context.response?.set === undefined) context.note(`${what}: nothing loaded`);
      return success;
    },
  };
}

export const getCustomerProfile = lookupHandler(
  'the profile',
  'NoneFoundError and MultipleFoundError',
);
export const getCustomerProfileObject = lookupHandler('the profile object', 'NoneFoundError');
export const getCalculatedAttributesForCustomerProfile = lookupHandler(
  'the calculated attributes',
  'NoneFoundError',
);
export const getCase = lookupHandler('the case', 'NoneFound, MultipleFound and ContactNotLinked');
export const loadContactContent = lookupHandler('the stored email content', 'errors');

export const tagContact: ActionHandler = {
  reads: [],
  summary: 'Sets each tag ($.Tags.<key>) to its resolved value.',
  shape: { success: 'next' },
  run(context) {
    const tags = context.resolve(context.action.parameters.Tags);
    for (const [key, value] of Object.entries(isRecord(tags) ? tags : {})) {
      context.write(['Tags', key], textOf(value));
    }
    return success;
  },
};

export const unTagContact: ActionHandler = {
  reads: [],
  summary: 'Removes each tag it names from $.Tags.',
  shape: { success: 'next' },
  run(context) {
    const keys = context.action.parameters.TagKeys;
    for (const key of Array.isArray(keys) ? keys : []) context.remove(['Tags', textOf(key)]);
    return success;
  },
};
