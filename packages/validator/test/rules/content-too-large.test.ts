import { contentTooLarge } from '../../src/rules/content-too-large.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const withText = (length: number) =>
  flowOf([
    {
      ...(prompt('long', 'bye') as object),
      Parameters: { Text: 'x'.repeat(length) },
    },
    bye,
  ]);
const overhead = JSON.stringify(withText(0)).length;

testRule(contentTooLarge, {
  valid: [
    { name: 'a small flow', document: flowOf([prompt('a', 'bye'), bye]) },
    { name: 'exactly 256,000 characters', document: withText(256_000 - overhead) },
    { name: 'a document that is not an object', document: 42 },
  ],
  invalid: [
    {
      name: 'one character over',
      document: withText(256_001 - overhead),
      findings: [{ pointer: '' }],
    },
    { name: 'far over', document: withText(1_000_000), findings: [{ pointer: '' }] },
  ],
});
