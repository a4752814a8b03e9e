import { UpdateBackupDto } from '../dto/update-backup.dto';
import { checkUpdateRequest, JobUpdatePlan, JobUpdateRequest, planJobUpdate, UpdatableJob } from './job-update-plan';
import { DAILY, failure, SMART } from './job-rules.fixtures';

const NOW = new Date('2026-01-25T03:00:00Z');
const JOB: UpdatableJob = {
  name: 'web_ROOT',
  baseName: 'web',
  mode: 'full',
  rotation: 1,
  compression: false,
  encryption: false,
  excludeDir: [],
  mailEvent: null,
  networkLimit: 0,
  verifyAfterBackup: false,
  repositoryId: 1,
  repositoryType: 'smb',
  repositoryPath: '//nas/backup',
  scriptPath: null,
  scriptRun: null,
  status: 'Registered',
  startedAt: null,
  endedAt: null,
  enabled: true,
  resumedAt: null,
};
const DAILY_SUMMARY = { basic: { type: 'Daily', description: '[Basic] Start working at 03:00 every day.' } };
const SMART_SUMMARY = {
  basic: {
    type: 'Smart Weekly (Specific Day of the Week)',
    description: '[Basic] Start working every Monday at 01:00',
  },
  advanced: {
    type: 'Smart Weekly (Specific Day of the Week)',
    description: '[Advanced] Start working every Friday at 13:00',
  },
};

const plan = (dto: UpdateBackupDto, job: Partial<UpdatableJob> = {}, request: Partial<JobUpdateRequest> = {}) =>
  planJobUpdate({ ...JOB, ...job }, { dto, now: NOW, ...request });

