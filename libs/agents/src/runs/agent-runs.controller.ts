import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiEnvelope, ApiErrors, AttributedRequest, NotAudited, parseNumericId, ResponseMessage } from '@zdm/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AgentRoute, CurrentAgent } from '../agent-token.guard';
import { AgentIdentity } from '../agents.repository';
import { ClaimRunDto, CompleteRunDto, RunLogDto, RunProgressDto } from '../dto/agent-run.dto';
import { ClaimView, CompletedRunView, LogAnswerView, ProgressAnswerView } from '../dto/agent-run.view';
import { AgentRunsService } from './agent-runs.service';

const ID_PARAM = {
  name: 'id',
  description: 'Run id',
  schema: { type: 'integer', minimum: 1, maximum: 2147483647 },
} as const;

/** The run calls of the agent protocol (spec §8), agent tokens only. */
@ApiTags('Agent protocol')
@AgentRoute()
@Controller('agent/runs')
export class AgentRunsController {
  constructor(private readonly runs: AgentRunsService) {}

  /**
   * Long poll for a run of the agent's server: 200 with the run, or 204 when none came within `wait`.
   * Audited when it hands out a run (target: the run id) or is refused; an empty poll is not.
   */
  @Post('claim')
  @HttpCode(200)
  @NotAudited(204)
  @ResponseMessage('Backup run claimed')
  @ApiOperation({ operationId: 'claimAgentRun', summary: 'Agent: long poll for a run of its server' })
  @ApiEnvelope(ClaimView, { message: 'Backup run claimed', description: 'The run and what the agent needs for it' })
  @ApiNoContentResponse({ description: 'Nothing queued for this server within `wait` seconds' })
  @ApiErrors([400, 409], {
    descriptions: {
      400: 'Invalid body',
      409: 'AGENT_RUN_LIMIT: the agent already holds AGENT_MAX_ACTIVE_RUNS runs',
    },
  })
  async claim(
    @CurrentAgent() agent: AgentIdentity,
    @Body() dto: ClaimRunDto,
    @Req() request: FastifyRequest & AttributedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClaimView | undefined> {
    // The agent hung up (timeout, restart, network cut): stop waiting, claim nothing for it.
    const hungUp = new AbortController();
    const onClose = () => {
      if (!reply.raw.writableFinished) hungUp.abort();
    };
    reply.raw.once('close', onClose);
    request.raw.socket?.once('close', onClose);
    const claim = await this.runs.claim(agent, dto.wait ?? 0, hungUp.signal);
    request.raw.socket?.off('close', onClose);
    if (!claim) void reply.status(204);
    else request.auditTarget = String(claim.run.id);
    return claim;
  }

  /**
   * Progress; renews the lease. `cancel: true` asks the agent to stop and complete with `cancelled`.
   * Audited only when refused or failed (routine progress is in the run, not the audit log).
   */
  @Post(':id/progress')
  @HttpCode(200)
  @NotAudited('success')
  @ResponseMessage('Backup run progress recorded')
  @ApiOperation({ operationId: 'reportAgentRunProgress', summary: 'Agent: progress of a run (renews the lease)' })
  @ApiParam(ID_PARAM)
  @ApiEnvelope(ProgressAnswerView, { message: 'Backup run progress recorded' })
  @ApiErrors([400, 404, 409], {
    descriptions: {
      400: 'Invalid body or id',
      404: 'Unknown run',
      409: 'RUN_NOT_OWNED or RUN_ALREADY_DONE (e.g. the run was lost)',
    },
  })
  progress(
    @CurrentAgent() agent: AgentIdentity,
    @Param('id') id: string,
    @Body() dto: RunProgressDto,
  ): Promise<ProgressAnswerView> {
    return this.runs.progress(agent, parseNumericId(id, 'id'), dto);
  }

  /** Lines for the run's log (it is the record: audited only when refused or failed). */
  @Post(':id/log')
  @HttpCode(200)
  @NotAudited('success')
  @ResponseMessage('Backup run log written')
  @ApiOperation({ operationId: 'writeAgentRunLog', summary: "Agent: lines for a run's log" })
  @ApiParam(ID_PARAM)
  @ApiEnvelope(LogAnswerView, { message: 'Backup run log written' })
  @ApiErrors([400, 404, 409], {
    descriptions: { 400: 'Invalid body or id', 404: 'Unknown run', 409: 'RUN_NOT_OWNED' },
  })
  log(@CurrentAgent() agent: AgentIdentity, @Param('id') id: string, @Body() dto: RunLogDto): Promise<LogAnswerView> {
    return this.runs.log(agent, parseNumericId(id, 'id'), dto);
  }

  /** End the run; repeating the same completion is harmless. An image is catalogued before this answers. */
  @Post(':id/complete')
  @HttpCode(200)
  @ResponseMessage('Backup run completed')
  @ApiOperation({ operationId: 'completeAgentRun', summary: 'Agent: end a run (idempotent)' })
  @ApiParam(ID_PARAM)
  @ApiEnvelope(CompletedRunView, { message: 'Backup run completed' })
  @ApiErrors([400, 404, 409], {
    descriptions: {
      400: 'Invalid body or id; an image outside the repository or unreadable; IMAGE_OF_ANOTHER_SERVER: the image header names another server than the run',
      404: 'Unknown run',
      409: 'RUN_NOT_OWNED, or RUN_ALREADY_DONE with another result',
    },
  })
  complete(
    @CurrentAgent() agent: AgentIdentity,
    @Param('id') id: string,
    @Body() dto: CompleteRunDto,
  ): Promise<CompletedRunView> {
    return this.runs.complete(agent, parseNumericId(id, 'id'), dto);
  }
}
