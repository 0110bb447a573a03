import { DIFFICULTY_KINDS, RETIREMENT_STAGES, type PolicyAnswers } from './policy-answers';

/**
 * The questions, in the order a form asks them, for GET /policy-helper/questions. A
 * question with `showIf` is asked only when that earlier answer is true.
 */
export interface PolicyQuestion {
  id: keyof PolicyAnswers;
  kind: 'boolean' | 'integer' | 'date' | 'choice' | 'multi' | 'money';
  zh: string;
  en: string;
  required: boolean;
  options?: { value: string; zh: string; en: string }[];
  min?: number;
  max?: number;
  showIf?: keyof PolicyAnswers;
}

const KIND_LABELS: Record<(typeof DIFFICULTY_KINDS)[number], [string, string]> = {
  zero_employment_family: ['城镇零就业家庭成员', 'member of an urban zero-employment family'],
  subsistence_family: ['低保家庭成员', 'member of a minimum-subsistence family'],
  single_parent: ['单亲抚养未成年人者', 'single parent raising a minor'],
  military_spouse: [
    '现役军人配偶随军后无工作',
    "serviceman's spouse without work after relocating",
  ],
  entitled_care: [
    '享受定期定量抚恤和生活补助的优抚对象',
    'entitled to regular pensions or living allowances',
  ],
  martyr_family: ['烈属', "martyr's family"],
  other: ['其他就业困难人员', 'other'],
};
const RETIREMENT_LABELS: Record<(typeof RETIREMENT_STAGES)[number], [string, string]> = {
  more_than_1_year: ['距法定退休年龄1年以上', 'more than 1 year before retirement age'],
  within_1_year: ['距法定退休年龄1年以内', 'within 1 year of retirement age'],
  reached: ['已达到法定退休年龄', 'at or past retirement age'],
};

export const POLICY_QUESTIONS: readonly PolicyQuestion[] = [
  {
    id: 'age',
    kind: 'integer',
    zh: '年龄（周岁）',
    en: 'Age (years)',
    required: true,
    min: 0,
    max: 120,
  },
  {
    id: 'retirement',
    kind: 'choice',
    zh: '距法定退休年龄',
    en: 'Statutory retirement age',
    required: true,
    options: RETIREMENT_STAGES.map((value) => ({
      value,
      zh: RETIREMENT_LABELS[value][0],
      en: RETIREMENT_LABELS[value][1],
    })),
  },
  {
    id: 'flexiblyEmployed',
    kind: 'boolean',
    zh: '目前从事灵活就业（非全日制、零工、平台等）',
    en: 'In flexible work now (part-time, gigs, platforms)',
    required: true,
  },
  {
    id: 'paysSocialInsurance',
    kind: 'boolean',
    zh: '以灵活就业人员身份缴纳社会保险费',
    en: 'Paying social insurance as a flexible worker',
    required: true,
  },
  {
    id: 'monthlyContributionFen',
    kind: 'money',
    zh: '按最低缴费基数每月应缴社保费（元，选填）',
    en: 'Monthly contribution at the minimum base (yuan, optional)',
    required: false,
    min: 0,
    max: 10_000_000,
    showIf: 'paysSocialInsurance',
  },
  {
    id: 'difficultyGroup',
    kind: 'boolean',
    zh: '已认定为就业困难人员',
    en: 'Recognized as a person with employment difficulty',
    required: true,
  },
  {
    id: 'difficultyKinds',
    kind: 'multi',
    zh: '就业困难人员类别（可多选）',
    en: 'Which kind (any that apply)',
    required: false,
    showIf: 'difficultyGroup',
    options: DIFFICULTY_KINDS.map((value) => ({
      value,
      zh: KIND_LABELS[value][0],
      en: KIND_LABELS[value][1],
    })),
  },
  {
    id: 'disabled',
    kind: 'boolean',
    zh: '残疾人（持残疾人证）',
    en: 'A person with a disability (certificate)',
    required: true,
  },
  {
    id: 'collegeGraduate',
    kind: 'boolean',
    zh: '高校毕业生',
    en: 'A college graduate',
    required: true,
  },
  {
    id: 'leftSchoolOn',
    kind: 'date',
    zh: '离校日期',
    en: 'Date left school',
    required: false,
    showIf: 'collegeGraduate',
  },
  {
    id: 'graduateHardship',
    kind: 'boolean',
    zh: '来自困难家庭或脱贫家庭',
    en: 'From a family in difficulty or lifted out of poverty',
    required: true,
    showIf: 'collegeGraduate',
  },
  {
    id: 'runsBusiness',
    kind: 'boolean',
    zh: '创办了经营实体并已工商登记注册',
    en: 'Runs a registered business',
    required: true,
  },
  {
    id: 'firstBusiness',
    kind: 'boolean',
    zh: '属于初次创业',
    en: 'First business',
    required: true,
    showIf: 'runsBusiness',
  },
  {
    id: 'leasesPremises',
    kind: 'boolean',
    zh: '租用经营场地',
    en: 'Leases the premises',
    required: true,
    showIf: 'runsBusiness',
  },
  {
    id: 'monthsInOperation',
    kind: 'integer',
    zh: '自工商登记注册起正常运营月数',
    en: 'Months in operation since registration',
    required: false,
    min: 0,
    max: 1200,
    showIf: 'runsBusiness',
  },
  {
    id: 'leaseMonths',
    kind: 'integer',
    zh: '实际租赁月数（选填）',
    en: 'Months of the lease (optional)',
    required: false,
    min: 1,
    max: 1200,
    showIf: 'leasesPremises',
  },
];
