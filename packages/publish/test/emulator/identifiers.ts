import { createHash } from 'node:crypto';

/**
 * Hands out resource ids that depend only on what they are derived from, so two runs of the same
 * test produce the same ids, and no id is handed out twice in one emulator.
 */
export class IdentifierSource {
  readonly #used = new Set<string>();

  /**
   * An id in the service's UUID shape, derived from `seed`; a seed seen before gets a suffix
   * counter mixed in, so a name reused after a rename still yields a fresh id.
   * @example
   * ```ts
   * import { IdentifierSource } from './identifiers.js';
   * const ids = new IdentifierSource();
   * ids.uuid('queue/Sales') === new IdentifierSource().uuid('queue/Sales'); // true
   * ```
   */
  uuid(seed: string): string {
    for (let attempt = 0; ; attempt += 1) {
      const id = uuidFrom(attempt === 0 ? seed : `${seed}#${attempt}`);
      if (!this.#used.has(id)) {
        this.#used.add(id);
        return id;
      }
    }
  }

  /**
   * A Lex-style id: ten upper-case letters and digits, derived from `seed`.
   * @example
   * ```ts
   * import { IdentifierSource } from './identifiers.js';
   * new IdentifierSource().lexId('bot/Helpdesk').length; // 10
   * ```
   */
  lexId(seed: string): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    for (let attempt = 0; ; attempt += 1) {
      const digest = sha256(attempt === 0 ? seed : `${seed}#${attempt}`);
      let id = '';
      for (let index = 0; index < 10; index += 1) {
        id += alphabet[parseInt(digest.slice(index * 2, index * 2 + 2), 16) % alphabet.length];
      }
      if (!this.#used.has(id)) {
        this.#used.add(id);
        return id;
      }
    }
  }
}

/**
 * The hexadecimal SHA-256 of a text, as the service reports `FlowContentSha256`.
 * @example
 * ```ts
 * import { sha256 } from './identifiers.js';
 * sha256('').startsWith('e3b0c442'); // true
 * ```
 */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

// Formatted as a version 4 UUID because that is what the service hands out; tests and code under
// test may check the shape.
function uuidFrom(seed: string): string {
  const hex = sha256(seed);
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}
