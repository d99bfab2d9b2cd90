import type { ActionShape } from '../graph/flow-shape.js';
import { isAt, parameterLeaves, type ParameterLeaf } from './parameter-leaves.js';

/**
 * Where actions take text to speak or send, by action type: `Text` and `SSML`, on the action or on
 * each of its messages (`'*'` is any array index).
 */
export const promptTextParameters: Readonly<Record<string, readonly (readonly string[])[]>> = {
  MessageParticipant: [['Text'], ['SSML']],
  GetParticipantInput: [['Text'], ['SSML']],
  ConnectParticipantWithLexBot: [['Text'], ['SSML']],
  MessageParticipantIteratively: [
    ['Messages', '*', 'Text'],
    ['Messages', '*', 'SSML'],
  ],
};

/** One prompt text of an action. */
export interface PromptText {
  readonly kind: 'Text' | 'SSML';
  readonly leaf: ParameterLeaf;
}

/** The prompt texts of an action, in document order. */
export function promptTexts(action: ActionShape): PromptText[] {
  if (action.type === undefined || !Object.hasOwn(promptTextParameters, action.type)) return [];
  const places = promptTextParameters[action.type]!;
  return parameterLeaves(action)
    .filter((leaf) => places.some((place) => isAt(leaf, place)))
    .map((leaf) => ({ kind: leaf.path.at(-1) as 'Text' | 'SSML', leaf }));
}
