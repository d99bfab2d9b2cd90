import type { IdentifierSource } from './identifiers.js';

/** A resource seeded into or created in an instance: its id, ARN and name. */
export interface ResourceSummary {
  readonly id: string;
  readonly arn: string;
  readonly name: string;
}

/** A queue; `AGENT` queues carry `.../queue/agent/<id>` ARNs. */
export interface QueueRecord extends ResourceSummary {
  readonly type: 'STANDARD' | 'AGENT';
}

/** A Lambda function associated with the instance. */
export interface LambdaFunctionRecord {
  readonly name: string;
  readonly arn: string;
}

/** A Lex V2 bot alias associated with the instance. */
export interface LexBotAliasRecord {
  readonly botName: string;
  readonly aliasName: string;
  readonly botId: string;
  readonly aliasId: string;
  readonly aliasArn: string;
}

/** A phone number claimed to the instance. */
export interface PhoneNumberRecord {
  readonly id: string;
  readonly arn: string;
  /** E.164, e.g. `+15550100`. */
  readonly number: string;
  readonly countryCode: string;
  readonly type: string;
  readonly description: string | undefined;
}

/** A user (agent) of the instance. */
export interface UserRecord {
  readonly id: string;
  readonly arn: string;
  readonly username: string;
}

/** A quick connect. */
export interface QuickConnectRecord extends ResourceSummary {
  readonly type: 'USER' | 'QUEUE' | 'PHONE_NUMBER' | 'FLOW';
}

/** A view (step-by-step guide page). */
export interface ViewRecord extends ResourceSummary {
  readonly type: 'CUSTOMER_MANAGED' | 'AWS_MANAGED';
  readonly status: 'PUBLISHED' | 'SAVED';
  readonly description: string | undefined;
}

/** A task template. */
export interface TaskTemplateRecord extends ResourceSummary {
  readonly status: 'ACTIVE' | 'INACTIVE';
  readonly description: string | undefined;
}

/** The flow types of the API. */
export type FlowType =
  | 'CONTACT_FLOW'
  | 'CUSTOMER_QUEUE'
  | 'CUSTOMER_HOLD'
  | 'CUSTOMER_WHISPER'
  | 'AGENT_HOLD'
  | 'AGENT_WHISPER'
  | 'OUTBOUND_WHISPER'
  | 'AGENT_TRANSFER'
  | 'QUEUE_TRANSFER'
  | 'CAMPAIGN';

/** Every flow type the API knows, for request checks. */
export const flowTypes: readonly FlowType[] = [
  'CONTACT_FLOW',
  'CUSTOMER_QUEUE',
  'CUSTOMER_HOLD',
  'CUSTOMER_WHISPER',
  'AGENT_HOLD',
  'AGENT_WHISPER',
  'OUTBOUND_WHISPER',
  'AGENT_TRANSFER',
  'QUEUE_TRANSFER',
  'CAMPAIGN',
];

/**
 * A flow as the emulator stores it. `publishedContent` is what a plain Describe returns;
 * `savedContent` is a newer unpublished draft (addressed with the `:$SAVED` qualifier). `content`
 * is the latest of the two, `status` is `SAVED` while a draft is pending.
 */
export interface FlowRecord {
  readonly id: string;
  readonly arn: string;
  readonly name: string;
  readonly type: FlowType;
  readonly description: string | undefined;
  readonly state: 'ACTIVE' | 'ARCHIVED';
  readonly status: 'PUBLISHED' | 'SAVED';
  readonly content: string;
  readonly publishedContent: string | undefined;
  readonly savedContent: string | undefined;
  readonly tags: Readonly<Record<string, string>>;
  readonly lastModifiedTime: Date;
}

/** A flow module as the emulator stores it; `content` and `settings` are the texts last sent. */
export interface ModuleRecord {
  readonly id: string;
  readonly arn: string;
  readonly name: string;
  readonly description: string | undefined;
  readonly state: 'ACTIVE' | 'ARCHIVED';
  readonly status: 'PUBLISHED' | 'SAVED';
  readonly content: string;
  readonly settings: string | undefined;
  readonly externalInvocationEnabled: boolean | undefined;
  readonly tags: Readonly<Record<string, string>>;
  readonly lastModifiedTime: Date;
}

