import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiEnvelope, ApiErrors, PaginationQuery, RequiredRole, ResponseMessage } from '@zdm/common';
import { RepositoryEntity } from './repository.entity';
import { CreateRepositoryDto, RepositoryListQuery } from './repository.dto';
import { RepositoriesService } from './repositories.service';

@ApiTags('Inventory: repositories')
@ApiBearerAuth()
@Controller('zdms')
export class RepositoriesController {
  constructor(private readonly repositories: RepositoriesService) {}

  @Get('repositories')
  @RequiredRole('viewer')
  @ApiOperation({ operationId: 'listRepositories', summary: 'List backup repositories' })
  @ApiEnvelope(RepositoryEntity, { message: 'Repository list', list: true, paginated: true })
  @ApiErrors([404], { descriptions: { 404: 'Unknown center' } })
  @ResponseMessage('Repository list')
  list(@Query() query: RepositoryListQuery) {
    return this.repositories.list(query);
  }

  @Post('repositories')
  @RequiredRole('admin')
  @ApiOperation({ operationId: 'createRepository', summary: 'Register a backup repository of a center' })
  @ApiEnvelope(RepositoryEntity, { status: 201, message: 'Repository registered' })
  @ApiErrors([404, 409], { descriptions: { 404: 'Unknown center', 409: 'The center has this repository' } })
  @ResponseMessage('Repository registered')
  create(@Body() dto: CreateRepositoryDto) {
    return this.repositories.create(dto);
  }

  @Get(':identifier/repositories')
  @RequiredRole('viewer')
  @ApiOperation({ operationId: 'listCenterRepositories', summary: "A center's backup repositories" })
  @ApiEnvelope(RepositoryEntity, { message: 'Repository list', list: true, paginated: true })
  @ApiErrors([404])
  @ResponseMessage('Repository list')
  listOfCenter(@Param('identifier') identifier: string, @Query() query: PaginationQuery) {
    return this.repositories.list(query as RepositoryListQuery, identifier);
  }
}
