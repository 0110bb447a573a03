/**
 * What a person tells the policy helper. The questions (policy-questions.ts), the
 * request DTO and the rules all speak of these facts, by these names.
 */
export const DIFFICULTY_KINDS = [
  'zero_employment_family',
  'subsistence_family',
  'single_parent',
  'military_spouse',
  'entitled_care',
  'martyr_family',
  'other',
] as const;
export type DifficultyKind = (typeof DIFFICULTY_KINDS)[number];

/** How far from the statutory retirement age (法定退休年龄) the person is. */
export const RETIREMENT_STAGES = ['more_than_1_year', 'within_1_year', 'reached'] as const;
export type RetirementStage = (typeof RETIREMENT_STAGES)[number];

export interface PolicyAnswers {
  age: number;
  retirement: RetirementStage;
  /** Recognized as a person with employment difficulty 就业困难人员. */
  difficultyGroup: boolean;
  difficultyKinds: DifficultyKind[];
  disabled: boolean;
  collegeGraduate: boolean;
  /** YYYY-MM-DD; needed when collegeGraduate. */
  leftSchoolOn?: string;
  /** From a family in difficulty or a family lifted out of poverty 困难/脱贫家庭. */
  graduateHardship: boolean;
  flexiblyEmployed: boolean;
  paysSocialInsurance: boolean;
  /** Runs a business registered with the market regulator 工商登记. */
  runsBusiness: boolean;
  firstBusiness: boolean;
  leasesPremises: boolean;
  monthsInOperation?: number;
  leaseMonths?: number;
  /** The monthly contribution at the minimum base, if the person knows it (for an amount in fen). */
  monthlyContributionFen?: number;
}

/** Facts the rules read: the answers plus what follows from them on a given day. */
export interface PolicyFacts extends PolicyAnswers {
  /** Left school no more than two years ago (the second anniversary itself still counts). */
  leftSchoolWithin2Years: boolean;
}

export function factsOf(answers: PolicyAnswers, today: string): PolicyFacts {
  let within = false;
  if (answers.collegeGraduate && answers.leftSchoolOn) {
    const [y, m, d] = answers.leftSchoolOn.split('-').map(Number) as [number, number, number];
    // Date.UTC rolls 29 February into 1 March in a common year: the generous reading.
    const anniversary = new Date(Date.UTC(y + 2, m - 1, d)).toISOString().slice(0, 10);
    within = answers.leftSchoolOn <= today && today <= anniversary;
  }
  return { ...answers, leftSchoolWithin2Years: within };
}