/** An existing flow to seed: only the name is needed. */
export interface FlowSeed {
  readonly name: string;
  /** Default `CONTACT_FLOW`. */
  readonly type?: FlowType;
  /** A document or its text; default a one-action flow that disconnects. Not checked. */
  readonly content?: string | object;
  /** Default `PUBLISHED`; a `SAVED` flow has no published content. */
  readonly status?: 'PUBLISHED' | 'SAVED';
  /** Default `ACTIVE`. */
  readonly state?: 'ACTIVE' | 'ARCHIVED';
  readonly description?: string;
  readonly tags?: Readonly<Record<string, string>>;
}

/** An existing module to seed: only the name is needed. */
export interface ModuleSeed {
  readonly name: string;
  /** A document or its text; default a one-action module that returns. Not checked. */
  readonly content?: string | object;
  /** A settings object or its text; default none. */
  readonly settings?: string | object;
  /** Default `PUBLISHED`. */
  readonly status?: 'PUBLISHED' | 'SAVED';
  /** Default `ACTIVE`. */
  readonly state?: 'ACTIVE' | 'ARCHIVED';
  readonly description?: string;
  readonly tags?: Readonly<Record<string, string>>;
}

/** What every instance shares with its emulator: the id source and the clock. */
export interface InstanceEnvironment {
  readonly ids: IdentifierSource;
  readonly now: () => Date;
}

