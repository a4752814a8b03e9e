import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequiredRole, ResponseMessage } from '@zdm/common';
import { CenterListQuery, CreateCenterDto } from './center.dto';
import { CentersService } from './centers.service';

@ApiTags('Inventory: centers')
@ApiBearerAuth()
@Controller('zdms')
export class CentersController {
  constructor(private readonly centers: CentersService) {}

  @Get()
  @RequiredRole('viewer')
  @ResponseMessage('ZDM center list')
  list(@Query() query: CenterListQuery) {
    return this.centers.list(query);
  }

  @Post()
  @RequiredRole('admin')
  @ResponseMessage('ZDM center registered')
  create(@Body() dto: CreateCenterDto) {
    return this.centers.create(dto);
  }

  @Get(':identifier')
  @RequiredRole('viewer')
  @ResponseMessage('ZDM center retrieved')
  get(@Param('identifier') identifier: string) {
    return this.centers.resolve(identifier, 'identifier');
  }

  @Delete(':identifier')
  @RequiredRole('admin')
  @HttpCode(200)
  @ResponseMessage('ZDM center deleted')
  remove(@Param('identifier') identifier: string) {
    return this.centers.remove(identifier);
  }
}
