import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Per-buyer purchase limit of a SKU (限购). No row = no limit. */
@Entity('sku_purchase_limit')
@Check('sku_purchase_limit_check', `"per_buyer" > 0`)
export class SkuPurchaseLimit {
  @PrimaryColumn('uuid') skuId: string;
  @Column('int') perBuyer: number;
}

/**
 * How many of a limited SKU a buyer holds in live orders. Updated by ONE
 * conditional upsert, so concurrent checkouts of the same buyer cannot pass the limit together.
 */
@Entity('buyer_sku_purchase')
@Check('buyer_sku_purchase_check', `"quantity" >= 0`)
export class BuyerSkuPurchase {
  @PrimaryColumn('uuid') buyerId: string;
  @PrimaryColumn('uuid') skuId: string;
  @Column('int') quantity: number;
}
