import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { isUUID } from 'class-validator';
import {
  AppException,
  assertServiceLocation,
  Clock,
  decodeCursor,
  Page,
  parseNear,
  toPage,
} from '@app/common';
import { ErrorCode } from '@app/contracts';
import type { AuthUser } from '@app/accounts';
import { TradesService } from '../trades/trades.service';
import { CreateMarketDto, ListMarketsQueryDto, UpdateMarketDto } from './market.dto';
import { MarketEntity } from './market.entity';
import { MarketListFilter, marketListSql } from './market-list.sql';
import { MarketOperatorsService, marketNotFound } from './market-operators.service';
import { toMarketView, MarketView } from './market.view';
import { openingHoursProblems, OpeningInterval } from './opening-hours';

/** Fields only an admin may set: listing/suspending a market and vouching for it. */
const ADMIN_ONLY_FIELDS = ['status', 'integrity'] as const;
/** Fields a PATCH may clear with null. */
const NULLABLE_FIELDS = new Set(['contactPhone', 'description']);

type MarketRow = MarketEntity & { distanceKm: number | null };

const isAdmin = (user?: AuthUser) => user?.roles.includes('admin') ?? false;

@Injectable()
export class MarketsService {
  constructor(
    @InjectRepository(MarketEntity) private readonly markets: Repository<MarketEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly trades: TradesService,
    private readonly operators: MarketOperatorsService,
    private readonly clock: Clock,
  ) {}

  /**
   * The public directory. Only listed markets, unless an admin asks for the
   * suspended ones (`status=suspended`); anyone else asking gets 403.
   */
  async list(query: ListMarketsQueryDto, viewer?: AuthUser): Promise<Page<MarketView>> {
    const status = query.status ?? 'listed';
    if (status !== 'listed' && !isAdmin(viewer)) {
      throw AppException.forField(ErrorCode.FORBIDDEN, 'status', {
        zh: '只有管理员可以查看已暂停的零工市场',
        en: 'only admins may list suspended markets',
      });
    }
    let near: MarketListFilter['near'];
    if (query.near !== undefined) {
      const point = parseNear(query.near);
      if (!point) {
        throw AppException.forField(ErrorCode.VALIDATION_FAILED, 'near', {
          zh: 'near 必须是“纬度,经度”，如 38.91,121.61',
          en: 'near must be "lat,lng", e.g. 38.91,121.61',
        });
      }
      near = { ...point, radiusKm: query.radiusKm };
    }
    if (query.trade !== undefined) await this.trades.assertKnown([query.trade], () => 'trade');
    // One instant for the filter and for each item's openNow, so they never disagree.
    const now = this.now();
    return this.page(now, {
      statuses: [status],
      district: query.district,
      trade: query.trade,
      kind: query.kind,
      q: query.q,
      near,
      limit: query.limit,
      openNow: query.openNow === undefined ? undefined : { open: query.openNow, at: now },
      after: this.decodeAfter(query.cursor, near !== undefined),
    });
  }

  /** The markets an operator keeps, whatever their status. */
  listOperated(userId: string, query: { limit: number; cursor?: string }) {
    return this.page(this.now(), {
      statuses: ['listed', 'suspended'],
      operatorId: userId,
      limit: query.limit,
      after: this.decodeAfter(query.cursor, false),
    });
  }

  /** Suspended markets are 404 to the public; their admins and operators still see them. */
  async get(id: string, viewer?: AuthUser): Promise<MarketView> {
    const market = await this.markets.findOneBy({ id });
    if (!market) throw marketNotFound();
    if (market.status !== 'listed' && !(await this.mayManage(market.id, viewer))) {
      throw marketNotFound();
    }
    return toMarketView(market, this.now());
  }

  /** Whether the market is in the public directory (a hall screen may join only such a board). */
  isListed(id: string): Promise<boolean> {
    return this.markets.existsBy({ id, status: 'listed' });
  }

  /** For records that name a market (a shift on a hall's board): it must exist and be listed. */
  async assertListed(id: string, field: string): Promise<void> {
    const listed = await this.markets.existsBy({ id, status: 'listed' });
    if (!listed) {
      throw AppException.forField(ErrorCode.INVALID_REFERENCE, field, {
        zh: '零工市场不存在或已暂停',
        en: 'no listed market has this id',
      });
    }
  }

