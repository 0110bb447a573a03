import type { DifficultyKind, PolicyFacts, RetirementStage } from './policy-answers';

type BoolFact = {
  [K in keyof PolicyFacts]-?: PolicyFacts[K] extends boolean ? K : never;
}[keyof PolicyFacts];
type NumberFact = 'age' | 'monthsInOperation';

interface Text {
  zh: string;
  en: string;
}

/** One condition of a rule, with the words a person reads for it. */
export type Condition = Text &
  (
    | { fact: BoolFact; is: boolean }
    | { fact: NumberFact; atLeast?: number; atMost?: number }
    | { fact: 'retirement'; oneOf: RetirementStage[] }
    | { fact: 'difficultyKinds'; anyOf: DifficultyKind[] }
    | { anyOf: Condition[] }
  );

export type Benefit =
  | {
      kind: 'rate';
      /** Percent of the contribution at the minimum base (按最低缴费基数计算的应缴纳社会保险费). */
      percent: number;
      maxMonths: number;
      /** Months added when still in flexible work after the subsidy ends. */
      extensionMonths?: number;
    }
  | { kind: 'yearly'; yuanPerYear: number; maxMonths: number };

export type SubsidyKind = 'social_insurance' | 'venue';

export interface PolicyRule {
  id: string;
  subsidy: SubsidyKind;
  title: Text;
  clause: string;
  /** The notice's own words, verbatim (大人社发〔2022〕231号), one excerpt per sentence used. */
  quote: string[];
  when: Condition[];
  benefit: Benefit;
  note?: Text;
}

// --- Clause 十三: the social-insurance subsidy 社会保险补贴 ---

const SI_TITLE = {
  zh: '灵活就业社会保险补贴',
  en: 'Social-insurance subsidy for flexible workers',
};
const SI_RATE_30 =
  '对灵活就业后缴纳社会保险费的就业困难人员,按最低缴费基数计算的应缴纳社会保险费的30%给予补贴';
const SI_RATE_60 =
  '对纳入就业困难人员范围的残疾人和离校2年内未就业高校毕业生,灵活就业后缴纳社会保险费的,按最低缴费基数计算的应缴纳社会保险费的60%给予补贴';
const SI_3_YEARS =
  '对就业困难人员中的城镇零就业家庭成员、低保家庭成员、残疾人、单亲抚养未成年人者、现役军人配偶随军后无工作的、享受定期定量抚恤和生活补助的优抚对象、烈属等,补贴期限最长不超过3年';
const SI_1_YEAR = '其他人员距法定退休年龄1年时,给予最长不超过1年的补贴';
const SI_GRADUATE =
  '离校2年内未就业高校毕业生补贴期限最长不超过24个月。高校毕业生在享受灵活就业社会保险补贴期满后,仍从事灵活就业的,享受期限可延长6个月';

/** Conditions every social-insurance rule shares (clauses 十二 and 十三). */
const SI_COMMON: Condition[] = [
  {
    fact: 'flexiblyEmployed',
    is: true,
    zh: '从事灵活就业（非全日制等）',
    en: 'in flexible work (part-time etc.)',
  },
  {
    fact: 'paysSocialInsurance',
    is: true,
    zh: '灵活就业后缴纳社会保险费',
    en: 'pays social-insurance contributions',
  },
  { fact: 'age', atLeast: 16, zh: '年满16周岁', en: 'aged 16 or over' },
  {
    fact: 'retirement',
    oneOf: ['more_than_1_year', 'within_1_year'],
    zh: '未达到法定退休年龄',
    en: 'below the statutory retirement age',
  },
];
const DIFFICULTY: Condition = {
  fact: 'difficultyGroup',
  is: true,
  zh: '已认定为就业困难人员',
  en: 'recognized as a person with employment difficulty',
};
const DISABLED: Condition = {
  fact: 'disabled',
  is: true,
  zh: '残疾人',
  en: 'a person with a disability',
};

// --- Clause 四: the start-up venue subsidy 创业场地补贴 ---

const VENUE_TITLE = { zh: '创业场地补贴', en: 'Start-up venue subsidy' };
const VENUE_BASE =
  '对租用场地初次创业人员,创办经营实体自工商登记注册之日起正常运营6个月以上的,按照实际租赁期限给予每年3000元的创业场地补贴,累计不超过24个月';
const VENUE_DISABLED = '对符合条件的残疾人,补贴标准为每年6000元';
const VENUE_GRADUATE = '对符合条件的高校毕业生,补贴标准为每年8000元';
const VENUE_HARDSHIP =
  '其中,对符合困难条件和脱贫家庭高校毕业生及符合条件的残疾高校毕业生,补贴标准为每年1万元';

