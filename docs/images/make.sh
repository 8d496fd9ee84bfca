#!/usr/bin/env bash
# The README's pictures, made from the shipped records/ (run through `./dev images`):
#   bien-ban.png   the first page of a printed minutes file (tools print, LibreOffice, pdftoppm)
#   bao-cao.png    the top of the HTML report with its month heat-map (headless Chromium)
# Needs LibreOffice, the Liberation fonts, poppler-utils and Chromium (./dev installs them).
set -euo pipefail
cd "$(dirname "$0")/../.."
images=docs/images
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TOOLS_TODAY=2026-07-01 TOOLS_NO_CACHE=1

.venv/bin/tools print records/xa-krong/lang-so-lam/minutes/2025/2025-07-05-regular.md \
  --format pdf --out "$work" >/dev/null
pdftoppm -r 80 -f 1 -l 1 -png -singlefile "$work/lang-so-lam-2025-07-05-regular.pdf" \
  "$images/bien-ban"

.venv/bin/tools summarize records/xa-krong --from 2025-07-01 --to 2026-06-30 --format html \
  --output "$work/bao-cao.html"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile" \
  --hide-scrollbars --window-size=1100,760 --screenshot="$images/bao-cao.png" \
  "file://$work/bao-cao.html" 2>/dev/null
echo "$images/bien-ban.png $images/bao-cao.png"
