import { ApiProperty } from '@nestjs/swagger';
import { PartitionEntity } from './partition.entity';
import { SERVER_OS, ServerOs } from './server';
import { ServerEntity } from './server.entity';

/** A partition as lists show it. */
export class PartitionView {
  /** Mount point (`/`, `/boot/efi`) or Windows drive (`C:`). */
  letter: string;
  /** Block device (`/dev/sda1`). */
  device: string | null;
  /** File system (`xfs`, `NTFS`). */
  filesystem: string | null;
  /** Size in bytes. */
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, example: 2328637440 })
  size: number | null;
}

/** A server with its partitions (spec §2). */
export class ServerView {
  @ApiProperty({ type: 'integer', example: 1 })
  id: number;
  /** Server name with its IP: `source-centos7-bios (192.168.2.104)`. */
  name: string;
  @ApiProperty({ type: 'integer', example: 1 })
  centerId: number;
  @ApiProperty({ enum: SERVER_OS })
  os: ServerOs;
  /** OS release text. */
  osVersion: string | null;
  partitions: PartitionView[];
}

/** Partitions sorted as people read them: `/` before `/boot`, `C:` before `D:`. */
export function partitionViews(partitions: PartitionEntity[] = []): PartitionView[] {
  return [...partitions]
    .sort((a, b) => a.letter.localeCompare(b.letter))
    .map((p) => ({ letter: p.letter, device: p.device, filesystem: p.filesystem, size: p.size }));
}

export function serverView(server: ServerEntity): ServerView {
  return {
    id: server.id,
    name: server.name,
    centerId: server.centerId,
    os: server.os,
    osVersion: server.osVersion,
    partitions: partitionViews(server.partitions),
  };
}
