import { carriesPagination, PageWindow, paginationMeta, SerializedData } from '@zdm/common';
import { CatalogListFilter } from './catalog-row';
import { ImageHeaderEntity } from './image-header.entity';
import { ImageListQuery } from './image-list.dto';
import { imageView, ImageListView } from './image.view';

/** The listing answer plus whether it came from a catalog that could not be refreshed in time. */
export interface CatalogListing {
  /** `data` of the answer, serialized once per catalog generation and query. */
  data: SerializedData;
  stale: boolean;
}

/** A listing answer as the catalog caches it (per catalog generation and query). */
export interface CachedListing {
  data: SerializedData;
  imageCount: number;
}

/** The cache key of a listing: everything of the request that changes the answer. */
export function listingKey(serverName: string, query: ImageListQuery): string {
  return JSON.stringify([serverName, query.jobName, query.partition, query.type, query.sort, query.page, query.limit]);
}

/** The catalog filter of a server's listing (spec §6). */
export function listingFilter(serverName: string, query: ImageListQuery, order: 'ASC' | 'DESC'): CatalogListFilter {
  return { server: serverName, jobName: query.jobName, type: query.type, partition: query.partition, order };
}

/**
 * The listing's `data`: the seed's shape (no `pagination`) unless a page was asked for or the answer
 * is cut at MAX_PAGE_SIZE.
 */
export function listingView(rows: ImageHeaderEntity[], window: PageWindow, totalItems: number): ImageListView {
  const images = rows.map(imageView);
  return carriesPagination(window, totalItems)
    ? { images, total: images.length, pagination: paginationMeta(window, totalItems) }
    : { images, total: images.length };
}
