import { Check, Column, Entity } from 'typeorm';

/** What one buyer holds of one live offer: the per-buyer limit is checked against it atomically. */
@Entity('live_offer_buyer')
@Check('live_offer_buyer_quantity_check', `"quantity" >= 0`)
export class LiveOfferBuyer {
  @Column('uuid', { primary: true }) offerId: string;
  @Column('uuid', { primary: true }) buyerId: string;
  @Column('int') quantity: number;
}