describe('planJobUpdate (PUT /api/backups/:identifier, spec §4.2)', () => {
  // dto, job (over JOB), resolved → changes, updatedFields, schedule, write
  it.each<[string, UpdateBackupDto, Partial<UpdatableJob>, Partial<JobUpdateRequest>, Partial<JobUpdatePlan>]>([
    [
      'same values: nothing to write',
      { rotation: 1, compression: 'not use' },
      {},
      {},
      { changes: { mode: 'full', rotation: 1, compression: false }, updatedFields: [], write: false },
    ],
    [
      'settings shown as lists show them',
      { rotation: 5, compression: 'use', excludeDir: '/tmp, /var/cache', mailEvent: ' ops@x.io ', networkLimit: 10 },
      {},
      {},
      {
        changes: {
          mode: 'full',
          rotation: 5,
          compression: true,
          excludeDir: ['/tmp', '/var/cache'],
          mailEvent: 'ops@x.io',
          networkLimit: 10,
        },
        updatedFields: [
          { field: 'rotation', previous: 1, new: 5 },
          { field: 'compression', previous: 'not use', new: 'use' },
          { field: 'excludeDir', previous: '-', new: '/tmp,/var/cache' },
          { field: 'mailEvent', previous: '-', new: 'ops@x.io' },
          { field: 'networkLimit', previous: 0, new: 10 },
        ],
        write: true,
      },
    ],
    [
      'verifyAfterBackup: use turns verification after backups on',
      { verifyAfterBackup: 'use' },
      {},
      {},
      {
        changes: { mode: 'full', verifyAfterBackup: true },
        updatedFields: [{ field: 'verifyAfterBackup', previous: 'not use', new: 'use' }],
        write: true,
      },
    ],
    [
      'verifyAfterBackup unchanged: nothing to write',
      { verifyAfterBackup: 'use' },
      { verifyAfterBackup: true },
      {},
      { changes: { mode: 'full', verifyAfterBackup: true }, updatedFields: [], write: false },
    ],
    [
      'enabled: false pauses the job',
      { enabled: false },
      {},
      {},
      {
        changes: { mode: 'full', enabled: false },
        updatedFields: [{ field: 'enabled', previous: true, new: false }],
        write: true,
      },
    ],
    [
      'enabled: true resumes a paused job from now',
      { enabled: true },
      { enabled: false },
      {},
      {
        changes: { mode: 'full', enabled: true, resumedAt: NOW },
        updatedFields: [{ field: 'enabled', previous: false, new: true }],
        write: true,
      },
    ],
    [
      'enabled: true on a running job changes nothing',
      { enabled: true },
      {},
      {},
      { changes: { mode: 'full', enabled: true }, updatedFields: [], write: false },
    ],
    [
      'a new name drops the generated-name group',
      { changeName: 'web-root' },
      {},
      {},
      {
        changes: { name: 'web-root', baseName: null, mode: 'full' },
        updatedFields: [{ field: 'jobName', previous: 'web_ROOT', new: 'web-root' }],
        write: true,
      },
    ],
    [
      'a daily schedule on a registered job: Scheduled',
      { schedule: { type: 3, basic: { time: '03:00' } } },
      {},
      { newSpec: DAILY },
      {
        changes: { mode: 'full', status: 'Scheduled' },
        updatedFields: [
          { field: 'schedule', previous: '-', new: DAILY_SUMMARY },
          { field: 'status', previous: 'Registered', new: 'Scheduled' },
        ],
        schedule: { spec: DAILY },
        write: true,
      },
    ],
    [
      'a smart schedule switches a full job to smart',
      { schedule: 7 },
      { status: 'Scheduled' },
      { currentSpec: DAILY, newSpec: SMART },
      {
        changes: { mode: 'smart', status: 'Scheduled' },
        updatedFields: [
          { field: 'mode', previous: 'full', new: 'smart' },
          {
            field: 'schedule',
            previous: DAILY_SUMMARY,
            new: SMART_SUMMARY,
          },
        ],
        schedule: { spec: SMART },
        write: true,
      },
    ],
    [
      'a daily schedule switches a smart job to full',
      { schedule: 3 },
      { mode: 'smart', status: 'Scheduled' },
      { currentSpec: SMART, newSpec: DAILY },
      {
        changes: { mode: 'full', status: 'Scheduled' },
        updatedFields: [
          { field: 'mode', previous: 'smart', new: 'full' },
          { field: 'schedule', previous: SMART_SUMMARY, new: DAILY_SUMMARY },
        ],
        schedule: { spec: DAILY },
        write: true,
      },
    ],
    [
      'schedule null removes it: Registered',
      { schedule: null },
      { status: 'Scheduled' },
      { currentSpec: DAILY },
      {
        changes: { mode: 'full', status: 'Registered' },
        updatedFields: [
          { field: 'schedule', previous: DAILY_SUMMARY, new: '-' },
          { field: 'status', previous: 'Scheduled', new: 'Registered' },
        ],
        schedule: { spec: undefined },
        write: true,
      },
    ],
    [
      'a running job keeps its status when the schedule changes',
      { schedule: 3 },
      { status: 'Processing' },
      { newSpec: DAILY },
      {
        changes: { mode: 'full' },
        updatedFields: [{ field: 'schedule', previous: '-', new: DAILY_SUMMARY }],
        schedule: { spec: DAILY },
        write: true,
      },
    ],
    ['start: left to the runs lib (the caller)', { status: 'start' }, {}, {}, { changes: { mode: 'full' } }],
    [
      'a new repository',
      { repository: { type: 'nfs', path: '/export/b' } },
      {},
      { repository: { id: 7, type: 'nfs', path: '/export/b' } },
      {
        changes: { mode: 'full', repositoryId: 7, repositoryType: 'nfs', repositoryPath: '/export/b' },
        updatedFields: [
          {
            field: 'repository',
            previous: { type: 'smb', path: '//nas/backup' },
            new: { type: 'nfs', path: '/export/b' },
          },
        ],
        write: true,
      },
    ],
  ])('%s', (_name, dto, job, request, expected) => {
    expect(plan(dto, job, request)).toEqual({ changes: {}, updatedFields: [], write: false, ...expected });
  });

  it.each<[string, UpdateBackupDto, Partial<UpdatableJob>, Partial<JobUpdateRequest>, number, string]>([
    ['smart without a schedule (mode given)', { mode: 'smart' }, {}, {}, 400, 'Schedule is required for Smart Backup.'],
    [
      'smart job losing its schedule',
      { schedule: null },
      { mode: 'smart' },
      { currentSpec: SMART },
      400,
      'Schedule is required for Smart Backup.',
    ],
    [
      'a smart schedule with mode full given',
      { mode: 'full', schedule: 7 },
      {},
      { newSpec: SMART },
      400,
      'schedule.type: a full job takes schedule types 0 ~ 6 only (got: 7).',
    ],
    [
      'mode full on a smart-scheduled job',
      { mode: 'increment' },
      { mode: 'smart' },
      { currentSpec: SMART },
      400,
      'mode: a increment job takes schedule types 0 ~ 6 only (got: 7).',
    ],
    ['scriptRun without any scriptPath', { scriptRun: 'before' }, {}, {}, 400, 'scriptRun needs a scriptPath.'],
  ])('%s → %s', (_name, dto, job, request, status, en) => {
    const found = failure(() => plan(dto, job, request));
    expect({ status: found.status, en: found.en }).toEqual({ status, en });
  });

  it.each<[UpdateBackupDto, string]>([
    [{}, 'nothing'],
    [{ changeName: ' 123 ' }, 'changeName'],
  ])('checkUpdateRequest(%j) → 400 about %s', (dto) => {
    expect(failure(() => checkUpdateRequest(dto)).status).toBe(400);
  });
});
