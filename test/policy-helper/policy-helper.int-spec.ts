import { startApi, TestApi } from '../support/test-api';

const ANSWERS = {
  age: 24,
  retirement: 'more_than_1_year',
  difficultyGroup: false,
  disabled: false,
  collegeGraduate: true,
  leftSchoolOn: '2025-07-01',
  graduateHardship: true,
  flexiblyEmployed: true,
  paysSocialInsurance: true,
  monthlyContributionFen: 90_000,
  runsBusiness: true,
  firstBusiness: true,
  leasesPremises: true,
  monthsInOperation: 6,
  leaseMonths: 30,
};

describe('policy helper API (clauses 四, 十二, 十三)', () => {
  let api: TestApi;

  beforeAll(async () => {
    // 29 November 2026 in Dalian.
    api = await startApi({ CLOCK_FIXED_AT: '2026-11-29T02:00:00Z' });
  });
  afterAll(() => api.close());

  it('asks its questions publicly, with the disclaimer', async () => {
    const res = await api.get('/api/v1/policy-helper/questions');
    expect(res.status).toBe(200);
    expect(res.body.questions.map((q: any) => q.id)).toEqual(
      expect.arrayContaining(['age', 'difficultyGroup', 'collegeGraduate', 'monthsInOperation']),
    );
    expect(res.body.disclaimer.zh).toContain('不构成审批决定');
  });

  it('tells a recent graduate founder of both subsidies, each with amount, duration and the clause quoted, without signing in', async () => {
    const res = await api.post('/api/v1/policy-helper/assess', ANSWERS);
    expect(res.status).toBe(200);
    expect(res.body.subsidies).toEqual([
      expect.objectContaining({
        ruleId: 'si_graduate',
        clause: '十三',
        amount: { percent: 60, monthlyFen: 54_000 },
        duration: { maxMonths: 24, extensionMonths: 6 },
      }),
      expect.objectContaining({
        ruleId: 'venue_graduate_hardship_or_disabled',
        clause: '四',
        amount: { yearlyFen: 1_000_000, maxTotalFen: 2_000_000, estimatedTotalFen: 2_000_000 },
        duration: { maxMonths: 24, extensionMonths: null },
      }),
    ]);
    expect(res.body.subsidies[1].quote[0]).toContain('正常运营6个月以上');
    expect(res.body.disclaimer.en).toContain('advice only');
  });

  it('drops the graduate subsidy two years and a day after leaving school', async () => {
    const res = await api.post('/api/v1/policy-helper/assess', {
      ...ANSWERS,
      leftSchoolOn: '2024-11-28',
    });
    expect(res.body.subsidies.map((s: any) => s.subsidy)).toEqual(['venue']);
  });

  it('answers bad input with 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...ANSWERS, age: -1 }, 'age'],
      [{ ...ANSWERS, retirement: 'soon' }, 'retirement'],
      [{ ...ANSWERS, disabled: 'false' }, 'disabled'],
      [{ ...ANSWERS, leftSchoolOn: undefined }, 'leftSchoolOn'],
      [{ ...ANSWERS, leftSchoolOn: '2027-07-01' }, 'leftSchoolOn'],
      [{ ...ANSWERS, difficultyKinds: ['vip'] }, 'difficultyKinds'],
      [{ ...ANSWERS, salary: 1 }, 'salary'],
    ];
    for (const [body, field] of cases) {
      const res = await api.post('/api/v1/policy-helper/assess', body);
      expect(res.status).toBe(400);
      expect(res.body.error.details.map((d: any) => d.field)).toContain(field);
    }
  });
});
