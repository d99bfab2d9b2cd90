import { describe, expect, test } from 'vitest';
import { listPlaceholders, listPlaceholdersInText, validate, validateText } from '../src/index.js';
import type { Diagnostic } from '../src/index.js';
import { corpusAvailable, corpusEntries, corpusText } from './corpus.js';
import { defectKinds } from './seeding/defect-kinds.js';
import { copyOf, type DefectKind, type FlowJson } from './seeding/seeded-defect.js';

/**
 * The flow templates of the corpus (the files in which the built-in syntaxes find a placeholder),
 * linted as templates and as final flows: the placeholders may take away errors at the values
 * that hold them, and nothing else; defects planted into a template are found as in a final flow.
 */
describe.skipIf(!corpusAvailable)('flow templates of the corpus', () => {
  const templates = corpusEntries()
    .map((entry) => ({ entry, text: corpusText(entry) }))
    .filter(({ text }) => listPlaceholdersInText(text).uses.length > 0);

  test('are the 34 files with placeholders', () => {
    expect(templates.length).toBeGreaterThanOrEqual(34);
  });

  const key = (d: Diagnostic) => `${d.code} ${d.pointer} ${d.message}`;

  test.each(templates.map(({ entry, text }) => [entry.file, text] as const))(
    '%s: no error comes from a placeholder',
    (file, text) => {
      const asTemplate = validateText(text, { fileName: file });
      const asFinal = validateText(text, { fileName: file, placeholders: [] });
      const atPlaceholders = new Set(listPlaceholdersInText(text).uses.map((use) => use.pointer));
      const templateErrors = asTemplate.filter((d) => d.severity === 'error').map(key);
      const finalErrors = asFinal.filter((d) => d.severity === 'error');
      // Every error of the template is one of the final flow's and is at no placeholder.
      expect(templateErrors.filter((k) => !finalErrors.map(key).includes(k))).toEqual([]);
      const templateErrorsAtPlaceholders = asTemplate.filter(
        (d) => d.severity === 'error' && atPlaceholders.has(d.pointer),
      );
      expect(templateErrorsAtPlaceholders.map(key)).toEqual([]);
      // The errors that placeholders take away were all at values holding one.
      const gone = finalErrors.filter((d) => !templateErrors.includes(key(d)));
      expect(gone.filter((d) => !atPlaceholders.has(d.pointer)).map(key)).toEqual([]);
    },
  );

  const flows = templates
    .filter(({ entry }) => entry.kind === 'raw')
    .map(({ entry, text }) => ({ file: entry.file, flow: JSON.parse(text) as FlowJson }))
    .filter(({ flow }) => Array.isArray(flow.Actions) && flow.Actions.length > 0);

  const whole = (value: unknown) =>
    typeof value === 'string' && listPlaceholders(value).some((use) => use.text === value);

  /** Kinds of defect that only a template can have. */
  const templateDefectKinds: readonly DefectKind[] = [
    {
      name: 'a placeholder in a timeout',
      seed(flow) {
        const copy = copyOf(flow);
        const lambda = copy.Actions.find((a) => a.Type === 'InvokeLambdaFunction');
        if (lambda !== undefined) {
          lambda.Parameters = { ...lambda.Parameters, InvocationTimeLimitSeconds: '${timeout}' };
          return {
            document: copy,
            code: 'placeholder-in-static-parameter',
            actionId: lambda.Identifier,
          };
        }
        if (typeof copy.StartAction !== 'string') return undefined;
        copy.Actions.push({
          Identifier: 'seeded-start',
          Type: 'UpdateFlowLoggingBehavior',
          Parameters: { FlowLoggingBehavior: '%FlowLogging%' },
          Transitions: { NextAction: copy.StartAction },
        });
        copy.StartAction = 'seeded-start';
        return {
          document: copy,
          code: 'placeholder-in-static-parameter',
          actionId: 'seeded-start',
        };
      },
    },
    {
      name: 'a misspelt parameter that holds a placeholder',
      seed(flow) {
        const copy = copyOf(flow);
        for (const action of copy.Actions) {
          const entry = Object.entries(action.Parameters ?? {}).find(([, value]) => whole(value));
          if (entry === undefined) continue;
          const [name, value] = entry;
          delete action.Parameters![name];
          action.Parameters![`${name}s`] = value;
          return { document: copy, code: 'invalid-parameters', actionId: action.Identifier };
        }
        return undefined;
      },
    },
  ];

  const found = (
    defect: NonNullable<ReturnType<DefectKind['seed']>>,
    placeholders?: readonly [],
  ): boolean =>
    validate(defect.document, {
      ...defect.options,
      ...(placeholders && { placeholders }),
    }).some(
      (d) =>
        d.code === defect.code &&
        (defect.actionId === undefined || d.actionId === defect.actionId) &&
        (defect.pointer === undefined || d.pointer === defect.pointer),
    );

  test.each(defectKinds.map((kind) => [kind.name, kind] as const))(
    'seeded: %s, found in templates as in final flows',
    (_name, kind) => {
      const missed: string[] = [];
      const different: string[] = [];
      let seeded = 0;
      for (const { file, flow } of flows) {
        const defect = kind.seed(flow);
        if (defect === undefined) continue;
        seeded++;
        const inTemplate = found(defect);
        if (!inTemplate) missed.push(file);
        if (inTemplate !== found(defect, [])) different.push(file);
      }
      expect(different, 'found differently as a template and as a final flow').toEqual([]);
      if (seeded > 0) {
        expect(
          (seeded - missed.length) / seeded,
          `missed in ${missed.join(', ')}`,
        ).toBeGreaterThanOrEqual(0.95);
      }
    },
  );

  test.each(templateDefectKinds.map((kind) => [kind.name, kind] as const))(
    'seeded: %s, found in every template',
    (_name, kind) => {
      const missed: string[] = [];
      let seeded = 0;
      for (const { file, flow } of flows) {
        const defect = kind.seed(flow);
        if (defect === undefined) continue;
        seeded++;
        if (!found(defect)) missed.push(file);
      }
      expect(seeded).toBeGreaterThan(0);
      expect(missed).toEqual([]);
    },
  );

  test('a placeholder in a timeout is a warning, not an error', () => {
    for (const { flow } of flows) {
      const defect = templateDefectKinds[0]!.seed(flow)!;
      const at = validate(defect.document).filter((d) => d.actionId === defect.actionId);
      expect(at.filter((d) => d.code === 'placeholder-in-static-parameter')).toHaveLength(1);
      expect(at.filter((d) => d.code === 'invalid-parameters')).toEqual([]);
    }
  });
});
