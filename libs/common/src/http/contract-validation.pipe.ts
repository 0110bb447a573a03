import { ValidationPipe } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';
import { getMetadataStorage, ValidationError, ValidatorOptions } from 'class-validator';

function isOptional(target: new (...args: never[]) => unknown, property: string): boolean {
  return getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .some((m) => m.propertyName === property && m.name === 'isOptional');
}

function isNullable(instance: object, property: string): boolean {
  const doc = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, instance, property) as
    { nullable?: boolean } | undefined;
  return doc?.nullable === true;
}

/**
 * `@IsOptional()` lets null through as if the field were absent, and services
 * then trip over it (a null `note` or `trades` was a 500). Null is a value
 * only where the contract says the field is nullable (`contactPhone: null`
 * clears it); anywhere else an optional field is left out, or it is a 400.
 */
export function nullsNotAllowed(instance: object): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const [property, value] of Object.entries(instance)) {
    const error = Object.assign(new ValidationError(), {
      property,
      children: [] as ValidationError[],
    });
    if (value === null) {
      if (
        !isOptional(instance.constructor as new () => unknown, property) ||
        isNullable(instance, property)
      )
        continue;
      error.constraints = { isNotNull: `${property} must not be null; leave it out instead` };
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        if (item && typeof item === 'object' && item.constructor !== Object) {
          const children = nullsNotAllowed(item as object);
          if (children.length)
            error.children!.push(
              Object.assign(new ValidationError(), { property: String(i), children }),
            );
        }
      });
    } else if (value && typeof value === 'object' && value.constructor !== Object) {
      error.children = nullsNotAllowed(value as object);
    }
    if (error.constraints || error.children!.length) errors.push(error);
  }
  return errors;
}

/** The global pipe: class-validator's rules, plus null only where the contract allows it. */
export class ContractValidationPipe extends ValidationPipe {
  protected override async validate(
    object: object,
    options?: ValidatorOptions,
  ): Promise<ValidationError[]> {
    return [...(await super.validate(object, options)), ...nullsNotAllowed(object)];
  }
}
