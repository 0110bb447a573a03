import { t, type Text } from '../shared/i18n';
import type { Problem } from './shift-form';

const TEXT: Record<Problem, Text> = {
  required: { zh: '必填', en: 'Required' },
  tooLong: { zh: '不能超过 {max} 个字', en: 'At most {max} characters' },
  notNumber: { zh: '请输入数字', en: 'Enter a number' },
  latRange: { zh: '纬度应在 -90 到 90 之间', en: 'Latitude is between -90 and 90' },
  lngRange: { zh: '经度应在 -180 到 180 之间', en: 'Longitude is between -180 and 180' },
  startPast: { zh: '开始时间须晚于现在', en: 'The start must be in the future' },
  startTooFar: { zh: '只能发布 {max} 天内开始的岗位', en: 'The start must be within {max} days' },
  endBeforeStart: { zh: '结束时间须晚于开始时间', en: 'The end must be after the start' },
  tooLongShift: { zh: '一个班次最长 {max} 小时', en: 'A shift lasts at most {max} hours' },
  instantWindow: {
    zh: '即时快招的岗位须在 {max} 小时内开工',
    en: 'An instant-hire shift must start within {max} hours',
  },
  payPositive: { zh: '报酬须大于 0', en: 'Pay must be more than 0' },
  payTooHigh: { zh: '报酬不能超过 {max} 元', en: 'Pay is at most ¥{max}' },
  payCents: {
    zh: '请输入金额，最多两位小数',
    en: 'Enter an amount with at most two decimals',
  },
  headcountRange: { zh: '人数为 1–{max} 的整数', en: 'A whole number from 1 to {max}' },
  certificateCode: {
    zh: '证书代码为小写字母、数字和下划线，如 health_cert',
    en: 'Certificate codes are lower-case letters, digits and _, e.g. health_cert',
  },
  certificatesMax: { zh: '最多 {max} 种证书', en: 'At most {max} certificates' },
  minCreditRange: { zh: '信用分为 0–{max} 的整数', en: 'A whole number from 0 to {max}' },
};

export function problemText(p: { problem: Problem; max?: number } | undefined): string {
  return p ? t(TEXT[p.problem], { max: p.max ?? '' }) : '';
}
