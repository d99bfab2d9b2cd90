/**
 * `pnpm bench`: times lint, compile, the command's start and the import round trip, and holds the
 * ratios against their targets. Writes `bench/results.json` and prints the tables. Set
 * `BENCH_LONG=1` for a longer, steadier run. See docs/performance.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'prettier';
import { compile } from '@contactflow/compiler';
import { cliBuilt, timeCliLint, timeColdStart } from './cold-start.js';
import { corpusFiles } from './corpus-files.js';
import { generatedFlowText, writeFlowRepository } from './flow-files.js';
import { generatedEnvironment, generatedFlow } from './generated-flow.js';
import { shareOfTime } from './layout-share.js';
import { lintFiles, lintText, parseFiles } from './lint-files.js';
import { measureTasks, summarise, type Measurement } from './measure.js';
import { judged, machineInfo, renderResults, type BenchResults, type Result } from './report.js';
import { timeRoundTrip } from './round-trip.js';

const long = process.env['BENCH_LONG'] === '1';
const taskTimeMs = long ? 5_000 : 1_000;
const coldStartRuns = long ? 30 : 10;
const repositoryRuns = long ? 10 : 3;
const scalingSizes = [25, 50, 100, 250] as const;
const repositoryFiles = 1_000;
const repositorySizes = [11, 20, 30, 40, 50, 60];
// Compiling with the layout takes long: the repository's files are copies of a few flows.
const distinctRepositoryFlows = 12;
const root = resolve(import.meta.dirname, '..');
const coldStartFile = resolve(root, 'examples/flows/government-services-ivr.json');

const measurements: Measurement[] = [];
const results: Result[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'contactflow-bench-'));

function progress(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

function median(id: string): number {
  const found = measurements.find((m) => m.id === id);
  if (!found) throw new Error(`no measurement ${id}`);
  return found.medianMs;
}

async function corpus(): Promise<void> {
  const files = corpusFiles();
  const label = 'Lint of the corpus / read + JSON.parse';
  if (files === undefined) {
    results.push(
      judged('corpus-lint', label, undefined, 'x', { comparison: '<=', limit: 2 }, 'no corpus'),
    );
    results.push(
      judged(
        'round-trip',
        'Import + build round trip of the corpus, per flow',
        undefined,
        'ms',
        undefined,
        'no corpus',
      ),
    );
    return;
  }
  progress(`corpus: ${files.length} flows`);
  const paths = files.map((file) => file.path);
  measurements.push(
    ...(await measureTasks(
      [
        {
          id: 'corpus-lint',
          label: 'lint the corpus',
          run: () => lintFiles(paths),
          unit: `${paths.length} files`,
        },
        {
          id: 'corpus-parse',
          label: 'read + JSON.parse the corpus',
          run: () => parseFiles(paths),
          unit: `${paths.length} files`,
        },
      ],
      { timeMs: taskTimeMs, minimumSamples: 5 },
    )),
  );
  results.push(
    judged(
      'corpus-lint',
      label,
      median('corpus-lint') / median('corpus-parse'),
      'x',
      { comparison: '<=', limit: 2 },
      'in one process: read, parse with positions, every rule, stylish output',
    ),
  );

  progress('corpus: import + build round trip');
  const { importMs, buildMs } = await timeRoundTrip(paths);
  measurements.push(
    summarise(
      'round-trip-import',
      'import one corpus flow to builder source',
      importMs,
      'per flow',
    ),
  );
  measurements.push(
    summarise('round-trip-build', 'load that source and compile it', buildMs, 'per flow'),
  );
  const total =
    importMs.reduce((sum, ms) => sum + ms, 0) + buildMs.reduce((sum, ms) => sum + ms, 0);
  results.push(
    judged(
      'round-trip',
      'Import + build round trip of the corpus, per flow',
      total / paths.length,
      'ms',
      undefined,
      `${(total / 1000).toFixed(1)} s for ${paths.length} flows, one pass`,
    ),
  );
}

async function oneFlowAndScaling(): Promise<void> {
  progress(`generated flows: ${scalingSizes.join(', ')} actions`);
  const texts = new Map(scalingSizes.map((size) => [size, generatedFlowText(size)]));
  const text250 = texts.get(250)!;
  measurements.push(
    ...(await measureTasks(
      [
        ...scalingSizes.map((size) => ({
          id: `lint-${size}`,
          label: `lint one ${size}-action flow`,
          run: () => lintText('flow.json', texts.get(size)!),
        })),
        {
          id: 'parse-250',
          label: 'JSON.parse one 250-action flow',
          run: () => JSON.parse(text250) as unknown,
        },
      ],
      { timeMs: taskTimeMs, minimumSamples: 10 },
    )),
  );
  results.push(
    judged(
      'flow-250-lint',
      'Lint of one 250-action flow / JSON.parse',
      median('lint-250') / median('parse-250'),
      'x',
      { comparison: '<=', limit: 3 },
      'the text in memory: parse with positions, every rule, stylish output',
    ),
  );

  progress(`a repository of ${repositoryFiles} flow files`);
  const directory = join(scratch, 'repository');
  const { paths, actions } = writeFlowRepository(
    directory,
    repositoryFiles,
    repositorySizes,
    distinctRepositoryFlows,
  );
  lintFiles(paths);
  const runs: number[] = [];
  for (let run = 0; run < repositoryRuns; run++) {
    const start = performance.now();
    lintFiles(paths);
    runs.push(performance.now() - start);
  }
  measurements.push(
    summarise(
      'lint-repository',
      `lint a repository of ${repositoryFiles} flow files`,
      runs,
      `${actions} actions`,
    ),
  );
  if (cliBuilt()) {
    measurements.push(
      summarise(
        'cli-repository',
        `process: contactflow lint on the ${repositoryFiles} files`,
        timeCliLint(directory, long ? 3 : 1),
      ),
    );
  }

  const perAction = [
    ...scalingSizes.map((size) => ({ name: `${size}`, ms: median(`lint-${size}`) / size })),
    { name: `repository`, ms: median('lint-repository') / actions },
  ];
  for (const { name, ms } of perAction) {
    results.push(
      judged(
        `per-action-${name}`,
        `Lint time per action, ${name === 'repository' ? 'the repository' : `one ${name}-action flow`}`,
        ms,
        'ms',
        undefined,
        'median time of the lint divided by the actions linted',
      ),
    );
  }
  const times = perAction.map((entry) => entry.ms);
  results.push(
    judged(
      'scaling',
      'Lint time per action, largest / smallest',
      Math.max(...times) / Math.min(...times),
      'x',
      { comparison: '<=', limit: 1.5 },
      `over ${perAction.map((entry) => entry.name).join(', ')}: flat is within 1.5x`,
    ),
  );
}

async function compileFlow(): Promise<void> {
  progress('compile a generated 250-action flow');
  const definition = generatedFlow(250);
  const compileIt = () => compile(definition, { environment: generatedEnvironment });
  const { document } = compileIt();
  measurements.push(
    ...(await measureTasks(
      [
        {
          id: 'compile-250',
          label: 'compile one 250-action flow (with layout)',
          run: compileIt,
        },
        {
          id: 'stringify-250',
          label: 'JSON.stringify the compiled document',
          run: () => JSON.stringify(document),
        },
      ],
      { timeMs: taskTimeMs, minimumSamples: 5 },
    )),
  );
  const withLayout = median('compile-250');
  const layoutShare = await shareOfTime(compileIt, 'compile', 'layoutFlow', long ? 10 : 3);
  results.push(
    judged(
      'compile-250',
      'Compile of a 250-action flow, with layout',
      withLayout,
      'ms',
      { comparison: '<', limit: 50 },
      'median, in-process after warm-up',
    ),
    judged(
      'compile-250-no-layout',
      'Compile of a 250-action flow, without layout',
      withLayout * (1 - layoutShare),
      'ms',
      undefined,
      `with layout, less the layout's share of a CPU profile of the same compile (${(100 * layoutShare).toFixed(0)}%)`,
    ),
    judged(
      'compile-250-ratio',
      'Compile with layout / JSON.stringify',
      withLayout / median('stringify-250'),
      'x',
      undefined,
      'of the same document',
    ),
  );
}

function coldStart(): void {
  const label = 'CLI cold start: contactflow lint one.json / node -e JSON.parse';
  if (!cliBuilt()) {
    results.push(
      judged(
        'cold-start',
        label,
        undefined,
        'x',
        { comparison: '<=', limit: 2 },
        'not built: run pnpm build',
      ),
    );
    return;
  }
  progress(`cold start: ${coldStartRuns} runs of each process`);
  const times = timeColdStart(
    coldStartFile,
    mkdtempSync(join(scratch, 'cold-start-')),
    coldStartRuns,
  );
  measurements.push(summarise('cold-lint', 'process: contactflow lint one.json', times.lint));
  measurements.push(summarise('cold-parse', 'process: node -e JSON.parse(one.json)', times.parse));
  results.push(
    judged(
      'cold-start',
      label,
      median('cold-lint') / median('cold-parse'),
      'x',
      { comparison: '<=', limit: 2 },
      'whole processes, medians; one.json is examples/flows/government-services-ivr.json',
    ),
  );
}

// Generated flows first: the corpus round trip loads prettier and a module per flow, and a larger
// heap makes the collector's work, and the lint timings after it, grow.
try {
  await oneFlowAndScaling();
  await compileFlow();
  await corpus();
  coldStart();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const report: BenchResults = {
  machine: machineInfo(),
  date: new Date().toISOString(),
  settings: { long, taskTimeMs },
  results,
  measurements,
};
const target = resolve(root, 'bench/results.json');
writeFileSync(target, await format(JSON.stringify(report), { parser: 'json' }));
process.stdout.write(renderResults(report));
process.stdout.write(`\nwrote bench/results.json\n`);
