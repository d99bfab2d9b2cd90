import {
  attribute,
  checkContactAttributes,
  checkHoursOfOperation,
  checkStaffing,
  disconnect,
  distributeByPercentage,
  flow,
  getCustomerInput,
  hoursOfOperation,
  invokeLambda,
  is,
  lambdaFunction,
  lambdaResult,
  loop,
  missingAction,
  playPrompt,
  prompt,
  queue,
  raw,
  setContactAttributes,
  setLoggingBehavior,
  setVoice,
  setWorkingQueue,
  text,
  transferToQueue,
  wait,
  type BlockSpec,
  type Condition,
  type FlowDefinition,
  type FlowNode,
} from '@contactflow/dsl';
import fc from 'fast-check';

/** How one block of a program is made: its builder and options from a small valid domain. */
interface Recipe {
  readonly block: BlockSpec | undefined;
  readonly make: (choice: number) => FlowNode;
  /** What `.when(...)` is given on this block, for blocks with conditions of the user's own. */
  readonly conditions?: readonly (string | number | Condition)[];
}

const pick = <T>(items: readonly T[], choice: number): T => items[choice % items.length]!;

const names = ['Sales', 'Support', 'Billing'];
const texts = ['Hello.', 'Goodbye.', 'Please hold.', 'Dziękuję, żegnam.'];

const recipes: readonly Recipe[] = [
  {
    block: playPrompt.block,
    make: (c) =>
      c % 3 === 0
        ? playPrompt({ prompt: prompt(pick(names, c)) })
        : c % 3 === 1
          ? playPrompt({ text: pick(texts, c) })
          : playPrompt({ text: text`Hi ${attribute(pick(['name', 'tier'], c))}.` }),
  },
  { block: disconnect.block, make: () => disconnect() },
  {
    block: getCustomerInput.block,
    make: (c) => getCustomerInput({ text: pick(texts, c), timeoutSeconds: 1 + (c % 10) }),
    conditions: ['1', '2', '3', '#', '*', '0'],
  },
  {
    block: checkContactAttributes.block,
    make: (c) =>
      checkContactAttributes({
        value: c % 2 === 0 ? attribute(pick(['tier', 'lang'], c)) : lambdaResult('balance'),
      }),
    conditions: ['gold', 'silver', '', 'a b', is.startingWith('pl'), is.greaterThan(10)],
  },
  {
    block: setContactAttributes.block,
    make: (c) =>
      setContactAttributes({
        attributes:
          c % 2 === 0
            ? { tier: pick(['gold', 'silver'], c), source: 'ivr' }
            : { caller: lambdaResult('name') },
      }),
  },
  {
    block: invokeLambda.block,
    make: (c) => invokeLambda({ fn: lambdaFunction(pick(names, c)), timeoutSeconds: 1 + (c % 8) }),
  },
  { block: setWorkingQueue.block, make: (c) => setWorkingQueue({ queue: queue(pick(names, c)) }) },
  { block: transferToQueue.block, make: () => transferToQueue() },
  {
    block: checkHoursOfOperation.block,
    make: (c) =>
      c % 2 === 0
        ? checkHoursOfOperation()
        : checkHoursOfOperation({ hours: hoursOfOperation(pick(names, c)) }),
  },
  { block: checkStaffing.block, make: () => checkStaffing() },
  { block: loop.block, make: (c) => loop({ count: 1 + (c % 5) }) },
  { block: wait.block, make: (c) => wait({ timeoutSeconds: 60 + (c % 600) }) },
  { block: setLoggingBehavior.block, make: (c) => setLoggingBehavior({ enabled: c % 2 === 0 }) },
  {
    block: setVoice.block,
    make: (c) => setVoice({ voice: pick(['Joanna', 'Matthew'], c), engine: 'Neural' }),
  },
  {
    block: distributeByPercentage.block,
    make: () => distributeByPercentage(),
    conditions: [10, 20, 30],
  },
  { block: undefined, make: () => raw({ type: 'DisconnectParticipant' }) },
];

/** Identifiers given with `.named(...)`; legal ones, so that the output still meets the schema. */
const legalNames = ['Menu', 'prototype', 'Main menu', 'x-1', 'Ölçü', 'a'.repeat(50)];

/** A random flow written with the builder: its blocks and how they are wired, as numbers. */
export interface BuilderProgram {
  readonly blocks: readonly { readonly recipe: number; readonly choice: number }[];
  /** Picks targets, branches left open, conditions and names, read in turn. */
  readonly wiring: readonly number[];
  readonly detached: number;
}

/** Programs of 1 to 12 blocks. */
export const builderProgramArbitrary: fc.Arbitrary<BuilderProgram> = fc.record({
  blocks: fc.array(fc.record({ recipe: fc.nat(recipes.length - 1), choice: fc.nat(1000) }), {
    minLength: 1,
    maxLength: 12,
  }),
  wiring: fc.array(fc.nat(1000), { minLength: 32, maxLength: 96 }),
  detached: fc.nat(3),
});

/** The branch methods a node offers in its mode, in catalog order. */
function branchesOf(block: BlockSpec, mode: string | undefined) {
  const variant = block.variants.find((v) => v.mode === mode);
  return variant?.branches ?? block.branches;
}

type Wired = Record<string, (...args: unknown[]) => unknown>;

/**
 * Builds the program's flow: each block made by its recipe, then each branch of its mode connected
 * to a block the wiring picks, or left open; some blocks named, some kept as detached. Building the
 * same program twice gives two flows with the same content.
 */
export function buildProgram(program: BuilderProgram, options: { hostileNames?: boolean } = {}) {
  let cursor = 0;
  const next = () => program.wiring[cursor++ % program.wiring.length]!;
  const made = program.blocks.map(({ recipe, choice }) => ({
    recipe: recipes[recipe]!,
    node: recipes[recipe]!.make(choice),
  }));
  const nodes = made.map((entry) => entry.node);
  for (const { recipe, node } of made) {
    const wired = node as unknown as Wired;
    if (recipe.block === undefined) {
      // A raw() action: NextAction only.
      if (next() % 3 !== 0) wired['then']!(pick(nodes, next()));
      continue;
    }
    for (const branch of branchesOf(recipe.block, node.mode)) {
      const choice = next();
      if (choice % 5 === 0) continue;
      const target = choice % 17 === 0 ? missingAction('Gone') : pick(nodes, next());
      if (branch.target.kind === 'conditions') {
        const count = 1 + (next() % 2);
        for (let i = 0; i < count && recipe.conditions; i++) {
          wired[branch.method]!(pick(recipe.conditions, next()), target);
        }
      } else {
        wired[branch.method]!(target);
      }
    }
    if (next() % 7 === 0) {
      const names = options.hostileNames
        ? ['__proto__', 'constructor', 'toString', 'hasOwnProperty', ...legalNames]
        : legalNames;
      node.named(pick(names, next()));
    }
  }
  const detached = nodes
    .slice(1)
    .filter((_, index) => index < program.detached && next() % 2 === 0);
  return flow(`Program ${program.blocks.length}`, {
    type: pick(['CONTACT_FLOW', 'CUSTOMER_QUEUE'] as const, next()),
    start: nodes[0]!,
    detached,
  }) as FlowDefinition;
}
