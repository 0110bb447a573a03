import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, TransformFnParams, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { IsPhone } from '@app/accounts';
import { PageQueryDto } from '@app/common';
import { DALIAN_DISTRICTS } from '@app/listings';
import { isCalendarDate } from '../calendar';
import { isValidIdNumber } from './id-number';
import { EMPLOYMENT_FORMS, REGISTRATION_STATUSES } from './registration-rules';

const trimmed = ({ value }: TransformFnParams): unknown =>
  typeof value === 'string' ? value.trim() : value;
/** The global pipe converts implicitly ("false" → true); take the raw value instead. */
const rawValue = ({ obj, key }: TransformFnParams): unknown =>
  (obj as Record<string, unknown>)[key];

export class CommitmentDto {
  @ApiProperty({ example: '2026-11-v1', description: 'the version of the commitment text signed' })
  @IsString()
  @MaxLength(20)
  version!: string;

  @ApiProperty({ enum: [true], description: 'the worker ticked "I promise" (承诺)' })
  @Transform(rawValue)
  @Equals(true, { message: 'signed must be true: the commitment is required' })
  signed!: true;
}

export class RegistrationBodyDto {
  @ApiProperty({ example: '王小明', minLength: 2, maxLength: 40 })
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(40)
  name!: string;

  @ApiProperty({ example: '11010519491231002X', description: '18-character resident ID number' })
  @Transform(({ value }: TransformFnParams) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @ValidateBy({
    name: 'isIdNumber',
    validator: {
      validate: (value) => typeof value === 'string' && isValidIdNumber(value),
      defaultMessage: () => 'idNumber must be an 18-character resident ID number',
    },
  })
  idNumber!: string;

  @IsPhone()
  phone!: string;

  @ApiProperty({ enum: DALIAN_DISTRICTS, description: 'the district where they work' })
  @IsIn(DALIAN_DISTRICTS, { message: `district must be one of ${DALIAN_DISTRICTS.join(', ')}` })
  district!: string;

  @ApiProperty({ example: '大连市沙河口区西南路 100 号', maxLength: 200 })
  @Transform(trimmed)
  @IsString()
  @MinLength(4)
  @MaxLength(200)
  address!: string;

  @ApiProperty({
    enum: EMPLOYMENT_FORMS,
    description:
      'self_employed 个体经营 · part_time 非全日制 · platform 新就业形态（平台）· other 其他灵活就业',
  })
  @IsIn(EMPLOYMENT_FORMS)
  employmentForm!: string;

  @ApiPropertyOptional({ type: [String], example: ['loader'], description: 'trade codes, up to 5' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  trades: string[] = [];

  @ApiPropertyOptional({ example: '在海鲜市场做装卸', maxLength: 200 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  workDescription: string = '';

  @ApiPropertyOptional({ example: '2026-01-05', description: 'when this flexible work began' })
  @IsOptional()
  @ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value) => typeof value === 'string' && isCalendarDate(value),
      defaultMessage: () => 'startedOn must be a date YYYY-MM-DD',
    },
  })
  startedOn?: string;

  @ApiProperty({ type: CommitmentDto, description: 'required: 承诺制 replaces proofs' })
  @IsObject()
  @ValidateNested()
  @Type(() => CommitmentDto)
  commitment!: CommitmentDto;
}

export class ReturnRegistrationDto {
  @ApiProperty({ example: '地址不完整，请补充门牌号', minLength: 2, maxLength: 500 })
  @Transform(trimmed)
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  reason!: string;
}

export class RegistrationParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class ListRegistrationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REGISTRATION_STATUSES })
  @IsOptional()
  @IsIn(REGISTRATION_STATUSES)
  status?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: only pending applications past their due date',
  })
  @IsOptional()
  @Transform(({ obj, key }: TransformFnParams) => {
    const raw = (obj as Record<string, unknown>)[key];
    return raw === 'true' ? true : raw === 'false' ? false : raw;
  })
  @IsIn([true, false], { message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: only pending applications without a due date (a calendar year is missing)',
  })
  @IsOptional()
  @Transform(({ obj, key }: TransformFnParams) => {
    const raw = (obj as Record<string, unknown>)[key];
    return raw === 'true' ? true : raw === 'false' ? false : raw;
  })
  @IsIn([true, false], { message: 'undated must be true or false' })
  undated?: boolean;
}

export class CalendarDayParams {
  @ApiProperty({ example: '2027-02-06', description: 'YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  @ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value) => typeof value === 'string' && isCalendarDate(value),
      defaultMessage: () => 'date must be a real calendar date',
    },
  })
  date!: string;
}

export class PutCalendarDayDto {
  @ApiProperty({ enum: ['holiday', 'workday'], description: 'holiday 放假 · workday 调休上班' })
  @IsIn(['holiday', 'workday'])
  kind!: 'holiday' | 'workday';

  @ApiProperty({ example: '春节', maxLength: 40 })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  name!: string;
}

export class CalendarYearParams {
  @ApiProperty({ example: '2027', description: '2025–2099: the years the 793 rule covers' })
  @Matches(/^20(2[5-9]|[3-9]\d)$/, { message: 'year must be 2025–2099' })
  year!: string;
}

export class CalendarQueryDto {
  @ApiProperty({ example: '2026' })
  @Matches(/^\d{4}$/, { message: 'year must be four digits' })
  year!: string;
}
