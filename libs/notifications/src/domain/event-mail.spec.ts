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
