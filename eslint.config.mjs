import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import { createRequire } from 'node:module';

// Which server domain may import which (docs/architecture.md draws it; tools/architecture checks it is the code's truth).
const domainArrows = createRequire(import.meta.url)('./tools/architecture/allowed-domain-arrows.json');
const domainConstraints = Object.entries(domainArrows).map(([domain, allowed]) => ({
  sourceTag: `domain:${domain}`,
  onlyDependOnLibsWithTags: [...allowed.map((d) => `domain:${d}`), 'type:util', 'type:data-access'],
}));

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.data/**', '**/.nx/**', 'apps/storefront/src/generated/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    // CommonJS config and Jest global setup files
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        globalThis: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Written once (issue 20): China time in @yigou/shared/time, the UUID check in @yigou/shared/validation, spreadsheets
    // (XLSX, CSV in UTF-8 and GBK) in @yigou/server/spreadsheet. Tests may spell fixed instants and ids their own way and
    // build their fixture files with the libraries; production code may not re-derive them.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: [
      'libs/shared/time/**',
      'libs/shared/validation/**',
      'libs/server/spreadsheet/**',
      '**/*.spec.ts',
      '**/*.spec.tsx',
      '**/*.int-spec.ts',
      'apps/api/test/**',
      'apps/*-e2e/**',
      'bench/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['exceljs', 'xlsx', 'iconv-lite', 'papaparse'].map((name) => ({
            name,
            message: 'Spreadsheets are read and written by @yigou/server/spreadsheet (readTable, writeWorkbook, parseCsv, decodeText).',
          })),
          patterns: [
            {
              group: ['csv-parse', 'csv-parse/*', 'csv-stringify', 'csv-stringify/*'],
              message: 'CSV goes through @yigou/server/spreadsheet.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'BinaryExpression[operator="*"][left.value=8]:matches([right.value=3600000], [right.value=3600]), ' +
            'BinaryExpression[operator="*"][right.value=8]:matches([left.value=3600000], [left.value=3600])',
          message:
            'China time comes from @yigou/shared/time (shanghaiDate, startOfShanghaiDay, SHANGHAI_OFFSET_MS …), not hand-written +8 h.',
        },
        {
          selector: 'TemplateElement[value.raw=/[+]08:?00/], Literal[value=/^T[0-9:.]*[+]08:?00$/]',
          message:
            'A Shanghai wall-clock time is fromShanghaiDateTime / startOfShanghaiDay from @yigou/shared/time, not a string with +08:00 glued on.',
        },
        {
          selector: 'Literal[regex.pattern=/[fF]\\]\\{8\\}-/]',
          message: 'The UUID check is isUuid (or uuidIn) from @yigou/shared/validation.',
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Prettier wraps code at 140 but not comments: they are held to the same width here. Strings and template literals
      // (SQL text, test names, Chinese messages) are left as written.
      'max-len': ['error', { code: 140, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // apps → domains → shared; the web never imports the server.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          // the integration-test harness of apps/api, imported by its own test suites
          allow: ['@yigou/server/testing'],
          depConstraints: [
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:ui', 'type:data-access', 'type:data'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:data-access'] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:data-access'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            // a new arrow between domains is a decision: add it to tools/architecture/allowed-domain-arrows.json
            ...domainConstraints,
          ],
        },
      ],
    },
  },
];
