/**
 * Compiles the example flows in `examples/*.flow.ts` to `examples/flows/*.json`. Run with
 * `pnpm run example`, which then lints the output.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileExamples, examplesDirectory } from './example-flows.js';

let failed = false;
for (const example of await compileExamples()) {
  for (const diagnostic of example.result.diagnostics) {
    const where = diagnostic.location
      ? `${diagnostic.location.file}:${diagnostic.location.line}:${diagnostic.location.column}`
      : example.source;
    console.error(`${where}: ${diagnostic.severity} ${diagnostic.message} (${diagnostic.code})`);
    failed ||= diagnostic.severity === 'error';
  }
  writeFileSync(resolve(examplesDirectory, 'flows', example.output), example.result.json);
  if (example.settingsOutput !== undefined) {
    writeFileSync(
      resolve(examplesDirectory, 'module-settings', example.settingsOutput),
      example.result.settings!,
    );
  }
  console.log(`examples/${example.source} -> examples/flows/${example.output}`);
}
process.exitCode = failed ? 1 : 0;
