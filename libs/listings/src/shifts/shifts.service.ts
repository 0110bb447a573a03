import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  AppException,
  Clock,
  Page,
  recordEvents,
  toPage,
} from '@app/common';
// A plain function (no Nest module): posting records the employer's 告知承诺 (clause 十八).
import { recordCommitment } from '@app/matching/credit/commitments/record-commitment';
import { ErrorCode } from '@app/contracts';
import { EmployersService } from '../employers/employers.service';
import { MarketsService } from '../markets/markets.service';
import { TradesService } from '../trades/trades.service';
import { checkShiftWindow } from './domain/time-window';
import { decodeListingKey, decodeTimeKey, listingKey } from './search/keyset';
import { parseListingSearch } from './search/search-query.dto';
import {
  employerShiftsSql,
  SearchSql,
  shiftSearchSql,
  ShiftSearchFilter,
} from './search/shift-search.sql';
import { EmployerShiftsQueryDto, ShiftSearchQueryDto } from './search/shift-search-query.dto';
import { CreateShiftDto } from './shift.dto';
import { shiftUpdated } from './shift-events';
import { ShiftEntity } from './shift.entity';
import { SHIFT_COLUMNS, ShiftRow, ShiftView, toShiftView } from './shift.view';

type SortedRow = ShiftRow & { sort_time: string };

@Injectable()
export class ShiftsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly employers: EmployersService,
    private readonly trades: TradesService,
    private readonly markets: MarketsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(employerId: string, dto: CreateShiftDto): Promise<ShiftView> {
    await this.employers.requireProfile(employerId);
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    const instant = dto.instant ?? false;
    const problems = checkShiftWindow({ startsAt, endsAt, instant }, this.clock.now());
    if (problems.length) {
      throw new AppException(ErrorCode.INVALID_TIME_WINDOW, {
        message: problems[0]!.message,
        details: problems,
      });
    }
    await this.trades.assertKnown([dto.tradeCode], () => 'tradeCode');
    if (dto.marketId) await this.markets.assertListed(dto.marketId, 'marketId');

    const id = await this.db.transaction(async (tx) => {
      const { identifiers } = await tx.getRepository(ShiftEntity).insert({
        employerId,
        title: dto.title.trim(),
        tradeCode: dto.tradeCode,
        description: dto.description?.trim() ?? '',
        lat: dto.location.lat,
        lng: dto.location.lng,
        address: dto.location.address.trim(),
        district: dto.location.district,
        startsAt,
        endsAt,
        payUnit: dto.pay.unit,
        payFen: dto.pay.amountFen,
        headcount: dto.headcount,
        certificates: dto.requirements?.certificates ?? [],
        minCredit: dto.requirements?.minCredit ?? 0,
        instant,
        autoConfirm: dto.autoConfirm ?? false,
        marketId: dto.marketId ?? null,
      });
      const shiftId = identifiers[0]!.id as string;
      await recordCommitment(tx, {
        userId: employerId,
        role: 'employer',
        kind: 'post_shift',
        subjectId: shiftId,
        at: this.clock.now(),
      });
      if (await this.holdForReview(tx, shiftId, employerId)) return shiftId;
      const status = 'open';
      const source = { id: shiftId, employerId, status, filled: 0, headcount: dto.headcount };
      await recordEvents(tx, [shiftUpdated({ ...source, marketId: dto.marketId ?? null })]);
      return shiftId;
    });
    return this.get(id);
  }

  /**
   * An employer whose credit is under CREDIT_REVIEW_BELOW has the new shift held for
   * staff review (clause 十八): status pending_review, not listed and not matched (no
   * shift.updated is sent, so neither the matcher nor the boards see it) until an admin
   * approves it (libs/matching/src/credit/review).
   */
  private async holdForReview(
    tx: EntityManager,
    shiftId: string,
    employerId: string,
  ): Promise<boolean> {
    const [held] = await tx.query<{ credit_score: number }[]>(
      `WITH employer AS (SELECT credit_score FROM users WHERE id = $2 AND credit_score < $3),
            hold AS (UPDATE shifts SET status = 'pending_review'
                      WHERE id = $1 AND EXISTS (SELECT 1 FROM employer) RETURNING id)
       INSERT INTO shift_reviews (shift_id, employer_score, created_at)
       SELECT h.id, e.credit_score, $4 FROM hold h, employer e RETURNING employer_score AS credit_score`,
      [shiftId, employerId, this.config.CREDIT_REVIEW_BELOW, this.clock.now()],
    );
    return held !== undefined;
  }

  /** Public: any status, so a link to a cancelled shift still says what happened. */
  async get(id: string): Promise<ShiftView> {
    // Not a uuid cannot name a shift: a 404, not a database cast error.
    if (!isUUID(id)) throw notFound();
    const [row] = await this.db.query<ShiftRow[]>(
      `SELECT ${SHIFT_COLUMNS} FROM shifts s JOIN employer_profiles ep ON ep.user_id = s.employer_id
       WHERE s.id = $1`,
      [id],
    );
    if (!row) throw notFound();
    return toShiftView(row);
  }

  async search(q: ShiftSearchQueryDto): Promise<Page<ShiftView>> {
    if (q.trade !== undefined) await this.trades.assertKnown([q.trade], () => 'trade');
    const { sql, params, near } = this.searchSql(q);
    const rows = await this.db.query<SortedRow[]>(sql, params);
    return toPage(rows, q.limit, toShiftView, listingKey(near));
  }

  /** The statement `search` runs for a query; public so that tests can EXPLAIN exactly it. */
  searchSql(q: ShiftSearchQueryDto): SearchSql & { near: boolean } {
    const parsed = parseListingSearch(q);
    const status = q.status ?? 'open';
    const filter: ShiftSearchFilter = {
      status,
      endsAfter: status === 'open' ? this.clock.now() : undefined,
      near: parsed.near,
      trade: q.trade,
      district: q.district,
      from: parsed.from,
      to: parsed.to,
      minPayFen: q.minPayFen,
      payUnit: q.payUnit,
      limit: q.limit,
    };
    if (q.cursor !== undefined) {
      filter.after = decodeListingKey(q.cursor, parsed.near !== undefined);
    }
    return { ...shiftSearchSql(filter), near: parsed.near !== undefined };
  }

  /** The employer's own shifts, newest first, with live fill counts. */
  async listMine(employerId: string, q: EmployerShiftsQueryDto): Promise<Page<ShiftView>> {
    const { sql, params } = employerShiftsSql({
      employerId,
      status: q.status,
      after: q.cursor !== undefined ? decodeTimeKey(q.cursor) : undefined,
      limit: q.limit,
    });
    const rows = await this.db.query<SortedRow[]>(sql, params);
    return toPage(rows, q.limit, toShiftView, listingKey(false));
  }
}

function notFound(): AppException {
  return new AppException(ErrorCode.NOT_FOUND, {
    message: { zh: '岗位不存在', en: 'No such shift' },
  });
}
