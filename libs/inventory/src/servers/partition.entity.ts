import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ServerEntity } from './server.entity';

const bigintAsNumber = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A partition of a server: a mount point (`/`, `/boot/efi`) or a Windows drive (`C:`). */
@Entity({ name: 'partitions' })
@Unique('uq_partitions_server_letter', ['serverId', 'letter'])
export class PartitionEntity {
  @PrimaryGeneratedColumn({ name: 'id' })
  id: number;

  @Column({ name: 'server_id', type: 'integer' })
  serverId: number;

  @ManyToOne('ServerEntity', 'partitions', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'server_id', foreignKeyConstraintName: 'partitions_server_id_fkey' })
  server?: ServerEntity;

  @Column({ name: 'letter', type: 'varchar', length: 255 })
  letter: string;

  @Column({ name: 'device', type: 'varchar', length: 255, nullable: true })
  device: string | null;

  @Column({ name: 'filesystem', type: 'varchar', length: 64, nullable: true })
  filesystem: string | null;

  @Column({ name: 'size', type: 'bigint', nullable: true, transformer: bigintAsNumber })
  size: number | null;
}
