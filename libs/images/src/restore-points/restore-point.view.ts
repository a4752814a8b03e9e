import { ApiProperty } from '@nestjs/swagger';
import { VERIFICATION_STATES, VerificationState } from '../domain/restore-points';

export class RestorePointRunView {
  @ApiProperty({ type: 'integer' })
  id: number;
  /** What the run that wrote the image came to (`in-progress` while it is not done). */
  @ApiProperty({ enum: ['succeeded', 'unsuccessful', 'in-progress'] })
  outcome: 'succeeded' | 'unsuccessful' | 'in-progress';
}

export class RestorePointVerificationView {
  @ApiProperty({ enum: VERIFICATION_STATES })
  state: VerificationState;
  /** When it was verified (ISO-8601 with offset); null while unverified. */
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  at: string | null;
}

/** One restore point of a job (spec §13). */
export class RestorePointView {
  /** The image file name. */
  image: string;
  @ApiProperty({ enum: ['full', 'increment'] })
  level: 'full' | 'increment';
  /** Image time as its header states it (`YYYY-MM-DD HH:mm:ss`). */
  time: string;
  /** The run that wrote it; null when it was found in the repository (provenance `found`). */
  @ApiProperty({
    type: 'object',
    nullable: true,
    required: ['id', 'outcome'],
    selfRequired: true,
    properties: {
      id: { type: 'integer' },
      outcome: { type: 'string', enum: ['succeeded', 'unsuccessful', 'in-progress'] },
    },
    description: 'The run that wrote it; null when it was found in the repository (provenance `found`).',
  })
  run: RestorePointRunView | null;
  /** The images a restore of this point applies, full first, ending with this image. */
  chain: string[];
  verification: RestorePointVerificationView;
  protected: boolean;
  /** Every link is on disk, written by a successful run (or verified ok), and none corrupt or missing. */
  restorable: boolean;
  /** Why it is not restorable (the first link that fails); absent when restorable. */
  reason?: string;
}
