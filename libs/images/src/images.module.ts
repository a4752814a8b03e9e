import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HeaderCliHealthIndicator } from './header-cli.health';

/** Backup images: header reader over the native CLI, the catalog, the listing route. */
@Module({
  imports: [TerminusModule],
  providers: [HeaderCliHealthIndicator],
  exports: [HeaderCliHealthIndicator],
})
export class ImagesModule {}
