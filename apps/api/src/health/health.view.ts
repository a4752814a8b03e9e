import { ApiProperty } from '@nestjs/swagger';

export class ComponentHealthView {
  @ApiProperty({ enum: ['up', 'down'] })
  status: 'up' | 'down';
  /** Why the component is down. */
  message?: string;
}

export class HeaderCliHealthView extends ComponentHealthView {
  /** File name of the configured header CLI. */
  cli: string;
}

/**
 * The image catalog: `down` when the backup repository cannot be read (`message` names the path;
 * the images route answers 503 `REPOSITORY_UNAVAILABLE` meanwhile), and how soon it sees a new image.
 */
export class ImageCatalogHealthView {
  @ApiProperty({ enum: ['up', 'down'] })
  status: 'up' | 'down';
  /** Why the repository cannot be read, naming its path (`backup repository not accessible: /ZConverter (ENOENT)`). */
  message?: string;
  @ApiProperty({ enum: ['watching', 'off', 'network-file-system', 'unavailable'] })
  watcher: string;
  /** File system type of the repository, when known. */
  fileSystem?: string;
  networkFileSystem?: boolean;
  /** Why watching is unavailable. */
  reason?: string;
  /** `file events (within seconds)`, or the periodic refresh that bounds it. */
  newImagesListedBy: string;
}

/** `GET /api/health/live`. */
export class LivenessView {
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';
}

/** `GET /api/health/ready`. */
export class ReadinessView {
  @ApiProperty({ enum: ['ok'] })
  status: 'ok';
  database: ComponentHealthView;
}

/**
 * `GET /api/health`: `ok` when every part is up, `degraded` when an optional part (the header CLI,
 * the backup repository) is down. The database being down is a 503 (error envelope, this shape in `detail`).
 */
export class HealthView {
  @ApiProperty({ enum: ['ok', 'degraded', 'down'] })
  status: 'ok' | 'degraded' | 'down';
  database: ComponentHealthView;
  headerCli: HeaderCliHealthView;
  imageCatalog: ImageCatalogHealthView;
}
