import { Body, Controller, Delete, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiEnvelope, ApiErrors, RequiredRole, ResponseMessage } from '@zdm/common';
import { CatalogImageView, RemovedImageView } from './catalog-image.view';
import { ImageProtectionDto } from './image-protection.dto';
import { ImageProtectionService } from './image-protection.service';

const IMAGE_PARAM = {
  name: 'image',
  description: 'Image file name, or its catalog id (all digits)',
  schema: { type: 'string', minLength: 1, maxLength: 1024 },
} as const;

/** One catalog image: protect it, or delete it (spec §13). Operators. */
@ApiTags('Backup images')
@ApiBearerAuth()
@Controller('images')
export class ImagesCatalogController {
  constructor(private readonly protection: ImageProtectionService) {}

  /** Protects an image (retention never removes it nor what its chain needs) or lifts the protection. */
  @Put(':image')
  @RequiredRole('operator')
  @ResponseMessage('Backup image updated')
  @ApiOperation({ operationId: 'protectImage', summary: 'Protect an image, or lift its protection' })
  @ApiParam(IMAGE_PARAM)
  @ApiEnvelope(CatalogImageView, { message: 'Backup image updated' })
  @ApiErrors([404, 409], {
    descriptions: { 404: 'No image of that name or id', 409: 'Two files have that name (named with their paths)' },
  })
  protect(@Param('image') image: string, @Body() dto: ImageProtectionDto): Promise<CatalogImageView> {
    return this.protection.setProtected(image, dto.protected);
  }

  /** Removes the image file and its catalog row. */
  @Delete(':image')
  @RequiredRole('operator')
  @ResponseMessage('Backup image deleted')
  @ApiOperation({ operationId: 'deleteImage', summary: 'Delete an image file' })
  @ApiParam(IMAGE_PARAM)
  @ApiEnvelope(RemovedImageView, { message: 'Backup image deleted' })
  @ApiErrors([404, 409], {
    descriptions: {
      404: 'No image of that name or id',
      409: 'The image is protected, another point needs it (named), or two files have that name',
    },
  })
  remove(@Param('image') image: string): Promise<RemovedImageView> {
    return this.protection.remove(image);
  }
}
