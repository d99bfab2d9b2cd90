import { resumeContact as spec } from '../catalog/blocks/resume-contact.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';

/** Options of {@link resumeContact}: none; it acts on the current task. */
export type ResumeContactOptions = Record<string, never>;

/**
 * Resume contact: takes a paused task out of its paused state. A resumed task that had left its
 * queue stays out of queue until a Transfer to queue follows.
 *
 * @example
 * ```ts
 * import { disconnect, resumeContact } from '@contactflow/dsl';
 * const done = disconnect();
 * resumeContact().then(done).onError(done);
 * ```
 */
export const resumeContact = defineBlockBuilder(spec, (_options: ResumeContactOptions) => ({
  parameters: {},
}));
