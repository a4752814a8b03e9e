/** Job modes (spec §4.1) as the API takes them, and as results and lists show them. */
export const JOB_MODES = ['full', 'increment', 'smart'] as const;
export type JobMode = (typeof JOB_MODES)[number];

const MODE_LABELS: Record<JobMode, string> = {
  full: 'Full Backup',
  increment: 'Incremental Backup',
  smart: 'Smart Backup',
};

export function jobModeLabel(mode: JobMode): string {
  return MODE_LABELS[mode];
}

/** `use | not use` options (compression, encryption, autoStart). */
export const USE_OPTIONS = ['use', 'not use'] as const;
export type UseOption = (typeof USE_OPTIONS)[number];

export const useOption = (on: boolean): UseOption => (on ? 'use' : 'not use');

/** When the job's script runs. */
export const SCRIPT_RUNS = ['before', 'after'] as const;
export type ScriptRun = (typeof SCRIPT_RUNS)[number];

export const scriptRunTiming = (run: ScriptRun): string => `${run} job`;
