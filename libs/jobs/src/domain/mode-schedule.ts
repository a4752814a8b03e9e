import { messages, Refusal } from '@zdm/common';
import { isSmartScheduleType, ScheduleSpec } from '@zdm/schedules';
import { JobMode } from './job-mode';

/**
 * The mode a job takes when its schedule changes and the request gives no `mode` (spec §4.2): a
 * smart schedule (types 7–11) switches a full/increment job to smart, a 0–6 schedule switches a
 * smart job to full; no schedule keeps the mode.
 */
export function modeForNewSchedule(mode: JobMode, spec: ScheduleSpec | undefined): JobMode {
  if (!spec) return mode;
  const smart = isSmartScheduleType(spec.type);
  if (smart && mode !== 'smart') return 'smart';
  if (!smart && mode === 'smart') return 'full';
  return mode;
}

/** The fields a mode ↔ schedule 400 names. */
export interface ModeScheduleFields {
  /** Named when a smart job has no schedule. */
  scheduleMissing: string;
  /** Named when a full/increment job has a smart schedule. */
  smartSchedule: string;
}

/**
 * Mode ↔ schedule (spec §4.1, §4.2): a smart job needs a schedule, and a smart schedule (7–11) is
 * only for a smart job. Throws the 400.
 */
export function checkModeSchedule(mode: JobMode, spec: ScheduleSpec | undefined, fields: ModeScheduleFields): void {
  if (mode === 'smart' && !spec) {
    const message = messages.jobs.scheduleRequiredForSmart();
    throw Refusal.invalid(message, [{ field: fields.scheduleMissing, message }]);
  }
  if (mode !== 'smart' && spec && isSmartScheduleType(spec.type)) {
    throw Refusal.invalid(messages.jobs.smartScheduleNotAllowed(fields.smartSchedule, mode, spec.type));
  }
}
