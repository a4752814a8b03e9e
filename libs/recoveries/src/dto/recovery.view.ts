import { ApiProperty } from '@nestjs/swagger';
import { ISO_TIMESTAMP_SCHEMA } from '@zdm/common';
import { USE_OPTIONS } from '@zdm/jobs';
import { RunView } from '@zdm/runs';

/** A server as a recovery names it. */
export class RecoveryServerView {
  @ApiProperty({ type: 'integer' })
  id: number;
  name: string;
}

/** One image of the chain a recovery applies, full first. */
export class RecoveryChainLinkView {
  /** Image file name. */
  image: string;
  @ApiProperty({ enum: ['full', 'increment'] })
  level: 'full' | 'increment';
}

/** One recovery job (spec §14): one restore point of one source partition onto one target partition. */
export class RecoveryView {
  @ApiProperty({ type: 'integer' })
  id: number;
  /** `<jobName or target name>_RECOVERY<partition suffix>`. */
  name: string;
  source: RecoveryServerView;
  target: RecoveryServerView;
  /** Mount point or drive of the source server. */
  sourcePartition: string;
  /** Mount point or drive of the target server. */
  targetPartition: string;
  /** The restore point (image file name) restored. */
  point: string;
  @ApiProperty({ type: [RecoveryChainLinkView] })
  chain: RecoveryChainLinkView[];
  overwrite: boolean;
  @ApiProperty({ enum: USE_OPTIONS })
  autoStart: string;
  @ApiProperty(ISO_TIMESTAMP_SCHEMA)
  createdAt: string;
  /** The newest restore run of the recovery; absent before the first. */
  latestRun?: RunView;
}

/** One partition's answer in `data.results[]` of `POST /api/recoveries`. */
export class RecoveryRegistrationItem {
  @ApiProperty({ enum: ['success'] })
  state: 'success';
  @ApiProperty({ type: 'integer' })
  id: number;
  jobName: string;
  sourcePartition: string;
  targetPartition: string;
  /** The restore point (image file name). */
  point: string;
  /** What the restore applies, full first. */
  @ApiProperty({ type: [RecoveryChainLinkView] })
  chain: RecoveryChainLinkView[];
  @ApiProperty({ enum: USE_OPTIONS })
  autoStart: string;
  /** The restore run queued: only with `autoStart: use`. */
  run?: RunView;
}

export class RecoveryRegistrationSummary {
  @ApiProperty({ type: 'integer', minimum: 0 })
  total: number;
  @ApiProperty({ type: 'integer', minimum: 0 })
  successful: number;
  @ApiProperty({ type: 'integer', minimum: 0 })
  failed: number;
}

/** `data` of `POST /api/recoveries`. */
export class RecoveryRegistrationResult {
  summary: RecoveryRegistrationSummary;
  results: RecoveryRegistrationItem[];
}
