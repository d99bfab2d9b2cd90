import { maxContentLength } from '@contactflow/dsl/catalog';
import { compactJson } from '../values/compact-json.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

const prompt = (id: string, next: string, text: string) => ({
  Identifier: id,
  Type: 'MessageParticipant',
  Parameters: { Text: text },
  Transitions: { NextAction: next, Errors: [{ NextAction: next, ErrorType: 'NoMatchingError' }] },
});

export const contentTooLarge = defineRule({
  meta: {
    id: 'content-too-large',
    category: 'structure',
    severity: 'error',
    description:
      'The flow is longer than the 256,000 characters the API accepts, even without spaces.',
    rationale:
      'CreateContactFlow, UpdateContactFlowContent and the module APIs refuse Content over 256,000 characters. The length is measured on the document written without spaces or line breaks, the smallest form it can be published in; split the flow into modules or transfers to other flows.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'long',
        Actions: [prompt('long', 'bye', 'Please hold. '.repeat(20_000)), disconnectAction],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'short',
        Actions: [prompt('short', 'bye', 'Please hold.'), disconnectAction],
      },
    },
  },
  check({ document, graph, report }) {
    // Undefined when nesting is too deep to serialise; the schema check reports that document.
    const text = compactJson(document, graph);
    if (text === undefined) return;
    const { length } = text;
    if (length <= maxContentLength) return;
    report({
      message: `The flow has ${length.toLocaleString('en-US')} characters written compactly; the API accepts at most ${maxContentLength.toLocaleString('en-US')}.`,
      pointer: '',
      hint: 'Move parts into flow modules or separate flows, or shorten long prompt texts.',
    });
  },
});
