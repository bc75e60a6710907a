import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { decimalNumberTransformer } from '@yigou/server/database';
import { Household } from './household.entity';
import { SupplierTerm } from './supplier-term.entity';

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
export class BenefitLink extends SupplierTerm {
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
}
