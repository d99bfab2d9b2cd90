const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A JavaScript string literal for a value (prettier picks the quotes later). */
export function stringLiteral(value: string): string {
  return JSON.stringify(value);
}

/**
 * A property name of an object literal. `__proto__` is written computed: as a plain key it would set
 * the object's prototype instead of making a property.
 */
export function propertyKey(key: string): string {
  if (key === '__proto__') return `[${stringLiteral(key)}]`;
  return identifier.test(key) ? key : stringLiteral(key);
}

/**
 * Text for the literal part of a template literal whose cooked value is `value`. Line breaks are
 * escaped too: a carriage return inside a template literal would be read back as a line feed.
 */
export function templateText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/`/g, '\\`')
    .replace(/\$\{/g, '\\${')
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
