import { placeholderPresets, type PlaceholderPreset } from '@contactflow/dsl';
import type { CompileOptions, ImportResult } from '../src/index.js';

/**
 * How an imported source compiles back to the document it came from: a template (its whole-value
 * placeholders became references) in the placeholder style it was written in, any other flow with
 * its references left as `{{kind:name}}`, as the document had them.
 */
export function roundTripOptions(
  imported: Pick<ImportResult, 'placeholderStyles'>,
): CompileOptions {
  const [style, other] = imported.placeholderStyles;
  if (other !== undefined) throw new Error(`placeholders in several styles: ${style}, ${other}`);
  return style === undefined
    ? { unresolvedReferences: 'placeholder' }
    : { placeholderStyle: placeholderPresets[style as PlaceholderPreset] };
}
