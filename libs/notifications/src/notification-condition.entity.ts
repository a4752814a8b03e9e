import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A lasting condition already reported (`job.stale` of a job, `agent.offline` of an agent): present
 * while the object is in it. Schema: migrations/1765000600000-create-notification-conditions.ts.
 */
@Entity({ name: 'notification_conditions' })
export class NotificationConditionEntity {
  /** The event type the condition raises. */
  @PrimaryColumn({ name: 'kind', type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_notification_conditions' })
  kind: string;

  /** The job's or the agent's id. */
  @PrimaryColumn({ name: 'object_id', type: 'integer', primaryKeyConstraintName: 'pk_notification_conditions' })
  objectId: number;

  /** When a check first saw it. */
  @Column({ name: 'since', type: 'timestamptz' })
  since: Date;
}
