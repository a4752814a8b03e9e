import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { PartitionEntity } from './partition.entity';
import { CenterEntity } from '../centers/center.entity';
import type { ServerOs } from './server';

/** A protected server, named as the seeds name it: `source-centos7-bios (192.168.2.104)`. */
@Entity({ name: 'servers' })
@Index('ix_servers_center', ['centerId'])
@Check('servers_os_check', `os IN ('win', 'lin')`)
export class ServerEntity {
  @PrimaryGeneratedColumn({ name: 'id' })
  id: number;

  @Column({ name: 'name', type: 'varchar', length: 255, unique: true })
  name: string;

  @Column({ name: 'center_id', type: 'integer' })
  centerId: number;

  @ManyToOne(() => CenterEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'center_id', foreignKeyConstraintName: 'servers_center_id_fkey' })
  center?: CenterEntity;

  @Column({ name: 'os', type: 'varchar', length: 8 })
  os: ServerOs;

  @Column({ name: 'os_version', type: 'varchar', length: 255, nullable: true })
  osVersion: string | null;

  @OneToMany('PartitionEntity', 'server')
  partitions?: PartitionEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
