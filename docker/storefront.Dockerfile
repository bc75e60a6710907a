# Yigou storefront: built with Vite, served by nginx, which passes /graphql, /media, /uploads, /health … to the API replicas.
FROM node:20-trixie-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json ./
COPY apps/storefront ./apps/storefront
COPY libs/web ./libs/web
COPY libs/shared ./libs/shared
# No source maps in the published image (they would publish the source); delete any a plugin still wrote.
RUN node node_modules/vite/bin/vite.js build --config apps/storefront/vite.config.ts --sourcemap false \
  && find apps/storefront/dist -name '*.map' -delete

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/apps/storefront/dist /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s CMD wget -q -O /dev/null http://127.0.0.1/ || exit 1
