#!/usr/bin/env bash
# Installs the Debian packages that the tests use: chromium (browser), postgresql, faketime.
# Quiet no-op when they are present; skipped (tests then skip) when not root.
set -u
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
# a Chinese font, so that browser screenshots show characters rather than boxes
[ -d /usr/share/fonts/truetype/wqy ] || need+=(fonts-wqy-microhei)
# faketime: make test reruns the date-sensitive tests with the clock moved ahead
command -v faketime >/dev/null 2>&1 || need+=(faketime)
command -v pg_ctlcluster >/dev/null 2>&1 || [ -d /usr/lib/postgresql ] || need+=(postgresql)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "system_deps: not root, skipping ${need[*]} (their tests will be skipped)" >&2
  exit 0
fi
echo "system_deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
  || echo "system_deps: could not install ${need[*]}; their tests will be skipped" >&2
exit 0
