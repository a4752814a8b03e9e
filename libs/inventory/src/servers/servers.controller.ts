import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ResponseMessage } from '@zdm/common';
import { CreateServerDto, ServerListQuery } from './server.dto';
import { ServersService } from './servers.service';

@ApiTags('Inventory: servers')
@ApiBearerAuth()
@Controller('servers')
export class ServersController {
  constructor(private readonly servers: ServersService) {}

  @Get()
  @ResponseMessage('Server list')
  list(@Query() query: ServerListQuery) {
    return this.servers.list(query);
  }

  @Post()
  @ResponseMessage('Server registered')
  create(@Body() dto: CreateServerDto) {
    return this.servers.create(dto);
  }

  @Get(':identifier')
  @ResponseMessage('Server retrieved')
  get(@Param('identifier') identifier: string) {
    return this.servers.get(identifier);
  }

  @Get(':identifier/partitions')
  @ResponseMessage('Server partition list')
  partitions(@Param('identifier') identifier: string) {
    return this.servers.partitions(identifier);
  }

  @Delete(':identifier')
  @HttpCode(200)
  @ResponseMessage('Server deleted')
  remove(@Param('identifier') identifier: string) {
    return this.servers.remove(identifier);
  }
}
