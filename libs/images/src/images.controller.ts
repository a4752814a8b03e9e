import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  ApiEnvelope,
  ApiErrors,
  AppException,
  EnvelopeStyle,
  messages,
  RequiredRole,
  ResponseMessage,
  SerializedData,
} from '@zdm/common';
import { ImageListView } from './image.view';
import { FastifyReply } from 'fastify';
import { ImageCatalogService } from './image-catalog.service';
import { ImageListQuery } from './image-list.dto';
import { IMAGE_LIST_OK_EXAMPLE } from './image-list.examples';

/** Response header set when the catalog could not be refreshed within IMAGE_CATALOG_MAX_WAIT_MS. */
export const CATALOG_STALE_HEADER = 'x-catalog-stale';

/** The seed of this route shows ISO-UTC timestamps and `error: { code, message }` (on the class and each handler). */
const IMAGES_ENVELOPE_STYLE = { timestamp: 'iso-utc', errorForm: 'object' } as const;

@ApiTags('Backup images')
@ApiBearerAuth()
@Controller('backups/images')
@EnvelopeStyle(IMAGES_ENVELOPE_STYLE)
export class ImagesController {
  constructor(private readonly catalog: ImageCatalogService) {}

  /**
   * A server's backup images (seed: get-backup-images-by-server.md), from the image catalog.
   * `X-Catalog-Stale: true` when the catalog could not be refreshed in time and the answer comes from
   * what was indexed.
   */
  @Get('server/:serverName')
  @RequiredRole('viewer')
  @ResponseMessage('Backup images retrieved successfully')
  @EnvelopeStyle(IMAGES_ENVELOPE_STYLE)
  @ApiOperation({ operationId: 'listServerImages', summary: "A server's backup images" })
  @ApiParam({
    name: 'serverName',
    description: 'Server name as the image headers state it: `source-centos7-bios (192.168.2.104)`',
    schema: { type: 'string', minLength: 1, maxLength: 1024 },
  })
  @ApiEnvelope(ImageListView, {
    message: 'Backup images retrieved successfully',
    timestamp: 'iso-utc',
    description: "The server's images (`X-Catalog-Stale: true` when served from the last index)",
    examples: { seed: { summary: 'Seed answer (sizes derived from the raw bytes)', value: IMAGE_LIST_OK_EXAMPLE } },
  })
  @ApiErrors([400, 401, 413, 415, 500, 503], {
    form: 'object',
    descriptions: {
      500: 'The header CLI failed',
      503: 'The backup repository cannot be read (`REPOSITORY_UNAVAILABLE`, the message names the path), or the database is down',
    },
  })
  async list(
    @Param('serverName') serverName: string,
    @Query() query: ImageListQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SerializedData> {
    const { data, stale } = await this.catalog.list(serverName, query);
    if (stale) void reply.header(CATALOG_STALE_HEADER, 'true');
    return data;
  }

  /** Without a server name (`…/server`): the seed's 400. */
  @Get('server')
  @RequiredRole('viewer')
  @ApiOperation({ operationId: 'listServerImagesWithoutName', summary: 'Without a server name: 400 (seed)' })
  @ApiErrors([400, 401, 500, 503], { form: 'object' })
  @ResponseMessage('Backup images retrieved successfully')
  @EnvelopeStyle(IMAGES_ENVELOPE_STYLE)
  missingServerName(): never {
    throw AppException.badRequest(messages.images.serverNameRequired());
  }
}
