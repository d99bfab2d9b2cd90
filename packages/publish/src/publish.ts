import { resolve } from 'node:path';
import { diffFlows } from '@contactflow/compiler';
import type { Environment, ResourceKind } from '@contactflow/dsl';
import type { Diagnostic } from '@contactflow/validator';
import { applyPlan } from './apply-plan.js';
import { comparableContent } from './comparable-content.js';
import { BackupRun, type SavedContent } from './backup-run.js';
import {
  errorMessage,
  type LiveContent,
  type LiveFlowSummary,
  type LiveModuleSummary,
  type LiveResource,
  type PublishStatus,
} from './gateway.js';
import { gatewayOf, type InstanceTarget } from './instance-target.js';
import { environmentFromResources, listLiveResources } from './live-environment.js';
import { planPublish, type PlannedUnit } from './plan-publish.js';
import { isModuleUnit, unitLabel, type PublishUnit } from './publish-unit.js';
import type { PublishProgress, PublishResult, UnitResult } from './publish-result.js';
import { describeUnresolved, kindsToList, resolveReferences } from './resolve-references.js';
import { validateUnit } from './validate-unit.js';

/** Options of {@link publish}, beside the instance (see `InstanceTarget`). */
export interface PublishSettings {
  /** The flows and modules to publish. */
  readonly units: readonly PublishUnit[];
  /** Names from an environment file; they win over what the instance lists. */
  readonly environment?: Environment | undefined;
  /** `PUBLISHED` (the default) or `SAVED`. */
  readonly status?: PublishStatus | undefined;
  /** Plan and compare with what is live, and write nothing. */
  readonly dryRun?: boolean | undefined;
  /** Where run folders of saved content go; `.contactflow/backups` in the working directory. */
  readonly backupDirectory?: string | undefined;
  /**
   * Checks a unit before anything is sent; errors refuse the run. `validateUnit` (the validator's
   * checks, with the unit's flow type and channels) when left out.
   */
  readonly validate?: ((unit: PublishUnit) => readonly Diagnostic[]) | undefined;
  /** Called as the run goes, for progress displays. */
  readonly onProgress?: ((event: PublishProgress) => void) | undefined;
}

/** Options of {@link publish}. */
export type PublishOptions = InstanceTarget & PublishSettings;

function baseResult(unit: PublishUnit, diagnostics: readonly Diagnostic[] = []) {
  return {
    name: unit.name,
    flowType: unit.flowType,
    ...(unit.file !== undefined && { file: unit.file }),
    diagnostics,
  };
}

/** What is saved of a unit's live flow or module before it is overwritten. */
function savedContentOf(planned: PlannedUnit, live: LiveContent): SavedContent {
  return {
    kind: isModuleUnit(planned.unit) ? 'module' : 'flow',
    id: live.id,
    arn: live.arn,
    name: live.name || planned.unit.name,
    type: planned.unit.flowType,
    content: live.content,
    settings: live.settings,
    sourceFile: planned.unit.file,
  };
}

/**
 * Publishes flows and modules to an Amazon Connect instance:
 *
 * 1. validates every unit, and refuses the run when one has errors;
 * 2. resolves each `{{kind:name}}` reference from the environment file, else from the instance's
 *    lists (only the kinds needed; see `resourceNaming` for the names), and refuses the run,
 *    listing each, when some are not found; references to units of the run resolve to them;
 * 3. plans (see `planPublish`): create, update or unchanged, in the order references require;
 * 4. in a dry run, returns the plan with a semantic diff of each existing unit against what is
 *    live; otherwise saves the live content of every unit it will update in a backup folder
 *    (see `BackupRun`, `restore`) and writes (see `applyPlan`).
 *
 * One unit's failure never throws: it is reported in the unit's result, and the run goes on with
 * the units that do not need it. The result says per unit what happened, and `ok` whether all went
 * well.
 *
 * @example
 * ```ts
 * import { flow, disconnect } from '@contactflow/dsl';
 * import { publish, unitFromFlow } from '@contactflow/publish';
 * const main = flow('Main IVR', { start: disconnect() });
 * const result = await publish({
 *   instanceId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
 *   region: 'us-east-1',
 *   units: [unitFromFlow(main)],
 *   dryRun: true,
 * });
 * result.units[0]?.action; // 'create', 'update' or 'unchanged'
 * ```
 */
