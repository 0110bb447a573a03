import { maskPhone, maskPersonalNumbers } from '@app/common';

/** What an agreement says, frozen when produced (stored as jsonb). */
export interface AgreementContent {
  parties: {
    employer: { name: string; kind: 'individual' | 'business'; contactName: string; phone: string };
    worker: { name: string; phone: string };
  };
  work: {
    title: string;
    tradeCode: string;
    tradeNameZh: string;
    tradeNameEn: string;
    description: string;
  };
  time: { startsAt: string; endsAt: string; hours: number };
  pay: { unit: 'hour' | 'day' | 'piece'; amountFen: number; estimateFen: number | null };
  place: { address: string; district: string };
  terms: { version: string; zh: string; en: string };
}

export interface AgreementSource {
  employer_name: string;
  employer_kind: 'individual' | 'business';
  contact_name: string;
  employer_phone: string;
  worker_name: string | null;
  worker_phone: string;
  title: string;
  trade_code: string;
  trade_name_zh: string;
  trade_name_en: string;
  description: string;
  starts_at: Date;
  ends_at: Date;
  pay_unit: 'hour' | 'day' | 'piece';
  pay_fen: number;
  address: string;
  district: string;
}

/**
 * The pay one worker can expect for the whole shift: hours × rate, one day's rate
 * (a shift lasts at most 24 h), or null for piece work (it depends on the pieces).
 */
export function estimatePayFen(
  unit: 'hour' | 'day' | 'piece',
  amountFen: number,
  hours: number,
): number | null {
  if (unit === 'hour') return Math.round(amountFen * hours);
  if (unit === 'day') return amountFen;
  return null;
}

/**
 * The agreement's content from the assignment as it stands at production time.
 * Phones are stored masked: each side sees the other's only as 138****5678 (the
 * app's own channels reach them), so the frozen copy never holds a full number.
 */
export function buildAgreementContent(
  s: AgreementSource,
  terms: { version: string; zh: string; en: string },
  toIso: (d: Date) => string,
): AgreementContent {
  const hours = Math.round(((s.ends_at.getTime() - s.starts_at.getTime()) / 3_600_000) * 100) / 100;
  return {
    parties: {
      employer: {
        name: s.employer_name,
        kind: s.employer_kind,
        contactName: s.contact_name,
        phone: maskPhone(s.employer_phone),
      },
      worker: { name: s.worker_name ?? '—', phone: maskPhone(s.worker_phone) },
    },
    work: {
      title: s.title,
      tradeCode: s.trade_code,
      tradeNameZh: s.trade_name_zh,
      tradeNameEn: s.trade_name_en,
      description: maskPersonalNumbers(s.description),
    },
    time: { startsAt: toIso(s.starts_at), endsAt: toIso(s.ends_at), hours },
    pay: {
      unit: s.pay_unit,
      amountFen: s.pay_fen,
      estimateFen: estimatePayFen(s.pay_unit, s.pay_fen, hours),
    },
    place: { address: s.address, district: s.district },
    terms: { version: terms.version, zh: terms.zh, en: terms.en },
  };
}