const VENUE_COMMON: Condition[] = [
  {
    fact: 'runsBusiness',
    is: true,
    zh: '创办经营实体并已工商登记注册',
    en: 'runs a registered business',
  },
  { fact: 'firstBusiness', is: true, zh: '初次创业', en: 'a first-time founder' },
  { fact: 'leasesPremises', is: true, zh: '租用场地', en: 'leases the premises' },
  {
    fact: 'monthsInOperation',
    atLeast: 6,
    // "以上" includes the number itself (民法典第一千二百五十九条): exactly 6 months qualifies.
    zh: '自工商登记注册之日起正常运营6个月以上（含6个月）',
    en: 'in normal operation for 6 months or more since registration',
  },
];
const GRADUATE: Condition = {
  fact: 'collegeGraduate',
  is: true,
  zh: '高校毕业生',
  en: 'a college graduate',
};
const VENUE_MONTHS = 24;

/**
 * The rules, most favourable first within each subsidy: a person is advised the
 * first rule of each subsidy that matches, and told of the others that also do.
 */
export const POLICY_RULES: readonly PolicyRule[] = [
  {
    id: 'si_disabled_difficulty',
    subsidy: 'social_insurance',
    title: SI_TITLE,
    clause: '十三',
    quote: [SI_RATE_60, SI_3_YEARS],
    when: [...SI_COMMON, DIFFICULTY, DISABLED],
    benefit: { kind: 'rate', percent: 60, maxMonths: 36 },
  },
  {
    id: 'si_graduate',
    subsidy: 'social_insurance',
    title: SI_TITLE,
    clause: '十三',
    quote: [SI_RATE_60, SI_GRADUATE],
    when: [
      ...SI_COMMON,
      GRADUATE,
      {
        fact: 'leftSchoolWithin2Years',
        is: true,
        zh: '离校2年内未就业',
        en: 'left school within the last 2 years',
      },
    ],
    benefit: { kind: 'rate', percent: 60, maxMonths: 24, extensionMonths: 6 },
  },
  {
    id: 'si_difficulty_listed',
    subsidy: 'social_insurance',
    title: SI_TITLE,
    clause: '十三',
    quote: [SI_RATE_30, SI_3_YEARS],
    when: [
      ...SI_COMMON,
      DIFFICULTY,
      {
        fact: 'difficultyKinds',
        anyOf: [
          'zero_employment_family',
          'subsistence_family',
          'single_parent',
          'military_spouse',
          'entitled_care',
          'martyr_family',
        ],
        zh: '属于城镇零就业家庭成员、低保家庭成员、单亲抚养未成年人者、现役军人配偶随军后无工作的、优抚对象或烈属等',
        en: 'in one of the groups the clause lists (zero-employment or subsistence family, single parent, …)',
      },
    ],
    benefit: { kind: 'rate', percent: 30, maxMonths: 36 },
  },
  {
    id: 'si_difficulty_near_retirement',
    subsidy: 'social_insurance',
    title: SI_TITLE,
    clause: '十三',
    quote: [SI_RATE_30, SI_1_YEAR],
    when: [
      ...SI_COMMON,
      DIFFICULTY,
      {
        fact: 'retirement',
        oneOf: ['within_1_year'],
        zh: '距法定退休年龄1年以内',
        en: 'within 1 year of the statutory retirement age',
      },
    ],
    benefit: { kind: 'rate', percent: 30, maxMonths: 12 },
    note: {
      zh: '条文为“其他人员距法定退休年龄1年时”，具体认定以经办机构为准。',
      en: 'The clause reads "other persons, 1 year before the statutory retirement age"; the office decides.',
    },
  },
  {
    id: 'venue_graduate_hardship_or_disabled',
    subsidy: 'venue',
    title: VENUE_TITLE,
    clause: '四',
    quote: [VENUE_BASE, VENUE_GRADUATE, VENUE_HARDSHIP],
    when: [
      ...VENUE_COMMON,
      GRADUATE,
      {
        anyOf: [
          {
            fact: 'graduateHardship',
            is: true,
            zh: '困难家庭或脱贫家庭',
            en: 'from a family in difficulty or lifted out of poverty',
          },
          DISABLED,
        ],
        zh: '符合困难条件或脱贫家庭，或为残疾高校毕业生',
        en: 'from a family in difficulty or lifted out of poverty, or a graduate with a disability',
      },
    ],
    benefit: { kind: 'yearly', yuanPerYear: 10000, maxMonths: VENUE_MONTHS },
  },
  {
    id: 'venue_graduate',
    subsidy: 'venue',
    title: VENUE_TITLE,
    clause: '四',
    quote: [VENUE_BASE, VENUE_GRADUATE],
    when: [...VENUE_COMMON, GRADUATE],
    benefit: { kind: 'yearly', yuanPerYear: 8000, maxMonths: VENUE_MONTHS },
  },
  {
    id: 'venue_disabled',
    subsidy: 'venue',
    title: VENUE_TITLE,
    clause: '四',
    quote: [VENUE_BASE, VENUE_DISABLED],
    when: [...VENUE_COMMON, DISABLED],
    benefit: { kind: 'yearly', yuanPerYear: 6000, maxMonths: VENUE_MONTHS },
  },
  {
    id: 'venue_base',
    subsidy: 'venue',
    title: VENUE_TITLE,
    clause: '四',
    quote: [VENUE_BASE],
    when: VENUE_COMMON,
    benefit: { kind: 'yearly', yuanPerYear: 3000, maxMonths: VENUE_MONTHS },
  },
];
