import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An entry of a user's address book (收货地址), in Chinese address fields. */
@ObjectType('Address')
@Entity('address')
@Index(['userId', 'createdAt'])
export class Address {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Field({ description: '收货人' }) @Column('text') recipient: string;
  @Field() @Column('varchar', { length: 20 }) phone: string;
  @Field({ description: '省' }) @Column('text') province: string;
  @Field({ description: '市' }) @Column('text') city: string;
  @Field({ description: '区/县' }) @Column('text') district: string;
  /** GB/T 2260 codes of 省/市/区县 (null for an old free-text address no region matched). */
  @Field(() => String, { nullable: true }) @Column('varchar', { length: 12, nullable: true }) provinceCode: string | null;
  @Field(() => String, { nullable: true }) @Column('varchar', { length: 12, nullable: true }) cityCode: string | null;
  @Field(() => String, { nullable: true }) @Column('varchar', { length: 12, nullable: true }) countyCode: string | null;
  @Field({ description: '详细地址（街道、门牌）' }) @Column('text') detail: string;
  @Field(() => String, { nullable: true }) @Column('varchar', { length: 6, nullable: true }) postalCode: string | null;
  @Field() @Column('boolean', { default: false }) isDefault: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
