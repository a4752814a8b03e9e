import { eventMail, MailLanguage, MailText } from './event-mail';
import { NotificationEvent } from './notification-event';

const FAILED: NotificationEvent = {
  id: '7',
  type: 'run.failed',
  time: '2026-12-01T00:05:00.000Z',
  data: {
    job: { id: 3, name: 'web-01_ROOT' },
    server: { id: 1, name: 'web-01' },
    run: {
      id: 42,
      result: 'failed',
      errorMessage: 'disk full',
      startedAt: '2026-12-01T00:00:00.000Z',
      endedAt: '2026-12-01T00:05:00.000Z',
    },
    logTail: [
      '2026-12-01T00:04:59.000Z ERROR write failed',
      '2026-12-01T00:05:00.000Z ERROR Completed: failed (disk full).',
    ],
    nextSlot: '2026-12-02T00:00:00.000Z',
  },
};
const MISSED: NotificationEvent = {
  ...FAILED,
  type: 'run.missed',
  data: {
    ...FAILED.data,
    run: { ...(FAILED.data.run as object), result: 'missed', errorMessage: null },
    logTail: [],
    nextSlot: null,
  },
};
const TEST: NotificationEvent = { id: '9', type: 'channel.test', time: '2026-12-01T00:00:00.000Z', data: {} };

describe('eventMail', () => {
  it.each<[string, NotificationEvent, MailLanguage, MailText]>([
    [
      'a failed run, in Korean',
      FAILED,
      'ko',
      {
        subject: '[ZDM] web-01_ROOT: 백업 실패 (run.failed) — 서버 web-01',
        text: [
          '작업: web-01_ROOT (#3)',
          '서버: web-01',
          '이벤트: 백업 실패 (run.failed)',
          '시각: 2026-12-01T00:05:00.000Z',
          '실행 ID: 42',
          '오류: disk full',
          '다음 예정: 2026-12-02T00:00:00.000Z',
          '',
          '마지막 로그:',
          '  2026-12-01T00:04:59.000Z ERROR write failed',
          '  2026-12-01T00:05:00.000Z ERROR Completed: failed (disk full).',
          '',
          '확인할 곳: GET /api/runs/42 와 GET /api/runs/42/log',
          '',
        ].join('\n'),
      },
    ],
    [
      'a missed run without log nor next slot, in English',
      MISSED,
      'en',
      {
        subject: '[ZDM] web-01_ROOT: backup missed (never started) (run.missed) — Server web-01',
        text: [
          'Job: web-01_ROOT (#3)',
          'Server: web-01',
          'Event: backup missed (never started) (run.missed)',
          'Time: 2026-12-01T00:05:00.000Z',
          'Run id: 42',
          'Next slot: none',
          '',
          'Last log lines:',
          '  (none)',
          '',
          'Where to look: GET /api/runs/42 and GET /api/runs/42/log',
          '',
        ].join('\n'),
      },
    ],
    [
      'a channel test, in English',
      TEST,
      'en',
      {
        subject: '[ZDM] test notification (channel.test)',
        text: 'Event: channel.test\nTime: 2026-12-01T00:00:00.000Z\n\nThis is a test: notifications reach this channel.\n',
      },
    ],
  ])('%s', (_name, event, language, expected) => {
    expect(eventMail(event, language)).toEqual(expected);
  });
});

const STALE: NotificationEvent = {
  id: '11',
  type: 'job.stale',
  time: '2026-12-02T01:00:00.000Z',
  data: {
    job: { id: 3, name: 'web-01_ROOT' },
    server: { id: 1, name: 'web-01' },
    missedSlot: '2026-12-02T00:00:00.000Z',
    staleSince: '2026-12-02T01:00:00.000Z',
    lastSuccessAt: null,
    lastRun: { id: 42, state: 'done', result: 'failed' },
  },
};
const OFFLINE: NotificationEvent = {
  id: '12',
  type: 'agent.offline',
  time: '2026-12-02T01:00:00.000Z',
  data: {
    agent: { id: 5, name: 'web-01-agent' },
    server: { id: 1, name: 'web-01' },
    lastSeenAt: '2026-12-02T00:58:59.000Z',
    offlineAfterMs: 60_000,
  },
};
const RECOVERED: NotificationEvent = {
  id: '13',
  type: 'recovery.failed',
  time: '2026-12-02T02:00:00.000Z',
  data: {
    recovery: { id: 8, name: 'web-02_RECOVERY_ROOT' },
    run: {
      id: 77,
      result: 'failed',
      errorMessage: 'checksum mismatch in web-01_ROOT_2.ZIA',
      startedAt: '2026-12-02T01:50:00.000Z',
      endedAt: '2026-12-02T02:00:00.000Z',
    },
    source: { id: 1, name: 'web-01' },
    target: { id: 2, name: 'web-02' },
    partitions: [{ source: '/', target: '/' }],
    chain: [
      { image: 'web-01_ROOT_1.ZIA', level: 'full' },
      { image: 'web-01_ROOT_2.ZIA', level: 'increment' },
    ],
    logTail: [],
  },
};

