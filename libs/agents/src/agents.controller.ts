import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiEnvelope, ApiErrors, RequiredRole, ResponseMessage } from '@zdm/common';
import { AgentsService } from './agents.service';
import { AgentListQuery, RegisterAgentDto } from './dto/agent.dto';
import { AgentView, RegisteredAgentView } from './dto/agent.view';

const ID_PARAM = {
  name: 'id',
  description: 'Agent id',
  schema: { type: 'integer', minimum: 1, maximum: 2147483647 },
} as const;

/** Agents as administrators manage them (spec §8). */
@ApiTags('Agents')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'An agent token: these routes take user tokens' })
@Controller('agents')
export class AgentsController {
  constructor(private readonly agents: AgentsService) {}

  /** Register an agent for a server. The answer carries its token, shown this once. */
  @Post()
  @RequiredRole('admin')
  @ResponseMessage('Agent registered')
  @ApiOperation({ operationId: 'registerAgent', summary: 'Register an agent for a server (its token shown once)' })
  @ApiEnvelope(RegisteredAgentView, { status: 201, message: 'Agent registered' })
  @ApiErrors([400, 404], { descriptions: { 400: 'Invalid body', 404: 'Unknown server' } })
  register(@Body() dto: RegisterAgentDto): Promise<RegisteredAgentView> {
    return this.agents.register(dto);
  }

  /** Registered agents with their online/offline status. */
  @Get()
  @RequiredRole('viewer')
  @ResponseMessage('Agent list')
  @ApiOperation({ operationId: 'listAgents', summary: 'Registered agents with their online/offline status' })
  @ApiEnvelope(AgentView, { message: 'Agent list', list: true, paginated: true })
  @ApiErrors([400, 404], { descriptions: { 400: 'Invalid query', 404: 'Unknown server' } })
  list(@Query() query: AgentListQuery) {
    return this.agents.list(query);
  }

  @Get(':id')
  @RequiredRole('viewer')
  @ResponseMessage('Agent retrieved')
  @ApiOperation({ operationId: 'getAgent', summary: 'One agent' })
  @ApiParam(ID_PARAM)
  @ApiEnvelope(AgentView, { message: 'Agent retrieved' })
  @ApiErrors([400, 404], {
    descriptions: { 400: 'The id is not a number', 404: 'No such agent (or it was revoked)' },
  })
  get(@Param('id') id: string): Promise<AgentView> {
    return this.agents.get(id);
  }

  /** Revoke the agent's token, at once. */
  @Delete(':id')
  @RequiredRole('admin')
  @HttpCode(200)
  @ResponseMessage('Agent revoked')
  @ApiOperation({ operationId: 'revokeAgent', summary: 'Revoke an agent and its token, at once' })
  @ApiParam(ID_PARAM)
  @ApiEnvelope(AgentView, { message: 'Agent revoked' })
  @ApiErrors([400, 404], {
    descriptions: { 400: 'The id is not a number', 404: 'No such agent (or it was revoked)' },
  })
  revoke(@Param('id') id: string): Promise<AgentView> {
    return this.agents.revoke(id);
  }
}
