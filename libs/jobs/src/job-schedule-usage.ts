import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ScheduleUsagePort } from '@zdm/schedules';
import { EntityManager, In, Repository } from 'typeorm';
import { BackupJobEntity } from './backup-job.entity';

/** `schedules`' ScheduleUsagePort: the backup jobs whose basic or advanced schedule is one of the ids. */
@Injectable()
export class JobScheduleUsage extends ScheduleUsagePort {
  constructor(@InjectRepository(BackupJobEntity) private readonly jobs: Repository<BackupJobEntity>) {
    super();
  }

  async jobsUsing(scheduleIds: readonly number[], manager?: EntityManager): Promise<number[]> {
    if (scheduleIds.length === 0) return [];
    const ids = In([...scheduleIds]);
    const rows = await (manager ? manager.getRepository(BackupJobEntity) : this.jobs).find({
      select: { id: true },
      where: [{ basicScheduleId: ids }, { advancedScheduleId: ids }],
      order: { id: 'ASC' },
    });
    return rows.map((row) => row.id);
  }
}
