import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { executeNamed } from '@yigou/server/database';
import {
  badInput,
  Connection,
  forbidden,
  keysetPage,
  keysetSort,
  notFound,
  pageSize,
  PublicResponseCache,
  RequestContext,
  SortDirection,
} from '@yigou/server/core';
import { UserService } from '@yigou/server/identity';
import { MediaStorageService } from '@yigou/server/media';
import { NotificationService } from '@yigou/server/notifications';
import { RegionService } from '@yigou/server/regions';
import { checkCreditCode, CREDIT_CODE_MESSAGES } from '@yigou/shared/validation';
import type { SupplierStatus } from '../../dto/catalog.enums';
import { isUuid } from '@yigou/shared/validation';
import { Supplier } from '../../entities/supplier.entity';
import { SupplierApplicationInput, SupplierDecisionInput } from '../dto/supplier-application.input';
import { creditCodeTaken, invalidTransition, STATUS_LABELS } from '../errors';
import { SupplierReviewAction, SupplierReviewStep } from '../entities/supplier-review-step.entity';
import { MOVE_SUPPLIER_STATUS } from '../sql/supplier-onboarding.sql';
import { mayReviewCounty, maySeeSupplier, regionScopesOf, reviewedCounties } from './county-review-scope';

interface Transition {
  action: SupplierReviewAction;
  from: SupplierStatus;
  to: SupplierStatus;
  verb: string;
  reasonRequired: boolean;
  /** county: the county admin of the supplier's county (or a platform admin); platform: platform admins only. */
  by: 'county' | 'platform';
}

/** The decisions a reviewer takes on an application; each is one step of the review log. */
export type SupplierDecision = Exclude<SupplierReviewAction, 'applied'>;

const TRANSITIONS: Record<SupplierDecision, Transition> = {
  recommended: { action: 'recommended', from: 'pending', to: 'recommended', verb: '推荐', reasonRequired: false, by: 'county' },
  county_rejected: { action: 'county_rejected', from: 'pending', to: 'rejected', verb: '驳回', reasonRequired: true, by: 'county' },
  approved: { action: 'approved', from: 'recommended', to: 'approved', verb: '批准入驻', reasonRequired: false, by: 'platform' },
  platform_rejected: {
    action: 'platform_rejected',
    from: 'recommended',
    to: 'rejected',
    verb: '驳回',
    reasonRequired: true,
    by: 'platform',
  },
  suspended: { action: 'suspended', from: 'approved', to: 'suspended', verb: '暂停', reasonRequired: true, by: 'platform' },
  reinstated: { action: 'reinstated', from: 'suspended', to: 'approved', verb: '恢复', reasonRequired: false, by: 'platform' },
};

