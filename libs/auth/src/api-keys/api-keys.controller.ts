import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiEnvelope, ApiErrors, PaginationQuery, RequiredRole, ResponseMessage } from '@zdm/common';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyView, CreatedApiKeyView } from './dto/api-key.view';
import { CreateApiKeyDto } from './dto/create-api-key.dto';

const ID_PARAM = {
  name: 'id',
  description: 'API key id',
  schema: { type: 'integer', minimum: 1, maximum: 2147483647 },
} as const;

/** API keys for services and scrapers (spec §16), managed by administrators. */
@ApiTags('API keys')
@ApiBearerAuth()
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  /** Create a key with a role (and an expiry). The answer carries the key, shown this once. */
  @Post()
  @RequiredRole('admin')
  @ResponseMessage('API key created')
  @ApiOperation({ operationId: 'createApiKey', summary: 'Create an API key (the key shown once)' })
  @ApiEnvelope(CreatedApiKeyView, { status: 201, message: 'API key created' })
  @ApiErrors([400], { descriptions: { 400: 'Invalid name, unknown role, or expiresAt not a future time' } })
  create(@Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyView> {
    return this.keys.create(dto);
  }

  /** The keys (never the keys themselves), with their last use. */
  @Get()
  @RequiredRole('admin')
  @ResponseMessage('API key list')
  @ApiOperation({ operationId: 'listApiKeys', summary: 'API keys with their role, last use and expiry' })
  @ApiEnvelope(ApiKeyView, { message: 'API key list', list: true, paginated: true })
  @ApiErrors([400], { descriptions: { 400: 'Invalid query' } })
  list(@Query() query: PaginationQuery) {
    return this.keys.list(query);
  }

  /** Revoke a key, at once (on every replica: the next request with it answers 401). */
  @Delete(':id')
  @RequiredRole('admin')
  @HttpCode(200)
  @ResponseMessage('API key revoked')
  @ApiOperation({ operationId: 'revokeApiKey', summary: 'Revoke an API key, at once' })
  @ApiParam(ID_PARAM)
  @ApiEnvelope(ApiKeyView, { message: 'API key revoked' })
  @ApiErrors([400, 404], { descriptions: { 400: 'The id is not a number', 404: 'No such API key' } })
  revoke(@Param('id') id: string): Promise<ApiKeyView> {
    return this.keys.revoke(id);
  }
}
