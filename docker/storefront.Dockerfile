# Yigou storefront: built with Vite, served by nginx, which proxies /graphql, /media and /health to the API.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json ./
COPY apps/storefront ./apps/storefront
COPY libs/web ./libs/web
COPY libs/shared ./libs/shared
RUN node node_modules/vite/bin/vite.js build --config apps/storefront/vite.config.ts

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/apps/storefront/dist /usr/share/nginx/html
EXPOSE 80
