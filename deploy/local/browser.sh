#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver when they are missing, with a font for Chinese text
# (fonts-wqy-zenhei): the console's browser tests drive a real headless Chromium with Selenium and
# save screenshots of its Chinese pages. Run by test.sh, as infra.sh installs MariaDB.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if command -v chromium >/dev/null && command -v chromedriver >/dev/null && [ -d /usr/share/fonts/truetype/wqy ]; then
  exit 0
fi
[ "$(id -u)" = "0" ] && [ -f /etc/debian_version ] \
  || die "the browser tests need chromium, chromium-driver and fonts-wqy-zenhei: apt-get install them (as root)"
log "installing chromium, chromium-driver and fonts-wqy-zenhei from the Debian archive"
DEBIAN_FRONTEND=noninteractive apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-zenhei >/dev/null
