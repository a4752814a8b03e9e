import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequiredRole, ResponseMessage } from '@zdm/common';
import { CreateServerDto, ServerListQuery } from './server.dto';
import { ServersService } from './servers.service';

@ApiTags('Inventory: servers')
@ApiBearerAuth()
@Controller('servers')
export class ServersController {
  constructor(private readonly servers: ServersService) {}

  @Get()
  @RequiredRole('viewer')
  @ResponseMessage('Server list')
  list(@Query() query: ServerListQuery) {
    return this.servers.list(query);
  }

  @Post()
  @RequiredRole('admin')
  @ResponseMessage('Server registered')
  create(@Body() dto: CreateServerDto) {
    return this.servers.create(dto);
  }

  @Get(':identifier')
  @RequiredRole('viewer')
  @ResponseMessage('Server retrieved')
  get(@Param('identifier') identifier: string) {
    return this.servers.get(identifier);
  }

  @Get(':identifier/partitions')
  @RequiredRole('viewer')
  @ResponseMessage('Server partition list')
  partitions(@Param('identifier') identifier: string) {
    return this.servers.partitions(identifier);
  }

  @Delete(':identifier')
  @RequiredRole('admin')
  @HttpCode(200)
  @ResponseMessage('Server deleted')
  remove(@Param('identifier') identifier: string) {
    return this.servers.remove(identifier);
  }
}
