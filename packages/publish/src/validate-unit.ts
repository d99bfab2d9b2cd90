import { validateText, type Diagnostic } from '@contactflow/validator';
import type { PublishUnit } from './publish-unit.js';

/**
 * The validator's diagnostics about a unit, checked as its flow type and channels say, each placed
 * where the unit's `locate` says (the builder call of a compiled flow, the line of a JSON file).
 * What `publish` checks every unit with unless given its own `validate`; a caller that changes
 * severities (a configuration file) starts from these.
 *
 * @example
 * ```ts
 * import { validateUnit } from '@contactflow/publish';
 * const found = validateUnit({
 *   name: 'Broken',
 *   flowType: 'CONTACT_FLOW',
 *   content: '{"Version":"2019-10-30","StartAction":"nowhere","Actions":[]}',
 * });
 * found.some((d) => d.severity === 'error'); // true
 * ```
 */
export function validateUnit(unit: PublishUnit): Diagnostic[] {
  const found = validateText(unit.content, {
    flowType: unit.flowType,
    ...(unit.channels !== undefined && { channels: unit.channels }),
    ...(unit.file !== undefined && { fileName: unit.file }),
  });
  const { locate } = unit;
  if (locate === undefined) return found;
  // The lines of the content are not the lines of a source the content was compiled from.
  return found.map(({ line: _line, column: _column, ...diagnostic }) => ({
    ...diagnostic,
    ...locate(diagnostic.actionId, diagnostic.pointer),
  }));
}
