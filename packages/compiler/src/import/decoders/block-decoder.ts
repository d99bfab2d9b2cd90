import type { DecodeContext, JsonObject, Options } from '../decode-context.js';

/**
 * The inverse of one block builder's encoder: the options that write the given parameters in the
 * given mode, or `undefined` for a builder called without options. It may throw `Unexpressible`;
 * the importer checks its answer by building the block, so it may also be a best guess.
 */
export type BlockDecoder = (
  parameters: JsonObject,
  context: DecodeContext,
  mode: string,
) => Options | undefined;

/** For blocks whose builder takes no options. */
export const noOptions: BlockDecoder = () => undefined;

/** Options without the entries left `undefined`, so that printed source shows only what is set. */
export function defined(options: Options): Options {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
