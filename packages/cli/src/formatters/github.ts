import type { Severity } from '@contactflow/validator';
import type { FileResult } from './file-result.js';
import { forwardSlashes } from './paths.js';

const commands: Readonly<Record<Severity, string>> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/** Escapes the message of a workflow command, as GitHub's own toolkit does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command: the message escapes plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands, one line per diagnostic, which the runner turns into
 * annotations on the files: `::error file=…,line=…,col=…,title=<code>::<message>`.
 */
export function formatGithub(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const { file, diagnostics } of results) {
    for (const d of diagnostics) {
      const properties = [`file=${escapeProperty(forwardSlashes(file))}`];
      if (d.line !== undefined) properties.push(`line=${d.line}`);
      if (d.column !== undefined) properties.push(`col=${d.column}`);
      properties.push(`title=${escapeProperty(d.code)}`);
      const where = d.actionId === undefined ? '' : ` [${d.actionId}]`;
      const hint = d.hint === undefined ? '' : `\nhint: ${d.hint}`;
      lines.push(
        `::${commands[d.severity]} ${properties.join(',')}::${escapeData(`${d.message}${where}${hint}`)}`,
      );
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
