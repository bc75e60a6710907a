import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An entry of a user's address book (收货地址), in Chinese address fields. */
@Entity('address')
@Index(['userId', 'createdAt'])
export class Address {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('text') recipient: string;
  @Column('varchar', { length: 20 }) phone: string;
  @Column('text') province: string;
  @Column('text') city: string;
  @Column('text') district: string;
  /** GB/T 2260 codes of 省/市/区县 (null for an old free-text address no region matched). */
  @Column('varchar', { length: 12, nullable: true }) provinceCode: string | null;
  @Column('varchar', { length: 12, nullable: true }) cityCode: string | null;
  @Column('varchar', { length: 12, nullable: true }) countyCode: string | null;
  @Column('text') detail: string;
  @Column('varchar', { length: 6, nullable: true }) postalCode: string | null;
  @Column('boolean', { default: false }) isDefault: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
