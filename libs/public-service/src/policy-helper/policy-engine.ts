import { factsOf, type PolicyAnswers, type PolicyFacts } from './policy-answers';
import type { Benefit, Condition, PolicyRule, SubsidyKind } from './policy-rules';

export const POLICY_DISCLAIMER = {
  zh: '本结果仅供参考，不构成审批决定；能否享受及具体金额以人社部门经办机构审核为准。',
  en: 'This is advice only, not a decision: the employment service office decides eligibility and amounts.',
};

export interface PolicyAmount {
  /** Social insurance: the share of the contribution at the minimum base. */
  percent?: number;
  /** Social insurance: percent × the monthly contribution the person gave, in fen. */
  monthlyFen?: number;
  /** Venue: the yearly rate, in fen. */
  yearlyFen?: number;
  /** Venue: the ceiling over the whole period (yearly × 24/12), in fen. */
  maxTotalFen?: number;
  /** Venue: for the lease months the person gave (capped at the ceiling), in fen. */
  estimatedTotalFen?: number;
}

export interface PolicyMatch {
  ruleId: string;
  subsidy: SubsidyKind;
  title: { zh: string; en: string };
  clause: string;
  quote: string[];
  conditions: { zh: string; en: string }[];
  amount: PolicyAmount;
  duration: { maxMonths: number; extensionMonths: number | null };
  note: { zh: string; en: string } | null;
}

export interface PolicyAssessment {
  /** The most favourable matching rule of each subsidy. */
  subsidies: PolicyMatch[];
  /** Further rules that also match (another identity for the same subsidy; paid once). */
  alsoMatched: PolicyMatch[];
  disclaimer: { zh: string; en: string };
}

export function holds(c: Condition, f: PolicyFacts): boolean {
  if (!('fact' in c)) return c.anyOf.some((inner) => holds(inner, f));
  if ('is' in c) return f[c.fact] === c.is;
  if ('oneOf' in c) return c.oneOf.includes(f.retirement);
  if ('anyOf' in c) return c.anyOf.some((k) => f.difficultyKinds.includes(k));
  const value = f[c.fact];
  if (value === undefined) return false;
  return (
    (c.atLeast === undefined || value >= c.atLeast) && (c.atMost === undefined || value <= c.atMost)
  );
}

function amountOf(b: Benefit, a: PolicyAnswers): PolicyAmount {
  if (b.kind === 'rate') {
    return {
      percent: b.percent,
      ...(a.monthlyContributionFen !== undefined
        ? { monthlyFen: Math.round((a.monthlyContributionFen * b.percent) / 100) }
        : {}),
    };
  }
  const yearlyFen = b.yuanPerYear * 100;
  const maxTotalFen = Math.round((yearlyFen * b.maxMonths) / 12);
  return {
    yearlyFen,
    maxTotalFen,
    ...(a.leaseMonths !== undefined
      ? {
          // 按照实际租赁期限 … 累计不超过24个月: the lease months, at most the ceiling.
          estimatedTotalFen: Math.round((yearlyFen * Math.min(a.leaseMonths, b.maxMonths)) / 12),
        }
      : {}),
  };
}

function toMatch(rule: PolicyRule, answers: PolicyAnswers): PolicyMatch {
  return {
    ruleId: rule.id,
    subsidy: rule.subsidy,
    title: rule.title,
    clause: rule.clause,
    quote: rule.quote,
    conditions: rule.when.map(({ zh, en }) => ({ zh, en })),
    amount: amountOf(rule.benefit, answers),
    duration: {
      maxMonths: rule.benefit.maxMonths,
      extensionMonths: rule.benefit.kind === 'rate' ? (rule.benefit.extensionMonths ?? null) : null,
    },
    note: rule.note ?? null,
  };
}

/**
 * Which subsidies the answers point to, on `today` (YYYY-MM-DD, Shanghai). Rules are
 * data (policy-rules.ts); this only checks their conditions. It advises, it decides nothing.
 */
export function assess(
  answers: PolicyAnswers,
  today: string,
  rules: readonly PolicyRule[],
): PolicyAssessment {
  const facts = factsOf(answers, today);
  const subsidies: PolicyMatch[] = [];
  const alsoMatched: PolicyMatch[] = [];
  const advised = new Set<SubsidyKind>();
  for (const rule of rules) {
    if (!rule.when.every((c) => holds(c, facts))) continue;
    (advised.has(rule.subsidy) ? alsoMatched : subsidies).push(toMatch(rule, answers));
    advised.add(rule.subsidy);
  }
  return { subsidies, alsoMatched, disclaimer: POLICY_DISCLAIMER };
}
