import { literal } from '../schema/builders.js';
import type { JsonSchema } from '../schema/json-schema.js';

/**
 * Fragments shared by TagContact and UnTagContact (the console's Contact tags block, in its tag
 * and untag modes), and by an UntagContact entry if the lower-case spelling is catalogued.
 */

/** A user-defined tag key: 1-128 characters, never in the reserved `aws:` system namespace. */
export const tagKeyPattern = '^(?!aws:).{1,128}$';

/** Most user-defined tags a contact can carry (guide L29666, L7884; TagContact API map limit). */
export const maxUserTags = 6;

/**
 * One tag key to remove. UnTagContact takes keys statically only, so a key that starts like a
 * JSONPath (`$`) is refused; `$` is not a tag-key character anyway.
 */
export const staticTagKey: JsonSchema = literal('Tag key; user-defined keys only (not aws:).', {
  pattern: '^(?!aws:)(?!\\$).{1,128}$',
});
