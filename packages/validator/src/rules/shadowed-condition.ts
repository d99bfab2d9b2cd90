import type { ActionShape } from '../graph/flow-shape.js';
import { quoted } from '../values/describe-value.js';
import { containsJsonPath } from '../values/embedded-paths.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

/** One condition of an action, as written. */
interface WrittenCondition {
  /** 0-based position in `Conditions`. */
  readonly position: number;
  readonly operator: string;
  /** The single literal operand, when the condition has exactly one and it holds no reference. */
  readonly operand: string | undefined;
  /** Operator and operands, to recognise a condition written twice. */
  readonly key: string;
}

/**
 * Actions that compare a value against their conditions in order; the others branch on fixed
 * results, where only a condition written twice can be shadowed.
 */
const maxComparedConditions = 1_000;

const comparingActions: ReadonlySet<string> = new Set(['Compare', 'CheckMetricData']);

const textOperators: ReadonlySet<string> = new Set([
  'Equals',
  'TextStartsWith',
  'TextEndsWith',
  'TextContains',
]);

/** A half-line of numbers: `> bound` / `>= bound`, or `< bound` / `<= bound`. */
interface HalfLine {
  readonly bound: number;
  readonly closed: boolean;
}

const number = /^-?[0-9]+(?:\.[0-9]+)?$/u;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The conditions of an action, read defensively from the document. */
function conditionsOf(document: unknown, action: ActionShape): WrittenCondition[] {
  const actions = isRecord(document) ? document['Actions'] : undefined;
  const record = Array.isArray(actions) ? actions[action.index] : undefined;
  const transitions = isRecord(record) ? record['Transitions'] : undefined;
  const list = isRecord(transitions) ? transitions['Conditions'] : undefined;
  if (!Array.isArray(list)) return [];
  const found: WrittenCondition[] = [];
  list.forEach((entry, position) => {
    const condition = isRecord(entry) ? entry['Condition'] : undefined;
    if (!isRecord(condition) || typeof condition['Operator'] !== 'string') return;
    const operands = condition['Operands'];
    const single =
      Array.isArray(operands) && operands.length === 1 && typeof operands[0] === 'string'
        ? operands[0]
        : undefined;
    found.push({
      position,
      operator: condition['Operator'],
      operand:
        single === undefined || single === '' || containsJsonPath(single) ? undefined : single,
      key: JSON.stringify([condition['Operator'], operands]),
    });
  });
  return found;
}

/** Whether every text that `later` matches is matched by `earlier`. */
function textCovers(earlier: WrittenCondition, later: WrittenCondition): boolean {
  const e = earlier.operand;
  const t = later.operand;
  if (e === undefined || t === undefined || !textOperators.has(later.operator)) return false;
  switch (earlier.operator) {
    case 'TextStartsWith':
      return ['Equals', 'TextStartsWith'].includes(later.operator) && t.startsWith(e);
    case 'TextEndsWith':
      return ['Equals', 'TextEndsWith'].includes(later.operator) && t.endsWith(e);
    case 'TextContains':
      return t.includes(e);
    default:
      return false;
  }
}

/** The numbers the earlier number conditions match together: at most one half-line each way. */
class NumberCover {
  private above: HalfLine | undefined;
  private below: HalfLine | undefined;

  add(condition: WrittenCondition): void {
    const line = halfLineOf(condition);
    if (line === undefined) return;
    if (line.direction === 'above') {
      const { above } = this;
      if (
        above === undefined ||
        line.bound < above.bound ||
        (line.bound === above.bound && line.closed)
      ) {
        this.above = line;
      }
    } else {
      const { below } = this;
      if (
        below === undefined ||
        line.bound > below.bound ||
        (line.bound === below.bound && line.closed)
      ) {
        this.below = line;
      }
    }
  }

  covers(condition: WrittenCondition): boolean {
    const { above, below } = this;
    if (
      above !== undefined &&
      below !== undefined &&
      (below.bound > above.bound || (below.bound === above.bound && (below.closed || above.closed)))
    ) {
      return true;
    }
    const line = halfLineOf(condition);
    if (line !== undefined) {
      const outer = line.direction === 'above' ? above : below;
      if (outer === undefined) return false;
      const inside =
        line.direction === 'above' ? line.bound > outer.bound : line.bound < outer.bound;
      return inside || (line.bound === outer.bound && (outer.closed || !line.closed));
    }
    if (condition.operator !== 'Equals' || !number.test(condition.operand ?? '')) return false;
    const value = Number(condition.operand);
    return (
      (above !== undefined && (value > above.bound || (value === above.bound && above.closed))) ||
      (below !== undefined && (value < below.bound || (value === below.bound && below.closed)))
    );
  }
}

