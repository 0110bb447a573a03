/**
 * The 告知承诺 texts (clause 十八: 告知承诺-信用管理-联合惩戒). A user is told what is
 * expected and what a breach costs instead of proving it up front; the row recorded
 * keeps the version and the text as shown, so a later wording never rewrites an old
 * promise. Bump the version whenever a text changes.
 */
export const COMMITMENT_KINDS = ['sign_up', 'post_shift', 'accept', 'grab'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

export interface CommitmentText {
  version: string;
  zh: string;
  en: string;
}

export const COMMITMENT_TEXTS: Record<CommitmentKind, CommitmentText> = {
  sign_up: {
    version: '2026-11-v1',
    zh:
      '本人承诺所填信息真实、准确，遵守平台规则与劳动保障法律法规。知悉爽约、迟取消、拖欠工资、' +
      '提供虚假信息等行为将记入信用记录，情节严重的将被列入失信名单，限制接单或发布岗位；' +
      '对信用记录有异议的，可以提出申诉。',
    en:
      'I promise that the information I give is true and accurate and that I will follow the ' +
      "platform's rules and the labour laws. I know that no-shows, late cancellations, unpaid wages " +
      'and false information are recorded in my credit history and, if serious, lead to the ' +
      'blacklist, which stops me taking or posting work; I may appeal any record I dispute.',
  },
  post_shift: {
    version: '2026-11-v1',
    zh:
      '本单位/本人承诺岗位信息真实，按约定足额、及时支付劳动报酬，提供安全的工作条件；' +
      '知悉违约将记入信用记录。',
    en:
      'I promise that this shift is described truthfully, that I will pay the agreed wages in full and ' +
      'on time and provide safe working conditions; a breach is recorded in my credit history.',
  },
  accept: {
    version: '2026-11-v1',
    zh: '本人承诺按时到岗、遵守现场安全要求；如不能到岗将尽早取消，知悉爽约将记入信用记录。',
    en:
      'I promise to be on site on time and follow the safety rules there; if I cannot come I will ' +
      'cancel as early as I can, and I know a no-show is recorded in my credit history.',
  },
  grab: {
    // v1 was recorded on grabs without ever being shown; v2 (same words) is the first
    // version the app shows before a first grab, so every worker sees it once.
    version: '2026-12-v2',
    zh: '本人承诺按时到岗、遵守现场安全要求；如不能到岗将尽早取消，知悉爽约将记入信用记录。',
    en:
      'I promise to be on site on time and follow the safety rules there; if I cannot come I will ' +
      'cancel as early as I can, and I know a no-show is recorded in my credit history.',
  },
};