  async create(dto: CreateMarketDto): Promise<MarketView> {
    await this.assertValid(dto);
    const market = await this.markets.save(
      this.markets.create({
        kind: dto.kind,
        name: dto.name,
        district: dto.district,
        address: dto.address,
        lat: dto.location.lat,
        lng: dto.location.lng,
        openingHours: plainHours(dto.openingHours),
        trades: dto.trades,
        contactPhone: dto.contactPhone ?? null,
        integrity: dto.integrity ?? false,
        status: dto.status ?? 'listed',
        description: dto.description ?? null,
      }),
    );
    return toMarketView(market, this.now());
  }

  /** Admins edit any market; an operator edits the markets bound to it, except admin-only fields. */
  async update(id: string, dto: UpdateMarketDto, user: AuthUser): Promise<MarketView> {
    const stored = await this.markets.findOne({
      select: { id: true, district: true, lat: true, lng: true },
      where: { id },
    });
    if (!stored) throw marketNotFound();
    if (!isAdmin(user)) {
      if (!(await this.operators.isBound(id, user.id))) {
        throw new AppException(ErrorCode.MARKET_NOT_BOUND);
      }
      const field = ADMIN_ONLY_FIELDS.find((f) => dto[f] !== undefined);
      if (field) {
        throw AppException.forField(ErrorCode.FORBIDDEN, field, {
          zh: '只有管理员可以修改此项',
          en: 'only admins may change this',
        });
      }
    }
    for (const [field, value] of Object.entries(dto)) {
      if (value === null && !NULLABLE_FIELDS.has(field)) {
        throw AppException.forField(ErrorCode.VALIDATION_FAILED, field, {
          zh: '不能为空',
          en: 'must not be null',
        });
      }
    }
    await this.assertValid(dto);
    // A PATCH may move the market or rename its district alone: the pair must still agree.
    if (dto.location || dto.district) {
      assertServiceLocation(dto.location ?? stored, {
        district: dto.district ?? stored.district,
        districtField: 'district',
      });
    }

    const { location, openingHours, ...rest } = dto;
    const changes: Partial<MarketEntity> = Object.fromEntries(
      Object.entries(rest).filter(([, value]) => value !== undefined),
    );
    if (location) Object.assign(changes, { lat: location.lat, lng: location.lng });
    if (openingHours) changes.openingHours = plainHours(openingHours);
    // Only the fields sent are written, so two people editing different fields both win.
    if (Object.keys(changes).length > 0) await this.markets.update({ id }, changes);
    return toMarketView(await this.markets.findOneByOrFail({ id }), this.now());
  }

  private async mayManage(marketId: string, viewer?: AuthUser): Promise<boolean> {
    if (!viewer) return false;
    return isAdmin(viewer) || this.operators.isBound(marketId, viewer.id);
  }

  /** The domain checks a DTO cannot express: interval sense and trades in the catalogue. */
  private async assertValid(dto: UpdateMarketDto): Promise<void> {
    if (dto.openingHours) {
      const details = openingHoursProblems(dto.openingHours).map((problem) => ({
        field: `openingHours.${problem.path}`,
        message: problem.message,
      }));
      if (details.length) throw new AppException(ErrorCode.VALIDATION_FAILED, { details });
    }
    if (dto.trades) await this.trades.assertKnown(dto.trades, (i) => `trades[${i}]`);
  }

  private decodeAfter(cursor: string | undefined, byDistance: boolean): MarketListFilter['after'] {
    if (cursor === undefined) return undefined;
    const after = byDistance
      ? decodeCursor<{ d: number; id: string }>(cursor, { d: 'number', id: 'string' })
      : decodeCursor<{ n: string; id: string }>(cursor, { n: 'string', id: 'string' });
    // A hand-made cursor must fail as a cursor, not as a database type error.
    if (!isUUID(after.id)) {
      throw AppException.forField(ErrorCode.INVALID_CURSOR, 'cursor', {
        zh: '分页游标无效',
        en: 'not a cursor this list gave out',
      });
    }
    return after;
  }

  private async page(now: Date, filter: MarketListFilter): Promise<Page<MarketView>> {
    const { sql, params } = marketListSql(filter);
    const rows = (await this.db.query(sql, params)) as MarketRow[];
    return toPage(
      rows,
      filter.limit,
      (row) => toMarketView(row, now, row.distanceKm ?? undefined),
      (row): Record<string, string | number> =>
        filter.near ? { d: row.distanceKm!, id: row.id } : { n: row.name, id: row.id },
    );
  }

  private now(): Date {
    return this.clock.now();
  }
}

/** Stored as plain JSON with the keys in a fixed order, whatever the request sent. */
function plainHours(hours: readonly OpeningInterval[]): OpeningInterval[] {
  return hours.map(({ weekday, from, to }) => ({ weekday, from, to }));
}