function halfLineOf(
  condition: WrittenCondition,
): (HalfLine & { readonly direction: 'above' | 'below' }) | undefined {
  if (condition.operand === undefined || !number.test(condition.operand)) return undefined;
  const bound = Number(condition.operand);
  switch (condition.operator) {
    case 'NumberGreaterThan':
      return { direction: 'above', bound, closed: false };
    case 'NumberGreaterOrEqualTo':
      return { direction: 'above', bound, closed: true };
    case 'NumberLessThan':
      return { direction: 'below', bound, closed: false };
    case 'NumberLessOrEqualTo':
      return { direction: 'below', bound, closed: true };
    default:
      return undefined;
  }
}

function describe(condition: WrittenCondition): string {
  const operand = condition.operand === undefined ? '' : ` ${quoted(condition.operand, 40)}`;
  return `condition ${condition.position + 1} (${condition.operator}${operand})`;
}

/** Why `later` can never be chosen after `earlier`, or `undefined` when it can. */
function shadowOf(
  earlier: readonly WrittenCondition[],
  later: WrittenCondition,
  comparing: boolean,
  cover: NumberCover,
): string | undefined {
  if (!comparing) return undefined;
  const wider = earlier.find((condition) => textCovers(condition, later));
  if (wider !== undefined) {
    return `${describe(wider)} before it matches every value it matches`;
  }
  if (cover.covers(later)) {
    const numeric = earlier.filter((condition) => halfLineOf(condition) !== undefined);
    const alone = numeric.find((condition) => {
      const single = new NumberCover();
      single.add(condition);
      return single.covers(later);
    });
    return alone === undefined
      ? `the number conditions before it (${numeric.map((c) => c.position + 1).join(', ')}) match every value it matches`
      : `${describe(alone)} before it matches every value it matches`;
  }
  return undefined;
}

const waitTime = (conditions: readonly [string, string][]) => ({
  Version: '2019-10-30',
  StartAction: 'oldest',
  Actions: [
    {
      Identifier: 'oldest',
      Type: 'CheckMetricData',
      Parameters: { MetricType: 'OldestContactInQueueAgeSeconds' },
      Transitions: {
        NextAction: 'bye',
        Conditions: conditions.map(([operator, operand]) => ({
          NextAction: 'bye',
          Condition: { Operator: operator, Operands: [operand] },
        })),
        Errors: [
          { NextAction: 'bye', ErrorType: 'NoMatchingError' },
          { NextAction: 'bye', ErrorType: 'NoMatchingCondition' },
        ],
      },
    },
    disconnectAction,
  ],
});

export const shadowedCondition = defineRule({
  meta: {
    id: 'shadowed-condition',
    category: 'values',
    severity: 'warning',
    description:
      'A condition can never be chosen, because a condition before it in the same block matches every value it matches, or is the same condition.',
    rationale:
      'Blocks that check a value (Check contact attributes, Check queue status, Check staffing) try their conditions in the order written and follow the first that holds (guide L29276-29278, L29418-29460). A condition after a wider one, such as "> 60" after "> 30", or "starts with 12" after "starts with 1", is dead: the contacts meant for its branch go down the earlier one. A condition written twice, in any block, is dead the second time. Matching is case-sensitive, so "Sales" and "sales" are different conditions.',
    examples: {
      bad: waitTime([
        ['NumberGreaterThan', '30'],
        ['NumberGreaterThan', '60'],
      ]),
      good: waitTime([
        ['NumberGreaterThan', '60'],
        ['NumberGreaterThan', '30'],
      ]),
    },
  },
  check({ document, graph, report }) {
    for (const action of graph.shape.actions) {
      // Its thresholds are running totals; percentages-over-100 checks their order.
      if (action.type === undefined || action.type === 'DistributeByPercentage') continue;
      const comparing = comparingActions.has(action.type);
      const conditions = conditionsOf(document, action);
      const cover = new NumberCover();
      const firstByKey = new Map<string, WrittenCondition>();
      conditions.forEach((condition, i) => {
        const same = firstByKey.get(condition.key);
        if (same === undefined) firstByKey.set(condition.key, condition);
        // Comparing with every condition before costs the square of their number: past the first
        // thousand (no flow comes near) only repeats are looked for.
        const reason =
          same !== undefined
            ? `${describe(same)} before it is the same condition`
            : i < maxComparedConditions
              ? shadowOf(conditions.slice(0, i), condition, comparing, cover)
              : undefined;
        cover.add(condition);
        if (reason === undefined) return;
        report({
          message: `In "${action.id ?? action.index + 1}", ${describe(condition)} can never be chosen: ${reason}, and conditions are tried in order.`,
          pointer: `${action.pointer}/Transitions/Conditions/${condition.position}`,
          actionId: action.id,
          hint: 'Put narrower conditions before wider ones, or remove the one that can never match.',
        });
      });
    }
  },
});
