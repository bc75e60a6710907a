import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Per-buyer purchase limit of a SKU (限购). No row = no limit. */
@Entity('sku_purchase_limit')
@Check('sku_purchase_limit_check', `"per_buyer" > 0`)
export class SkuPurchaseLimit {
  @PrimaryColumn('uuid') skuId: string;
  @Column('int') perBuyer: number;
}
