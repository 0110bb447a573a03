/** Demo employers, workers and their posts. Phones use the 170 range and are fictional. */
export interface DemoEmployer {
  key: string;
  phone: string;
  name: string;
  kind: 'individual' | 'business';
  contactName: string;
  district: string;
  lat: number;
  lng: number;
  address: string;
}

export interface DemoWorker {
  key: string;
  phone: string;
  name: string;
  district: string;
  lat: number;
  lng: number;
  trades: [code: string, level: number][];
  minPayFen: number;
}

export const DEMO_EMPLOYERS: DemoEmployer[] = [
  {
    key: 'hotel',
    phone: '17000000001',
    name: '大连海景酒店',
    kind: 'business',
    contactName: '王经理',
    district: '中山区',
    lat: 38.9213,
    lng: 121.6499,
    address: '大连市中山区港湾街 5 号',
  },
  {
    key: 'movers',
    phone: '17000000002',
    name: '西岗顺达搬家公司',
    kind: 'business',
    contactName: '刘师傅',
    district: '西岗区',
    lat: 38.9129,
    lng: 121.6085,
    address: '大连市西岗区长江路 120 号',
  },
  {
    key: 'mall',
    phone: '17000000003',
    name: '沙河口万达商场',
    kind: 'business',
    contactName: '陈主管',
    district: '沙河口区',
    lat: 38.8999,
    lng: 121.5952,
    address: '大连市沙河口区西安路 139 号',
  },
  {
    key: 'builder',
    phone: '17000000004',
    name: '甘井子宏建建筑工程队',
    kind: 'business',
    contactName: '赵工',
    district: '甘井子区',
    lat: 38.9741,
    lng: 121.587,
    address: '大连市甘井子区泉水 B 区工地',
  },
  {
    key: 'logistics',
    phone: '17000000005',
    name: '革镇堡速达物流分拣中心',
    kind: 'business',
    contactName: '孙站长',
    district: '甘井子区',
    lat: 38.995,
    lng: 121.518,
    address: '大连市甘井子区革镇堡物流园 7 号库',
  },
  {
    key: 'factory',
    phone: '17000000006',
    name: '金州开发区精工电子厂',
    kind: 'business',
    contactName: '周主任',
    district: '金州区',
    lat: 39.0555,
    lng: 121.776,
    address: '大连市金州区辽河东路 66 号',
  },
  {
    key: 'seafood',
    phone: '17000000007',
    name: '庄河海鲜加工合作社',
    kind: 'business',
    contactName: '吴社长',
    district: '庄河市',
    lat: 39.69,
    lng: 122.98,
    address: '大连市庄河市黑岛镇码头',
  },
  {
    key: 'orchard',
    phone: '17000000008',
    name: '李大姐家的樱桃园',
    kind: 'individual',
    contactName: '李大姐',
    district: '旅顺口区',
    lat: 38.83,
    lng: 121.29,
    address: '大连市旅顺口区龙王塘樱桃园',
  },
];

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧'.split('');
const GIVEN = ['建国', '秀英', '志强', '桂兰', '海涛', '丽娜', '长海', '春梅', '立新', '玉珍'];
const SPOTS: [district: string, lat: number, lng: number][] = [
  ['中山区', 38.915, 121.64],
  ['西岗区', 38.912, 121.61],
  ['沙河口区', 38.9, 121.58],
  ['甘井子区', 38.97, 121.57],
  ['甘井子区', 38.99, 121.53],
  ['金州区', 39.08, 121.72],
  ['金州区', 39.05, 121.77],
  ['旅顺口区', 38.82, 121.27],
  ['庄河市', 39.68, 122.96],
  ['瓦房店市', 39.62, 122.0],
];
const TRADE_SETS: [string, number][][] = [
  [
    ['cleaner', 4],
    ['housekeeper', 3],
  ],
  [
    ['mover', 5],
    ['loader', 4],
  ],
  [
    ['waiter', 3],
    ['kitchen_helper', 3],
  ],
  [
    ['construction_laborer', 4],
    ['bricklayer', 3],
  ],
  [
    ['sorter', 4],
    ['loader', 3],
    ['forklift_driver', 2],
  ],
  [
    ['assembler', 3],
    ['packer', 4],
  ],
  [
    ['promoter', 3],
    ['livestream_sales', 2],
    ['cashier', 3],
  ],
  [
    ['fruit_picker', 4],
    ['farm_worker', 3],
  ],
  [
    ['seafood_processor', 4],
    ['fishery_worker', 3],
  ],
  [
    ['electrician', 4],
    ['construction_laborer', 3],
  ],
];

/** Thirty workers, three per neighbourhood, with trades that suit where they live. */
export const DEMO_WORKERS: DemoWorker[] = Array.from({ length: 30 }, (_, i) => {
  const [district, lat, lng] = SPOTS[i % SPOTS.length]!;
  return {
    key: `w${i + 1}`,
    phone: `170000010${String(i + 1).padStart(2, '0')}`,
    name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[i % GIVEN.length]}`,
    district,
    // Spread each group over a few hundred metres.
    lat: lat + ((i * 37) % 11) / 1000,
    lng: lng + ((i * 53) % 13) / 1000,
    trades: TRADE_SETS[i % TRADE_SETS.length]!,
    minPayFen: 1800 + (i % 5) * 200,
  };
});

/** The counter of a hall's operator desk (服务窗口), to try the desk at /desk. */
export const DEMO_OPERATORS: { phone: string; market: string }[] = [
  { phone: '17000002001', market: 'zhongshan' },
  { phone: '17000002002', market: 'jinzhou' },
];

/** The city admin (人社局), to try the admin console at /admin. */
export const DEMO_ADMIN_PHONE = '17000003001';
