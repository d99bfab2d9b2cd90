/** Where one value stands in JSON text. */
export interface JsonValueSpan {
  /** The offset of the value's first character. */
  readonly start: number;
  /** The offset just past the value's last character. */
  readonly end: number;
  /** The offset of the member name's opening quote, when the value is an object member. */
  readonly nameStart: number | undefined;
}

/** The values of a JSON text and the lines it has, found in one pass. */
export interface JsonTextIndex {
  /**
   * The value at `path`: a number indexes an array, a string names an object member (the first
   * member of that name); `undefined` when there is none.
   */
  find(path: readonly (string | number)[]): JsonValueSpan | undefined;
  /** The offset at which each line starts. */
  readonly lineStarts: readonly number[];
}

// Each value is a record of numbers in one table: no object per value, so little to collect.
const start = 0;
const end = 1;
const kind = 2;
const nameStart = 3;
const nameEnd = 4;
const firstChild = 5;
const nextSibling = 6;
const fields = 7;

const scalar = 0;
const object = 1;
const array = 2;

/**
 * The offset just past the string literal that opens at `from`. Literals are the bulk of a flow's
 * text, so the closing quote is searched for rather than stepped to.
 */
function stringEnd(text: string, from: number): number {
  let quote = from;
  for (;;) {
    quote = text.indexOf('"', quote + 1);
    if (quote === -1) return text.length;
    let backslash = quote - 1;
    while (text.charCodeAt(backslash) === 0x5c) backslash--;
    // An even run of backslashes escapes itself, not the quote.
    if ((quote - 1 - backslash) % 2 === 0) return quote + 1;
  }
}

function isDelimiter(c: number): boolean {
  return (
    c === 0x2c || c === 0x5d || c === 0x7d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
  );
}

/**
 * Indexes text that `JSON.parse` accepted: every value's place, and each object member's name.
 * The parsed value says what the document holds; this says where, without a syntax tree of
 * objects: values are records in a table of numbers, linked first child to next sibling. Text that
 * is no valid JSON gives positions that mean little, but never an error.
 *
 * @example
 * ```ts
 * import { indexJsonText } from './json-text-index.js';
 * const index = indexJsonText('{"a": [1, {"b": true}]}');
 * index.find(['a', 1, 'b']); // { start: 16, end: 20, nameStart: 11 }
 * ```
 */
export function indexJsonText(text: string): JsonTextIndex {
  let table = new Int32Array(fields * Math.max(16, text.length >> 4));
  let count = 0;
  const lineStarts = [0];
  // The open containers, innermost last, and the last child found in each so far.
  const open: number[] = [];
  const lastChildren: number[] = [];
  let expectingName = false;
  let pendingName = -1;
  let pendingNameEnd = -1;

  const add = (from: number, to: number, type: number): number => {
    if ((count + 1) * fields > table.length) {
      const grown = new Int32Array(table.length * 2);
      grown.set(table);
      table = grown;
    }
    const node = count++;
    const at = node * fields;
    table[at + start] = from;
    table[at + end] = to;
    table[at + kind] = type;
    table[at + nameStart] = pendingName;
    table[at + nameEnd] = pendingNameEnd;
    table[at + firstChild] = -1;
    table[at + nextSibling] = -1;
    pendingName = -1;
    pendingNameEnd = -1;
    const depth = open.length - 1;
    if (depth >= 0) {
      const previous = lastChildren[depth]!;
      if (previous === -1) table[open[depth]! * fields + firstChild] = node;
      else table[previous * fields + nextSibling] = node;
      lastChildren[depth] = node;
    }
    return node;
  };

  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      lineStarts.push(++i);
    } else if (c === 0x20 || c === 0x0d || c === 0x09 || c === 0x3a) {
      i++;
    } else if (c === 0x22) {
      const to = stringEnd(text, i);
      if (expectingName) {
        pendingName = i;
        pendingNameEnd = to;
        expectingName = false;
      } else {
        add(i, to, scalar);
      }
      i = to;
    } else if (c === 0x7b || c === 0x5b) {
      const type = c === 0x7b ? object : array;
      open.push(add(i, text.length, type));
      lastChildren.push(-1);
      expectingName = type === object;
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      const node = open.pop();
      lastChildren.pop();
      if (node !== undefined) table[node * fields + end] = i + 1;
      expectingName = false;
      i++;
    } else if (c === 0x2c) {
      const inner = open.at(-1);
      expectingName = inner !== undefined && table[inner * fields + kind] === object;
      i++;
    } else {
      // A number, true, false or null.
      const from = i;
      while (++i < text.length && !isDelimiter(text.charCodeAt(i)));
      add(from, i, scalar);
    }
  }

  const nameIs = (node: number, name: string): boolean => {
    const from = table[node * fields + nameStart]! + 1;
    const to = table[node * fields + nameEnd]! - 1;
    let escaped = false;
    for (let k = from; k < to && !escaped; k++) escaped = text.charCodeAt(k) === 0x5c;
    if (!escaped) return to - from === name.length && text.startsWith(name, from);
    try {
      return JSON.parse(text.slice(from - 1, to + 1)) === name;
    } catch {
      return false;
    }
  };

  return {
    lineStarts,
    find(path) {
      if (count === 0) return undefined;
      let node = 0;
      for (const segment of path) {
        const type = table[node * fields + kind];
        let child = table[node * fields + firstChild]!;
        if (typeof segment === 'string') {
          if (type !== object) return undefined;
          while (child !== -1 && !nameIs(child, segment))
            child = table[child * fields + nextSibling]!;
        } else {
          if (type !== array || segment < 0) return undefined;
          for (let k = 0; k < segment && child !== -1; k++)
            child = table[child * fields + nextSibling]!;
        }
        if (child === -1) return undefined;
        node = child;
      }
      const at = node * fields;
      const name = table[at + nameStart]!;
      return {
        start: table[at + start]!,
        end: table[at + end]!,
        nameStart: name === -1 ? undefined : name,
      };
    },
  };
}
