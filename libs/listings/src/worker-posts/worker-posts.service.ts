import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import {
  AppException,
  Clock,
  idempotentTransaction,
  Page,
  PageQueryDto,
  toPage,
} from '@app/common';
import { ErrorCode } from '@app/contracts';
import { checkPostWindow } from '../shifts/domain/time-window';
import { decodeListingKey, listingKey } from '../shifts/search/keyset';
import { parseListingSearch } from '../shifts/search/search-query.dto';
import { TradesService } from '../trades/trades.service';
import { WorkersService } from '../workers/workers.service';
import { workerPostSearchSql, WorkerPostFilter } from './worker-post-search.sql';
import { CreateWorkerPostDto, WorkerPostSearchQueryDto } from './worker-post.dto';
import { WorkerPostEntity } from './worker-post.entity';
import {
  POST_COLUMNS,
  roundToArea,
  toWorkerPostView,
  WorkerPostRow,
  WorkerPostView,
} from './worker-post.view';

type SortedRow = WorkerPostRow & { sort_time: string };

@Injectable()
export class WorkerPostsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(WorkerPostEntity) private readonly posts: Repository<WorkerPostEntity>,
    private readonly workers: WorkersService,
    private readonly trades: TradesService,
    private readonly clock: Clock,
  ) {}

  async create(workerId: string, dto: CreateWorkerPostDto): Promise<WorkerPostView> {
    await this.workers.requireProfile(workerId);
    const availableFrom = new Date(dto.availableFrom);
    const availableTo = new Date(dto.availableTo);
    const problems = checkPostWindow(availableFrom, availableTo, this.clock.now());
    if (problems.length) {
      throw new AppException(ErrorCode.INVALID_TIME_WINDOW, {
        message: problems[0]!.message,
        details: problems,
      });
    }
    await this.trades.assertKnown(dto.tradeCodes, (i) => `tradeCodes[${i}]`);
    // One transaction with a retried request's key; the answer is read inside it.
    return idempotentTransaction(this.db, async (tx) => {
      const { identifiers } = await tx.withRepository(this.posts).insert({
        workerId,
        tradeCodes: dto.tradeCodes,
        title: dto.title.trim(),
        description: dto.description?.trim() ?? '',
        district: dto.area.district,
        lat: roundToArea(dto.area.lat),
        lng: roundToArea(dto.area.lng),
        availableFrom,
        availableTo,
        minPayUnit: dto.minPay?.unit ?? null,
        minPayFen: dto.minPay?.amountFen ?? null,
      });
      return toWorkerPostView(await this.findRow(identifiers[0]!.id as string, tx));
    });
  }

  async get(id: string): Promise<WorkerPostView> {
    return toWorkerPostView(await this.findRow(id));
  }

  /** The owner closes a post; closing a closed post again is a no-op, so a retry is harmless. */
  async close(workerId: string, id: string): Promise<WorkerPostView> {
    const row = await this.findRow(id);
    if (row.worker_id !== workerId) {
      throw new AppException(ErrorCode.FORBIDDEN, {
        message: { zh: '只能关闭自己发布的求职信息', en: 'You can close only your own posts' },
      });
    }
    await this.db.query(
      `UPDATE worker_posts SET status = 'closed', updated_at = now() WHERE id = $1 AND status = 'open'`,
      [id],
    );
    return this.get(id);
  }

  async search(q: WorkerPostSearchQueryDto): Promise<Page<WorkerPostView>> {
    const parsed = parseListingSearch(q);
    if (q.trade !== undefined) await this.trades.assertKnown([q.trade], () => 'trade');
    const status = q.status ?? 'open';
    return this.page(
      {
        status,
        availableAfter: status === 'open' ? this.clock.now() : undefined,
        near: parsed.near,
        trade: q.trade,
        district: q.district,
        from: parsed.from,
        to: parsed.to,
        limit: q.limit,
      },
      q.cursor,
    );
  }

  /** The worker's own posts, open and closed, newest first. */
  async listMine(workerId: string, q: PageQueryDto): Promise<Page<WorkerPostView>> {
    return this.page({ workerId, limit: q.limit }, q.cursor);
  }

  private async page(filter: WorkerPostFilter, cursor?: string): Promise<Page<WorkerPostView>> {
    if (cursor !== undefined) {
      filter.after = decodeListingKey(cursor, filter.near !== undefined);
    }
    const { sql, params } = workerPostSearchSql(filter);
    const rows = await this.db.query<SortedRow[]>(sql, params);
    return toPage(rows, filter.limit, toWorkerPostView, listingKey(filter.near !== undefined));
  }

  private async findRow(
    id: string,
    db: DataSource | EntityManager = this.db,
  ): Promise<WorkerPostRow> {
    const [row] = await db.query<WorkerPostRow[]>(
      `SELECT ${POST_COLUMNS} FROM worker_posts p JOIN worker_profiles wp ON wp.user_id = p.worker_id
       WHERE p.id = $1`,
      [id],
    );
    if (!row) throw workerPostNotFound();
    return row;
  }
}

export function workerPostNotFound(): AppException {
  return new AppException(ErrorCode.NOT_FOUND, {
    message: { zh: '求职信息不存在', en: 'No such post' },
  });
}
