import { ErrorCode } from '@app/contracts';

interface CatalogEntry {
  status: number;
  zh: string;
  en: string;
}

/** The one place where an error code gets its HTTP status and its default messages. */
export const ERROR_CATALOG: Record<ErrorCode, CatalogEntry> = {
  [ErrorCode.VALIDATION_FAILED]: {
    status: 400,
    zh: '请求参数有误',
    en: 'The request is not valid',
  },
  [ErrorCode.UNKNOWN_FIELD]: {
    status: 400,
    zh: '请求包含未知字段',
    en: 'The request has unknown fields',
  },
  [ErrorCode.NOT_FOUND]: { status: 404, zh: '未找到', en: 'Not found' },
  [ErrorCode.CONFLICT]: { status: 409, zh: '与现有数据冲突', en: 'Conflicts with existing data' },
  [ErrorCode.INVALID_REFERENCE]: {
    status: 400,
    zh: '引用的数据不存在',
    en: 'A referenced record does not exist',
  },
  [ErrorCode.CONSTRAINT_VIOLATION]: {
    status: 400,
    zh: '数据不符合规则',
    en: 'The data breaks a rule',
  },
  [ErrorCode.RATE_LIMITED]: {
    status: 429,
    zh: '请求过于频繁，请稍后再试',
    en: 'Too many requests, try again later',
  },
  [ErrorCode.INTERNAL]: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
  [ErrorCode.SERVER_DRAINING]: {
    status: 503,
    zh: '服务器正在重启，请重新连接',
    en: 'This server is restarting; reconnect',
  },
  [ErrorCode.IDEMPOTENCY_KEY_REUSED]: {
    status: 422,
    zh: '幂等键已用于另一个请求',
    en: 'This Idempotency-Key was used for a different request',
  },
  [ErrorCode.PAYLOAD_TOO_LARGE]: {
    status: 413,
    zh: '请求内容过大',
    en: 'The request body is too large',
  },
  [ErrorCode.URI_TOO_LONG]: { status: 414, zh: '请求地址过长', en: 'The request URL is too long' },
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: {
    status: 415,
    zh: '请求内容须为 JSON',
    en: 'The request body must be JSON',
  },
  [ErrorCode.HEADERS_TOO_LARGE]: {
    status: 431,
    zh: '请求头过大',
    en: 'The request headers are too large',
  },
  [ErrorCode.UNAUTHENTICATED]: { status: 401, zh: '请先登录', en: 'Sign in first' },
  [ErrorCode.TOKEN_EXPIRED]: { status: 401, zh: '登录已过期', en: 'Your session has expired' },
  [ErrorCode.INVALID_CODE]: { status: 401, zh: '验证码错误', en: 'Wrong verification code' },
  [ErrorCode.CODE_EXPIRED]: {
    status: 401,
    zh: '验证码已过期，请重新获取',
    en: 'The code has expired, request a new one',
  },
  [ErrorCode.TOO_MANY_ATTEMPTS]: {
    status: 429,
    zh: '验证码错误次数过多，请重新获取',
    en: 'Too many wrong codes, request a new one',
  },
  [ErrorCode.INVALID_REFRESH_TOKEN]: {
    status: 401,
    zh: '登录凭证无效',
    en: 'The refresh token is not valid',
  },
  [ErrorCode.FORBIDDEN]: { status: 403, zh: '无权执行此操作', en: 'You may not do this' },
  [ErrorCode.ROLE_NOT_GRANTED]: {
    status: 403,
    zh: '该账号没有此身份',
    en: 'This account does not hold that role',
  },
  [ErrorCode.SMS_UNAVAILABLE]: {
    status: 503,
    zh: '短信发送失败，请稍后重新获取验证码',
    en: 'The text message could not be sent; request a new code in a moment',
  },
  [ErrorCode.SESSION_ENDED]: {
    status: 401,
    zh: '登录已失效（已退出或在别处被终止），请重新登录',
    en: 'This session has ended (signed out or revoked); sign in again',
  },
  [ErrorCode.ACCOUNT_SUSPENDED]: {
    status: 403,
    zh: '账号已被停用，请联系管理员',
    en: 'This account is suspended; contact an administrator',
  },
  [ErrorCode.TOO_MANY_CONNECTIONS]: {
    status: 429,
    zh: '同一账号打开的实时连接过多，请关闭其他页面或设备后重试',
    en: 'Too many live connections for this account; close another page or device and retry',
  },
  [ErrorCode.PROFILE_REQUIRED]: {
    status: 409,
    zh: '请先完善资料',
    en: 'Complete your profile first',
  },
  [ErrorCode.UNKNOWN_TRADE]: { status: 400, zh: '工种不存在', en: 'Unknown trade' },
  [ErrorCode.UNKNOWN_CERTIFICATE]: { status: 400, zh: '证书不存在', en: 'Unknown certificate' },
  [ErrorCode.INVALID_TIME_WINDOW]: {
    status: 400,
    zh: '结束时间必须晚于开始时间',
    en: 'The end must be after the start',
  },
  [ErrorCode.SHIFT_NOT_OPEN]: {
    status: 409,
    zh: '该岗位已不在招',
    en: 'This shift is no longer open',
  },
  [ErrorCode.SHIFT_FULL]: { status: 409, zh: '名额已满', en: 'The shift is full' },
  [ErrorCode.WORKER_BUSY]: {
    status: 409,
    zh: '该时段已有其他工作',
    en: 'You are booked at that time',
  },
  [ErrorCode.OFFER_EXPIRED]: { status: 409, zh: '邀约已过期', en: 'The offer has expired' },
  [ErrorCode.ILLEGAL_TRANSITION]: {
    status: 409,
    zh: '当前状态下不能执行此操作',
    en: 'This is not possible in the current state',
  },
  [ErrorCode.TRADE_NOT_HELD]: {
    status: 409,
    zh: '您的资料中没有该工种',
    en: 'Your profile does not list this trade',
  },
  [ErrorCode.CHECK_IN_TOO_EARLY]: {
    status: 409,
    zh: '还没到签到时间',
    en: 'It is too early to check in',
  },
  [ErrorCode.CHECK_IN_CODE_INVALID]: {
    status: 409,
    zh: '签到码错误或已过期',
    en: 'The check-in code is wrong or has expired',
  },
  [ErrorCode.NOT_ON_SITE]: { status: 409, zh: '您不在工作地点附近', en: 'You are not on site' },
  [ErrorCode.ALREADY_RATED]: { status: 409, zh: '您已评价过', en: 'You have already rated this' },
  [ErrorCode.CHECK_OUT_TOO_EARLY]: {
    status: 409,
    zh: '岗位还没开始，不能签退',
    en: 'The shift has not started yet: you cannot check out',
  },
  [ErrorCode.CHECK_OUT_FIGURES_CHANGED]: {
    status: 409,
    zh: '工时或报酬已变化，请重新确认',
    en: 'The hours or pay have changed; confirm them again',
  },
  [ErrorCode.HOURS_DISPUTE_NOT_ALLOWED]: {
    status: 409,
    zh: '不能对该记录的工时提出异议',
    en: 'The hours of this assignment cannot be disputed',
  },
  [ErrorCode.HOURS_DISPUTE_OPEN]: {
    status: 409,
    zh: '雇主对工时有异议，请先处理',
    en: 'The employer disputes the hours; settle that first',
  },
  [ErrorCode.GRAB_COMMITMENT_REQUIRED]: {
    status: 409,
    zh: '请先阅读并同意最新的抢单承诺',
    en: 'Read and accept the current grab commitment first',
  },
  [ErrorCode.WORKER_NOT_ELIGIBLE]: {
    status: 409,
    zh: '该零工不符合此岗位的要求',
    en: 'This worker does not qualify for the shift',
  },
  [ErrorCode.ALREADY_OFFERED]: {
    status: 409,
    zh: '已向该零工发出过此岗位的邀约',
    en: 'This worker already has an offer for this shift',
  },
  [ErrorCode.MARKET_NOT_BOUND]: {
    status: 403,
    zh: '您不是该零工市场的工作人员',
    en: 'You do not operate this market',
  },
  [ErrorCode.NOT_AN_OPERATOR]: {
    status: 409,
    zh: '该用户不是零工市场工作人员，请先授予 operator 身份',
    en: 'This user does not hold the operator role',
  },
  [ErrorCode.INVALID_CURSOR]: { status: 400, zh: '分页游标无效', en: 'The cursor is not valid' },
  [ErrorCode.NO_WALK_IN_CONSENT]: {
    status: 409,
    zh: '该零工未在本市场登记代办同意，请先登记',
    en: 'This worker has not given walk-in consent at this market; register them first',
  },
  [ErrorCode.WALK_IN_NOT_VERIFIED]: {
    status: 403,
    zh: '该手机号已有账号，须本人短信验证码或身份证号核对后才能登记',
    en: 'This phone has an account: the person must confirm with the SMS code or their ID number first',
  },
  // flexible-employment registration and the working-day calendar (clause 六)
  [ErrorCode.REGISTRATION_EXISTS]: {
    status: 409,
    zh: '您已提交过灵活就业登记，请修改原登记',
    en: 'You have already registered; change that registration instead',
  },
  [ErrorCode.REGISTRATION_NOT_PENDING]: {
    status: 409,
    zh: '该登记不在待办状态，不能再受理或退回',
    en: 'This registration is not waiting for an answer',
  },
  [ErrorCode.CALENDAR_YEAR_NOT_LOADED]: {
    status: 409,
    zh: '该年度工作日历尚未载入，请先载入该年法定节假日',
    en: 'This year is not in the working-day calendar; load its statutory holidays first',
  },
  [ErrorCode.CALENDAR_YEAR_LOADED]: {
    status: 409,
    zh: '该年度工作日历已载入',
    en: 'This year is already in the working-day calendar',
  },
  // credit, blacklist, appeals and complaints (clauses 十五, 十八)
  [ErrorCode.BLACKLIST_ENTRY_CLOSED]: {
    status: 409,
    zh: '该限制记录已解除或已到期',
    en: 'This blacklist entry has already been lifted or has expired',
  },
  [ErrorCode.APPEAL_NOT_ALLOWED]: {
    status: 409,
    zh: '不能对该记录提出申诉（不是您的记录、已失效或已有待处理的申诉）',
    en: 'This record cannot be appealed (not yours, no longer in force, or an appeal is already open)',
  },
  [ErrorCode.APPEAL_DECIDED]: {
    status: 409,
    zh: '该申诉已处理',
    en: 'This appeal has already been decided',
  },
  [ErrorCode.SHIFT_NOT_IN_REVIEW]: {
    status: 409,
    zh: '该岗位不在待审核状态',
    en: 'This shift is not waiting for review',
  },
  [ErrorCode.COMPLAINT_NOT_ALLOWED]: {
    status: 409,
    zh: '只能针对本人的用工记录投诉，且同类投诉不能重复提交',
    en: 'A complaint must be about one of your own assignments, once per kind',
  },
  [ErrorCode.COMPLAINT_DECIDED]: {
    status: 409,
    zh: '该投诉已办结',
    en: 'This complaint has already been decided',
  },
  // statistics monitoring (clause 三)
  [ErrorCode.WORK_RECORD_CONFIRMED]: {
    status: 409,
    zh: '该工作记录已确认，不能再标记为有误',
    en: 'This work record is already confirmed and can no longer be flagged as wrong',
  },
  // job fairs, staff sharing and written agreements (clauses 七, 九, 十四)
  [ErrorCode.STAFF_SHARING_NO_MATCH]: {
    status: 409,
    zh: '两条共享用工信息不匹配（须一供一需、同一工种、时间有重叠、不同单位）',
    en: 'These posts do not match (one offer and one request, same trade, overlapping dates, two employers)',
  },
  [ErrorCode.STAFF_SHARING_NOT_ENOUGH]: {
    status: 409,
    zh: '剩余可共享人数不足',
    en: 'Not enough people left to share',
  },
  [ErrorCode.STAFF_SHARING_NOT_OPEN]: {
    status: 409,
    zh: '该共享用工信息或对接已关闭',
    en: 'This staff-sharing post or proposal is no longer open',
  },
  [ErrorCode.FAIR_STARTED]: {
    status: 409,
    zh: '招聘会已开始，不能再修改或取消',
    en: 'The job fair has started; it can no longer be changed or cancelled',
  },
  [ErrorCode.FAIR_CLOSED]: {
    status: 409,
    zh: '招聘会已结束或已取消',
    en: 'The job fair is over or cancelled',
  },
  [ErrorCode.FAIR_OVERLAP]: {
    status: 409,
    zh: '该时段本市场已有招聘会',
    en: 'This market already has a job fair at that time',
  },
  [ErrorCode.NOT_AT_FAIR]: {
    status: 409,
    zh: '该用工主体未参加此招聘会',
    en: 'This employer does not take part in the job fair',
  },
  [ErrorCode.AGREEMENT_NOT_READY]: {
    status: 409,
    zh: '用工确认后才会生成书面协议',
    en: 'The agreement is produced once the employer confirms the worker',
  },
  // the policy helper (clauses 四, 十二, 十三)
};
