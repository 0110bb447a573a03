import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AppException, FieldProblem } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { CertificatesService } from '../certificates/certificates.service';
import { TradesService } from '../trades/trades.service';
import { checkAvailability } from './availability';
import { PutWorkerProfileDto } from './worker-profile.dto';
import { WorkerProfileEntity, WorkerTradeEntity } from './worker-profile.entity';
import { toWorkerProfileView, WorkerProfileView } from './worker-profile.view';

@Injectable()
export class WorkersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(WorkerProfileEntity)
    private readonly profiles: Repository<WorkerProfileEntity>,
    @InjectRepository(WorkerTradeEntity) private readonly trades: Repository<WorkerTradeEntity>,
    private readonly tradeCatalogue: TradesService,
    private readonly certificateCatalogue: CertificatesService,
  ) {}

  /** The owner's profile; 404 until they have written one. */
  async get(userId: string): Promise<WorkerProfileView> {
    const profile = await this.profiles.findOneBy({ userId });
    if (!profile) {
      throw new AppException(ErrorCode.NOT_FOUND, {
        message: { zh: '尚未填写零工资料', en: 'You have not written a worker profile yet' },
      });
    }
    const trades = await this.trades.findBy({ userId });
    return toWorkerProfileView(profile, trades);
  }

  /** For actions that need a worker profile first (posting 求职信息, going online). */
  async requireProfile(userId: string): Promise<WorkerProfileEntity> {
    const profile = await this.profiles.findOneBy({ userId });
    if (!profile) {
      throw new AppException(ErrorCode.PROFILE_REQUIRED, {
        message: { zh: '请先填写零工资料', en: 'Write your worker profile first' },
      });
    }
    return profile;
  }

  /** Writes the whole profile (PUT semantics); the profile and its trades change together or not at all. */
  async put(userId: string, dto: PutWorkerProfileDto): Promise<WorkerProfileView> {
    const problems: FieldProblem[] = [
      ...duplicateTrades(dto.trades.map((t) => t.code)),
      ...checkAvailability(dto.availability ?? []),
    ];
    if (problems.length) {
      throw new AppException(ErrorCode.VALIDATION_FAILED, { details: problems });
    }
    await this.tradeCatalogue.assertKnown(
      dto.trades.map((t) => t.code),
      (i) => `trades[${i}].code`,
    );
    await this.certificateCatalogue.assertKnown(
      dto.certificates ?? [],
      (i) => `certificates[${i}]`,
    );

    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO worker_profiles (user_id, name, certificates, home_district, home_lat, home_lng,
                                      max_travel_km, min_pay_unit, min_pay_fen, availability)
         VALUES ($1, $2, $3::text[], $4, $5, $6, $7, $8, $9, $10::jsonb)
         ON CONFLICT (user_id) DO UPDATE SET
           name = EXCLUDED.name, certificates = EXCLUDED.certificates,
           home_district = EXCLUDED.home_district, home_lat = EXCLUDED.home_lat,
           home_lng = EXCLUDED.home_lng, max_travel_km = EXCLUDED.max_travel_km,
           min_pay_unit = EXCLUDED.min_pay_unit, min_pay_fen = EXCLUDED.min_pay_fen,
           availability = EXCLUDED.availability, updated_at = now()`,
        [
          userId,
          dto.name.trim(),
          dto.certificates ?? [],
          dto.homeDistrict.trim(),
          dto.homeLocation?.lat ?? null,
          dto.homeLocation?.lng ?? null,
          dto.maxTravelKm ?? 10,
          dto.minPay?.unit ?? null,
          dto.minPay?.amountFen ?? null,
          JSON.stringify(
            (dto.availability ?? []).map(({ weekday, from, to }) => ({ weekday, from, to })),
          ),
        ],
      );
      await tx.query(`DELETE FROM worker_trades WHERE user_id = $1`, [userId]);
      await tx.query(
        `INSERT INTO worker_trades (user_id, trade_code, level)
         SELECT $1, t.code, t.level FROM unnest($2::text[], $3::smallint[]) AS t(code, level)`,
        [userId, dto.trades.map((t) => t.code), dto.trades.map((t) => t.level)],
      );
    });
    return this.get(userId);
  }
}

function duplicateTrades(codes: string[]): FieldProblem[] {
  return codes.flatMap((code, i) =>
    codes.indexOf(code) < i
      ? [
          {
            field: `trades[${i}].code`,
            message: { zh: `工种 ${code} 重复`, en: `trade ${code} is listed twice` },
          },
        ]
      : [],
  );
}
