import type { FieldProblem, Localized } from '../errors/app.exception';

/** Limits on when a scheduled thing (a shift, a job fair) may start and how long it may last. */
export interface EventWindowRules {
  /** Clients' clocks drift, so "in the future" allows a little skew. */
  clockSkewMs: number;
  maxDurationMs: number;
  /** How far ahead it may start. */
  maxLeadMs: number;
  tooLong: Localized;
  tooFarAhead: Localized;
}

/**
 * Problems with an event's times, each naming the field to fix; empty when fine.
 * The end follows the start and the event is not too long; it starts in the
 * future (allowing the skew) and not too far ahead. One rule for shifts and fairs.
 */
export function checkEventWindow(
  w: { startsAt: Date; endsAt: Date },
  now: Date,
  rules: EventWindowRules,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const start = w.startsAt.getTime();
  const end = w.endsAt.getTime();
  if (end <= start) {
    problems.push({
      field: 'endsAt',
      message: { zh: '结束时间必须晚于开始时间', en: 'endsAt must be after startsAt' },
    });
  } else if (end - start > rules.maxDurationMs) {
    problems.push({ field: 'endsAt', message: rules.tooLong });
  }
  if (start < now.getTime() - rules.clockSkewMs) {
    problems.push({
      field: 'startsAt',
      message: { zh: '开始时间不能早于现在', en: 'startsAt must be in the future' },
    });
  } else if (start > now.getTime() + rules.maxLeadMs) {
    problems.push({ field: 'startsAt', message: rules.tooFarAhead });
  }
  return problems;
}
