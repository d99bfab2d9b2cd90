import { readFileSync } from 'node:fs';

/** The version of `@contactflow/cli`, read from its manifest (one level above `src/` and `dist/`). */
export function packageVersion(): string {
  const manifest = new URL('../package.json', import.meta.url);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
