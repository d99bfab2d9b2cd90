import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { diffFlows, type FlowDiff } from '@contactflow/compiler';
import {
  BackupError,
  readBackupManifest,
  type BackupEntry,
  type CreatedEntry,
} from './backup-manifest.js';
import { comparableContent } from './comparable-content.js';
import { BackupRun } from './backup-run.js';
import { errorMessage, type ConnectGateway, type PublishStatus } from './gateway.js';
import { gatewayOf } from './instance-target.js';
import type { ConnectTarget } from './connect-gateway.js';
import { sameJsonContent } from './same-content.js';

/** Options of {@link restore}. */
export interface RestoreOptions {
  /** The backup folder of a run: the one with `manifest.json`. */
  readonly backup: string;
  /**
   * The instance to write to: a gateway, or a client or region for the instance of the manifest.
   * Without it, the SDK's client for the manifest's instance and region.
   */
  readonly target?:
    { readonly gateway: ConnectGateway } | Omit<ConnectTarget, 'instanceId'> | undefined;
  /**
   * Where restore saves the content it overwrites, in a run folder of its own; the folder that
   * holds `backup` when left out.
   */
  readonly backupDirectory?: string | undefined;
  /** `PUBLISHED` (the default) or `SAVED`, for flows. */
  readonly status?: PublishStatus | undefined;
  /** Compare the saved content with what is live, and write nothing. */
  readonly dryRun?: boolean | undefined;
}

/** What became of one saved flow or module. */
export interface RestoredEntry {
  readonly entry: BackupEntry;
  /**
   * `restored`, `unchanged` (the live content is the saved one), `planned` (a dry run would
   * restore it), or `failed`.
   */
  readonly outcome: 'restored' | 'unchanged' | 'planned' | 'failed';
  readonly reason?: string | undefined;
  /** The live content against the saved content, when they differ. */
  readonly diff?: FlowDiff | undefined;
}

/** What {@link restore} returns. */
export interface RestoreResult {
  readonly ok: boolean;
  readonly instanceId: string;
  readonly entries: readonly RestoredEntry[];
  /** Where the content restore overwrote was saved, when it overwrote any. */
  readonly backupDirectory?: string | undefined;
  /** The flows and modules the publish run created, which restoring leaves in place. */
  readonly created: readonly CreatedEntry[];
}

/**
 * Puts back the content a publish run saved: for each flow and module of the backup's manifest,
 * writes the saved content (and a module's settings) over the live one, through the gateway. The
 * live content it replaces is saved first in a new backup run, so that a restore can be undone the
 * same way. Flows and modules the run created are left in place (and listed in `created`). One
 * entry's failure does not stop the others. A dry run describes each and compares, writing nothing.
 *
 * Throws a `BackupError` (one line) when the folder holds no readable manifest, or the target is
 * another instance than the manifest's.
 *
 * @example
 * ```ts
 * import { restore } from '@contactflow/publish';
 * const result = await restore({ backup: '.contactflow/backups/2025-01-31T09-30-00.000Z' });
 * result.entries.filter((e) => e.outcome === 'failed').length; // 0
 * ```
 */
export async function restore(options: RestoreOptions): Promise<RestoreResult> {
  const manifest = readBackupManifest(options.backup);
  const target = options.target ?? {};
  const gateway =
    'gateway' in target
      ? target.gateway
      : gatewayOf({
          ...target,
          instanceId: manifest.instanceId,
          ...(target.region === undefined &&
            manifest.region !== null && { region: manifest.region }),
        });
  if (gateway.instanceId !== manifest.instanceId) {
    throw new BackupError(
      `${options.backup}: saved from instance ${manifest.instanceId}, not ${gateway.instanceId}`,
    );
  }
  const status = options.status ?? 'PUBLISHED';
  const safety = new BackupRun(options.backupDirectory ?? dirname(options.backup), {
    instanceId: manifest.instanceId,
    region: manifest.region ?? undefined,
    startedAt: new Date(),
  });
  const entries: RestoredEntry[] = [];
  for (const entry of manifest.entries) {
    try {
      const content = readFileSync(join(options.backup, entry.contentFile), 'utf8');
      const settings =
        entry.settingsFile === undefined
          ? undefined
          : readFileSync(join(options.backup, entry.settingsFile), 'utf8');
      const module = entry.kind === 'module';
      const live = module
        ? await gateway.describeModule(entry.id)
        : await gateway.describeFlow(entry.id);
      if (
        sameJsonContent(live.content, content) &&
        (settings === undefined || sameJsonContent(live.settings, settings))
      ) {
        entries.push({ entry, outcome: 'unchanged' });
        continue;
      }
      const diff = diffFlows(
        comparableContent(live.content, settings === undefined ? undefined : live.settings),
        comparableContent(content, settings),
      );
      if (options.dryRun === true) {
        entries.push({ entry, outcome: 'planned', diff });
        continue;
      }
      safety.save({
        kind: entry.kind,
        id: entry.id,
        arn: entry.arn,
        name: live.name || entry.name,
        type: entry.type,
        content: live.content,
        settings: live.settings,
      });
      if (module) await gateway.updateModuleContent(entry.id, content, settings);
      else await gateway.updateFlowContent(entry.id, content, status);
      entries.push({ entry, outcome: 'restored', diff });
    } catch (error) {
      entries.push({ entry, outcome: 'failed', reason: errorMessage(error) });
    }
  }
  return {
    ok: entries.every((e) => e.outcome !== 'failed'),
    instanceId: manifest.instanceId,
    entries,
    backupDirectory: safety.directory,
    created: manifest.created.filter((created) => created.deleted !== true),
  };
}
