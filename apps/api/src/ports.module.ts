import { Global, Module } from '@nestjs/common';
import { JobRunsPort } from '@zdm/jobs';
import { RunsModule, RunsService } from '@zdm/runs';

/**
 * Ports a lower lib declares and a higher lib implements (docs/architecture): bound here, globally,
 * so the lower lib's module never imports the higher one.
 * - JobRunsPort (@zdm/jobs: `PUT status: start|stop`, `autoStart`) → RunsService (@zdm/runs).
 */
@Global()
@Module({
  imports: [RunsModule],
  providers: [{ provide: JobRunsPort, useExisting: RunsService }],
  exports: [JobRunsPort],
})
export class PortsModule {}
