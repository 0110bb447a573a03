/**
 * 承诺制 (clause 三): a worker's own confirmation of a work record takes the place
 * of proof. The text is short and versioned: every confirmation names the version
 * it agreed to, and a new wording needs a new version (old confirmations keep
 * meaning what they said).
 */
export const WORK_RECORD_COMMITMENT = {
  version: '2026-11-v1',
  zh:
    '本人承诺：所确认的工作记录（日期、工时、收入、工作地点所在区、工种、用工主体）真实、准确。' +
    '确认后的记录将以不含个人身份的汇总形式纳入本市新就业形态统计监测；如有不实，本人愿承担相应责任。',
  en:
    'I declare that the work records I confirm (date, hours, income, district of the workplace, trade, ' +
    'employer) are true and accurate. Confirmed records are counted, in aggregate and without my ' +
    "identity, in the city's statistics of new forms of employment; I am responsible for anything untrue.",
} as const;
