/**
 * The files `contactflow init` writes: a flows project that builds and lints as soon as its
 * dependencies are installed. Kept as text here, not as template files, so that the package needs
 * no file copying and the test can read exactly what users get.
 */

/** A file of the new project: its path relative to the project directory, and its text. */
export interface ProjectFile {
  readonly path: string;
  readonly text: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const sampleFlow = `/**
 * A first inbound flow: in office hours callers choose sales from a menu and wait in the Sales
 * queue; out of hours they hear that the office is closed.
 */
import {
  checkHoursOfOperation,
  disconnect,
  flow,
  getCustomerInput,
  hoursOfOperation,
  playPrompt,
  queue,
  setWorkingQueue,
  transferToQueue,
} from '@contactflow/dsl';

const goodbye = disconnect();
const closed = playPrompt({ text: 'We are closed. Please call again tomorrow.' })
  .then(goodbye)
  .onError(goodbye);

const toQueue = transferToQueue().onAtCapacity(closed).onError(goodbye);
const sales = setWorkingQueue({ queue: queue('Sales') })
  .then(toQueue)
  .onError(goodbye);

const menu = getCustomerInput({ text: 'For sales, press 1.', timeoutSeconds: 5 });
menu.when('1', sales).onTimeout(menu).otherwise(menu).onError(goodbye);

const hours = checkHoursOfOperation({ hours: hoursOfOperation('Office') })
  .whenInHours(menu)
  .whenOutOfHours(closed)
  .onError(goodbye);

export const main = flow('Main', { type: 'CONTACT_FLOW', channels: ['VOICE'], start: hours });
`;

const instance =
  'arn:aws:connect:us-east-1:111122223333:instance/00000000-0000-4000-8000-000000000000';

const readme = (name: string) => `# ${name}

Amazon Connect contact flows as code, built with contactflow.

- \`flows/*.flow.ts\`: the flows, written with the builder of \`@contactflow/dsl\`.
- \`environments/<name>.json\`: the ARNs that the names in the flows stand for, per instance.
  Replace the sample ARNs in \`environments/dev.json\` with your instance's.
- \`contactflow.config.json\`: lint settings (rule severities, flow types per file, ignores).

\`\`\`sh
npm install
npm run build   # compiles flows/*.flow.ts for environments/dev.json into build/
npm run lint    # checks the sources and the compiled flows
\`\`\`

Commits are checked by [pre-commit](https://pre-commit.com) (\`pre-commit install\`), which lints
the flow files of each commit.
`;

/**
 * The files of a new flows project named `name`, depending on contactflow `version`.
 *
 * @example
 * ```ts
 * import { projectFiles } from './project-files.js';
 * projectFiles('my-flows', '0.1.0').map((file) => file.path).includes('flows/main.flow.ts'); // true
 * ```
 */
export function projectFiles(name: string, version: string): ProjectFile[] {
  return [
    {
      path: 'package.json',
      text: json({
        name,
        private: true,
        type: 'module',
        scripts: {
          build: 'contactflow build flows --env dev --out-dir build',
          lint: "contactflow lint 'flows/**/*.flow.ts' build",
        },
        devDependencies: {
          '@contactflow/cli': `^${version}`,
          '@contactflow/dsl': `^${version}`,
          typescript: '^6.0.3',
        },
      }),
    },
    {
      path: 'tsconfig.json',
      text: json({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
        },
        include: ['flows'],
      }),
    },
    { path: 'flows/main.flow.ts', text: sampleFlow },
    {
      path: 'environments/dev.json',
      text: json({
        $schema: '../node_modules/@contactflow/dsl/schema/environment.schema.json',
        queues: { Sales: `${instance}/queue/11111111-1111-4111-8111-111111111111` },
        hoursOfOperation: {
          Office: `${instance}/operating-hours/22222222-2222-4222-8222-222222222222`,
        },
      }),
    },
    {
      path: 'contactflow.config.json',
      text: json({
        $schema: './node_modules/@contactflow/cli/schema/config.schema.json',
        rules: {},
        overrides: [
          // The compiled flows carry the environment's ARNs by design.
          { files: ['build/**'], rules: { 'hard-coded-instance-arn': 'off' } },
        ],
      }),
    },
    {
      path: '.pre-commit-config.yaml',
      text: `# Lints the flow sources and compiled flows of each commit (https://pre-commit.com).
repos:
  - repo: local
    hooks:
      - id: contactflow-lint
        name: contactflow lint
        entry: npx --no-install contactflow lint
        language: system
        files: '(\\.flow\\.ts|^build/.*\\.json)$'
`,
    },
    { path: '.gitignore', text: 'node_modules/\n' },
    { path: 'README.md', text: readme(name) },
  ];
}
