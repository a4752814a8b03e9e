import type { Run } from '@zdm/runs';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RecoveryJobEntity } from './recovery-job.entity';

/** Which recovery job a restore run belongs to (the runs lib's table knows backup jobs only). */
@Entity({ name: 'recovery_runs' })
@Index('ix_recovery_runs_job', ['recoveryJobId', 'runId'])
export class RecoveryRunEntity {
  @PrimaryColumn({ name: 'run_id', type: 'integer' })
  runId: number;

  @ManyToOne('RunEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'fk_recovery_runs_run' })
  run?: Run;

  @Column({ name: 'recovery_job_id', type: 'integer' })
  recoveryJobId: number;

  @ManyToOne(() => RecoveryJobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recovery_job_id', foreignKeyConstraintName: 'fk_recovery_runs_job' })
  recoveryJob?: RecoveryJobEntity;
}
