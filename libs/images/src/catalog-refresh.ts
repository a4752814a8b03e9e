import { HttpStatus } from '@nestjs/common';
import { AppException, LocalizedText, messages } from '@zdm/common';

/** The catalog could not be brought up to date: the header CLI failed or the repository is not readable. */
export class CatalogRefreshFailure extends Error {
  override readonly name = 'CatalogRefreshFailure';

  /** `reason` is shown after `백업 이미지 조회 실패: `; `localized` when it has a Korean wording. */
  constructor(
    readonly reason: string,
    readonly localized: LocalizedText = { ko: reason, en: reason },
  ) {
    super(reason);
  }
}

/**
 * The backup repository itself cannot be read (BACKUP_REPOSITORY_PATH missing, not a directory, no
 * permission, a dead mount): the listing answers 503 `REPOSITORY_UNAVAILABLE` naming the path, not
 * a 500, and health says `degraded`.
 */
export class RepositoryUnavailable extends CatalogRefreshFailure {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    const reason = messages.images.repositoryUnavailable(path, code);
    super(reason.en, reason);
  }
}

/** What one refresh did. */
export interface CatalogRefreshReport {
  /** Image files found. */
  files: number;
  /** New or changed files whose header was read. */
  read: number;
  /** Of those, the ones the CLI could not read (kept as `unreadable`, skipped until they change). */
  unreadable: number;
  /** Rows dropped because their file is gone. */
  removed: number;
  ms: number;
  /** Another replica held the refresh lock and completed the refresh this one waited for. */
  byAnotherReplica?: true;
}

export function emptyRefreshReport(): CatalogRefreshReport {
  return { files: 0, read: 0, unreadable: 0, removed: 0, ms: 0 };
}

/**
 * The answer to a listing whose refresh failed: 503 REPOSITORY_UNAVAILABLE naming the path when the
 * repository cannot be read, 500 for another refresh failure; any other error (database trouble) as
 * it is, for the global filter to map.
 */
export function refreshFailureAnswer(error: unknown): unknown {
  if (error instanceof CatalogRefreshFailure) {
    const message = {
      ko: messages.images.listFailed(error.localized.ko).ko,
      en: messages.images.listFailed(error.localized.en).en,
    };
    // Not our failure but the environment's (a missing path, a dead mount): 503 naming the path.
    if (error instanceof RepositoryUnavailable) {
      return new AppException(HttpStatus.SERVICE_UNAVAILABLE, 'REPOSITORY_UNAVAILABLE', message);
    }
    return new AppException(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL_SERVER_ERROR', message);
  }
  return error; // database trouble etc.: the global filter maps it (503 …)
}
