const compactOfRun = new WeakMap<object, string | null>();

/**
 * The document written without spaces, the form the APIs and the flow designer measure; `undefined`
 * when it cannot be written (nesting too deep to serialise, which the schema check reports). Several
 * rules measure it, so it is written once per validation: `run` is an object that lives for one
 * validation and no longer, such as the rules' graph.
 */
export function compactJson(document: unknown, run: object): string | undefined {
  let text = compactOfRun.get(run);
  if (text === undefined) {
    try {
      text = JSON.stringify(document) ?? null;
    } catch {
      text = null;
    }
    compactOfRun.set(run, text);
  }
  return text ?? undefined;
}
