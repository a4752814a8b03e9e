import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension, ApiForbiddenResponse } from '@nestjs/swagger';
import { Role } from './role';

export const REQUIRED_ROLE = 'zdm:required-role';

/**
 * The weakest role that may use a route (spec §12): `viewer` reads, `operator` also manages jobs,
 * schedules and runs, `admin` everything. Put it on every non-public route; the global guard answers
 * 403 `FORBIDDEN` naming the role to a weaker user, and treats a route without it as admin-only.
 * The OpenAPI operation carries it as `x-required-role` (and documents the 403).
 */
export const RequiredRole = (role: Role) =>
  applyDecorators(
    SetMetadata(REQUIRED_ROLE, role),
    ApiExtension('x-required-role', role),
    ...(role === 'viewer' ? [] : [ApiForbiddenResponse({ description: `Needs the ${role} role` })]),
  );
