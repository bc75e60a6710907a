import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { SupplierStatus } from '../dto/catalog.enums';
import { Region } from '@yigou/server/regions';
import type { EnterpriseLevel, SupplierKind } from '@yigou/shared/domain';

/** 帮扶主体 / 供应商: an enterprise, cooperative, farm, workshop or village collective. */
@Entity('supplier')
@Check('supplier_kind_check', `"kind" IN ('leading_enterprise', 'cooperative', 'family_farm', 'workshop', 'village_collective')`)
@Check('supplier_level_check', `"enterprise_level" IS NULL OR "enterprise_level" IN ('national', 'provincial', 'city', 'county')`)
@Check('supplier_status_check', `"status" IN ('pending', 'recommended', 'approved', 'rejected', 'suspended')`)
export class Supplier {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: SupplierKind;

  /** 龙头企业 level (national/provincial/city/county); null for others. */
  @Column('text', { nullable: true })
  enterpriseLevel: EnterpriseLevel | null;

  /** 统一社会信用代码 (18 chars, check character validated on write). */
  @Index('supplier_credit_code_key', { unique: true, where: '"credit_code" IS NOT NULL' })
  @Column('varchar', { length: 18, nullable: true })
  creditCode: string | null;

  @Index()
  @Column('varchar', { length: 12 })
  countyCode: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_code' })
  countyRegion?: Region;

  @Column('varchar', { length: 12, nullable: true })
  villageCode: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'village_code' })
  villageRegion?: Region | null;

  @Column('text', { nullable: true })
  story: string | null;

  @Index()
  @Column('text', { default: 'approved' })
  status: SupplierStatus;

  // ---- 入驻 application details (null for rows that predate onboarding, e.g. demo data) ----

  @Column('text', { nullable: true })
  contactName: string | null;

  /** Shown in full only to the supplier's staff, its county admins and platform admins (`Supplier.contactPhone`). */
  @Column('varchar', { length: 32, nullable: true })
  contactPhone: string | null;

  /** Settlement account (结算账户); shown only to the supplier and reviewers. */
  @Column('text', { nullable: true })
  bankAccountName: string | null;

  @Column('text', { nullable: true })
  bankName: string | null;

  @Column('varchar', { length: 40, nullable: true })
  bankAccountNo: string | null;

  /** 营业执照 image (an uploaded /media/uploads/… url). */
  @Column('text', { nullable: true })
  licenseImageUrl: string | null;

  /** How the supplier's sales reach poor households (利益联结说明). */
  @Column('text', { nullable: true })
  benefitDescription: string | null;

  /** The user who applied. */
  @Column('uuid', { nullable: true })
  appliedBy: string | null;

  /** Stable key of demo rows (e.g. "gaohan"); null for real suppliers. */
  @Index('supplier_demo_key_key', { unique: true, where: '"demo_key" IS NOT NULL' })
  @Column('varchar', { length: 64, nullable: true })
  demoKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
