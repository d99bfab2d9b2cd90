/** A parameter's path as a flow author reads it: `Messages[0].SSML`. */
export function parameterName(path: readonly (string | number)[]): string {
  return path
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`,
    )
    .join('');
}

/** A value quoted for a message, shortened when long. */
export function quoted(value: string, limit = 60): string {
  const text = JSON.stringify(value);
  return text.length > limit ? `${text.slice(0, limit - 4)}..."` : text;
}
