import { idNumberCheckChar } from '@yigou/shared/validation';
import { Prng } from './prng';

export type GeneratedCategory = 'lifted' | 'not_lifted' | 'unstable' | 'marginal' | 'sudden_hardship';

export interface GeneratedHousehold {
  householdNo: string;
  countyCode: string;
  villageCode: string;
  headName: string;
  /** Made up but well-formed: county prefix, birth date, sequence, MOD 11-2 check character. */
  headIdNumber: string;
  members: number;
  category: GeneratedCategory;
  incomePerCapitaFen: number;
}

export interface HouseholdGroupSpec {
  count: number;
  /** When given, members add up to exactly this many people. */
  people?: number;
  countyCode: string;
  /** Villages to spread the households over (round-robin-ish, at random). */
  villageCodes: readonly string[];
  /** e.g. the insole workshop's pieceworkers are women. */
  femaleHeads?: boolean;
}

const SURNAMES = [...'王李张刘陈杨赵郭武贾梁韩田任冯薛乔宋高段卫吕范孟白侯马曹许常翟霍'];
const MALE_GIVEN = [...'建国保平忠明文海军兵生才有福红春林志永俊德成喜旺虎强'];
const FEMALE_GIVEN = [...'秀兰英桂梅芳玉花凤霞丽娟琴珍翠萍彩香云荣娥'];

/** Shares of each category among generated households (mostly lifted, some monitored). */
const CATEGORY_WEIGHTS: [GeneratedCategory, number][] = [
  ['lifted', 84],
  ['unstable', 5],
  ['marginal', 6],
  ['sudden_hardship', 2],
  ['not_lifted', 3],
];

/** Per-capita yearly income bands in yuan; the 2020 Shanxi poverty line is 4,000, monitoring ~6,000. */
const INCOME_YUAN: Record<GeneratedCategory, [number, number]> = {
  lifted: [6200, 9000],
  unstable: [4300, 6000],
  marginal: [4100, 5900],
  sudden_hardship: [4000, 5600],
  not_lifted: [3500, 3990],
};

/**
 * Makes synthetic registered households: made-up names (common surnames with
 * ordinary given names, never real people), well-formed made-up ID numbers,
 * household numbers unique per village. Deterministic for a given seed.
 */
export class HouseholdGenerator {
  private readonly rng: Prng;
  private readonly villageSeq = new Map<string, number>();
  private readonly usedIds = new Set<string>();

  constructor(seed = 20201231) {
    this.rng = new Prng(seed);
  }

  generate(spec: HouseholdGroupSpec): GeneratedHousehold[] {
    if (spec.villageCodes.length === 0) throw new Error(`no villages to place households in ${spec.countyCode}`);
    const members = this.memberCounts(spec.count, spec.people);
    return members.map((m) => {
      const villageCode = this.rng.pick(spec.villageCodes);
      const seq = (this.villageSeq.get(villageCode) ?? 0) + 1;
      this.villageSeq.set(villageCode, seq);
      const female = spec.femaleHeads ?? this.rng.next() < 0.22;
      const category = this.category();
      const [lo, hi] = INCOME_YUAN[category];
      return {
        householdNo: `${villageCode}${String(seq).padStart(4, '0')}`,
        countyCode: spec.countyCode,
        villageCode,
        headName: this.name(female),
        headIdNumber: this.idNumber(spec.countyCode, female),
        members: m,
        category,
        incomePerCapitaFen: this.rng.int(lo, hi) * 100,
      };
    });
  }

  /** 1–7 people per household; with `people` given, adjusted at random until the sum is exact. */
  memberCounts(count: number, people?: number): number[] {
    const sizes = Array.from({ length: count }, () => this.rng.pick([1, 2, 2, 3, 3, 3, 4, 4, 5, 6]));
    if (people === undefined) return sizes;
    if (people < count || people > count * 7) throw new Error(`${people} people cannot fill ${count} households of 1–7`);
    let diff = people - sizes.reduce((a, b) => a + b, 0);
    while (diff !== 0) {
      const i = this.rng.int(0, count - 1);
      if (diff > 0 && sizes[i] < 7) {
        sizes[i]++;
        diff--;
      } else if (diff < 0 && sizes[i] > 1) {
        sizes[i]--;
        diff++;
      }
    }
    return sizes;
  }

  private category(): GeneratedCategory {
    const total = CATEGORY_WEIGHTS.reduce((a, [, w]) => a + w, 0);
    let r = this.rng.next() * total;
    for (const [c, w] of CATEGORY_WEIGHTS) {
      r -= w;
      if (r < 0) return c;
    }
    return 'lifted';
  }

  private name(female: boolean): string {
    const pool = female ? FEMALE_GIVEN : MALE_GIVEN;
    const given = this.rng.next() < 0.7 ? this.rng.pick(pool) + this.rng.pick(pool) : this.rng.pick(pool);
    return this.rng.pick(SURNAMES) + given;
  }

  /** 6-digit county code, birth date 1950–1995, 3-digit sequence (odd = male, even = female), check char. */
  private idNumber(countyCode: string, female: boolean): string {
    for (;;) {
      const year = this.rng.int(1950, 1995);
      const month = String(this.rng.int(1, 12)).padStart(2, '0');
      const day = String(this.rng.int(1, 28)).padStart(2, '0');
      let seq = this.rng.int(0, 998);
      if ((seq % 2 === 1) === female) seq += 1;
      const body = `${countyCode.slice(0, 6)}${year}${month}${day}${String(seq).padStart(3, '0')}`;
      const id = body + idNumberCheckChar(body);
      if (!this.usedIds.has(id)) {
        this.usedIds.add(id);
        return id;
      }
    }
  }
}
