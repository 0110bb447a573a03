import type { PublishedEvent } from '@app/contracts';

/**
 * What the gateway needs from the boards module (libs/boards, BoardService):
 * the whole board for a hall screen that joins, and the (already masked)
 * `board.delta`s a published event causes. RealtimeModule binds BoardService
 * from @app/boards; the gateway depends on this shape only.
 */
export interface BoardSource {
  snapshot(marketId: string): Promise<unknown>;
  deltasFor(
    event: PublishedEvent,
  ): Promise<{ marketId: string; delta: unknown }[]> | { marketId: string; delta: unknown }[];
}

export const BOARD_SOURCE = Symbol('BOARD_SOURCE');
