import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { RequiredRole, ResponseMessage } from '@zdm/common';
import { AgentsService } from './agents.service';
import { AgentListQuery, RegisterAgentDto } from './dto/agent.dto';
import { AgentView, RegisteredAgentView } from './dto/agent.view';

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
  @ApiCreatedResponse({ type: RegisteredAgentView })
  @ApiBadRequestResponse({ description: 'Invalid body' })
  @ApiNotFoundResponse({ description: 'Unknown server' })
  register(@Body() dto: RegisterAgentDto): Promise<RegisteredAgentView> {
    return this.agents.register(dto);
  }

  /** Registered agents with their online/offline status. */
  @Get()
  @RequiredRole('viewer')
  @ResponseMessage('Agent list')
  @ApiOkResponse({ type: AgentView, isArray: true })
  @ApiBadRequestResponse({ description: 'Invalid query' })
  @ApiNotFoundResponse({ description: 'Unknown server' })
  list(@Query() query: AgentListQuery) {
    return this.agents.list(query);
  }

  @Get(':id')
  @RequiredRole('viewer')
  @ResponseMessage('Agent retrieved')
  @ApiOkResponse({ type: AgentView })
  @ApiBadRequestResponse({ description: 'The id is not a number' })
  @ApiNotFoundResponse({ description: 'No such agent (or it was revoked)' })
  get(@Param('id') id: string): Promise<AgentView> {
    return this.agents.get(id);
  }

  /** Revoke the agent's token, at once. */
  @Delete(':id')
  @RequiredRole('admin')
  @HttpCode(200)
  @ResponseMessage('Agent revoked')
  @ApiOkResponse({ type: AgentView })
  @ApiBadRequestResponse({ description: 'The id is not a number' })
  @ApiNotFoundResponse({ description: 'No such agent (or it was revoked)' })
  revoke(@Param('id') id: string): Promise<AgentView> {
    return this.agents.revoke(id);
  }
}
