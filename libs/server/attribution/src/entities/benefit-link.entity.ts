import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Product, Supplier } from '@yigou/server/catalog';
import { decimalNumberTransformer } from '@yigou/server/database';
import { Household } from './household.entity';

/** 利益联结 types: how a supplier's sales reach a household. */
export const BENEFIT_LINK_TYPES = ['order_purchase', 'contract_farming', 'employment', 'dividend', 'land_transfer', 'trusteeship'] as const;
export type BenefitLinkType = (typeof BENEFIT_LINK_TYPES)[number];

/**
 * A household linked to a supplier (and optionally one product). `weight` is
 * the household's share when an attributed amount is split (supplied tonnage,
 * shares held, pieces made …).
 */
@Entity('benefit_link')
@Check('benefit_link_weight_check', `"weight" > 0`)
@Check('benefit_link_dates_check', `"valid_to" IS NULL OR "valid_to" >= "valid_from"`)
@Check(
  'benefit_link_type_check',
  `"type" IN ('order_purchase', 'contract_farming', 'employment', 'dividend', 'land_transfer', 'trusteeship')`,
)
@Index(['supplierId', 'productId'])
export class BenefitLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id' })
  supplierRow?: Supplier;

  /** Null: the link covers all of the supplier's products. */
  @Column('uuid', { nullable: true })
  productId: string | null;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'product_id' })
  productRow?: Product | null;

  @Index()
  @Column('uuid')
  householdId: string;

  @ManyToOne(() => Household, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'household_id' })
  householdRow?: Household;

  @Column('text')
  type: BenefitLinkType;

  @Column('numeric', { precision: 14, scale: 4, transformer: decimalNumberTransformer })
  weight: number;

  @Column('date')
  validFrom: string;

  @Column('date', { nullable: true })
  validTo: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
