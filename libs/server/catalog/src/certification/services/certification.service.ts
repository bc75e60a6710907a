import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { badInput, forbidden, notFound, PublicResponseCache, RequestContext } from '@yigou/server/core';
import { UserService } from '@yigou/server/identity';
import { MediaStorageService } from '@yigou/server/media';
import { NotificationService } from '@yigou/server/notifications';
import { isUuid } from '@yigou/shared/validation';
import { shanghaiDate } from '@yigou/shared/time';
import { certificationDecided } from '../../errors';
import { mayReviewCounty, maySeeSupplier, regionScopesOf, reviewedCounties } from '../../onboarding/services/county-review-scope';
import { ProductCertification } from '../../entities/product-certification.entity';
import { Product } from '../../entities/product.entity';
import { Supplier } from '../../entities/supplier.entity';
import { CertificationReminder, ReminderThreshold } from '../entities/certification-reminder.entity';
import { CertificationDecisionInput, SubmitCertificationInput } from '../dto/certification.input';
import { EXPIRY_CANDIDATES, INSERT_REMINDER } from '../sql/certification-expiry.sql';

/** Days before valid_to at which reminders go out, most urgent last. */
const THRESHOLDS: { threshold: ReminderThreshold; days: number }[] = [
  { threshold: 'd90', days: 90 },
  { threshold: 'd30', days: 30 },
  { threshold: 'd7', days: 7 },
];

export function isValidDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Whole days from `today` to `date` (both YYYY-MM-DD). */
export function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** The reminder due for a certificate valid to `validTo`, seen on `today`; null when none is due yet. */
export function dueThreshold(today: string, validTo: string): ReminderThreshold | null {
  const left = daysBetween(today, validTo);
  if (left < 0) return 'expired';
  let due: ReminderThreshold | null = null;
  for (const t of THRESHOLDS) if (left <= t.days) due = t.threshold;
  return due;
}

export interface ExpiryCheckResult {
  remindersSent: number;
}

