import { Ajv, type ValidateFunction } from 'ajv';
import type { ScenarioFile } from '../generated/scenario-file.js';
import { diagnosticError, readFlowFile, readJsonFlowFile } from '../read-flow-file.js';
import { UsageError } from '../usage-error.js';
import { describeSchemaErrors } from './describe-schema-error.js';
import { scenarioFileSchema } from './scenario-file-schema.js';

/** A scenario file, checked against its schema, with a way back from JSON pointers to lines. */
export interface ScenarioFileContent {
  /** The file as given on the command line (or found in a directory). */
  readonly file: string;
  readonly content: ScenarioFile;
  /** The 1-based line and column of the value at `pointer`, or of its nearest parent. */
  locate(pointer: string): { line: number; column: number };
}

const yamlEnding = /\.ya?ml$/i;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: false, verbose: true }).compile(scenarioFileSchema());
  return compiled;
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * The error of a scenario file: its name, the line and column of `pointer`, and the problem.
 *
 * @example
 * ```ts
 * import { problemAt } from './read-scenario-file.js';
 * const scenario = { file: 'ivr.scenario.json', locate: () => ({ line: 3, column: 11 }) };
 * problemAt(scenario, '/flow', 'no such flow').message; // 'ivr.scenario.json:3:11: no such flow'
 * ```
 */
export function problemAt(
  scenario: Pick<ScenarioFileContent, 'file' | 'locate'>,
  pointer: string,
  message: string,
): UsageError {
  const { line, column } = scenario.locate(pointer);
  return new UsageError(`${scenario.file}:${line}:${column}: ${message}`);
}

async function parseYaml(
  file: string,
  text: string,
): Promise<{ value: unknown; locate: ScenarioFileContent['locate'] }> {
  // Loaded only here: no other command reads YAML.
  const { LineCounter, parseDocument } = await import('yaml');
  const lines = new LineCounter();
  const document = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: true,
    uniqueKeys: true,
  });
  const [problem] = [...document.errors];
  if (problem !== undefined) {
    const where = problem.linePos?.[0] ?? { line: 1, col: 1 };
    const message = problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new UsageError(`${file}:${where.line}:${where.col}: ${message}`);
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message.split('\n')[0]}`);
  }
  const locate = (pointer: string) => {
    const path = pointerSegments(pointer);
    for (let length = path.length; length >= 0; length--) {
      const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
      const range = (node as { range?: readonly number[] } | null | undefined)?.range;
      if (range?.[0] !== undefined) {
        const { line, col } = lines.linePos(range[0]);
        return { line, column: col };
      }
    }
    return { line: 1, column: 1 };
  };
  return { value, locate };
}

/**
 * Reads a scenario file, JSON or YAML (`.yaml`, `.yml`), and checks it against the scenario file
 * schema. A file that cannot be read, is no JSON or YAML, breaks the schema or names a case twice
 * is a {@link UsageError} of one line: the file, the line and column, and the problem with the
 * JSON pointer of the value it concerns.
 *
 * @example
 * ```ts
 * import { readScenarioFile } from './read-scenario-file.js';
 * const scenarios = await readScenarioFile('examples/scenarios/lex-self-service.scenario.yaml', process.cwd());
 * scenarios.content.cases.length;
 * ```
 */
export async function readScenarioFile(file: string, cwd: string): Promise<ScenarioFileContent> {
  const yaml = yamlEnding.test(file);
  let value: unknown;
  let locate: ScenarioFileContent['locate'];
  if (yaml) {
    const { text, diagnostics } = readFlowFile(file, cwd);
    if (text === undefined) throw diagnosticError(file, diagnostics[0]!);
    ({ value, locate } = await parseYaml(file, text));
  } else {
    const { parsed } = readJsonFlowFile(file, cwd);
    value = parsed.value;
    locate = (pointer) => parsed.locate(pointer);
  }
  const scenario = { file, locate };
  const validate = validator();
  if (!validate(value)) {
    const problem = describeSchemaErrors(validate.errors ?? [], yaml);
    throw problemAt(scenario, problem.pointer, problem.message);
  }
  const content = value as ScenarioFile;
  const seen = new Map<string, number>();
  content.cases.forEach((entry, index) => {
    const first = seen.get(entry.name);
    if (first !== undefined) {
      throw problemAt(
        scenario,
        `/cases/${index}/name`,
        `/cases/${index} has the name of /cases/${first}: "${entry.name}"`,
      );
    }
    seen.set(entry.name, index);
  });
  return { ...scenario, content };
}
