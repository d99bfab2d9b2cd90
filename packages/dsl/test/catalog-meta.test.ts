import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { ActionSpec, JsonSchema, ParameterCondition } from '../src/catalog/index.js';
import {
  actions,
  blocks,
  catalogSchemaKeywords,
  channels,
  flowTypes,
  isTerminal,
} from '../src/catalog/index.js';

/** The 57 types of the AWS Flow-language reference (participant, contact, flow control, interactions). */
const documentedTypes = [
  'MessageParticipant',
  'MessageParticipantIteratively',
  'GetParticipantInput',
  'ConnectParticipantWithLexBot',
  'DisconnectParticipant',
  'ShowView',
  'TransferParticipantToThirdParty',
  'CompleteOutboundCall',
  'CreateCase',
  'CreateTask',
  'CreateWisdomSession',
  'DequeueContactAndTransferToQueue',
  'EndFlowModuleExecution',
  'GetCase',
  'InvokeFlowModule',
  'ResumeContact',
  'StartOutboundChatContact',
  'TagContact',
  'TransferContactToAgent',
  'TransferContactToQueue',
  'UnTagContact',
  'UpdateCase',
  'UpdateContactAttributes',
  'UpdateContactCallbackNumber',
  'UpdateContactData',
  'UpdateContactEventHooks',
  'UpdateContactMediaProcessing',
  'UpdateContactMediaStreamingBehavior',
  'UpdateContactRecordingAndAnalyticsBehavior',
  'UpdateContactRecordingBehavior',
  'UpdateContactRoutingBehavior',
  'UpdateContactTargetQueue',
  'UpdateContactTextToSpeechVoice',
  'UpdatePreviousContactParticipantState',
  'CheckHoursOfOperation',
  'CheckMetricData',
  'CheckOutboundCallStatus',
  'CheckVoiceId',
  'Compare',
  'DistributeByPercentage',
  'EndFlowExecution',
  'GetMetricData',
  'Loop',
  'StartVoiceIdStream',
  'TransferToFlow',
  'UpdateFlowAttributes',
  'UpdateFlowLoggingBehavior',
  'UpdateRoutingCriteria',
  'Wait',
  'AssociateContactToCustomerProfile',
  'CreateCallbackContact',
  'CreateCustomerProfile',
  'GetCalculatedAttributesForCustomerProfile',
  'GetCustomerProfile',
  'GetCustomerProfileObject',
  'InvokeLambdaFunction',
  'UpdateCustomerProfile',
];

const actionList: ActionSpec[] = Object.values(actions);
const blockList = Object.values(blocks);
const catalogDir = resolve(import.meta.dirname, '../src/catalog');

function entryFiles(folder: string): string[] {
  return readdirSync(resolve(catalogDir, folder)).filter(
    (name) => name.endsWith('.ts') && name !== 'index.ts' && !name.startsWith('shared-'),
  );
}

function kebab(type: string): string {
  return type
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

function newAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
  });
  ajv.addVocabulary([...catalogSchemaKeywords]);
  return ajv;
}

/** Whether a dotted parameter path is declared in a parameters schema. */
function declares(schema: JsonSchema, path: string): boolean {
  let current: JsonSchema | undefined = schema;
  for (const segment of path.split('.')) {
    current = current?.properties?.[segment];
    if (!current) return false;
  }
  return true;
}

describe('the catalog', () => {
  it('has every documented action type, and more observed in real flows', () => {
    const types = actionList.map((action) => action.type);
    expect(types.length).toBeGreaterThanOrEqual(57);
    expect(documentedTypes.filter((type) => !types.includes(type))).toEqual([]);
    for (const type of documentedTypes)
      expect(actions[type as keyof typeof actions].status).toBe('documented');
    expect(actionList.filter((a) => a.status === 'observed').length).toBeGreaterThan(0);
    expect(types).toContain('TransferParticipantToThirdParty');
  });

  it('has the 49 console blocks', () => {
    expect(blockList).toHaveLength(49);
  });

  it('lists every entry file in its index', () => {
    expect(entryFiles('actions').sort()).toEqual(
      actionList.map((a) => `${kebab(a.type)}.ts`).sort(),
    );
    expect(entryFiles('blocks').sort()).toEqual(blockList.map((b) => `${b.id}.ts`).sort());
  });

  it('keys actions by type and blocks by id, in order', () => {
    for (const [key, action] of Object.entries(actions)) expect(action.type).toBe(key);
    for (const [key, block] of Object.entries(blocks)) expect(block.id).toBe(key);
    expect(Object.keys(actions)).toEqual([...Object.keys(actions)].sort());
    expect(Object.keys(blocks)).toEqual([...Object.keys(blocks)].sort());
  });
});

