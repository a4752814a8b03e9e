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
  reason: string;
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
  /** Newest first: what the next successful run would remove. */
  remove: RetentionItemView[];
}
