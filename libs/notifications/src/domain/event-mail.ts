import { AgentOfflineEventData, JobStaleEventData } from './condition-events';
import { NotificationEvent, RunEventData } from './notification-event';
import { RecoveryEventData } from './recovery-event';

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
  'job.stale': { ko: '백업 지연 (최근 성공한 백업 없음)', en: 'backup stale (no recent successful backup)' },
  'agent.offline': { ko: '에이전트 오프라인', en: 'agent offline' },
  'recovery.succeeded': { ko: '복구 성공', en: 'recovery succeeded' },
  'recovery.failed': { ko: '복구 실패', en: 'recovery failed' },
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
    missedSlot: '성공 없이 지난 예정',
    staleSince: '지연 시작',
    lastSuccess: '마지막 성공',
    lastRun: '마지막 실행',
    staleLook: (jobId: number) => `GET /api/backups/${jobId}/runs 와 GET /api/backups/monitoring`,
    agent: '에이전트',
    lastSeen: '마지막 연결',
    offlineAfter: (seconds: number) => `${seconds}초 넘게 연결이 없으면 오프라인입니다 (AGENT_OFFLINE_AFTER_MS).`,
    agentLook: (agentId: number) => `GET /api/agents/${agentId}`,
    recovery: '복구 작업',
    source: '원본 서버',
    target: '대상 서버',
    partitions: '파티션',
    chain: '적용한 이미지',
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
    missedSlot: 'Slot passed without success',
    staleSince: 'Stale since',
    lastSuccess: 'Last success',
    lastRun: 'Last run',
    staleLook: (jobId: number) => `GET /api/backups/${jobId}/runs and GET /api/backups/monitoring`,
    agent: 'Agent',
    lastSeen: 'Last seen',
    offlineAfter: (seconds: number) =>
      `An agent silent for more than ${seconds} s is offline (AGENT_OFFLINE_AFTER_MS).`,
    agentLook: (agentId: number) => `GET /api/agents/${agentId}`,
    recovery: 'Recovery job',
    source: 'Source server',
    target: 'Target server',
    partitions: 'Partitions',
    chain: 'Images applied',
  },
} as const;

type Labels = (typeof LABELS)[MailLanguage];

/**
 * The email of an event (spec §15): the subject names the job (or agent, or recovery), the event and
 * the server; the body says what happened and what to look at (run id, the log's tail, the next slot).
 */
export function eventMail(event: NotificationEvent, language: MailLanguage): MailText {
  const l = LABELS[language];
  const what = WHAT[event.type]?.[language] ?? event.type;
  const header = (lines: string[]) => [...lines, `${l.event}: ${what} (${event.type})`, `${l.time}: ${event.time}`];
  const data = event.data;
  if ((event.type === 'recovery.succeeded' || event.type === 'recovery.failed') && isRecoveryEvent(data)) {
    return recoveryMail(data, what, event.type, header, l);
  }
  if (event.type === 'job.stale' && isJobStaleEvent(data)) {
    const lines = header([`${l.job}: ${data.job.name} (#${data.job.id})`, `${l.server}: ${data.server.name}`]);
    lines.push(
      `${l.missedSlot}: ${data.missedSlot}`,
      `${l.staleSince}: ${data.staleSince}`,
      `${l.lastSuccess}: ${data.lastSuccessAt ?? l.none}`,
      `${l.lastRun}: ${data.lastRun ? `${data.lastRun.id} (${data.lastRun.result ?? data.lastRun.state})` : l.none}`,
      '',
      `${l.look}: ${l.staleLook(data.job.id)}`,
      '',
    );
    return {
      subject: `[ZDM] ${data.job.name}: ${what} (${event.type}) — ${l.server} ${data.server.name}`,
      text: lines.join('\n'),
    };
  }
  if (event.type === 'agent.offline' && isAgentOfflineEvent(data)) {
    const lines = header([`${l.agent}: ${data.agent.name} (#${data.agent.id})`, `${l.server}: ${data.server.name}`]);
    lines.push(
      `${l.lastSeen}: ${data.lastSeenAt}`,
      l.offlineAfter(Math.round(data.offlineAfterMs / 1000)),
      '',
      `${l.look}: ${l.agentLook(data.agent.id)}`,
      '',
    );
    return {
      subject: `[ZDM] ${data.agent.name}: ${what} (${event.type}) — ${l.server} ${data.server.name}`,
      text: lines.join('\n'),
    };
  }
  if (!isRunEvent(data)) {
    return {
      subject: `[ZDM] ${what} (${event.type})`,
      text: [`${l.event}: ${event.type}`, `${l.time}: ${event.time}`, '', l.test, ''].join('\n'),
    };
  }
  const d = data;
  const lines = [
    `${l.job}: ${d.job.name} (#${d.job.id})`,
    `${l.server}: ${d.server.name}`,
    `${l.event}: ${what} (${event.type})`,
    `${l.time}: ${event.time}`,
    `${l.run}: ${d.run.id}`,
  ];
  if (d.run.errorMessage) lines.push(`${l.error}: ${d.run.errorMessage}`);
  lines.push(`${l.next}: ${d.nextSlot ?? l.none}`, '', `${l.log}:`);
  lines.push(...logLines(d.logTail, l));
  lines.push('', `${l.look}: ${l.lookText(d.run.id)}`, '');
  return {
    subject: `[ZDM] ${d.job.name}: ${what} (${event.type}) — ${l.server} ${d.server.name}`,
    text: lines.join('\n'),
  };
}

