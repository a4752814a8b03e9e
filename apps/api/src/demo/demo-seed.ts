import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@zdm/common';
import { ImageCatalogService } from '@zdm/images';
import { InventorySeedService } from '@zdm/inventory';
import { existsSync, readdirSync } from 'node:fs';
import { writeDemoImages } from './demo-images';
import { writeDemoSources } from './demo-sources';
import { DEMO_CENTERS, DEMO_REPOSITORIES, DEMO_SERVERS } from './demo-inventory';

/** `pg_advisory_xact_lock` key of the demo seed ("zdm" + 2; migrations use + 1). */
const DEMO_SEED_LOCK_KEY = 0x7a646d02;

/**
 * Demo mode (on by default on the embedded database): the first start, on an empty inventory,
 * seeds the demo centers, repositories and servers in one transaction; when BACKUP_REPOSITORY_PATH
 * is not set, it also writes a small sample image repository (the seed's two images among them)
 * in DATA_DIR and indexes it.
 */
@Injectable()
export class DemoSeed implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeed.name);

  constructor(
    private readonly config: AppConfig,
    private readonly inventory: InventorySeedService,
    private readonly catalog: ImageCatalogService,
  ) {}

  /** The image files first: before any module's bootstrap, so the catalog's first refresh sees them. */
  onModuleInit(): void {
    if (this.config.demo && this.config.demoAgents && this.config.dataDir !== 'memory://') {
      const trees = writeDemoSources(this.config.dataDir);
      if (trees)
        this.logger.log(`Demo source trees written: ${trees} partitions under ${this.config.dataDir}/demo-sources`);
    }
    if (!this.config.demo || !this.config.demoRepository) return;
    const dir = this.config.backupRepositoryPath;
    if (!existsSync(dir) || readdirSync(dir).length === 0) {
      const files = writeDemoImages(dir);
      this.logger.log(`Demo image repository written: ${files} images in ${dir}`);
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    const seeded = await this.seedInventory();
    if (seeded) this.logger.log(`Demo inventory seeded: ${DEMO_SERVERS.length} servers`);
    if (this.config.demoRepository) {
      await this.catalog
        .refresh()
        .catch((error: unknown) => this.logger.warn(`Demo image catalog refresh failed: ${String(error)}`));
    }
  }

  private seedInventory(): Promise<boolean> {
    return this.inventory.seedIfEmpty(
      { centers: DEMO_CENTERS, repositories: DEMO_REPOSITORIES, servers: DEMO_SERVERS },
      DEMO_SEED_LOCK_KEY,
    );
  }
}
