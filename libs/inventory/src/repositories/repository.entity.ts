import { ApiProperty } from '@nestjs/swagger';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { CenterEntity } from '../centers/center.entity';
import type { RepositoryType } from './backup-repository';

/** A backup repository (an SMB share or NFS export) of a center. */
@Entity({ name: 'repositories' })
@Unique('uq_repositories_center_type_path', ['centerId', 'type', 'path'])
@Check('repositories_type_check', `type IN ('smb', 'nfs')`)
@Index('ix_repositories_type_path', ['type', 'path'])
export class RepositoryEntity {
  @PrimaryGeneratedColumn({ name: 'id' })
  @ApiProperty({ type: 'integer' })
  id: number;

  @Column({ name: 'center_id', type: 'integer' })
  @ApiProperty({ type: 'integer' })
  centerId: number;

  @ManyToOne(() => CenterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'center_id', foreignKeyConstraintName: 'repositories_center_id_fkey' })
  center?: CenterEntity;

  @Column({ name: 'type', type: 'varchar', length: 8 })
  type: RepositoryType;

  @Column({ name: 'path', type: 'varchar', length: 1024 })
  path: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
