import { maskPhone } from '@app/common';
import { toShanghaiIso } from '@app/listings';
import { calendarDaysBetween } from '../calendar';
import { maskIdNumber } from './id-number';
import type { RegistrationEventView, RegistrationView } from './registration.view';

/** The columns every read selects, dates as text (node-postgres would shift a `date`). */
export const REGISTRATION_COLUMNS = `
  r.id, r.number, r.status, r.name, r.id_number, r.phone, r.district, r.address,
  r.employment_form, r.trades, r.work_description, r.started_on::text AS started_on,
  r.commitment_version, r.committed_at, r.submitted_at, r.due_on::text AS due_on,
  r.return_reason, r.decided_at,
  EXISTS (SELECT 1 FROM working_calendar_years y WHERE y.status <> 'confirmed'
    AND y.year BETWEEN extract(year FROM (r.submitted_at AT TIME ZONE 'Asia/Shanghai')::date + 1)
                   AND extract(year FROM r.due_on)) AS due_provisional`;

export interface RegistrationRow {
  id: string;
  number: string;
  status: string;
  name: string;
  id_number: string;
  phone: string;
  district: string;
  address: string;
  employment_form: string;
  trades: string[];
  work_description: string;
  started_on: string | null;
  commitment_version: string;
  committed_at: Date;
  submitted_at: Date;
  due_on: string | null;
  due_provisional: boolean;
  return_reason: string | null;
  decided_at: Date | null;
}

export interface RegistrationEventRow {
  kind: string;
  actor_id: string | null;
  actor_role: string;
  reason: string | null;
  changed_fields: string[];
  due_on: string | null;
  at: Date;
}

/**
 * The wire shape. `today` is the Shanghai date (for overdue); `masked` hides the ID
 * number and phone, as every list does.
 */
export function toRegistrationView(
  r: RegistrationRow,
  today: string,
  masked: boolean,
): RegistrationView {
  const late = r.status === 'pending' && r.due_on ? calendarDaysBetween(r.due_on, today) : 0;
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    name: r.name,
    idNumber: masked ? maskIdNumber(r.id_number) : r.id_number,
    phone: masked ? maskPhone(r.phone) : r.phone,
    district: r.district,
    address: r.address,
    employmentForm: r.employment_form,
    trades: r.trades,
    workDescription: r.work_description,
    startedOn: r.started_on,
    commitment: { version: r.commitment_version, signedAt: toShanghaiIso(r.committed_at) },
    submittedAt: toShanghaiIso(r.submitted_at),
    dueOn: r.due_on,
    dueProvisional: r.due_provisional,
    awaitingCalendar: r.due_on === null,
    overdue: late > 0,
    daysOverdue: Math.max(0, late),
    returnReason: r.return_reason,
    decidedAt: r.decided_at ? toShanghaiIso(r.decided_at) : null,
  };
}

export function toEventView(e: RegistrationEventRow): RegistrationEventView {
  return {
    kind: e.kind,
    actorRole: e.actor_role,
    actorId: e.actor_id,
    reason: e.reason,
    changedFields: e.changed_fields,
    dueOn: e.due_on,
    at: toShanghaiIso(e.at),
  };
}
