import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  ManyToOne,
  JoinColumn,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { PayUnit } from '../shifts/domain/pay';
import type { AvailabilitySlot } from './availability';

@Entity('worker_profiles')
export class WorkerProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 40 })
  name!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  certificates!: string[];

  @Column({ name: 'home_district', type: 'varchar', length: 20 })
  homeDistrict!: string;

  /** Exact home location: personal data, returned to the owner only. */
  @Column({ name: 'home_lat', type: 'double precision', nullable: true })
  homeLat!: number | null;

  @Column({ name: 'home_lng', type: 'double precision', nullable: true })
  homeLng!: number | null;

  @Column({ name: 'max_travel_km', type: 'int' })
  maxTravelKm!: number;

  @Column({ name: 'min_pay_unit', type: 'varchar', length: 10, nullable: true })
  minPayUnit!: PayUnit | null;

  @Column({ name: 'min_pay_fen', type: 'int', nullable: true })
  minPayFen!: number | null;

  @Column({ type: 'jsonb' })
  availability!: AvailabilitySlot[];

  @OneToMany(() => WorkerTradeEntity, (t) => t.profile)
  trades?: WorkerTradeEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** One trade a worker does, with a self-declared skill level 1–5. */
@Entity('worker_trades')
export class WorkerTradeEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ name: 'trade_code', type: 'varchar', length: 40 })
  tradeCode!: string;

  @Column({ type: 'smallint' })
  level!: number;

  @ManyToOne(() => WorkerProfileEntity, (p) => p.trades, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  profile?: WorkerProfileEntity;
}
