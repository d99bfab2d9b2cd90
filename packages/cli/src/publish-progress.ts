import type { PublishProgress } from '@contactflow/publish';

const phases: Readonly<Record<PublishProgress['phase'], string>> = {
  validating: 'checking the flows',
  reading: 'reading the instance',
  resolving: 'resolving references',
  'backing-up': 'saving the live content',
  writing: 'writing',
  undoing: 'undoing',
};

/**
 * One line of progress for a moment of a publish run, as the terminal shows it while the run goes.
 *
 * @example
 * ```ts
 * import { progressLine } from './publish-progress.js';
 * progressLine({ phase: 'writing', unit: 'Main IVR', operation: 'update', done: 2, total: 5 });
 * // '[3/5] update Main IVR'
 * ```
 */
export function progressLine(event: PublishProgress): string {
  if (event.phase === 'writing' && event.done !== undefined && event.total !== undefined) {
    return `[${event.done + 1}/${event.total}] ${event.operation ?? 'write'} ${event.unit ?? ''}`.trimEnd();
  }
  if (event.phase === 'undoing') {
    return `undoing ${event.unit ?? ''}${event.operation === undefined ? '' : ` (${event.operation})`}`;
  }
  return `${phases[event.phase]}${event.unit === undefined ? '' : `: ${event.unit}`}`;
}
