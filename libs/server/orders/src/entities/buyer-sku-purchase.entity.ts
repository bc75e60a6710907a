import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

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
