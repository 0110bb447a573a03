import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { OpeningInterval } from './opening-hours';

export const MARKET_KINDS = ['public', 'market'] as const;
/** `public`: public employment service agency 公共就业服务机构; `market`: market-run 市场化运营. */
export type MarketKind = (typeof MARKET_KINDS)[number];

export const MARKET_STATUSES = ['listed', 'suspended'] as const;
export type MarketStatus = (typeof MARKET_STATUSES)[number];

@Entity('markets')
export class MarketEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: MarketKind;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  district!: string;

  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lng!: number;

  @Column({ name: 'opening_hours', type: 'jsonb' })
  openingHours!: OpeningInterval[];

  @Column({ type: 'text', array: true })
  trades!: string[];

  /** The market's public office line, published on purpose (not a person's number). */
  @Column({ name: 'contact_phone', type: 'varchar', length: 20, nullable: true })
  contactPhone!: string | null;

  /** 诚信运营: the city vouches for this market's fair dealing. Set by admins only. */
  @Column({ type: 'boolean' })
  integrity!: boolean;

  @Column({ type: 'text' })
  status!: MarketStatus;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** An operator 零工市场工作人员 who keeps this market's entry and desk. */
@Entity('market_operators')
export class MarketOperatorEntity {
  @Column({ name: 'market_id', type: 'uuid', primary: true })
  marketId!: string;

  @Column({ name: 'user_id', type: 'uuid', primary: true })
  userId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
