import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { PipelineHealth } from './pipeline.health';
import { RedisHealthIndicator } from './redis.health';

/** Global so that the processes' pipeline stages (matcher, realtime) can register with PipelineHealth. */
@Global()
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [RedisHealthIndicator, PipelineHealth],
  exports: [PipelineHealth],
})
export class HealthModule {}
