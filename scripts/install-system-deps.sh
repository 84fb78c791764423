#!/usr/bin/env bash
# Debian packages the tests need: Chromium (driven by playwright-core for end-to-end tests) and Xvfb.
# Idempotent; uses sudo when not root.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if command -v chromium >/dev/null 2>&1 && command -v Xvfb >/dev/null 2>&1; then
  echo "chromium and xvfb are installed"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium xvfb >/dev/null
echo "installed chromium and xvfb"
