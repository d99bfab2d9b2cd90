/**
 * The object of an environment file, without its `$schema`, or one line saying why the text is not
 * one. Both kinds of environment (for flows, for deploy tools) start here.
 */
export function environmentObject(
  text: string,
  fileName: string,
): { readonly entries: Record<string, unknown> } | { readonly error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `${fileName}: not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: `${fileName}: an environment is an object of resource kinds` };
  }
  const { $schema: _schema, ...entries } = value as Record<string, unknown>;
  return { entries };
}
