import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type AuthUser, normalizePhone, type OtpSent, UsersService } from '@app/accounts';
import { AppException, Clock, maskPhone, nearSql } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { toShanghaiIso, WorkersService } from '@app/listings';
import { CANDIDATE_SHIFTS, RecommendationsService } from '@app/matching';
import type { RecommendationsView } from '@app/matching';
import { MarketStaffAccess } from './market-staff-access';
import { WalkInIdentityService } from './walk-in-identity.service';
import { type ExistingProfile, mergeWalkInProfile } from './walk-in-profile-merge';
import { WALK_IN_CONSENT } from './walk-in-consent';
import type { ListWalkInsQueryDto, RegisterWalkInDto } from './walk-in.dto';
import type { WalkInListView, WalkInLookupView, WalkInView } from './walk-in.view';

interface WalkInRow {
  worker_id: string;
  phone: string;
  name: string;
  home_district: string;
  trades: string[] | null;
  method: string;
  text_version: string;
  market_id: string;
  operator_id: string;
  created_at: Date;
}

/** The latest consent of each walk-in at a market, with their profile: the desk's list. */
const WALK_IN_SQL = `
  SELECT * FROM (
    SELECT DISTINCT ON (c.worker_id) c.worker_id, u.phone, wp.name, wp.home_district,
           (SELECT array_agg(t.trade_code ORDER BY t.level DESC, t.trade_code)
              FROM worker_trades t WHERE t.user_id = c.worker_id) AS trades,
           c.method, c.text_version, c.market_id, c.operator_id, c.created_at
      FROM walk_in_consents c
      JOIN users u ON u.id = c.worker_id
      JOIN worker_profiles wp ON wp.user_id = c.worker_id
     WHERE c.market_id = $1 AND ($2::text IS NULL OR u.phone = $2)
       AND ($3::text IS NULL OR wp.name ILIKE '%' || $3 || '%' OR u.phone LIKE '%' || $3)
     ORDER BY c.worker_id, c.created_at DESC
  ) latest ORDER BY created_at DESC, worker_id LIMIT $4`;

/**
 * Walk-in workers 现场登记: people without a smartphone whom an operator registers at
 * the counter. Registration makes (or finds) the account by phone with the worker
 * role, writes the profile through the same service as PUT /workers/me, and records
 * the consent (who, where, how, which text version) — only with that consent may the
 * desk later accept seats on the worker's behalf (PlacementsService).
 */
