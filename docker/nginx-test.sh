#!/bin/sh
# Checks docker/nginx.conf with the machine's nginx (Debian's nginx-light is enough), without Docker:
# wraps it in a minimal main configuration under a temporary prefix and runs `nginx -t`. The API replica
# names are pointed at 127.0.0.1 because they only resolve inside compose's network.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
mkdir -p "$prefix/conf" "$prefix/logs" "$prefix/html"
sed -e 's/server api-[12]:3000/server 127.0.0.1:3000/' -e "s#root /usr/share/nginx/html;#root $prefix/html;#" -e 's/listen 80;/listen 127.0.0.1:18080;/' "$here/nginx.conf" > "$prefix/conf/default.conf"
cat > "$prefix/conf/nginx.conf" <<CONF
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $prefix/body;
  proxy_temp_path $prefix/proxy;
  include $prefix/conf/default.conf;
}
CONF
nginx -t -p "$prefix" -c "$prefix/conf/nginx.conf"
