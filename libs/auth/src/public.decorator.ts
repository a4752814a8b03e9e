import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'zdm:public';

/** Routes that answer without a token: token issue, health, docs. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
