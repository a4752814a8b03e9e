import { isPathSafeName, messages, Refusal } from '@zdm/common';
import type { ScheduleSpec } from '@zdm/schedules';
import type { NewBackupJob } from '../backup-job.entity';
import type { IndividualJobDto, RegisterBackupDto, RepositoryRef } from '../dto/register-backup.dto';
import { JobMode, ScriptRun, UseOption } from './job-mode';
import { generatedJobName, serverBaseName } from './job-name';
import { initialJobStatus } from './job-status';
import { checkModeSchedule } from './mode-schedule';
import { selectPartitions, ServerPartitions } from './partition-targets';
import { splitValueList } from './value-list';

const MAX_NAME_LENGTH = 255;

/** A center as planning needs it. */
export interface PlannedCenter {
  id: number;
}

/** A server as planning needs it: its id, name and partitions. */
export interface PlannedServer {
  id: number;
  name: string;
  partitions?: readonly { letter: string }[] | null;
}

/** What the request's references resolved to (the service looks them up before planning). */
export interface RegistrationReferences<C extends PlannedCenter, S extends PlannedServer> {
  center: C;
  server: S;
  /** `user`'s id, else the caller's, else null. */
  userId: number | null;
  schedule?: ScheduleSpec;
  /** Per `individual` entry (same index): its own center, server and schedule, when it gives them. */
  individual: readonly { center?: C; server?: S; schedule?: ScheduleSpec }[];
}

/** One partition's job, planned: every setting merged (an `individual` entry over the request). */
export interface JobDraft<C extends PlannedCenter = PlannedCenter, S extends PlannedServer = PlannedServer> {
  partition: string;
  name: string;
  /** Field that gives the name (`individual[0].jobName`, or the partition's field for generated names). */
  nameField: string;
  explicitName: boolean;
  baseName: string | null;
  center: C;
  server: S;
  userId: number | null;
  mode: JobMode;
  /** The repository to resolve (for the job's center) and the field a 404 names. */
  repositoryRef: RepositoryRef;
  repositoryField: string;
  schedule?: ScheduleSpec;
  rotation: number;
  compression: boolean;
  encryption: boolean;
  excludeDir: string[];
  excludePartition: string[];
  mailEvent: string | null;
  networkLimit: number;
  autoStart: boolean;
  verifyAfterBackup: boolean;
  scriptPath: string | null;
  scriptRun: ScriptRun | null;
  description: string | null;
}

/**
 * `POST /api/backups` as a plan (spec §4.1, seed `post-backups.md`): which partitions get a job,
 * each job's settings (an `individual` entry's own value over the request's), its name (given,
 * or generated from `jobName` / the server name and the partition), mode ↔ schedule and the script
 * pair. Names are at most 255 characters, never all digits and unique in the request. Throws the
 * 400 naming the field.
 */
