import type { BackupJob } from '@zdm/jobs';
import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

/**
 * The scheduler's row of one job: its next unhandled slot (null when the schedule has none ahead),
 * computed from schedule `scheduleId`. Claimed FOR UPDATE SKIP LOCKED by the ticks; all its SQL is
 * in RunsRepository.
 */
@Entity({ name: 'run_triggers' })
@Index('ix_run_triggers_due', ['nextRunAt'], { where: 'next_run_at IS NOT NULL' })
@Check('run_triggers_next_role_check', `next_role IN ('basic', 'advanced')`)
export class RunTriggerEntity {
  @PrimaryColumn({ name: 'job_id', type: 'integer' })
  jobId: number;

  @OneToOne('BackupJobEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'run_triggers_job_id_fkey' })
  job?: BackupJob;

  /** The basic schedule row the slot was computed from (with `since`: a changed schedule, or a resumed job, is recomputed). */
  @Column({ name: 'schedule_id', type: 'integer' })
  scheduleId: number;

  /** The instant the slots were computed from (schedule created or revised, job resumed). */
  @Column({ name: 'since', type: 'timestamptz', nullable: true })
  since: Date | null;

  @Column({ name: 'next_run_at', type: 'timestamptz', nullable: true })
  nextRunAt: Date | null;

  @Column({ name: 'next_role', type: 'varchar', length: 8, nullable: true })
  nextRole: 'basic' | 'advanced' | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
