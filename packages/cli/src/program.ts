import { Command, Option } from 'commander';
import { buildTargets } from './build-targets.js';
import type { CommandOutcome } from './command-outcome.js';
import { configFileName } from './config/config-file-name.js';
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

/** Collects a repeatable option's values. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

const awsHelp = `
AWS: credentials come from the AWS SDK's default chain (environment, profile, SSO, instance role)
and are never printed; the region from --region, else as the SDK finds it (AWS_REGION, profile).
AWS_ENDPOINT_URL_CONNECT or AWS_ENDPOINT_URL send the calls elsewhere, as the SDK does.`;

/**
 * The definition of the `contactflow` command line: commands, arguments, options and help. Each
 * action imports its handler lazily, so that `lint` on a JSON file loads neither the compiler, nor
 * the TypeScript loader, nor prettier, nor the AWS SDK (which only publish, pull and restore load). The reference page docs/cli.md is rendered
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
      'Amazon Connect contact flows as code: build, lint, diagram, import, diff and publish flows.',
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
    .option(
      '--list-placeholders',
      'list the deploy-time placeholders of the JSON files (text, or --format json) instead of their problems',
    )
    .addHelpText(
      'after',
      `${lintFormats}

Flow templates: placeholders such as \${queue_arn}, %LangCode% and {{message}} (the syntaxes of
the configuration's "placeholders", every preset when it names none) stand for values of the kind
each parameter expects; see docs/templates.md.

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors found, 2 usage or I/O error.
With --list-placeholders: 0, or 2 when a file cannot be read or parsed.
${examples(
  'contactflow lint flows/',
  "contactflow lint 'flows/**/*.json' --format sarif > contactflow.sarif",
  'contactflow lint exported.json --type CONTACT_FLOW --max-warnings 0',
  'contactflow lint templates/ --list-placeholders --format json',
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
    .description(
      'Compile the flows that *.flow.ts sources export to Flow-language JSON, or to Terraform or CloudFormation resources.',
    )
    .argument('<paths...>', 'sources, directories (searched for *.flow.ts) or quoted glob patterns')
    .option(
      '-o, --out-dir <dir>',
      'where to write <name>.json (default: beside each source); required for terraform and cloudformation',
    )
    .option(
      '--env <name|file>',
      'environment file, or NAME for environments/NAME.json; without it, references become {{kind:name}} placeholders (terraform, cloudformation: inputs)',
    )
    .option('-f, --format <format>', 'format of the diagnostics, as for lint', 'stylish')
    .option('--config <file>', `configuration file (default: ${configFileName}, when present)`)
    .addOption(
      new Option(
        '--target <target>',
        'flow: references resolved; template: written as placeholders; terraform: *.tf.json resources; cloudformation: a template',
      )
        .choices([...buildTargets])
        .default('flow'),
    )
    .option(
      '--placeholder-style <style>',
      'with --target template: terraform (${name}), percent (%name%), handlebars ({{name}}) or a syntax the configuration defines',
    )
    .addHelpText(
      'after',
      `
A source exporting one flow is written to <source name>.json; one exporting several, to
<source name>.<export name>.json. A module's Settings go to <name>.settings.json. The compiled
flows are validated like lint does, and diagnostics point at the source lines that made the
blocks. A flow with errors is not written. Exit codes as for lint.

With --target template, each flow is written as a template for a deploy tool to render:
queue('support_queue_arn') becomes \${support_queue_arn} with --placeholder-style terraform. Every
reference becomes a placeholder; an environment given with --env is not used. The style may be
left out when the configuration names one placeholder syntax (see docs/templates.md).

With --target terraform, the flows are written to --out-dir as a Terraform configuration: one
<name>.tf.json per flow with its aws_connect_contact_flow or aws_connect_contact_flow_module
resource, and variables.tf.json. With --target cloudformation, they are written to
<out-dir>/flows.template.json, one AWS::Connect::ContactFlow or ContactFlowModule resource each.
A reference becomes the expression the --env file gives for it ("\${aws_connect_queue.sales.arn}",
{ "Fn::ImportValue": "..." }), a reference to a flow built with it, or else a variable or a
parameter. Nothing is written unless every flow builds (see docs/iac.md).
${examples(
  'contactflow build flows/',
  'contactflow build flows/main.flow.ts --env prod --out-dir dist/flows',
  'contactflow build flows/inbound.flow.ts --target template --placeholder-style terraform',
  'contactflow build flows/ --target terraform --env terraform --out-dir infra/flows',
  'contactflow build flows/ --target cloudformation --out-dir dist',
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
    .option('--config <file>', `configuration file (default: ${configFileName}, when present)`)
    .addHelpText(
      'after',
      `
In a flow template, a value that is one whole placeholder where a resource goes becomes a
reference named as the placeholder: \${support_queue_arn} in QueueId becomes
queue('support_queue_arn'). The placeholder syntaxes are the configuration's (every preset when
it names none); the source's first lines say how to build the template back.
${examples(
  'contactflow import exported.json -o flows/main.flow.ts',
  'contactflow import exported.json --env prod',
  'contactflow import inbound.json.tftpl -o flows/inbound.flow.ts',
)}`,
    )
    .action(
      (flow: string, options: { output?: string; env?: string; type?: string; config?: string }) =>
        run(async () => {
          const { importCommand } = await import('./commands/import.js');
          return importCommand(
            flow,
            {
              ...(options.output !== undefined && { out: options.output }),
              ...(options.env !== undefined && { env: options.env }),
              ...(options.type !== undefined && { flowType: options.type }),
              ...(options.config !== undefined && { config: options.config }),
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
    .option(
      '--placeholder-style <style>',
      'compile *.flow.ts sources as templates in this placeholder style (as build --target template)',
    )
    .option('--config <file>', `configuration file (default: ${configFileName}, when present)`)
    .addHelpText(
      'after',
      `
