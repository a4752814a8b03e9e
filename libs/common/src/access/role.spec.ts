import { isRole, Role, roleAllows } from './role';

describe('roleAllows', () => {
  it.each<[Role, Role, boolean]>([
    ['viewer', 'viewer', true],
    ['viewer', 'operator', false],
    ['viewer', 'admin', false],
    ['operator', 'viewer', true],
    ['operator', 'operator', true],
    ['operator', 'admin', false],
    ['admin', 'viewer', true],
    ['admin', 'operator', true],
    ['admin', 'admin', true],
  ])('%s on a route for %s: %p', (actual, needed, allowed) => {
    expect(roleAllows(actual, needed)).toBe(allowed);
  });

  it('refuses a role it does not know', () => {
    expect(roleAllows('root' as Role, 'viewer')).toBe(false);
    expect([isRole('admin'), isRole('root'), isRole(undefined)]).toEqual([true, false, false]);
  });
});
