import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Old timeline rows name the wrong actor. Until 2026-12-07 checkout's PLACE_ORDERS wrote actor_role 'buyer' on every
 * order's 'place' transition, and the buyer's later steps (pay at a ship-first checkout, cancel, receive, rate,
 * extend_term, invoice requests, a change of online method) did too. Since then the orders domain names the role by
 * `buyerRoleOf(order)` (orders' order-state): a unit purchase — purpose other than 'personal', or a payment term other
 * than 'online' (对公转账) — is the 单位采购员's. This rewrites the rows written before: the order's own buyer acting,
 * role 'buyer', on an order that is a unit purchase by that same rule. Rows of anyone else (supplier staff, platform
 * staff, the system) are not touched. order-timeline-roles.int-spec checks this SQL against buyerRoleOf for every
 * purpose and payment term, so the two definitions of the rule cannot drift apart.
 */
export class UnitPurchaserTimelineRole1796560200000 implements MigrationInterface {
  name = 'UnitPurchaserTimelineRole1796560200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "order_transition" t SET "actor_role" = 'unit_purchaser'
         FROM "shop_order" o
        WHERE t."order_id" = o."id"
          AND t."actor_id" = o."buyer_id"
          AND t."actor_role" = 'buyer'
          AND (o."purpose" <> 'personal' OR o."payment_term" <> 'online')`,
    );
  }

  /**
   * Nothing to undo. After `up`, a 'unit_purchaser' row that this migration rewrote cannot be told from one the fixed
   * checkout wrote itself (the migration records nothing), so a down could only set every such row back to 'buyer':
   * that would break the correct new rows and bring the wrong label back on the old ones. The schema is unchanged.
   */
  public async down(): Promise<void> {
    // intentionally empty: see above
  }
}
