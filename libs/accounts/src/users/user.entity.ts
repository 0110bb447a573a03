import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Role } from '@app/contracts';
import type { AccountStatus } from '../auth/account-access';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Mainland mobile number, digits only. Never shown unmasked outside the owner's own views. */
  @Column({ type: 'varchar', length: 20, unique: true })
  phone!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: Role[];

  /** 联合惩戒: a blacklisted user gets no offers (the credit system comes later). */
  @Column({ type: 'boolean', default: false })
  blacklisted!: boolean;

  /** `suspended`: every token and socket of the account stops within seconds (read by the guard). */
  @Column({ type: 'text', default: 'active' })
  status!: AccountStatus;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason!: string | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true })
  statusChangedAt!: Date | null;

  @Column({ name: 'status_changed_by', type: 'uuid', nullable: true })
  statusChangedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