As a git diff driver (see docs/diff.md) it takes the arguments git passes, heads each file's
changes with its path, and exits 0 so that git goes on. Template placeholders (\${name}, %name%,
{{name}}) compare as the text they are.
${examples(
  'contactflow diff flows/main.json exported.json',
  'contactflow diff flows/main.flow.ts flows/main.json --env dev',
  'contactflow diff flows/inbound.flow.ts inbound.json.tftpl --placeholder-style terraform',
  'git config diff.contactflow.command "contactflow diff"',
)}`,
    )
    .action(
      (
        files: string[],
        options: { format: string; env?: string; placeholderStyle?: string; config?: string },
      ) =>
        run(async () => {
          const { runDiff } = await import('./commands/diff.js');
          return runDiff(
            files,
            {
              // Checked by the command, which refuses other formats with a usage error.
              format: options.format as 'text' | 'json',
              color: context.color,
              ...(options.env !== undefined && { env: options.env }),
              ...(options.placeholderStyle !== undefined && {
                placeholderStyle: options.placeholderStyle,
              }),
              ...(options.config !== undefined && { config: options.config }),
            },
            context.cwd,
          );
        }),
    );

  program
    .command('test')
    .description(
      'Run scenario files in the simulator: pass or fail per case, then branch coverage per flow.',
    )
    .argument(
      '[paths...]',
      'scenario files, directories (searched for *.scenario.json, *.scenario.yaml and *.scenario.yml) or quoted glob patterns (default: .)',
    )
    .option('-f, --format <format>', 'text or json', 'text')
    .option(
      '--coverage-min <percent>',
      'exit with 1 when a flow has less branch coverage than this',
    )
    .addHelpText(
      'after',
      `
A scenario file names a flow (a *.flow.ts source or a Flow-language JSON file) and holds cases:
what the caller does, how Lambda functions, hours and queues answer, and what should come of it
(the outcome, the prompts in order, attributes). docs/testing-flows.md describes the format, and
packages/cli/schema/scenario.schema.json is its JSON Schema, for editors. A case fails when an
expectation is not met or the run cannot go on (an action the simulator does not run, a Lambda
function without a stub); coverage lists the branches no case took.

Exit codes: 0 every case passed (and every flow reached --coverage-min), 1 some failed, 2 usage
or I/O error, or a scenario file that is not valid (the other files still run).
${examples(
  'contactflow test examples/scenarios',
  "contactflow test 'flows/**/*.scenario.yaml' --coverage-min 80",
  'contactflow test --format json > scenarios.json',
)}`,
    )
    .action((paths: string[], options: { format: string; coverageMin?: string }) =>
      run(async () => {
        const { testCommand } = await import('./commands/test.js');
        return testCommand(paths, options, context);
      }),
    );

  program
    .command('publish')
    .description(
      'Publish flows and modules (*.flow.ts sources, Flow-language JSON) to an Amazon Connect instance.',
    )
    .argument(
      '<paths...>',
      'sources, JSON files, directories (searched for *.flow.ts and *.json) or quoted glob patterns',
    )
    .requiredOption('--instance-id <id>', 'the instance, by id or ARN (required)')
    .option('--region <region>', 'the AWS region of the instance')
    .option(
      '--env <name|file>',
      'environment file whose names win; names it lacks are looked up on the instance',
    )
    .addOption(
      new Option('--status <status>', 'publish the content, or only save it')
        .choices(['PUBLISHED', 'SAVED'])
        .default('PUBLISHED'),
    )
    .option('--dry-run', 'show the plan and a diff against what is live; write nothing')
    .option('-y, --yes', 'publish without asking (needed where there is no terminal, as in CI)')
    .option('--backup-dir <dir>', 'where each run saves what it overwrites', '.contactflow/backups')
    .option('--config <file>', `configuration file (default: ${configFileName}, when present)`)
    .addHelpText(
      'after',
      `
