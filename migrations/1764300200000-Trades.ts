import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trade catalogue (工种), drawn from the national occupation classification
 * (职业分类大典: major group 4 service workers, 5 agriculture/fishery, 6 production)
 * and the new occupations the notice names (clause 二). Codes are stable: clients
 * and other tables refer to them, so a trade is retired (active = false), never renamed.
 */
const TRADES: [code: string, category: string, zh: string, en: string, majorGroup: number][] = [
  // 生活服务 domestic and personal services
  ['housekeeper', 'domestic', '家政服务员', 'Housekeeper', 4],
  ['cleaner', 'domestic', '保洁员', 'Cleaner', 4],
  ['elder_caregiver', 'domestic', '养老护理员', 'Elderly caregiver', 4],
  ['nanny', 'domestic', '育婴员', 'Nanny', 4],
  ['maternity_nurse', 'domestic', '母婴护理员', 'Maternity nurse', 4],
  ['appliance_repairer', 'domestic', '家用电器维修工', 'Home appliance repairer', 4],
  ['hairdresser', 'domestic', '美发师', 'Hairdresser', 4],
  ['laundry_worker', 'domestic', '洗衣师', 'Laundry worker', 4],
  // 建筑装修 construction and renovation
  ['construction_laborer', 'construction', '建筑普工', 'Construction laborer', 6],
  ['bricklayer', 'construction', '砌筑工', 'Bricklayer', 6],
  ['carpenter', 'construction', '木工', 'Carpenter', 6],
  ['rebar_worker', 'construction', '钢筋工', 'Rebar worker', 6],
  ['concrete_worker', 'construction', '混凝土工', 'Concrete worker', 6],
  ['painter', 'construction', '油漆工', 'Painter', 6],
  ['tiler', 'construction', '镶贴工', 'Tiler', 6],
  ['plumber', 'construction', '管道工', 'Plumber', 6],
  ['electrician', 'construction', '电工', 'Electrician', 6],
  ['welder', 'construction', '焊工', 'Welder', 6],
  ['scaffolder', 'construction', '架子工', 'Scaffolder', 6],
  ['waterproofer', 'construction', '防水工', 'Waterproofing worker', 6],
  // 物流运输 logistics and transport
  ['mover', 'logistics', '搬运工', 'Mover', 4],
  ['loader', 'logistics', '装卸工', 'Loader', 4],
  ['warehouse_keeper', 'logistics', '仓库管理员', 'Warehouse keeper', 4],
  ['sorter', 'logistics', '快件处理员', 'Parcel sorter', 4],
  ['courier', 'logistics', '快递员', 'Courier', 4],
  ['driver', 'logistics', '货车司机', 'Truck driver', 4],
  ['forklift_driver', 'logistics', '叉车司机', 'Forklift driver', 6],
  // 餐饮酒店 catering and hospitality
  ['cook', 'catering', '中式烹调师', 'Chinese cook', 4],
  ['pastry_cook', 'catering', '中式面点师', 'Pastry cook', 4],
  ['kitchen_helper', 'catering', '厨房帮工', 'Kitchen helper', 4],
  ['waiter', 'catering', '餐厅服务员', 'Waiter', 4],
  ['dishwasher', 'catering', '洗碗工', 'Dishwasher', 4],
  ['room_attendant', 'catering', '客房服务员', 'Hotel room attendant', 4],
  // 商贸零售 sales and retail
  ['shop_assistant', 'retail', '营业员', 'Shop assistant', 4],
  ['cashier', 'retail', '收银员', 'Cashier', 4],
  ['promoter', 'retail', '促销员', 'Promoter', 4],
  ['stocker', 'retail', '理货员', 'Shelf stocker', 4],
  // 安保物业 security and property
  ['security_guard', 'property', '保安员', 'Security guard', 3],
  ['gardener', 'property', '绿化工', 'Gardener', 4],
  ['property_repairer', 'property', '物业维修工', 'Property maintenance worker', 4],
  // 制造加工 manufacturing
  ['assembler', 'manufacturing', '装配工', 'Assembly worker', 6],
  ['packer', 'manufacturing', '包装工', 'Packer', 6],
  ['seafood_processor', 'manufacturing', '水产品加工工', 'Seafood processor', 6],
  ['sewing_worker', 'manufacturing', '缝纫工', 'Sewing worker', 6],
  ['quality_inspector', 'manufacturing', '质检员', 'Quality inspector', 6],
  // 农林渔 agriculture and fishery
  ['farm_worker', 'agriculture', '农业生产工', 'Farm worker', 5],
  ['fruit_picker', 'agriculture', '果蔬采摘工', 'Fruit and vegetable picker', 5],
  ['fishery_worker', 'agriculture', '水产养殖工', 'Aquaculture worker', 5],
  ['fishing_crew', 'agriculture', '渔船船员', 'Fishing crew', 5],
  // 新职业 new occupations (clause 二)
  ['online_delivery', 'new', '网约配送员', 'Online delivery rider', 4],
  ['livestream_sales', 'new', '直播销售员', 'Livestream salesperson', 4],
  ['community_health', 'new', '社群健康助理员', 'Community health assistant', 4],
  ['ride_hailing_driver', 'new', '网约车驾驶员', 'Ride-hailing driver', 4],
  ['elderly_companion', 'new', '老年助餐服务员', 'Elderly meal-service worker', 4],
  ['ecommerce_operator', 'new', '互联网营销师', 'Internet marketer', 4],
  ['data_labeler', 'new', '人工智能训练师', 'AI trainer (data labeling)', 4],
];

const CATEGORIES: Record<string, [zh: string, en: string]> = {
  domestic: ['生活服务', 'Domestic and personal services'],
  construction: ['建筑装修', 'Construction and renovation'],
  logistics: ['物流运输', 'Logistics and transport'],
  catering: ['餐饮酒店', 'Catering and hospitality'],
  retail: ['商贸零售', 'Sales and retail'],
  property: ['安保物业', 'Security and property'],
  manufacturing: ['制造加工', 'Manufacturing'],
  agriculture: ['农林渔业', 'Agriculture and fishery'],
  new: ['新职业', 'New occupations'],
};

export class Trades1764300200000 implements MigrationInterface {
  name = 'Trades1764300200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE trades (
        code varchar(40) PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]*$'),
        category varchar(20) NOT NULL,
        category_zh text NOT NULL,
        category_en text NOT NULL,
        name_zh text NOT NULL UNIQUE,
        name_en text NOT NULL,
        major_group smallint NOT NULL CHECK (major_group BETWEEN 1 AND 8),
        sort_order int NOT NULL,
        active boolean NOT NULL DEFAULT true
      )`);
    for (const [index, [code, category, zh, en, majorGroup]] of TRADES.entries()) {
      const [categoryZh, categoryEn] = CATEGORIES[category]!;
      await q.query(
        `INSERT INTO trades (code, category, category_zh, category_en, name_zh, name_en, major_group, sort_order)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [code, category, categoryZh, categoryEn, zh, en, majorGroup, index + 1],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE trades`);
  }
}
