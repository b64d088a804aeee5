#!/usr/bin/env bash
# Installs the real importers' parsers that the export tests check our files with, into
# target/validators/ (pinned versions, see ../shared/FORMATS.md):
#   python venv: text2qti (Canvas QTI), openpyxl (Kahoot .xlsx), anki (Anki's own importer)
#   node:        gift-pegjs (Moodle GIFT)
# Moodle XML needs only Python's standard XML parser. Idempotent: a finished install
# leaves target/validators/ready and is not repeated. The integration tests run this
# script themselves when `ready` is missing, so plain `cargo test` works on a fresh
# machine; .ci/run runs it first so that an install failure shows on its own.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dir="${QUIZGEN_VALIDATORS:-$root/target/validators}"
mkdir -p "$dir"
exec 9>"$dir/.install.lock"
flock 9
if [ -f "$dir/ready" ]; then
    exit 0
fi
python3 -m venv "$dir/venv"
"$dir/venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    text2qti==0.8.0 openpyxl==3.1.5 anki==26.9.3
mkdir -p "$dir/node"
(cd "$dir/node" && npm install --silent --no-audit --no-fund --no-save --prefix . gift-pegjs@1.0.2 >/dev/null)
"$dir/venv/bin/python" -c "import text2qti, openpyxl, anki.collection"
node -e 'require(process.argv[1])' "$dir/node/node_modules/gift-pegjs"
touch "$dir/ready"
