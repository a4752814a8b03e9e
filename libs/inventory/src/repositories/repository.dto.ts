import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { IDENTIFIER_SCHEMA, localized, messages, PaginationQuery } from '@zdm/common';
import { IsIdentifier } from '../identifier.validator';
import { REPOSITORY_TYPES, RepositoryType } from './backup-repository';

export class CreateRepositoryDto {
  /** Center id or name. */
  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  center: string | number;

  /** Repository type. */
  @IsIn(REPOSITORY_TYPES, { message: localized(() => messages.common.mustBeOneOf('type', REPOSITORY_TYPES)) })
  type: RepositoryType;

  /** Share or export path (`//10.0.0.5/backup`, `/backup`). */
  @IsString()
  @Length(1, 1024)
  path: string;
}

export class RepositoryListQuery extends PaginationQuery {
  /** Center id or name. */
  @IsOptional()
  @IsIdentifier()
  center?: string;

  @IsOptional()
  @IsIn(REPOSITORY_TYPES, { message: localized(() => messages.common.mustBeOneOf('type', REPOSITORY_TYPES)) })
  type?: RepositoryType;

  /** Exact path. */
  @IsOptional()
  @IsString()
  @Length(1, 1024)
  path?: string;
}