describe.each(actionList.map((action) => [action.type, action] as const))(
  'action %s',
  (_type, action) => {
    const validate = newAjv().compile(action.parameters);

    it('has a parameter schema that accepts its valid examples', () => {
      expect(action.examples.valid.length).toBeGreaterThan(0);
      for (const example of action.examples.valid) {
        expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
      }
    });

    it('has a parameter schema that rejects its invalid examples', () => {
      expect(action.examples.invalid.length).toBeGreaterThan(0);
      for (const example of action.examples.invalid) {
        expect(validate(example.parameters), example.reason).toBe(false);
      }
    });

    it('has a well-formed transitions contract', () => {
      const { errors, conditions } = action.transitions;
      const errorTypes = errors.map((e) => e.type);
      expect(new Set(errorTypes).size).toBe(errorTypes.length);
      const modeTests: ParameterCondition[] = [];
      for (const error of errors) {
        expect(error.description.length).toBeGreaterThan(0);
        if (error.connect === 'conditional') {
          expect(error.when, `${error.type} is conditional`).toBeDefined();
          modeTests.push(error.when!);
        }
      }
      if (conditions) {
        expect(conditions.operators.length).toBeGreaterThan(0);
        if (conditions.requiredOperands && conditions.operand.kind === 'enum') {
          for (const operand of conditions.requiredOperands)
            expect(conditions.operand.values).toContain(operand);
        }
        if (conditions.when) modeTests.push(conditions.when);
      }
      for (const test of modeTests) {
        if (action.parameters.additionalProperties === false)
          expect(declares(action.parameters, test.parameter), test.parameter).toBe(true);
      }
    });

    it('names its channels, flow types and sources', () => {
      expect(Object.keys(action.channels).sort()).toEqual([...channels].sort());
      expect(action.flowTypes.length).toBeGreaterThan(0);
      for (const type of action.flowTypes) expect(flowTypes).toContain(type);
      expect(new Set(action.flowTypes).size).toBe(action.flowTypes.length);
      expect(action.sources.length).toBeGreaterThan(0);
    });
  },
);

describe.each(blockList.map((block) => [block.id, block] as const))('block %s', (_id, block) => {
  it('has a kebab-case id and a builder name unique in the catalog', () => {
    expect(block.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(block.builder).toMatch(/^[a-z][A-Za-z0-9]*$/);
    expect(blockList.filter((other) => other.builder === block.builder)).toHaveLength(1);
  });

  it('compiles to known action types whose contracts offer its branches', () => {
    expect(block.variants.length).toBeGreaterThan(0);
    for (const variant of block.variants) {
      const action = actions[variant.actionType as keyof typeof actions] as ActionSpec | undefined;
      expect(action, variant.actionType).toBeDefined();
      if (!action) continue;
      const branches = variant.branches ?? block.branches;
      const methods = branches.map((b) => b.method);
      expect(new Set(methods).size, 'branch methods are unique').toBe(methods.length);
      if (isTerminal(action)) expect(branches).toEqual([]);
      for (const branch of branches) {
        const target = branch.target;
        if (target.kind === 'next') expect(action.transitions.nextAction).not.toBe('forbidden');
        if (target.kind === 'error')
          expect(action.transitions.errors.map((e) => e.type)).toContain(target.errorType);
        if (target.kind === 'condition' || target.kind === 'conditions')
          expect(action.transitions.conditions).not.toBe(false);
        if (target.kind === 'condition' && action.transitions.conditions) {
          expect(action.transitions.conditions.operators).toContain(target.operator);
        }
      }
      for (const test of variant.match ?? []) {
        if (action.parameters.additionalProperties === false)
          expect(declares(action.parameters, test.parameter), test.parameter).toBe(true);
      }
      for (const type of variant.flowTypes ?? block.flowTypes)
        expect(action.flowTypes, `${variant.actionType} in ${type}`).toContain(type);
      for (const type of variant.flowTypes ?? []) expect(block.flowTypes).toContain(type);
    }
  });

  it('names its channels and flow types', () => {
    expect(Object.keys(block.channels).sort()).toEqual([...channels].sort());
    expect(block.flowTypes.length).toBeGreaterThan(0);
    for (const type of block.flowTypes) expect(flowTypes).toContain(type);
    expect(block.sources.length).toBeGreaterThan(0);
  });
});

describe('derived facts', () => {
  it('names the blocks that use each action', () => {
    expect(actions.GetParticipantInput.blocks).toContain('get-customer-input');
    for (const block of blockList) {
      for (const variant of block.variants) {
        expect(actions[variant.actionType as keyof typeof actions].blocks).toContain(block.id);
      }
    }
  });
});
