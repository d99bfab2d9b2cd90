/**
 * Formats TypeScript with prettier in the project's style (100 columns, single quotes), the same
 * on every machine whatever prettier configuration surrounds the output. Prettier is loaded on
 * first use, so compiling flows never pays for it. Source too deeply nested for prettier's printer
 * (which recurses) is returned as written, valid but unformatted.
 */
export async function formatSource(source: string): Promise<string> {
  const prettier = await import('prettier');
  try {
    return await prettier.format(source, {
      parser: 'typescript',
      printWidth: 100,
      singleQuote: true,
    });
  } catch (error) {
    if (error instanceof RangeError) return source;
    throw error;
  }
}
