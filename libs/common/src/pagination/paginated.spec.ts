import { carriesPagination, pageWindow, paginate } from './paginated';

describe('pageWindow + carriesPagination', () => {
  // [query, total items matching, expected window (skip, take), carries pagination]
  const table: [Parameters<typeof pageWindow>[0], number, [number, number], boolean][] = [
    [{}, 0, [0, 1000], false],
    [{}, 1000, [0, 1000], false],
    [{}, 1001, [0, 1000], true],
    [{ limit: 20 }, 5, [0, 20], true],
    [{ page: 3 }, 100, [40, 20], true],
    [{ page: 2, limit: 1000 }, 1003, [1000, 1000], true],
  ];
  it.each(table)('%j with %d matching → window %j, pagination %s', (query, total, [skip, take], carries) => {
    const window = pageWindow(query);
    expect([window.skip, window.take]).toEqual([skip, take]);
    expect(carriesPagination(window, total)).toBe(carries);
  });

  it('paginate adds the meta of page 1 when an unpaged answer is cut', () => {
    const cut = paginate(['a'], pageWindow({}), 1001);
    expect(cut.pagination).toEqual({
      currentPage: 1,
      totalPages: 2,
      totalItems: 1001,
      itemsPerPage: 1000,
      hasNextPage: true,
      hasPreviousPage: false,
    });
    expect(paginate(['a'], pageWindow({}), 1).pagination).toBeUndefined();
  });
});