describe('eventMail of job.stale, agent.offline and recovery events', () => {
  it.each<[string, NotificationEvent, MailLanguage, MailText]>([
    [
      'a stale job, in Korean',
      STALE,
      'ko',
      {
        subject: '[ZDM] web-01_ROOT: 백업 지연 (최근 성공한 백업 없음) (job.stale) — 서버 web-01',
        text: [
          '작업: web-01_ROOT (#3)',
          '서버: web-01',
          '이벤트: 백업 지연 (최근 성공한 백업 없음) (job.stale)',
          '시각: 2026-12-02T01:00:00.000Z',
          '성공 없이 지난 예정: 2026-12-02T00:00:00.000Z',
          '지연 시작: 2026-12-02T01:00:00.000Z',
          '마지막 성공: 없음',
          '마지막 실행: 42 (failed)',
          '',
          '확인할 곳: GET /api/backups/3/runs 와 GET /api/backups/monitoring',
          '',
        ].join('\n'),
      },
    ],
    [
      'a stale job, in English',
      STALE,
      'en',
      {
        subject: '[ZDM] web-01_ROOT: backup stale (no recent successful backup) (job.stale) — Server web-01',
        text: [
          'Job: web-01_ROOT (#3)',
          'Server: web-01',
          'Event: backup stale (no recent successful backup) (job.stale)',
          'Time: 2026-12-02T01:00:00.000Z',
          'Slot passed without success: 2026-12-02T00:00:00.000Z',
          'Stale since: 2026-12-02T01:00:00.000Z',
          'Last success: none',
          'Last run: 42 (failed)',
          '',
          'Where to look: GET /api/backups/3/runs and GET /api/backups/monitoring',
          '',
        ].join('\n'),
      },
    ],
    [
      'an agent gone offline, in Korean',
      OFFLINE,
      'ko',
      {
        subject: '[ZDM] web-01-agent: 에이전트 오프라인 (agent.offline) — 서버 web-01',
        text: [
          '에이전트: web-01-agent (#5)',
          '서버: web-01',
          '이벤트: 에이전트 오프라인 (agent.offline)',
          '시각: 2026-12-02T01:00:00.000Z',
          '마지막 연결: 2026-12-02T00:58:59.000Z',
          '60초 넘게 연결이 없으면 오프라인입니다 (AGENT_OFFLINE_AFTER_MS).',
          '',
          '확인할 곳: GET /api/agents/5',
          '',
        ].join('\n'),
      },
    ],
    [
      'an agent gone offline, in English',
      OFFLINE,
      'en',
      {
        subject: '[ZDM] web-01-agent: agent offline (agent.offline) — Server web-01',
        text: [
          'Agent: web-01-agent (#5)',
          'Server: web-01',
          'Event: agent offline (agent.offline)',
          'Time: 2026-12-02T01:00:00.000Z',
          'Last seen: 2026-12-02T00:58:59.000Z',
          'An agent silent for more than 60 s is offline (AGENT_OFFLINE_AFTER_MS).',
          '',
          'Where to look: GET /api/agents/5',
          '',
        ].join('\n'),
      },
    ],
    [
      'a failed recovery, in Korean',
      RECOVERED,
      'ko',
      {
        subject: '[ZDM] web-02_RECOVERY_ROOT: 복구 실패 (recovery.failed) — 대상 서버 web-02',
        text: [
          '복구 작업: web-02_RECOVERY_ROOT (#8)',
          '원본 서버: web-01',
          '대상 서버: web-02',
          '이벤트: 복구 실패 (recovery.failed)',
          '시각: 2026-12-02T02:00:00.000Z',
          '실행 ID: 77',
          '오류: checksum mismatch in web-01_ROOT_2.ZIA',
          '파티션: / → /',
          '적용한 이미지:',
          '  web-01_ROOT_1.ZIA (full)',
          '  web-01_ROOT_2.ZIA (increment)',
          '',
          '마지막 로그:',
          '  (없음)',
          '',
          '확인할 곳: GET /api/runs/77 와 GET /api/runs/77/log',
          '',
        ].join('\n'),
      },
    ],
    [
      'a succeeded recovery, in English',
      {
        ...RECOVERED,
        type: 'recovery.succeeded',
        data: {
          ...RECOVERED.data,
          run: { ...(RECOVERED.data.run as object), result: 'success', errorMessage: null },
          logTail: ['2026-12-02T02:00:00.000Z INFO Completed: success.'],
        },
      },
      'en',
      {
        subject: '[ZDM] web-02_RECOVERY_ROOT: recovery succeeded (recovery.succeeded) — Target server web-02',
        text: [
          'Recovery job: web-02_RECOVERY_ROOT (#8)',
          'Source server: web-01',
          'Target server: web-02',
          'Event: recovery succeeded (recovery.succeeded)',
          'Time: 2026-12-02T02:00:00.000Z',
          'Run id: 77',
          'Partitions: / → /',
          'Images applied:',
          '  web-01_ROOT_1.ZIA (full)',
          '  web-01_ROOT_2.ZIA (increment)',
          '',
          'Last log lines:',
          '  2026-12-02T02:00:00.000Z INFO Completed: success.',
          '',
          'Where to look: GET /api/runs/77 and GET /api/runs/77/log',
          '',
        ].join('\n'),
      },
    ],
  ])('%s', (_name, event, language, expected) => {
    expect(eventMail(event, language)).toEqual(expected);
  });
});
