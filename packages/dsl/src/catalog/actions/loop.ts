import { defineAction } from '../action-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { integer, object } from '../schema/builders.js';

export const loop = defineAction({
  type: 'Loop',
  category: 'flow-control',
  summary:
    'Takes the ContinueLooping branch a set number of times, then DoneLooping once, then resets.',
  status: 'documented',
  parameters: object(
    'How many times to loop.',
    {
      LoopCount: integer('Times the Looping branch is taken; 0 goes straight to Complete.', {
        minimum: 0,
        maximum: 100,
        valueClass: 'jsonpath',
      }),
    },
    { required: ['LoopCount'] },
  ),
  transitions: {
    nextAction: 'optional',
    errors: [],
    conditions: {
      result: 'ContinueLooping while the count is not reached, then DoneLooping.',
      operators: ['Equals'],
      operand: { kind: 'enum', values: ['ContinueLooping', 'DoneLooping'] },
      requiredOperands: ['ContinueLooping', 'DoneLooping'],
    },
  },
  channels: allDocumentedChannels,
  flowTypes: allFlowTypes,
  examples: {
    valid: [{ LoopCount: '3' }, { LoopCount: 0 }, { LoopCount: '$.Attributes.maxRetries' }],
    invalid: [
      { parameters: {}, reason: 'LoopCount is required' },
      { parameters: { LoopCount: '101' }, reason: 'above the maximum of 100' },
      { parameters: { LoopCount: '-1' }, reason: 'negative count' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-loop.html',
    'guide L31063-31104',
  ],
  decisions: [
    {
      decision: 'LoopCount ranges over 0..100, as a literal or one whole JSONPath.',
      reason:
        'The guide only says the count is a whole number and that 0 goes straight to Complete ' +
        '(L31096-31098, VR-41); the action page sets the bounds 0 and 100 and allows a fully ' +
        'dynamic value. Corpus exports use "3", "89" and "100".',
    },
    {
      decision: 'Exactly the two conditions Equals ContinueLooping and Equals DoneLooping.',
      reason:
        'The action page requires both and forbids any other; every corpus export has both. The ' +
        'page calls the results NotDone/Done in its opening sentence, a leftover the condition ' +
        'section and the exports contradict.',
    },
    {
      decision:
        'NextAction is optional in the contract, but a compiler must still write one (the DoneLooping target).',
      reason:
        'Both outcomes are conditions, so no branch of the Loop block leads to NextAction. An ' +
        'aws-samples repository and a third-party project that publishes probes report the service ' +
        'rejects a Loop without NextAction, and all four corpus exports carry one pointing where ' +
        'DoneLooping points. Keeping it optional keeps the block model honest (no phantom Success ' +
        'branch); the wire rule belongs to the compiler, as for the other all-branch actions.',
    },
  ],
});
