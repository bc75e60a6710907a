/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const appRoot = dirname(fileURLToPath(import.meta.url));
const workspaceRoot = resolve(appRoot, '../..');
const apiTarget = process.env.API_URL || 'http://localhost:3000';

/**
 * Aliases come from tsconfig.base.json so there is one list of paths. Only the
 * shared and web libraries are exposed: the browser bundle can never reach
 * libs/server or apps/api, even by mistake.
 */
function workspaceAliases(): Record<string, string> {
  const base = JSON.parse(readFileSync(resolve(workspaceRoot, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const aliases: Record<string, string> = {};
  for (const [name, [target]] of Object.entries(base.compilerOptions.paths)) {
    if (name.startsWith('@yigou/shared/') || name.startsWith('@yigou/web/')) {
      aliases[name] = resolve(workspaceRoot, target);
    }
  }
  return aliases;
}

const proxy = {
  '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
  '/health': { target: apiTarget, changeOrigin: true },
  '/media': { target: apiTarget, changeOrigin: true },
  '/catalog': { target: apiTarget, changeOrigin: true },
  '/payments': { target: apiTarget, changeOrigin: true },
  '/uploads': { target: apiTarget, changeOrigin: true },
};

export default defineConfig({
  root: appRoot,
  cacheDir: resolve(workspaceRoot, 'node_modules/.vite/storefront'),
  plugins: [react()],
  resolve: { alias: workspaceAliases() },
  server: { host: true, port: 4200, strictPort: true, proxy, fs: { allow: [workspaceRoot] } },
  preview: { host: true, port: 4200, strictPort: true, proxy },
  build: {
    outDir: resolve(appRoot, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across deploys.
        manualChunks: {
          react: ['react', 'react-dom', 'react-dom/client', 'react-router-dom'],
          apollo: ['@apollo/client', '@apollo/client/react', 'graphql', 'rxjs'],
        },
      },
    },
  },
  test: {
    root: workspaceRoot,
    environment: 'happy-dom',
    include: ['apps/storefront/src/**/*.spec.{ts,tsx}', 'libs/web/**/*.spec.{ts,tsx}'],
    setupFiles: [resolve(appRoot, 'src/test/setup.ts')],
    restoreMocks: true,
  },
});
