import { CreateSchedules1732000002000 } from './1732000002000-create-schedules';

export const migrations = [CreateSchedules1732000002000];
