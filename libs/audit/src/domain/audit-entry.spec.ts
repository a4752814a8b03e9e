import { isAuditedWrite, outcomeOf, pathOf, targetOf } from './audit-entry';

describe('audit entry rules', () => {
  it.each([
    ['POST', true],
    ['put', true],
    ['PATCH', true],
    ['DELETE', true],
    ['GET', false],
    ['HEAD', false],
    ['OPTIONS', false],
  ])('%s is an audited write: %p', (method, audited) => {
    expect(isAuditedWrite(method)).toBe(audited);
  });

  it.each([
    [200, 'success'],
    [201, 'success'],
    [400, 'failure'],
    [401, 'denied'],
    [403, 'denied'],
    [404, 'failure'],
    [409, 'failure'],
    [429, 'denied'],
    [500, 'failure'],
    [503, 'failure'],
  ])('status %d → %s', (status, outcome) => {
    expect(outcomeOf(status)).toBe(outcome);
  });

  it.each([
    [{ identifier: '5' }, { name: 'x' }, '5'],
    [{ id: '7', step: 'cancel' }, undefined, 'id=7,step=cancel'],
    [{}, { email: 'a@zdm.test', name: 'n' }, 'a@zdm.test'],
    [{}, { name: 'center-1' }, 'center-1'],
    [{}, { jobName: 'nightly' }, 'nightly'],
    [{}, { jobName: 42 }, null],
    [undefined, ['not', 'an', 'object'], null],
    [{}, { name: 'x'.repeat(300) }, 'x'.repeat(255)],
  ])('target of params %j and body %j: %p', (params, body, target) => {
    expect(targetOf(params, body)).toBe(target);
  });

  it('keeps the path without the query', () => {
    expect(pathOf('/api/backups/5?deleteAll=true')).toBe('/api/backups/5');
  });
});
