/** How text is set in a diagram: the size in pixels and whether it is bold. */
export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  /** Set in a monospaced font (identifiers). */
  readonly mono?: boolean;
}

// Advance widths of printable ASCII (32 to 126) in thousandths of an em, for the Helvetica and
// Arial metrics that Liberation Sans shares. The SVG is laid out without a browser, so the widths
// are estimated from this table; the renderer asks for that font family first.
const asciiWidths = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

// Bold faces run wider; a fallback font may too. Both are covered by a margin rather than by a
// second table, since an overestimate only leaves a little more room.
const boldFactor = 1.08;
const safetyFactor = 1.04;

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f000
  );
}

function isZeroWidth(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0xfe00 && code <= 0xfe0f)
  );
}

function emsOf(char: string, mono: boolean): number {
  const code = char.codePointAt(0) ?? 32;
  if (isZeroWidth(code)) return 0;
  if (isWide(code)) return mono ? 1.2 : 1;
  if (mono) return 0.6;
  if (code >= 32 && code <= 126) return (asciiWidths[code - 32] ?? 556) / 1000;
  return 0.6;
}

/** The estimated width in pixels of one line of text. */
export function textWidth(text: string, style: TextStyle): number {
  let ems = 0;
  for (const char of text) ems += emsOf(char, style.mono === true);
  return ems * style.size * (style.bold === true ? boldFactor : 1) * safetyFactor;
}

/** Cuts text to fit the width, ending it with an ellipsis when something was cut. */
export function fitText(text: string, width: number, style: TextStyle): string {
  if (textWidth(text, style) <= width) return text;
  const chars = [...text];
  let kept = '';
  for (const char of chars) {
    if (textWidth(`${kept}${char}…`, style) > width) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}

/**
 * Breaks text into lines no wider than `width` (a number, or one per line), at spaces where it can
 * and inside a word when a word alone is too wide; at most `maxLines`, the last one ending with an
 * ellipsis when text is left over.
 */
export function wrapText(
  text: string,
  width: number | ((line: number) => number),
  style: TextStyle,
  maxLines: number,
): string[] {
  const widthOf = typeof width === 'number' ? () => width : width;
  const lines: string[] = [];
  let line = '';
  const words = text.split(' ').filter((word) => word !== '');
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    const word = words[index]!;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate, style) <= widthOf(lines.length)) {
      line = candidate;
      index += 1;
    } else if (line !== '') {
      lines.push(line);
      line = '';
    } else {
      // A word wider than the line is broken where it stops fitting.
      let head = '';
      for (const char of word) {
        if (textWidth(`${head}${char}`, style) > widthOf(lines.length) && head !== '') break;
        head += char;
      }
      lines.push(head);
      words[index] = word.slice(head.length);
    }
  }
  if (lines.length < maxLines && line !== '') {
    lines.push(line);
    line = '';
  }
  const leftOver = line !== '' || index < words.length;
  if (leftOver && lines.length > 0) {
    const last = lines.length - 1;
    lines[last] = fitText(`${lines[last]!}…`, widthOf(last), style).replace(/……$/, '…');
  }
  return lines;
}

/**
 * Text for one line of a label: control characters and line breaks become spaces, runs of spaces
 * one space.
 */
export function oneLine(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}
