import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { SEARCH_FILTERS_QUERY, SEARCH_PRODUCTS_QUERY } from '../graphql/catalog.documents';
import { BROILER, connection, FILTERS_DATA, MUSHROOM, PEAR } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { SearchPage } from './SearchPage';

const filtersMock = { request: { query: SEARCH_FILTERS_QUERY }, result: { data: { __typename: 'Query' as const, ...FILTERS_DATA } } };

type Products = ReturnType<typeof connection>;

/** The search query's answer: a page of products, or the server's coded error. */
const found = (products: Products) => ({ data: { __typename: 'Query' as const, products } });
const refused = (message: string, code: string) => ({ errors: [new GraphQLError(message, { extensions: { code } })] });

/** Renders the page at `route` with the filters' answer and, in order, one answer per search it will send. */
function renderSearch(route: string, searches: [variables: Record<string, unknown>, result: object][], locale?: 'en') {
  const mocks = [filtersMock, ...searches.map(([variables, result]) => ({ request: { query: SEARCH_PRODUCTS_QUERY, variables }, result }))];
  return renderWithProviders(<SearchPage />, { route, mocks, locale });
}

describe('SearchPage', () => {
  it('shows the results with their total count and prices in fen-exact yuan', async () => {
    renderSearch('/search?q=梨', [
      [{ first: 20, search: '梨', sort: 'relevance' }, found(connection([PEAR, MUSHROOM], 2, 'c-p-mushroom', false))],
    ]);

    expect(await screen.findByText('共 2 件商品')).toBeTruthy();
    const cards = screen.getAllByTestId('product-card');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByRole('heading', { name: '玉露香梨' })).toBeTruthy();
    expect(within(cards[0]).getByLabelText('¥68.00')).toBeTruthy();
    expect(within(cards[0]).getByText('扶贫产品认定')).toBeTruthy();
    expect(within(cards[1]).getByText('库存紧张')).toBeTruthy();
    expect(within(cards[1]).queryByText('扶贫产品认定')).toBeNull();
    expect(cards[0].querySelector('a')?.getAttribute('href')).toBe('/products/p-yulu-pear-5kg');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('“梨”的搜索结果');
    expect(screen.getByText('已经到底了')).toBeTruthy();
  });

  it('passes county, category, certified-only and sort filters from the URL to the query', async () => {
    renderSearch('/search?county=141034&category=poultry&certified=1&sort=price_asc', [
      [
        { first: 20, countyCode: '141034', category: 'poultry', certifiedOnly: true, sort: 'price_asc' },
        found(connection([BROILER], 1, 'c-p-broiler', false)),
      ],
    ]);
    expect(await screen.findByRole('heading', { name: '汾西肉鸡（整只冷鲜）' })).toBeTruthy();
    expect(screen.getByText('共 1 件商品')).toBeTruthy();
    await waitFor(() => expect((screen.getByTestId('county-select') as HTMLSelectElement).value).toBe('141034'));
    expect((screen.getByTestId('certified-toggle') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('category-chip-poultry').getAttribute('aria-pressed')).toBe('true');
  });

  it('changing a filter rewrites the URL', async () => {
    renderSearch('/search?q=梨', [
      [{ first: 20, search: '梨', sort: 'relevance' }, found(connection([PEAR], 1, null, false))],
      [{ first: 20, search: '梨', certifiedOnly: true, sort: 'relevance' }, found(connection([PEAR], 1, null, false))],
    ]);
    await screen.findByText('共 1 件商品');
    fireEvent.click(screen.getByTestId('certified-toggle'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/search?q=%E6%A2%A8&certified=1'));
  });

  it('shows the empty state when nothing matches', async () => {
    renderSearch('/search?q=榴莲', [[{ first: 20, search: '榴莲', sort: 'relevance' }, found(connection([], 0, null, false))]]);
    expect(await screen.findByText('没有找到相关商品')).toBeTruthy();
    expect(screen.getByText('共 0 件商品')).toBeTruthy();
    expect(screen.queryAllByTestId('product-card')).toHaveLength(0);
  });

  it("shows the server's Chinese error message, and retries", async () => {
    renderSearch('/search?county=141034', [
      [{ first: 20, countyCode: '141034', sort: 'sales' }, refused('未知的县级行政区划代码：141034', 'UNKNOWN_REGION')],
      [{ first: 20, countyCode: '141034', sort: 'sales' }, found(connection([PEAR], 1, null, false))],
    ]);
    const alert = await screen.findByTestId('error-state');
    expect(within(alert).getByText('未知的县级行政区划代码：141034')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('heading', { name: '玉露香梨' })).toBeTruthy();
    expect(screen.queryByTestId('error-state')).toBeNull();
  });

  it('in English shows a translated message chosen by the error code', async () => {
    renderSearch('/search?q=x', [[{ first: 20, search: 'x', sort: 'relevance' }, refused('分页游标无效', 'INVALID_CURSOR')]], 'en');
    expect(await screen.findByText('The page position has expired; please refresh')).toBeTruthy();
    expect(screen.queryByText('分页游标无效')).toBeNull();
  });

  it('“加载更多” fetches the next page after the end cursor and appends it', async () => {
    renderSearch('/search', [
      [{ first: 20, sort: 'sales' }, found(connection([PEAR, BROILER], 3, 'c-p-broiler', true))],
      [{ first: 20, sort: 'sales', after: 'c-p-broiler', withCounts: false }, found(connection([MUSHROOM], 3, 'c-p-mushroom', false))],
    ]);
    expect(await screen.findByText('共 3 件商品')).toBeTruthy();
    expect(screen.getAllByTestId('product-card')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    await waitFor(() => expect(screen.getAllByTestId('product-card')).toHaveLength(3));
    const names = screen.getAllByTestId('product-card').map((c) => c.querySelector('h3')?.textContent);
    expect(names).toEqual(['玉露香梨', '汾西肉鸡（整只冷鲜）', '双孢菇']);
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
    expect(screen.getByText('已经到底了')).toBeTruthy();
  });

  it("the category chips count the search's matches (from the server), not the whole catalogue", async () => {
    renderSearch('/search?q=梨', [
      [{ first: 20, search: '梨', sort: 'relevance' }, found(connection([PEAR], 3, null, false, { fruit: 3, poultry: 0, grain: 1 }))],
    ]);
    await screen.findByText('共 3 件商品');
    expect(screen.getByTestId('category-chip-fruit').textContent).toBe('水果3');
    expect(screen.getByTestId('category-chip-grain').textContent).toContain('1');
    // none of the matches are poultry: no chip that would show an empty page
    expect(screen.queryByTestId('category-chip-poultry')).toBeNull();
  });

  it('shows skeletons while the first page loads', () => {
    renderSearch('/search', []);
    expect(screen.getAllByTestId('product-card-skeleton').length).toBeGreaterThan(0);
  });
});
