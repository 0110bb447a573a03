import type { PolicyAnswers } from './policy-answers';
import { assess } from './policy-engine';
import { POLICY_RULES } from './policy-rules';

const TODAY = '2026-11-29';

/** Someone who matches nothing yet: each case switches on what it is about. */
function person(overrides: Partial<PolicyAnswers> = {}): PolicyAnswers {
  return {
    age: 35,
    retirement: 'more_than_1_year',
    difficultyGroup: false,
    difficultyKinds: [],
    disabled: false,
    collegeGraduate: false,
    graduateHardship: false,
    flexiblyEmployed: true,
    paysSocialInsurance: true,
    runsBusiness: false,
    firstBusiness: false,
    leasesPremises: false,
    ...overrides,
  };
}
const founder = (overrides: Partial<PolicyAnswers> = {}) =>
  person({
    flexiblyEmployed: false,
    runsBusiness: true,
    firstBusiness: true,
    leasesPremises: true,
    monthsInOperation: 6,
    ...overrides,
  });

const run = (a: PolicyAnswers, today = TODAY) => assess(a, today, POLICY_RULES);
const only = (a: PolicyAnswers, subsidy: string, today = TODAY) =>
  run(a, today).subsidies.find((s) => s.subsidy === subsidy);

describe('policy helper: the social-insurance subsidy (clause 十三)', () => {
  it('gives nothing to someone in no group', () => {
    expect(run(person()).subsidies).toEqual([]);
  });

  it('30% for 3 years to a difficulty person in a listed group (e.g. 低保家庭成员)', () => {
    for (const kind of [
      'zero_employment_family',
      'subsistence_family',
      'single_parent',
      'military_spouse',
      'entitled_care',
      'martyr_family',
    ] as const) {
      const si = only(
        person({ difficultyGroup: true, difficultyKinds: [kind] }),
        'social_insurance',
      );
      expect(si).toMatchObject({
        ruleId: 'si_difficulty_listed',
        clause: '十三',
        amount: { percent: 30 },
        duration: { maxMonths: 36, extensionMonths: null },
      });
      expect(si!.quote.join('')).toContain('30%给予补贴');
      expect(si!.quote.join('')).toContain('补贴期限最长不超过3年');
    }
  });

  it('60% for 3 years to a disabled person recognized as having employment difficulty', () => {
    const si = only(person({ difficultyGroup: true, disabled: true }), 'social_insurance');
    expect(si).toMatchObject({
      ruleId: 'si_disabled_difficulty',
      amount: { percent: 60 },
      duration: { maxMonths: 36 },
    });
    expect(si!.quote[0]).toContain('纳入就业困难人员范围的残疾人');
  });

  it('nothing at 60% for a disabled person who is not recognized as having employment difficulty', () => {
    expect(only(person({ disabled: true }), 'social_insurance')).toBeUndefined();
  });

  it('other difficulty persons: 30% for at most 1 year, only within 1 year of retirement age', () => {
    expect(
      only(person({ difficultyGroup: true, difficultyKinds: ['other'] }), 'social_insurance'),
    ).toBeUndefined();
    const si = only(
      person({
        difficultyGroup: true,
        difficultyKinds: ['other'],
        age: 59,
        retirement: 'within_1_year',
      }),
      'social_insurance',
    );
    expect(si).toMatchObject({
      ruleId: 'si_difficulty_near_retirement',
      amount: { percent: 30 },
      duration: { maxMonths: 12 },
    });
    expect(si!.quote[1]).toBe('其他人员距法定退休年龄1年时,给予最长不超过1年的补贴');
  });

  it('60% for 24 months, extendable by 6, to a graduate within 2 years of leaving school — the second anniversary included', () => {
    const grad = (leftSchoolOn: string) =>
      only(person({ collegeGraduate: true, leftSchoolOn }), 'social_insurance');
    expect(grad('2025-07-01')).toMatchObject({
      ruleId: 'si_graduate',
      amount: { percent: 60 },
      duration: { maxMonths: 24, extensionMonths: 6 },
    });
    expect(grad('2024-11-29')).toMatchObject({ ruleId: 'si_graduate' }); // exactly 2 years
    expect(grad('2024-11-28')).toBeUndefined(); // 2 years and a day
  });

  it('requires flexible work, paid contributions, age 16 and not having reached retirement age', () => {
    const base = { difficultyGroup: true, difficultyKinds: ['subsistence_family'] as const };
    const with_ = (o: Partial<PolicyAnswers>) =>
      only(
        person({ ...base, difficultyKinds: [...base.difficultyKinds], ...o }),
        'social_insurance',
      );
    expect(with_({})).toBeDefined();
    expect(with_({ flexiblyEmployed: false })).toBeUndefined();
    expect(with_({ paysSocialInsurance: false })).toBeUndefined();
    expect(with_({ age: 15 })).toBeUndefined();
    expect(with_({ age: 16 })).toBeDefined();
    expect(with_({ retirement: 'reached' })).toBeUndefined();
  });

  it('advises the most favourable identity and names the others; works out a monthly amount when the contribution is known', () => {
    const result = run(
      person({
        difficultyGroup: true,
        difficultyKinds: ['subsistence_family'],
        disabled: true,
        collegeGraduate: true,
        leftSchoolOn: '2026-06-30',
        monthlyContributionFen: 100_00 * 9, // ¥900 a month at the minimum base
      }),
    );
    expect(result.subsidies.map((s) => s.ruleId)).toEqual(['si_disabled_difficulty']);
    expect(result.subsidies[0]!.amount.monthlyFen).toBe(54_000); // 60% of ¥900 = ¥540
    expect(result.alsoMatched.map((s) => s.ruleId)).toEqual([
      'si_graduate',
      'si_difficulty_listed',
    ]);
    expect(
      only(
        person({
          difficultyGroup: true,
          difficultyKinds: ['single_parent'],
          monthlyContributionFen: 90_001,
        }),
        'social_insurance',
      )!.amount.monthlyFen,
    ).toBe(27_000); // 30%, rounded to the fen
    expect(result.disclaimer.zh).toContain('仅供参考');
  });
});

