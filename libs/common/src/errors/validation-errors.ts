import { ValidationError } from 'class-validator';
import { ErrorCode } from '@app/contracts';
import { AppException, FieldProblem } from './app.exception';

/** Chinese wording for the class-validator constraints we use; English comes from class-validator. */
const ZH: Record<string, string> = {
  whitelistValidation: '不允许的字段',
  isDefined: '必填',
  isNotNull: '不能为 null（不填请省略该字段）',
  isNotEmpty: '不能为空',
  isString: '必须是文本',
  isInt: '必须是整数',
  isNumber: '必须是数字',
  isBoolean: '必须是 true 或 false',
  isIn: '取值不在允许范围内',
  isEnum: '取值不在允许范围内',
  isUUID: '必须是 UUID',
  isISO8601: '必须是 ISO 8601 时间',
  isDateString: '必须是 ISO 8601 时间',
  isArray: '必须是数组',
  arrayMaxSize: '条目过多',
  arrayMinSize: '条目过少',
  arrayUnique: '不能有重复项',
  min: '小于允许的最小值',
  max: '超出允许的最大值',
  minLength: '太短',
  maxLength: '太长',
  matches: '格式不正确',
  isLatitude: '纬度必须在 -90 到 90 之间',
  isLongitude: '经度必须在 -180 到 180 之间',
  isServiceLocation: '位置必须是服务区域内的有效经纬度',
  isInDistrictBox: '位置不在所选区县范围内',
  isObject: '必须是对象',
  nestedValidation: '格式不正确',
  isPhone: '手机号格式不正确',
  isTimeOfDay: '时间必须是 HH:mm',
};

type Problem = FieldProblem & { constraint: string };

/** Field paths read like code: `trades[1].code`, `location.lat`. */
function childPath(parent: string, property: string): string {
  if (!parent) return property;
  return /^\d+$/.test(property) ? `${parent}[${property}]` : `${parent}.${property}`;
}

function flatten(errors: ValidationError[], parent = ''): Problem[] {
  const problems: Problem[] = [];
  for (const error of errors) {
    const field = childPath(parent, error.property);
    for (const [constraint, en] of Object.entries(error.constraints ?? {})) {
      problems.push({ field, constraint, message: { zh: ZH[constraint] ?? en, en } });
    }
    if (error.children?.length) problems.push(...flatten(error.children, field));
  }
  return problems;
}

/** Turns class-validator output into our 400, naming every field at fault. */
export function validationException(errors: ValidationError[]): AppException {
  const problems = flatten(errors);
  const unknownOnly =
    problems.length > 0 && problems.every((p) => p.constraint === 'whitelistValidation');
  return new AppException(unknownOnly ? ErrorCode.UNKNOWN_FIELD : ErrorCode.VALIDATION_FAILED, {
    details: problems.map(({ field, message }) => ({ field, message })),
  });
}
