import { Ajv, type Options, type ValidateFunction } from 'ajv';
import { catalogSchemaKeywords, flowDocumentSchema } from '@contactflow/dsl/catalog';
import type { JsonSchema } from '@contactflow/dsl/catalog';
import type { GeneratedFile } from './render-rule-docs.js';
import { renderStandaloneModule, renderStandaloneScript } from './standalone-module.js';

/** Where the precompiled document validator is written, relative to the repository root. */
export const documentValidatorPath = 'packages/validator/src/generated/document-validator.ts';

/**
 * Where the code of each action type's clause is written, one CommonJS script per type, relative to
 * the repository root. Nothing else is written there, so a type that leaves the catalog leaves no
 * script behind.
 */
export const actionClauseDirectory = 'packages/validator/src/generated/action-clauses';

/**
 * The Ajv options the document schema is compiled with. `allErrors` and `verbose` give the
 * findings their data and parent schema; `strictRequired` is off because mutual-exclusion
 * clauses name properties defined one level up. `inlineRefs` is off so that each action type's
 * parameters get a function of their own, which the engine compiles only when a document uses
 * that type (a `schemaPath` is then relative to the definition it is in).
 */
export const documentValidatorOptions: Options = {
  allErrors: true,
  verbose: true,
  strictRequired: false,
  allowUnionTypes: true,
  inlineRefs: false,
  // A separated clause has no `type` of its own (its action's `type: "object"` applies), which
  // this check would log for each; it changes no code.
  strictTypes: false,
};

/**
 * The document schema with each action type's clause (`allOf[i].then` of an action) moved to a
 * definition of its own and referenced: the clauses then compile to one function each, and a lint
 * compiles only those of the types its document uses instead of one function for all of them.
 * What the clauses check, and every error's data, parent schema and message, stay the same, but
 * for the `if` error that only says a clause failed (never reported); an error's `schemaPath`
 * becomes relative to the definition it is in.
 */
export function documentSchemaForCode(): JsonSchema {
  const definitions: Record<string, JsonSchema> = { ...flowDocumentSchema.definitions };
  const action = definitions['Action'];
  if (!action?.allOf) throw new Error('The document schema has no Action clauses to separate');
  definitions['Action'] = {
    ...action,
    allOf: action.allOf.map((clause, index) => {
      if (clause.then === undefined) return clause;
      const name = `ActionClause${index}`;
      definitions[name] = clause.then;
      return { ...clause, then: { $ref: `#/definitions/${name}` } };
    }),
  };
  return { ...flowDocumentSchema, definitions };
}

/** The same schema compiled by Ajv in the process, as the generated module's code was made. */
export function compileDocumentValidator(): ValidateFunction {
  const ajv = new Ajv(documentValidatorOptions);
  ajv.addVocabulary([...catalogSchemaKeywords]);
  return ajv.compile(documentSchemaForCode());
}

/** The script of an action type's clause: `GetParticipantInput` is `get-participant-input.cjs`. */
function clauseScriptName(type: string): string {
  return `${type.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.cjs`;
}

/** The action type each clause of {@link documentSchemaForCode} applies to, by its schema. */
function clauseTypes(schema: JsonSchema): Map<unknown, string> {
  const types = new Map<unknown, string>();
  for (const clause of schema.definitions?.['Action']?.allOf ?? []) {
    const type = clause.if?.properties?.['Type']?.const;
    const reference = clause.then?.$ref;
    if (typeof type !== 'string' || reference === undefined) continue;
    types.set(schema.definitions?.[reference.replace('#/definitions/', '')], type);
  }
  return types;
}

/** Every validation function `root` calls, directly or not, `root` included. */
function reachableFunctions(root: ValidateFunction): Set<ValidateFunction> {
  const found = new Set<ValidateFunction>();
  const visit = (validate: ValidateFunction): void => {
    if (found.has(validate)) return;
    found.add(validate);
    for (const name of validate.source?.scopeValues['validate'] ?? []) {
      visit(name.value?.ref as ValidateFunction);
    }
  };
  visit(root);
  return found;
}

// Loads a clause's script when an action of its type is first checked. The scripts are plain
// JavaScript, which the TypeScript build does not copy to dist; this path leads to src/generated
// from dist/generated as well, and the package ships src.
const clauseLoader = [
  "import { createRequire } from 'node:module';",
  'const requireClause = createRequire(import.meta.url);',
  'function actionClause(script) {',
  '  let clause;',
  '  function validate(data, context) {',
  '    clause ??= requireClause(`../../src/generated/action-clauses/${script}`);',
  '    const valid = clause(data, context);',
  '    validate.errors = clause.errors;',
  '    return valid;',
  '  }',
  '  return validate;',
  '}',
];

/**
 * Renders the catalog's document schema as standalone validation code, so that linting starts
 * without compiling the schema (most of a one-file lint's time before). The code of each action
 * type's clause, which is most of the code, goes to a script of its own that the validator loads
 * when it first checks an action of that type: a process parses only the code of the types it
 * meets. The validator imports the module; the drift test regenerates the files and compares.
 */
export function renderDocumentValidator(): GeneratedFile[] {
  const ajv = new Ajv({ ...documentValidatorOptions, code: { source: true, esm: true } });
  ajv.addVocabulary([...catalogSchemaKeywords]);
  const schema = documentSchemaForCode();
  const types = clauseTypes(schema);
  const validate = ajv.compile(schema);
  const scripts: GeneratedFile[] = [];
  for (const clause of reachableFunctions(validate)) {
    const type = types.get(clause.schema);
    if (type === undefined || clause.source === undefined) continue;
    const script = clauseScriptName(type);
    scripts.push({
      path: `${actionClauseDirectory}/${script}`,
      content: renderStandaloneScript(ajv, clause, {
        source: "the catalog's document schema",
        purpose: `The clause of ${type} actions, loaded by document-validator.ts when it first meets one.`,
      }),
    });
    // The module keeps only a stand-in with the same name, which loads the script when called.
    clause.source = {
      ...clause.source,
      validateCode: `const ${String(clause.source.validateName)} = actionClause('${script}');`,
      scopeValues: {},
    };
  }
  if (scripts.length !== types.size || new Set(scripts.map((s) => s.path)).size !== types.size) {
    throw new Error('Every action clause needs a script of its own');
  }
  const module: GeneratedFile = {
    path: documentValidatorPath,
    content: renderStandaloneModule(ajv, validate, {
      exportName: 'validateDocumentSchema',
      summary: 'Checks a parsed document against the flow document schema, as Ajv compiled it.',
      source: "the catalog's document schema",
      prelude: clauseLoader,
    }),
  };
  return [module, ...scripts.sort((a, b) => (a.path < b.path ? -1 : 1))];
}
