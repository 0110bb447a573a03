/**
 * The written commitment (承诺制, clause 六): "只需提供个人基本信息和就业失业情况，并对
 * 信息的真实性做出书面承诺，无须提供就业证明材料". It replaces proofs, so its exact
 * wording matters: every registration stores the version signed and when, and a new
 * wording needs a new version.
 */
export const REGISTRATION_COMMITMENT = {
  version: '2026-11-v1',
  zh:
    '本人承诺：所填写的个人基本信息和灵活就业情况真实、准确、完整；如有变更，将及时办理修改手续。' +
    '本人知悉办理灵活就业登记无须提供就业证明材料，如有虚假承诺，愿承担相应责任，' +
    '并同意将失信情况纳入信用记录。',
  en:
    'I promise that the personal information and the account of my flexible employment given here are ' +
    'true, accurate and complete, and that I will update them when they change. I understand that no ' +
    'proof of employment is required; if this promise proves false I accept the consequences, including ' +
    'a record in the credit system.',
} as const;
