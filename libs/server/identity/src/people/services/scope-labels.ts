import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { ScopeDirectory } from '../../services/scope-directory';
import { WorkUnit } from '../../entities/work-unit.entity';
import type { RoleScope } from '../dto/people.types';

/** Scopes in words: the unit's, the supplier's or the county's name, in one round per kind for a whole page. */
@Injectable()
export class ScopeLabels {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly directory: ScopeDirectory,
  ) {}

  async labels(scopes: readonly RoleScope[]): Promise<(s: RoleScope) => string | null> {
    const ids = (pick: (s: RoleScope) => string | null | undefined) => [...new Set(scopes.map(pick).filter((x): x is string => !!x))];
    const unitIds = ids((s) => s.unitId);
    const supplierIds = ids((s) => s.supplierId);
    const regionCodes = ids((s) => s.regionCode);
    const [units, suppliers, regions] = await Promise.all([
      unitIds.length ? this.db.getRepository(WorkUnit).find({ select: { id: true, name: true }, where: { id: In(unitIds) } }) : [],
      supplierIds.length ? this.directory.supplierNames(supplierIds) : new Map<string, string>(),
      regionCodes.length ? this.directory.regionNames(regionCodes) : new Map<string, string>(),
    ]);
    const unitNames = new Map(units.map((u) => [u.id, u.name]));
    return (s) =>
      (s.unitId && unitNames.get(s.unitId)) ||
      (s.supplierId && suppliers.get(s.supplierId)) ||
      (s.regionCode && regions.get(s.regionCode)) ||
      null;
  }

  /** The label of one scope, or null when the unit, supplier or county does not exist. */
  async label(scope: RoleScope): Promise<string | null> {
    return (await this.labels([scope]))(scope);
  }
}
