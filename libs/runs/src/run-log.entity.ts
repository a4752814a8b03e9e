import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RunLogLevel } from './domain/run-state';
import { RunEntity } from './run.entity';

/** One line of a run's log (append-only; `seq` 1, 2, … per run). */
@Entity({ name: 'run_log' })
@Check('run_log_level_check', `level IN ('debug', 'info', 'warn', 'error')`)
export class RunLogEntity {
  @PrimaryColumn({ name: 'run_id', type: 'integer' })
  runId: number;

  @ManyToOne(() => RunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'run_log_run_id_fkey' })
  run?: RunEntity;

  @PrimaryColumn({ name: 'seq', type: 'integer' })
  seq: number;

  @Column({ name: 'time', type: 'timestamptz' })
  time: Date;

  @Column({ name: 'level', type: 'varchar', length: 8 })
  level: RunLogLevel;

  @Column({ name: 'message', type: 'text' })
  message: string;
}
