import { RegisterBackupDto } from '../dto/register-backup.dto';
import { JobDraft, newJobRow, planRegistration, RegistrationReferences } from './registration-plan';
import { DAILY, failure, SMART } from './job-rules.fixtures';

const CENTER = { id: 1 };
const OTHER_CENTER = { id: 2 };
const WEB = { id: 10, name: 'web (10.0.0.5)', partitions: [{ letter: '/data' }, { letter: '/' }] };
const DB = { id: 11, name: 'db', partitions: [{ letter: '/' }, { letter: '/var' }] };
const REPO = { type: 'smb' as const, path: '//nas/backup' };

type Refs = RegistrationReferences<typeof CENTER, typeof WEB>;
const refs = (over: Partial<Refs> = {}): Refs => ({ center: CENTER, server: WEB, userId: 3, individual: [], ...over });
const dto = (over: Partial<RegisterBackupDto> = {}): RegisterBackupDto =>
  ({ center: 1, server: 10, type: 'full', partition: [], repository: REPO, ...over }) as RegisterBackupDto;

/** The parts of a draft the golden tables pin. */
const shape = (d: JobDraft) => ({
  partition: d.partition,
  name: d.name,
  nameField: d.nameField,
  baseName: d.baseName,
  center: d.center.id,
  server: d.server.id,
  mode: d.mode,
  schedule: d.schedule?.type,
  repository: `${d.repositoryField}=${d.repositoryRef.path}`,
  rotation: d.rotation,
  compression: d.compression,
  autoStart: d.autoStart,
});

describe('planRegistration (POST /api/backups, spec §4.1)', () => {
  it('every partition of the server (sorted), names generated from the server name', () => {
    expect(planRegistration(dto(), refs()).map(shape)).toEqual([
      {
        partition: '/',
        name: 'web_ROOT',
        nameField: 'partition',
        baseName: 'web',
        center: 1,
        server: 10,
        mode: 'full',
        schedule: undefined,
        repository: 'repository=//nas/backup',
        rotation: 1,
        compression: false,
        autoStart: false,
      },
      {
        partition: '/data',
        name: 'web_data',
        nameField: 'partition',
        baseName: 'web',
        center: 1,
        server: 10,
        mode: 'full',
        schedule: undefined,
        repository: 'repository=//nas/backup',
        rotation: 1,
        compression: false,
        autoStart: false,
      },
    ]);
  });

  it('an individual entry overrides the request for its partition, and may add a partition of its own server', () => {
    const drafts = planRegistration(
      dto({
        jobName: 'nightly',
        partition: ['/', '/data'],
        rotation: 3,
        compression: 'use',
        schedule: 3,
        individual: [
          { partition: '/data', rotation: 7, jobName: 'data-job', repository: { type: 'nfs', path: '/export/d' } },
          { partition: '/var', server: 11, center: 2, type: 'smart', schedule: 7, autoStart: 'use' },
        ],
      }),
      refs({ schedule: DAILY, individual: [{}, { center: OTHER_CENTER, server: DB, schedule: SMART }] }),
    );
    expect(drafts.map(shape)).toEqual([
      {
        partition: '/',
        name: 'nightly_ROOT',
        nameField: 'jobName',
        baseName: 'nightly',
        center: 1,
        server: 10,
        mode: 'full',
        schedule: 3,
        repository: 'repository=//nas/backup',
        rotation: 3,
        compression: true,
        autoStart: false,
      },
      {
        partition: '/data',
        name: 'data-job',
        nameField: 'individual[0].jobName',
        baseName: null,
        center: 1,
        server: 10,
        mode: 'full',
        schedule: 3,
        repository: 'individual[0].repository=/export/d',
        rotation: 7,
        compression: true,
        autoStart: false,
      },
      {
        partition: '/var',
        name: 'nightly_var',
        nameField: 'jobName',
        baseName: 'nightly',
        center: 2,
        server: 11,
        mode: 'smart',
        schedule: 7,
        repository: 'repository=//nas/backup',
        rotation: 3,
        compression: true,
        autoStart: true,
      },
    ]);
  });

  it.each<[string, Partial<RegisterBackupDto>, Partial<Refs>, string]>([
    ['smart without a schedule', { type: 'smart' }, {}, 'Schedule is required for Smart Backup.'],
    [
      'a smart schedule for a full job',
      { schedule: 7 },
      { schedule: SMART },
      'schedule.type: a full job takes schedule types 0 ~ 6 only (got: 7).',
    ],
    [
      'an individual smart schedule for a full job names its field',
      { partition: ['/'], individual: [{ partition: '/', schedule: 7 }] },
      { individual: [{ schedule: SMART }] },
      'individual[0].schedule.type: a full job takes schedule types 0 ~ 6 only (got: 7).',
    ],
    ['scriptRun without scriptPath', { scriptRun: 'after' }, {}, 'scriptRun needs a scriptPath.'],
    [
      'an all-digit name',
      { partition: ['/'], individual: [{ partition: '/', jobName: '2024' }] },
      {},
      'individual[0].jobName cannot be all digits (digits are read as a job id).',
    ],
    [
      'a partition that makes the generated name more than one path segment',
      { partition: ['\\..\\x'] },
      { server: { ...WEB, partitions: [{ letter: '\\..\\x' }] } },
      'partition[0]: a name becomes part of file and directory names, so it may not contain / or \\ nor be . or ..',
    ],
    [
      'one name twice',
      {
        partition: ['/', '/data'],
        individual: [
          { partition: '/', jobName: 'same' },
          { partition: '/data', jobName: 'same' },
        ],
      },
      {},
      "individual[1].jobName: job name 'same' would be used by more than one job of this request.",
    ],
  ])('%s → 400', (_name, over, refOver, en) => {
    const found = failure(() => planRegistration(dto(over), refs(refOver)));
    expect({ status: found.status, en: found.en }).toEqual({ status: 400, en });
  });

  it('newJobRow: autoStart starts the job now, a schedule makes it Scheduled', () => {
    const [draft] = planRegistration(dto({ partition: ['/'], autoStart: 'use' }), refs());
    const now = new Date('2026-01-25T03:00:00Z');
    const repository = { id: 5, ...REPO };
    expect(newJobRow(draft, repository, undefined, now)).toMatchObject({
      name: 'web_ROOT',
      repositoryId: 5,
      status: 'Preparing',
      startedAt: now,
      basicScheduleId: null,
    });
    const [scheduled] = planRegistration(dto({ partition: ['/'], schedule: 3 }), refs({ schedule: DAILY }));
    expect(newJobRow(scheduled, repository, { basicId: 8, advancedId: null }, now)).toMatchObject({
      status: 'Scheduled',
      startedAt: null,
      basicScheduleId: 8,
      advancedScheduleId: null,
    });
  });
});
