import { CreateSchedules1732000002000 } from './1732000002000-create-schedules';
import { AddScheduleRevisedAt1765000220000 } from './1765000220000-add-schedule-revised-at';

export const migrations = [CreateSchedules1732000002000, AddScheduleRevisedAt1765000220000];
