import { formatFlowDiff, type FlowDiff } from '@contactflow/compiler';

/**
 * The text of a flow diff under a heading, each change indented by two spaces, as `publish
 * --dry-run` and `restore --dry-run` show what they would change.
 *
 * @example
 * ```ts
 * import { diffFlows } from '@contactflow/compiler';
 * import { indentedDiff } from './indented-diff.js';
 * indentedDiff('Main IVR (CONTACT_FLOW), live -> new:', diffFlows({ Actions: [] }, { Actions: [] }), false);
 * ```
 */
export function indentedDiff(heading: string, diff: FlowDiff, color: boolean): string {
  const lines = formatFlowDiff(diff, { color })
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => `  ${line}\n`)
    .join('');
  return `\n${heading}\n${lines}`;
}