describe('policy helper: the start-up venue subsidy (clause 四)', () => {
  it('3,000 yuan a year for up to 24 months to a first-time founder renting premises, from exactly 6 months of operation', () => {
    const v = only(founder(), 'venue');
    expect(v).toMatchObject({
      ruleId: 'venue_base',
      clause: '四',
      amount: { yearlyFen: 300_000, maxTotalFen: 600_000 },
      duration: { maxMonths: 24 },
    });
    expect(v!.quote[0]).toContain('正常运营6个月以上');
    expect(only(founder({ monthsInOperation: 5 }), 'venue')).toBeUndefined();
    expect(only(founder({ monthsInOperation: undefined }), 'venue')).toBeUndefined();
  });

  it('6,000 for a disabled founder, 8,000 for a graduate, 10,000 for a graduate from a family in difficulty or poverty, or a disabled graduate', () => {
    expect(only(founder({ disabled: true }), 'venue')!.amount.yearlyFen).toBe(600_000);
    expect(only(founder({ collegeGraduate: true }), 'venue')!.amount.yearlyFen).toBe(800_000);
    const hardship = only(founder({ collegeGraduate: true, graduateHardship: true }), 'venue')!;
    expect(hardship).toMatchObject({
      ruleId: 'venue_graduate_hardship_or_disabled',
      amount: { yearlyFen: 1_000_000, maxTotalFen: 2_000_000 },
    });
    expect(hardship.quote).toContain(
      '其中,对符合困难条件和脱贫家庭高校毕业生及符合条件的残疾高校毕业生,补贴标准为每年1万元',
    );
    expect(
      only(founder({ collegeGraduate: true, disabled: true }), 'venue')!.amount.yearlyFen,
    ).toBe(1_000_000);
    // Hardship without being a graduate is the ordinary rate.
    expect(only(founder({ graduateHardship: true }), 'venue')!.amount.yearlyFen).toBe(300_000);
  });

  it('pays for the actual lease, never beyond 24 months', () => {
    expect(only(founder({ leaseMonths: 12 }), 'venue')!.amount.estimatedTotalFen).toBe(300_000);
    expect(only(founder({ leaseMonths: 18 }), 'venue')!.amount.estimatedTotalFen).toBe(450_000);
    expect(only(founder({ leaseMonths: 36 }), 'venue')!.amount.estimatedTotalFen).toBe(600_000);
  });

  it('requires a registered business, the first one, and leased premises', () => {
    expect(only(founder({ runsBusiness: false }), 'venue')).toBeUndefined();
    expect(only(founder({ firstBusiness: false }), 'venue')).toBeUndefined();
    expect(only(founder({ leasesPremises: false }), 'venue')).toBeUndefined();
  });

  it('can advise both subsidies at once', () => {
    const both = run(founder({ flexiblyEmployed: true, difficultyGroup: true, disabled: true }));
    expect(both.subsidies.map((s) => s.subsidy)).toEqual(['social_insurance', 'venue']);
  });
});
