import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiEnvelope, ApiErrors, RequiredRole, ResponseMessage } from '@zdm/common';
import { CenterEntity } from './center.entity';
import { CenterListQuery, CreateCenterDto } from './center.dto';
import { CentersService } from './centers.service';

@ApiTags('Inventory: centers')
@ApiBearerAuth()
@Controller('zdms')
export class CentersController {
  constructor(private readonly centers: CentersService) {}

  @Get()
  @RequiredRole('viewer')
  @ApiOperation({ operationId: 'listCenters', summary: 'List ZDM centers' })
  @ApiEnvelope(CenterEntity, { message: 'ZDM center list', list: true, paginated: true })
  @ResponseMessage('ZDM center list')
  list(@Query() query: CenterListQuery) {
    return this.centers.list(query);
  }

  @Post()
  @RequiredRole('admin')
  @ApiOperation({ operationId: 'createCenter', summary: 'Register a ZDM center' })
  @ApiEnvelope(CenterEntity, { status: 201, message: 'ZDM center registered' })
  @ApiErrors([409], { descriptions: { 409: 'A center with this name exists' } })
  @ResponseMessage('ZDM center registered')
  create(@Body() dto: CreateCenterDto) {
    return this.centers.create(dto);
  }

  @Get(':identifier')
  @RequiredRole('viewer')
  @ApiOperation({ operationId: 'getCenter', summary: 'One ZDM center by id or name' })
  @ApiEnvelope(CenterEntity, { message: 'ZDM center retrieved' })
  @ApiErrors([404])
  @ResponseMessage('ZDM center retrieved')
  get(@Param('identifier') identifier: string) {
    return this.centers.resolve(identifier, 'identifier');
  }

  @Delete(':identifier')
  @RequiredRole('admin')
  @HttpCode(200)
  @ApiOperation({ operationId: 'deleteCenter', summary: 'Remove a ZDM center (by id or name)' })
  @ApiEnvelope(CenterEntity, { message: 'ZDM center deleted' })
  @ApiErrors([404, 409], { descriptions: { 409: 'Servers or repositories still belong to the center' } })
  @ResponseMessage('ZDM center deleted')
  remove(@Param('identifier') identifier: string) {
    return this.centers.remove(identifier);
  }
}
