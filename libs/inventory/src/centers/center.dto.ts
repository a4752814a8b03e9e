import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsName, PaginationQuery, Omittable } from '@zdm/common';

export class CreateCenterDto {
  /** Center name (unique; not digits only, no surrounding spaces, no control characters). */
  @IsString()
  @Length(1, 255)
  @IsName({ max: 255, reference: true })
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
