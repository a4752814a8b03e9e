import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { AppException, EnvelopeStyle, ResponseMessage } from '@zdm/common';
import { FastifyReply } from 'fastify';
import { ImageCatalogService } from './image-catalog.service';
import { ImageListQuery } from './image-list.dto';
import { ImageListView } from './image.view';
import { imagesMessages } from '@zdm/common/messages/images.messages';

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
  @ResponseMessage('Backup images retrieved successfully')
  @EnvelopeStyle(IMAGES_ENVELOPE_STYLE)
  @ApiHeader({ name: 'Accept-Language', required: false, description: '`en` for English messages' })
  async list(
    @Param('serverName') serverName: string,
    @Query() query: ImageListQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ImageListView> {
    const { view, stale } = await this.catalog.list(serverName, query);
    if (stale) void reply.header(CATALOG_STALE_HEADER, 'true');
    return view;
  }

  /** Without a server name (`…/server`): the seed's 400. */
  @Get('server')
  @ResponseMessage('Backup images retrieved successfully')
  @EnvelopeStyle(IMAGES_ENVELOPE_STYLE)
  missingServerName(): never {
    throw AppException.badRequest(imagesMessages.serverNameRequired());
  }
}
