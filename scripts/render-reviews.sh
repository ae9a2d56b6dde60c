#!/usr/bin/env bash
# Renders each case study's review as a principal would see it printed: the command line writes the review
# workbook, LibreOffice (headless) converts it to PDF with the workbook's own print setup, and pdftoppm turns every
# page into a PNG. Look at the pages: a passing test can still produce an unreadable page.
#
#   npm run render                    # all three case studies → render/<school>/page-N.png
#   npm run render -- path/to/a.xlsx  # any workbook
#
# Needs LibreOffice (libreoffice-calc-nogui) and poppler-utils (pdftoppm); both are Debian packages.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=scripts/render-setup.sh
source scripts/render-setup.sh

inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(assets/case-studies/*.xlsx)

out=render
mkdir -p "$out"

for input in "${inputs[@]}"; do
  name="$(basename "${input%.*}")"
  dir="$out/$name"
  rm -rf "$dir" && mkdir -p "$dir"
  node bin/resource-review.js "$input" --out "$dir/$name-review.xlsx" --quiet >/dev/null
  to_pdf "$dir/$name-review.xlsx" "$dir"
  pdftoppm -png -r 70 "$dir/$name-review.pdf" "$dir/page"
  pages=$(ls "$dir"/page-*.png | wc -l)
  echo "$name: $pages pages → $dir/"
done
