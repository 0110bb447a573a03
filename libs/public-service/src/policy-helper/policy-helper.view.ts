import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class TextView {
  @ApiProperty() zh!: string;
  @ApiProperty() en!: string;
}

export class PolicyQuestionView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['boolean', 'integer', 'date', 'choice', 'multi', 'money'] }) kind!: string;
  @ApiProperty() zh!: string;
  @ApiProperty() en!: string;
  @ApiProperty() required!: boolean;
  @ApiPropertyOptional() options?: { value: string; zh: string; en: string }[];
  @ApiPropertyOptional() min?: number;
  @ApiPropertyOptional() max?: number;
  @ApiPropertyOptional({ description: 'asked only when this answer is true' }) showIf?: string;
}

export class PolicyQuestionsView {
  @ApiProperty({ type: [PolicyQuestionView] }) questions!: PolicyQuestionView[];
  @ApiProperty({ type: TextView }) disclaimer!: TextView;
}

export class PolicyAmountView {
  @ApiPropertyOptional({
    description: 'social insurance: % of the contribution at the minimum base',
  })
  percent?: number;
  @ApiPropertyOptional({
    description: 'social insurance: percent × the monthly contribution given (fen)',
  })
  monthlyFen?: number;
  @ApiPropertyOptional({ description: 'venue: yearly rate (fen)' }) yearlyFen?: number;
  @ApiPropertyOptional({ description: 'venue: ceiling over 24 months (fen)' }) maxTotalFen?: number;
  @ApiPropertyOptional({ description: 'venue: for the lease months given, capped (fen)' })
  estimatedTotalFen?: number;
}

export class PolicyMatchView {
  @ApiProperty() ruleId!: string;
  @ApiProperty({ enum: ['social_insurance', 'venue'] }) subsidy!: string;
  @ApiProperty({ type: TextView }) title!: TextView;
  @ApiProperty({ example: '十三' }) clause!: string;
  @ApiProperty({ type: [String], description: 'the notice verbatim' }) quote!: string[];
  @ApiProperty({ type: [TextView] }) conditions!: TextView[];
  @ApiProperty({ type: PolicyAmountView }) amount!: PolicyAmountView;
  @ApiProperty() duration!: { maxMonths: number; extensionMonths: number | null };
  @ApiPropertyOptional({ type: TextView, nullable: true }) note!: TextView | null;
}

export class PolicyAssessmentView {
  @ApiProperty({ type: [PolicyMatchView], description: 'the most favourable rule of each subsidy' })
  subsidies!: PolicyMatchView[];
  @ApiProperty({
    type: [PolicyMatchView],
    description: 'other identities that also match (paid once)',
  })
  alsoMatched!: PolicyMatchView[];
  @ApiProperty({ type: TextView, description: 'advice only: the office decides' })
  disclaimer!: TextView;
}
