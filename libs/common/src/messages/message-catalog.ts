import { auditMessages } from './audit.messages';
import { agentsMessages, retentionMessages } from './agents.messages';
import { authMessages } from './auth.messages';
import { commonMessages } from './common.messages';
import { imagesMessages } from './images.messages';
import { inventoryMessages } from './inventory.messages';
import { jobsMessages } from './jobs.messages';
import { notificationsMessages } from './notifications.messages';
import { recoveriesMessages } from './recoveries.messages';
import { runsMessages } from './runs.messages';
import { schedulesMessages } from './schedules.messages';

/**
 * The one catalog of user-facing messages. Each domain keeps its section in its own file next to
 * this one (`<domain>.messages.ts`) and is merged here, so every string the API says is found under
 * `libs/common/src/messages/`.
 */
export const messages = {
  common: commonMessages,
  auth: authMessages,
  inventory: inventoryMessages,
  jobs: jobsMessages,
  schedules: schedulesMessages,
  images: imagesMessages,
  audit: auditMessages,
  agents: agentsMessages,
  retention: retentionMessages,
  runs: runsMessages,
  recoveries: recoveriesMessages,
  notifications: notificationsMessages,
};
