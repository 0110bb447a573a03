import { Module } from '@nestjs/common';
import { PlatformModule } from '@app/common';
import { EventsModule } from '@app/events';
import { AccountsModule } from '@app/accounts';
import { MarketsModule } from '@app/listings';
import { MatchingModule } from '@app/matching';
import { BoardDeltasService, BoardService, BoardsModule } from '@app/boards';
import { BOARD_SOURCE, type BoardSource } from './delivery/board-source';
import { DeliveryService } from './delivery/delivery.service';
import { RealtimeMetrics } from './delivery/realtime-metrics';
import { ReplayService } from './replay/replay.service';
import { RealtimeGateway } from './socket/realtime.gateway';
import { ConnectionCap } from './socket/connection-cap';
import { SessionListener } from './socket/session-listener';
import { SocketAccessService } from './socket/socket-access.service';

/**
 * The realtime node: a socket.io server (attached in main.ts) that authenticates
 * sockets, puts them in their rooms, takes presence heartbeats and delivers the
 * published events across nodes. MatchingModule brings the presence service and
 * the read services for snapshots (and who may watch a shift), BoardsModule the hall
 * boards' data, AccountsModule the socket handshake's token and session checks,
 * MarketsModule whether a hall's market is listed. None of them carries routes: this
 * public port serves /health and /metrics over HTTP and nothing else.
 */
@Module({
  imports: [
    PlatformModule,
    EventsModule,
    AccountsModule,
    MarketsModule,
    MatchingModule,
    BoardsModule,
  ],
  providers: [
    {
      provide: BOARD_SOURCE,
      inject: [BoardService, BoardDeltasService],
      useFactory: (boards: BoardService, deltas: BoardDeltasService): BoardSource => ({
        snapshot: (marketId) => boards.snapshot(marketId),
        deltasFor: (events) => deltas.deltasFor(events),
      }),
    },
    RealtimeMetrics,
    SocketAccessService,
    ConnectionCap,
    SessionListener,
    DeliveryService,
    ReplayService,
    RealtimeGateway,
  ],
})
export class RealtimeModule {}
