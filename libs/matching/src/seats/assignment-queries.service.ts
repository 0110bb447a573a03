import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  AppException,
  decodeCursor,
  Page,
  PageQueryDto,
  toPage,
} from '@app/common';
import { ErrorCode } from '@app/contracts';
import {
  ASSIGNMENT_COLUMNS,
  AssignmentRow,
  AssignmentView,
  ShiftAssignmentView,
  toAssignmentView,
  toShiftAssignmentView,
} from './assignment.view';

type Key = { t: string; id: string };
/** created_at as PostgreSQL prints it, microseconds included, so the keyset is exact. */
const keyOf = (r: { created_key: string; id: string }): Key => ({ t: r.created_key, id: r.id });
const TIMESTAMP_TEXT = /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d{1,6})?([+-]\d\d(:?\d\d)?)?$/;

/**
 * Reads: a worker's assignments, a shift's assignments for its owner (newest first), and
 * who may watch a shift.
 */
@Injectable()
export class AssignmentQueriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Who may watch a shift's live updates: its employer, or a worker with an offer or an
   * assignment on it; else 403 (404 when there is no such shift).
   */
  async assertMayWatch(userId: string, shiftId: string): Promise<void> {
    const [row] = await this.db.query<{ employer_id: string; involved: boolean }[]>(
      `SELECT s.employer_id,
              EXISTS (SELECT 1 FROM offers o WHERE o.shift_id = s.id AND o.worker_id = $2)
              OR EXISTS (SELECT 1 FROM assignments a WHERE a.shift_id = s.id AND a.worker_id = $2)
              AS involved
         FROM shifts s WHERE s.id = $1`,
      [shiftId, userId],
    );
    if (!row) {
      throw new AppException(ErrorCode.NOT_FOUND, {
        message: { zh: '岗位不存在', en: 'No such shift' },
      });
    }
    if (row.employer_id !== userId && !row.involved) {
      throw new AppException(ErrorCode.FORBIDDEN, {
        message: { zh: '只能关注自己的岗位', en: 'You may only watch your own shifts' },
      });
    }
  }

  async forWorker(workerId: string, q: PageQueryDto): Promise<Page<AssignmentView>> {
    const { clause, params } = after(q, 2);
    const rows = await this.db.query<(AssignmentRow & { created_key: string })[]>(
      `SELECT ${ASSIGNMENT_COLUMNS}, a.created_at::text AS created_key FROM assignments a WHERE a.worker_id = $1 ${clause}
       ORDER BY a.created_at DESC, a.id DESC LIMIT ${q.limit + 1}`,
      [workerId, ...params],
    );
    return toPage(rows, q.limit, toAssignmentView, keyOf);
  }

  async forShift(
    employerId: string,
    shiftId: string,
    q: PageQueryDto,
  ): Promise<Page<ShiftAssignmentView>> {
    const notFound = new AppException(ErrorCode.NOT_FOUND, {
      message: { zh: '岗位不存在', en: 'No such shift' },
    });
    const [shift] = await this.db.query<{ employer_id: string }[]>(
      `SELECT employer_id FROM shifts WHERE id = $1`,
      [shiftId],
    );
    if (!shift) throw notFound;
    if (shift.employer_id !== employerId) {
      throw new AppException(ErrorCode.FORBIDDEN, {
        message: { zh: '只能查看自己岗位的派工', en: 'Only the owner sees who works a shift' },
      });
    }
    const { clause, params } = after(q, 2);
    const rows = await this.db.query<
      (AssignmentRow & { worker_name: string | null; worker_phone: string; created_key: string })[]
    >(
      `SELECT ${ASSIGNMENT_COLUMNS}, a.created_at::text AS created_key, wp.name AS worker_name, u.phone AS worker_phone
         FROM assignments a JOIN users u ON u.id = a.worker_id
         LEFT JOIN worker_profiles wp ON wp.user_id = a.worker_id
        WHERE a.shift_id = $1 ${clause}
        ORDER BY a.created_at DESC, a.id DESC LIMIT ${q.limit + 1}`,
      [shiftId, ...params],
    );
    const window = this.config.HOURS_DISPUTE_HOURS;
    return toPage(rows, q.limit, (r) => toShiftAssignmentView(r, window), keyOf);
  }
}

/** The keyset condition for `?cursor=`; its parameters start at $first. */
function after(q: PageQueryDto, first: number): { clause: string; params: unknown[] } {
  if (q.cursor === undefined) return { clause: '', params: [] };
  const key = decodeCursor<Key>(q.cursor, { t: 'string', id: 'string' });
  if (!TIMESTAMP_TEXT.test(key.t) || !isUUID(key.id)) {
    throw AppException.forField(ErrorCode.INVALID_CURSOR, 'cursor', {
      zh: '分页游标无效',
      en: 'not a cursor we gave out',
    });
  }
  return {
    clause: `AND (a.created_at, a.id) < ($${first}::timestamptz, $${first + 1}::uuid)`,
    params: [key.t, key.id],
  };
}
