import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '@contactflow/validator';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  configSchema,
  configurableIds,
  type ContactflowConfig,
} from '../src/config/config-schema.js';
import { applyRuleSettings, lintSettings } from '../src/config/file-settings.js';
import { checkConfig, loadConfig } from '../src/config/load-config.js';
import { UsageError } from '../src/usage-error.js';
import { configSchemaFile } from '../tools/config-schema-file.js';
import { repositoryRoot } from './run-cli.js';

const project = resolve(import.meta.dirname, 'fixtures/project');

describe('the configuration schema', () => {
  it('is the committed schema file (run `pnpm generate` after changing it or a rule)', () => {
    const file = configSchemaFile();
    expect(readFileSync(resolve(repositoryRoot, file.path), 'utf8')).toBe(file.content);
  });

  it('names every rule and check code, and nothing else', () => {
    const definitions = configSchema().definitions as {
      rules: { properties: Record<string, unknown> };
    };
    expect(Object.keys(definitions.rules.properties)).toEqual(configurableIds());
    expect(configurableIds()).toEqual(
      expect.arrayContaining(['unreachable-action', 'invalid-parameters', 'flow-type-unknown']),
    );
  });

  it.each([
    ['the example in docs/configuration.md', 'docs/configuration.md'],
    ['the test project', 'packages/cli/test/fixtures/project/contactflow.config.json'],
  ])('accepts %s', (_name, path) => {
    const text = readFileSync(resolve(repositoryRoot, path), 'utf8');
    const json = path.endsWith('.md') ? /```json\n([\s\S]*?)```/.exec(text)?.[1] : text;
    const validate = new Ajv().compile(configSchema());
    expect(validate(JSON.parse(json ?? ''))).toBe(true);
    expect(() => checkConfig(JSON.parse(json ?? ''), path)).not.toThrow();
  });
});

describe('loadConfig', () => {
  it('reads contactflow.config.json from the working directory', () => {
    const loaded = loadConfig(undefined, project);
    expect(loaded).toMatchObject({ file: 'contactflow.config.json', baseDirectory: project });
    expect(loaded.config.ignores).toEqual(['**/templates/**']);
  });

  it('is empty without a file', () => {
    expect(loadConfig(undefined, resolve(project, 'flows'))).toEqual({
      config: {},
      file: undefined,
      path: undefined,
      baseDirectory: resolve(project, 'flows'),
    });
  });

  it('takes the patterns of --config relative to its own directory', () => {
    const loaded = loadConfig('fixtures/project/contactflow.config.json', import.meta.dirname);
    expect(loaded.baseDirectory).toBe(project);
  });

  it('names a missing --config file', () => {
    expect(() => loadConfig('nope.json', project)).toThrow(
      new UsageError('nope.json: no such file or directory'),
    );
  });
});

describe('lintSettings', () => {
  const config: ContactflowConfig = {
    rules: { 'unreachable-action': 'off', 'invalid-parameters': 'warning' },
    overrides: [
      { files: ['flows/queue/**/*.json'], flowType: 'CUSTOMER_QUEUE', channels: ['VOICE'] },
      {
        files: ['flows/queue/hold'],
        flowType: 'CUSTOMER_HOLD',
        rules: { 'unreachable-action': 'error' },
      },
      { files: ['**/*.module.json'], flowType: 'FLOW_MODULE' },
    ],
    ignores: ['**/templates/**', 'scratch', '*.tmp.json', 'drafts/'],
  };
  const base = '/repo';
  const settings = (cwd = base, commandLine = {}) =>
    lintSettings(
      {
        config,
        file: 'contactflow.config.json',
        path: '/repo/contactflow.config.json',
        baseDirectory: base,
      },
      commandLine,
      cwd,
    );

  it.each([
    ['flows/main.json', { rules: config.rules }],
    [
      'flows/queue/music.json',
      { defaultFlowType: 'CUSTOMER_QUEUE', channels: ['VOICE'], rules: config.rules },
    ],
    [
      'flows/queue/hold/a.json',
      {
        defaultFlowType: 'CUSTOMER_HOLD',
        channels: ['VOICE'],
        rules: { 'unreachable-action': 'error', 'invalid-parameters': 'warning' },
      },
    ],
    [
      'flows/queue/x.module.json',
      { defaultFlowType: 'FLOW_MODULE', channels: ['VOICE'], rules: config.rules },
    ],
    ['/elsewhere/flows/queue/music.json', { rules: config.rules }],
    ['../outside/flows/queue/music.json', { rules: config.rules }],
  ])('gives %s its settings', (file, expected) => {
    expect(settings().forFile(file)).toEqual(expected);
  });

  it('matches paths relative to the configuration, whatever the working directory', () => {
    expect(settings('/repo/flows').forFile('queue/music.json').defaultFlowType).toBe(
      'CUSTOMER_QUEUE',
    );
    expect(settings('/repo/flows').isIgnored('templates/a.json')).toBe(true);
  });

  it.each([
    ['flows/templates/a.json', true],
    ['templates/deep/a.json', true],
    ['scratch/a.json', true],
    ['scratch.json', false],
    ['b.tmp.json', true],
    ['flows/b.tmp.json', false],
    ['flows/main.json', false],
    ['drafts/a.json', true],
    ['contactflow.config.json', true],
    ['flows/contactflow.config.json', true],
  ])('ignores %s: %s', (file, ignored) => {
    expect(settings().isIgnored(file)).toBe(ignored);
  });

  it('lets the command line win for every file', () => {
    const forced = settings(base, { flowType: 'CONTACT_FLOW', channels: 'CHAT, VOICE,CHAT' });
    for (const file of ['flows/main.json', 'flows/queue/hold/a.json']) {
      expect(forced.forFile(file)).toMatchObject({
        flowType: 'CONTACT_FLOW',
        channels: ['CHAT', 'VOICE'],
      });
    }
  });

  it.each([
    [
      { flowType: 'contact_flow' },
      /^unknown flow type "contact_flow"; expected one of CONTACT_FLOW, /,
    ],
    [{ channels: 'VOICE,PHONE' }, /^unknown channel "PHONE"; expected VOICE, CHAT, TASK, EMAIL$/],
    [{ channels: ' , ' }, /^--channels needs at least one of VOICE, CHAT, TASK, EMAIL$/],
  ])('refuses %j', (commandLine, message) => {
    expect(() => settings(base, commandLine)).toThrow(UsageError);
    expect(() => settings(base, commandLine)).toThrow(message);
  });
});

describe('applyRuleSettings', () => {
  const diagnostic = (code: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
    code,
    severity,
    message: 'x.',
    pointer: '',
  });

  it.each([
    ['keeps what is not configured', { a: 'off' }, [diagnostic('b')], [diagnostic('b')]],
    ['drops what is off', { a: 'off' }, [diagnostic('a'), diagnostic('b')], [diagnostic('b')]],
    [
      'changes the severity',
      { a: 'info' },
      [diagnostic('a', 'warning')],
      [diagnostic('a', 'info')],
    ],
    ['raises the severity', { a: 'error' }, [diagnostic('a', 'info')], [diagnostic('a', 'error')]],
    ['ignores inherited names', {}, [diagnostic('constructor')], [diagnostic('constructor')]],
  ] as const)('%s', (_name, rules, diagnostics, expected) => {
    expect(applyRuleSettings(diagnostics, rules)).toEqual(expected);
  });
});
