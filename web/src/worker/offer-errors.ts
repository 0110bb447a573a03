import type { Text } from '../shared/i18n';

/**
 * Plain words for the 409s of accepting an offer or grabbing a seat. `gone`
 * means the offer can no longer be taken, so its card goes away.
 */
export const TAKE_ERRORS: Record<string, { text: Text; gone: boolean }> = {
  OFFER_EXPIRED: {
    text: {
      zh: '这单已过期，下次看到要快点接哦',
      en: 'This offer has expired — be quicker next time',
    },
    gone: true,
  },
  SHIFT_FULL: {
    text: { zh: '手慢了，名额已被抢完', en: 'Too late — all seats are taken' },
    gone: true,
  },
  SHIFT_NOT_OPEN: {
    text: { zh: '雇主已停止招人', en: 'The employer is no longer hiring for this shift' },
    gone: true,
  },
  WORKER_BUSY: {
    text: {
      zh: '这个时段您已经有别的工作了，不能重复接单。可以先到「我的工作」取消那一单。',
      en: 'You already have work at this time. Cancel that booking in “My shifts” first if you want this one.',
    },
    gone: false,
  },
  TRADE_NOT_HELD: {
    text: {
      zh: '您的资料里没有这个工种，请先在「我的」里添加该工种',
      en: 'This trade is not in your profile: add it under “Me” first',
    },
    gone: false,
  },
  PROFILE_REQUIRED: {
    text: { zh: '请先完善资料再接单', en: 'Fill in your profile before taking work' },
    gone: false,
  },
};
