import { Command, Option } from 'commander';
import type { CommandOutcome } from './command-outcome.js';
import { configFileName } from './config/config-schema.js';
import { packageVersion } from './version.js';

/** What every command handler is given besides its arguments. */
export interface CommandContext {
  readonly cwd: string;
  /** Whether output may be coloured. */
  readonly color: boolean;
}

/** Runs a command handler and takes its outcome; handlers are loaded only when their command runs. */
export type RunCommand = (handler: () => Promise<CommandOutcome>) => Promise<void>;

const lintFormats = `
Formats:
  stylish  for people; coloured on a terminal (NO_COLOR turns colour off, FORCE_COLOR on)
  json     the diagnostics of each file
  sarif    SARIF 2.1.0, for code scanning
  github   GitHub Actions workflow commands, shown as annotations on the files`;

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}`;
}

/**
 * The definition of the `contactflow` command line: commands, arguments, options and help. Each
 * action imports its handler lazily, so that `lint` on a JSON file loads neither the compiler, nor
 * the TypeScript loader, nor prettier, nor the AWS SDK. The reference page docs/cli.md is rendered
 * from this definition.
 *
 * @example
 * ```ts
 * import { createProgram } from '@contactflow/cli';
 * const program = createProgram({ cwd: '.', color: false }, async () => {});
 * program.commands.map((command) => command.name()); // ['lint', 'build', ...]
 * ```
 */
export function createProgram(context: CommandContext, run: RunCommand): Command {
  const program = new Command('contactflow')
    .description(
      'Amazon Connect contact flows as code: build, lint, diagram, import and diff flows.',
    )
    .version(packageVersion(), '-v, --version')
    .option('--debug', 'show the stack trace of an error')
    .showSuggestionAfterError();

  program
    .command('lint')
    .description(
      'Check Flow-language JSON files and *.flow.ts sources; directories are searched for *.json.',
    )
    .argument('<paths...>', 'files, directories or quoted glob patterns')
    .option('-f, --format <format>', 'output format: stylish, json, sarif or github', 'stylish')
    .option('--type <flowType>', 'flow type of every file, over the configuration')
    .addOption(new Option('--flow-type <flowType>').hideHelp())
    .option('--channels <list>', 'channels of every file, comma-separated, over the configuration')
    .option('--config <file>', `configuration file (default: ${configFileName}, when present)`)
    .option('--max-warnings <count>', 'exit with 1 when there are more warnings than this')
    .option('--quiet', 'report errors only')
    .option('--env <name|file>', 'environment for *.flow.ts sources (see build)')
    .addHelpText(
      'after',
      `${lintFormats}

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors found, 2 usage or I/O error.
${examples(
  'contactflow lint flows/',
  "contactflow lint 'flows/**/*.json' --format sarif > contactflow.sarif",
  'contactflow lint exported.json --type CONTACT_FLOW --max-warnings 0',
)}`,
    )
    .action((paths: string[], options: Record<string, string | boolean | undefined>) =>
      run(async () => {
        const { lint } = await import('./commands/lint.js');
        return lint(paths, { ...options, format: String(options['format']) }, context);
      }),
    );

  program
    .command('build')
    .description('Compile the flows that *.flow.ts sources export to Flow-language JSON.')
    .argument('<paths...>', 'sources, directories (searched for *.flow.ts) or quoted glob patterns')
    .option('-o, --out-dir <dir>', 'where to write <name>.json (default: beside each source)')
    .option(
      '--env <name|file>',
      'environment file, or NAME for environments/NAME.json; without it, references become {{kind:name}} placeholders',
    )
    .option('-f, --format <format>', 'format of the diagnostics, as for lint', 'stylish')
    .option('--config <file>', `configuration file (default: ${configFileName}, when present)`)
    .addHelpText(
      'after',
      `
A source exporting one flow is written to <source name>.json; one exporting several, to
<source name>.<export name>.json. A module's Settings go to <name>.settings.json. The compiled
flows are validated like lint does, and diagnostics point at the source lines that made the
blocks. A flow with errors is not written. Exit codes as for lint.
${examples(
  'contactflow build flows/',
  'contactflow build flows/main.flow.ts --env prod --out-dir dist/flows',
)}`,
    )
    .action((paths: string[], options: Record<string, string | undefined>) =>
      run(async () => {
        const { build } = await import('./commands/build.js');
        return build(paths, { ...options, format: String(options['format']) }, context);
      }),
    );

  program
    .command('graph')
    .description(
      'Draw a flow as the designer shows it: Mermaid, Graphviz DOT, SVG or an HTML page.',
    )
    .argument('<flow>', 'a Flow-language JSON file')
    .option('-f, --format <format>', 'mermaid, dot, svg or html', 'mermaid')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .addHelpText(
      'after',
      examples(
        'contactflow graph flows/main.json',
        'contactflow graph flows/main.json --format html -o main.html',
      ),
    )
    .action((flow: string, options: { format?: string; output?: string }) =>
      run(async () => {
        const { graphCommand } = await import('./commands/graph.js');
        return graphCommand(flow, options, context.cwd);
      }),
    );

  program
    .command('import')
    .description(
      'Turn an existing flow (console export or describe-contact-flow output) into builder source.',
    )
    .argument('<flow>', 'a Flow-language JSON file')
    .option('-o, --output <file>', 'write the source to this file (e.g. flows/main.flow.ts)')
    .option('--env <name|file>', 'environment whose names replace the ARNs they map')
    .option('--type <flowType>', 'flow type, when the file does not say')
    .addHelpText(
      'after',
      examples(
        'contactflow import exported.json -o flows/main.flow.ts',
        'contactflow import exported.json --env prod',
      ),
    )
    .action((flow: string, options: { output?: string; env?: string; type?: string }) =>
      run(async () => {
        const { importCommand } = await import('./commands/import.js');
        return importCommand(
          flow,
          {
            ...(options.output !== undefined && { out: options.output }),
            ...(options.env !== undefined && { env: options.env }),
            ...(options.type !== undefined && { flowType: options.type }),
          },
          context.cwd,
        );
      }),
    );

  program
    .command('diff')
    .description(
      'Compare two flows action by action, ignoring layout and key order; exit 1 when they differ.',
    )
    .argument(
      '<files...>',
      'the old and the new flow (JSON or *.flow.ts), or what git passes a diff driver',
    )
    .option('-f, --format <format>', 'text or json', 'text')
    .option('--env <name|file>', 'environment for *.flow.ts sources')
    .addHelpText(
      'after',
      `
As a git diff driver (see docs/diff.md) it takes the arguments git passes, heads each file's
changes with its path, and exits 0 so that git goes on.
${examples(
  'contactflow diff flows/main.json exported.json',
  'contactflow diff flows/main.flow.ts flows/main.json --env dev',
  'git config diff.contactflow.command "contactflow diff"',
)}`,
    )
    .action((files: string[], options: { format: string; env?: string }) =>
      run(async () => {
        const { runDiff } = await import('./commands/diff.js');
        return runDiff(
          files,
          {
            // Checked by the command, which refuses other formats with a usage error.
            format: options.format as 'text' | 'json',
            color: context.color,
            ...(options.env !== undefined && { env: options.env }),
          },
          context.cwd,
        );
      }),
    );

  program
    .command('init')
    .description('Create a flows project that builds and lints out of the box.')
    .argument('[dir]', 'the directory to create it in', '.')
    .addHelpText('after', examples('contactflow init my-flows', 'cd my-flows && npm install'))
    .action((dir: string) =>
      run(async () => {
        const { init } = await import('./commands/init.js');
        return init(dir, context.cwd);
      }),
    );

  return program;
}
