/**
 * Names of the things a role can be scoped to. Identity does not read other
 * domains' tables: the app binds this to the catalog and regions services.
 */
export abstract class ScopeDirectory {
  abstract supplierNames(ids: readonly string[]): Promise<Map<string, string>>;
  abstract regionNames(codes: readonly string[]): Promise<Map<string, string>>;
}
