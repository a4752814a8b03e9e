import { ApiProperty } from '@nestjs/swagger';
import { RestorePointVerificationView } from '../restore-points/restore-point.view';

/** An image as the catalog holds it (spec §13): where it is, where it came from, its protection and verification. */
export class CatalogImageView {
  /** Catalog id (usable as `:image`). */
  @ApiProperty({ type: 'integer' })
  id: number;
  /** File name. */
  name: string;
  /** Path relative to the backup repository. */
  path: string;
  server: string;
  /** Header time (`YYYY-MM-DD HH:mm:ss`). */
  time: string;
  @ApiProperty({ enum: ['full', 'increment'] })
  type: 'full' | 'increment';
  /** `run`: written by a run of this API (`runId`); `found`: appeared in the repository by other means. */
  @ApiProperty({ enum: ['run', 'found'] })
  provenance: 'run' | 'found';
  @ApiProperty({ type: 'integer', nullable: true })
  runId: number | null;
  protected: boolean;
  verification: RestorePointVerificationView;
}

/** `DELETE /api/images/:image`: what was removed. */
export class RemovedImageView {
  /** File name. */
  name: string;
  /** Path relative to the backup repository. */
  path: string;
}
