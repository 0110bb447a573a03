import { initialAnswers, isAsked, toAssessBody, yuan } from './policy-form';
import type { PolicyQuestion } from './policy-types';

const q = (id: string, kind: PolicyQuestion['kind'], showIf?: string): PolicyQuestion => ({
  id,
  kind,
  zh: id,
  en: id,
  required: false,
  ...(showIf ? { showIf } : {}),
});
const QUESTIONS = [
  q('age', 'integer'),
  q('collegeGraduate', 'boolean'),
  q('leftSchoolOn', 'date', 'collegeGraduate'),
  q('graduateHardship', 'boolean', 'collegeGraduate'),
  q('paysSocialInsurance', 'boolean'),
  q('monthlyContributionFen', 'money', 'paysSocialInsurance'),
  q('difficultyKinds', 'multi'),
];

describe('policy helper form', () => {
  it('asks a follow-up only after a yes', () => {
    const answers = initialAnswers(QUESTIONS);
    expect(isAsked(QUESTIONS[2]!, answers)).toBe(false);
    answers.collegeGraduate = true;
    expect(isAsked(QUESTIONS[2]!, answers)).toBe(true);
  });

  it('sends numbers as numbers, yuan as fen, hidden yes/no questions as no, and leaves blanks out', () => {
    const answers = {
      ...initialAnswers(QUESTIONS),
      age: '24',
      leftSchoolOn: '2025-07-01',
      graduateHardship: true,
      paysSocialInsurance: true,
      monthlyContributionFen: '900.5',
    };
    expect(toAssessBody(QUESTIONS, answers)).toEqual({
      age: 24,
      collegeGraduate: false,
      graduateHardship: false,
      paysSocialInsurance: true,
      monthlyContributionFen: 90050,
      difficultyKinds: [],
    });
  });

  it('shows fen as yuan', () => {
    expect(yuan(1_000_000)).toBe('10,000');
    expect(yuan(54_000)).toBe('540');
  });
});