@Injectable()
export class WalkInsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: MarketStaffAccess,
    private readonly users: UsersService,
    private readonly identity: WalkInIdentityService,
    private readonly workers: WorkersService,
    private readonly recommendations: RecommendationsService,
    private readonly clock: Clock,
  ) {}

  async register(
    marketId: string,
    operator: AuthUser,
    dto: RegisterWalkInDto,
  ): Promise<WalkInView> {
    await this.access.open(marketId, operator);
    if (dto.consent.textVersion !== WALK_IN_CONSENT.version) {
      throw AppException.forField(ErrorCode.VALIDATION_FAILED, 'consent.textVersion', {
        zh: '同意书版本已更新，请重新向本人宣读最新版本',
        en: `the consent text has changed; read version ${WALK_IN_CONSENT.version} to the worker again`,
      });
    }
    // An existing account is someone's own: they prove it before anything changes.
    const account = await this.identity.account(dto.phone);
    const verifiedBy = account
      ? await this.identity.verify(account, dto.phone, dto.verification)
      : 'new_account';
    const { profile, filled } = mergeWalkInProfile(
      account ? await this.ownProfile(account.id) : null,
      dto.profile,
    );
    const user = await this.users.grantRole(dto.phone, 'worker');
    try {
      await this.workers.put(user.id, profile);
    } catch (error) {
      // The profile was refused (unknown trade, bad availability): leave the account as it was.
      await this.users.undoGrantRole(user, 'worker', account?.roles.includes('worker') ?? false);
      throw error;
    }
    await this.db.query(
      `INSERT INTO walk_in_consents (worker_id, market_id, operator_id, method, text_version,
         verified_by, filled_fields, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        user.id,
        marketId,
        operator.id,
        dto.consent.method,
        dto.consent.textVersion,
        verifiedBy,
        filled,
        this.clock.now(),
      ],
    );
    const [row] = await this.db.query<WalkInRow[]>(WALK_IN_SQL, [marketId, dto.phone, null, 1]);
    // The operator has just typed this number: showing it back lets them check it.
    return { ...toWalkInView(row!, true), filledFields: filled };
  }

  /** Whether a phone has an account, with a masked profile: the desk asks as the operator types. */
  async lookup(marketId: string, operator: AuthUser, phone: string): Promise<WalkInLookupView> {
    await this.access.open(marketId, operator);
    return this.identity.lookup(phone);
  }

  /** Sends the person at the counter the SMS code that proves the account is theirs. */
  async sendCode(marketId: string, operator: AuthUser, phone: string): Promise<OtpSent> {
    await this.access.open(marketId, operator);
    return this.identity.sendCode(phone);
  }

  private async ownProfile(userId: string): Promise<ExistingProfile | null> {
    try {
      return await this.workers.get(userId);
    } catch (error) {
      if (error instanceof AppException && error.code === ErrorCode.NOT_FOUND) return null;
      throw error;
    }
  }

  /**
   * The walk-ins of a market, newest first. Phones are masked, except when the
   * operator searched one exact number (the person is standing at the counter).
   */
  async list(
    marketId: string,
    operator: AuthUser,
    q: ListWalkInsQueryDto,
  ): Promise<WalkInListView> {
    await this.access.open(marketId, operator);
    const phone = q.phone ? (normalizePhone(q.phone.trim()) as string) : null;
    const text = q.q?.trim() || null;
    const rows = await this.db.query<WalkInRow[]>(WALK_IN_SQL, [marketId, phone, text, q.limit]);
    return { items: rows.map((r) => toWalkInView(r, phone !== null && r.phone === phone)) };
  }

  /**
   * Open shifts a walk-in could take, best first: near the market (they are standing
   * in it) within their travel distance, in one of their trades, not started yet,
   * seats left, and eligible by the matcher's own rules and score.
   */
  async shifts(
    marketId: string,
    operator: AuthUser,
    workerId: string,
  ): Promise<RecommendationsView> {
    const market = await this.access.open(marketId, operator);
    await this.access.assertConsent(marketId, workerId);
    const [worker] = await this.db.query<{ max_travel_km: number; trades: string[] }[]>(
      `SELECT wp.max_travel_km,
              ARRAY(SELECT trade_code FROM worker_trades t WHERE t.user_id = wp.user_id) AS trades
         FROM worker_profiles wp WHERE wp.user_id = $1`,
      [workerId],
    );
    if (!worker) return { items: [] };
    const near = nearSql('s', { lat: '$1', lng: '$2', radiusM: '$3' });
    const found: { id: string }[] = await this.db.query(
      `SELECT s.id FROM shifts s
        WHERE s.status = 'open' AND s.filled < s.headcount AND s.trade_code = ANY($4::text[])
          AND s.starts_at > $5 AND ${near.within}
        ORDER BY ${near.distanceKm}, s.id LIMIT ${CANDIDATE_SHIFTS}`,
      [market.lat, market.lng, worker.max_travel_km * 1000, worker.trades, this.clock.now()],
    );
    return this.recommendations.rank(
      workerId,
      found.map((r) => r.id),
      { lat: market.lat, lng: market.lng },
      worker.max_travel_km,
      null,
    );
  }
}

function toWalkInView(r: WalkInRow, fullPhone: boolean): WalkInView {
  return {
    workerId: r.worker_id,
    phone: fullPhone ? r.phone : maskPhone(r.phone),
    name: r.name,
    homeDistrict: r.home_district,
    trades: r.trades ?? [],
    consent: {
      method: r.method,
      textVersion: r.text_version,
      marketId: r.market_id,
      operatorId: r.operator_id,
      at: toShanghaiIso(new Date(r.created_at)),
    },
  };
}