/** 入驻: apply → county recommends (or rejects) → platform approves (or rejects); suspend / reinstate. */
@Injectable()
export class SupplierOnboardingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly regions: RegionService,
    private readonly users: UserService,
    private readonly media: MediaStorageService,
    private readonly notifications: NotificationService,
    private readonly publicCache: PublicResponseCache,
  ) {}

  /**
   * Files an application. The applicant gets a supplier_staff grant on the new (pending) supplier at once,
   * so they can follow its review; everything that sells stays closed until the supplier is approved.
   */
  async apply(ctx: RequestContext, input: SupplierApplicationInput): Promise<Supplier> {
    const me = ctx.requireUser();
    const creditCode = input.creditCode.trim().toUpperCase();
    const problem = checkCreditCode(creditCode);
    if (problem) throw badInput(CREDIT_CODE_MESSAGES[problem], 'creditCode');
    if (input.kind === 'leading_enterprise' && !input.enterpriseLevel) throw badInput('龙头企业请选择级别', 'enterpriseLevel');
    const county = await this.regions.requireCounty(input.countyCode.trim());
    let villageCode: string | null = null;
    if (input.villageCode?.trim()) {
      const village = await this.regions.getByCode(input.villageCode.trim());
      if (!village || village.level !== 'village' || !village.code.startsWith(county.code.slice(0, 6))) {
        throw badInput('所选村不在该县内', 'villageCode');
      }
      villageCode = village.code;
    }
    const license = input.licenseImageUrl?.trim();
    if (!license) throw badInput('请上传营业执照图片', 'licenseImageUrl');
    if (!(await this.media.claim(license))) throw badInput('营业执照图片无效，请重新上传', 'licenseImageUrl');
    try {
      // changeIdentity: the applicant's new supplier_staff grant must be seen by their very next request.
      return await this.users.changeIdentity(async (em) => {
        const existing = await em.getRepository(Supplier).findOne({ where: { creditCode }, lock: { mode: 'pessimistic_write' } });
        // A rejected applicant may apply again with the same code: the same supplier row goes back to pending.
        const reapply = existing?.status === 'rejected' && existing.appliedBy === me.id ? existing : null;
        if (existing && !reapply) throw creditCodeTaken();
        const supplier = await em.getRepository(Supplier).save(
          Object.assign(reapply ?? em.getRepository(Supplier).create(), {
            name: input.name.trim(),
            kind: input.kind,
            enterpriseLevel: input.kind === 'leading_enterprise' ? (input.enterpriseLevel ?? null) : null,
            creditCode,
            countyCode: county.code,
            villageCode,
            story: input.story?.trim() || null,
            status: 'pending',
            contactName: input.contactName.trim(),
            contactPhone: input.contactPhone.trim(),
            bankAccountName: input.bankAccountName.trim(),
            bankName: input.bankName.trim(),
            bankAccountNo: input.bankAccountNo.trim(),
            licenseImageUrl: license,
            benefitDescription: input.benefitDescription.trim(),
            appliedBy: me.id,
          }),
        );
        await this.record(em, ctx, supplier.id, 'applied', reapply ? 'rejected' : 'pending', 'pending', null);
        await this.users.grantRole(
          em,
          me.id,
          { role: 'supplier_staff', supplierId: supplier.id },
          { actor: me, actorRole: 'buyer', reason: reapply ? '重新提交供应商入驻申请' : '提交供应商入驻申请', scopeLabel: supplier.name },
        );
        const countyAdmins = await this.users.userIdsWithGrant('county_admin', { regionCodes: regionScopesOf(county.code) }, em);
        await this.notifications.send(em, countyAdmins, {
          kind: 'supplier.applied',
          title: '新的供应商入驻申请',
          body: `${supplier.name} 申请入驻，请审核推荐`,
          refType: 'supplier',
          refId: supplier.id,
        });
        return supplier;
      });
    } catch (e) {
      if (e instanceof QueryFailedError && (e as QueryFailedError & { code?: string }).code === '23505') throw creditCodeTaken();
      throw e;
    }
  }

  /** A reviewer's decision on an application: recommend, reject, approve, suspend, reinstate (see TRANSITIONS). */
  decide(ctx: RequestContext, input: SupplierDecisionInput, decision: SupplierDecision): Promise<Supplier> {
    return this.transition(ctx, input, TRANSITIONS[decision]);
  }

  /** Who may see a supplier's application (details, bank account, history). */
  canView(ctx: RequestContext, supplier: Supplier): boolean {
    return !!ctx.user && maySeeSupplier(ctx, supplier);
  }

  /**
   * Who must act next on an application, in words the applicant reads: the county's
   * 乡村振兴局 (named), or — when no one holds a county admin role for the county,
   * its city or its province — the platform admin, who recommends in their place.
   * Null once nothing is waiting.
   */
  async nextStep(supplier: Supplier): Promise<{ text: string; countyHasReviewer: boolean } | null> {
    if (supplier.status === 'recommended') return { text: '县级已推荐，等待平台管理员批准入驻', countyHasReviewer: true };
    if (supplier.status !== 'pending') return null;
    const code = supplier.countyCode;
    const reviewers = await this.users.userIdsWithGrant('county_admin', { regionCodes: regionScopesOf(code) });
    const county = (await this.regions.getByCode(code))?.name ?? code;
    return reviewers.length > 0
      ? { text: `等待${county}乡村振兴局审核推荐，通过后由平台管理员批准入驻`, countyHasReviewer: true }
      : { text: `${county}尚未开通县级审核，由平台管理员代为审核推荐并批准入驻`, countyHasReviewer: false };
  }

  /** A supplier in any status, for its staff and its reviewers. */
  async supplierForReview(ctx: RequestContext, id: string): Promise<Supplier> {
    ctx.requireUser();
    if (!isUuid(id)) throw notFound('供应商不存在');
    const supplier = await this.db.getRepository(Supplier).findOneBy({ id });
    if (!supplier || !this.canView(ctx, supplier)) throw notFound('供应商不存在');
    return supplier;
  }

  /** The suppliers the caller works for (any status), newest first. */
  async mySuppliers(ctx: RequestContext): Promise<Supplier[]> {
    const ids = ctx
      .grantsFor('supplier_staff')
      .map((g) => g.supplierId)
      .filter((id): id is string => !!id);
    if (ids.length === 0) return [];
    return this.db
      .getRepository(Supplier)
      .createQueryBuilder('s')
      .where('s.id IN (:...ids)', { ids })
      .orderBy('s.created_at', 'DESC')
      .getMany();
  }

  async stepsBySupplierIds(ids: readonly string[]): Promise<SupplierReviewStep[]> {
    if (ids.length === 0) return [];
    return this.db
      .getRepository(SupplierReviewStep)
      .createQueryBuilder('st')
      .where('st.supplier_id IN (:...ids)', { ids: [...new Set(ids)] })
      .orderBy('st.id', 'ASC')
      .getMany();
  }

  /** Applications a reviewer can act on: county admins see their counties, platform admins all. */
  async reviewQueue(
    ctx: RequestContext,
    args: { status?: SupplierStatus | null; first?: number | null; after?: string | null },
  ): Promise<Connection<Supplier>> {
    ctx.requireUser();
    const reviewed = reviewedCounties(ctx, '只有县级管理员和平台管理员可以审核供应商');
    const status = args.status ?? (reviewed ? 'pending' : 'recommended');
    const limit = pageSize(args.first);
    const qb = this.db.getRepository(Supplier).createQueryBuilder('s').where('s.status = :status', { status });
    if (reviewed) qb.andWhere(reviewed.on('s.county_code'), reviewed.params);
    // oldest first: the application that has waited longest is on top
    return keysetPage(qb, keysetSort('s', 'created_at', 'timestamptz', SortDirection.ASC), limit, args.after);
  }

  /** A conditional update from the expected status, so two reviewers can never both move it. */
  private async transition(ctx: RequestContext, input: SupplierDecisionInput, t: Transition): Promise<Supplier> {
    ctx.requireUser();
    const reason = input.reason?.trim() || null;
    if (t.reasonRequired && !reason) throw badInput(`请填写${t.verb}理由`, 'reason');
    const supplier = isUuid(input.supplierId) ? await this.db.getRepository(Supplier).findOneBy({ id: input.supplierId }) : null;
    if (!supplier) throw notFound('供应商不存在');
    if (t.by === 'platform' && !ctx.hasRole('platform_admin')) throw forbidden('只有平台管理员可以执行此操作');
    if (t.by === 'county' && !mayReviewCounty(ctx, supplier.countyCode)) {
      throw forbidden('您只能审核本县的供应商申请');
    }
    const moved = await this.db.transaction(async (em) => {
      if ((await executeNamed(em, MOVE_SUPPLIER_STATUS, { supplierId: supplier.id, from: t.from, to: t.to })) === 0) {
        const now = await em.getRepository(Supplier).findOneByOrFail({ id: supplier.id });
        throw invalidTransition(now.status, t.verb);
      }
      await this.record(em, ctx, supplier.id, t.action, t.from, t.to, reason);
      if (supplier.appliedBy) {
        await this.notifications.send(em, [supplier.appliedBy], {
          kind: `supplier.${t.action}`,
          title: `入驻申请：${STATUS_LABELS[t.to]}`,
          body: reason ? `${supplier.name}：${reason}` : `${supplier.name} 的状态已更新为「${STATUS_LABELS[t.to]}」`,
          refType: 'supplier',
          refId: supplier.id,
        });
      }
      return em.getRepository(Supplier).findOneByOrFail({ id: supplier.id });
    });
    // Approval lists the supplier's products; suspension takes them off the shop.
    this.publicCache.invalidate();
    return moved;
  }

  private async record(
    em: EntityManager,
    ctx: RequestContext,
    supplierId: string,
    action: SupplierReviewAction,
    from: SupplierStatus,
    to: SupplierStatus,
    reason: string | null,
  ): Promise<void> {
    const me = ctx.requireUser();
    await em
      .getRepository(SupplierReviewStep)
      .insert({ supplierId, action, fromStatus: from, toStatus: to, reason, actorId: me.id, actorName: me.displayName });
  }
}
