import { Ajv, type Options, type ValidateFunction } from 'ajv';
import { catalogSchemaKeywords, flowDocumentSchema } from '@contactflow/dsl/catalog';
import type { JsonSchema } from '@contactflow/dsl/catalog';
import type { GeneratedFile } from './render-rule-docs.js';
import { renderStandaloneModule } from './standalone-module.js';

/** Where the precompiled document validator is written, relative to the repository root. */
export const documentValidatorPath = 'packages/validator/src/generated/document-validator.ts';

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

/**
 * Renders the catalog's document schema as standalone validation code, so that linting starts
 * without compiling the schema (most of a one-file lint's time before). The validator imports the
 * module; the drift test regenerates it and compares.
 */
export function renderDocumentValidator(): GeneratedFile {
  const ajv = new Ajv({ ...documentValidatorOptions, code: { source: true, esm: true } });
  ajv.addVocabulary([...catalogSchemaKeywords]);
  return {
    path: documentValidatorPath,
    content: renderStandaloneModule(ajv, documentSchemaForCode(), {
      exportName: 'validateDocumentSchema',
      summary: 'Checks a parsed document against the flow document schema, as Ajv compiled it.',
      source: "the catalog's document schema",
    }),
  };
}
