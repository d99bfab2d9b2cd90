import { annotationLimits } from '../../src/rules/annotation-limits.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const note = (content: string, actionId?: string) => ({
  type: 'default',
  id: 'note',
  content,
  ...(actionId !== undefined && { actionId }),
  isFolded: false,
  position: { x: 0, y: 0 },
});

const annotated = (annotations: unknown) => ({
  ...(flowOf([bye]) as object),
  Metadata: { Annotations: annotations },
});

testRule(annotationLimits, {
  valid: [
    { name: 'a few short notes', document: annotated([note('Hi', 'bye'), note('There')]) },
    { name: 'a note of exactly 1,000 characters', document: annotated([note('x'.repeat(1000))]) },
    {
      name: 'a note of 1,000 characters outside the Basic Multilingual Plane',
      document: annotated([note('😀'.repeat(1000))]),
    },
    {
      name: 'five notes on one block',
      document: annotated(Array.from({ length: 5 }, () => note('n', 'bye'))),
    },
    {
      name: '100 notes in the flow, one per block',
      document: annotated(Array.from({ length: 100 }, (_, i) => note('n', `block-${i}`))),
    },
    { name: 'no Metadata', document: flowOf([bye]) },
    { name: 'Annotations that are not a list', document: annotated({ content: 'x' }) },
    { name: 'notes that are not objects', document: annotated(['x'.repeat(2000), null]) },
  ],
  invalid: [
    {
      name: 'a note of 1,001 characters',
      document: annotated([note('Hi'), note('x'.repeat(1001))]),
      findings: [{ pointer: '/Metadata/Annotations/1/content' }],
    },
    {
      name: 'seven notes on one block, reported once at the sixth',
      document: annotated([
        ...Array.from({ length: 7 }, () => note('n', 'bye')),
        note('n', 'other'),
      ]),
      findings: [{ actionId: 'bye', pointer: '/Metadata/Annotations/5' }],
    },
    {
      name: '101 notes in the flow',
      document: annotated(Array.from({ length: 101 }, () => note('n'))),
      findings: [{ pointer: '/Metadata/Annotations' }],
    },
  ],
});
