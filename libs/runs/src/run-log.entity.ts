import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RunLogLevel } from './domain/run-state';

/** One line of a run's log (append-only; `seq` 1, 2, … per run). */
@Entity({ name: 'run_log' })
export class RunLogEntity {
  @PrimaryColumn({ name: 'run_id', type: 'integer' })
  runId: number;

  @PrimaryColumn({ name: 'seq', type: 'integer' })
  seq: number;

  @Column({ name: 'time', type: 'timestamptz' })
  time: Date;

  @Column({ name: 'level', type: 'varchar', length: 8 })
  level: RunLogLevel;

  @Column({ name: 'message', type: 'text' })
  message: string;
}
