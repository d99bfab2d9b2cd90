import type { Problem } from './errors.js';

/** The longest `Content` the service accepts, in characters (the API model's limit). */
export const maximumContentLength = 256_000;

/** The Flow-language version every document declares. */
const flowLanguageVersion = '2019-10-30';

/**
 * The problem with a content over the API's length limit, if it is; the limit belongs to the
 * request itself, so it applies whether or not the content is published.
 * @example
 * ```ts
 * import { contentLengthProblems } from './content-checks.js';
 * contentLengthProblems('x'.repeat(256_001)).length; // 1
 * ```
 */
export function contentLengthProblems(content: string): Problem[] {
  return content.length > maximumContentLength
    ? [
        {
          message: `Content length ${content.length} exceeds the maximum of ${maximumContentLength} characters.`,
        },
      ]
    : [];
}

/**
 * The checks the service runs on content it publishes, reduced to the structure of the document:
 * it parses, has `Version`, `StartAction` and `Actions`, every action has an `Identifier` and a
 * `Type`, and `StartAction` and every transition name an action of the document. Parameters are
 * not checked. Messages follow the wording the service is observed to use, with a `Path`.
 * @example
 * ```ts
 * import { flowContentProblems } from './content-checks.js';
 * flowContentProblems('{"Version":"2019-10-30","StartAction":"a","Actions":[]}');
 * // [{ message: 'Invalid flow property value. Path: StartAction' }]
 * ```
 */
export function flowContentProblems(content: string): Problem[] {
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch {
    return [{ message: 'Content is not valid JSON.' }];
  }
  if (!isRecord(document)) return [{ message: 'Content is not a JSON object.' }];

  const problems: Problem[] = [];
  const report = (message: string): void => void problems.push({ message });

  if (!('Version' in document)) report('Flow is missing required property. Path: Version');
  else if (document['Version'] !== flowLanguageVersion)
    report('Invalid flow property value. Path: Version');

  const start = document['StartAction'];
  if (start === undefined) report('Flow is missing required property. Path: StartAction');
  else if (typeof start !== 'string') report('Invalid flow property value. Path: StartAction');

  const actions = document['Actions'];
  if (actions === undefined) {
    report('Flow is missing required property. Path: Actions');
    return problems;
  }
  if (!Array.isArray(actions)) {
    report('Invalid flow property value. Path: Actions');
    return problems;
  }

  const identifiers = new Set<string>();
  actions.forEach((action: unknown, index) => {
    const path = `Actions[${index}]`;
    if (!isRecord(action)) return report(`Invalid Action property value. Path: ${path}`);
    const identifier = action['Identifier'];
    if (typeof identifier !== 'string' || identifier === '')
      report(`Action is missing required property. Path: ${path}.Identifier`);
    else if (identifiers.has(identifier))
      report(`Invalid Action property value. Path: ${path}.Identifier`);
    else identifiers.add(identifier);
    if (typeof action['Type'] !== 'string' || action['Type'] === '')
      report(`Action is missing required property. Path: ${path}.Type`);
  });

  if (typeof start === 'string' && !identifiers.has(start))
    report('Invalid flow property value. Path: StartAction');

  actions.forEach((action: unknown, index) => {
    if (!isRecord(action) || !isRecord(action['Transitions'])) return;
    for (const path of danglingTransitions(action['Transitions'], identifiers))
      report(`Invalid Action property value. Path: Actions[${index}].Transitions${path}`);
  });
  return problems;
}

// Paths (below `Transitions`) of the targets that name no action of the document, in the
// document's own order.
function danglingTransitions(
  transitions: Record<string, unknown>,
  identifiers: ReadonlySet<string>,
): string[] {
  const dangling: string[] = [];
  const check = (target: unknown, path: string): void => {
    if (target !== undefined && (typeof target !== 'string' || !identifiers.has(target)))
      dangling.push(path);
  };
  for (const [key, value] of Object.entries(transitions)) {
    if (key === 'NextAction') check(value, '.NextAction');
    else if ((key === 'Errors' || key === 'Conditions') && Array.isArray(value))
      value.forEach((entry: unknown, index) => {
        if (isRecord(entry)) check(entry['NextAction'], `.${key}[${index}].NextAction`);
      });
  }
  return dangling;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
