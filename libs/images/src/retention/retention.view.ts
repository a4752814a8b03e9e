import { ApiProperty } from '@nestjs/swagger';
export class RetentionJobView {
  @ApiProperty({ type: 'integer' })
  id: number;
  name: string;
}

/** One image and why retention keeps or removes it. */
export class RetentionItemView {
  /** Image file name. */
  name: string;
  /** Image time (header). */
  time: string;
  type: 'full' | 'increment';
  /** 1 = newest successful generation; null for images outside the counted generations. */
  @ApiProperty({ type: 'integer' })
  generation: number | null;
  /** `run`: written by this job's runs; `found`: appeared by other means (never removed by retention). */
  provenance: 'run' | 'found';
  reason: string;
}

/** What a successful run started now would keep and remove (spec §13). */
export class RetentionNextRunView {
  /** Newest first. */
  keep: RetentionItemView[];
  /** Newest first. */
  remove: RetentionItemView[];
}

/** `GET /api/backups/:identifier/retention`. */
export class RetentionPreviewView {
  job: RetentionJobView;
  @ApiProperty({ type: 'integer' })
  rotation: number;
  /** False when RETENTION_ENFORCE=false: nothing is removed, this is only a preview. */
  enforced: boolean;
  /** Newest first. */
  keep: RetentionItemView[];
  /** Newest first: what a successful run would remove today (garbage of failed runs, generations beyond rotation). */
  remove: RetentionItemView[];
  /** The same plan once a successful run started now has added its image. */
  afterNextRun: RetentionNextRunView;
}
