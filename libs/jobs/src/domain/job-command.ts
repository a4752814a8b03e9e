/** `PUT /api/backups/:identifier` `status`: start or stop the job now (a run is queued or cancelled by the runs lib). */
export const JOB_COMMANDS = ['start', 'stop'] as const;
export type JobCommand = (typeof JOB_COMMANDS)[number];
