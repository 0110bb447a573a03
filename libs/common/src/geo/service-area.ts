import { ErrorCode } from '@app/contracts';
import { AppException, Localized } from '../errors/app.exception';
import { BBox, boxContains, isWgs84 } from './bbox';
import { DALIAN_DISTRICT_BOXES, DALIAN_SERVICE_AREA } from './dalian-districts.geo';

/**
 * The service area the validators check against. class-validator decorators are
 * static metadata and cannot reach Nest's injector, so the one validated
 * SERVICE_AREA setting is handed to them here when the config is loaded
 * (ConfigModule); until then, and in unit specs, it is Dalian's.
 */
let currentArea: BBox = DALIAN_SERVICE_AREA;

export function useServiceArea(area: BBox): void {
  currentArea = area;
}

export function serviceArea(): BBox {
  return currentArea;
}

export type LocationProblem = 'notAPoint' | 'outsideArea' | 'outsideDistrict';

/**
 * What is wrong with a location, if anything: not two finite WGS-84 numbers,
 * outside the service area, or outside the box of the district it names. A
 * district without a box (not a district at all) is left to the district's own check.
 */
export function locationProblem(
  point: unknown,
  district?: string,
  area: BBox = currentArea,
  boxes: Readonly<Record<string, BBox>> = DALIAN_DISTRICT_BOXES,
): LocationProblem | undefined {
  if (!isWgs84(point)) return 'notAPoint';
  if (!boxContains(area, point)) return 'outsideArea';
  const box =
    district !== undefined && Object.hasOwn(boxes, district) ? boxes[district] : undefined;
  if (box && !boxContains(box, point)) return 'outsideDistrict';
  return undefined;
}

export const LOCATION_MESSAGES: Record<LocationProblem, Localized> = {
  notAPoint: {
    zh: '位置必须是有效的经纬度数字（WGS-84）',
    en: 'location must be WGS-84 latitude and longitude numbers',
  },
  outsideArea: { zh: '位置不在服务区域内', en: 'location is outside the service area' },
  outsideDistrict: {
    zh: '位置不在所选区县范围内',
    en: 'location is not in the district it names',
  },
};

/**
 * Throws a 400 VALIDATION_FAILED naming the field at fault: `field` for a bad or
 * out-of-area point, `districtField` for a district that does not contain it.
 * For checks a DTO cannot make (a PATCH that changes only one of the two, a socket event).
 */
export function assertServiceLocation(
  point: unknown,
  options: { field?: string; district?: string; districtField?: string } = {},
): void {
  const problem = locationProblem(point, options.district);
  if (!problem) return;
  const field =
    problem === 'outsideDistrict'
      ? (options.districtField ?? 'district')
      : (options.field ?? 'location');
  throw AppException.forField(ErrorCode.VALIDATION_FAILED, field, LOCATION_MESSAGES[problem]);
}
