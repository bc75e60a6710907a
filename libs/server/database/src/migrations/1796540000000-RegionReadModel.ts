import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The regions read model (RegionService keeps the table in memory in each API process): any statement that writes
 * `region` — a migration, the demo-data load, an operator's SQL — says so on channel yigou_regions, once per
 * statement, delivered at its commit; every process then drops its copy and reads the table again when next asked.
 */
export class RegionReadModel1796540000000 implements MigrationInterface {
  name = 'RegionReadModel1796540000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION region_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('yigou_regions', 'changed');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "region_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "region" FOR EACH STATEMENT EXECUTE FUNCTION region_changed()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "region_changed" ON "region"`);
    await queryRunner.query(`DROP FUNCTION region_changed()`);
  }
}
