import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795330035410 implements MigrationInterface {
  name = 'Initial1795330035410';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "display_name" text NOT NULL, "username" character varying(32), "phone" character varying(11), "email" character varying(320), "password_hash" text NOT NULL, "unit_id" uuid, "disabled" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4dc432cc67abc0d8d88e6046b2" ON "app_user" ("username") WHERE "username" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_cabdadda12951aab411e10ed99" ON "app_user" ("phone") WHERE "phone" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f6a47fff92d74c52c65133b6bb" ON "app_user" ("email") WHERE "email" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_055c5291f4320e6e092162ae36" ON "app_user" ("unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "work_unit" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name" text NOT NULL, "region_code" character varying(12) NOT NULL, "parent_id" uuid, "headcount" integer NOT NULL DEFAULT '0', "has_canteen" boolean NOT NULL DEFAULT false, "canteen_budget_fen" bigint NOT NULL DEFAULT '0', "kind" text NOT NULL DEFAULT 'general', "demo_key" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "work_unit_budget_check" CHECK ("canteen_budget_fen" >= 0), CONSTRAINT "work_unit_headcount_check" CHECK ("headcount" >= 0), CONSTRAINT "PK_242be442bfa9b6c7de4f49b68c4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cc8d74242cb218ac87a16c544e" ON "work_unit" ("region_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_1c2b578f89cbfcd6999d79c4d5" ON "work_unit" ("parent_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b5cfc185f6d7e818503d68d4cc" ON "work_unit" ("demo_key") WHERE "demo_key" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "role_grant" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "role" text NOT NULL, "unit_id" uuid, "supplier_id" uuid, "region_code" character varying(12), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "role_grant_role_check" CHECK ("role" IN ('buyer','unit_purchaser','unit_admin','supplier_staff','live_host','county_admin','finance_reviewer','platform_admin')), CONSTRAINT "PK_b9e50aafa723c536731c38529fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cbca8b01eca20fa033ef14946b" ON "role_grant" ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "role_grant_unique" ON "role_grant" ("user_id", "role", "unit_id", "supplier_id", "region_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "auth_session" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "replaced_by" uuid, "ip" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b8783d517fab10672700a39cb4" ON "auth_session" ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dcf5c3ee6b3682ac4e724dc949" ON "auth_session" ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "login_failure" ("id" BIGSERIAL NOT NULL, "login" character varying(320) NOT NULL, "ip" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5df78140d5d3f4afc249d879cdf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d981b67ac85b0b5aaacc4f8e72" ON "login_failure" ("ip", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_166207460bf4db5ef4fb260925" ON "login_failure" ("login", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "region" ("code" character varying(12) NOT NULL, "name" text NOT NULL, "level" text NOT NULL, "parent_code" character varying(12), "full_name" text NOT NULL, CONSTRAINT "region_level_check" CHECK ("level" IN ('province', 'city', 'county', 'township', 'village')), CONSTRAINT "PK_74f7723fdff738f92929c0056cb" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ebe754ed1735718016ce2f6221" ON "region" ("level") `);
    await queryRunner.query(`CREATE INDEX "IDX_73a16baaad741cbb01fa629e95" ON "region" ("parent_code") `);
    await queryRunner.query(
      `CREATE TABLE "supplier" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name" text NOT NULL, "kind" text NOT NULL, "enterprise_level" text, "credit_code" character varying(18), "county_code" character varying(12) NOT NULL, "village_code" character varying(12), "story" text, "status" text NOT NULL DEFAULT 'approved', "demo_key" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "supplier_status_check" CHECK ("status" IN ('pending', 'recommended', 'approved', 'rejected', 'suspended')), CONSTRAINT "supplier_level_check" CHECK ("enterprise_level" IS NULL OR "enterprise_level" IN ('national', 'provincial', 'city', 'county')), CONSTRAINT "supplier_kind_check" CHECK ("kind" IN ('leading_enterprise', 'cooperative', 'family_farm', 'workshop', 'village_collective')), CONSTRAINT "PK_2bc0d2cab6276144d2ff98a2828" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "supplier_credit_code_key" ON "supplier" ("credit_code") WHERE "credit_code" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_60cc1ee770331670a74cc6a56b" ON "supplier" ("county_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_130b93fb692eae60dea4d5b2b6" ON "supplier" ("status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "supplier_demo_key_key" ON "supplier" ("demo_key") WHERE "demo_key" IS NOT NULL`);
    await queryRunner.query(
      `CREATE TABLE "product" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "supplier_id" uuid NOT NULL, "name" text NOT NULL, "category" text NOT NULL, "origin_code" character varying(12), "description" text, "status" text NOT NULL DEFAULT 'draft', "sales_count" integer NOT NULL DEFAULT '0', "search_pinyin" text NOT NULL DEFAULT '', "search_initials" text NOT NULL DEFAULT '', "demo_key" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "product_sales_count_check" CHECK ("sales_count" >= 0), CONSTRAINT "product_status_check" CHECK ("status" IN ('draft', 'on_sale', 'off_sale')), CONSTRAINT "product_category_check" CHECK ("category" IN ('fruit', 'vegetable', 'mushroom', 'grain', 'meat', 'poultry', 'nuts', 'honey', 'feed', 'handicraft')), CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_97bbe59fdd40a53bd9c95b6c01" ON "product" ("supplier_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d71ac3a30622a475df871b5513" ON "product" ("category") `);
    await queryRunner.query(`CREATE INDEX "IDX_01286e06a0554cbb19375f0178" ON "product" ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_3046739a8cbb39d694fcb48b25" ON "product" ("search_pinyin") `);
    await queryRunner.query(`CREATE INDEX "IDX_0b39c8d3b5dc464bb95385bb34" ON "product" ("search_initials") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "product_demo_key_key" ON "product" ("demo_key") WHERE "demo_key" IS NOT NULL`);
    await queryRunner.query(
      `CREATE TABLE "product_sku" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "product_id" uuid NOT NULL, "spec" text NOT NULL, "unit" text NOT NULL, "price_fen" bigint NOT NULL, "stock_available" integer NOT NULL DEFAULT '0', "stock_reserved" integer NOT NULL DEFAULT '0', "weight_grams" integer, "sort_order" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "product_sku_price_check" CHECK ("price_fen" > 0), CONSTRAINT "product_sku_stock_check" CHECK ("stock_available" >= 0 AND "stock_reserved" >= 0), CONSTRAINT "PK_4edea686db1e12af5b8eaa9ec31" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_030c0ceb0be0c43c7e755e4974" ON "product_sku" ("product_id") `);
    await queryRunner.query(
      `CREATE TABLE "product_image" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "product_id" uuid NOT NULL, "url" text NOT NULL, "thumb_url" text NOT NULL, "alt" text, "sort_order" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_99d98a80f57857d51b5f63c8240" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_dbc7d9aa7ed42c9141b968a9ed" ON "product_image" ("product_id") `);
    await queryRunner.query(
      `CREATE TABLE "product_certification" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "product_id" uuid NOT NULL, "certificate_no" text NOT NULL, "issued_by" text NOT NULL, "batch" text, "valid_from" date NOT NULL, "valid_to" date NOT NULL, "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "product_certification_dates_check" CHECK ("valid_to" >= "valid_from"), CONSTRAINT "PK_c04fbad17285e4569e7f9b1733d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1b523b936ec1a447138bd42652" ON "product_certification" ("product_id", "valid_to") `);
    await queryRunner.query(`CREATE TABLE "quota_rule" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "region_code" character varying(12) NOT NULL, "year" integer NOT NULL, "kind" text NOT NULL, "amount_per_person_fen" bigint, "ratio_percent" numeric(5,2), "fixed_amount_fen" bigint, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "quota_rule_region_year_kind_key" UNIQUE ("region_code", "year", "kind"), CONSTRAINT "quota_rule_amount_check" CHECK (("kind" <> 'per_capita' OR "amount_per_person_fen" > 0)
   AND ("kind" NOT IN ('canteen_ratio', 'union_reserve') OR ("ratio_percent" > 0 AND "ratio_percent" <= 100))
   AND ("kind" <> 'fixed_amount' OR "fixed_amount_fen" > 0)), CONSTRAINT "quota_rule_year_check" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "quota_rule_kind_check" CHECK ("kind" IN ('per_capita', 'canteen_ratio', 'fixed_amount', 'union_reserve')), CONSTRAINT "PK_495862e7c54520ea40e91675129" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ace553b5989b22b993cd6f866b" ON "quota_rule" ("region_code") `);
    await queryRunner.query(
      `CREATE TABLE "household" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "county_code" character varying(12) NOT NULL, "village_code" character varying(12) NOT NULL, "household_no" character varying(32) NOT NULL, "head_name" text NOT NULL, "head_id_number_enc" text NOT NULL, "members" integer NOT NULL, "category" text NOT NULL, "income_per_capita_fen" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "household_category_check" CHECK ("category" IN ('lifted', 'not_lifted', 'unstable', 'marginal', 'sudden_hardship')), CONSTRAINT "household_income_check" CHECK ("income_per_capita_fen" >= 0), CONSTRAINT "household_members_check" CHECK ("members" > 0), CONSTRAINT "PK_26e9111eab2b8908fefe3c645f5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b654b889fb46e13b23829627d0" ON "household" ("county_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_6013a0cd9c82d05a19236bcba7" ON "household" ("village_code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "household_household_no_key" ON "household" ("household_no") `);
    await queryRunner.query(`CREATE INDEX "IDX_2ef04121ba2c5619fa477afe8f" ON "household" ("category") `);
    await queryRunner.query(
      `CREATE TABLE "benefit_link" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "supplier_id" uuid NOT NULL, "product_id" uuid, "household_id" uuid NOT NULL, "type" text NOT NULL, "weight" numeric(14,4) NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "benefit_link_type_check" CHECK ("type" IN ('order_purchase', 'contract_farming', 'employment', 'dividend', 'land_transfer', 'trusteeship')), CONSTRAINT "benefit_link_dates_check" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"), CONSTRAINT "benefit_link_weight_check" CHECK ("weight" > 0), CONSTRAINT "PK_606db76616a99473e83cb1463aa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6fd7e1e72861e9308279d00333" ON "benefit_link" ("household_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9973ddb27ce77c63a5fa22e0b2" ON "benefit_link" ("supplier_id", "product_id") `);
    await queryRunner.query(
      `CREATE TABLE "attribution_rule" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "supplier_id" uuid NOT NULL, "product_id" uuid, "kind" text NOT NULL, "fen_per_unit" bigint, "percent" numeric(5,2), "valid_from" date NOT NULL, "valid_to" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "attribution_rule_dates_check" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"), CONSTRAINT "attribution_rule_amount_check" CHECK (("kind" = 'per_unit' AND "fen_per_unit" > 0) OR ("kind" = 'revenue_share' AND "percent" > 0 AND "percent" <= 100)), CONSTRAINT "attribution_rule_kind_check" CHECK ("kind" IN ('per_unit', 'revenue_share')), CONSTRAINT "PK_0d28fce4207a12b47e7b3206531" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_856d728036a61a42ca274b53d2" ON "attribution_rule" ("supplier_id", "product_id") `);
    await queryRunner.query(
      `CREATE TABLE "live_session" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "title" text NOT NULL, "host_name" text NOT NULL, "host_title" text, "kind" text NOT NULL, "county_code" character varying(12) NOT NULL, "status" text NOT NULL DEFAULT 'scheduled', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "stream_url" text, "replay_url" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "live_session_status_check" CHECK ("status" IN ('scheduled', 'live', 'ended')), CONSTRAINT "live_session_kind_check" CHECK ("kind" IN ('sales', 'tourism')), CONSTRAINT "PK_8c12a79cfe5dac6c435df6024e1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1594e5a903a79878078c41fd97" ON "live_session" ("county_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_539a8a65f6af22cc03bf26af0c" ON "live_session" ("status", "starts_at") `);
    await queryRunner.query(
      `CREATE TABLE "live_session_product" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "session_id" uuid NOT NULL, "product_id" uuid NOT NULL, "sku_id" uuid NOT NULL, "live_price_fen" bigint NOT NULL, "stock_cap" integer, "per_buyer_limit" integer, "sort_order" integer NOT NULL DEFAULT '0', CONSTRAINT "live_session_product_session_sku_key" UNIQUE ("session_id", "sku_id"), CONSTRAINT "live_session_product_limit_check" CHECK ("per_buyer_limit" IS NULL OR "per_buyer_limit" > 0), CONSTRAINT "live_session_product_cap_check" CHECK ("stock_cap" IS NULL OR "stock_cap" >= 0), CONSTRAINT "live_session_product_price_check" CHECK ("live_price_fen" > 0), CONSTRAINT "PK_655df540f2b3982d4ecdbddf107" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bc3468971e6e495170d108e13d" ON "live_session_product" ("session_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_49007679e046b830d1964474ac" ON "live_session_product" ("product_id") `);
    await queryRunner.query(
      `ALTER TABLE "region" ADD CONSTRAINT "FK_73a16baaad741cbb01fa629e95a" FOREIGN KEY ("parent_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supplier" ADD CONSTRAINT "FK_60cc1ee770331670a74cc6a56bc" FOREIGN KEY ("county_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supplier" ADD CONSTRAINT "FK_d55a4fea55072355497e763ab21" FOREIGN KEY ("village_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "product" ADD CONSTRAINT "FK_97bbe59fdd40a53bd9c95b6c01b" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "product" ADD CONSTRAINT "FK_fc7d17d942da7be8742b7eaaeb5" FOREIGN KEY ("origin_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "product_sku" ADD CONSTRAINT "FK_030c0ceb0be0c43c7e755e4974f" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "product_image" ADD CONSTRAINT "FK_dbc7d9aa7ed42c9141b968a9ed3" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "product_certification" ADD CONSTRAINT "FK_4052c48c05574e81a503c7df02c" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "benefit_link" ADD CONSTRAINT "FK_584fd09ac12b141c7bde9bd0279" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "benefit_link" ADD CONSTRAINT "FK_af73aba3ec6b04378a11776ac4a" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "benefit_link" ADD CONSTRAINT "FK_6fd7e1e72861e9308279d00333d" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attribution_rule" ADD CONSTRAINT "FK_e567e313c63741b988583852138" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attribution_rule" ADD CONSTRAINT "FK_5426a856b6032f296bda87b9d06" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_session_product" ADD CONSTRAINT "FK_bc3468971e6e495170d108e13dd" FOREIGN KEY ("session_id") REFERENCES "live_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_session_product" ADD CONSTRAINT "FK_49007679e046b830d1964474ac0" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_session_product" ADD CONSTRAINT "FK_8fa1eb3ae11b618a06ee7dd6295" FOREIGN KEY ("sku_id") REFERENCES "product_sku"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_session_product" DROP CONSTRAINT "FK_8fa1eb3ae11b618a06ee7dd6295"`);
    await queryRunner.query(`ALTER TABLE "live_session_product" DROP CONSTRAINT "FK_49007679e046b830d1964474ac0"`);
    await queryRunner.query(`ALTER TABLE "live_session_product" DROP CONSTRAINT "FK_bc3468971e6e495170d108e13dd"`);
    await queryRunner.query(`ALTER TABLE "attribution_rule" DROP CONSTRAINT "FK_5426a856b6032f296bda87b9d06"`);
    await queryRunner.query(`ALTER TABLE "attribution_rule" DROP CONSTRAINT "FK_e567e313c63741b988583852138"`);
    await queryRunner.query(`ALTER TABLE "benefit_link" DROP CONSTRAINT "FK_6fd7e1e72861e9308279d00333d"`);
    await queryRunner.query(`ALTER TABLE "benefit_link" DROP CONSTRAINT "FK_af73aba3ec6b04378a11776ac4a"`);
    await queryRunner.query(`ALTER TABLE "benefit_link" DROP CONSTRAINT "FK_584fd09ac12b141c7bde9bd0279"`);
    await queryRunner.query(`ALTER TABLE "product_certification" DROP CONSTRAINT "FK_4052c48c05574e81a503c7df02c"`);
    await queryRunner.query(`ALTER TABLE "product_image" DROP CONSTRAINT "FK_dbc7d9aa7ed42c9141b968a9ed3"`);
    await queryRunner.query(`ALTER TABLE "product_sku" DROP CONSTRAINT "FK_030c0ceb0be0c43c7e755e4974f"`);
    await queryRunner.query(`ALTER TABLE "product" DROP CONSTRAINT "FK_fc7d17d942da7be8742b7eaaeb5"`);
    await queryRunner.query(`ALTER TABLE "product" DROP CONSTRAINT "FK_97bbe59fdd40a53bd9c95b6c01b"`);
    await queryRunner.query(`ALTER TABLE "supplier" DROP CONSTRAINT "FK_d55a4fea55072355497e763ab21"`);
    await queryRunner.query(`ALTER TABLE "supplier" DROP CONSTRAINT "FK_60cc1ee770331670a74cc6a56bc"`);
    await queryRunner.query(`ALTER TABLE "region" DROP CONSTRAINT "FK_73a16baaad741cbb01fa629e95a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_49007679e046b830d1964474ac"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bc3468971e6e495170d108e13d"`);
    await queryRunner.query(`DROP TABLE "live_session_product"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_539a8a65f6af22cc03bf26af0c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1594e5a903a79878078c41fd97"`);
    await queryRunner.query(`DROP TABLE "live_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_856d728036a61a42ca274b53d2"`);
    await queryRunner.query(`DROP TABLE "attribution_rule"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9973ddb27ce77c63a5fa22e0b2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6fd7e1e72861e9308279d00333"`);
    await queryRunner.query(`DROP TABLE "benefit_link"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2ef04121ba2c5619fa477afe8f"`);
    await queryRunner.query(`DROP INDEX "public"."household_household_no_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6013a0cd9c82d05a19236bcba7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b654b889fb46e13b23829627d0"`);
    await queryRunner.query(`DROP TABLE "household"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ace553b5989b22b993cd6f866b"`);
    await queryRunner.query(`DROP TABLE "quota_rule"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1b523b936ec1a447138bd42652"`);
    await queryRunner.query(`DROP TABLE "product_certification"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dbc7d9aa7ed42c9141b968a9ed"`);
    await queryRunner.query(`DROP TABLE "product_image"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_030c0ceb0be0c43c7e755e4974"`);
    await queryRunner.query(`DROP TABLE "product_sku"`);
    await queryRunner.query(`DROP INDEX "public"."product_demo_key_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0b39c8d3b5dc464bb95385bb34"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3046739a8cbb39d694fcb48b25"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_01286e06a0554cbb19375f0178"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d71ac3a30622a475df871b5513"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97bbe59fdd40a53bd9c95b6c01"`);
    await queryRunner.query(`DROP TABLE "product"`);
    await queryRunner.query(`DROP INDEX "public"."supplier_demo_key_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_130b93fb692eae60dea4d5b2b6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_60cc1ee770331670a74cc6a56b"`);
    await queryRunner.query(`DROP INDEX "public"."supplier_credit_code_key"`);
    await queryRunner.query(`DROP TABLE "supplier"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73a16baaad741cbb01fa629e95"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ebe754ed1735718016ce2f6221"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_166207460bf4db5ef4fb260925"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d981b67ac85b0b5aaacc4f8e72"`);
    await queryRunner.query(`DROP TABLE "login_failure"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dcf5c3ee6b3682ac4e724dc949"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b8783d517fab10672700a39cb4"`);
    await queryRunner.query(`DROP TABLE "auth_session"`);
    await queryRunner.query(`DROP INDEX "public"."role_grant_unique"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cbca8b01eca20fa033ef14946b"`);
    await queryRunner.query(`DROP TABLE "role_grant"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b5cfc185f6d7e818503d68d4cc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1c2b578f89cbfcd6999d79c4d5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cc8d74242cb218ac87a16c544e"`);
    await queryRunner.query(`DROP TABLE "work_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_055c5291f4320e6e092162ae36"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f6a47fff92d74c52c65133b6bb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cabdadda12951aab411e10ed99"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4dc432cc67abc0d8d88e6046b2"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
  }
}
