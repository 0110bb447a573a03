import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TradesModule } from '../trades/trades.module';
import { WorkersModule } from '../workers/workers.module';
import { WorkerPostEntity } from './worker-post.entity';
import { WorkerPostsService } from './worker-posts.service';

@Module({
  imports: [TypeOrmModule.forFeature([WorkerPostEntity]), WorkersModule, TradesModule],
  providers: [WorkerPostsService],
  exports: [WorkerPostsService],
})
export class WorkerPostsModule {}
