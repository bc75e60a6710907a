import { join } from 'node:path';
import { COMPONENT_LINE_LIMIT, misplacedPages, oversizedComponents, pagerSizesBesideTheHook, storefrontSources } from './storefront-layout';

/**
 * Today's components over the line limit, with their line counts. The list may only shrink: a component that
 * grows past its count or a new one over the limit fails, and so does an entry that is now within the limit or
 * shorter than recorded (lower or delete it when you split the component).
 */
// Empty since issue 20 split the last eight; a new entry needs a reason beside it.
const ALLOWED_OVERSIZED: Record<string, number> = {};

const files = storefrontSources(join(__dirname, '../../apps/storefront/src'));
/** The shared web libraries (the UI kit, i18n): their components are held to the same limit, with no exceptions. */
const webLibraries = storefrontSources(join(__dirname, '../../libs/web')).map((f) => ({ ...f, path: `libs/web/${f.path}` }));

describe('the storefront is laid out by feature', () => {
  it('reads the storefront sources', () => {
    expect(files.some((f) => f.path === 'app/routes.tsx')).toBe(true);
    expect(files.filter((f) => /^modules\/[^/]+\/pages\/\w+Page\.tsx$/.test(f.path)).length).toBeGreaterThan(40);
  });

  it('every page lives in its feature module’s pages/ folder; src/pages holds route wiring at most', () => {
    expect(misplacedPages(files)).toEqual([]);
  });

  it(`no component grows past ${COMPONENT_LINE_LIMIT} lines beyond the recorded exceptions`, () => {
    expect(oversizedComponents(files, ALLOWED_OVERSIZED).added).toEqual([]);
  });

  it('the recorded exceptions are all still over the limit at their recorded size (the list only shrinks)', () => {
    expect(oversizedComponents(files, ALLOWED_OVERSIZED).gone).toEqual([]);
  });

  it(`no component of the shared web libraries (libs/web) passes ${COMPONENT_LINE_LIMIT} lines`, () => {
    expect(webLibraries.some((f) => f.path === 'libs/web/ui/src/components/DataTable.tsx')).toBe(true);
    expect(oversizedComponents(webLibraries, {}).added).toEqual([]);
  });

  it('fails when a real shared component grows past the limit', () => {
    const table = webLibraries.find((f) => f.path === 'libs/web/ui/src/components/DataTable.tsx')!;
    const grown = webLibraries.map((f) => (f === table ? { ...f, lines: COMPONENT_LINE_LIMIT + 1 } : f));
    expect(oversizedComponents(grown, {}).added).toEqual([`libs/web/ui/src/components/DataTable.tsx (${COMPONENT_LINE_LIMIT + 1} lines)`]);
  });

  it("a paged list's page sizes are useKeysetPages' argument, never a TablePager prop", () => {
    expect(pagerSizesBesideTheHook(files)).toEqual([]);
  });
});

describe('the layout rules catch what they are for', () => {
  it('a page dropped into src/pages or a components folder is misplaced; route wiring and module pages are not', () => {
    const paths = [
      'pages/CartPage.tsx',
      'pages/CartPage.spec.tsx',
      'pages/routes.tsx',
      'modules/orders/components/OrdersPage.tsx',
      'modules/orders/pages/CartPage.tsx',
      'modules/orders/pages/CartPage.spec.tsx',
      'app/routes.tsx',
    ];
    const found = misplacedPages(paths.map((path) => ({ path, lines: 10 })));
    expect(found).toEqual(['modules/orders/components/OrdersPage.tsx', 'pages/CartPage.spec.tsx', 'pages/CartPage.tsx']);
  });

  it('a component over the limit fails unless listed, a listed one may not grow, and a fixed entry must go', () => {
    const sources = [
      { path: 'modules/a/components/Big.tsx', lines: 260 },
      { path: 'modules/a/components/Listed.tsx', lines: 240 },
      { path: 'modules/a/components/Grown.tsx', lines: 230 },
      { path: 'modules/a/components/Small.tsx', lines: 120 },
      { path: 'modules/a/components/Big.spec.tsx', lines: 900 },
      { path: 'modules/a/utils/long.ts', lines: 900 },
    ];
    const r = oversizedComponents(sources, {
      'modules/a/components/Listed.tsx': 240,
      'modules/a/components/Grown.tsx': 220,
      'modules/a/components/Small.tsx': 250,
    });
    expect(r.added).toEqual(['modules/a/components/Big.tsx (260 lines)', 'modules/a/components/Grown.tsx (230 lines, allowed 220)']);
    expect(r.gone).toEqual(['modules/a/components/Small.tsx (allowed 250, now 120)']);
  });

  it('a TablePager given its sizes as a prop is found; one whose sizes came through the hook is not', () => {
    const found = pagerSizesBesideTheHook([
      { path: 'modules/a/pages/APage.tsx', lines: 1, text: '<TablePager {...pages.pager(c)} pageSizes={[10, 20]} loading={loading} />' },
      {
        path: 'modules/b/pages/BPage.tsx',
        lines: 1,
        text: 'const pages = useKeysetPages(undefined, 10, SIZES);\n<TablePager {...pages.pager(c)} />',
      },
      { path: 'modules/b/pages/BPage.spec.tsx', lines: 1, text: '<TablePager pageSizes={[5]} />' },
    ]);
    expect(found).toEqual(['modules/a/pages/APage.tsx']);
  });
});
