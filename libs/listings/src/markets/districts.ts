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

/** Each district's English name and a central point, for pickers and "near me" defaults. */
export const DALIAN_DISTRICT_INFO: Record<
  DalianDistrict,
  { nameEn: string; centre: { lat: number; lng: number } }
> = {
  中山区: { nameEn: 'Zhongshan', centre: { lat: 38.918, lng: 121.644 } },
  西岗区: { nameEn: 'Xigang', centre: { lat: 38.914, lng: 121.612 } },
  沙河口区: { nameEn: 'Shahekou', centre: { lat: 38.905, lng: 121.584 } },
  甘井子区: { nameEn: 'Ganjingzi', centre: { lat: 38.953, lng: 121.525 } },
  旅顺口区: { nameEn: 'Lüshunkou', centre: { lat: 38.812, lng: 121.262 } },
  金州区: { nameEn: 'Jinzhou', centre: { lat: 39.1, lng: 121.716 } },
  普兰店区: { nameEn: 'Pulandian', centre: { lat: 39.395, lng: 121.963 } },
  瓦房店市: { nameEn: 'Wafangdian', centre: { lat: 39.627, lng: 122.008 } },
  庄河市: { nameEn: 'Zhuanghe', centre: { lat: 39.681, lng: 122.967 } },
  长海县: { nameEn: 'Changhai', centre: { lat: 39.272, lng: 122.588 } },
};
