import type { Box, District } from './client-config';
import type { Text } from './i18n';

const inside = (b: Box, p: { lat: number; lng: number }) =>
  p.lat >= b.south && p.lat <= b.north && p.lng >= b.west && p.lng <= b.east;

/**
 * What the API would say about a point for a chosen district, before it is sent:
 * outside the service area, or outside the district's box. Mirrors the server's
 * check (libs/common/src/geo) with the boxes GET /client-config gives.
 */
export function placeProblem(
  point: { lat: number; lng: number },
  districtName: string,
  districts: District[],
  area: Box | undefined,
): Text | undefined {
  if (!Number.isFinite(point.lat) || !Number.isFinite(point.lng)) return undefined;
  if (area && !inside(area, point)) {
    return {
      zh: '这个位置不在本市服务范围内，请确认定位，或直接填写工作地点',
      en: 'This place is outside the area the service covers; check your location or enter the place',
    };
  }
  const district = districts.find((d) => d.name === districtName);
  if (district?.box && !inside(district.box, point)) {
    return {
      zh: `这个位置不在${district.name}，请改选所在区县，或改填坐标`,
      en: `This place is not in ${district.nameEn} ${district.name}; choose its district or change the coordinates`,
    };
  }
  return undefined;
}
