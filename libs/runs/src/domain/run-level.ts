import type { JobMode } from '@zdm/jobs';
import { RunLevel } from './run-state';

/** Why a run is made: a schedule slot of one half of the schedule, or a manual start. */
export type RunOccasion = { slot: 'basic' | 'advanced'; smartSchedule: boolean } | { slot: 'manual' };

/**
 * The level of a new run (spec §7): full/increment jobs run their mode. Smart jobs: a basic slot of a
 * smart schedule (types 7–11) runs `full`, everything else (an advanced slot, a slot of a 0–6
 * schedule, a manual start) runs `increment` — except that a job with no successful full yet runs
 * `full` (an increment needs a full to build on; §4.1: "the job takes a full first and increments after").
 */
export function runLevel(mode: JobMode, occasion: RunOccasion, hasSuccessfulFull: boolean): RunLevel {
  if (mode === 'full') return 'full';
  if (mode === 'increment') return 'increment';
  if (occasion.slot === 'basic' && occasion.smartSchedule) return 'full';
  return hasSuccessfulFull ? 'increment' : 'full';
}
