import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { localized, messages, PaginationQuery } from '@zdm/common';
import { IMAGE_TYPES, ImageType } from './image-header';

/** Query of `GET /backups/images/server/:serverName` (spec §6): seed filter + beyond-seed filters. */
export class ImageListQuery extends PaginationQuery {
  /** Exact job name: the file name without `_[YYYY-MM-DD_HH_mm]` and `.ZIA` (`source-centos7-bios_ROOT`). */
  @IsOptional()
  @IsString({ message: localized(() => messages.common.invalidField('jobName', 'string')) })
  @MaxLength(1024, { message: localized(() => messages.common.invalidField('jobName', 'max 1024 characters')) })
  jobName?: string;

  /** Mount point (`/`, `/boot`) or Windows drive (`C:`; `C` works too). */
  @IsOptional()
  @IsString({ message: localized(() => messages.common.invalidField('partition', 'string')) })
  @MaxLength(1024, { message: localized(() => messages.common.invalidField('partition', 'max 1024 characters')) })
  partition?: string;

  /** Backup type. */
  @IsOptional()
  @IsIn(IMAGE_TYPES, { message: localized(() => messages.common.mustBeOneOf('type', IMAGE_TYPES)) })
  type?: ImageType;
}
