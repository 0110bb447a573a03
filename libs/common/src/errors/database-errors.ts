import { QueryFailedError } from 'typeorm';
import { ErrorCode } from '@app/contracts';
import { AppException } from './app.exception';

/**
 * Maps PostgreSQL constraint violations to client errors, so that a race the
 * database settles (a unique key, a check, an exclusion) is a 409/400, never a 500.
 */
export function fromDatabaseError(error: unknown): AppException | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string; column?: string };
  const field = driverError.column ?? driverError.constraint ?? 'body';
  switch (driverError.code) {
    case '23505': // unique_violation
      return new AppException(ErrorCode.CONFLICT, {
        details: [{ field, message: { zh: '已存在', en: 'already exists' } }],
      });
    case '23P01': // exclusion_violation
      return new AppException(ErrorCode.CONFLICT, {
        details: [{ field, message: { zh: '时间冲突', en: 'overlaps an existing record' } }],
      });
    case '23503': // foreign_key_violation
      return new AppException(ErrorCode.INVALID_REFERENCE, {
        details: [{ field, message: { zh: '引用的数据不存在', en: 'refers to a missing record' } }],
      });
    case '23514': // check_violation
    case '23502': // not_null_violation
    case '22P02': // invalid_text_representation (e.g. a bad uuid)
    case '22003': // numeric_value_out_of_range
    case '22007': // invalid_datetime_format
    case '22008': // datetime_field_overflow
    case '22021': // character_not_in_repertoire (U+0000 in text)
    case '22P05': // untranslatable_character (U+0000 in jsonb)
      return new AppException(ErrorCode.CONSTRAINT_VIOLATION, {
        details: [{ field, message: { zh: '不符合规则', en: 'breaks a rule' } }],
      });
    default:
      return undefined;
  }
}
