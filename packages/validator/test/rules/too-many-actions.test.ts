import { tooManyActions } from '../../src/rules/too-many-actions.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const chain = (count: number) =>
  flowOf([
    ...Array.from({ length: count - 1 }, (_, i) =>
      prompt(`say${i}`, i === count - 2 ? 'bye' : `say${i + 1}`),
    ),
    bye,
  ]);

testRule(tooManyActions, {
  valid: [
    { name: 'a small flow', document: chain(3) },
    { name: 'exactly 250 actions', document: chain(250) },
  ],
  invalid: [
    { name: '251 actions', document: chain(251), findings: [{ pointer: '/Actions' }] },
    { name: '400 actions', document: chain(400), findings: [{ pointer: '/Actions' }] },
  ],
});
