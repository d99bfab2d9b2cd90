import { defaultPlaceholderSyntaxes, type PlaceholderSyntax } from '@contactflow/dsl';
import type { ActionChange, ActionDiff, ChangeKind, FlowDiff, ValueChange } from './flow-diff.js';
import { formatChange, formatValue } from './format-value.js';

/** Options of {@link formatFlowDiff}. */
export interface FormatFlowDiffOptions {
  /** Colour the text with ANSI escapes: additions green, removals red, changes yellow. */
  readonly color?: boolean;
  /** The longest value shown in full; longer ones are shortened with `…`. 60 when left out. */
  readonly maxValueLength?: number;
  /**
   * Template placeholder syntaxes never cut when a long text is shortened; every preset when left
   * out.
   */
  readonly placeholders?: readonly PlaceholderSyntax[];
}

type Style = (text: string) => string;

interface Styles {
  readonly kind: Readonly<Record<ChangeKind, Style>>;
  readonly bold: Style;
  readonly dim: Style;
  readonly placeholders: readonly PlaceholderSyntax[];
}

const sgr =
  (open: number, close: number): Style =>
  (text) =>
    text === '' ? '' : `\u001b[${open}m${text}\u001b[${close}m`;

const plain: Style = (text) => text;

const plainStyles: Styles = {
  kind: { added: plain, removed: plain, changed: plain },
  bold: plain,
  dim: plain,
  placeholders: defaultPlaceholderSyntaxes,
};

const ansiStyles: Styles = {
  kind: { added: sgr(32, 39), removed: sgr(31, 39), changed: sgr(33, 39) },
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  placeholders: defaultPlaceholderSyntaxes,
};

const markers: Readonly<Record<ChangeKind, string>> = { added: '+', removed: '-', changed: '~' };

/**
 * The text of a {@link FlowDiff} for people, one line per change; an empty string when the flows
 * are equal. Document-level changes come first, then `Settings`, then actions (changed, added,
 * removed), then the metadata:
 *
 * ```text
 * ~ menu (GetParticipantInput "Press 1 for sales")
 *     ~ Parameters.Text: "Press 1" -> "Press 1 for sales"
 *     + Conditions Equals "2": support
 *     ~ Errors NoMatchingError: goodbye -> replay
 * + support (TransferContactToQueue)
 * - legacy (InvokeLambdaFunction "legacyLookup")
 * ```
 *
 * Identifiers, types and branch targets are shown bare, other values as compact JSON.
 *
 * @example
 * ```ts
 * import { diffFlows, formatFlowDiff } from '@contactflow/compiler';
 * const before = { Actions: [{ Identifier: 'hi', Type: 'MessageParticipant', Parameters: { Text: 'Hi' } }] };
 * const after = { Actions: [{ Identifier: 'hi', Type: 'MessageParticipant', Parameters: { Text: 'Hello' } }] };
 * process.stdout.write(formatFlowDiff(diffFlows(before, after), { color: true }));
 * ```
 */
export function formatFlowDiff(diff: FlowDiff, options: FormatFlowDiffOptions = {}): string {
  const max = options.maxValueLength ?? 60;
  const styles = {
    ...(options.color ? ansiStyles : plainStyles),
    ...(options.placeholders && { placeholders: options.placeholders }),
  };
  const lines = [
    ...diff.flow.map((change) => valueLine(change, '', max, styles, change.path === 'StartAction')),
    ...diff.settings.map((change) => valueLine(change, '', max, styles, false)),
    ...diff.actions.flatMap((action) => actionLines(action, max, styles)),
    ...diff.metadata.map((change) =>
      styles.dim(
        valueLine(change, '', max, { ...plainStyles, placeholders: styles.placeholders }, false),
      ),
    ),
  ];
  return lines.map((line) => `${line}\n`).join('');
}

function valueLine(
  change: ValueChange,
  indent: string,
  max: number,
  styles: Styles,
  bare: boolean,
): string {
  const style = styles.kind[change.kind];
  const marker = style(markers[change.kind]);
  let shown: string;
  if (change.kind === 'changed') {
    const [before, after] = formatChange(
      change.before,
      change.after,
      max,
      bare,
      styles.placeholders,
    );
    shown = `${before} -> ${after}`;
  } else {
    shown = formatValue(change.kind === 'added' ? change.after : change.before, max, bare);
  }
  const text = `${change.path}: ${shown}`;
  return `${indent}${marker} ${change.kind === 'changed' ? text : style(text)}`;
}

function actionLines(action: ActionDiff, max: number, styles: Styles): string[] {
  const style = styles.kind[action.kind];
  const identifier = action.identifier === '' ? '(no Identifier)' : action.identifier;
  const what = [action.type ?? 'no Type', action.summary && JSON.stringify(action.summary)]
    .filter(Boolean)
    .join(' ');
  const header = `${style(markers[action.kind])} ${styles.bold(style(identifier))} (${what})`;
  return [header, ...action.changes.map((change) => changeLine(change, max, styles))];
}

function changeLine(change: ActionChange, max: number, styles: Styles): string {
  if (change.path === 'Conditions order') {
    // A list of conditions reads better as conditions than as a JSON array.
    const list = (value: unknown) => (Array.isArray(value) ? value.join('; ') : String(value));
    const text = `${change.path}: ${list(change.before)} -> ${list(change.after)}`;
    return `    ${styles.kind.changed('~')} ${text}`;
  }
  const branchTarget =
    change.part === 'Type' ||
    change.part === 'NextAction' ||
    (change.branch !== undefined && change.path === `${change.part} ${change.branch}`);
  return valueLine(change, '    ', max, styles, branchTarget);
}
