import { pathSegment } from '@contactflow/dsl';

/** One step of a JSONPath: a member name or a list index. */
export type PathSegment = string | number;

/** A JSONPath found in text: its segments and where it ends. */
export interface ParsedPath {
  readonly segments: readonly PathSegment[];
  /** The offset just after the path. */
  readonly end: number;
}

const nameCharacter = /[A-Za-z0-9_-]/;

/**
 * Reads the JSONPath that starts at `start` (a `$`) in `text`: `.name`, `['name']`, `.['name']` and
 * `[0]` steps, as many as follow. `undefined` when no step follows the `$`.
 *
 * A dotted name ends at the first character that cannot be in one, so `$.External.balance.` in a
 * sentence stops before the full stop; trailing `-` are left out for the same reason.
 *
 * @example
 * ```ts
 * import { parsePath } from '@contactflow/simulator';
 * parsePath("Hi $.Attributes['first name'].", 3)?.segments; // ['Attributes', 'first name']
 * ```
 */
export function parsePath(text: string, start = 0): ParsedPath | undefined {
  if (text[start] !== '$') return undefined;
  const segments: PathSegment[] = [];
  let at = start + 1;
  for (;;) {
    if (text[at] === '.' && nameCharacter.test(text[at + 1] ?? '')) {
      let end = at + 1;
      while (end < text.length && nameCharacter.test(text[end]!)) end++;
      while (text[end - 1] === '-' && end - 1 > at + 1) end--;
      segments.push(text.slice(at + 1, end));
      at = end;
      continue;
    }
    const open = text[at] === '[' ? at : text[at] === '.' && text[at + 1] === '[' ? at + 1 : -1;
    if (open < 0) break;
    const bracket = readBracket(text, open);
    if (bracket === undefined) break;
    segments.push(bracket.segment);
    at = bracket.end;
  }
  return segments.length === 0 ? undefined : { segments, end: at };
}

function readBracket(
  text: string,
  open: number,
): { segment: PathSegment; end: number } | undefined {
  let at = open + 1;
  while (text[at] === ' ') at++;
  const quote = text[at];
  if (quote === "'" || quote === '"') {
    let name = '';
    at++;
    while (at < text.length && text[at] !== quote) {
      if (text[at] === '\\' && at + 1 < text.length) at++;
      name += text[at];
      at++;
    }
    if (at >= text.length) return undefined;
    at++;
    while (text[at] === ' ') at++;
    return text[at] === ']' ? { segment: name, end: at + 1 } : undefined;
  }
  const digits = /^[0-9]+/.exec(text.slice(at));
  if (digits === null || text[at + digits[0].length] !== ']') return undefined;
  return { segment: Number(digits[0]), end: at + digits[0].length + 1 };
}

/**
 * The segments of a value that is one whole JSONPath and nothing else; `undefined` otherwise.
 *
 * @example
 * ```ts
 * import { wholePath } from '@contactflow/simulator';
 * wholePath('$.External.balance'); // ['External', 'balance']
 * wholePath('Balance: $.External.balance'); // undefined
 * ```
 */
export function wholePath(text: string): readonly PathSegment[] | undefined {
  const parsed = parsePath(text, 0);
  return parsed !== undefined && parsed.end === text.length ? parsed.segments : undefined;
}

/**
 * Writes segments back as a JSONPath, dotted where the name allows it.
 *
 * @example
 * ```ts
 * import { formatPath } from '@contactflow/simulator';
 * formatPath(['Attributes', 'account tier']); // "$.Attributes['account tier']"
 * ```
 */
export function formatPath(segments: readonly PathSegment[]): string {
  return `$${segments.map((s) => (typeof s === 'number' ? `[${s}]` : pathSegment(s))).join('')}`;
}

/**
 * Reads the value at a path in a tree of plain objects and lists; `undefined` when any step is
 * missing. Only own members are read, so `constructor` and the like are never found.
 *
 * @example
 * ```ts
 * import { readPath } from '@contactflow/simulator';
 * readPath({ Lex: { Slots: { Account: '42' } } }, ['Lex', 'Slots', 'Account']); // '42'
 * ```
 */
export function readPath(root: unknown, segments: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (typeof current !== 'object' || current === null) return undefined;
    const key = String(segment);
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
