import { jsonPathPattern } from '@contactflow/dsl/catalog';

const wholePath = new RegExp(jsonPathPattern, 'u');
// Where a reference begins: `$.` and a name, or a bracket (`$['AwsRegion']`, `$.['a b']`). Prices
// (`$5.00`) and aliases (`$LATEST`) do not begin one.
const referenceStart = /\$(?:\.[\p{L}_]|\.?\[)/u;
// The catalog's path syntax, stopped at markup so that a path in SSML does not swallow the tag
// after it. Bracketed names are bounded so that an unclosed "[" cannot make every later "$" rescan
// the rest of a long value.
const referenceText = /\$(?:\.?\[[^\]]{0,256}\]|\.[^.\s[\]<>&]+)+/u;
// Characters that end a sentence rather than a path segment, for quoting the reference alone.
const trailingPunctuation = /[,;:!?)'"]+$/u;

/** Whether the whole value is one JSONPath (`$.Attributes.x`), as the catalog defines one. */
export function isWholeJsonPath(value: string): boolean {
  return wholePath.test(value);
}

/** Whether the value holds a JSONPath anywhere, whole or inside text. */
export function containsJsonPath(value: string): boolean {
  return referenceStart.test(value);
}

/**
 * The first JSONPath written inside other text (`"Hello $.Attributes.name"`), as written; `undefined`
 * when there is none or the value is one whole JSONPath.
 */
export function embeddedJsonPath(value: string): string | undefined {
  if (isWholeJsonPath(value)) return undefined;
  const start = referenceStart.exec(value);
  if (start === null) return undefined;
  const match = referenceText.exec(value.slice(start.index, start.index + 1024));
  return (match?.[0] ?? value.slice(start.index)).replace(trailingPunctuation, '');
}

/** Every stretch of the value that is a JSONPath, to leave out of what is counted or parsed. */
export function jsonPathSpans(value: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const starts = new RegExp(referenceStart.source, 'gu');
  // Sticky, so each path is read where it starts without copying the rest of the value.
  const path = new RegExp(referenceText.source, 'uy');
  for (const match of value.matchAll(starts)) {
    if (spans.length > 0 && match.index < spans[spans.length - 1]!.end) continue;
    path.lastIndex = match.index;
    const length = path.exec(value)?.[0].replace(trailingPunctuation, '').length ?? 1;
    spans.push({ start: match.index, end: match.index + Math.max(length, 1) });
  }
  return spans;
}
