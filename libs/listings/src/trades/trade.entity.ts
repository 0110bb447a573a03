import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('trades')
export class TradeEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 20 })
  category!: string;

  @Column({ name: 'category_zh', type: 'text' })
  categoryZh!: string;

  @Column({ name: 'category_en', type: 'text' })
  categoryEn!: string;

  @Column({ name: 'name_zh', type: 'text' })
  nameZh!: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn!: string;

  @Column({ name: 'major_group', type: 'smallint' })
  majorGroup!: number;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder!: number;

  @Column({ type: 'boolean' })
  active!: boolean;
}
