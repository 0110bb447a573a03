import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { LOCATION_MESSAGES, locationProblem } from './service-area';

/**
 * On a property holding `{ lat, lng }`: two finite WGS-84 numbers inside the
 * service area. The error names the property itself (`location`), not lat or lng,
 * since a point is wrong as a whole.
 */
export function IsServiceLocation(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isServiceLocation',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: pointMessage, ...options },
      validator: {
        validate: (value: unknown) => {
          const problem = locationProblem(value);
          return problem === undefined;
        },
      },
    });
}

function pointMessage(args: ValidationArguments): string {
  const problem = locationProblem(args.value);
  return LOCATION_MESSAGES[problem ?? 'notAPoint'].en;
}

/**
 * On a district property: the district's box contains the point, which is the
 * object itself (`{ lat, lng, district }`) or its property `pointProperty`.
 * Passes when there is no valid in-area point to compare (IsServiceLocation
 * reports that) or the district is unknown (its IsIn reports that).
 */
export function IsInDistrictBox(
  pointProperty?: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isInDistrictBox',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: LOCATION_MESSAGES.outsideDistrict.en, ...options },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          if (typeof value !== 'string') return true;
          const holder = args.object as Record<string, unknown>;
          const point = pointProperty === undefined ? holder : holder[pointProperty];
          return locationProblem(point, value) !== 'outsideDistrict';
        },
      },
    });
}
