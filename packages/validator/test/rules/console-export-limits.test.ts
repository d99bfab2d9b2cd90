import { consoleExportLimits } from '../../src/rules/console-export-limits.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const chain = (count: number) =>
  flowOf([
    ...Array.from({ length: count - 1 }, (_, i) =>
      prompt(`p${i}`, i === count - 2 ? 'bye' : `p${i + 1}`),
    ),
    bye,
  ]);

testRule(consoleExportLimits, {
  valid: [
    { name: 'a small flow', document: chain(5) },
    { name: '99 blocks', document: chain(99) },
    { name: 'no actions list', document: { Version: '2019-10-30' } },
    {
      name: '800,000 bytes of two-byte characters',
      document: flowOf([
        { ...(prompt('long', 'bye') as object), Parameters: { Text: 'ü'.repeat(400_000) } },
        bye,
      ]),
    },
  ],
  invalid: [
    { name: '100 blocks', document: chain(100), findings: [{ pointer: '/Actions' }] },
    {
      name: 'a million bytes',
      document: flowOf([
        { ...(prompt('long', 'bye') as object), Parameters: { Text: 'x'.repeat(1_000_000) } },
        bye,
      ]),
      findings: [{ pointer: '' }],
    },
    {
      name: '500,000 two-byte characters',
      document: flowOf([
        { ...(prompt('long', 'bye') as object), Parameters: { Text: 'ü'.repeat(500_000) } },
        bye,
      ]),
      findings: [{ pointer: '' }],
    },
    { name: '250 blocks', document: chain(250), findings: [{ pointer: '/Actions' }] },
  ],
});
