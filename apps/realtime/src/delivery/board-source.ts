import type { PublishedEvent } from '@app/contracts';

/**
 * What the gateway needs from the boards module (libs/boards): the whole board
 * for a hall screen that joins (BoardService), and the (already masked)
 * `board.delta`s a batch of published events causes, each tagged with the event
 * that caused it (BoardDeltasService). RealtimeModule binds both; the gateway
 * depends on this shape only.
 */
export interface BoardSource {
  snapshot(marketId: string): Promise<unknown>;
  deltasFor(
    events: PublishedEvent[],
  ): Promise<{ marketId: string; delta: unknown; eventId: string }[]>;
}

export const BOARD_SOURCE = Symbol('BOARD_SOURCE');
