import { ERROR_CODES } from '@zdm/common';
import { ErrorExampleContext, errorExampleBody, errorExampleOf, thingOfPath } from './error-examples';

const context = (path: string, extra: Partial<ErrorExampleContext> = {}): ErrorExampleContext => ({
  method: 'get',
  path,
  form: 'string',
  ...extra,
});

describe('thingOfPath (the thing a 404 names)', () => {
  it.each([
    ['/api/backups/{identifier}', '', 'identifier', "identifier: 백업 작업 'web01_C'을(를) 찾을 수 없습니다."],
    [
      '/api/backups/{identifier}/retention',
      '',
      'identifier',
      "identifier: 백업 작업 'web01_C'을(를) 찾을 수 없습니다.",
    ],
    ['/api/servers/{identifier}/partitions', '', 'identifier', "identifier: 서버 'web01'을(를) 찾을 수 없습니다."],
    ['/api/runs/{id}/log', '', 'id', "id: 실행 '42'을(를) 찾을 수 없습니다."],
    ['/api/agent/runs/{id}/complete', '', 'id', "id: 실행 '42'을(를) 찾을 수 없습니다."],
    ['/api/images/{image}', '', 'image', 'image: 이미지를 찾을 수 없습니다: web01_C_20260109193000_full.ZIA'],
    ['/api/zdms/{identifier}/repositories', '', 'identifier', "identifier: 센터 'seoul'을(를) 찾을 수 없습니다."],
    ['/api/agents/{id}', '', 'id', "id: 에이전트 '5'을(를) 찾을 수 없습니다."],
    ['/api/servers', 'Unknown center', 'center', "center: 센터 'seoul'을(를) 찾을 수 없습니다."],
    ['/api/backups', 'Unknown center, server, user', 'center', "center: 센터 'seoul'을(를) 찾을 수 없습니다."],
    ['/api/backups/monitoring', 'Unknown server', 'server', "server: 서버 'web01'을(를) 찾을 수 없습니다."],
    ['/api/widgets/{id}', '', 'id', "id: '1'을(를) 찾을 수 없습니다."],
  ])('%s (%s) → %s', (path, description, field, message) => {
    const found = thingOfPath(path, description);
    expect(found.field).toBe(field);
    expect(found.thing.notFound(found.field, found.thing.sample).ko).toBe(message);
  });
});

describe('errorExampleOf (one example per status)', () => {
  it.each([
    [400, {}, 'VALIDATION_ERROR'],
    [401, {}, 'UNAUTHORIZED'],
    [403, { requiredRole: 'admin' }, 'FORBIDDEN'],
    [404, {}, 'NOT_FOUND'],
    [404, { operationId: 'issueToken' }, 'INVALID_CREDENTIALS'],
    [409, {}, 'CONFLICT'],
    [409, { operationId: 'runBackupJob' }, 'JOB_ALREADY_RUNNING'],
    [409, { operationId: 'deleteSchedule' }, 'SCHEDULE_IN_USE'],
    [409, { operationId: 'claimAgentRun' }, 'AGENT_RUN_LIMIT'],
    [413, {}, 'PAYLOAD_TOO_LARGE'],
    [414, {}, 'URI_TOO_LONG'],
    [415, {}, 'UNSUPPORTED_MEDIA_TYPE'],
    [422, {}, 'IDEMPOTENCY_KEY_REUSED'],
    [429, {}, 'RATE_LIMITED'],
    [500, {}, 'INTERNAL_SERVER_ERROR'],
    [503, {}, 'DATABASE_UNAVAILABLE'],
  ])('%i %j → %s, a code the table sends with that status', (status, extra, code) => {
    const example = errorExampleOf(status, context('/api/backups/{identifier}', extra));
    expect(example.code).toBe(code);
    expect(ERROR_CODES[example.code].statuses).toContain(status);
  });

  it('says which role a 403 needs, and that agent routes take agent tokens', () => {
    expect(errorExampleOf(403, context('/api/users', { requiredRole: 'admin' })).text.en).toBe(
      'This action needs the admin role.',
    );
    expect(errorExampleOf(403, context('/api/agent/heartbeat', { agentRoute: true })).text.en).toBe(
      'Agent routes (/api/agent/…) need an agent token.',
    );
    expect(errorExampleOf(401, context('/api/agent/heartbeat', { agentRoute: true })).text.en).toBe(
      'The agent token is invalid or has been revoked.',
    );
  });

  it('builds the whole body in the route’s envelope form', () => {
    expect(errorExampleBody(401, context('/api/servers'))).toEqual({
      success: false,
      requestID: '2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1',
      error: '인증이 필요합니다. 유효한 토큰을 전달해 주세요.',
      code: 'UNAUTHORIZED',
      timestamp: '2026-01-09 19:30:00',
    });
    expect(errorExampleBody(500, context('/api/backups/images/server/{serverName}', { form: 'object' }))).toEqual({
      success: false,
      requestID: '2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1',
      error: { code: 'INTERNAL_SERVER_ERROR', message: '서버 내부 오류가 발생했습니다.' },
      timestamp: '2026-01-09T10:30:00Z',
    });
  });
});
