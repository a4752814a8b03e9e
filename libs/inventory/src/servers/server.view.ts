import { PartitionEntity } from './partition.entity';
import { ServerEntity } from './server.entity';

export interface PartitionView {
  letter: string;
  device: string | null;
  filesystem: string | null;
  size: number | null;
}

export interface ServerView {
  id: number;
  name: string;
  centerId: number;
  os: string;
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
