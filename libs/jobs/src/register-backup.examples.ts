/**
 * The seed's (`post-backups.md`) request and response examples, shown in Swagger UI. Every request
 * example registers against the demo inventory.
 */
export const REGISTER_BACKUP_REQUEST_EXAMPLES = {
  basic: {
    summary: '기본 백업 작업 등록 (seed)',
    value: {
      center: '1',
      server: 'server-01',
      type: 'full',
      partition: ['/', '/home'],
      repository: { type: 'nfs', path: '/backup/server-01' },
      jobName: 'daily-backup',
      rotation: 7,
    },
  },
  withSchedule: {
    summary: '스케줄 포함 백업 작업 등록 (seed)',
    value: {
      center: '1',
      server: 'server-01',
      type: 'smart',
      partition: ['/'],
      repository: { type: 'smb', path: '//192.168.1.100/backup' },
      schedule: { type: 3, basic: { time: '02:00' } },
      compression: 'use',
      encryption: 'use',
    },
  },
  individual: {
    summary: 'individual: 파티션별 개별 설정 (seed)',
    value: {
      center: '1',
      server: 'main-server',
      type: 'full',
      partition: ['/', '/data', '/var'],
      repository: { type: 'nfs', path: '/backup' },
      individual: [
        { partition: '/data', center: '2', server: 'backup-server', rotation: 14 },
        { partition: '/var', compression: 'use', encryption: 'use' },
      ],
    },
  },
  monthlySchedule: {
    summary: 'The seed response example: backupTest, monthly on the 25th and 28th',
    value: {
      center: '1',
      server: 'source-centos7-bios (192.168.2.104)',
      type: 'full',
      partition: ['/', '/boot/efi'],
      repository: { type: 'nfs', path: '/ZConverter' },
      jobName: 'backupTest',
      schedule: { type: 6, basic: { day: '25,28', time: '12:00' } },
    },
  },
};

export const REGISTER_BACKUP_CREATED_EXAMPLE = {
  requestID: '46f53c9a-86f7-4c8f-9947-1e3ac642e27f',
  message: 'Backup job registration completed',
  success: true,
  data: {
    summary: { total: 2, successful: 2, failed: 0 },
    results: [
      {
        state: 'success',
        jobName: 'backupTest_ROOT',
        partition: '/',
        jobMode: 'Full Backup',
        autoStart: 'not use',
        schedule: {
          basic: {
            type: 'Monthly on Specific Date',
            description: '[Basic] Start working at 12:00 25, 28 every month.',
          },
        },
      },
      {
        state: 'success',
        jobName: 'backupTest_boot_efi',
        partition: '/boot/efi',
        jobMode: 'Full Backup',
        autoStart: 'not use',
        schedule: {
          basic: {
            type: 'Monthly on Specific Date',
            description: '[Basic] Start working at 12:00 25, 28 every month.',
          },
        },
      },
    ],
  },
  timestamp: '2026-01-17 21:03:52',
};

export const REGISTER_BACKUP_BAD_REQUEST_EXAMPLE = {
  success: false,
  requestID: 'req-abc123',
  error: 'type은 full, increment, smart중 하나여야 합니다',
  code: 'VALIDATION_ERROR',
  timestamp: '2025-01-15 10:30:00',
};

export const REGISTER_BACKUP_CONFLICT_EXAMPLE = {
  success: false,
  requestID: 'req-abc123',
  error: 'JOB_NAME_ALREADY_EXISTS',
  code: 'JOB_NAME_ALREADY_EXISTS',
  timestamp: '2026-02-05 10:30:00',
};
