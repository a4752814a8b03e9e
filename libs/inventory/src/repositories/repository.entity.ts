import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CenterEntity } from '../centers/center.entity';

export const REPOSITORY_TYPES = ['smb', 'nfs'] as const;
export type RepositoryType = (typeof REPOSITORY_TYPES)[number];

/** A backup repository (an SMB share or NFS export) of a center. */
@Entity({ name: 'repositories' })
@Index('uq_repositories_center_type_path', ['centerId', 'type', 'path'], { unique: true })
@Index('ix_repositories_type_path', ['type', 'path'])
export class RepositoryEntity {
  @PrimaryGeneratedColumn({ name: 'id' })
  id: number;

  @Column({ name: 'center_id', type: 'integer' })
  centerId: number;

  @ManyToOne(() => CenterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'center_id' })
  center?: CenterEntity;

  @Column({ name: 'type', type: 'varchar', length: 8 })
  type: RepositoryType;

  @Column({ name: 'path', type: 'varchar', length: 1024 })
  path: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
