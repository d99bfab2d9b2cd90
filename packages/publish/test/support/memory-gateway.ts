import type { ResourceKind } from '@contactflow/dsl';
import {
  ConnectServiceError,
  type ConnectGateway,
  type LiveContent,
  type LiveFlowSummary,
  type LiveResource,
} from '../../src/index.js';

interface Stored {
  kind: 'flow' | 'module';
  summary: LiveFlowSummary;
  content: string;
  settings?: string | undefined;
}

/**
 * Flows and modules in memory behind the gateway interface, for tests of the orchestration that
 * need to refuse particular writes (`refuse`) or lack an operation the emulator lacks too.
 */
export class MemoryGateway implements ConnectGateway {
  readonly instanceId = 'memory-instance';
  readonly items = new Map<string, Stored>();
  readonly resources: LiveResource[] = [];
  readonly log: string[] = [];
  /** Returns an error for a write, by operation and name, or nothing to let it through. */
  refuse: (operation: string, name: string) => ConnectServiceError | undefined = () => undefined;
  #next = 0;

  async region(): Promise<string> {
    return 'us-east-1';
  }

  async listFlows() {
    return [...this.items.values()].filter((i) => i.kind === 'flow').map((i) => i.summary);
  }

  async listModules() {
    return [...this.items.values()].filter((i) => i.kind === 'module').map((i) => i.summary);
  }

  async listResources(kind: ResourceKind) {
    return this.resources.filter((r) => r.kind === kind);
  }

  async describeFlow(id: string): Promise<LiveContent> {
    return this.#describe(id);
  }

  async describeModule(id: string): Promise<LiveContent> {
    return this.#describe(id);
  }

  async createFlow(flow: { name: string; type: LiveFlowSummary['type']; content: string }) {
    return this.#create('flow', flow.name, flow.type, flow.content, undefined);
  }

  async createModule(module: { name: string; content: string; settings?: string | undefined }) {
    return this.#create('module', module.name, 'CONTACT_FLOW', module.content, module.settings);
  }

  async updateFlowContent(id: string, content: string) {
    this.#write('update', id);
    this.items.get(id)!.content = content;
  }

  async updateModuleContent(id: string, content: string, settings: string | undefined) {
    this.#write('update', id);
    const item = this.items.get(id)!;
    item.content = content;
    if (settings !== undefined) item.settings = settings;
  }

  async deleteFlow(id: string) {
    this.#write('delete', id);
    this.items.delete(id);
  }

  async deleteModule(id: string) {
    this.#write('delete', id);
    this.items.delete(id);
  }

  /** Seeds a flow as if it had been made in the console. */
  seedFlow(name: string, content: string): LiveFlowSummary {
    const id = `id-${name}`;
    const summary = { id, arn: `arn:flow/${name}`, name, type: 'CONTACT_FLOW' as const };
    this.items.set(id, { kind: 'flow', summary, content });
    return summary;
  }

  contentOf(name: string): string | undefined {
    return [...this.items.values()].find((i) => i.summary.name === name)?.content;
  }

  #describe(id: string): LiveContent {
    const item = this.items.get(id);
    if (item === undefined) throw new ConnectServiceError('ResourceNotFoundException', id);
    return { ...item.summary, content: item.content, settings: item.settings };
  }

  #create(
    kind: 'flow' | 'module',
    name: string,
    type: LiveFlowSummary['type'],
    content: string,
    settings: string | undefined,
  ) {
    const refusal = this.refuse('create', name);
    this.log.push(`create ${name}${refusal ? ' (refused)' : ''}`);
    if (refusal) throw refusal;
    const id = `id-${name}-${this.#next++}`;
    const summary = { id, arn: `arn:${kind}/${name}`, name, type };
    this.items.set(id, { kind, summary, content, settings });
    return { id, arn: summary.arn };
  }

  #write(operation: string, id: string) {
    const name = this.items.get(id)?.summary.name ?? id;
    const refusal = this.refuse(operation, name);
    this.log.push(`${operation} ${name}${refusal ? ' (refused)' : ''}`);
    if (refusal) throw refusal;
  }
}
