import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource, FindOptionsWhere, In, IsNull, Repository } from 'typeorm';
import DataLoader from 'dataloader';
import { byKeys, LoaderRegistry } from '@yigou/server/core';
import { RegionLevel } from '@yigou/shared/domain';
import { Region } from '../entities/region.entity';
import { notACounty, unknownRegion } from '../errors';
import { AddressRegionInput, resolveAddressRegion, ResolvedAddressRegion } from './address-region';
import { RegionReadModel } from './region-read-model';

export interface RegionFilter {
  level?: RegionLevel | null;
  /** Children of this code; an empty string lists the top level. */
  parentCode?: string | null;
  /** Only the regions the platform serves (true) or only the others (false). */
  served?: boolean | null;
}

const CODE_PATTERN = /^\d{6}(\d{3}){0,2}$/;

/** Full name from the chain of names, top first: 山西省 + 临汾市 + 汾西县. */
export function joinFullName(chain: readonly { name: string }[]): string {
  return chain.map((r) => r.name).join('');
}

/** A copy for the caller: what the read model holds is shared by every request of the process. */
function copy(region: Region): Region {
  return Object.assign(new Region(), region);
}

/**
 * Administrative divisions (GB/T 2260). Read-only for the rest of the system. Lookups by code answer from the
 * process's read model (RegionReadModel: the whole table, dropped on every write through LISTEN/NOTIFY) and read
 * the table only while its listener is down.
 */
@Injectable()
export class RegionService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly readModel: RegionReadModel;
  private readonly resolved = new WeakMap<AddressRegionInput, Promise<ResolvedAddressRegion>>();

  constructor(
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    const url = (db.options as { url?: string }).url;
    const connect = url
      ? async () => {
          const client = new Client({ connectionString: url, application_name: 'yigou-regions-listener' });
          await client.connect();
          return client;
        }
      : null;
    this.readModel = new RegionReadModel(connect, () => this.regions.find());
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.db.isInitialized) await this.readModel.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.readModel.stop();
  }

  async getByCode(code: string): Promise<Region | null> {
    if (!CODE_PATTERN.test(code)) return null;
    const held = await this.readModel.current();
    if (!held) return this.regions.findOneBy({ code });
    const region = held.get(code);
    return region ? copy(region) : null;
  }

  /**
   * The region for a code as this process's read model holds it (a copy), without waiting: `undefined` when the model
   * is not loaded or not listening (ask `loader`/`getByCode` instead, which wait or read the table), `null` for a code
   * it does not hold. Lets a field resolver answer synchronously — on a 20-card page the per-card promise of the
   * loader was a share of the page's CPU (issue 19).
   */
  heldByCode(code: string): Region | null | undefined {
    const held = this.readModel.current();
    if (!held || held instanceof Promise) return undefined;
    const region = held.get(code);
    return region ? copy(region) : null;
  }

  /** The known regions among these codes (unknown codes are left out; order not guaranteed). */
  async byCodes(codes: readonly string[]): Promise<Region[]> {
    const valid = [...new Set(codes.filter((c) => CODE_PATTERN.test(c)))];
    if (!valid.length) return [];
    const held = await this.readModel.current();
    if (!held) return this.regions.findBy({ code: In(valid) });
    const found: Region[] = [];
    for (const code of valid) {
      const region = held.get(code);
      if (region) found.push(copy(region));
    }
    return found;
  }

  async list(filter: RegionFilter = {}): Promise<Region[]> {
    const where: FindOptionsWhere<Region> = {};
    if (filter.level) where.level = filter.level;
    if (typeof filter.served === 'boolean') where.served = filter.served;
    if (filter.parentCode !== undefined && filter.parentCode !== null) {
      where.parentCode = filter.parentCode === '' ? IsNull() : filter.parentCode;
    }
    return this.regions.find({ where, order: { code: 'ASC' } });
  }

  /** The county for a code, or UNKNOWN_REGION when the code is not a known county. */
  async requireCounty(code: string): Promise<Region> {
    const region = await this.getByCode(code.trim());
    if (!region) throw unknownRegion(code);
    if (region.level !== 'county') {
      throw notACounty(region.fullName);
    }
    return region;
  }

  /** The region and everything above it, top first (province … region). Empty for unknown codes. */
  async ancestors(code: string): Promise<Region[]> {
    const chain: Region[] = [];
    let next: string | null = code;
    while (next && chain.length < 6) {
      const region = await this.getByCode(next);
      if (!region) break;
      chain.unshift(region);
      next = region.parentCode;
    }
    return chain;
  }

  /** Villages (and townships) below a county, by code prefix. */
  async descendants(code: string, level?: RegionLevel): Promise<Region[]> {
    const qb = this.regions
      .createQueryBuilder('r')
      .where('r.code LIKE :prefix', { prefix: `${code.replace(/\D/g, '')}%` })
      .andWhere('r.code <> :code', { code })
      .orderBy('r.code', 'ASC');
    if (level) qb.andWhere('r.level = :level', { level });
    return qb.getMany();
  }

  /** code → full name (山西省临汾市汾西县), for labels. */
  async fullNames(codes: readonly string[]): Promise<Map<string, string>> {
    return new Map((await this.byCodes(codes)).map((r) => [r.code, r.fullName]));
  }

  /** code → short name (汾西县), for scope labels. */
  async regionNames(codes: readonly string[]): Promise<Map<string, string>> {
    return new Map((await this.byCodes(codes)).map((r) => [r.code, r.name]));
  }

  /**
   * 省/市/区 of an address: by codes that must nest (REGION_MISMATCH in Chinese otherwise), names from the table;
   * or by free-text names, with the codes of the one county they name (none when they name none). Once per input
   * object: the input's validation (AddressRegionConstraint) and the service that writes it share one answer.
   */
  resolveAddress(input: AddressRegionInput): Promise<ResolvedAddressRegion> {
    let answer = this.resolved.get(input);
    if (!answer) {
      answer = resolveAddressRegion(this.regions, input);
      this.resolved.set(input, answer);
    }
    return answer;
  }

  /** The per-request batched loader by code; relation fields everywhere use this one. */
  loader(registry: LoaderRegistry): DataLoader<string, Region | null> {
    return registry.get<string, Region | null>('regions.byCode', async (codes) => byKeys(codes, await this.byCodes(codes), (r) => r.code));
  }
}
