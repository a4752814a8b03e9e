import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ImagesModule } from '@zdm/images';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), ImagesModule],
  controllers: [HealthController],
})
export class HealthModule {}
