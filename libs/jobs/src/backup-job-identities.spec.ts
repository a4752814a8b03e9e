import { ManualClock } from '@zdm/common';
import { BackupJobIdentities, JOB_IDENTITY_TTL_MS } from './backup-job-identities';
import type { BackupJobIdentity } from './backup-jobs.repository';

describe('BackupJobIdentities', () => {
  const job: BackupJobIdentity = { id: 7, name: 'web_ROOT', rotation: 3, server: 'web-01' };
  let clock: ManualClock;
  let identities: BackupJobIdentities;
  let reads: number;
  let row: BackupJobIdentity | null;
  const read = () => {
    reads++;
    return Promise.resolve(row);
  };

  beforeEach(() => {
    clock = new ManualClock('2026-12-07T12:00:00Z');
    identities = new BackupJobIdentities(clock);
    reads = 0;
    row = job;
  });

  it('answers a held identity without reading while it is younger than the TTL, then reads again', async () => {
    expect(await identities.get('"web_ROOT"', read)).toEqual(job);
    clock.advance(JOB_IDENTITY_TTL_MS - 1);
    expect(await identities.get('"web_ROOT"', read)).toEqual(job);
    expect(reads).toBe(1);
    // Another replica renamed it: seen once the held entry is TTL old.
    row = null;
    clock.advance(1);
    expect(await identities.get('"web_ROOT"', read)).toBeNull();
    expect(reads).toBe(2);
  });

  it('never holds an unknown identifier: a job registered meanwhile is found at once', async () => {
    row = null;
    expect(await identities.get('"web_ROOT"', read)).toBeNull();
    row = job;
    expect(await identities.get('"web_ROOT"', read)).toEqual(job);
    expect(reads).toBe(2);
  });

  it('forgets everything on a change of this replica, also what a read in flight would store', async () => {
    await identities.get('"web_ROOT"', read);
    identities.forget();
    row = null;
    expect(await identities.get('"web_ROOT"', read)).toBeNull();

    // A read that began before the change answers what it read, but is not held.
    row = job;
    const inFlight = identities.get('"web_ROOT"', async () => {
      const seen = row;
      await Promise.resolve();
      identities.forget();
      return seen;
    });
    expect(await inFlight).toEqual(job);
    row = null;
    expect(await identities.get('"web_ROOT"', read)).toBeNull();
  });

  it('reads again when the clock moved back', async () => {
    await identities.get('"web_ROOT"', read);
    clock.advance(-5000);
    await identities.get('"web_ROOT"', read);
    expect(reads).toBe(2);
  });
});
