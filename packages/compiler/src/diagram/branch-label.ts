import type { BranchSpec } from '@contactflow/dsl/catalog';
import type { DocumentTransition } from './read-flow-document.js';
import type { RecognisedBlock } from './recognise-block.js';

// How the console words a comparison, shortest first.
const operatorWords: Readonly<Record<string, string>> = {
  Equals: '=',
  NumberGreaterThan: '>',
  NumberGreaterOrEqualTo: '≥',
  NumberLessThan: '<',
  NumberLessOrEqualTo: '≤',
  TextStartsWith: 'starts with',
  TextEndsWith: 'ends with',
  TextContains: 'contains',
};

// Labels for transitions that no catalog block names (an action type without a block, or a type
// the catalog does not know).
const fallbackErrorLabels: Readonly<Record<string, string>> = {
  NoMatchingError: 'Error',
  NoMatchingCondition: 'No match',
};

// Keys come from the document, so inherited properties ("constructor") must not answer.
function own(record: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function branchesOf(recognised: RecognisedBlock | undefined): readonly BranchSpec[] {
  return recognised?.branches ?? [];
}

function conditionLabel(
  transition: DocumentTransition,
  recognised: RecognisedBlock | undefined,
): string {
  const operator = transition.operator ?? '?';
  const operands = transition.operands ?? [];
  const fixed = branchesOf(recognised).find(
    ({ target }) =>
      target.kind === 'condition' &&
      target.operator === operator &&
      operands.length === 1 &&
      target.operand === operands[0],
  );
  if (fixed) return fixed.name;
  const operand = operands.join(', ');
  if (operator === 'Equals') {
    // A key press, an intent, a view action: the console shows the value itself.
    const type = recognised?.variant.actionType;
    if (type === 'GetParticipantInput') return `Pressed ${operand}`;
    if (type === 'ConnectParticipantWithLexBot' || type === 'ShowView') return operand;
  }
  return `${own(operatorWords, operator) ?? operator} ${operand}`;
}

/**
 * The label the console shows on a branch: the catalog's branch name where the block has one
 * ("Timeout", "At capacity", "In hours"), the key or comparison of a condition ("Pressed 1",
 * "= Gold"), else the error type as written.
 */
export function branchLabel(
  transition: DocumentTransition,
  recognised: RecognisedBlock | undefined,
): string {
  const branches = branchesOf(recognised);
  switch (transition.kind) {
    case 'next':
      // A block without a Success branch still has a NextAction (the console's fallback).
      return (
        branches.find(({ target }) => target.kind === 'next')?.name ??
        (recognised === undefined ? 'Success' : 'Next')
      );
    case 'condition':
      return conditionLabel(transition, recognised);
    case 'error': {
      const errorType = transition.errorType ?? '?';
      const named = branches.find(
        ({ target }) => target.kind === 'error' && target.errorType === errorType,
      );
      return named?.name ?? own(fallbackErrorLabels, errorType) ?? errorType;
    }
  }
}

/** Whether the block shows a branch for `NextAction`; when not, the console hides that edge. */
export function showsNextBranch(recognised: RecognisedBlock | undefined): boolean {
  return recognised === undefined || branchesOf(recognised).some((b) => b.target.kind === 'next');
}
