/**
 * Formats TypeScript with prettier in the project's style (100 columns, single quotes), the same
 * on every machine whatever prettier configuration surrounds the output. Prettier is loaded on
 * first use, so compiling flows never pays for it.
 */
export async function formatSource(source: string): Promise<string> {
  const prettier = await import('prettier');
  return prettier.format(source, { parser: 'typescript', printWidth: 100, singleQuote: true });
}
