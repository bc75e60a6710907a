/**
 * What the reconciliation reads about an order: the order row, its lines,
 * its succeeded refunds (dated by their refund transition) and its approved
 * re-bindings. Nothing here comes from events, ledgers or consumers.
 */
export interface FactLine {
  lineId: string;
  productId: string;
  quantity: number;
  amountFen: number;
  certified: boolean;
}

export interface FactRefund {
  at: Date;
  /** Whole refund, shipping included (live session sales). */
  amountFen: number;
  /** The refunded part of each line (shipping excluded). */
  lines: { lineId: string; amountFen: number }[];
}

export interface FactRebinding {
  at: Date;
  fromUnitId: string | null;
  toUnitId: string;
}

export interface OrderFacts {
  orderId: string;
  orderNo: string;
  /** The unit bound at checkout (before any re-binding). */
  unitAtCheckout: string | null;
  supplierId: string;
  liveSessionId: string | null;
  /** When the order became fully paid (null: never). */
  paidAt: Date | null;
  receivedAt: Date | null;
  /** Rated (completed in the 832 sense). */
  completedAt: Date | null;
  cancelledAt: Date | null;
  paidFen: number;
  lines: FactLine[];
  refunds: FactRefund[];
  rebindings: FactRebinding[];
}

/** An attribution rule as stored: `percent` stays the decimal text of the column, so no float ever touches it. */
export interface FactRule {
  id: string;
  supplierId: string;
  productId: string | null;
  kind: 'per_unit' | 'revenue_share';
  fenPerUnit: number | null;
  percent: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface FactLink {
  supplierId: string;
  productId: string | null;
  householdId: string;
  /** numeric(14,4) as text. */
  weight: string;
  validFrom: string;
  validTo: string | null;
}

export interface FactHousehold {
  id: string;
  countyCode: string;
}

/** Registry facts the rule needs besides orders: units' regions, rating settings, rules, links, households. */
export interface RegistryFacts {
  unitRegion: Map<string, string>;
  /** `${regionCode}:${year}` → completion requires a rating. */
  ratingRequired: Map<string, boolean>;
  rules: FactRule[];
  links: FactLink[];
  households: Map<string, FactHousehold>;
}
