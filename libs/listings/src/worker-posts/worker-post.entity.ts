import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { PayUnit } from '../shifts/domain/pay';

export type WorkerPostStatus = 'open' | 'closed';

/** 求职信息: what a worker offers, where (roughly) and when. */
@Entity('worker_posts')
export class WorkerPostEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'worker_id', type: 'uuid' })
  workerId!: string;

  @Column({ name: 'trade_codes', type: 'text', array: true })
  tradeCodes!: string[];

  @Column({ type: 'varchar', length: 60 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 20 })
  district!: string;

  /** An approximate area (rounded to about 1 km), never the worker's home. */
  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lng!: number;

  @Column({ name: 'available_from', type: 'timestamptz' })
  availableFrom!: Date;

  @Column({ name: 'available_to', type: 'timestamptz' })
  availableTo!: Date;

  @Column({ name: 'min_pay_unit', type: 'varchar', length: 10, nullable: true })
  minPayUnit!: PayUnit | null;

  @Column({ name: 'min_pay_fen', type: 'int', nullable: true })
  minPayFen!: number | null;

  @Column({ type: 'varchar', length: 8, default: 'open' })
  status!: WorkerPostStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
