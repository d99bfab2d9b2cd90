import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PublishInputError, unitFromDocument, unitFromFlow } from '@contactflow/publish';
import type { PublishUnit } from '@contactflow/publish';
import type { PlaceholderSyntax } from '@contactflow/dsl/placeholders';
import { collectFiles } from './collect-files.js';
import { loadFlowSource } from './load-flow-source.js';
import { UsageError } from './usage-error.js';

const sourceEnding = /\.flow\.[cm]?ts$/;
const settingsEnding = /\.settings\.json$/i;
// What earlier runs saved is never published again by naming the project's directory.
const backupFolder = /(^|[\\/])\.contactflow[\\/]/;

function readText(file: string, cwd: string): string {
  try {
    return readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: ${code === 'EISDIR' ? 'is a directory' : 'cannot be read'}`);
  }
}

/** `<name>.settings.json` beside `<name>.json`, where `build` writes a module's settings. */
function settingsBeside(file: string, cwd: string): string | undefined {
  const settingsFile = file.replace(/\.json$/i, '.settings.json');
  return settingsFile !== file && existsSync(resolve(cwd, settingsFile))
    ? readText(settingsFile, cwd)
    : undefined;
}

/**
 * The flows and modules to publish from the paths given on the command line: each flow a
 * `*.flow.ts` source exports (compiled with its references left as placeholders, problems placed at
 * the builder calls), and each Flow-language JSON document (a `build` output, a console export, a
 * pulled file), with a module's settings from `<name>.settings.json` beside it. Directories are
 * searched for both; settings files are read beside their module, never as flows, and the backup
 * folders under `.contactflow/` are left out. A file that
 * cannot be read or is no flow is a {@link UsageError} naming it, and so is a flow template that
 * still holds a placeholder of `placeholders` (every preset when left out): nothing at publish time
 * would fill it.
 *
 * @example
 * ```ts
 * import { readPublishUnits } from './read-publish-units.js';
 * const units = await readPublishUnits(['flows'], process.cwd());
 * units.map((unit) => unit.name);
 * ```
 */
export async function readPublishUnits(
  paths: readonly string[],
  cwd: string,
  placeholders?: readonly PlaceholderSyntax[],
): Promise<PublishUnit[]> {
  const files = collectFiles(paths, cwd, { directoryEndings: ['.flow.ts', '.json'] }).filter(
    (file) => !settingsEnding.test(file) && !backupFolder.test(file),
  );
  if (files.length === 0) {
    throw new UsageError(`${paths.join(', ')}: no *.flow.ts or *.json files to publish`);
  }
  const units: PublishUnit[] = [];
  for (const file of files) {
    try {
      if (sourceEnding.test(file)) {
        for (const { definition } of await loadFlowSource(file, cwd)) {
          units.push(unitFromFlow(definition, { file, cwd, placeholders }));
        }
        continue;
      }
      units.push(
        unitFromDocument(readText(file, cwd), {
          file,
          settings: settingsBeside(file, cwd),
          placeholders,
        }),
      );
    } catch (error) {
      if (error instanceof PublishInputError) throw new UsageError(error.message);
      throw error;
    }
  }
  return units;
}
