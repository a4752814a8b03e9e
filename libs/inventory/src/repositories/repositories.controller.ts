import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { PaginationQuery, RequiredRole, ResponseMessage } from '@zdm/common';
import { CreateRepositoryDto, RepositoryListQuery } from './repository.dto';
import { RepositoriesService } from './repositories.service';

@ApiTags('Inventory: repositories')
@ApiBearerAuth()
@Controller('zdms')
export class RepositoriesController {
  constructor(private readonly repositories: RepositoriesService) {}

  @Get('repositories')
  @RequiredRole('viewer')
  @ResponseMessage('Repository list')
  list(@Query() query: RepositoryListQuery) {
    return this.repositories.list(query);
  }

  @Post('repositories')
  @RequiredRole('admin')
  @ResponseMessage('Repository registered')
  create(@Body() dto: CreateRepositoryDto) {
    return this.repositories.create(dto);
  }

  @Get(':identifier/repositories')
  @RequiredRole('viewer')
  @ResponseMessage('Repository list')
  listOfCenter(@Param('identifier') identifier: string, @Query() query: PaginationQuery) {
    return this.repositories.list(query as RepositoryListQuery, identifier);
  }
}
