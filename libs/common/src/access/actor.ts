import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Role } from './role';

/**
 * Who is making a request, as the authentication hook found it (role from the database): a user
 * (`id`, `email`), or an API key (spec §16: `id` and `email` null, `apiKey` names the key; a key is
 * not a user, so nothing it does is attributed to one).
 */
export interface Actor {
  id: number | null;
  email: string | null;
  role: Role;
  apiKey?: { id: number; name: string };
}

/** The request's actor (set by the global guard; undefined only on public routes). */
export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor | undefined =>
    context.switchToHttp().getRequest<{ user?: Actor }>().user,
);
