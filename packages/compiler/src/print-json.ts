const lineWidth = 100;

/**
 * JSON text for review: two-space indentation, with any object or array that fits on its line
 * within 100 columns kept on one line (`"position": { "x": 240, "y": 40 }`), and a final newline.
 * The output depends only on the value and its key order.
 *
 * @example
 * ```ts
 * import { printJson } from '@contactflow/compiler';
 * printJson({ position: { x: 1, y: 2 } }); // '{ "position": { "x": 1, "y": 2 } }\n'
 * ```
 */
export function printJson(value: unknown): string {
  return `${print(value, '', 0)}\n`;
}

function print(value: unknown, indent: string, column: number): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const isArray = Array.isArray(value);
  const entries = isArray
    ? value.map((item: unknown) => ['', item] as const)
    : Object.entries(value).map(([key, item]) => [`${JSON.stringify(key)}: `, item] as const);
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return open + close;
  // The compact text is never longer than the one-line form, so it rejects long values cheaply.
  if (column + JSON.stringify(value).length <= lineWidth) {
    const parts = entries.map(([key, item]) => key + print(item, '', 0));
    const line = isArray ? `[${parts.join(', ')}]` : `{ ${parts.join(', ')} }`;
    if (column + line.length <= lineWidth && !line.includes('\n')) return line;
  }
  const inner = `${indent}  `;
  const lines = entries.map(
    ([key, item]) => inner + key + print(item, inner, inner.length + key.length),
  );
  return `${open}\n${lines.join(',\n')}\n${indent}${close}`;
}
