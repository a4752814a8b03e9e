import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Role } from './role';

/** Who is making a request: the authenticated user, as the guard found it (role from the database). */
export interface Actor {
  id: number;
  email: string;
  role: Role;
}

/** The request's actor (set by the global guard; undefined only on public routes). */
export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor | undefined =>
    context.switchToHttp().getRequest<{ user?: Actor }>().user,
);
