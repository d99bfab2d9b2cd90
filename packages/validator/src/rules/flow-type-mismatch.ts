import { flowContextOf } from '../flow-context.js';
import { defineRule } from './rule.js';

const exported = (designerType: string) => ({
  Version: '2019-10-30',
  StartAction: 'music',
  Metadata: { type: designerType },
  Actions: [
    {
      Identifier: 'music',
      Type: 'MessageParticipantIteratively',
      Parameters: { Messages: [{ Text: 'Thank you for waiting.' }] },
      Transitions: { Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] },
    },
    { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} },
  ],
});

export const flowTypeMismatch = defineRule({
  meta: {
    id: 'flow-type-mismatch',
    category: 'context',
    severity: 'warning',
    description:
      'The flow type given for a flow differs from the one its console export names in Metadata.type.',
    rationale:
      "A flow's type is chosen when it is created and never changes; the guide says a flow of one type cannot be imported into a flow of another type, because each type offers its own blocks. When the flow type passed to the validator (or the command line) is not the one the export says, one of them is wrong: the flow-type rules ran against the given type, and publishing the content as that type puts the export's blocks where they may not belong.",
    examples: {
      bad: exported('contactFlow'),
      good: exported('customerQueue'),
      options: { flowType: 'CUSTOMER_QUEUE' },
    },
  },
  check({ document, flow, report }) {
    if (flow.flowTypeSource !== 'option' || flow.flowType === undefined) return;
    const exportedType = flowContextOf(document, {}).flowType;
    if (exportedType === undefined || exportedType === flow.flowType) return;
    report({
      message: `The flow is checked as a ${flow.flowType} flow, but Metadata.type says it was exported from a ${exportedType} flow; a flow's type cannot change.`,
      pointer: '/Metadata/type',
      hint: `Create a ${exportedType} flow for this content, or rebuild the content in a ${flow.flowType} flow.`,
    });
  },
});