function recoveryMail(
  d: RecoveryEventData,
  what: string,
  type: string,
  header: (lines: string[]) => string[],
  l: Labels,
): MailText {
  const lines = header([
    `${l.recovery}: ${d.recovery.name} (#${d.recovery.id})`,
    `${l.source}: ${d.source.name}`,
    `${l.target}: ${d.target.name}`,
  ]);
  lines.push(`${l.run}: ${d.run.id}`);
  if (d.run.errorMessage) lines.push(`${l.error}: ${d.run.errorMessage}`);
  lines.push(`${l.partitions}: ${d.partitions.map((p) => `${p.source} → ${p.target}`).join(', ') || l.none}`);
  lines.push(
    `${l.chain}:`,
    ...(d.chain.length > 0 ? d.chain.map((c) => `  ${c.image} (${c.level})`) : [`  (${l.none})`]),
  );
  lines.push('', `${l.log}:`, ...logLines(d.logTail, l), '', `${l.look}: ${l.lookText(d.run.id)}`, '');
  return {
    subject: `[ZDM] ${d.recovery.name}: ${what} (${type}) — ${l.target} ${d.target.name}`,
    text: lines.join('\n'),
  };
}

function logLines(tail: string[], l: Labels): string[] {
  return tail.length > 0 ? tail.map((line) => `  ${line}`) : [`  (${l.none})`];
}

const isObject = (value: unknown) => typeof value === 'object' && value !== null;

function isRunEvent(data: Record<string, unknown>): data is Record<string, unknown> & RunEventData {
  return isObject(data.job) && isObject(data.server) && isObject(data.run);
}

function isJobStaleEvent(data: Record<string, unknown>): data is Record<string, unknown> & JobStaleEventData {
  return isObject(data.job) && isObject(data.server) && typeof data.missedSlot === 'string';
}

function isAgentOfflineEvent(data: Record<string, unknown>): data is Record<string, unknown> & AgentOfflineEventData {
  return isObject(data.agent) && isObject(data.server) && typeof data.lastSeenAt === 'string';
}

function isRecoveryEvent(data: Record<string, unknown>): data is Record<string, unknown> & RecoveryEventData {
  return (
    isObject(data.recovery) &&
    isObject(data.run) &&
    isObject(data.target) &&
    isObject(data.source) &&
    Array.isArray(data.partitions) &&
    Array.isArray(data.chain) &&
    Array.isArray(data.logTail)
  );
}
