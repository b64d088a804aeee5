#!/usr/bin/env bash
# The HTML quiz's open-time benchmark (see benches/html_open.mjs):
#   bash benches/html_open.sh [QUESTIONS (2000)] [RUNS (10)]
# Needs node, npm and Debian's chromium (apt-get install -y nodejs npm chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
driver=target/tmp/browser-driver
bash tests/browser/setup.sh "$driver"
QUIZGEN_DRIVER=$(pwd)/$driver node benches/html_open.mjs target/release/quizgen "$(pwd)" "${1:-2000}" "${2:-10}"
