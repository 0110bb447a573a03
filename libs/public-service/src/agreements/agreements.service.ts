import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@app/accounts';
import { AppException, Clock } from '@app/common';
import { ErrorCode } from '@app/contracts';
import { toShanghaiIso } from '@app/listings';
import {
  type AgreementContent,
  type AgreementSource,
  buildAgreementContent,
} from './agreement-content';
import { AGREEMENT_TERMS } from './agreement-terms';
import type { AgreementView } from './agreement.view';

type Side = 'worker' | 'employer';

interface PartiesRow {
  shift_id: string;
  worker_id: string;
  employer_id: string;
  confirmed_at: Date | null;
}

interface AgreementRow {
  assignment_id: string;
  content: AgreementContent;
  created_at: Date;
  worker_accepted_at: Date | null;
  employer_accepted_at: Date | null;
}

/** Everything the agreement says, read in one statement from the assignment as it stands. */
const SOURCE_SQL = `SELECT ep.name AS employer_name, ep.kind AS employer_kind, ep.contact_name,
    coalesce(ep.contact_phone, eu.phone) AS employer_phone, wp.name AS worker_name,
    wu.phone AS worker_phone, s.title, s.trade_code, t.name_zh AS trade_name_zh,
    t.name_en AS trade_name_en, s.description, s.starts_at, s.ends_at, s.pay_unit, s.pay_fen,
    s.address, s.district
  FROM assignments a
  JOIN shifts s ON s.id = a.shift_id
  JOIN trades t ON t.code = s.trade_code
  JOIN users eu ON eu.id = s.employer_id
  JOIN employer_profiles ep ON ep.user_id = s.employer_id
  JOIN users wu ON wu.id = a.worker_id
  LEFT JOIN worker_profiles wp ON wp.user_id = a.worker_id
  WHERE a.id = $1`;

/**
 * Written agreements 书面协议 (clause 十四). An agreement is produced the first
 * time either party asks for it once the employer has confirmed the worker
 * (INSERT … ON CONFLICT DO NOTHING, then read: two first requests racing produce
 * one), and is never rewritten. Only the two parties may read or accept it.
 */
@Injectable()
export class AgreementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(assignmentId: string, user: AuthUser): Promise<AgreementView> {
    const { parties, side } = await this.partyOf(assignmentId, user);
    const row = (await this.read(assignmentId)) ?? (await this.produce(assignmentId, parties));
    return toView(row, parties, side);
  }

  /** Records the caller's acceptance; accepting again keeps the first time. */
  async accept(assignmentId: string, user: AuthUser): Promise<AgreementView> {
    const { parties, side } = await this.partyOf(assignmentId, user);
    if (!(await this.read(assignmentId))) await this.produce(assignmentId, parties);
    const column = side === 'worker' ? 'worker_accepted_at' : 'employer_accepted_at';
    await this.db.query(
      `UPDATE agreements SET ${column} = coalesce(${column}, $2) WHERE assignment_id = $1`,
      [assignmentId, this.clock.now()],
    );
    return toView((await this.read(assignmentId))!, parties, side);
  }

  /**
   * The caller's side of the assignment. Anyone else gets 404, the same as for an
   * assignment that does not exist: a stranger learns nothing about who works where.
   */
  private async partyOf(
    assignmentId: string,
    user: AuthUser,
  ): Promise<{ parties: PartiesRow; side: Side }> {
    const [parties] = await this.db.query<PartiesRow[]>(
      `SELECT a.shift_id, a.worker_id, s.employer_id, a.confirmed_at
         FROM assignments a JOIN shifts s ON s.id = a.shift_id WHERE a.id = $1`,
      [assignmentId],
    );
    const isWorker = parties?.worker_id === user.id && user.roles.includes('worker');
    const isEmployer = parties?.employer_id === user.id && user.roles.includes('employer');
    if (!parties || (!isWorker && !isEmployer)) {
      throw AppException.forField(ErrorCode.NOT_FOUND, 'id', {
        zh: '协议不存在',
        en: 'no such agreement',
      });
    }
    // One account on both sides (it may hold both roles): the role signed in with decides.
    const side: Side =
      isWorker && isEmployer
        ? user.role === 'employer'
          ? 'employer'
          : 'worker'
        : isWorker
          ? 'worker'
          : 'employer';
    return { parties, side };
  }

  private async read(assignmentId: string): Promise<AgreementRow | undefined> {
    const [row] = await this.db.query<AgreementRow[]>(
      `SELECT assignment_id, content, created_at, worker_accepted_at, employer_accepted_at
         FROM agreements WHERE assignment_id = $1`,
      [assignmentId],
    );
    return row;
  }

  /** 409 AGREEMENT_NOT_READY until the employer has confirmed the worker. */
  private async produce(assignmentId: string, parties: PartiesRow): Promise<AgreementRow> {
    if (!parties.confirmed_at) throw new AppException(ErrorCode.AGREEMENT_NOT_READY);
    const [source] = await this.db.query<AgreementSource[]>(SOURCE_SQL, [assignmentId]);
    if (!source) {
      // The employer has no profile: nothing to name as a party (profiles are required to post).
      throw new AppException(ErrorCode.AGREEMENT_NOT_READY);
    }
    const content = buildAgreementContent(source, AGREEMENT_TERMS, toShanghaiIso);
    await this.db.query(
      `INSERT INTO agreements (assignment_id, worker_id, employer_id, terms_version, content, created_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6) ON CONFLICT (assignment_id) DO NOTHING`,
      [
        assignmentId,
        parties.worker_id,
        parties.employer_id,
        AGREEMENT_TERMS.version,
        JSON.stringify(content),
        this.clock.now(),
      ],
    );
    return (await this.read(assignmentId))!;
  }
}

function toView(row: AgreementRow, parties: PartiesRow, side: Side): AgreementView {
  const at = (d: Date | null) => (d ? toShanghaiIso(new Date(d)) : null);
  return {
    assignmentId: row.assignment_id,
    shiftId: parties.shift_id,
    producedAt: toShanghaiIso(new Date(row.created_at)),
    yourSide: side,
    ...row.content,
    worker: { acceptedAt: at(row.worker_accepted_at) },
    employer: { acceptedAt: at(row.employer_accepted_at) },
    accepted: Boolean(row.worker_accepted_at && row.employer_accepted_at),
  };
}
