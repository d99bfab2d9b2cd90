import type { FlowType } from '@contactflow/dsl/catalog';
import { pointerFrom } from '../json-pointer.js';
import { defineRule } from './rule.js';

const whisperFlowTypes: ReadonlySet<FlowType> = new Set<FlowType>([
  'CUSTOMER_WHISPER',
  'AGENT_WHISPER',
  'OUTBOUND_WHISPER',
]);

const whisper = (media: object) => ({
  Version: '2019-10-30',
  StartAction: 'announce',
  Actions: [
    {
      Identifier: 'announce',
      Type: 'MessageParticipant',
      Parameters: media,
      Transitions: {
        NextAction: 'end',
        Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }],
      },
    },
    { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} },
  ],
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Path segments, under `Parameters`, of every media object that names S3 as its source. */
function s3MediaPaths(parameters: Readonly<Record<string, unknown>>): (string | number)[][] {
  const found: (string | number)[][] = [];
  // Explicit stack: parameters come from untrusted documents and may nest deeply.
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: parameters, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    } else if (isRecord(value)) {
      if (value['SourceType'] === 'S3') found.push(path);
      for (const [key, member] of Object.entries(value)) {
        stack.push({ value: member, path: [...path, key] });
      }
    }
  }
  return found.sort((a, b) => pointerFrom(a).localeCompare(pointerFrom(b)));
}

export const whisperPlaysS3Audio = defineRule({
  meta: {
    id: 'whisper-plays-s3-audio',
    category: 'context',
    severity: 'error',
    description:
      'A whisper flow plays an audio file from Amazon S3, which whisper flows cannot play.',
    rationale:
      "The guide's page on Play prompt says that customer, agent and outbound whisper flows play prompts from the Amazon Connect prompt library and text to speech, but not prompts stored in Amazon S3. The whisper is what the agent or the customer hears while the call is being connected, so an S3 file there leaves the agent without the announcement. Upload the audio as a prompt and play it by PromptId instead.",
    examples: {
      bad: whisper({
        Media: {
          Uri: 's3://example-prompts/whisper/sales.wav',
          SourceType: 'S3',
          MediaType: 'Audio',
        },
      }),
      good: whisper({ Text: 'Sales call.' }),
      options: { flowType: 'AGENT_WHISPER' },
    },
    needsFlowType: true,
  },
  check({ graph, flow, report }) {
    if (flow.flowType === undefined || !whisperFlowTypes.has(flow.flowType)) return;
    for (const action of graph.shape.actions) {
      for (const path of s3MediaPaths(action.parameters)) {
        report({
          message: `"${action.id ?? action.index + 1}" plays an audio file from Amazon S3, which ${flow.flowType} flows cannot play.`,
          pointer: `${action.pointer}/Parameters${pointerFrom(path)}`,
          actionId: action.id,
          hint: 'Upload the audio to the prompt library and play it by PromptId, or speak the text with text to speech.',
        });
      }
    }
  },
});
