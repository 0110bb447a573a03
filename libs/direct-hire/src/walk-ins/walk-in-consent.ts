/**
 * The consent a walk-in worker gives at the counter before an operator fills in
 * their profile and accepts work for them. The text is read aloud (or signed), so
 * it is short, plain and versioned: every recorded consent names the version it
 * agreed to, and a new wording needs a new version (old consents keep meaning
 * what they said).
 */
export const WALK_IN_CONSENT = {
  version: '2026-11-v1',
  zh:
    '本人同意由零工市场工作人员代为登记：工作人员将根据我的口述填写我的零工资料（姓名、手机号、' +
    '工种、所在区域等），并可在我在场同意时代我接受岗位邀约。我的手机号只用于联系我和登录，' +
    '不会公开。我可以随时要求修改或删除这些资料。',
  en:
    'I agree that the gig market staff register me: the operator will fill in my worker profile ' +
    '(name, phone, trades, district) from what I tell them, and may accept shift offers for me ' +
    'when I agree on the spot. My phone number is used only to contact me and to sign in, and is ' +
    'never shown publicly. I may ask at any time for these details to be changed or deleted.',
} as const;

export const CONSENT_METHODS = ['verbal', 'signed'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
