import { applyDecorators, SetMetadata } from '@nestjs/common';
import { addToRouteConfig } from '@zdm/common';

export const IS_PUBLIC = 'zdm:public';

/**
 * Routes that answer without a token: token issue, health, docs. Also in the Fastify route config,
 * where the authentication hook reads it before the body.
 */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), addToRouteConfig({ credentials: 'none' }));
