import { basename } from 'node:path';

function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

/**
 * The name `build` gives the files of one flow of a source: the source's name without
 * `.flow.ts`, and the export's name too when the source exports several flows.
 *
 * @example
 * ```ts
 * import { outputStem } from './output-stem.js';
 * outputStem('flows/main-ivr.flow.ts', 'mainIvr', 1); // 'main-ivr'
 * outputStem('flows/queues.flow.ts', 'salesQueue', 2); // 'queues.sales-queue'
 * ```
 */
export function outputStem(source: string, exportName: string, flowsInSource: number): string {
  const base = basename(source).replace(/\.flow\.[cm]?ts$/, '');
  return flowsInSource === 1 ? base : `${base}.${kebabCase(exportName)}`;
}
