import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isFlowDefinition } from '@contactflow/dsl';
import { compile, type DeployableFlow } from '@contactflow/compiler';

const examples = resolve(import.meta.dirname, '../../../../examples');

async function deployable(directory: string, source: string): Promise<DeployableFlow[]> {
  const module = (await import(pathToFileURL(resolve(directory, source)).href)) as Record<
    string,
    unknown
  >;
  const flows = Object.entries(module).filter(([, value]) => isFlowDefinition(value));
  const base = source.replace(/\.flow\.ts$/, '');
  return flows.map(([name, definition]) => ({
    stem: flows.length === 1 ? base : `${base}.${name}`,
    definition: definition as DeployableFlow['definition'],
    result: compile(definition as DeployableFlow['definition'], {
      unresolvedReferences: 'placeholder',
    }),
  }));
}

/** Every flow of one directory of examples, grouped by source, sources in name order. */
async function examplesIn(directory: string): Promise<[string, DeployableFlow[]][]> {
  const sources = readdirSync(directory)
    .filter((name) => name.endsWith('.flow.ts'))
    .sort();
  return Promise.all(
    sources.map(async (source) => [source, await deployable(directory, source)] as const),
  ) as Promise<[string, DeployableFlow[]][]>;
}

/** The flows of `examples/*.flow.ts`, which refer to each other, ready to deploy together. */
export const applicationExamples = (await examplesIn(examples)).flatMap(([, flows]) => flows);

/** Each source of `examples/` and `examples/blocks/` with its flows, to deploy one source at a time. */
export const everyExample = [
  ...(await examplesIn(examples)),
  ...(await examplesIn(resolve(examples, 'blocks'))).map(
    ([source, flows]) => [`blocks/${source}`, flows] as [string, DeployableFlow[]],
  ),
];

/**
 * The ARNs the examples write themselves, none of a kind an environment names (its keys are
 * queues, prompts, hours, Lambda functions, Lex bots, flows, modules, phone numbers, quick
 * connects, agents, views and task templates): every other ARN of a deploy output would be one the
 * environment should have turned into a reference.
 */
export const literalArnsOfExamples = [
  // An Amazon Q in Connect assistant.
  'arn:aws:wisdom:us-east-1:111122223333:assistant/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  // A view that AWS owns (account "aws"), the same in every instance of the Region.
  'arn:aws:connect:us-east-1:aws:view/detail:1',
  // An Amazon Chime SDK Voice Connector.
  'arn:aws:chime:us-east-1:111122223333:vc/abcdefghijklmnop',
];
