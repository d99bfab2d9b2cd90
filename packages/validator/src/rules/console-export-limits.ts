import { consoleExportBlockLimit, consoleExportSizeLimit } from '@contactflow/dsl/catalog';
import { compactJson } from '../values/compact-json.js';
import { defineRule } from './rule.js';

const maxExportableBlocks = consoleExportBlockLimit - 1;

/**
 * The size of the document in UTF-8 bytes, written without spaces as the designer exports it, when
 * that is at least `limit`; `undefined` for a smaller document, or one too deep to serialise
 * (invalid-document reports that document).
 */
function exportedSizeFrom(text: string | undefined, limit: number): number | undefined {
  // UTF-8 takes at most three bytes for each UTF-16 unit, so most documents need no encoding.
  if (text === undefined || text.length * 3 < limit) return undefined;
  const size = new TextEncoder().encode(text).length;
  return size >= limit ? size : undefined;
}

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
      'The flow has 100 blocks or more, or is 1 MB or larger, which the flow designer cannot export or import.',
    rationale:
      'The designer exports (and imports) only flows with fewer than 100 blocks and under 1 MB. A larger flow still runs and can be deployed through the API, but nobody can move it between instances from the console, and it is hard to read there; the guide recommends splitting it into smaller flows or modules. Each action counts as one block. The size is measured in bytes of the document written without spaces; the guide does not say which megabyte, so the rule warns from 1,000,000 bytes. The hard limits of the API are other rules: too-many-actions and content-too-large.',
    examples: { bad: chain(99, false), good: chain(3, true) },
  },
  check({ document, graph, report }) {
    const size = exportedSizeFrom(compactJson(document, graph), consoleExportSizeLimit);
    if (size !== undefined) {
      report({
        message: `The flow is ${size.toLocaleString('en-US')} bytes written compactly; the flow designer exports and imports only flows under ${consoleExportSizeLimit.toLocaleString('en-US')}.`,
        pointer: '',
        hint: 'Shorten long prompt texts or move parts into modules or separate flows.',
      });
    }
    const count = graph.shape.actions.length;
    if (count <= maxExportableBlocks) return;
    report({
      message: `The flow has ${count} blocks; the flow designer exports and imports only flows with fewer than ${maxExportableBlocks + 1}.`,
      pointer: '/Actions',
      hint: 'Split it: move self-contained parts into modules (Invoke module) or separate flows (Transfer to flow).',
    });
  },
});
