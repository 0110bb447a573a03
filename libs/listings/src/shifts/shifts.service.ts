import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  AppException,
  Clock,
  clockStampSql,
  idempotentTransaction,
  Page,
  toPage,
} from '@app/common';
// A plain function (no Nest module): posting records the employer's 告知承诺 (clause 十八).
import { recordCommitment } from '@app/commitments';
import { ErrorCode } from '@app/contracts';
import { EmployersService } from '../employers/employers.service';
import { MarketsService } from '../markets/markets.service';
import { CertificatesService } from '../certificates/certificates.service';
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
import { SHIFT_COLUMNS, SHIFT_OWN_COLUMNS, ShiftRow, ShiftView, toShiftView } from './shift.view';
import { recordEvents } from '@app/events';

type SortedRow = ShiftRow & { sort_time: string };

@Injectable()
export class ShiftsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly employers: EmployersService,
    private readonly trades: TradesService,
    private readonly certificates: CertificatesService,
    private readonly markets: MarketsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Posts a shift. A hot path at the morning peak (the benchmark's): the checks take
   * one round trip, the row is inserted by raw SQL and the answer is built from what
   * the insert returned, with no read-back.
   */
  async create(employerId: string, dto: CreateShiftDto): Promise<ShiftView> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    const instant = dto.instant ?? false;
    // One transaction: the key of a retried request, the checks, the row, the promise
    // and the event.
    return idempotentTransaction(this.db, async (tx) => {
      const employer = await this.checkPost(tx, employerId, dto);
      const problems = checkShiftWindow(
        { startsAt, endsAt, instant },
        this.clock.now(),
        this.config.INSTANT_WINDOW_HOURS,
      );
      if (problems.length) {
        throw new AppException(ErrorCode.INVALID_TIME_WINDOW, {
          message: problems[0]!.message,
          details: problems,
        });
      }
      const [inserted] = await tx.query<Omit<ShiftRow, 'employer_name' | 'employer_kind'>[]>(
        `INSERT INTO shifts AS s (employer_id, title, trade_code, description, lat, lng, address, district,
                             starts_at, ends_at, pay_unit, pay_fen, headcount, certificates, min_credit,
                             instant, auto_confirm, market_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
                 ${clockStampSql('$19')})
         RETURNING ${SHIFT_OWN_COLUMNS}`,
        [
          employerId,
          dto.title.trim(),
          dto.tradeCode,
          dto.description?.trim() ?? '',
          dto.location.lat,
          dto.location.lng,
          dto.location.address.trim(),
          dto.location.district,
          startsAt,
          endsAt,
          dto.pay.unit,
          dto.pay.amountFen,
          dto.headcount,
          dto.requirements?.certificates ?? [],
          dto.requirements?.minCredit ?? 0,
          instant,
          dto.autoConfirm ?? false,
          dto.marketId ?? null,
          this.clock.leadMs(),
        ],
      );
      const shift = { ...inserted!, employer_name: employer.name, employer_kind: employer.kind };
      await recordCommitment(tx, {
        userId: employerId,
        role: 'employer',
        kind: 'post_shift',
        subjectId: shift.id,
        at: this.clock.now(),
      });
      if (employer.heldForReview && (await this.holdForReview(tx, shift.id, employerId))) {
        return toShiftView({ ...shift, status: 'pending_review' as const });
      }
      const source = { id: shift.id, employerId, status: shift.status, filled: 0 };
      await recordEvents(tx, [
        shiftUpdated({
          ...source,
          headcount: dto.headcount,
          marketId: dto.marketId ?? null,
          instant,
        }),
      ]);
      return toShiftView(shift);
    });
  }

  /**
   * What posting needs to be true, in one query: the employer's profile (its name and
   * kind go into the answer), a known trade, a listed market if one is named. Each
   * failure is thrown by the service that owns the rule, with its own message.
   */
  private async checkPost(
    tx: EntityManager,
    employerId: string,
    dto: CreateShiftDto,
  ): Promise<{ name: string; kind: ShiftRow['employer_kind']; heldForReview: boolean }> {
    // Unique by the DTO's ArrayUnique, so a count tells whether all are in the catalogue.
    const certificates = dto.requirements?.certificates ?? [];
    const [facts] = await tx.query<
      {
        name: string | null;
        kind: ShiftRow['employer_kind'] | null;
        trade_known: boolean;
        market_listed: boolean;
        certificates_known: boolean;
        held_for_review: boolean;
      }[]
    >(
      `SELECT ep.name, ep.kind,
              EXISTS (SELECT 1 FROM trades t WHERE t.code = $2 AND t.active) AS trade_known,
              ($3::uuid IS NULL OR EXISTS (
                SELECT 1 FROM markets m WHERE m.id = $3::uuid AND m.status = 'listed')) AS market_listed,
              (SELECT count(*) FROM certificates c WHERE c.code = ANY($4::text[]) AND c.active)
                = cardinality($4::text[]) AS certificates_known,
              COALESCE((SELECT u.credit_score < $5 FROM users u WHERE u.id = $1), false)
                AS held_for_review
         FROM (SELECT 1) AS one LEFT JOIN employer_profiles ep ON ep.user_id = $1`,
      [
        employerId,
        dto.tradeCode,
        dto.marketId ?? null,
        certificates,
        this.config.CREDIT_REVIEW_BELOW,
      ],
    );
    if (!facts!.name || !facts!.kind) await this.employers.requireProfile(employerId);
    if (!facts!.trade_known) await this.trades.assertKnown([dto.tradeCode], () => 'tradeCode');
    if (!facts!.certificates_known) {
      await this.certificates.assertKnown(certificates, (i) => `requirements.certificates[${i}]`);
    }
    if (!facts!.market_listed) await this.markets.assertListed(dto.marketId!, 'marketId');
    return { name: facts!.name!, kind: facts!.kind!, heldForReview: facts!.held_for_review };
  }

  /**
   * An employer whose credit is under CREDIT_REVIEW_BELOW has the new shift held for
   * staff review (clause 十八): status pending_review, not listed and not matched (no
   * shift.updated is sent, so neither the matcher nor the boards see it) until an admin
   * approves it (libs/matching/src/credit/review). Only called when the checks' read
   * said so (most posts skip the round trip); the statement re-checks the score itself.
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
    const [row] = await this.db.query<ShiftRow[]>(
      `SELECT ${SHIFT_COLUMNS} FROM shifts s JOIN employer_profiles ep ON ep.user_id = s.employer_id
       WHERE s.id = $1`,
      [id],
    );
    if (!row) throw shiftNotFound();
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

export function shiftNotFound(): AppException {
  return new AppException(ErrorCode.NOT_FOUND, {
    message: { zh: '岗位不存在', en: 'No such shift' },
  });
}
