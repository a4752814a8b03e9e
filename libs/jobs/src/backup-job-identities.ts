import { Injectable } from '@nestjs/common';
import { Clock } from '@zdm/common';
import type { BackupJobIdentity } from './backup-jobs.repository';

/** How long another replica's change of a job (rename, rotation, removal) may go unseen here. */
export const JOB_IDENTITY_TTL_MS = 1000;
/** Identifiers held; beyond it the oldest go. */
const MAX_IDENTIFIERS = 256;

interface HeldIdentity {
  identity: BackupJobIdentity;
  /** Clock time (ms) it was read at. */
  readAt: number;
}

/**
 * Identifier → job identity (id, name, rotation, server name), held for the per-request lookup of
 * views read many times (restore points), so a repeated request reads no job row:
 *
 * - this replica's own changes (BackupJobsService `update`, `remove`) `forget` everything after they
 *   commit: a deleted or renamed job is seen at once here; a read that began before such a change is
 *   not stored (the version it began at is gone);
 * - another replica's changes are seen once the held entry is JOB_IDENTITY_TTL_MS old (one second,
 *   as the catalog's polled generation): until then that replica's deletion still answers here;
 * - an unknown identifier (404) is never held: a job registered anywhere is found at once.
 */
@Injectable()
export class BackupJobIdentities {
  private readonly held = new Map<string, HeldIdentity>();
  private version = 0;

  constructor(private readonly clock: Clock) {}

  /** The identity under `key`, through `read` when none is held or it is too old; null when there is no such job. */
  async get(key: string, read: () => Promise<BackupJobIdentity | null>): Promise<BackupJobIdentity | null> {
    const now = this.clock.now().getTime();
    const held = this.held.get(key);
    if (held && now - held.readAt < JOB_IDENTITY_TTL_MS && now >= held.readAt) return held.identity;
    const version = this.version;
    const identity = await read();
    this.held.delete(key);
    if (identity && version === this.version) {
      this.held.set(key, { identity, readAt: now });
      for (const [oldest] of this.held) {
        if (this.held.size <= MAX_IDENTIFIERS) break;
        this.held.delete(oldest);
      }
    }
    return identity;
  }

  /** A job changed or went (on this replica): nothing held is trusted, nor any read in flight. */
  forget(): void {
    this.version++;
    this.held.clear();
  }
}
