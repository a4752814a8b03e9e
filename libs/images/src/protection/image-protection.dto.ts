import { localized, messages } from '@zdm/common';
import { IsBoolean } from 'class-validator';

/** `PUT /api/images/:image`. */
export class ImageProtectionDto {
  /** Protected images are never removed by retention nor by `DELETE` (spec §13). */
  @IsBoolean({ message: localized(() => messages.common.mustBeBoolean('protected')) })
  protected: boolean;
}
