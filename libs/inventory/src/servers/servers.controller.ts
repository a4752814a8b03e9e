import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiEnvelope, ApiErrors, RequiredRole, ResponseMessage } from '@zdm/common';
import { PartitionView, ServerView } from './server.view';
import { CreateServerDto, ServerListQuery } from './server.dto';
import { ServersService } from './servers.service';

@ApiTags('Inventory: servers')
@ApiBearerAuth()
@Controller('servers')
export class ServersController {
  constructor(private readonly servers: ServersService) {}

  @Get()
  @RequiredRole('viewer')
  @ApiOperation({ operationId: 'listServers', summary: 'List servers with their partitions' })
  @ApiEnvelope(ServerView, { message: 'Server list', list: true, paginated: true })
  @ApiErrors([404], { descriptions: { 404: 'Unknown center' } })
  @ResponseMessage('Server list')
  list(@Query() query: ServerListQuery) {
    return this.servers.list(query);
  }

  @Post()
  @RequiredRole('admin')
  @ApiOperation({ operationId: 'createServer', summary: 'Register a server with its partitions' })
  @ApiEnvelope(ServerView, { status: 201, message: 'Server registered' })
  @ApiErrors([404, 409], { descriptions: { 404: 'Unknown center', 409: 'A server with this name exists' } })
  @ResponseMessage('Server registered')
  create(@Body() dto: CreateServerDto) {
    return this.servers.create(dto);
  }

  @Get(':identifier')
  @RequiredRole('viewer')
  @ApiOperation({ operationId: 'getServer', summary: 'One server by id or name' })
  @ApiEnvelope(ServerView, { message: 'Server retrieved' })
  @ApiErrors([404])
  @ResponseMessage('Server retrieved')
  get(@Param('identifier') identifier: string) {
    return this.servers.get(identifier);
  }

  @Get(':identifier/partitions')
  @RequiredRole('viewer')
  @ApiOperation({ operationId: 'listServerPartitions', summary: "A server's partitions" })
  @ApiEnvelope(PartitionView, { message: 'Server partition list', list: true })
  @ApiErrors([404])
  @ResponseMessage('Server partition list')
  partitions(@Param('identifier') identifier: string) {
    return this.servers.partitions(identifier);
  }

  @Delete(':identifier')
  @RequiredRole('admin')
  @HttpCode(200)
  @ApiOperation({ operationId: 'deleteServer', summary: 'Remove a server (by id or name)' })
  @ApiEnvelope(ServerView, { message: 'Server deleted' })
  @ApiErrors([404, 409], { descriptions: { 409: 'Backup jobs still use the server' } })
  @ResponseMessage('Server deleted')
  remove(@Param('identifier') identifier: string) {
    return this.servers.remove(identifier);
  }
}
