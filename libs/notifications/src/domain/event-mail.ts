import { NotificationEvent, RunEventData } from './notification-event';

export type MailLanguage = 'ko' | 'en';

/** An email's subject and plain-text body. */
export interface MailText {
  subject: string;
  text: string;
}

const WHAT: Record<string, { ko: string; en: string }> = {
  'run.failed': { ko: '백업 실패', en: 'backup failed' },
  'run.lost': { ko: '백업 중단됨 (에이전트 응답 없음)', en: 'backup lost (the agent stopped reporting)' },
  'run.missed': { ko: '백업 누락 (시작되지 않음)', en: 'backup missed (never started)' },
  'run.succeeded': { ko: '백업 성공', en: 'backup succeeded' },
  'channel.test': { ko: '테스트 알림', en: 'test notification' },
};

const LABELS = {
  ko: {
    job: '작업',
    server: '서버',
    event: '이벤트',
    time: '시각',
    run: '실행 ID',
    error: '오류',
    next: '다음 예정',
    none: '없음',
    log: '마지막 로그',
    look: '확인할 곳',
    lookText: (runId: number) => `GET /api/runs/${runId} 와 GET /api/runs/${runId}/log`,
    test: '이 채널로 알림이 전달되는지 확인하는 테스트입니다.',
  },
  en: {
    job: 'Job',
    server: 'Server',
    event: 'Event',
    time: 'Time',
    run: 'Run id',
    error: 'Error',
    next: 'Next slot',
    none: 'none',
    log: 'Last log lines',
    look: 'Where to look',
    lookText: (runId: number) => `GET /api/runs/${runId} and GET /api/runs/${runId}/log`,
    test: 'This is a test: notifications reach this channel.',
  },
} as const;

/**
 * The email of an event (spec §15): the subject names the job, the event and the server; the body
 * says what happened and what to look at (run id, the log's tail, the next slot).
 */
export function eventMail(event: NotificationEvent, language: MailLanguage): MailText {
  const l = LABELS[language];
  const what = WHAT[event.type]?.[language] ?? event.type;
  if (!isRunEvent(event.data)) {
    return {
      subject: `[ZDM] ${what} (${event.type})`,
      text: [`${l.event}: ${event.type}`, `${l.time}: ${event.time}`, '', l.test, ''].join('\n'),
    };
  }
  const d = event.data;
  const lines = [
    `${l.job}: ${d.job.name} (#${d.job.id})`,
    `${l.server}: ${d.server.name}`,
    `${l.event}: ${what} (${event.type})`,
    `${l.time}: ${event.time}`,
    `${l.run}: ${d.run.id}`,
  ];
  if (d.run.errorMessage) lines.push(`${l.error}: ${d.run.errorMessage}`);
  lines.push(`${l.next}: ${d.nextSlot ?? l.none}`, '', `${l.log}:`);
  lines.push(...(d.logTail.length > 0 ? d.logTail.map((line) => `  ${line}`) : [`  (${l.none})`]));
  lines.push('', `${l.look}: ${l.lookText(d.run.id)}`, '');
  return {
    subject: `[ZDM] ${d.job.name}: ${what} (${event.type}) — ${l.server} ${d.server.name}`,
    text: lines.join('\n'),
  };
}

function isRunEvent(data: Record<string, unknown>): data is Record<string, unknown> & RunEventData {
  return typeof data.job === 'object' && typeof data.server === 'object' && typeof data.run === 'object';
}
