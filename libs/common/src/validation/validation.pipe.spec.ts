import { ArgumentMetadata } from '@nestjs/common';
import { AppException } from '../errors/app.exception';
import { PaginationQuery } from '../pagination/pagination-query.dto';
import { createValidationPipe } from './validation.pipe';

describe('RequestValidationPipe on query DTOs', () => {
  const query: ArgumentMetadata = { type: 'query', metatype: PaginationQuery, data: undefined };
  const plain = (entries: Record<string, string>) => Object.assign(Object.create(null) as object, entries);

  it('answers a repeated query with an equal, separate instance', async () => {
    const pipe = createValidationPipe();
    const first = (await pipe.transform(plain({ page: '2', limit: '20' }), query)) as PaginationQuery;
    const again = (await pipe.transform(plain({ page: '2', limit: '20' }), query)) as PaginationQuery;
    expect(again).toBeInstanceOf(PaginationQuery);
    expect(again).toEqual(first);
    expect(again).toEqual(expect.objectContaining({ page: 2, limit: 20 }));
    expect(again).not.toBe(first);
    first.page = 99; // a handler changing its copy changes no one else's
    expect(((await pipe.transform(plain({ page: '2', limit: '20' }), query)) as PaginationQuery).page).toBe(2);
  });

  it('refuses a repeated invalid query every time', async () => {
    const pipe = createValidationPipe();
    for (let i = 0; i < 2; i++) {
      await expect(pipe.transform(plain({ page: '0' }), query)).rejects.toBeInstanceOf(AppException);
      await expect(pipe.transform(plain({ page: '1', extra: 'x' }), query)).rejects.toBeInstanceOf(AppException);
    }
  });
});
