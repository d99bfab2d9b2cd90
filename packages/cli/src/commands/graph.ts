import { basename } from 'node:path';
import { diagramFormats, isDiagramFormat, renderDiagram } from '@contactflow/compiler';
import { readFlowDocument } from '../read-flow-document.js';
import { UsageError } from '../usage-error.js';
import { writeFileAtomically } from '../write-file-atomically.js';
import type { CommandOutcome } from '../command-outcome.js';

/** Options of the graph command as parsed from the command line. */
export interface GraphOptions {
  /** `mermaid` (the default), `dot`, `svg` or `html`. */
  readonly format?: string;
  /** A file to write the diagram to instead of standard output. */
  readonly output?: string;
}

/**
 * Draws one flow as a diagram: Mermaid (the default) or Graphviz text, an SVG image, or an HTML
 * page with pan, zoom and a panel of each block's parameters. The flow is a JSON file (a console
 * export, compiled output, or a `describe-contact-flow` wrapper) or a `.flow.ts` source. The
 * diagram goes to standard output, or with `output` to that file, written whole or not at all.
 * An unknown format or a file that cannot be read or parsed is a {@link UsageError} of one line.
 *
 * @example
 * ```ts
 * import { graphCommand } from './graph.js';
 * const { output } = await graphCommand('flows/main.json', { format: 'dot' }, process.cwd());
 * process.stdout.write(output);
 * ```
 */
export async function graphCommand(
  file: string,
  options: GraphOptions,
  cwd: string,
): Promise<CommandOutcome> {
  const format = options.format ?? 'mermaid';
  if (!isDiagramFormat(format)) {
    throw new UsageError(
      `unknown format "${format}"; expected one of ${diagramFormats.join(', ')}`,
    );
  }
  const document = await readFlowDocument(file, {}, cwd);
  const diagram = await renderDiagram(document, format, { title: basename(file) });
  if (options.output === undefined) return { output: diagram, exitCode: 0 };
  // An output directory that does not exist is more likely a typo than a wish.
  writeFileAtomically(options.output, diagram, cwd, { createDirectories: false });
  return { output: '', exitCode: 0 };
}
