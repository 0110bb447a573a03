import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { PipelineHealth } from './pipeline.health';
import { RedisHealthIndicator } from './redis.health';

/**
 * Liveness and readiness: 200 when the database and Redis answer and, in a process
 * with an event pipeline (matcher, realtime), when none of its stages is stalled;
 * 503 otherwise, naming the stage and why.
 */
@ApiTags('ops')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly pipeline: PipelineHealth,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 1000 }),
      () => this.redis.isHealthy('redis'),
      ...(this.pipeline.watched ? [() => this.pipeline.check('pipeline')] : []),
    ]);
  }
}
