/** Wire shapes of the policy helper (clauses 四, 十二, 十三). */
export interface PolicyText {
  zh: string;
  en: string;
}

export interface PolicyQuestion {
  id: string;
  kind: 'boolean' | 'integer' | 'date' | 'choice' | 'multi' | 'money';
  zh: string;
  en: string;
  required: boolean;
  options?: { value: string; zh: string; en: string }[];
  min?: number;
  max?: number;
  showIf?: string;
}

export interface PolicyMatch {
  ruleId: string;
  subsidy: 'social_insurance' | 'venue';
  title: PolicyText;
  clause: string;
  quote: string[];
  conditions: PolicyText[];
  amount: {
    percent?: number;
    monthlyFen?: number;
    yearlyFen?: number;
    maxTotalFen?: number;
    estimatedTotalFen?: number;
  };
  duration: { maxMonths: number; extensionMonths: number | null };
  note: PolicyText | null;
}

export interface PolicyAssessment {
  subsidies: PolicyMatch[];
  alsoMatched: PolicyMatch[];
  disclaimer: PolicyText;
}