export function planRegistration<C extends PlannedCenter, S extends PlannedServer>(
  dto: RegisterBackupDto,
  refs: RegistrationReferences<C, S>,
): JobDraft<C, S>[] {
  const individual = dto.individual ?? [];
  const serverOf = (i: number): S => refs.individual[i]?.server ?? refs.server;
  const targets = selectPartitions({
    partitions: dto.partition,
    server: partitionsOf(refs.server),
    excluded: dto.excludePartition !== undefined ? splitValueList(dto.excludePartition) : [],
    individual: individual.map((e, i) => ({ partition: e.partition, server: partitionsOf(serverOf(i)) })),
  });

  const drafts = targets.map((target): JobDraft<C, S> => {
    const i = target.individualIndex;
    const entry: IndividualJobDto | undefined = i === undefined ? undefined : individual[i];
    const own = i === undefined ? undefined : refs.individual[i];
    const at = (key: string) => (i === undefined ? key : `individual[${i}].${key}`);
    const pick = <K extends keyof IndividualJobDto & keyof RegisterBackupDto>(key: K) =>
      entry?.[key] !== undefined ? entry[key] : dto[key];
    const server = i === undefined ? refs.server : serverOf(i);
    const explicitName = entry?.jobName !== undefined;
    const draft: JobDraft<C, S> = {
      partition: target.partition,
      name: explicitName ? entry!.jobName! : generatedJobName(dto.jobName, server.name, target.partition),
      nameField: explicitName ? `individual[${i}].jobName` : dto.jobName !== undefined ? 'jobName' : target.field,
      explicitName,
      baseName: explicitName ? null : (dto.jobName ?? serverBaseName(server.name)),
      center: own?.center ?? refs.center,
      server,
      userId: refs.userId,
      mode: entry?.type ?? dto.type,
      repositoryRef: entry?.repository ?? dto.repository,
      repositoryField: entry?.repository ? at('repository') : 'repository',
      schedule: own?.schedule ?? refs.schedule,
      rotation: (pick('rotation') as number | undefined) ?? 1,
      compression: isOn(pick('compression') as UseOption | undefined),
      encryption: isOn(pick('encryption') as UseOption | undefined),
      excludeDir: splitValueList((pick('excludeDir') as string | string[] | undefined) ?? ''),
      excludePartition: splitValueList((pick('excludePartition') as string | string[] | undefined) ?? ''),
      mailEvent: ((pick('mailEvent') as string | undefined) ?? null)?.trim() ?? null,
      networkLimit: (pick('networkLimit') as number | undefined) ?? 0,
      autoStart: isOn(pick('autoStart') as UseOption | undefined),
      verifyAfterBackup: isOn(pick('verifyAfterBackup') as UseOption | undefined),
      scriptPath: (pick('scriptPath') as string | undefined) ?? null,
      scriptRun: (pick('scriptRun') as ScriptRun | undefined) ?? null,
      description: entry?.description ?? null,
    };
    const scheduleField = entry?.schedule !== undefined ? at('schedule') : 'schedule';
    checkModeSchedule(draft.mode, draft.schedule, {
      scheduleMissing: scheduleField,
      smartSchedule: `${scheduleField}.type`,
    });
    if (draft.scriptRun && !draft.scriptPath) {
      const field = entry?.scriptRun !== undefined ? at('scriptRun') : 'scriptRun';
      throw Refusal.invalid(messages.jobs.scriptRunWithoutPath(field));
    }
    return draft;
  });
  checkNames(drafts);
  return drafts;
}

/** The row of one planned job, with its repository and schedule rows, registered at `now`. */
export function newJobRow(
  draft: JobDraft,
  repository: { id: number; type: NewBackupJob['repositoryType']; path: string },
  schedule: { basicId: number; advancedId: number | null } | undefined,
  now: Date,
): NewBackupJob {
  const status = initialJobStatus(draft.autoStart, draft.schedule !== undefined);
  return {
    name: draft.name,
    baseName: draft.baseName,
    centerId: draft.center.id,
    serverId: draft.server.id,
    userId: draft.userId,
    partition: draft.partition,
    mode: draft.mode,
    repositoryId: repository.id,
    repositoryType: repository.type,
    repositoryPath: repository.path,
    rotation: draft.rotation,
    compression: draft.compression,
    encryption: draft.encryption,
    excludeDir: draft.excludeDir,
    excludePartition: draft.excludePartition,
    mailEvent: draft.mailEvent,
    networkLimit: draft.networkLimit,
    autoStart: draft.autoStart,
    verifyAfterBackup: draft.verifyAfterBackup,
    scriptPath: draft.scriptPath,
    scriptRun: draft.scriptRun,
    description: draft.description,
    basicScheduleId: schedule?.basicId ?? null,
    advancedScheduleId: schedule?.advancedId ?? null,
    enabled: true,
    resumedAt: null,
    status,
    startedAt: status === 'Preparing' ? now : null,
    endedAt: null,
  };
}

/**
 * Names: at most 255 characters, never all digits (read as an id), one path segment (a generated
 * name too: a partition `\..\x` would make one that is not), each used once per request.
 */
function checkNames(drafts: readonly JobDraft[]): void {
  const m = messages.jobs;
  const seen = new Set<string>();
  for (const draft of drafts) {
    if (draft.name.length > MAX_NAME_LENGTH) throw Refusal.invalid(m.mustBeString(draft.nameField, MAX_NAME_LENGTH));
    if (/^\d+$/.test(draft.name)) throw Refusal.invalid(m.numericJobName(draft.nameField));
    if (!isPathSafeName(draft.name)) throw Refusal.invalid(messages.common.pathInName(draft.nameField));
    if (seen.has(draft.name)) throw Refusal.invalid(m.duplicateJobName(draft.nameField, draft.name));
    seen.add(draft.name);
  }
}

function isOn(value: UseOption | undefined): boolean {
  return value === 'use';
}

function partitionsOf(server: PlannedServer): ServerPartitions {
  return {
    name: server.name,
    letters: (server.partitions ?? []).map((p) => p.letter).sort((a, b) => a.localeCompare(b)),
  };
}
