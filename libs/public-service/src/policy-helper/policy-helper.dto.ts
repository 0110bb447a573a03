import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, TransformFnParams } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { isCalendarDate } from '../calendar';
import {
  DIFFICULTY_KINDS,
  type DifficultyKind,
  type PolicyAnswers,
  RETIREMENT_STAGES,
  type RetirementStage,
} from './policy-answers';

/** The global pipe converts implicitly ("false" → true): booleans must be real booleans. */
const raw = ({ obj, key }: TransformFnParams): unknown => (obj as Record<string, unknown>)[key];

export class AssessPolicyDto implements PolicyAnswers {
  @ApiProperty({ minimum: 0, maximum: 120 })
  @IsInt()
  @Min(0)
  @Max(120)
  age!: number;

  @ApiProperty({ enum: RETIREMENT_STAGES })
  @IsIn(RETIREMENT_STAGES)
  retirement!: RetirementStage;

  @ApiProperty() @Transform(raw) @IsBoolean() difficultyGroup!: boolean;

  @ApiPropertyOptional({ enum: DIFFICULTY_KINDS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(DIFFICULTY_KINDS.length)
  @IsIn(DIFFICULTY_KINDS, { each: true })
  difficultyKinds: DifficultyKind[] = [];

  @ApiProperty() @Transform(raw) @IsBoolean() disabled!: boolean;
  @ApiProperty() @Transform(raw) @IsBoolean() collegeGraduate!: boolean;

  @ApiPropertyOptional({ example: '2025-07-01', description: 'required when collegeGraduate' })
  @ValidateIf((o: AssessPolicyDto) => o.collegeGraduate === true || o.leftSchoolOn !== undefined)
  @ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value) => typeof value === 'string' && isCalendarDate(value),
      defaultMessage: () => 'leftSchoolOn must be a date YYYY-MM-DD (required for a graduate)',
    },
  })
  leftSchoolOn?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(raw)
  @IsBoolean()
  graduateHardship: boolean = false;

  @ApiProperty() @Transform(raw) @IsBoolean() flexiblyEmployed!: boolean;
  @ApiProperty() @Transform(raw) @IsBoolean() paysSocialInsurance!: boolean;
  @ApiProperty() @Transform(raw) @IsBoolean() runsBusiness!: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(raw)
  @IsBoolean()
  firstBusiness: boolean = false;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(raw)
  @IsBoolean()
  leasesPremises: boolean = false;

  @ApiPropertyOptional({ minimum: 0, maximum: 1200 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1200)
  monthsInOperation?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 1200 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1200)
  leaseMonths?: number;

  @ApiPropertyOptional({ description: 'fen; the monthly contribution at the minimum base' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  monthlyContributionFen?: number;
}
