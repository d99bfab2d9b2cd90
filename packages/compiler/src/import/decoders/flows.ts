import type { DecodeContext, JsonObject, Options } from '../decode-context.js';
import { defined, type BlockDecoder } from './block-decoder.js';

/** The `flow` and `disabled` options of a "Set ... flow" block that sets the given hook. */
function hookOptions(parameters: JsonObject, context: DecodeContext, hook: string): Options {
  const hooks = context.object(parameters['EventHooks'], 'EventHooks');
  if (Object.keys(hooks).length !== 1) context.fail('it sets more than one event hook');
  const configuration =
    parameters['EventHooksConfiguration'] === undefined
      ? undefined
      : context.object(parameters['EventHooksConfiguration'], 'EventHooksConfiguration');
  const settings =
    configuration === undefined
      ? undefined
      : context.object(configuration[hook], `EventHooksConfiguration.${hook}`);
  return defined({
    flow: context.reference(hooks[hook], 'flow', `EventHooks.${hook}`),
    disabled:
      settings === undefined
        ? undefined
        : context.lowerFlag(settings['DisableExecution'], 'DisableExecution'),
  });
}

/** Set customer queue flow. */
export const decodeSetCustomerQueueFlow: BlockDecoder = (parameters, context) =>
  hookOptions(parameters, context, 'CustomerQueue');

/** Set disconnect flow. */
export const decodeSetDisconnectFlow: BlockDecoder = (parameters, context) =>
  hookOptions(parameters, context, 'CustomerRemaining');

const events = {
  'default-agent-ui': ['defaultAgentUI', 'DefaultAgentUI'],
  'disconnect-agent-ui': ['disconnectAgentUI', 'DisconnectAgentUI'],
  pause: ['pause', 'PauseContact'],
  resume: ['resume', 'ResumeContact'],
} as const;

/** Set event flow. */
export const decodeSetEventFlow: BlockDecoder = (parameters, context, mode) => {
  const [event, hook] = events[mode as keyof typeof events];
  return { event, ...hookOptions(parameters, context, hook) };
};

/** Set hold flow. */
export const decodeSetHoldFlow: BlockDecoder = (parameters, context, mode) =>
  mode === 'agent-hold'
    ? { hold: 'agent', ...hookOptions(parameters, context, 'AgentHold') }
    : { hold: 'customer', ...hookOptions(parameters, context, 'CustomerHold') };

/** Set whisper flow. */
export const decodeSetWhisperFlow: BlockDecoder = (parameters, context, mode) =>
  mode === 'customer-whisper'
    ? { whisper: 'customer', ...hookOptions(parameters, context, 'CustomerWhisper') }
    : { whisper: 'agent', ...hookOptions(parameters, context, 'AgentWhisper') };

/** Transfer to flow. */
export const decodeTransferToFlow: BlockDecoder = (parameters, context) => ({
  flow: context.reference(parameters['ContactFlowId'], 'flow', 'ContactFlowId'),
});

/** Invoke module. */
export const decodeInvokeModule: BlockDecoder = (parameters, context) => ({
  module: context.reference(parameters['FlowModuleId'], 'flowModule', 'FlowModuleId'),
});
