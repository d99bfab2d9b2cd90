import { amazonQInConnect as spec } from '../catalog/blocks/amazon-q-in-connect.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { ValueInput } from '../builder/inputs.js';

/** Options of {@link enableAmazonQ}. */
export interface EnableAmazonQOptions {
  /**
   * Full ARN of the Amazon Q in Connect assistant (`arn:aws:wisdom:...:assistant/...`), or a dynamic
   * value holding it. Assistants are not an environment resource kind, so the ARN is given as is.
   */
  readonly assistantArn: ValueInput;
}

/**
 * Amazon Q in Connect: attaches an Amazon Q in Connect session to the contact so the agent gets
 * real-time recommendations. On calls this also needs Contact Lens real-time analytics in the flow.
 *
 * @example
 * ```ts
 * import { disconnect, enableAmazonQ } from '@contactflow/dsl';
 * const bye = disconnect();
 * enableAmazonQ({
 *   assistantArn: 'arn:aws:wisdom:us-east-1:111122223333:assistant/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
 * })
 *   .then(bye)
 *   .onError(bye);
 * ```
 */
export const enableAmazonQ = defineBlockBuilder(spec, (options: EnableAmazonQOptions, context) => ({
  parameters: { WisdomAssistantArn: context.value(options.assistantArn, 'assistantArn') },
}));
