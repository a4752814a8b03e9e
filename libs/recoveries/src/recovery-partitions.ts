import { Injectable } from '@nestjs/common';
import { messages, Refusal } from '@zdm/common';
import { CatalogJob, JobImage, RestorePoint, RestorePointsService } from '@zdm/images';
import { Server } from '@zdm/inventory';
import { BackupJobWithServer } from '@zdm/jobs';
import { RegisterRecoveryDto } from './dto/register-recovery.dto';

/**
 * What a recovery restores: the partition mappings of a registration (the request's, each checked on
 * both servers, or every backed-up partition of the source with a point) and the restore points of
 * one source partition.
 */
@Injectable()
export class RecoveryPartitions {
  constructor(private readonly points: RestorePointsService) {}

  /** The partitions to recover: the request's (each checked on both servers) or every backed-up one with a point. */
  async mappings(
    dto: RegisterRecoveryDto,
    source: Server,
    target: Server,
    sourceJobs: BackupJobWithServer[],
  ): Promise<{ sourcePartition: string; targetPartition: string; field: string }[]> {
    const m = messages.recoveries;
    if (dto.partitions) {
      const seen = new Set<string>();
      return dto.partitions.map((p, i) => {
        if (!partitionOf(source, p.source)) {
          throw Refusal.notFound(m.partitionNotFound(`partitions[${i}].source`, source.name, p.source));
        }
        if (!partitionOf(target, p.target)) {
          throw Refusal.notFound(m.partitionNotFound(`partitions[${i}].target`, target.name, p.target));
        }
        if (seen.has(p.target)) throw Refusal.invalid(m.partitionTwice(`partitions[${i}].target`, p.target));
        seen.add(p.target);
        return { sourcePartition: p.source, targetPartition: p.target, field: `partitions[${i}].target` };
      });
    }
    const backedUp = [...new Set(sourceJobs.map((job) => job.partition))].filter((p) => partitionOf(source, p));
    const withPoints: string[] = [];
    for (const partition of backedUp) {
      const points = await this.pointsOf(sourceJobs.filter((job) => job.partition === partition));
      if (points.length) withPoints.push(partition);
    }
    if (!withPoints.length) {
      throw Refusal.conflict('NO_RESTORE_POINT', m.nothingToRecover('source', source.name), { partitions: [] });
    }
    return withPoints.map((partition) => {
      if (!partitionOf(target, partition)) {
        throw Refusal.notFound(m.partitionNotFound('target', target.name, partition));
      }
      return { sourcePartition: partition, targetPartition: partition, field: 'target' };
    });
  }

  /** Every restore point of these jobs (one partition's), newest first, each with its job. */
  async pointsOf(jobs: BackupJobWithServer[]): Promise<{ point: RestorePoint<JobImage>; job: BackupJobWithServer }[]> {
    const all: { point: RestorePoint<JobImage>; job: BackupJobWithServer }[] = [];
    for (const job of jobs) {
      for (const point of await this.points.all(catalogJob(job))) all.push({ point, job });
    }
    return all.sort((a, b) =>
      a.point.image.time < b.point.image.time ? 1 : a.point.image.time > b.point.image.time ? -1 : 0,
    );
  }
}

export function partitionOf(server: Server, letter: string) {
  return (server.partitions ?? []).find((p) => p.letter === letter);
}

export function catalogJob(job: BackupJobWithServer): CatalogJob {
  return { id: job.id, name: job.name, server: job.server.name, rotation: job.rotation };
}
