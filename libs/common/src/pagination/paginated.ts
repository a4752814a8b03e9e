import { PaginationMeta } from '../openapi/envelope.view';
import { PaginationQuery } from './pagination-query.dto';

/**
 * What a list service returns. The envelope renders `data: items` and, when the client sent
 * `page` or `limit`, a top-level `pagination`.
 */
export class Paginated<T> {
  constructor(
    readonly items: T[],
    readonly pagination?: PaginationMeta,
  ) {}
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 1000;

/** SQL window for a query: `skip`/`take`, plus whether the answer must carry `pagination`. */
export interface PageWindow {
  skip: number;
  take: number;
  page: number;
  limit: number;
  requested: boolean;
  order: 'ASC' | 'DESC';
}

export function pageWindow(query: PaginationQuery, defaultOrder: 'ASC' | 'DESC' = 'ASC'): PageWindow {
  const requested = query.page !== undefined || query.limit !== undefined;
  const page = query.page ?? 1;
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const order = query.sort ? (query.sort === 'desc' ? 'DESC' : 'ASC') : defaultOrder;
  // Without page/limit a list answers everything it matches, at most MAX_PAGE_SIZE items.
  return requested
    ? { skip: (page - 1) * limit, take: limit, page, limit, requested, order }
    : { skip: 0, take: MAX_PAGE_SIZE, page: 1, limit: MAX_PAGE_SIZE, requested, order };
}

export function paginationMeta(window: PageWindow, totalItems: number): PaginationMeta {
  const totalPages = Math.max(1, Math.ceil(totalItems / window.limit));
  return {
    currentPage: window.page,
    totalPages,
    totalItems,
    itemsPerPage: window.limit,
    hasNextPage: window.page < totalPages,
    hasPreviousPage: window.page > 1,
  };
}

/**
 * Whether an answer carries `pagination`: when the client asked for a page, and also when it did not
 * but more items match than one answer holds (`MAX_PAGE_SIZE`), so a client learns that it must page.
 */
export function carriesPagination(window: PageWindow, totalItems: number): boolean {
  return window.requested || totalItems > window.skip + window.take;
}

export function paginate<T>(items: T[], window: PageWindow, totalItems: number): Paginated<T> {
  return new Paginated(items, carriesPagination(window, totalItems) ? paginationMeta(window, totalItems) : undefined);
}
