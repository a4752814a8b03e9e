import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiEnvelope, ApiErrors, NotAudited, ResponseMessage } from '@zdm/common';
import { AgentRoute, CurrentAgent } from './agent-token.guard';
import { AgentIdentity } from './agents.repository';
import { AgentsService } from './agents.service';
import { HeartbeatDto } from './dto/agent.dto';
import { HeartbeatView } from './dto/agent.view';

/** What agents call (spec §8), with agent tokens only. */
@ApiTags('Agent protocol')
@AgentRoute()
@Controller('agent')
export class AgentProtocolController {
  constructor(private readonly agents: AgentsService) {}

  /** I am alive (also: any agent call counts as one). Audited only when refused or failed. */
  @Post('heartbeat')
  @HttpCode(200)
  @NotAudited('success')
  @ResponseMessage('Heartbeat received')
  @ApiOperation({ operationId: 'sendAgentHeartbeat', summary: 'Agent: I am alive (with my version)' })
  @ApiEnvelope(HeartbeatView, { message: 'Heartbeat received' })
  @ApiErrors([400], { descriptions: { 400: 'Invalid body' } })
  heartbeat(@CurrentAgent() agent: AgentIdentity, @Body() dto: HeartbeatDto): Promise<HeartbeatView> {
    return this.agents.heartbeat(agent, dto.version);
  }
}
