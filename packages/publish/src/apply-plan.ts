import type { Environment, ResourceReference } from '@contactflow/dsl';
import type { Diagnostic } from '@contactflow/validator';
import type { BackupRun } from './backup-run.js';
import {
  errorMessage,
  isServiceError,
  type ConnectGateway,
  type CreatedResource,
  type PublishStatus,
} from './gateway.js';
import { environmentLookup, fillPlaceholders } from './placeholders.js';
import type { PlanGroup, PlanStep, PlannedUnit, PublishPlan } from './plan-publish.js';
import { isModuleUnit, type PublishUnit } from './publish-unit.js';
import type { PublishProgress, UnitOutcome } from './publish-result.js';
import { diagnosticsFromProblems } from './service-problems.js';
import { stubContent } from './stub-content.js';

/** What became of one unit when a plan was applied. */
export interface AppliedUnit {
  readonly outcome: UnitOutcome;
  readonly id?: string | undefined;
  readonly arn?: string | undefined;
  readonly reason?: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/** What {@link applyPlan} works with. */
export interface ApplyContext {
  readonly gateway: ConnectGateway;
  /** Values of the references that are not to units of the run. */
  readonly environment: Environment;
  readonly status: PublishStatus;
  /** Where the current content of every unit to update was saved before the first write. */
  readonly backup: BackupRun;
  readonly onProgress?: ((event: PublishProgress) => void) | undefined;
}

/** A write that took effect, and how to take it back. */
interface DoneWrite {
  readonly key: string;
  readonly created: boolean;
}

class StepFailure extends Error {
  constructor(
    readonly key: string,
    message: string,
    readonly diagnostics: readonly Diagnostic[],
  ) {
    super(message);
  }
}

/**
 * Writes a plan to the instance, group by group, and says what became of each unit. It never
 * throws for a unit: a refused write fails its unit (with the service's problems as diagnostics),
 * and a unit that refers to one that could not be created is skipped.
 *
 * "No flow is left with partial content": each write replaces a whole content, and a cyclic group
 * (units that refer to each other, some created with placeholder content first) is all or nothing:
 * when one of its writes fails, the flows it created are deleted again and those it updated get
 * their saved content back, and every unit of the group is reported failed. Should undoing fail
 * too, the unit's reason says what is left and the backup folder holds the saved content.
 *
 * @example
 * ```ts
 * import { applyPlan, BackupRun, createConnectGateway, planPublish } from '@contactflow/publish';
 * const gateway = createConnectGateway({ instanceId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' });
 * const plan = planPublish({ units: [], flows: [], modules: [], contents: new Map(), environment: {} });
 * const backup = new BackupRun('.contactflow/backups', { instanceId: gateway.instanceId, region: undefined, startedAt: new Date() });
 * const applied = await applyPlan(plan, { gateway, environment: {}, status: 'PUBLISHED', backup });
 * ```
 */
export async function applyPlan(
  plan: PublishPlan,
  context: ApplyContext,
): Promise<Map<string, AppliedUnit>> {
  const { gateway, backup } = context;
  const byKey = new Map(plan.units.map((planned) => [planned.key, planned]));
  const targets = new Map<string, CreatedResource>();
  for (const planned of plan.units) {
    if (planned.live !== undefined) {
      targets.set(planned.key, { id: planned.live.id, arn: planned.live.arn });
    }
  }
  /** Units that were to be created and do not exist after all. */
  const missing = new Set<string>();
  const results = new Map<string, AppliedUnit>();
  const total = plan.groups.reduce((sum, group) => sum + group.steps.length, 0);
  let done = 0;

  const fromEnvironment = environmentLookup(context.environment);
  const lookup = (reference: ResourceReference): string | undefined => {
    const key =
      reference.kind === 'flow'
        ? `flow:${reference.name}`
        : reference.kind === 'flowModule'
          ? `module:${reference.name}`
          : undefined;
    if (key !== undefined && byKey.has(key)) return targets.get(key)?.arn;
    return fromEnvironment(reference);
  };

  const filled = (unit: PublishUnit) => {
    const content = fillPlaceholders(unit.content, lookup);
    const settings =
      unit.settings === undefined ? undefined : fillPlaceholders(unit.settings, lookup);
    const left = [...content.unresolved, ...(settings?.unresolved ?? [])];
    if (left.length > 0) {
      // The plan orders writes so that this cannot happen; say so rather than write a placeholder.
      throw new Error(`no ARN yet for ${left.map((r) => r.toString()).join(', ')}`);
    }
    return { content: content.text, settings: settings?.text };
  };

  const recordCreated = (planned: PlannedUnit, created: CreatedResource) => {
    targets.set(planned.key, created);
    backup.recordCreated({
      kind: isModuleUnit(planned.unit) ? 'module' : 'flow',
      id: created.id,
      arn: created.arn,
      name: planned.unit.name,
      type: planned.unit.flowType,
    });
  };

  const runStep = async (step: PlanStep): Promise<void> => {
    const planned = byKey.get(step.key)!;
    const { unit } = planned;
    const module = isModuleUnit(unit);
    context.onProgress?.({
      phase: 'writing',
      unit: unit.name,
      operation: step.operation,
      done,
      total,
    });
    let sent = unit.content;
    try {
      if (step.operation === 'create-stub') {
        sent = stubContent(unit.flowType);
        const settings =
          unit.settings === undefined ? undefined : fillPlaceholders(unit.settings, lookup).text;
        const created = module
          ? await gateway.createModule({
              name: unit.name,
              content: sent,
              settings,
              description: unit.description,
            })
          : await gateway.createFlow({
              name: unit.name,
              type: unit.flowType as Exclude<typeof unit.flowType, 'FLOW_MODULE'>,
              content: sent,
              description: unit.description,
              status: context.status,
            });
        recordCreated(planned, created);
      } else if (step.operation === 'create') {
        const { content, settings } = filled(unit);
        sent = content;
        const created = module
          ? await gateway.createModule({
              name: unit.name,
              content,
              settings,
              description: unit.description,
            })
          : await gateway.createFlow({
              name: unit.name,
              type: unit.flowType as Exclude<typeof unit.flowType, 'FLOW_MODULE'>,
              content,
              description: unit.description,
              status: context.status,
            });
        recordCreated(planned, created);
      } else {
        const { content, settings } = filled(unit);
        sent = content;
        const { id } = targets.get(step.key)!;
        if (module) await gateway.updateModuleContent(id, content, settings);
        else await gateway.updateFlowContent(id, content, context.status);
      }
    } catch (error) {
      const diagnostics =
        isServiceError(error) && error.problems.length > 0
          ? diagnosticsFromProblems(error.problems, unit, sent)
          : [];
      throw new StepFailure(step.key, errorMessage(error), diagnostics);
    } finally {
      done++;
    }
  };

  /** Takes back a group's writes, newest first; returns, per unit, what could not be undone. */
  const undo = async (writes: readonly DoneWrite[]): Promise<Map<string, string>> => {
    const failures = new Map<string, string>();
    const seen = new Set<string>();
    for (const { key } of [...writes].reverse()) {
      if (seen.has(key)) continue;
      seen.add(key);
      // A unit created with placeholder content and then filled was created by the run all the same.
      const write = { key, created: writes.some((w) => w.key === key && w.created) };
      const planned = byKey.get(key)!;
      const module = isModuleUnit(planned.unit);
      const target = targets.get(write.key)!;
      context.onProgress?.({
        phase: 'undoing',
        unit: planned.unit.name,
        operation: write.created ? 'delete' : 'restore',
      });
      try {
        if (write.created) {
          if (module) await gateway.deleteModule(target.id);
          else await gateway.deleteFlow(target.id);
          backup.recordDeleted(target.id);
          targets.delete(write.key);
          missing.add(write.key);
        } else {
          const saved = backup.saved(target.id)!;
          if (module) await gateway.updateModuleContent(target.id, saved.content, saved.settings);
          else await gateway.updateFlowContent(target.id, saved.content, context.status);
        }
      } catch (error) {
        if (write.created) missing.add(write.key);
        failures.set(
          write.key,
          write.created
            ? `it was created by this run and could not be deleted again (${errorMessage(error)})`
            : `its saved content could not be written back (${errorMessage(error)}); it is in ${backup.directory}`,
        );
      }
    }
    return failures;
  };

  const finish = (planned: PlannedUnit, result: Omit<AppliedUnit, 'id' | 'arn'>) => {
    const target = targets.get(planned.key);
    results.set(planned.key, {
      ...result,
      ...(target !== undefined && { id: target.id, arn: target.arn }),
    });
  };

  for (const group of plan.groups) {
    const members = group.keys.map((key) => byKey.get(key)!);
    const blocker = blockingDependency(group, members, missing);
    if (blocker !== undefined) {
      for (const planned of members) {
        if (planned.action === 'create') missing.add(planned.key);
        finish(planned, {
          outcome: planned.action === 'unchanged' ? 'unchanged' : 'skipped',
          ...(planned.action !== 'unchanged' && {
            reason: `not written: it refers to ${describeKey(blocker)}, which could not be created`,
          }),
          diagnostics: [],
        });
      }
      done += group.steps.length;
      continue;
    }
    const writes: DoneWrite[] = [];
    let failure: StepFailure | undefined;
    for (const step of group.steps) {
      try {
        await runStep(step);
        writes.push({ key: step.key, created: step.operation.startsWith('create') });
      } catch (error) {
        failure = error as StepFailure;
        break;
      }
    }
    if (failure === undefined) {
      for (const planned of members) {
        finish(planned, {
          outcome:
            planned.action === 'create'
              ? 'created'
              : planned.action === 'update'
                ? 'updated'
                : 'unchanged',
          diagnostics: [],
        });
      }
      continue;
    }
    done += group.steps.length - writes.length - 1;
    const failed = failure;
    const undone = group.cyclic ? await undo(writes) : new Map<string, string>();
    for (const planned of members) {
      if (planned.action === 'create' && !targets.has(planned.key)) missing.add(planned.key);
      const problem = undone.get(planned.key);
      if (planned.key === failed.key) {
        finish(planned, {
          outcome: 'failed',
          reason:
            problem === undefined
              ? failed.message
              : `${failed.message.replace(/\.$/, '')}; ${problem}`,
          diagnostics: failed.diagnostics,
        });
      } else if (planned.action === 'unchanged') {
        finish(planned, { outcome: 'unchanged', diagnostics: [] });
      } else {
        const wrote = writes.some((write) => write.key === planned.key);
        const why = `as ${describeKey(failed.key)} failed in the same cycle of references`;
        finish(planned, {
          outcome: 'failed',
          reason:
            problem !== undefined
              ? `${wrote ? 'written' : 'not written'} ${why}, and ${problem}`
              : `${wrote ? 'undone' : 'not written'} ${why}`,
          diagnostics: [],
        });
      }
    }
  }
  return results;
}

function describeKey(key: string): string {
  const [kind, ...name] = key.split(':');
  return `${kind} "${name.join(':')}"`;
}

/** A unit outside the group that the group refers to and that does not exist. */
function blockingDependency(
  group: PlanGroup,
  members: readonly PlannedUnit[],
  missing: ReadonlySet<string>,
): string | undefined {
  for (const planned of members) {
    for (const dependency of planned.dependsOn) {
      if (!group.keys.includes(dependency) && missing.has(dependency)) return dependency;
    }
  }
  return undefined;
}
