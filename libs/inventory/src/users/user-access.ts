import type { Role } from '@zdm/common';

/** What the auth guard rechecks about a token's user. */
export interface UserAccess {
  email: string;
  role: Role;
  disabled: boolean;
  tokenVersion: number;
}
