import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AppException, EnvelopeStyle, messages, RequiredRole, ResponseMessage, SerializedData } from '@zdm/common';
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
  @ApiHeader({ name: 'Accept-Language', required: false, description: '`en` for English messages' })
  @ApiOkResponse({
    description: "The server's images (seed example; sizes derived from the raw bytes)",
    schema: { example: IMAGE_LIST_OK_EXAMPLE },
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
  @ResponseMessage('Backup images retrieved successfully')
  @EnvelopeStyle(IMAGES_ENVELOPE_STYLE)
  missingServerName(): never {
    throw AppException.badRequest(messages.images.serverNameRequired());
  }
}
