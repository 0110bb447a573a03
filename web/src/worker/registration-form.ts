import type { Text } from '../shared/i18n';
import type { Registration, RegistrationStatus } from './registration-types';

/** The registration form as the screen holds it (strings, as inputs give them). */
export interface RegistrationForm {
  name: string;
  idNumber: string;
  phone: string;
  district: string;
  address: string;
  employmentForm: string;
  trade: string;
  workDescription: string;
  startedOn: string;
  signed: boolean;
}

export const EMPLOYMENT_FORM_TEXT: Record<string, Text> = {
  self_employed: { zh: '个体经营', en: 'Self-employed' },
  part_time: { zh: '非全日制', en: 'Part-time' },
  platform: { zh: '新就业形态（平台）', en: 'Platform work' },
  other: { zh: '其他灵活就业', en: 'Other flexible work' },
};

export const STATUS_TEXT: Record<RegistrationStatus, Text> = {
  pending: { zh: '办理中', en: 'Being processed' },
  returned: { zh: '已退回，请修改', en: 'Returned: please correct' },
  accepted: { zh: '已办结', en: 'Accepted' },
};

export const EVENT_TEXT: Record<string, Text> = {
  submitted: { zh: '提交', en: 'Submitted' },
  changed: { zh: '修改', en: 'Changed' },
  returned: { zh: '退回', en: 'Returned' },
  resubmitted: { zh: '重新提交', en: 'Resubmitted' },
  accepted: { zh: '办结', en: 'Accepted' },
};

export function emptyForm(phone = ''): RegistrationForm {
  return {
    name: '',
    idNumber: '',
    phone,
    district: '',
    address: '',
    employmentForm: '',
    trade: '',
    workDescription: '',
    startedOn: '',
    signed: false,
  };
}

/** A saved registration back into the form (for a correction); the commitment is signed afresh. */
export function formOf(r: Registration): RegistrationForm {
  return {
    name: r.name,
    idNumber: r.idNumber,
    phone: r.phone,
    district: r.district,
    address: r.address,
    employmentForm: r.employmentForm,
    trade: r.trades[0] ?? '',
    workDescription: r.workDescription,
    startedOn: r.startedOn ?? '',
    signed: false,
  };
}

/** The request body: trimmed, the ID number's x upper-cased, empty optionals left out. */
export function toRegistrationBody(f: RegistrationForm, commitmentVersion: string) {
  return {
    name: f.name.trim(),
    idNumber: f.idNumber.trim().toUpperCase(),
    phone: f.phone.trim(),
    district: f.district,
    address: f.address.trim(),
    employmentForm: f.employmentForm,
    trades: f.trade ? [f.trade] : [],
    workDescription: f.workDescription.trim(),
    ...(f.startedOn ? { startedOn: f.startedOn } : {}),
    commitment: { version: commitmentVersion, signed: f.signed },
  };
}
