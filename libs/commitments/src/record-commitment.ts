import type { EntityManager } from 'typeorm';
import { COMMITMENT_TEXTS, type CommitmentKind } from './commitment-texts';

export interface CommitmentInput {
  userId: string;
  role: string;
  kind: CommitmentKind;
  /** What it was about: the shift posted or taken; null for a sign-up. */
  subjectId: string | null;
  at: Date;
}

/**
 * Records a 告知承诺 in the caller's transaction, with the current text and version.
 * A plain function on purpose: the login path (accounts) and posting a shift (listings)
 * call it without depending on the credit module. A sign-up is recorded once per user
 * and role (a unique index); returns whether a row was added.
 */
export async function recordCommitment(tx: EntityManager, c: CommitmentInput): Promise<boolean> {
  const text = COMMITMENT_TEXTS[c.kind];
  const rows: unknown[] = await tx.query(
    `INSERT INTO commitments (user_id, role, kind, subject_id, version, text_zh, text_en, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (user_id, role) WHERE kind = 'sign_up' DO NOTHING RETURNING id`,
    [c.userId, c.role, c.kind, c.subjectId, text.version, text.zh, text.en, c.at],
  );
  return rows.length > 0;
}
