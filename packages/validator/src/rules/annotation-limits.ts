import { defineRule } from './rule.js';

const maxCharacters = 1000;
const maxPerBlock = 5;
const maxPerFlow = 100;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The notes of a console export: `Metadata.Annotations`, when it is a list. */
function annotationsOf(document: unknown): readonly unknown[] {
  if (!isRecord(document) || !isRecord(document['Metadata'])) return [];
  const annotations = document['Metadata']['Annotations'];
  return Array.isArray(annotations) ? annotations : [];
}

const note = (content: string) => ({
  type: 'default',
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  content,
  actionId: 'greet',
  isFolded: false,
  position: { x: 40, y: 200 },
  size: { height: 120, width: 300 },
});

const annotated = (content: string) => ({
  Version: '2019-10-30',
  StartAction: 'greet',
  Metadata: { Annotations: [note(content)] },
  Actions: [
    {
      Identifier: 'greet',
      Type: 'MessageParticipant',
      Parameters: { Text: 'Welcome.' },
      Transitions: {
        NextAction: 'bye',
        Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
      },
    },
    { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ],
});

export const annotationLimits = defineRule({
  meta: {
    id: 'annotation-limits',
    category: 'structure',
    severity: 'warning',
    description:
      'The notes in Metadata.Annotations exceed what the flow designer allows: 1,000 characters a note, 5 notes a block, 100 notes a flow.',
    rationale:
      "The guide gives the flow designer's limits for notes (annotations) beside the blocks: at most 1,000 characters in a note, 5 notes attached to one block and 100 notes in a flow. The service does not read Metadata, so the flow runs either way, but a generated or hand-edited export with more notes goes past what the designer supports when the flow is opened there.",
    examples: {
      bad: annotated('Greets the caller. '.repeat(60)),
      good: annotated('Greets the caller; the welcome text is approved by marketing.'),
    },
  },
  check({ document, report }) {
    const annotations = annotationsOf(document);
    if (annotations.length > maxPerFlow) {
      report({
        message: `The flow has ${annotations.length} notes; the flow designer allows ${maxPerFlow}.`,
        pointer: '/Metadata/Annotations',
        hint: 'Merge or delete notes.',
      });
    }
    const perBlock = new Map<string, number>();
    annotations.forEach((annotation, index) => {
      if (!isRecord(annotation)) return;
      const pointer = `/Metadata/Annotations/${index}`;
      const content = annotation['content'];
      const length = typeof content === 'string' ? [...content].length : 0;
      if (length > maxCharacters) {
        report({
          message: `Note ${index + 1} has ${length.toLocaleString('en-US')} characters; the flow designer allows ${maxCharacters.toLocaleString('en-US')} in a note.`,
          pointer: `${pointer}/content`,
          hint: 'Shorten the note, or split it into several.',
        });
      }
      const actionId = annotation['actionId'];
      if (typeof actionId !== 'string' || actionId === '') return;
      const count = (perBlock.get(actionId) ?? 0) + 1;
      perBlock.set(actionId, count);
      if (count !== maxPerBlock + 1) return;
      report({
        message: `Block "${actionId}" has more than ${maxPerBlock} notes attached; note ${index + 1} is one too many for the flow designer.`,
        pointer,
        actionId,
        hint: 'Merge the notes of this block, or detach some of them.',
      });
    });
  },
});
