import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';

/**
 * For routes whose body is optional (`POST …/runs` takes `{ level? }`): a request without a body is
 * read as `{}`. Interceptors run before pipes, so the global pipe then validates an empty object
 * instead of refusing a missing body. A body that is sent is left as it is: a non-object, JSON `null` included, is still a 400 saying so.
 */
@Injectable()
export class EmptyBodyAsObject implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<{ body?: unknown }>();
    if (request.body === undefined) request.body = {};
    return next.handle();
  }
}
