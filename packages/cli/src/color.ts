/** What the decision to colour output depends on, passed in so that it can be tested. */
export interface ColorEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal. */
  readonly isTTY: boolean;
}

/**
 * Whether to colour output, by the conventions Node.js itself follows: `FORCE_COLOR` set to
 * `""`, `1`, `2`, `3` or `true` turns colour on even when output is not a terminal, and to any
 * other value turns it off; otherwise a non-empty `NO_COLOR` turns it off (no-color.org);
 * otherwise output is coloured when it is a terminal other than `TERM=dumb`.
 */
export function shouldUseColor({ env, isTTY }: ColorEnvironment): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return ['', '1', '2', '3', 'true'].includes(force);
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return isTTY && env['TERM'] !== 'dumb';
}

type Style = (text: string) => string;

/** The few text styles the output uses. */
export interface Palette {
  readonly red: Style;
  readonly yellow: Style;
  readonly cyan: Style;
  readonly dim: Style;
  readonly bold: Style;
  readonly underline: Style;
}

const sgr =
  (open: number, close: number): Style =>
  (text) =>
    text === '' ? '' : `\u001b[${open}m${text}\u001b[${close}m`;

const ansi: Palette = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  cyan: sgr(36, 39),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
  underline: sgr(4, 24),
};

const identity: Style = (text) => text;

const plain: Palette = {
  red: identity,
  yellow: identity,
  cyan: identity,
  dim: identity,
  bold: identity,
  underline: identity,
};

/** ANSI styles when `color` is true, styles that change nothing when it is false. */
export function palette(color: boolean): Palette {
  return color ? ansi : plain;
}
