import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { badInput, Ctx, GraphQLContext, RequestContext, Roles } from '@yigou/server/core';
import { FINANCE_DESK_ROLES } from '@yigou/shared/domain';
import { InvoiceInput } from '../../dto/order.inputs';
import { Order } from '../../entities/order.entity';
import { InvoiceService } from '../services/invoice.service';
import { IssuedInvoice } from '../entities/issued-invoice.entity';
import { IssuedInvoiceView } from '../dto/issued-invoice.view';
import { ProcurementListService } from '../services/procurement-list.service';
import { ProcurementList, ProcurementListFile, UnitInvoice } from '../dto/procurement-list.types';
import { OrderView } from '../../dto/order.view';

/** 电子发票 and 报销材料 on the order: request, open requests, provider issue, the unit's month, 采购清单. */
@Resolver(() => OrderView)
export class InvoiceResolver {
  constructor(
    private readonly invoices: InvoiceService,
    private readonly papers: ProcurementListService,
  ) {}

  @Mutation(() => OrderView, {
    description: 'The buyer asks for an invoice (普票/专票) after checkout, or corrects the request before it is issued',
  })
  requestInvoice(
    @Ctx() ctx: RequestContext,
    @Args('orderId', { type: () => ID }) orderId: string,
    @Args('input') input: InvoiceInput,
  ): Promise<Order> {
    return this.invoices.request(ctx, orderId, input);
  }

  @Roles('supplier_staff', 'platform_admin')
  @Query(() => [OrderView], { description: "Open invoice requests on the caller's supplier desk, oldest first (at most 200)" })
  invoiceRequests(
    @Ctx() ctx: RequestContext,
    @Args('supplierId', { type: () => ID, nullable: true }) supplierId: string | null,
  ): Promise<Order[]> {
    return this.invoices.openRequests(ctx, supplierId);
  }

  @Roles('supplier_staff', 'platform_admin')
  @Query(() => Boolean, { description: 'Whether a 数电票 platform is configured (else the supplier uploads the file)' })
  invoiceProviderAvailable(): boolean {
    return this.invoices.providerAvailable;
  }

  @Roles('supplier_staff', 'platform_admin')
  @Mutation(() => IssuedInvoiceView, {
    description: 'Issue through the configured 数电票 platform (INVOICE_ISSUER_UNAVAILABLE without one)',
  })
  issueInvoiceThroughProvider(@Ctx() ctx: RequestContext, @Args('orderId', { type: () => ID }) orderId: string): Promise<IssuedInvoice> {
    return this.invoices.issueThroughProvider(ctx, orderId);
  }

  @Roles('unit_admin', ...FINANCE_DESK_ROLES)
  @Query(() => [UnitInvoice], { description: "The unit's invoices issued in a month (YYYY-MM, Shanghai)" })
  unitInvoices(
    @Ctx() ctx: RequestContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('month') month: string,
  ): Promise<UnitInvoice[]> {
    return this.papers.unitInvoices(ctx, unitId, month);
  }

  @Query(() => ProcurementList, { description: '采购清单 of one order or of a unit’s month (give orderId, or unitId and month)' })
  procurementList(
    @Ctx() ctx: RequestContext,
    @Args('orderId', { type: () => ID, nullable: true }) orderId: string | null,
    @Args('unitId', { type: () => ID, nullable: true }) unitId: string | null,
    @Args('month', { type: () => String, nullable: true }) month: string | null,
  ): Promise<ProcurementList> {
    return this.listOf(ctx, orderId, unitId, month);
  }

  @Query(() => ProcurementListFile, { description: '采购清单 as XLSX (base64), same arguments as procurementList' })
  async procurementListXlsx(
    @Ctx() ctx: RequestContext,
    @Args('orderId', { type: () => ID, nullable: true }) orderId: string | null,
    @Args('unitId', { type: () => ID, nullable: true }) unitId: string | null,
    @Args('month', { type: () => String, nullable: true }) month: string | null,
  ): Promise<ProcurementListFile> {
    return this.papers.xlsx(await this.listOf(ctx, orderId, unitId, month));
  }

  @ResolveField(() => IssuedInvoiceView, {
    nullable: true,
    description: 'The issued invoice (download it from /uploads/invoices/<orderId>)',
  })
  issuedInvoice(@Parent() o: Order, @Context() { loaders }: GraphQLContext): Promise<IssuedInvoice | null> {
    return loaders.get<string, IssuedInvoice | null>('orderIssuedInvoice', (ids) => this.invoices.issuedByOrderIds(ids)).load(o.id);
  }

  private listOf(ctx: RequestContext, orderId: string | null, unitId: string | null, month: string | null): Promise<ProcurementList> {
    if (orderId) return this.papers.forOrder(ctx, orderId);
    if (unitId && month) return this.papers.forUnitMonth(ctx, unitId, month);
    return Promise.reject(badInput('请指定订单，或单位和月份'));
  }
}
