import type { BBox } from './bbox';

/**
 * Where Linggong serves, as data a city replaces: the service area (the default
 * of the SERVICE_AREA setting) and one box per district that a location may name.
 *
 * Source and approximation: Dalian 大连市 spans about 38°43′–40°10′ N and
 * 120°58′–123°31′ E, the extent the city government gives in its overview
 * (大连概况); the service area adds about 10 km all round. The district boxes are
 * approximations read off the district map (大连市行政区划图), not surveyed
 * boundaries: rounded outward and widened by a few kilometres, so they overlap
 * where districts meet. The check catches a point in the wrong part of the city
 * (金州 labelled 西岗) or outside it (0,0), not a street on a district border;
 * never use the boxes to decide which district a point is in.
 */
export const DALIAN_SERVICE_AREA: BBox = { south: 38.6, west: 120.8, north: 40.3, east: 123.7 };

/** SERVICE_AREA's default, in the setting's "south,west,north,east" form. */
export const DALIAN_SERVICE_AREA_SETTING = '38.6,120.8,40.3,123.7';

export const DALIAN_DISTRICT_BOXES: Readonly<Record<string, BBox>> = {
  // The old city on the peninsula's southern tip, east of 人民广场 to 老虎滩 and 棒棰岛.
  中山区: { south: 38.84, west: 121.59, north: 38.96, east: 121.76 },
  // 北京街, 人民广场, 黑石礁's east side, down to 付家庄.
  西岗区: { south: 38.85, west: 121.57, north: 38.95, east: 121.66 },
  // 西安路, 星海广场, 黑石礁.
  沙河口区: { south: 38.84, west: 121.51, north: 38.95, east: 121.62 },
  // Wraps the old city to the north and west: 周水子, 泉水, 营城子, 大连湾.
  甘井子区: { south: 38.8, west: 121.28, north: 39.12, east: 121.76 },
  // The peninsula's south-western end, 铁山 to 长城.
  旅顺口区: { south: 38.65, west: 120.95, north: 39.02, east: 121.58 },
  // 金州 old town, 开发区, 大孤山, 金石滩, 登沙河, 杏树屯 up to 大李家.
  金州区: { south: 38.9, west: 121.4, north: 39.48, east: 122.3 },
  // 普兰店 town, 皮口, 城子坦, 安波, 星台.
  普兰店区: { south: 39.1, west: 121.45, north: 40.1, east: 122.8 },
  // The north-west coast from 复州湾 and 长兴岛 to 得利寺.
  瓦房店市: { south: 39.2, west: 120.85, north: 40.25, east: 122.4 },
  // The north-east coast and hills, 城关 to 仙人洞 and 黑岛.
  庄河市: { south: 39.3, west: 122.2, north: 40.25, east: 123.65 },
  // The islands: 大长山岛, 小长山岛, 广鹿岛, 獐子岛, 海洋岛.
  长海县: { south: 38.8, west: 122.1, north: 39.4, east: 123.35 },
};
