import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The name of the manifest file in a backup folder. */
export const manifestFileName = 'manifest.json';

/** The value of `format` in a manifest this version writes and reads. */
export const backupFormat = 'contactflow-backup/1';

/** A flow or module whose content a run saved before overwriting it. */
export interface BackupEntry {
  readonly kind: 'flow' | 'module';
  readonly id: string;
  readonly arn: string;
  readonly name: string;
  /** The flow type; `FLOW_MODULE` for a module. */
  readonly type: string;
  /** The saved content, relative to the backup folder. */
  readonly contentFile: string;
  /** A module's saved settings, relative to the backup folder, when it had some. */
  readonly settingsFile?: string;
  /** The file whose content replaced it. */
  readonly sourceFile?: string;
}

/** A flow or module a run created; restoring leaves it in place. */
export interface CreatedEntry {
  readonly kind: 'flow' | 'module';
  readonly id: string;
  readonly arn: string;
  readonly name: string;
  readonly type: string;
  /** Whether the run deleted it again, undoing a group that failed. */
  readonly deleted?: boolean;
}

/** `manifest.json` of a backup folder. */
export interface BackupManifest {
  readonly format: typeof backupFormat;
  readonly instanceId: string;
  readonly region: string | null;
  /** When the run started, ISO 8601 UTC. */
  readonly createdAt: string;
  /** What the run saved, in the order it saved it. */
  readonly entries: readonly BackupEntry[];
  readonly created: readonly CreatedEntry[];
}

/**
 * The backup folder cannot be read: no manifest, not JSON, or not a manifest this version
 * understands. The message is one line naming the folder.
 */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEntry(value: unknown): value is BackupEntry {
  return (
    isObject(value) &&
    (value.kind === 'flow' || value.kind === 'module') &&
    ['id', 'arn', 'name', 'type', 'contentFile'].every((key) => typeof value[key] === 'string') &&
    (value.settingsFile === undefined || typeof value.settingsFile === 'string')
  );
}

/**
 * Reads and checks the manifest of a backup folder. Throws a {@link BackupError} with one line when
 * it is missing or malformed.
 *
 * @example
 * ```ts
 * import { readBackupManifest } from '@contactflow/publish';
 * const manifest = readBackupManifest('.contactflow/backups/2025-01-31T09-30-00.000Z');
 * manifest.entries.length;
 * ```
 */
export function readBackupManifest(directory: string): BackupManifest {
  const path = join(directory, manifestFileName);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new BackupError(`${directory}: not a backup folder (no ${manifestFileName})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BackupError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  if (
    !isObject(value) ||
    value.format !== backupFormat ||
    typeof value.instanceId !== 'string' ||
    !Array.isArray(value.entries) ||
    !value.entries.every(isEntry)
  ) {
    throw new BackupError(`${path}: not a ${backupFormat} manifest`);
  }
  return {
    format: backupFormat,
    instanceId: value.instanceId,
    region: typeof value.region === 'string' ? value.region : null,
    createdAt: typeof value.createdAt === 'string' ? value.createdAt : '',
    entries: value.entries,
    created: Array.isArray(value.created) ? (value.created as CreatedEntry[]) : [],
  };
}
