/**
 * The standard terms of a part-time work agreement 非全日制用工书面协议 (clause 十四).
 * A new wording gets a new version; an agreement keeps the version (and text) it
 * was produced with.
 */
export const AGREEMENT_TERMS = {
  version: '2026-11-v1',
  zh: [
    '一、本协议为非全日制（零工）用工书面协议，依据《大连市人力资源和社会保障局关于进一步做好支持多渠道灵活就业有关工作的通知》（大人社发〔2022〕231号）第十四条订立，双方在线确认即生效。',
    '二、用工主体按上述工作内容、时间、地点安排工作，并提供必要的劳动保护和安全条件。',
    '三、劳动报酬按上述标准计算，用工主体应于工作结束后及时足额支付，结算周期最长不超过十五日。',
    '四、零工人员应按时到岗，遵守工作场所安全规定，如实签到、签退。',
    '五、任何一方可以随时通知对方终止用工，但应尽早告知；无故爽约或临时取消将记入信用记录。',
    '六、发生争议时，双方可向零工市场服务窗口或劳动保障监察机构反映、投诉。',
  ].join('\n'),
  en: [
    '1. This is a written agreement for part-time (gig) work under clause 14 of the Dalian notice on supporting flexible employment through multiple channels (大人社发〔2022〕231号); it takes effect once both sides accept it online.',
    '2. The employer arranges the work, time and place stated above and provides the necessary protection and safe conditions.',
    '3. Pay is calculated as stated above and paid in full promptly after the work, at the latest within fifteen days.',
    '4. The worker arrives on time, follows the site safety rules and checks in and out truthfully.',
    '5. Either side may end the engagement by notifying the other as early as possible; an unexplained no-show or late cancellation is recorded in credit.',
    '6. In a dispute either side may turn to the gig market service desk or the labour inspection authority.',
  ].join('\n'),
} as const;
