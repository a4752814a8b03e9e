import { CreateNotifications1765000300000 } from './1765000300000-create-notifications';

export const migrations = [CreateNotifications1765000300000];
