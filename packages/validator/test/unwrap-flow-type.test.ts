import { describe, expect, it, vi } from 'vitest';
import { validateText } from '../src/index.js';

// One rule that needs the flow type and reports the one it was given.
vi.mock('../src/rules/index.js', async () => {
  const { defineRule } = await import('../src/rules/rule.js');
  const flowTypeEcho = defineRule({
    meta: {
      id: 'flow-type-echo',
      category: 'context',
      severity: 'info',
      description: 'Reports the flow type.',
      rationale: 'For tests.',
      examples: { bad: {}, good: {} },
      needsFlowType: true,
    },
    check({ flow, report }) {
      report({ message: `${flow.flowType ?? 'unknown'}.`, pointer: '' });
    },
  });
  return { rules: [flowTypeEcho] };
});

const content = JSON.stringify({ Version: '2019-10-30', StartAction: 'a', Actions: [] });
const ruleMessages = (text: string, options = {}) =>
  validateText(text, options)
    .filter((d) => d.code === 'flow-type-echo' || d.code === 'flow-type-unknown')
    .map((d) => (d.code === 'flow-type-unknown' ? 'skipped' : d.message));

describe('the flow type of a wrapped flow', () => {
  it.each([
    [
      'the ContactFlow Type',
      { ContactFlow: { Type: 'CUSTOMER_QUEUE', Content: content } },
      {},
      'CUSTOMER_QUEUE.',
    ],
    ['FLOW_MODULE for a module', { ContactFlowModule: { Content: content } }, {}, 'FLOW_MODULE.'],
    ['the Type beside a bare Content', { Type: 'AGENT_HOLD', Content: content }, {}, 'AGENT_HOLD.'],
    [
      'the option over the wrapper',
      { ContactFlow: { Type: 'CUSTOMER_QUEUE', Content: content } },
      { flowType: 'CONTACT_FLOW' },
      'CONTACT_FLOW.',
    ],
    [
      'the wrapper over the designer metadata',
      {
        ContactFlow: {
          Type: 'CUSTOMER_QUEUE',
          Content: JSON.stringify({ ...JSON.parse(content), Metadata: { type: 'contactFlow' } }),
        },
      },
      {},
      'CUSTOMER_QUEUE.',
    ],
    ['nothing without a Type', { Content: content }, {}, 'skipped'],
  ])('is %s', (_name, outer, options, expected) => {
    expect(ruleMessages(JSON.stringify(outer), options)).toEqual([expected]);
  });
});
