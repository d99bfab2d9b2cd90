import { contactTags as spec } from '../catalog/blocks/contact-tags.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { TextInput } from '../builder/inputs.js';

/** Sets tags: up to six user-defined tags, key to value. Keys must not start with `aws:`. */
export interface SetContactTagsOptions {
  /** Values may embed dynamic values; keep personal data out of tags. */
  readonly tags: Readonly<Record<string, TextInput>>;
  readonly remove?: never;
}

/** Removes user-defined tags from the contact by key. */
export interface RemoveContactTagsOptions {
  /** The keys to remove, written literally (the action takes no dynamic keys). */
  readonly remove: readonly string[];
  /**
   * The action type written: `UntagContact` (the default), the spelling the service is reported to
   * accept, or `UnTagContact`, the spelling of the Flow-language reference, which the service is
   * reported to refuse. Choose the latter only for an instance known to accept it.
   */
  readonly actionType?: 'UntagContact' | 'UnTagContact';
  readonly tags?: never;
}

/** Options of {@link tagContact}: tags to set, or tag keys to remove. */
export type TagContactOptions = SetContactTagsOptions | RemoveContactTagsOptions;

/**
 * Contact tags: adds user-defined tags to the contact, or removes them by key. Tags serve cost
 * allocation and reporting and are readable as `$.Tags`.
 *
 * @example
 * ```ts
 * import { attribute, disconnect, tagContact } from '@contactflow/dsl';
 * const bye = disconnect();
 * tagContact({ tags: { Department: 'Finance', Segment: attribute('segment') } })
 *   .then(bye)
 *   .onError(bye);
 * ```
 */
export const tagContact = defineBlockBuilder(spec, (options: TagContactOptions, context) => {
  if (options.remove !== undefined) {
    // The reference's UnTagContact is reported refused by the service, so it is opt-in only.
    const mode = options.actionType === 'UnTagContact' ? 'untag-documented' : 'untag';
    return { mode, parameters: { TagKeys: [...options.remove] } };
  }
  return {
    mode: 'tag',
    parameters: {
      Tags: Object.fromEntries(
        Object.entries(options.tags).map(([k, v]) => [k, context.text(v, `tags.${k}`)]),
      ),
    },
  };
});
