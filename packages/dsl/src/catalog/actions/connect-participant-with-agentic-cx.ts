import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import {
  dynamic,
  integer,
  literal,
  map,
  object,
  undocumentedParameters,
} from '../schema/builders.js';
import { observedTypesSource } from './shared-observed.js';

const agenticCxExportSource =
  'https://github.com/aws-samples/sample-aicc-builder-for-amazon-connect-ai-agent/blob/main/knowledge-base-docs/contact-flow/_reference-console-export-agentic-cx-block.json';

export const connectParticipantWithAgenticCX = defineAction({
  type: 'ConnectParticipantWithAgenticCX',
  category: 'participant',
  summary:
    'Hands the conversation to an Agentic CX Designer application and branches on the exit condition it returns.',
  status: 'observed',
  parameters: undocumentedParameters(
    'Application, speech engine and audio filler. Not in the Flow-language reference.',
    {
      AgentConfiguration: object(
        'The Agentic CX application to run.',
        {
          WorkspaceId: dynamic('Agentic CX Designer workspace id.', { minLength: 1 }),
          ApplicationId: dynamic('Application id.', { minLength: 1 }),
          Alias: dynamic('Id of the application alias to run (e.g. the one named "Production").', {
            minLength: 1,
          }),
          ContextVariables: map(
            'Flow data passed to the application, by variable name; read back after the block as ' +
              '$.AgenticCX.ContextVariables.<name>. A third party reports at most 10.',
            dynamic('Value, literal or one JSONPath ($.CustomerEndpoint.Address).'),
          ),
        },
        { additionalProperties: true },
      ),
      SpeechRecognitionConfiguration: object(
        'Speech recognition for voice; the instance default when omitted.',
        {
          SpeechRecognitionEngine: literal('Engine token; exports write AMAZON_AGENTIC_VOICE.', {
            minLength: 1,
          }),
        },
        { additionalProperties: true },
      ),
      AudioFillerConfiguration: object(
        'Audio played while the application works on a reply.',
        {
          Enabled: {
            type: 'boolean',
            description: 'Whether the filler plays (a JSON boolean in exports).',
            'x-value-class': 'static',
          },
          AudioType: literal('Filler sound token, e.g. MELODY_CHIPPER_CHIME.', { minLength: 1 }),
          StartDelayInMilliseconds: integer('Silence before the filler starts.'),
          MinimumPlayDurationInMilliseconds: integer(
            'Shortest time the filler plays once started.',
          ),
          ResponseDeliveryDelayInMilliseconds: integer('Pause between the filler and the reply.'),
        },
        { additionalProperties: true },
      ),
    },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The application could not be reached or failed (the console\'s "Error").',
        connect: 'required',
      },
      {
        type: 'NoMatchingCondition',
        description: 'The exit condition matches no condition.',
        connect: 'required',
      },
      {
        type: 'InputTimeLimitExceeded',
        description: 'The customer stayed idle too long (the console\'s "Idle chat timeout").',
        connect: 'required',
      },
    ],
    conditions: {
      result: 'The exit condition the application returned, e.g. Escalation.',
      operators: ['Equals'],
      operand: { kind: 'any' },
    },
  },
  effects: { participantTurn: true },
  channels: supportedOn(['VOICE', 'CHAT'], { email: { support: 'no' } }),
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      {
        AgentConfiguration: {
          WorkspaceId: 'a1b2c3d4-5678-90ab-cdef-111122223333',
          ApplicationId: 'b2c3d4e5-6789-01ab-cdef-111122223333',
          Alias: 'EXAMPLEALIASID1234567',
          ContextVariables: { customerPhone: '$.CustomerEndpoint.Address' },
        },
        SpeechRecognitionConfiguration: { SpeechRecognitionEngine: 'AMAZON_AGENTIC_VOICE' },
        AudioFillerConfiguration: {
          Enabled: true,
          AudioType: 'MELODY_CHIPPER_CHIME',
          StartDelayInMilliseconds: 2500,
          MinimumPlayDurationInMilliseconds: 3000,
          ResponseDeliveryDelayInMilliseconds: 500,
        },
      },
    ],
    invalid: [
      {
        parameters: { AgentConfiguration: { WorkspaceId: '', ApplicationId: 'b2c3', Alias: 'x' } },
        reason: 'an empty workspace id',
      },
      {
        parameters: { AudioFillerConfiguration: { Enabled: true, StartDelayInMilliseconds: -1 } },
        reason: 'a negative delay',
      },
      {
        parameters: { AgentConfiguration: { ContextVariables: { customerPhone: 42 } } },
        reason: 'context variable values are strings',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/adminguide/agentic-cx-block.html',
    observedTypesSource,
    agenticCxExportSource,
  ],
  decisions: [
    {
      decision: 'The type is catalogued as observed, with open parameter objects.',
      reason:
        'No Flow-language page exists and the corpus has none. The parameter names come from a third-party ' +
        'console export that the same party reports re-importing through CreateContactFlow; one export is ' +
        'too little to close the schema.',
    },
    {
      decision: 'NoMatchingError, NoMatchingCondition and InputTimeLimitExceeded are all required.',
      reason:
        'That third party reports import failing unless all three are present, and its export carries them.',
    },
    {
      decision: 'Conditions use Equals with any operand; success continues to NextAction.',
      reason:
        'The block branches on exit conditions defined by the application. The export shows Escalation; the ' +
        'console\'s "Default" output is the NextAction.',
    },
    {
      decision: 'Voice and chat only; the unsupported branch for task and email is not named.',
      reason: 'The admin guide block page marks task and email "No" without naming a branch.',
    },
    {
      decision: 'All flow types are allowed.',
      reason:
        'The retrieved part of the block page lists inbound, customer queue, customer hold, customer whisper ' +
        'and outbound whisper flows before the text is cut off; without the rest of the list a narrower set ' +
        'would be a guess.',
    },
    {
      decision: 'AudioFillerConfiguration.Enabled is a JSON boolean and its delays are integers.',
      reason:
        'The export writes true and plain numbers there, unlike the string encoding of most Flow-language ' +
        'parameters; the integer type also accepts numeric strings.',
    },
  ],
});
