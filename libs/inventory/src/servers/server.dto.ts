import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IDENTIFIER_SCHEMA, IsName, localized, messages, PaginationQuery, Omittable } from '@zdm/common';
import { IsIdentifier } from '../identifier.validator';
import { SERVER_OS, ServerOs } from './server';

export class PartitionDto {
  /** Mount point (`/`, `/boot/efi`) or Windows drive (`C:`). */
  @IsString()
  @Length(1, 255)
  letter: string;

  /** Block device (`/dev/sda1`). */
  @Omittable()
  @IsString()
  @MaxLength(255)
  device?: string;

  /** File system (`xfs`, `NTFS`). */
  @Omittable()
  @IsString()
  @MaxLength(64)
  filesystem?: string;

  /** Size in bytes (an integer up to 2^53 − 1). */
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER, example: 2328637440 })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  size?: number;
}

export class CreateServerDto {
  /** Server name as ZDM shows it, with its IP: `source-centos7-bios (192.168.2.104)` (not digits only). */
  @IsString()
  @Length(1, 255)
  @IsName({ max: 255, reference: true })
  name: string;

  /** Center id or name. */
  @ApiProperty(IDENTIFIER_SCHEMA)
  @IsIdentifier()
  center: string | number;

  /** Operating system family. */
  @IsIn(SERVER_OS, { message: localized(() => messages.common.mustBeOneOf('os', SERVER_OS)) })
  os: ServerOs;

  /** OS release text. */
  @Omittable()
  @IsString()
  @MaxLength(255)
  osVersion?: string;

  /** Partitions of the server. */
  @Omittable()
  @IsArray()
  @ArrayMaxSize(256)
  @ValidateNested({ each: true })
  @Type(() => PartitionDto)
  partitions?: PartitionDto[];
}

export class ServerListQuery extends PaginationQuery {
  /** Part of the server name (case-insensitive). */
  @IsOptional()
  @IsString()
  @MaxLength(255)
  name?: string;

  /** Center id or name. */
  @IsOptional()
  @IsIdentifier()
  center?: string;

  @IsOptional()
  @IsIn(SERVER_OS, { message: localized(() => messages.common.mustBeOneOf('os', SERVER_OS)) })
  os?: ServerOs;
}