export async function publish(options: PublishOptions): Promise<PublishResult> {
  const gateway = gatewayOf(options);
  const { units } = options;
  const instanceId = gateway.instanceId;
  const progress = options.onProgress;
  const fileEnvironment = options.environment ?? {};
  const status = options.status ?? 'PUBLISHED';

  progress?.({ phase: 'validating' });
  const validate = options.validate ?? validateUnit;
  const diagnostics = new Map(
    units.map((unit) => [unit, [...(unit.diagnostics ?? []), ...validate(unit)]]),
  );
  const invalid = units.filter((unit) =>
    diagnostics.get(unit)!.some((d) => d.severity === 'error'),
  );
  if (invalid.length > 0) {
    return {
      outcome: 'refused',
      ok: false,
      instanceId,
      units: units.map((unit): UnitResult => {
        const found = diagnostics.get(unit)!;
        return invalid.includes(unit)
          ? { ...baseResult(unit, found), outcome: 'invalid', reason: 'it has errors' }
          : {
              ...baseResult(unit, found),
              outcome: 'skipped',
              reason: 'not published: other units have errors',
            };
      }),
      unresolved: [],
      problems: invalid.map((unit) => {
        const count = diagnostics.get(unit)!.filter((d) => d.severity === 'error').length;
        return `${unitLabel(unit)}: ${count} ${count === 1 ? 'error' : 'errors'}; nothing was published`;
      }),
    };
  }

  const stopped = (problem: string): PublishResult => ({
    outcome: 'failed',
    ok: false,
    instanceId,
    units: units.map((unit) => ({
      ...baseResult(unit, diagnostics.get(unit)),
      outcome: 'skipped',
      reason: 'not published: the run stopped before writing',
    })),
    unresolved: [],
    problems: [problem],
  });

  progress?.({ phase: 'reading' });
  let live: { flows: LiveFlowSummary[]; modules: LiveModuleSummary[] };
  try {
    live = { flows: await gateway.listFlows(), modules: await gateway.listModules() };
  } catch (error) {
    return stopped(
      `cannot list the flows and modules of instance ${instanceId}: ${errorMessage(error)}`,
    );
  }

  progress?.({ phase: 'resolving' });
  const kinds = [...kindsToList(units, fileEnvironment)].filter(
    (kind): kind is ResourceKind => kind !== 'flow' && kind !== 'flowModule',
  );
  let listed: LiveResource[];
  try {
    listed = await listLiveResources(gateway, kinds);
  } catch (error) {
    return stopped(`cannot list the resources of instance ${instanceId}: ${errorMessage(error)}`);
  }
  const active = <T extends { state?: string | undefined }>(items: readonly T[]) =>
    items.filter((item) => item.state !== 'ARCHIVED');
  const resources: LiveResource[] = [
    ...listed,
    ...active(live.flows).map((f) => ({
      kind: 'flow' as const,
      name: f.name,
      arn: f.arn,
      id: f.id,
    })),
    ...active(live.modules).map((m) => ({
      kind: 'flowModule' as const,
      name: m.name,
      arn: m.arn,
      id: m.id,
    })),
  ];
  const resolved = resolveReferences(units, fileEnvironment, environmentFromResources(resources));
  if (resolved.unresolved.length > 0) {
    const unresolvedUnits = new Set(resolved.unresolved.flatMap((r) => r.usedBy));
    return {
      outcome: 'refused',
      ok: false,
      instanceId,
      units: units.map((unit) => ({
        ...baseResult(unit, diagnostics.get(unit)),
        outcome: 'skipped',
        reason: unresolvedUnits.has(unitLabel(unit))
          ? 'not published: it has unresolved references'
          : 'not published: other units have unresolved references',
      })),
      unresolved: resolved.unresolved,
      problems: resolved.unresolved.map(describeUnresolved),
    };
  }

  const contents = new Map<string, LiveContent>();
  try {
    for (const unit of units) {
      const candidates = isModuleUnit(unit)
        ? live.modules.filter((m) => m.name === unit.name)
        : live.flows.filter((f) => f.name === unit.name);
      for (const candidate of candidates) {
        if (contents.has(candidate.arn)) continue;
        progress?.({ phase: 'reading', unit: unit.name });
        const described = isModuleUnit(unit)
          ? await gateway.describeModule(candidate.id)
          : await gateway.describeFlow(candidate.id);
        contents.set(candidate.arn, { ...described, arn: described.arn || candidate.arn });
      }
    }
  } catch (error) {
    return stopped(
      `cannot read the live content of instance ${instanceId}: ${errorMessage(error)}`,
    );
  }

  const plan = planPublish({
    units,
    flows: live.flows,
    modules: live.modules,
    contents,
    environment: resolved.environment,
  });
  const resultOf = (planned: PlannedUnit) => ({
    ...baseResult(planned.unit, diagnostics.get(planned.unit)),
    action: planned.action,
    ...(planned.stub && { stub: true }),
    ...(planned.live !== undefined && { id: planned.live.id, arn: planned.live.arn }),
  });
  if (plan.problems.length > 0) {
    const conflicting = new Set(plan.problems.map((p) => p.key));
    return {
      outcome: 'refused',
      ok: false,
      instanceId,
      units: plan.units.map((planned) => ({
        ...resultOf(planned),
        outcome: conflicting.has(planned.key) ? 'invalid' : 'skipped',
        reason: conflicting.has(planned.key)
          ? plan.problems.find((p) => p.key === planned.key)!.message
          : 'not published: other units conflict',
      })),
      unresolved: [],
      problems: plan.problems.map((p) => p.message),
      plan,
    };
  }

  if (options.dryRun === true) {
    return {
      outcome: 'dry-run',
      ok: true,
      instanceId,
      units: plan.units.map((planned) => {
        const current = planned.live === undefined ? undefined : contents.get(planned.live.arn);
        return {
          ...resultOf(planned),
          outcome: 'planned',
          ...(current !== undefined && {
            diff: diffFlows(
              comparableContent(current.content, planned.settingsPreview && current.settings),
              comparableContent(planned.preview, planned.settingsPreview),
            ),
          }),
        };
      }),
      unresolved: [],
      problems: [],
      plan,
    };
  }

  progress?.({ phase: 'backing-up' });
  const backup = new BackupRun(options.backupDirectory ?? resolve('.contactflow', 'backups'), {
    instanceId,
    region: await gateway.region(),
    startedAt: new Date(),
  });
  try {
    for (const planned of plan.units) {
      if (planned.action !== 'update' || planned.live === undefined) continue;
      backup.save(savedContentOf(planned, contents.get(planned.live.arn)!));
    }
  } catch (error) {
    return {
      ...stopped(`cannot save the live content before writing: ${errorMessage(error)}`),
      outcome: 'refused',
      backupDirectory: backup.directory,
    };
  }

  const applied = await applyPlan(plan, {
    gateway,
    environment: resolved.environment,
    status,
    backup,
    onProgress: progress,
  });
  const results = plan.units.map((planned): UnitResult => {
    const outcome = applied.get(planned.key)!;
    return {
      ...resultOf(planned),
      ...outcome,
      diagnostics: [...(diagnostics.get(planned.unit) ?? []), ...outcome.diagnostics],
    };
  });
  const ok = results.every((r) => ['created', 'updated', 'unchanged'].includes(r.outcome));
  return {
    outcome: ok ? 'published' : 'failed',
    ok,
    instanceId,
    units: results,
    unresolved: [],
    problems: [],
    backupDirectory: backup.directory,
    plan,
  };
}
