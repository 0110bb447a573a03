import { Injectable, Logger } from '@nestjs/common';
import { Counter } from 'prom-client';
import { MetricsService } from '@app/common';
import { boardProblem } from './board-safe';

/** The parts of a board an item can be dropped from (the metric's label). */
export type BoardPart =
  'shift' | 'ticker' | 'fair-zone' | 'fair-employer' | 'fair-shift' | 'header' | 'delta';

/**
 * One bad item never fails a board (issue 13): text is masked before a board sees
 * it, and should an item still carry something personal (a bug, or a field nobody
 * masked), the item is left out of that board — logged by id and path, never by
 * value — and counted in `board_items_dropped_total`, while the rest of the board
 * goes out. HTTP snapshots, socket snapshots and deltas all pass through here.
 */
@Injectable()
export class BoardGuard {
  private readonly logger = new Logger(BoardGuard.name);
  private readonly dropped: Counter<'part'>;

  constructor(metrics: MetricsService) {
    this.dropped = new Counter({
      name: 'board_items_dropped_total',
      help: 'Items left out of a board payload because they looked personal (phone, ID card)',
      labelNames: ['part'] as const,
      registers: [metrics.registry],
    });
  }

  /** The items a board may show; the others are logged and counted. */
  keep<T>(marketId: string, part: BoardPart, items: T[], idOf: (item: T) => string): T[] {
    return items.filter((item) => this.safe(marketId, part, item, idOf(item)));
  }

  /** Whether `item` may go to the board of `marketId`; when not, says so (without the value). */
  safe(marketId: string, part: BoardPart, item: unknown, id: string): boolean {
    const problem = boardProblem(item);
    if (!problem) return true;
    this.dropped.inc({ part });
    this.logger.warn(
      `board ${marketId}: left out ${part} ${id}: ${problem.reason} at ${problem.path}`,
    );
    return false;
  }
}
