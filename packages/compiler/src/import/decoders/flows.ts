import type { DecodeContext, JsonObject } from '../decode-context.js';
import type { BlockDecoder } from './block-decoder.js';

function hookFlow(parameters: JsonObject, context: DecodeContext, hook: string): unknown {
  const hooks = context.object(parameters['EventHooks'], 'EventHooks');
  if (Object.keys(hooks).length !== 1) context.fail('it sets more than one event hook');
  return context.reference(hooks[hook], 'flow', `EventHooks.${hook}`);
}

/** Set customer queue flow. */
export const decodeSetCustomerQueueFlow: BlockDecoder = (parameters, context) => ({
  flow: hookFlow(parameters, context, 'CustomerQueue'),
});

/** Set disconnect flow. */
export const decodeSetDisconnectFlow: BlockDecoder = (parameters, context) => ({
  flow: hookFlow(parameters, context, 'CustomerRemaining'),
});

const events = {
  'default-agent-ui': ['defaultAgentUI', 'DefaultAgentUI'],
  'disconnect-agent-ui': ['disconnectAgentUI', 'DisconnectAgentUI'],
  pause: ['pause', 'PauseContact'],
  resume: ['resume', 'ResumeContact'],
} as const;

/** Set event flow. */
export const decodeSetEventFlow: BlockDecoder = (parameters, context, mode) => {
  const [event, hook] = events[mode as keyof typeof events];
  return { event, flow: hookFlow(parameters, context, hook) };
};

/** Set hold flow. */
export const decodeSetHoldFlow: BlockDecoder = (parameters, context, mode) =>
  mode === 'agent-hold'
    ? { hold: 'agent', flow: hookFlow(parameters, context, 'AgentHold') }
    : { hold: 'customer', flow: hookFlow(parameters, context, 'CustomerHold') };

/** Set whisper flow. */
export const decodeSetWhisperFlow: BlockDecoder = (parameters, context, mode) =>
  mode === 'customer-whisper'
    ? { whisper: 'customer', flow: hookFlow(parameters, context, 'CustomerWhisper') }
    : { whisper: 'agent', flow: hookFlow(parameters, context, 'AgentWhisper') };

/** Transfer to flow. */
export const decodeTransferToFlow: BlockDecoder = (parameters, context) => ({
  flow: context.reference(parameters['ContactFlowId'], 'flow', 'ContactFlowId'),
});

/** Invoke module. */
export const decodeInvokeModule: BlockDecoder = (parameters, context) => ({
  module: context.reference(parameters['FlowModuleId'], 'flowModule', 'FlowModuleId'),
});
