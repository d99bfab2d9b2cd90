import toRegexRange from 'to-regex-range';

/**
 * A regular expression source matching the decimal strings of the integers in a range, so that
 * numbers the console writes as strings (`"InputTimeLimitSeconds": "5"`) are range-checked by the
 * same JSON Schema in editors and in Ajv. An open upper bound matches every longer number.
 */
export function integerPattern(minimum: number, maximum?: number): string {
  if (maximum !== undefined) return toRegexRange(minimum, maximum, { capture: false });
  const digits = String(minimum).length;
  const upToSameLength = toRegexRange(minimum, 10 ** digits - 1, { capture: false });
  return `${upToSameLength}|[1-9][0-9]{${digits},}`;
}
