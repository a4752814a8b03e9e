import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ImagesModule } from '@zdm/images';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), ImagesModule],
  controllers: [HealthController],
  providers: [HealthService],
})
export class HealthModule {}
