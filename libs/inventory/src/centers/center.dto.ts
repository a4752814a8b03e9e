import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PaginationQuery, Omittable } from '@zdm/common';

export class CreateCenterDto {
  /** Center name (unique). */
  @IsString()
  @Length(1, 255)
  name: string;

  /** Free text. */
  @Omittable()
  @IsString()
  @MaxLength(1000)
  description?: string;
}

export class CenterListQuery extends PaginationQuery {
  /** Part of the center name (case-insensitive). */
  @IsOptional()
  @IsString()
  @MaxLength(255)
  name?: string;
}
