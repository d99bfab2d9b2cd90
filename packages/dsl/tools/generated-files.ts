import { format } from 'prettier';
import { actions, blocks, catalogDecisions, flowDocumentSchema } from '../src/catalog/index.js';
import { renderCatalogDocs, renderDecisionsDoc } from './render-catalog-docs.js';
import { renderParameterTypes } from './render-parameter-types.js';

/** A file the generator writes, relative to the repository root, with its expected content. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/**
 * Every file derived from the catalog. `pnpm generate` writes them; the drift test compares them
 * with what is committed, so a schema change without regeneration fails the suite.
 */
export async function generatedFiles(): Promise<GeneratedFile[]> {
  const actionList = Object.values(actions);
  const blockList = Object.values(blocks);
  const types = await format(await renderParameterTypes(actionList), {
    parser: 'typescript',
    singleQuote: true,
    printWidth: 100,
  });
  return [
    { path: 'packages/dsl/src/generated/parameters.ts', content: types },
    {
      path: 'packages/dsl/schema/flow.schema.json',
      content: `${JSON.stringify(flowDocumentSchema, null, 2)}\n`,
    },
    { path: 'docs/catalog.md', content: renderCatalogDocs(actionList, blockList) },
    {
      path: 'docs/catalog-decisions.md',
      content: renderDecisionsDoc(catalogDecisions, actionList, blockList),
    },
  ];
}
