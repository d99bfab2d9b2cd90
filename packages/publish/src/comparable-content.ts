function parsedOr(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * A flow's content as `diffFlows` compares it: the parsed document, with a module's settings in
 * its `Settings` so that a change to them shows; text that is not JSON stays text.
 *
 * @example
 * ```ts
 * import { diffFlows } from '@contactflow/compiler';
 * import { comparableContent } from './comparable-content.js';
 * diffFlows(comparableContent('{"Actions":[]}', '{"InputParameters":[]}'), comparableContent('{"Actions":[]}', undefined));
 * ```
 */
export function comparableContent(content: string, settings: string | undefined): unknown {
  const document = parsedOr(content);
  return settings === undefined || typeof document !== 'object' || document === null
    ? document
    : { ...document, Settings: parsedOr(settings) };
}
