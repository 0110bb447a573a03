/** Gig markets in all ten districts and counties of Dalian, at plausible places. */
export interface DemoMarket {
  key: string;
  kind: 'public' | 'market';
  name: string;
  district: string;
  address: string;
  lat: number;
  lng: number;
  hours: 'office' | 'early' | 'allDay' | 'night';
  trades: string[];
  contactPhone: string;
  integrity: boolean;
}

const WEEKDAYS = [1, 2, 3, 4, 5];
const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];

/** Typical opening hours: offices keep office hours; labour markets open before dawn. */
export const OPENING_HOURS: Record<
  DemoMarket['hours'],
  { weekday: number; from: string; to: string }[]
> = {
  office: WEEKDAYS.flatMap((weekday) => [
    { weekday, from: '08:30', to: '11:30' },
    { weekday, from: '13:00', to: '17:00' },
  ]),
  early: ALL_DAYS.map((weekday) => ({ weekday, from: '04:30', to: '10:00' })),
  // Open round the clock: the second interval runs to midnight.
  allDay: ALL_DAYS.flatMap((weekday) => [
    { weekday, from: '00:00', to: '12:00' },
    { weekday, from: '12:00', to: '00:00' },
  ]),
  // A night market for logistics shifts, crossing midnight.
  night: ALL_DAYS.map((weekday) => ({ weekday, from: '20:00', to: '02:00' })),
};

export const DEMO_MARKETS: DemoMarket[] = [
  {
    key: 'zhongshan',
    kind: 'public',
    name: '中山区公共就业服务中心零工市场',
    district: '中山区',
    address: '大连市中山区人民路 56 号',
    lat: 38.9187,
    lng: 121.6442,
    hours: 'office',
    trades: ['housekeeper', 'cleaner', 'waiter', 'security_guard'],
    contactPhone: '0411-82800101',
    integrity: true,
  },
  {
    key: 'xigang',
    kind: 'market',
    name: '西岗区北京街零工驿站',
    district: '西岗区',
    address: '大连市西岗区北京街 38 号',
    lat: 38.9152,
    lng: 121.6121,
    hours: 'early',
    trades: ['mover', 'loader', 'cleaner', 'kitchen_helper'],
    contactPhone: '0411-83600202',
    integrity: true,
  },
  {
    key: 'shahekou',
    kind: 'public',
    name: '沙河口区人力资源市场零工专区',
    district: '沙河口区',
    address: '大连市沙河口区西安路 99 号',
    lat: 38.9056,
    lng: 121.5867,
    hours: 'office',
    trades: ['shop_assistant', 'cashier', 'promoter', 'livestream_sales'],
    contactPhone: '0411-84300303',
    integrity: true,
  },
  {
    key: 'ganjingzi',
    kind: 'market',
    name: '甘井子区泉水零工市场',
    district: '甘井子区',
    address: '大连市甘井子区泉水 A 区 12 号',
    lat: 38.9796,
    lng: 121.5923,
    hours: 'early',
    trades: ['construction_laborer', 'bricklayer', 'carpenter', 'painter', 'electrician'],
    contactPhone: '0411-86700404',
    integrity: true,
  },
  {
    key: 'ganjingzi-night',
    kind: 'market',
    name: '甘井子区物流园夜间零工站',
    district: '甘井子区',
    address: '大连市甘井子区革镇堡物流园 3 号门',
    lat: 38.9931,
    lng: 121.5212,
    hours: 'night',
    trades: ['sorter', 'loader', 'forklift_driver', 'driver'],
    contactPhone: '0411-86700505',
    integrity: false,
  },
  {
    key: 'lvshunkou',
    kind: 'public',
    name: '旅顺口区就业和人才服务中心零工市场',
    district: '旅顺口区',
    address: '大连市旅顺口区黄河路 1 号',
    lat: 38.8123,
    lng: 121.2614,
    hours: 'office',
    trades: ['fruit_picker', 'farm_worker', 'room_attendant'],
    contactPhone: '0411-86600606',
    integrity: true,
  },
  {
    key: 'jinzhou',
    kind: 'public',
    name: '金州区零工市场（二十四小时服务）',
    district: '金州区',
    address: '大连市金州区斯大林路 600 号',
    lat: 39.0927,
    lng: 121.7162,
    hours: 'allDay',
    trades: ['assembler', 'packer', 'quality_inspector', 'courier', 'online_delivery'],
    contactPhone: '0411-87600707',
    integrity: true,
  },
  {
    key: 'jinzhou-dev',
    kind: 'market',
    name: '金州区开发区工业园零工驿站',
    district: '金州区',
    address: '大连市金州区辽河西路 118 号',
    lat: 39.0521,
    lng: 121.7813,
    hours: 'early',
    trades: ['assembler', 'welder', 'sewing_worker', 'warehouse_keeper'],
    contactPhone: '0411-87600808',
    integrity: true,
  },
  {
    key: 'pulandian',
    kind: 'public',
    name: '普兰店区公共就业服务中心零工市场',
    district: '普兰店区',
    address: '大连市普兰店区中央路 216 号',
    lat: 39.3946,
    lng: 121.9631,
    hours: 'office',
    trades: ['farm_worker', 'seafood_processor', 'construction_laborer'],
    contactPhone: '0411-83100909',
    integrity: true,
  },
  {
    key: 'wafangdian',
    kind: 'market',
    name: '瓦房店市零工劳务市场',
    district: '瓦房店市',
    address: '大连市瓦房店市共济街 2 段 9 号',
    lat: 39.6265,
    lng: 122.008,
    hours: 'early',
    trades: ['fruit_picker', 'mover', 'welder', 'assembler'],
    contactPhone: '0411-85600110',
    integrity: true,
  },
  {
    key: 'zhuanghe',
    kind: 'public',
    name: '庄河市就业服务中心零工市场',
    district: '庄河市',
    address: '大连市庄河市新华路 88 号',
    lat: 39.6812,
    lng: 122.9669,
    hours: 'office',
    trades: ['fishery_worker', 'seafood_processor', 'fruit_picker'],
    contactPhone: '0411-89700211',
    integrity: true,
  },
  {
    key: 'changhai',
    kind: 'public',
    name: '长海县海岛零工服务站',
    district: '长海县',
    address: '大连市长海县大长山岛镇海岛路 6 号',
    lat: 39.2727,
    lng: 122.5879,
    hours: 'early',
    trades: ['fishing_crew', 'fishery_worker', 'seafood_processor', 'room_attendant'],
    contactPhone: '0411-89800312',
    integrity: true,
  },
];
