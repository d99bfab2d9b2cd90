import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  backupFormat,
  manifestFileName,
  type BackupEntry,
  type BackupManifest,
  type CreatedEntry,
} from './backup-manifest.js';

/** What a run saves about a flow or module before overwriting it. */
export interface SavedContent {
  readonly kind: 'flow' | 'module';
  readonly id: string;
  readonly arn: string;
  readonly name: string;
  readonly type: string;
  readonly content: string;
  readonly settings?: string | undefined;
  readonly sourceFile?: string | undefined;
}

/**
 * The name of a run's backup folder: its start time in UTC, with `-` for `:` so that every file
 * system accepts it (`2025-01-31T09-30-00.000Z`), and in time order when sorted.
 *
 * @example
 * ```ts
 * import { backupFolderName } from '@contactflow/publish';
 * backupFolderName(new Date(Date.UTC(2025, 0, 31, 9, 30))); // '2025-01-31T09-30-00.000Z'
 * ```
 */
export function backupFolderName(startedAt: Date): string {
  return startedAt.toISOString().replace(/:/g, '-');
}

/** Lower-case letters, digits and `-`: a file name no system refuses or reserves. */
function slug(text: string, fallback: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60)
    .replace(/-+$/, '');
  return base === '' ? fallback : base;
}

/**
 * The backup folder of one publish or restore run, under a root directory: the folder is made on
 * the first save, each saved content goes to `flows/` or `modules/`, and `manifest.json` is
 * rewritten after every change, so that a run stopped half-way leaves a manifest of what it did.
 *
 * @example
 * ```ts
 * import { BackupRun } from '@contactflow/publish';
 * const run = new BackupRun('.contactflow/backups', { instanceId: 'i-1', region: 'us-east-1', startedAt: new Date() });
 * run.save({ kind: 'flow', id: 'f1', arn: 'arn:f1', name: 'Main IVR', type: 'CONTACT_FLOW', content: '{}' });
 * run.directory; // '.contactflow/backups/2025-...'
 * ```
 */
export class BackupRun {
  #directory: string | undefined;
  readonly #entries: BackupEntry[] = [];
  readonly #created: CreatedEntry[] = [];
  readonly #saved = new Map<string, SavedContent>();

  constructor(
    /** Where run folders go. */
    readonly root: string,
    readonly run: {
      readonly instanceId: string;
      readonly region: string | undefined;
      readonly startedAt: Date;
    },
  ) {}

  /** The run's folder, once something was saved. */
  get directory(): string | undefined {
    return this.#directory;
  }

  /** What was saved, in order. */
  get entries(): readonly BackupEntry[] {
    return this.#entries;
  }

  /** The content saved for a flow or module, by id. */
  saved(id: string): SavedContent | undefined {
    return this.#saved.get(id);
  }

  /** Saves a flow's or module's current content before it is overwritten. */
  save(content: SavedContent): BackupEntry {
    const directory = this.#ensureDirectory();
    const folder = content.kind === 'flow' ? 'flows' : 'modules';
    mkdirSync(join(directory, folder), { recursive: true });
    const base = `${folder}/${slug(content.name, content.kind)}.${slug(content.id, 'id')}`;
    writeFileSync(join(directory, `${base}.json`), content.content);
    if (content.settings !== undefined) {
      writeFileSync(join(directory, `${base}.settings.json`), content.settings);
    }
    const entry: BackupEntry = {
      kind: content.kind,
      id: content.id,
      arn: content.arn,
      name: content.name,
      type: content.type,
      contentFile: `${base}.json`,
      ...(content.settings !== undefined && { settingsFile: `${base}.settings.json` }),
      ...(content.sourceFile !== undefined && { sourceFile: content.sourceFile }),
    };
    this.#entries.push(entry);
    this.#saved.set(content.id, content);
    this.#writeManifest();
    return entry;
  }

  /** Records a flow or module the run created. */
  recordCreated(entry: CreatedEntry): void {
    this.#ensureDirectory();
    this.#created.push(entry);
    this.#writeManifest();
  }

  /** Records that the run deleted a flow or module it had created. */
  recordDeleted(id: string): void {
    const index = this.#created.findIndex((entry) => entry.id === id);
    if (index === -1) return;
    this.#created[index] = { ...this.#created[index]!, deleted: true };
    this.#writeManifest();
  }

  #ensureDirectory(): string {
    if (this.#directory !== undefined) return this.#directory;
    mkdirSync(this.root, { recursive: true });
    const name = backupFolderName(this.run.startedAt);
    for (let attempt = 1; ; attempt++) {
      const candidate = join(this.root, attempt === 1 ? name : `${name}-${attempt}`);
      try {
        mkdirSync(candidate);
        this.#directory = candidate;
        return candidate;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }

  #writeManifest(): void {
    const directory = this.#ensureDirectory();
    const manifest: BackupManifest = {
      format: backupFormat,
      instanceId: this.run.instanceId,
      region: this.run.region ?? null,
      createdAt: this.run.startedAt.toISOString(),
      entries: this.#entries,
      created: this.#created,
    };
    const path = join(directory, manifestFileName);
    writeFileSync(`${path}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(`${path}.tmp`, path);
  }
}
