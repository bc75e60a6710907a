import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the storefront. Run from the workspace root:
 *   npm run codegen
 * The output in src/generated is committed; re-run whenever apps/api/schema.gql
 * or a `graphql()` document changes.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/storefront/src/**/*.{ts,tsx}', 'libs/web/**/*.{ts,tsx}', '!apps/storefront/src/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/storefront/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Fen: 'string', DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        skipTypename: false,
        nonOptionalTypename: true,
        dedupeFragments: true,
      },
    },
  },
};

export default config;
