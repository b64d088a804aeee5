#!/usr/bin/env bash
# Install the browser tests' driver, playwright-core at the version package-lock.json pins,
# into DIR (a folder under target/), unless it is there already. No browser is downloaded:
# the tests drive Debian's chromium.
#   bash tests/browser/setup.sh target/tmp/browser-driver
set -euo pipefail
dir=$1
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir"
if ! cmp -s "$here/package-lock.json" "$dir/package-lock.json" || [ ! -f "$dir/node_modules/playwright-core/package.json" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$dir/"
  (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
