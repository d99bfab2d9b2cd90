import type { Command } from 'commander';
import { createProgram } from '../src/program.js';

/** The help of one command exactly as `contactflow <command> --help` prints it. */
function helpOf(command: Command): string {
  let text = '';
  command.configureOutput({ writeOut: (chunk) => (text += chunk), writeErr: () => {} });
  // A fixed width: the page must not depend on the terminal it was generated in.
  command.configureHelp({ helpWidth: 100 });
  command.outputHelp();
  return text.trimEnd();
}

function usageOf(command: Command): string {
  return `contactflow ${command.name()} ${command.usage()}`.trimEnd();
}

/**
 * docs/cli.md, rendered from the command definitions themselves, so that the reference cannot
 * drift from what `--help` prints; the drift test compares it with the committed page.
 */
export function renderCliDocs(): { readonly path: string; readonly content: string } {
  const program = createProgram({ cwd: '.', color: false }, async () => {});
  const commands = program.commands;
  const lines = [
    '# Command line reference',
    '',
    '<!-- Generated from packages/cli/src/program.ts by `pnpm generate`; do not edit. -->',
    '',
    `${program.description()}`,
    '',
    '| command | what it does |',
    '| --- | --- |',
    ...commands.map(
      (command) =>
        `| [\`${command.name()}\`](#contactflow-${command.name()}) | ${command.description().replaceAll('*', '\\*')} |`,
    ),
    '',
    'Every command exits with 0 on success, 1 when it found problems (or, for `diff`, differences),',
    'and 2 when it was called wrongly or could not read or write a file; such errors are one line on',
    'standard error, without a stack trace unless `--debug` is given.',
    '',
    '```text',
    helpOf(program),
    '```',
    ...commands.flatMap((command) => [
      '',
      `## contactflow ${command.name()}`,
      '',
      `\`${usageOf(command)}\``,
      '',
      '```text',
      helpOf(command),
      '```',
    ]),
    '',
  ];
  return { path: 'docs/cli.md', content: lines.join('\n') };
}
