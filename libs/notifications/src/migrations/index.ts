import { CreateNotifications1765000300000 } from './1765000300000-create-notifications';
import { CreateNotificationConditions1765000600000 } from './1765000600000-create-notification-conditions';

export const migrations = [CreateNotifications1765000300000, CreateNotificationConditions1765000600000];