Every flow is validated first (with the configuration's rule settings); one with errors refuses
the run, as does a name neither the environment file nor the instance resolves. A flow template
whose placeholders were not rendered (\${name}, %name%, {{name}}; see docs/templates.md) is
refused as an input error; {{kind:name}} references are the project's own and are resolved. Flows are created
or updated in the order their references need, modules first; unchanged ones are not written.
Before writing, the live content of each flow to update is saved in a folder of --backup-dir with
a manifest; \`contactflow restore <folder>\` puts it back. Without --yes, the plan is shown on the
terminal and publish asks; with no terminal it refuses. Progress is shown on standard error when it
is a terminal, the summary table on standard output.
${awsHelp}

Exit codes: 0 every flow created, updated or unchanged (and any dry run that could be applied),
1 flows with errors, unresolved names, or flows the instance refused (the others are still
published), 2 usage or I/O error.
${examples(
  'contactflow publish flows/ --instance-id aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee --dry-run',
  'contactflow publish flows/ --instance-id $CONNECT_INSTANCE_ID --env prod --yes',
)}`,
    )
    .action((paths: string[], options: Record<string, string | boolean | undefined>) =>
      run(async () => {
        const { publishCommand } = await import('./commands/publish.js');
        return publishCommand(
          paths,
          {
            instanceId: String(options['instanceId']),
            region: options['region'] as string | undefined,
            env: options['env'] as string | undefined,
            status: options['status'] as string | undefined,
            dryRun: options['dryRun'] === true,
            yes: options['yes'] === true,
            backupDir: options['backupDir'] as string | undefined,
            config: options['config'] as string | undefined,
          },
          context,
        );
      }),
    );

  program
    .command('pull')
    .description(
      "Download an instance's flows and modules, with names in place of its ARNs, as JSON or source.",
    )
    .requiredOption('--instance-id <id>', 'the instance, by id or ARN (required)')
    .option('--region <region>', 'the AWS region of the instance')
    .option('--name <glob>', 'only names matching this pattern (* and ?); repeatable', collect)
    .option(
      '--type <flowType>',
      'only this flow type, FLOW_MODULE for modules; repeatable or comma-separated',
      collect,
    )
    .requiredOption('-o, --out-dir <dir>', 'where to write the files')
    .addOption(
      new Option('--as <format>', 'json: Flow-language documents; ts: builder source')
        .choices(['json', 'ts'])
        .default('json'),
    )
    .option(
      '--env <name|file>',
      'environment file to write or extend with the names used (default: environments/<instance id>.json)',
    )
    .addHelpText(
      'after',
      `
Each flow is written to <out-dir>/<name>.json (a module's settings to <name>.settings.json) or
<name>.flow.ts. The ARNs of the instance's resources become {{kind:name}} placeholders, or
queue('Sales') and the like in source, so that the files publish unchanged to another instance
with the same names. The names are added to the environment file with this instance's ARNs; an
entry the file has with another value is an error naming it, and nothing is written.
${awsHelp}

Exit codes: 0 pulled, 1 some flows could not be read or imported, or the environment file
conflicts, 2 usage or I/O error.
${examples(
  'contactflow pull --instance-id $DEV_INSTANCE_ID -o flows --as ts --env dev',
  "contactflow pull --instance-id $DEV_INSTANCE_ID --name 'Sales*' --type CONTACT_FLOW -o exports",
)}`,
    )
    .action((options: Record<string, string | string[] | undefined>) =>
      run(async () => {
        const { pullCommand } = await import('./commands/pull.js');
        return pullCommand(
          {
            instanceId: String(options['instanceId']),
            region: options['region'] as string | undefined,
            name: options['name'] as string[] | undefined,
            type: options['type'] as string[] | undefined,
            outDir: String(options['outDir']),
            as: options['as'] as string | undefined,
            env: options['env'] as string | undefined,
          },
          context,
        );
      }),
    );

  program
    .command('restore')
    .description('Put back the flows and modules a publish run saved before overwriting them.')
    .argument('<backup-dir>', 'the run folder, with its manifest.json (publish prints it)')
    .option('--region <region>', "the AWS region (default: the manifest's)")
    .option('--dry-run', 'show what would be restored, with a diff; write nothing')
    .option('-y, --yes', 'restore without asking (needed where there is no terminal)')
    .addHelpText(
      'after',
      `
The instance is the one the manifest names. What restore overwrites is saved first, in a new run
folder beside the one restored, so a restore can be undone the same way. Flows the publish run
created are left in place and listed.
${awsHelp}

Exit codes: 0 restored, 1 some could not be restored, 2 usage or I/O error (no manifest).
${examples(
  'contactflow restore .contactflow/backups/2025-01-31T09-30-00.000Z --dry-run',
  'contactflow restore .contactflow/backups/2025-01-31T09-30-00.000Z --yes',
)}`,
    )
    .action((backup: string, options: { region?: string; dryRun?: boolean; yes?: boolean }) =>
      run(async () => {
        const { restoreCommand } = await import('./commands/restore.js');
        return restoreCommand(backup, options, context);
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