const defaultFlowContent = {
  Version: '2019-10-30',
  StartAction: 'disconnect',
  Metadata: {},
  Actions: [
    { Identifier: 'disconnect', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ],
};

const defaultModuleContent = {
  Version: '2019-10-30',
  StartAction: 'return',
  Metadata: {},
  Actions: [
    { Identifier: 'return', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} },
  ],
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type MutableFlow = Mutable<FlowRecord>;
type MutableModule = Mutable<ModuleRecord>;

/**
 * One Amazon Connect instance of the emulator: its resources, seeded by name with deterministic
 * ids and real-shaped ARNs, and its flows and modules, which the API operations change.
 */
export class EmulatedInstance {
  /** The instance id (a UUID). */
  readonly id: string;
  /** `arn:aws:connect:<region>:<account>:instance/<id>`. */
  readonly arn: string;
  readonly region: string;
  readonly accountId: string;

  // The seeded resources, in the order they were added; the List operations read them as they
  // are. Tests may read them too, but seed only through the add methods.
  /** Seeded queues. */
  readonly queues: QueueRecord[] = [];
  /** Seeded prompts. */
  readonly prompts: ResourceSummary[] = [];
  /** Seeded hours of operation. */
  readonly hoursOfOperations: ResourceSummary[] = [];
  /** Associated Lambda functions. */
  readonly lambdaFunctions: LambdaFunctionRecord[] = [];
  /** Associated Lex V2 bot aliases. */
  readonly lexBotAliases: LexBotAliasRecord[] = [];
  /** Claimed phone numbers. */
  readonly phoneNumbers: PhoneNumberRecord[] = [];
  /** Seeded users. */
  readonly users: UserRecord[] = [];
  /** Seeded quick connects. */
  readonly quickConnects: QuickConnectRecord[] = [];
  /** Seeded views. */
  readonly views: ViewRecord[] = [];
  /** Seeded task templates. */
  readonly taskTemplates: TaskTemplateRecord[] = [];
  readonly #flows = new Map<string, MutableFlow>();
  readonly #modules = new Map<string, MutableModule>();
  readonly #environment: InstanceEnvironment;

  /**
   * Instances are made by the emulator's `addInstance`.
   * @example
   * ```ts
   * import { EmulatedInstance } from './instance-state.js';
   * import { IdentifierSource } from './identifiers.js';
   * const instance = new EmulatedInstance(
   *   { id: 'i-1', region: 'us-east-1', accountId: '123456789012' },
   *   { ids: new IdentifierSource(), now: () => new Date(0) },
   * );
   * instance.arn; // 'arn:aws:connect:us-east-1:123456789012:instance/i-1'
   * ```
   */
  constructor(
    identity: { id: string; region: string; accountId: string },
    environment: InstanceEnvironment,
  ) {
    this.id = identity.id;
    this.region = identity.region;
    this.accountId = identity.accountId;
    this.arn = `arn:aws:connect:${identity.region}:${identity.accountId}:instance/${identity.id}`;
    this.#environment = environment;
  }

  /**
   * Seeds a queue; an `AGENT` queue gets an ARN under `queue/agent/`.
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * const emulator = await startConnectEmulator();
   * const sales = emulator.addInstance().addQueue('Sales');
   * sales.arn; // 'arn:aws:connect:us-east-1:123456789012:instance/<id>/queue/<uuid>'
   * ```
   */
  addQueue(name: string, options: { type?: 'STANDARD' | 'AGENT' } = {}): QueueRecord {
    const type = options.type ?? 'STANDARD';
    this.#ensureUnique(this.queues, name, 'queue');
    const id = this.#uuid(`queue/${type}/${name}`);
    const path = type === 'AGENT' ? `queue/agent/${id}` : `queue/${id}`;
    return push(this.queues, { id, arn: `${this.arn}/${path}`, name, type });
  }

  /**
   * Seeds a prompt of the prompt library.
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * (await startConnectEmulator()).addInstance().addPrompt('Welcome').arn.includes('/prompt/');
   * ```
   */
  addPrompt(name: string): ResourceSummary {
    this.#ensureUnique(this.prompts, name, 'prompt');
    return push(this.prompts, this.#summary('prompt', name));
  }

  /**
   * Seeds hours of operation (ARN under `operating-hours/`).
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * (await startConnectEmulator()).addInstance().addHoursOfOperation('Office');
   * ```
   */
  addHoursOfOperation(name: string): ResourceSummary {
    this.#ensureUnique(this.hoursOfOperations, name, 'hours of operation');
    return push(this.hoursOfOperations, this.#summary('operating-hours', name));
  }

  /**
   * Associates a Lambda function, given its ARN or a function name (then in the instance's region
   * and account).
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * (await startConnectEmulator()).addInstance().addLambdaFunction('isHoliday').arn;
   * // 'arn:aws:lambda:us-east-1:123456789012:function:isHoliday'
   * ```
   */
  addLambdaFunction(nameOrArn: string): LambdaFunctionRecord {
    const arn = nameOrArn.startsWith('arn:')
      ? nameOrArn
      : `arn:aws:lambda:${this.region}:${this.accountId}:function:${nameOrArn}`;
    const name = arn.slice(arn.lastIndexOf(':function:') + ':function:'.length);
    if (this.lambdaFunctions.some((fn) => fn.arn === arn))
      throw new Error(`Lambda function ${arn} is already associated with the instance.`);
    return push(this.lambdaFunctions, { name, arn });
  }

  /**
   * Associates a Lex V2 bot alias; bot and alias ids are derived from the names.
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * const alias = (await startConnectEmulator()).addInstance().addLexBotAlias('Helpdesk');
   * alias.aliasArn; // 'arn:aws:lex:us-east-1:123456789012:bot-alias/<BOTID>/<ALIASID>'
   * ```
   */
  addLexBotAlias(botName: string, options: { aliasName?: string } = {}): LexBotAliasRecord {
    const aliasName = options.aliasName ?? 'live';
    if (this.lexBotAliases.some((bot) => bot.botName === botName && bot.aliasName === aliasName))
      throw new Error(`Bot alias ${botName}/${aliasName} is already associated with the instance.`);
    const existing = this.lexBotAliases.find((bot) => bot.botName === botName);
    const botId = existing?.botId ?? this.#environment.ids.lexId(`${this.id}/bot/${botName}`);
    const aliasId = this.#environment.ids.lexId(`${this.id}/bot/${botName}/${aliasName}`);
    const aliasArn = `arn:aws:lex:${this.region}:${this.accountId}:bot-alias/${botId}/${aliasId}`;
    return push(this.lexBotAliases, { botName, aliasName, botId, aliasId, aliasArn });
  }

  /**
   * Claims a phone number for the instance. Phone-number ARNs belong to the account, not to the
   * instance: `arn:aws:connect:<region>:<account>:phone-number/<uuid>`.
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * (await startConnectEmulator()).addInstance().addPhoneNumber('+15550100', {
   *   description: 'Main line',
   * });
   * ```
   */
  addPhoneNumber(
    number: string,
    options: { type?: string; countryCode?: string; description?: string } = {},
  ): PhoneNumberRecord {
    if (this.phoneNumbers.some((entry) => entry.number === number))
      throw new Error(`Phone number ${number} is already claimed.`);
    const id = this.#uuid(`phone-number/${number}`);
    return push(this.phoneNumbers, {
      id,
      arn: `arn:aws:connect:${this.region}:${this.accountId}:phone-number/${id}`,
      number,
      countryCode: options.countryCode ?? 'US',
      type: options.type ?? 'DID',
      description: options.description,
    });
  }

  /**
   * Seeds a user (agent); the ARN is under `agent/`.
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * (await startConnectEmulator()).addInstance().addUser('jdoe').arn.includes('/agent/'); // true
   * ```
   */
  addUser(username: string): UserRecord {
    if (this.users.some((user) => user.username === username))
      throw new Error(`User ${username} already exists in the instance.`);
    const id = this.#uuid(`agent/${username}`);
    return push(this.users, { id, arn: `${this.arn}/agent/${id}`, username });
  }

  /**
   * Seeds a quick connect (ARN under `transfer-destination/`).
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * (await startConnectEmulator()).addInstance().addQuickConnect('Billing desk', { type: 'QUEUE' });
   * ```
   */
  addQuickConnect(
    name: string,
    options: { type?: 'USER' | 'QUEUE' | 'PHONE_NUMBER' | 'FLOW' } = {},
  ): QuickConnectRecord {
    this.#ensureUnique(this.quickConnects, name, 'quick connect');
    const summary = this.#summary('transfer-destination', name);
    return push(this.quickConnects, { ...summary, type: options.type ?? 'QUEUE' });
  }

  /**
   * Seeds a view. Customer-managed views live in the instance (`instance/<id>/view/<id>`);
   * AWS-managed ones have account-less ARNs (`arn:aws:connect:<region>:aws:view/<name>`).
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * (await startConnectEmulator()).addInstance().addView('Order form');
   * ```
   */
  addView(
    name: string,
    options: {
      type?: 'CUSTOMER_MANAGED' | 'AWS_MANAGED';
      status?: 'PUBLISHED' | 'SAVED';
      description?: string;
    } = {},
  ): ViewRecord {
    this.#ensureUnique(this.views, name, 'view');
    const type = options.type ?? 'CUSTOMER_MANAGED';
    const id = this.#uuid(`view/${name}`);
    const arn =
      type === 'AWS_MANAGED'
        ? `arn:aws:connect:${this.region}:aws:view/${name}`
        : `${this.arn}/view/${id}`;
    return push(this.views, {
      id,
      arn,
      name,
      type,
      status: options.status ?? 'PUBLISHED',
      description: options.description,
    });
  }

  /**
   * Seeds a task template (ARN under `task/template/`).
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * const instance = (await startConnectEmulator()).addInstance();
   * instance.addTaskTemplate('Call back', { status: 'INACTIVE' }).arn.includes('/task/template/'); // true
   * ```
   */
  addTaskTemplate(
    name: string,
    options: { status?: 'ACTIVE' | 'INACTIVE'; description?: string } = {},
  ): TaskTemplateRecord {
    this.#ensureUnique(this.taskTemplates, name, 'task template');
    return push(this.taskTemplates, {
      ...this.#summary('task/template', name),
      status: options.status ?? 'ACTIVE',
      description: options.description,
    });
  }

  /**
   * Seeds an existing flow, as if made in the console: its content is stored as given, unchecked.
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * const instance = (await startConnectEmulator()).addInstance();
   * instance.addFlow({ name: 'Default agent hold', type: 'AGENT_HOLD' }).arn.includes('/contact-flow/');
   * ```
   */
  addFlow(seed: FlowSeed): FlowRecord {
    if (this.flowNamed(seed.name) !== undefined)
      throw new Error(`A flow named ${seed.name} already exists in the instance.`);
    const content = asText(seed.content ?? defaultFlowContent);
    const status = seed.status ?? 'PUBLISHED';
    const flow = this.createFlow({
      name: seed.name,
      type: seed.type ?? 'CONTACT_FLOW',
      content,
      status,
      description: seed.description,
      tags: seed.tags ?? {},
    });
    if (seed.state !== undefined) this.updateFlowMetadata(flow.id, { state: seed.state });
    return this.flow(flow.id) as FlowRecord;
  }

  /**
   * Seeds an existing module, stored as given, unchecked.
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * const instance = (await startConnectEmulator()).addInstance();
   * instance.addModule({ name: 'Payments', settings: { InputParameters: [] } }).arn;
   * ```
   */
  addModule(seed: ModuleSeed): ModuleRecord {
    if (this.moduleNamed(seed.name) !== undefined)
      throw new Error(`A module named ${seed.name} already exists in the instance.`);
    const module = this.createModule({
      name: seed.name,
      content: asText(seed.content ?? defaultModuleContent),
      settings: seed.settings === undefined ? undefined : asText(seed.settings),
      description: seed.description,
      externalInvocationEnabled: undefined,
      tags: seed.tags ?? {},
    });
    const stored = this.#modules.get(module.id) as MutableModule;
    stored.status = seed.status ?? 'PUBLISHED';
    stored.state = seed.state ?? 'ACTIVE';
    return { ...stored };
  }

  /**
   * The flows as stored, in creation order (copies: changing them changes nothing).
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * (await startConnectEmulator()).addInstance().flows(); // []
   * ```
   */
  flows(): FlowRecord[] {
    return [...this.#flows.values()].map((flow) => ({ ...flow }));
  }

  /**
   * The modules as stored, in creation order (copies).
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * (await startConnectEmulator()).addInstance().modules(); // []
   * ```
   */
  modules(): ModuleRecord[] {
    return [...this.#modules.values()].map((module) => ({ ...module }));
  }

  /**
   * A flow by id, ARN or name, or `undefined`.
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * const instance = (await startConnectEmulator()).addInstance();
   * instance.addFlow({ name: 'Main' });
   * instance.flow('Main')?.status; // 'PUBLISHED'
   * ```
   */
  flow(reference: string): FlowRecord | undefined {
    const flow = this.#findFlow(reference) ?? this.flowNamed(reference);
    return flow === undefined ? undefined : { ...flow };
  }

  /**
   * A module by id, ARN or name, or `undefined`.
   * @example
   * ```ts
   * import { startConnectEmulator } from './index.js';
   * (await startConnectEmulator()).addInstance().module('Payments'); // undefined
   * ```
   */
  module(reference: string): ModuleRecord | undefined {
    const module = this.#findModule(reference) ?? this.moduleNamed(reference);
    return module === undefined ? undefined : { ...module };
  }

  /** @internal The flow with this exact name. */
  flowNamed(name: string): FlowRecord | undefined {
    return [...this.#flows.values()].find((flow) => flow.name === name);
  }

  /** @internal The module with this exact name. */
  moduleNamed(name: string): ModuleRecord | undefined {
    return [...this.#modules.values()].find((module) => module.name === name);
  }

  /** @internal A flow by id or ARN (no qualifier). */
  findFlow(reference: string): FlowRecord | undefined {
    return this.#findFlow(reference);
  }

  /** @internal A module by id or ARN (no qualifier). */
  findModule(reference: string): ModuleRecord | undefined {
    return this.#findModule(reference);
  }

  /** @internal Stores a new flow; the caller has checked name and content. */
  createFlow(input: {
    name: string;
    type: FlowType;
    content: string;
    status: 'PUBLISHED' | 'SAVED';
    description: string | undefined;
    tags: Readonly<Record<string, string>>;
  }): FlowRecord {
    const id = this.#uuid(`contact-flow/${input.name}`);
    const published = input.status === 'PUBLISHED';
    const flow: MutableFlow = {
      id,
      arn: `${this.arn}/contact-flow/${id}`,
      name: input.name,
      type: input.type,
      description: input.description,
      state: 'ACTIVE',
      status: input.status,
      content: input.content,
      publishedContent: published ? input.content : undefined,
      savedContent: published ? undefined : input.content,
      tags: { ...input.tags },
      lastModifiedTime: this.#environment.now(),
    };
    this.#flows.set(id, flow);
    return { ...flow };
  }

  /** @internal Replaces a flow's content: published, or saved as a draft. */
  updateFlowContent(id: string, content: string, status: 'PUBLISHED' | 'SAVED'): void {
    const flow = this.#flows.get(id) as MutableFlow;
    if (status === 'PUBLISHED') {
      flow.publishedContent = content;
      flow.savedContent = undefined;
    } else {
      flow.savedContent = content;
    }
    flow.status = status;
    flow.content = content;
    flow.lastModifiedTime = this.#environment.now();
  }

  /** @internal Changes a flow's name, description or state. */
  updateFlowMetadata(
    id: string,
    change: { name?: string; description?: string; state?: 'ACTIVE' | 'ARCHIVED' },
  ): void {
    const flow = this.#flows.get(id) as MutableFlow;
    if (change.name !== undefined) flow.name = change.name;
    if (change.description !== undefined) flow.description = change.description;
    if (change.state !== undefined) flow.state = change.state;
    flow.lastModifiedTime = this.#environment.now();
  }

  /** @internal Removes a flow; its name is free again, its id is never handed out again. */
  deleteFlow(id: string): void {
    this.#flows.delete(id);
  }

  /** @internal Stores a new module; the caller has checked name, content and settings. */
  createModule(input: {
    name: string;
    content: string;
    settings: string | undefined;
    description: string | undefined;
    externalInvocationEnabled: boolean | undefined;
    tags: Readonly<Record<string, string>>;
  }): ModuleRecord {
    const id = this.#uuid(`flow-module/${input.name}`);
    const module: MutableModule = {
      id,
      arn: `${this.arn}/flow-module/${id}`,
      name: input.name,
      description: input.description,
      state: 'ACTIVE',
      status: 'PUBLISHED',
      content: input.content,
      settings: input.settings,
      externalInvocationEnabled: input.externalInvocationEnabled,
      tags: { ...input.tags },
      lastModifiedTime: this.#environment.now(),
    };
    this.#modules.set(id, module);
    return { ...module };
  }

  /** @internal Replaces a module's content, and its settings when given; publishes it. */
  updateModuleContent(id: string, content: string, settings: string | undefined): void {
    const module = this.#modules.get(id) as MutableModule;
    module.content = content;
    if (settings !== undefined) module.settings = settings;
    module.status = 'PUBLISHED';
    module.lastModifiedTime = this.#environment.now();
  }

  /** @internal Removes a module, as `deleteFlow` removes a flow. */
  deleteModule(id: string): void {
    this.#modules.delete(id);
  }

  #findFlow(reference: string): MutableFlow | undefined {
    return this.#flows.get(reference) ?? [...this.#flows.values()].find((f) => f.arn === reference);
  }

  #findModule(reference: string): MutableModule | undefined {
    return (
      this.#modules.get(reference) ?? [...this.#modules.values()].find((m) => m.arn === reference)
    );
  }

  #uuid(seed: string): string {
    return this.#environment.ids.uuid(`${this.id}/${seed}`);
  }

  #summary(resource: string, name: string): ResourceSummary {
    const id = this.#uuid(`${resource}/${name}`);
    return { id, arn: `${this.arn}/${resource}/${id}`, name };
  }

  #ensureUnique(records: readonly ResourceSummary[], name: string, what: string): void {
    if (records.some((record) => record.name === name))
      throw new Error(`A ${what} named ${name} already exists in the instance.`);
  }
}

function push<T>(records: T[], record: T): T {
  records.push(record);
  return record;
}

function asText(value: string | object): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
