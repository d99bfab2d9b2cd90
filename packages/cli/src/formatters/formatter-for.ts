import { UsageError } from '../usage-error.js';
import type { Formatter } from './file-result.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

const formatters: Readonly<Record<string, Formatter>> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};

/** The formatter a `--format` option names; an unknown name is a usage error. */
export function formatterFor(name: string): Formatter {
  const formatter = Object.hasOwn(formatters, name) ? formatters[name] : undefined;
  if (!formatter) {
    throw new UsageError(
      `unknown format "${name}"; expected one of ${Object.keys(formatters).join(', ')}`,
    );
  }
  return formatter;
}
