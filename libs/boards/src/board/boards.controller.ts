import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PublicRead } from '@app/common';
import { MarketIdParams } from '@app/listings';
import { BoardService } from './board.service';
import { BoardSnapshotView } from './board.view';

/** The board over HTTP: what a hall's screen shows, for screens without a socket. */
@ApiTags('boards')
@Controller('markets')
export class BoardsController {
  constructor(private readonly boards: BoardService) {}

  @Get(':id/board')
  @PublicRead()
  @ApiOperation({
    summary:
      "A hall's board: open shifts nearby (nearest first), latest matches, today's counters (public)",
  })
  @ApiOkResponse({ type: BoardSnapshotView })
  @ApiNotFoundResponse({ description: 'unknown or suspended market' })
  board(@Param() { id }: MarketIdParams): Promise<BoardSnapshotView> {
    return this.boards.snapshot(id);
  }
}
