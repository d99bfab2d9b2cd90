import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { diagramFormats, isDiagramFormat, renderDiagram } from '@contactflow/compiler';
import { readFlowDocument } from '../read-flow-document.js';
import { UsageError } from '../usage-error.js';
import type { CommandOutcome } from './lint.js';

/** Options of the graph command as parsed from the command line. */
export interface GraphOptions {
  /** `mermaid` (the default), `dot`, `svg` or `html`. */
  readonly format?: string;
  /** A file to write the diagram to instead of standard output. */
  readonly output?: string;
}

/**
 * Writes through a temporary file beside the target and a rename, so that a reader (a browser
 * reloading the page, a watcher) never sees half a diagram.
 */
function writeAtomically(file: string, text: string, cwd: string): void {
  const target = resolve(cwd, file);
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'its directory does not exist'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : 'cannot be written';
    throw new UsageError(`${file}: ${reason}`);
  }
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
  writeAtomically(options.output, diagram, cwd);
  return { output: '', exitCode: 0 };
}
