import { consoleExportBlockLimit } from '@contactflow/dsl/catalog';
import { defineRule } from './rule.js';

const maxExportableBlocks = consoleExportBlockLimit - 1;

// The bad example is long by nature; its prompts leave out their error branch to keep it short.
const say = (n: number, errors: boolean) => ({
  Identifier: `say${n}`,
  Type: 'MessageParticipant',
  Parameters: { Text: `Message ${n}.` },
  Transitions: {
    NextAction: `say${n + 1}`,
    ...(errors && { Errors: [{ NextAction: `say${n + 1}`, ErrorType: 'NoMatchingError' }] }),
  },
});
const chain = (count: number, errors: boolean) => ({
  Version: '2019-10-30',
  StartAction: 'say1',
  Actions: [
    ...Array.from({ length: count }, (_, i) => say(i + 1, errors)),
    {
      Identifier: `say${count + 1}`,
      Type: 'DisconnectParticipant',
      Parameters: {},
      Transitions: {},
    },
  ],
});

export const consoleExportLimits = defineRule({
  meta: {
    id: 'console-export-limits',
    category: 'structure',
    severity: 'warning',
    description:
      'The flow has 100 blocks or more, which the flow designer cannot export or import.',
    rationale:
      'The designer exports (and imports) only flows with fewer than 100 blocks and under 1 MB. A larger flow still runs and can be deployed through the API, but nobody can move it between instances from the console, and it is hard to read there; the guide recommends splitting it into smaller flows or modules. Each action is one block, so the count is checked here; the 1 MB limit depends on the file as written, which a parsed document does not give, so it is not. The 250-action limit of the Flow language is a schema error.',
    examples: { bad: chain(99, false), good: chain(3, true) },
  },
  check({ graph, report }) {
    const count = graph.shape.actions.length;
    if (count <= maxExportableBlocks) return;
    report({
      message: `The flow has ${count} blocks; the flow designer exports and imports only flows with fewer than ${maxExportableBlocks + 1}.`,
      pointer: '/Actions',
      hint: 'Split it: move self-contained parts into modules (Invoke module) or separate flows (Transfer to flow).',
    });
  },
});
