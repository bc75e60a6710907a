import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { PreparedStatement, preparedStatementOf, ReadReplicas, runPrepared } from '@yigou/server/database';
import { badInput, Connection, decodeCursor, encodeCursor, invalidCursor, pageSize, RequestContext } from '@yigou/server/core';
import { RegionService } from '@yigou/server/regions';
import { PRODUCT_CATEGORIES, ProductCategory, ProductSort } from '@yigou/shared/domain';
import { normalizeSearch, NormalizedSearch, SearchTooLongError } from './pinyin';
import { Product } from '../entities/product.entity';
import { ProductListRow } from '../sql/product-list.sql';
import { productCategoryCountStatement, ProductSearchInput, productSearchStatements, SearchKey } from '../sql/product-search.sql';
import { ProductCard } from './product-card';
import { parseFen } from '@yigou/shared/money';
import { isUuid } from '@yigou/shared/validation';
import { shanghaiDate } from '@yigou/shared/time';

/**
 * The `products` query: filters, Chinese / pinyin / initials search with
 * relevance ranking, and keyset pagination. Every sort is expressed as two
 * ascending integer keys (descending ones are negated) plus the id, so one
 * row-value comparison `(k1, k2, id) > (…)` pages any of them without gaps or repeats.
 */
@Injectable()
export class ProductSearchService {
  constructor(
    @InjectRepository(Product) private readonly products: Repository<Product>,
    private readonly regions: RegionService,
    private readonly replicas: ReadReplicas,
  ) {}

