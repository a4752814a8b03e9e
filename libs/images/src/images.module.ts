import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@zdm/common';
import { HeaderCliHealthIndicator } from './header-cli.health';
import { cliEnvironment, HeaderCliReader } from './header-cli.reader';
import { IMAGE_HEADER_READER } from './header-reader';
import { ImageCatalogIndexer } from './image-catalog.indexer';
import { ImageCatalogMetrics } from './image-catalog.metrics';
import { ImageCatalogRepository } from './image-catalog.repository';
import { ImageCatalogHealthIndicator } from './image-catalog.health';
import { CatalogWalk } from './catalog-walk';
import { ImageCatalogService } from './image-catalog.service';
import { ImageCatalogWatcher } from './image-catalog.watcher';
import { FileSystemScanner, REPOSITORY_SCANNER } from './repository-scanner';
import { ParcelRepositoryWatcher, REPOSITORY_WATCHER } from './repository-watcher';
import { ImageHeaderEntity } from './image-header.entity';
import { ImagesController } from './images.controller';
import { ImagesCatalogController } from './protection/images-catalog.controller';
import { ImageProtectionService } from './protection/image-protection.service';
import { RepositoryFiles } from './repository-files';
import { RestorePointsController } from './restore-points/restore-points.controller';
import { RestorePointsService } from './restore-points/restore-points.service';
import { RetentionController } from './retention/retention.controller';
import { JobImagesCache } from './retention/job-images.cache';
import { RetentionEnforcement } from './retention/retention-enforcement';
import { RetentionService } from './retention/retention.service';

/**
 * Backup images (spec §6, §9, §13): header CLI reader, image catalog, `GET /backups/images/server/:serverName`;
 * retention (preview, plan and its enforcement after a successful run), restore points, protection and deletion of an image. The jobs and runs
 * behind the images come through CatalogJobsPort, bound in apps/api.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ImageHeaderEntity])],
  controllers: [ImagesController, RetentionController, RestorePointsController, ImagesCatalogController],
  providers: [
    CatalogWalk,
    {
      provide: IMAGE_HEADER_READER,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new HeaderCliReader({
          cliPath: config.imageHeaderCli,
          batchSize: config.imageCatalog.batchSize,
          concurrency: config.imageCatalog.concurrency,
          timeoutMs: config.imageCatalog.timeoutMs,
          maxOutputBytes: config.imageCatalog.maxOutputBytes,
          env: cliEnvironment(process.env, config.imageCatalog.cliEnv),
        }),
    },
    { provide: REPOSITORY_SCANNER, useClass: FileSystemScanner },
    ImageCatalogRepository,
    ImageCatalogIndexer,
    ImageCatalogMetrics,
    { provide: REPOSITORY_WATCHER, useClass: ParcelRepositoryWatcher },
    ImageCatalogService,
    ImageCatalogWatcher,
    HeaderCliHealthIndicator,
    ImageCatalogHealthIndicator,
    RepositoryFiles,
    RetentionService,
    RetentionEnforcement,
    JobImagesCache,
    RestorePointsService,
    ImageProtectionService,
  ],
  exports: [
    IMAGE_HEADER_READER,
    ImageCatalogService,
    HeaderCliHealthIndicator,
    ImageCatalogHealthIndicator,
    RepositoryFiles,
    RetentionService,
    RetentionEnforcement,
    RestorePointsService,
  ],
})
export class ImagesModule {}
