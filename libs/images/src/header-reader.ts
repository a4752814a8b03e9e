import { ImageHeader } from './image-header';

/** Injection token of the `ImageHeaderReader` provider. */
export const IMAGE_HEADER_READER = Symbol('IMAGE_HEADER_READER');

/**
 * Why one image has no header:
 * - `unreadable`: the CLI said so (`error=` block, an invalid block, or it fails on this image alone).
 *   Stable until the file changes: a catalog may remember it and skip the file.
 * - `not-reported`: the CLI ended without saying anything about this path; worth trying again later.
 */
export type HeaderReadErrorKind = 'unreadable' | 'not-reported';

export interface HeaderReadError {
  path: string;
  kind: HeaderReadErrorKind;
  reason: string;
}

/** Headers read, by path as given, and the paths that could not be read (skipped, never fatal). */
export interface HeaderReadResult {
  headers: Map<string, ImageHeader>;
  errors: Map<string, HeaderReadError>;
}

/**
 * Reads image headers (contract: zdm-api.md §6). Resolves with the headers and per-path errors; one
 * unreadable image is never fatal. Rejects with `HeaderCliFailure` when the CLI itself fails (cannot be
 * started, killed by its time limit, prints nothing usable …).
 */
export interface ImageHeaderReader {
  read(paths: string[]): Promise<HeaderReadResult>;
}

export function emptyHeaderReadResult(): HeaderReadResult {
  return { headers: new Map(), errors: new Map() };
}

/**
 * The header CLI failed as a whole. `reason` is short, safe to show (`백업 이미지 조회 실패: <reason>`);
 * `partial` holds whatever was read before the failure (a catalog keeps it).
 */
export class HeaderCliFailure extends Error {
  override readonly name = 'HeaderCliFailure';

  constructor(
    readonly reason: string,
    readonly partial: HeaderReadResult = emptyHeaderReadResult(),
  ) {
    super(reason);
  }
}