  async search(ctx: RequestContext, input: ProductSearchInput): Promise<Connection<Product>> {
    const limit = pageSize(input.first);
    const query = await this.checked(input);
    const sort: ProductSort = input.sort ?? 'relevance';
    const after = input.after ? this.decodeKey(input.after, sort) : null;

    const caller = ctx.user?.id ?? null;
    const st = productSearchStatements(input, query, sort, after, limit, shanghaiDate(ctx.now));
    // One round trip: the page and, through a window over all matches, the total. The ranking may lag the primary
    // by the replication delay (a read replica's job when DATABASE_REPLICA_URLS is set; never the caller's own edits);
    // the products themselves are loaded from the primary below.
    const rows = await this.replicas.query<{ id: string; k1: string; k2: string; total: number }>(caller, st.page.sql, st.page.values);
    // Past the last page the window has no row to ride on: count separately.
    const n = rows.length
      ? rows[0].total
      : after
        ? (await this.replicas.query<{ n: number }>(caller, st.count.sql, st.count.values))[0].n
        : 0;

    const page = rows.slice(0, limit);
    const entities = page.length ? await this.products.findBy({ id: In(page.map((r) => r.id)) }) : [];
    const byId = new Map(entities.map((p) => [p.id, p]));
    const edges = page
      .filter((r) => byId.has(r.id))
      .map((r) => ({ cursor: encodeCursor([sort, Number(r.k1), Number(r.k2), r.id]), node: byId.get(r.id) as Product }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCount: n,
    };
  }

  /**
   * The same page as `search`, as list cards: one single-table statement (sql/product-list.sql.ts) returns the page's
   * rows already shaped, each with the total (a page past the end counts in a second statement); no entity, no relation
   * loader. Where it reads (docs/architecture.md, "Catalogue search"): a
   * signed-in caller's page comes from a replica, ranking and fields from one snapshot (their own writes are waited
   * for, as for any replica read); an anonymous page may be stored in the shared response cache right after an
   * invalidation, so it is read from the primary (a replica behind the edit would be cached for a TTL).
   */
  async listPage(ctx: RequestContext, input: ProductSearchInput): Promise<Connection<ProductCard>> {
    const limit = pageSize(input.first);
    const query = await this.checked(input);
    const sort: ProductSort = input.sort ?? 'relevance';
    const after = input.after ? this.decodeKey(input.after, sort) : null;
    const { list, count } = productSearchStatements(input, query, sort, after, limit, shanghaiDate(ctx.now));
    const caller = ctx.user?.id ?? null;
    // A browse list (no search text, supplier or certification filter: the county and category pages) is prepared,
    // one per statement shape and connection: PostgreSQL then skips parsing it (third pass: 0.81 → 0.62 ms of its CPU per
    // county page, bench/catalog --explain), and still plans it for its values (it keeps custom plans). Text
    // searches are not prepared: their generic plan cannot see the pattern's selectivity, and PostgreSQL took it for
    // "香梨" after five executions — 11.6 ms of its CPU per list instead of 0.7 (docs/architecture.md, "Per-request
    // cost, third pass"); the supplier and certification filters were not measured prepared. The exceptions are the
    // shapes `genericPlanSafe` names (a text search's first page by relevance alone among them): prepared and run on
    // a generic plan written so that it cannot take that wrong index (fifth pass).
    const browse = !query && !input.supplierId && !input.certifiedOnly;
    const statement = browse || list.generic ? preparedStatementOf(list.sql) : list.sql;
    const read = <T>(sql: string | PreparedStatement, values: unknown[]): Promise<T[]> =>
      caller
        ? this.replicas.query<T>(caller, sql, values)
        : typeof sql === 'string'
          ? (this.products.query(sql, values) as Promise<T[]>)
          : runPrepared<T>(this.products.manager, sql, values);
    // A shape whose one generic plan suits every value (genericPlanSafe) runs on it: planned once per connection, not
    // per list — where the list reads anyway: a signed-in caller's on a replica's generic-plan connections (their own
    // writes waited for, the primary's if no replica will do; the primary's without replicas), an anonymous one's on
    // the primary's.
    const rows = !list.generic
      ? await read<ProductListRow>(statement, list.values)
      : caller
        ? await this.replicas.queryGeneric<ProductListRow>(caller, statement as PreparedStatement, list.values)
        : await this.replicas.genericOnPrimary<ProductListRow>(statement as PreparedStatement, list.values);
    // Every row carries the total; past the last page there is no row to carry it: count separately (as `search`).
    const total = rows.length ? rows[0].total : after ? (await read<{ n: number }>(count.sql, count.values))[0].n : 0;
    const edges = rows.slice(0, limit).map((r) => ({
      cursor: encodeCursor([sort, Number(r.k1), Number(r.k2), r.id]),
      node: new ProductCard(
        r.id,
        r.name,
        r.category as ProductCategory,
        r.salesCount,
        r.priceFen === null ? null : parseFen(r.priceFen),
        r.coverImageUrl,
        r.available,
        r.certified,
        r.supplierId,
        r.supplierName,
        r.countyCode,
      ),
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      totalCount: total,
    };
  }

  /**
   * How many of the search's matches fall in each category, with every filter but the category itself (the chips beside
   * the results: each says what choosing it would show). Built by the same filters as the page; all categories, zeros too.
   */
  async categoryCounts(ctx: RequestContext, input: ProductSearchInput): Promise<{ category: ProductCategory; productCount: number }[]> {
    const query = await this.checked(input);
    const st = productCategoryCountStatement(input, query, shanghaiDate(ctx.now));
    const rows = await this.replicas.query<{ category: ProductCategory; n: number }>(ctx.user?.id ?? null, st.sql, st.values);
    const counts = new Map(rows.map((r) => [r.category, r.n]));
    return PRODUCT_CATEGORIES.map((category) => ({ category, productCount: counts.get(category) ?? 0 }));
  }

  /** The normalized text; refuses a too-long text, an unknown county or a malformed supplier id. */
  private async checked(input: ProductSearchInput): Promise<NormalizedSearch | null> {
    let query: NormalizedSearch | null;
    try {
      query = normalizeSearch(input.search);
    } catch (e) {
      if (e instanceof SearchTooLongError) throw badInput('搜索内容不能超过50个字', 'search');
      throw e;
    }
    if (input.countyCode) await this.regions.requireCounty(input.countyCode);
    if (input.supplierId && !isUuid(input.supplierId)) throw badInput('供应商编号格式不正确', 'supplierId');
    return query;
  }

  private decodeKey(cursor: string, sort: ProductSort): SearchKey {
    const [s, k1, k2, id] = decodeCursor(cursor, 4);
    const ok = s === sort && Number.isSafeInteger(k1) && Number.isSafeInteger(k2) && typeof id === 'string' && isUuid(id);
    if (!ok) throw invalidCursor();
    return [sort, k1 as number, k2 as number, id as string];
  }
}
