import { ApiProperty } from '@nestjs/swagger';
import { ISO_TIMESTAMP_SCHEMA } from '@zdm/common';
import { RunView } from '@zdm/runs';

export class ClaimedRepositoryView {
  type: string;
  path: string;
}

export class ClaimedServerView {
  @ApiProperty({ type: 'integer' })
  id: number;
  name: string;
  os: string;
  osVersion: string | null;
}

/** The partition as the inventory knows it (what the reference agent writes into its header). */
export class ClaimedPartitionView {
  device: string | null;
  filesystem: string | null;
  @ApiProperty({ type: 'integer' })
  size: number | null;
  @ApiProperty({ type: 'integer' })
  diskNumber: number;
  /** 1-based position among the server's partitions. */
  @ApiProperty({ type: 'integer' })
  partitionNumber: number;
}

/**
 * The image the run is to write (spec §13 "Image names follow the run's slot"): named for the run's
 * slot (run-now: its start) in the API's time zone, `_2`, `_3`… when the job already has an image of
 * that minute.
 */
export class ClaimedImageView {
  /** File name, e.g. `web_ROOT_[2026-03-02_12_08].ZIA` (`…]_2.ZIA` for a second one in that minute). */
  name: string;
  /** Header `time`: `YYYY-MM-DD HH:mm:ss` of the slot in the API's time zone. */
  time: string;
}

/** What an agent needs to perform a run (spec §8). */
export class ClaimedJobView {
  @ApiProperty({ type: 'integer' })
  id: number;
  name: string;
  partition: string;
  level: 'full' | 'increment';
  repository: ClaimedRepositoryView;
  compression: boolean;
  encryption: boolean;
  excludeDir: string[];
  /** 0 = unlimited. */
  @ApiProperty({ type: 'integer' })
  networkLimit: number;
  scriptPath: string | null;
  @ApiProperty({ type: 'string', nullable: true, enum: ['before', 'after', null] })
  scriptRun: 'before' | 'after' | null;
  server: ClaimedServerView;
  partitionDetail: ClaimedPartitionView;
  image: ClaimedImageView;
}

/** One image of the chain a claim carries, full first (agent protocol). */
export class ClaimedChainLinkView {
  /** File name. */
  image: string;
  /** Absolute path as the API's catalog knows it. */
  path: string;
  @ApiProperty({ enum: ['full', 'increment'] })
  level: 'full' | 'increment';
  /** Hex SHA-256 of the payload as the image's header states it; null when it has none. */
  @ApiProperty({ type: 'string', nullable: true })
  payloadSha256: string | null;
}

/** What a restore run restores where (kind `restore` only). */
export class ClaimedRestoreView {
  sourcePartition: string;
  targetPartition: string;
  overwrite: boolean;
}

/** `POST /api/agent/runs/claim` (200). */
export class ClaimView {
  run: RunView;
  job: ClaimedJobView;
  /**
   * Full first. verify: the chain to verify; backup increment: the job's newest restorable point's
   * chain (the new image's `parent` is the last link); full backup: empty; restore: the chain to apply.
   */
  @ApiProperty({ type: [ClaimedChainLinkView] })
  chain: ClaimedChainLinkView[];
  /** Null unless the run's kind is `restore`. */
  @ApiProperty({
    type: 'object',
    nullable: true,
    required: ['sourcePartition', 'targetPartition', 'overwrite'],
    selfRequired: true,
    properties: {
      sourcePartition: { type: 'string' },
      targetPartition: { type: 'string' },
      overwrite: { type: 'boolean' },
    },
    description: "What a restore run restores where (mount points); null unless the run's kind is `restore`.",
  })
  restore: ClaimedRestoreView | null;
  /** ISO-8601 UTC: report progress before this or the run ends `lost`. */
  @ApiProperty(ISO_TIMESTAMP_SCHEMA)
  leaseExpiresAt: string;
}

/** `POST /api/agent/runs/:id/progress`. */
export class ProgressAnswerView {
  /** True: stop, then complete with `cancelled`. */
  cancel: boolean;
  @ApiProperty(ISO_TIMESTAMP_SCHEMA)
  leaseExpiresAt: string;
}

/** `POST /api/agent/runs/:id/log`. */
export class LogAnswerView {
  /** Lines written. */
  @ApiProperty({ type: 'integer' })
  written: number;
}

/** `POST /api/agent/runs/:id/complete`. */
export class CompletedRunView {
  @ApiProperty({ type: 'integer' })
  id: number;
  state: string;
  result: string;
}
