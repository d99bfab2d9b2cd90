/**
 * Whether a name matches a glob: `*` stands for any run of characters (none included), `?` for one
 * character, and everything else for itself, case included. Flow names are not paths, so `/` is
 * an ordinary character.
 *
 * @example
 * ```ts
 * import { matchesGlob } from '@contactflow/publish';
 * matchesGlob('Sales - Main', 'Sales*'); // true
 * ```
 */
export function matchesGlob(name: string, glob: string): boolean {
  const pattern = [...glob]
    .map((c) =>
      c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${pattern}$`, 'u').test(name);
}
