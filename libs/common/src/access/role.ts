/** The roles a user can have, weakest first: each role may do what the ones before it may (spec §12). */
export const ROLES = ['viewer', 'operator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Whether a user with role `actual` may use a route that needs `needed`. */
export function roleAllows(actual: Role, needed: Role): boolean {
  const rank = ROLES.indexOf(actual);
  return rank >= 0 && rank >= ROLES.indexOf(needed);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
