import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { PayUnit } from './domain/pay';
import type { ShiftStatus } from './domain/shift-status';

@Entity('shifts')
export class ShiftEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId!: string;

  @Column({ type: 'varchar', length: 60 })
  title!: string;

  @Column({ name: 'trade_code', type: 'varchar', length: 40 })
  tradeCode!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lng!: number;

  @Column({ type: 'varchar', length: 200 })
  address!: string;

  @Column({ type: 'varchar', length: 20 })
  district!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ name: 'pay_unit', type: 'varchar', length: 10 })
  payUnit!: PayUnit;

  @Column({ name: 'pay_fen', type: 'int' })
  payFen!: number;

  @Column({ type: 'int' })
  headcount!: number;

  /** Seats taken; changed only by the matching side, under the CHECK filled ≤ headcount. */
  @Column({ type: 'int', default: 0 })
  filled!: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  certificates!: string[];

  @Column({ name: 'min_credit', type: 'int', default: 0 })
  minCredit!: number;

  @Column({ type: 'boolean', default: false })
  instant!: boolean;

  @Column({ name: 'auto_confirm', type: 'boolean', default: false })
  autoConfirm!: boolean;

  @Column({ name: 'market_id', type: 'uuid', nullable: true })
  marketId!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status!: ShiftStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
