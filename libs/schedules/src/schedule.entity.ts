import type { Center, User } from '@zdm/inventory';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ScheduleFields, ScheduleRole } from './domain/schedule-spec';
import { ScheduleType } from './domain/schedule-type';
import type { ScheduleState } from './schedule';

/**
 * One half of a schedule. Types 0–6 are one `basic` row; a smart schedule (7–11) is a `basic` row
 * (full backup) and an `advanced` row (incremental), linked both ways by `pair_id`.
 */
@Entity({ name: 'schedules' })
@Index('ix_schedules_center', ['centerId'])
@Index('ix_schedules_job_name', ['jobName'])
@Index('ix_schedules_type', ['type'])
@Index('ix_schedules_state', ['state'])
@Index('ix_schedules_pair', ['pairId'])
@Check('schedules_type_check', 'type BETWEEN 0 AND 11')
@Check('schedules_role_check', `role IN ('basic', 'advanced')`)
@Check('schedules_state_check', `state IN ('Enabled', 'Disabled')`)
@Check('ck_schedules_role_type', `role = 'basic' OR type >= 7`)
export class ScheduleEntity {
  @PrimaryGeneratedColumn({ name: 'id' })
  id: number;

  @Column({ name: 'center_id', type: 'integer' })
  centerId: number;

  // Another lib's table: named, not imported (inventory keeps its entities to itself).
  @ManyToOne('CenterEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'center_id', foreignKeyConstraintName: 'schedules_center_id_fkey' })
  center?: Center;

  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId: number | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'schedules_user_id_fkey' })
  user?: User | null;

  @Column({ name: 'job_name', type: 'varchar', length: 255, nullable: true })
  jobName: string | null;

  @Column({ name: 'type', type: 'smallint' })
  type: ScheduleType;

  @Column({ name: 'role', type: 'varchar', length: 8 })
  role: ScheduleRole;

  /** Normalised fields (`ScheduleFields`). */
  @Column({ name: 'fields', type: 'jsonb' })
  fields: ScheduleFields;

  /** IANA zone the wall-clock fields are read in. */
  @Column({ name: 'timezone', type: 'varchar', length: 64 })
  timezone: string;

  @Column({ name: 'state', type: 'varchar', length: 8, default: 'Enabled' })
  state: ScheduleState;

  /** The other half of a smart schedule (basic ↔ advanced); null for types 0–6. */
  @Column({ name: 'pair_id', type: 'integer', nullable: true })
  pairId: number | null;

  @ManyToOne(() => ScheduleEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'pair_id', foreignKeyConstraintName: 'schedules_pair_id_fkey' })
  pair?: ScheduleEntity | null;

  @Column({ name: 'last_run_time', type: 'timestamptz', nullable: true })
  lastRunTime: Date | null;

  /** When the content was last replaced in place (a job's `PUT schedule`); null: never. */
  @Column({ name: 'revised_at', type: 'timestamptz', nullable: true })
  revisedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
