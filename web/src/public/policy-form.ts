import type { PolicyQuestion } from './policy-types';

export type AnswerValue = boolean | string | string[] | undefined;
export type Answers = Record<string, AnswerValue>;

/** Whether a question is asked, given the answers so far (showIf names a yes/no question). */
export function isAsked(q: PolicyQuestion, answers: Answers): boolean {
  return !q.showIf || answers[q.showIf] === true;
}

/** Starting answers: every yes/no is "no", every list empty, the rest blank. */
export function initialAnswers(questions: PolicyQuestion[]): Answers {
  const answers: Answers = {};
  for (const q of questions) {
    answers[q.id] = q.kind === 'boolean' ? false : q.kind === 'multi' ? [] : '';
  }
  return answers;
}

/**
 * The request body: only questions asked, numbers as numbers, money typed in yuan
 * sent in fen, blanks left out (the API says which required ones are missing).
 */
export function toAssessBody(
  questions: PolicyQuestion[],
  answers: Answers,
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const q of questions) {
    const value = answers[q.id];
    if (!isAsked(q, answers)) {
      if (q.kind === 'boolean') body[q.id] = false;
      continue;
    }
    if (value === undefined || value === '') continue;
    if (q.kind === 'integer') body[q.id] = Number(value);
    else if (q.kind === 'money') body[q.id] = Math.round(Number(value) * 100);
    else body[q.id] = value;
  }
  return body;
}

/** Fen as yuan for people: 1000000 → "10,000"; 54000 → "540". */
export function yuan(fen: number): string {
  const value = fen / 100;
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}
