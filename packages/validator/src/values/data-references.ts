import type { ActionShape } from '../graph/flow-shape.js';
import { pointerFrom } from '../json-pointer.js';

/** One JSONPath reference to contact data found in an action (`$.External.balance`). */
export interface DataReference {
  /** The first segment after `$.`: `Attributes`, `External`, `Lex`, ... */
  readonly namespace: string;
  /** The name right under the namespace (`balance`), when the path has one. */
  readonly name: string | undefined;
  /** The reference as written. */
  readonly text: string;
  /** Pointer to the string that holds it. */
  readonly pointer: string;
}

// `$.Namespace`, then an optional `.name` or `['name']` (also the `.['name']` form older guides
// show). Names in dot form may hold `-`, as the chat widget's `HostedWidget-*` attributes do.
const referencePattern =
  /\$\.([A-Za-z][A-Za-z0-9]*)(?:\.([A-Za-z0-9_-]+)|\.?\[\s*(['"])((?:(?!\3).)*)\3\s*\])?/g;

/** The references in one string. */
export function referencesInText(text: string, pointer: string): DataReference[] {
  const found: DataReference[] = [];
  for (const match of text.matchAll(referencePattern)) {
    const dotted = match[2]?.replace(/-+$/, '');
    const name = dotted !== undefined && dotted !== '' ? dotted : match[4];
    found.push({ namespace: match[1]!, name, text: match[0], pointer });
  }
  return found;
}

/** Where a nested value sits, as a chain back to the root, so that no path is copied per step. */
interface Place {
  readonly parent: Place | undefined;
  readonly segment: string | number;
}

function pointerOf(base: string, place: Place | undefined): string {
  const segments: (string | number)[] = [];
  for (let at = place; at !== undefined; at = at.parent) segments.push(at.segment);
  return base + pointerFrom(segments.reverse());
}

/**
 * The references in every string of a value, depth first in document order, each with the
 * pointer to its string. Object keys are searched too, as some maps take references as keys (Set
 * contact attributes with a dynamic key); their pointer is the member's.
 */
export function referencesIn(value: unknown, pointer: string): DataReference[] {
  const found: DataReference[] = [];
  // An explicit stack: parameters come from untrusted documents and may nest deeply. A `key`
  // entry stands for an object key, searched just before its member's value.
  type Pending = { value: unknown; key?: string; place: Place | undefined };
  const stack: Pending[] = [{ value, place: undefined }];
  while (stack.length > 0) {
    const { value: current, key, place } = stack.pop()!;
    // Loops, not spreads: a long text may hold more references than a call takes arguments.
    if (key !== undefined) {
      for (const reference of referencesInText(key, pointerOf(pointer, place)))
        found.push(reference);
    } else if (typeof current === 'string') {
      if (current.includes('$')) {
        for (const reference of referencesInText(current, pointerOf(pointer, place))) {
          found.push(reference);
        }
      }
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        stack.push({ value: current[i], place: { parent: place, segment: i } });
      }
    } else if (typeof current === 'object' && current !== null) {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [name, member] = entries[i]!;
        const at = { parent: place, segment: name };
        stack.push({ value: member, place: at });
        if (name.includes('$')) stack.push({ value: undefined, key: name, place: at });
      }
    }
  }
  return found;
}

// Several rules read the same action's references; the shape is built once per document.
const referencesByAction = new WeakMap<ActionShape, readonly DataReference[]>();

/**
 * The references an action reads: in its parameters, then in its condition operands (which the
 * shape keeps as the text of each condition).
 */
export function actionReferences(action: ActionShape): readonly DataReference[] {
  const known = referencesByAction.get(action);
  if (known !== undefined) return known;
  const found = referencesIn(action.parameters, `${action.pointer}/Parameters`);
  for (const transition of action.transitions) {
    if (transition.kind !== 'condition') continue;
    const operands = transition.label.slice(transition.label.indexOf(' ') + 1);
    const pointer = transition.pointer.replace(/\/NextAction$/, '/Condition/Operands');
    for (const reference of referencesInText(operands, pointer)) found.push(reference);
  }
  referencesByAction.set(action, found);
  return found;
}
