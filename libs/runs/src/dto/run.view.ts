import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { LOCAL_TIMESTAMP_SCHEMA, formatLocalDateTime } from '@zdm/common';
import { elapsedTime } from '@zdm/jobs';
import type { RunHealth } from '../domain/run-health';
import { RUN_KINDS, RUN_RESULTS, RUN_STATES } from '../domain/run-state';
import type { RunKind, RunLevel, RunLogLevel, RunResult, RunState, RunTrigger } from '../domain/run-state';
import type { RunLogEntity } from '../run-log.entity';
import type { RunRow } from '../run-row';

/** OpenAPI 3.0: a nullable enum lists `null` among its values. */
const RESULT_OR_NULL: ApiPropertyOptions = {
  type: 'string',
  nullable: true,
  enum: [...RUN_RESULTS, null],
  description: 'Null until `state` is `done`.',
};

/** `{ id, name }` of a job, server or agent. */
export class RunRefView {
  @ApiProperty({ type: 'integer' })
  id: number;
  name: string;
}

export class RunProgressView {
  /** 0–100. */
  percent: number;
  @ApiProperty({ type: 'integer' })
  bytesDone: number | null;
  @ApiProperty({ type: 'integer' })
  bytesTotal: number | null;
}

/** One run (spec §7). Times in the API's `YYYY-MM-DD HH:mm:ss` style; null when not (yet) there. */
export class RunView {
  @ApiProperty({ type: 'integer' })
  id: number;
  job: RunRefView;
  server: RunRefView;
  partition: string;
  trigger: RunTrigger;
  /** What the run does (spec §13): `backup` (default), `verify` (a restore point's chain), `restore`. */
  @ApiProperty({ enum: RUN_KINDS })
  kind: RunKind;
  level: RunLevel;
  /** The schedule slot this run is for; null for manual runs. */
  @ApiProperty({ ...LOCAL_TIMESTAMP_SCHEMA, nullable: true })
  scheduledFor: string | null;
  state: RunState;
  @ApiProperty(RESULT_OR_NULL)
  result: RunResult | null;
  progress: RunProgressView;
  /** The agent that claimed the run; null while queued. */
  @ApiProperty({
    type: 'object',
    nullable: true,
    required: ['id', 'name'],
    selfRequired: true,
    properties: { id: { type: 'integer' }, name: { type: 'string' } },
    description: 'The agent that claimed the run; null while queued.',
  })
  agent: RunRefView | null;
  @ApiProperty(LOCAL_TIMESTAMP_SCHEMA)
  createdAt: string;
  @ApiProperty({ ...LOCAL_TIMESTAMP_SCHEMA, nullable: true })
  startedAt: string | null;
  @ApiProperty({ ...LOCAL_TIMESTAMP_SCHEMA, nullable: true })
  endedAt: string | null;
  /** `HH:mm:ss` from start to end (or to now while running); null before it started. */
  elapsed: string | null;
  /** File name of the image the run wrote. */
  image: string | null;
  errorMessage: string | null;
}

/** One line of a run's log. */
export class RunLogLineView {
  @ApiProperty({ type: 'integer' })
  seq: number;
  @ApiProperty(LOCAL_TIMESTAMP_SCHEMA)
  time: string;
  level: RunLogLevel;
  message: string;
}

/** `GET /api/runs/:id/log`: a page of lines and where the next page starts. */
export class RunLogPageView {
  @ApiProperty({ type: 'integer' })
  runId: number;
  /** The run's state now (a client polls until `done`). */
  state: RunState;
  lines: RunLogLineView[];
  /** `start` of the next page (the seq after the last line returned). */
  @ApiProperty({ type: 'integer' })
  nextStart: number;
}

/** The latest run on the monitoring view. */
export class MonitoringLastRunView {
  id: number;
  state: RunState;
  @ApiProperty(RESULT_OR_NULL)
  result: RunResult | null;
  @ApiProperty({ ...LOCAL_TIMESTAMP_SCHEMA, nullable: true })
  endedAt: string | null;
}

/** One job on `GET /api/backups/monitoring`. */
export class MonitoringItemView {
  job: RunRefView;
  server: RunRefView;
  /** The latest run that was not skipped; null when the job never ran. */
  @ApiProperty({
    type: 'object',
    nullable: true,
    required: ['id', 'state', 'result', 'endedAt'],
    selfRequired: true,
    properties: {
      id: { type: 'integer' },
      state: { type: 'string', enum: [...RUN_STATES] },
      result: { type: 'string', nullable: true, enum: [...RUN_RESULTS, null] },
      endedAt: { ...LOCAL_TIMESTAMP_SCHEMA, nullable: true },
    },
  })
  lastRun: MonitoringLastRunView | null;
  @ApiProperty({ ...LOCAL_TIMESTAMP_SCHEMA, nullable: true })
  lastSuccessAt: string | null;
  @ApiProperty({ ...LOCAL_TIMESTAMP_SCHEMA, nullable: true })
  nextRunAt: string | null;
  health: RunHealth;
}

const localOrNull = (at: Date | null, zone: string) => (at ? formatLocalDateTime(at, zone) : null);

export function runView(run: RunRow, options: { zone: string; now: Date; agentName?: string }): RunView {
  const { zone } = options;
  return {
    id: run.id,
    job: { id: run.jobId, name: run.jobName },
    server: { id: run.serverId, name: run.serverName },
    partition: run.partition,
    trigger: run.trigger,
    kind: run.kind,
    level: run.level,
    scheduledFor: localOrNull(run.scheduledFor, zone),
    state: run.state,
    result: run.result,
    progress: { percent: run.progressPercent, bytesDone: run.bytesDone, bytesTotal: run.bytesTotal },
    agent: run.agentId !== null ? { id: run.agentId, name: options.agentName ?? `agent-${run.agentId}` } : null,
    createdAt: formatLocalDateTime(run.createdAt, zone),
    startedAt: localOrNull(run.startedAt, zone),
    endedAt: localOrNull(run.endedAt, zone),
    elapsed: run.startedAt ? elapsedTime(run.startedAt, run.endedAt, options.now) : null,
    image: run.image,
    errorMessage: run.errorMessage,
  };
}

export function runLogLineView(line: RunLogEntity, zone: string): RunLogLineView {
  return { seq: line.seq, time: formatLocalDateTime(line.time, zone), level: line.level, message: line.message };
}
