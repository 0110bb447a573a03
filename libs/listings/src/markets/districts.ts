/**
 * The ten county-level divisions of Dalian 大连市 (区市县), in the order the city
 * lists them. Markets, shifts, worker homes and statistics all name one of these.
 */
export const DALIAN_DISTRICTS = [
  '中山区',
  '西岗区',
  '沙河口区',
  '甘井子区',
  '旅顺口区',
  '金州区',
  '普兰店区',
  '瓦房店市',
  '庄河市',
  '长海县',
] as const;

export type DalianDistrict = (typeof DALIAN_DISTRICTS)[number];

export function isDalianDistrict(value: unknown): value is DalianDistrict {
  return DALIAN_DISTRICTS.includes(value as DalianDistrict);
}
