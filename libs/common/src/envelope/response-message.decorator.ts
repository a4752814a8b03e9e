import { SetMetadata } from '@nestjs/common';

export const RESPONSE_MESSAGE = 'zdm:response-message';

/** The fixed `message` of a route's success envelope (spec: one string per endpoint). */
export const ResponseMessage = (message: string) => SetMetadata(RESPONSE_MESSAGE, message);
