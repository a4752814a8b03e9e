import type { ScheduleEntity } from './schedule.entity';

export const SCHEDULE_STATES = ['Enabled', 'Disabled'] as const;
export type ScheduleState = (typeof SCHEDULE_STATES)[number];

/** One schedule row as other libs see it: its columns (the entity and its table stay schedules'). */
export type Schedule = Omit<ScheduleEntity, 'center' | 'user' | 'pair'>;
