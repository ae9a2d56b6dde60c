#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine, then runs every test (npm test).
# The browser test drives Debian's Chromium; the file tests open written .xlsx files in LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

# npm install, not npm ci: npm 11 writes lockfiles without other platforms' optional packages (@swc/core-darwin-*,
# …) and then npm ci rejects its own lockfile as out of sync. npm install keeps the locked versions.
npm install --no-audit --no-fund
npm test
