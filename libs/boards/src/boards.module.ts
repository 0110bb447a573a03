import { Module } from '@nestjs/common';
import { BoardDeltasService } from './board/board-deltas.service';
import { BoardService } from './board/board.service';
import { BoardsController } from './board/boards.controller';
import { BoardGuard } from './privacy/board-guard';

/**
 * Hall boards' data. Import BoardsModule where boards are pushed (apps/realtime);
 * BoardsHttpModule adds GET /markets/:id/board (apps/api). Reads go through the
 * DataSource with raw SQL: the tables belong to listings and matching.
 */
@Module({
  providers: [BoardService, BoardDeltasService, BoardGuard],
  exports: [BoardService, BoardDeltasService],
})
export class BoardsModule {}

@Module({
  imports: [BoardsModule],
  controllers: [BoardsController],
})
export class BoardsHttpModule {}
