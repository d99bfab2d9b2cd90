import { findPlaceholders, type PlaceholderSyntax } from '@contactflow/dsl';
import { canonicalJson } from './canonical-json.js';

/** Characters kept either side of the part where two long texts differ. */
const context = 12;

/**
 * A value as a diff shows it: compact JSON with sorted keys, at most about `max` characters. A long
 * text keeps its start and its end, where identifiers in ARNs are; other long values are cut at
 * the end. Plain words are shown without quotes where `bare` asks for it (identifiers, types).
 */
export function formatValue(value: unknown, max: number, bare = false): string {
  if (bare && typeof value === 'string' && value !== '' && !/\s/.test(value)) {
    return value.length <= max ? value : elide(value, max);
  }
  if (typeof value === 'string') return quote(value, max);
  const json = canonicalJson(value);
  return json.length <= max ? json : `${json.slice(0, Math.max(1, max - 1))}…`;
}

/**
 * Two values as a diff shows a change between them. Two long texts are cut down to where they
 * differ, with a little of what they share either side, so that the difference stays in view. A
 * template placeholder (`${queue_arn}`, see `placeholders`) is never cut: where the cut would fall
 * inside one, the whole placeholder is shown, however long the line gets.
 */
export function formatChange(
  before: unknown,
  after: unknown,
  max: number,
  bare = false,
  placeholders: readonly PlaceholderSyntax[] = [],
): [string, string] {
  if (typeof before === 'string' && typeof after === 'string' && !bare) {
    if (JSON.stringify(before).length > max || JSON.stringify(after).length > max) {
      let start = 0;
      while (start < before.length && before[start] === after[start]) start++;
      let end = 0;
      const shorter = Math.min(before.length, after.length) - start;
      while (end < shorter && before.at(-1 - end) === after.at(-1 - end)) end++;
      let from = Math.max(0, start - context);
      let tail = Math.max(0, end - context);
      // The texts agree before `from` and in their last `tail` characters, so a cut moved to the
      // edge of a placeholder in one text falls at the same place in the other.
      let widened = false;
      for (const value of [before, after]) {
        for (const { index, text } of findPlaceholders(value, placeholders)) {
          const stop = index + text.length;
          if (index < from && stop > from) [from, widened] = [index, true];
          const cut = value.length - tail;
          if (index < cut && stop > cut) [tail, widened] = [value.length - stop, true];
        }
      }
      const window = (text: string) =>
        (from > 0 ? '…' : '') + text.slice(from, text.length - tail) + (tail > 0 ? '…' : '');
      const limit = widened ? Infinity : max;
      return [quote(window(before), limit), quote(window(after), limit)];
    }
  }
  return [formatValue(before, max, bare), formatValue(after, max, bare)];
}

function quote(text: string, max: number): string {
  const shown = JSON.stringify(text);
  if (shown.length <= max) return shown;
  // Shorten the text rather than its JSON form, so that no escape sequence is cut in half.
  return JSON.stringify(elide(text, Math.max(3, max - 2 - (shown.length - text.length - 2))));
}

/** `text` in at most `length` characters, its middle replaced with `…`. */
function elide(text: string, length: number): string {
  if (text.length <= length) return text;
  const head = Math.ceil((length - 1) / 2);
  const tail = length - 1 - head;
  return `${text.slice(0, head)}…${tail > 0 ? text.slice(-tail) : ''}`;
}