/** 扶贫产品认定: suppliers submit, county admins verify, expiry is watched. */
@Injectable()
export class CertificationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly media: MediaStorageService,
    private readonly users: UserService,
    private readonly notifications: NotificationService,
    private readonly publicCache: PublicResponseCache,
  ) {}

  async submit(ctx: RequestContext, input: SubmitCertificationInput): Promise<ProductCertification> {
    ctx.requireUser();
    const product = isUuid(input.productId) ? await this.db.getRepository(Product).findOneBy({ id: input.productId }) : null;
    if (!product) throw notFound('商品不存在');
    ctx.requireSupplier(product.supplierId);
    if (!isValidDate(input.validFrom)) throw badInput('有效期开始日期不是有效日期', 'validFrom');
    if (!isValidDate(input.validTo)) throw badInput('有效期截止日期不是有效日期', 'validTo');
    if (input.validTo < input.validFrom) throw badInput('有效期截止日期不能早于开始日期', 'validTo');
    if (input.validTo < shanghaiDate(ctx.now)) throw badInput('证书已过有效期，请上传有效的证书', 'validTo');
    const evidence = input.evidenceImageUrl?.trim();
    if (!evidence) throw badInput('请上传认定证书图片', 'evidenceImageUrl');
    if (!(await this.media.claim(evidence))) throw badInput('证书图片无效，请重新上传', 'evidenceImageUrl');
    return this.db.getRepository(ProductCertification).save(
      this.db.getRepository(ProductCertification).create({
        productId: product.id,
        certificateNo: input.certificateNo.trim(),
        issuedBy: input.issuedBy.trim(),
        batch: input.batch?.trim() || null,
        validFrom: input.validFrom,
        validTo: input.validTo,
        evidenceImageUrl: evidence,
        verifiedAt: null,
        verifiedBy: null,
      }),
    );
  }

  async verify(ctx: RequestContext, input: CertificationDecisionInput): Promise<ProductCertification> {
    const me = ctx.requireUser();
    const cert = await this.forReviewer(ctx, input.certificationId);
    const res = await this.db
      .createQueryBuilder()
      .update(ProductCertification)
      .set({ verifiedAt: ctx.now, verifiedBy: me.id, rejectedReason: null })
      .where('id = :id AND verified_at IS NULL', { id: cert.id })
      .execute();
    if (!res.affected) throw certificationDecided('不能重复审核');
    this.publicCache.invalidate();
    return this.db.getRepository(ProductCertification).findOneByOrFail({ id: cert.id });
  }

  async reject(ctx: RequestContext, input: CertificationDecisionInput): Promise<ProductCertification> {
    const reason = input.reason?.trim();
    if (!reason) throw badInput('请填写驳回理由', 'reason');
    const cert = await this.forReviewer(ctx, input.certificationId);
    const res = await this.db
      .createQueryBuilder()
      .update(ProductCertification)
      .set({ rejectedReason: reason })
      .where('id = :id AND verified_at IS NULL', { id: cert.id })
      .execute();
    if (!res.affected) throw certificationDecided('不能驳回');
    return this.db.getRepository(ProductCertification).findOneByOrFail({ id: cert.id });
  }

  /** Every certification of a product, newest first; for the supplier's staff and county reviewers. */
  async forProduct(ctx: RequestContext, productId: string): Promise<ProductCertification[]> {
    ctx.requireUser();
    const product = isUuid(productId) ? await this.db.getRepository(Product).findOneBy({ id: productId }) : null;
    if (!product) throw notFound('商品不存在');
    const supplier = await this.db.getRepository(Supplier).findOneByOrFail({ id: product.supplierId });
    if (!maySeeSupplier(ctx, supplier)) throw forbidden('您无权查看该商品的认定');
    return this.db.getRepository(ProductCertification).find({ where: { productId }, order: { createdAt: 'DESC' } });
  }

  /** Unreviewed certifications in the caller's counties (all for platform admins), oldest first, at most 200. */
  async queue(ctx: RequestContext): Promise<ProductCertification[]> {
    ctx.requireUser();
    const qb = this.db
      .getRepository(ProductCertification)
      .createQueryBuilder('c')
      .innerJoin(Product, 'p', 'p.id = c.product_id')
      .innerJoin(Supplier, 'su', 'su.id = p.supplier_id')
      .where('c.verified_at IS NULL AND c.rejected_reason IS NULL');
    const reviewed = reviewedCounties(ctx, '只有县级管理员可以审核认定');
    if (reviewed) qb.andWhere(reviewed.on('su.county_code'), reviewed.params);
    return qb.orderBy('c.createdAt', 'ASC').limit(200).getMany();
  }

  /**
   * Sends the expiry reminders due on `now` (90/30/7 days before, and on expiry) to the supplier's staff
   * and the county admins, each at most once per certification and threshold (a unique row records it).
   * Only the latest verified certificate of a product is watched; older ones were renewed.
   */
  async checkExpiries(now: Date): Promise<ExpiryCheckResult> {
    const today = shanghaiDate(now);
    const candidates = await queryNamed(this.db, EXPIRY_CANDIDATES, { today });
    let sent = 0;
    for (const c of candidates) {
      const threshold = dueThreshold(today, c.valid_to);
      if (!threshold) continue;
      await this.db.transaction(async (em) => {
        const inserted = await queryNamed(em, INSERT_REMINDER, { certificationId: c.id, threshold });
        if (inserted.length === 0) return;
        const staff = await this.users.userIdsWithGrant('supplier_staff', { supplierId: c.supplier_id }, em);
        const county = await this.users.userIdsWithGrant('county_admin', { regionCodes: regionScopesOf(c.county_code) }, em);
        const left = daysBetween(today, c.valid_to);
        const title = threshold === 'expired' ? '扶贫产品认定已过期' : `扶贫产品认定将在${left}天后到期`;
        const body =
          threshold === 'expired'
            ? `「${c.product_name}」的认定证书 ${c.certificate_no} 已于 ${c.valid_to} 到期，商品仍在售，但不再计为扶贫产品，请尽快续期。`
            : `「${c.product_name}」的认定证书 ${c.certificate_no} 将于 ${c.valid_to} 到期，请及时续期。`;
        sent += await this.notifications.send(em, [...staff, ...county], {
          kind: threshold === 'expired' ? 'certification.expired' : 'certification.expiring',
          title,
          body,
          refType: 'product',
          refId: c.product_id,
        });
      });
    }
    return { remindersSent: sent };
  }

  productsByIds(ids: readonly string[]): Promise<Product[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    return valid.length ? this.db.getRepository(Product).findBy({ id: In(valid) }) : Promise.resolve([]);
  }

  async remindersFor(certificationId: string): Promise<CertificationReminder[]> {
    return this.db.getRepository(CertificationReminder).find({ where: { certificationId }, order: { id: 'ASC' } });
  }

  private async forReviewer(ctx: RequestContext, id: string): Promise<ProductCertification> {
    const cert = isUuid(id) ? await this.db.getRepository(ProductCertification).findOneBy({ id }) : null;
    if (!cert) throw notFound('认定记录不存在');
    const product = await this.db.getRepository(Product).findOneByOrFail({ id: cert.productId });
    const supplier = await this.db.getRepository(Supplier).findOneByOrFail({ id: product.supplierId });
    if (!mayReviewCounty(ctx, supplier.countyCode)) throw notFound('认定记录不存在');
    return cert;
  }
}
