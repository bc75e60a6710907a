import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EnterpriseLevel, ProductCategory, RegionLevel, SupplierKind } from '@yigou/shared/domain';

/** The shape of data/demo.json (amounts in integer fen). */
export interface DemoData {
  regions: { code: string; name: string; level: RegionLevel; parent: string | null }[];
  suppliers: {
    key: string;
    name: string;
    kind: SupplierKind;
    level?: EnterpriseLevel;
    county: string;
    village?: string;
    note?: string;
    creditCode: string;
    story: string;
  }[];
  products: {
    key: string;
    supplier: string;
    name: string;
    category: ProductCategory;
    spec: string;
    unit: string;
    priceFen: number;
    stock: number;
    certified: boolean;
    description: string;
    salesCount: number;
    weightGrams: number;
  }[];
  workUnits: {
    key: string;
    name: string;
    region: string;
    parent: string | null;
    headcount: number;
    canteen: boolean;
    canteenBudgetFen?: number;
    role?: string;
  }[];
  quotaRules: {
    region: string;
    year: number;
    kind: 'per_capita' | 'canteen_ratio' | 'fixed_amount' | 'union_reserve';
    amountPerPersonFen?: number;
    ratioPercent?: number;
    fixedAmountFen?: number;
    note?: string;
  }[];
  benefitLinks: {
    supplier: string;
    product: string;
    type: 'order_purchase' | 'contract_farming' | 'employment' | 'dividend' | 'land_transfer' | 'trusteeship';
    rule: 'per_unit' | 'revenue_share';
    householdFenPerUnit?: number;
    percent?: number;
    households: number;
    people?: number;
    note?: string;
  }[];
  livestreams: {
    key: string;
    title: string;
    host: string;
    hostName: string;
    hostTitle: string;
    kind: 'sales' | 'tourism';
    county: string;
    status: 'scheduled' | 'live' | 'ended';
    startOffsetMinutes: number;
    replayUrl?: string | null;
    products: string[];
    livePriceFen?: Record<string, number>;
    liveStockCap?: Record<string, number>;
    perBuyerLimit?: Record<string, number>;
  }[];
}

/** Bundled with the library; never read from outside the repository at run time. */
export const demoDataFile = resolve(__dirname, '../data/demo.json');

/** Demo SVG tiles, one per product key; the API serves them at /media/demo/<key>.svg. */
export const demoImagesDir = resolve(__dirname, '../assets/images');

export function readDemoData(): DemoData {
  return JSON.parse(readFileSync(demoDataFile, 'utf8')) as DemoData;
}
