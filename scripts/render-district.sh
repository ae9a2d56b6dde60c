#!/usr/bin/env bash
# Renders the fictional district's resource map as a trainer would print it: the command line compares the ten
# schools of assets/district/, LibreOffice (headless) converts the map to PDF, pdftoppm turns each page into a PNG
# (render/district/page-N.png), and two close-ups for the README go to docs/ (the Schools table, the money-and-need page).
# Look at the pages: a passing test can still produce an unreadable page.
#
#   bash scripts/render-district.sh
#
# Needs LibreOffice (libreoffice-calc-nogui) and poppler-utils (pdftoppm); both are Debian packages.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=scripts/render-setup.sh
source scripts/render-setup.sh

dir=render/district
rm -rf "$dir" && mkdir -p "$dir"

node bin/resource-review.js compare assets/district/*/ --out "$dir/district-map.xlsx" --quiet >/dev/null
to_pdf "$dir/district-map.xlsx" "$dir"
pdftoppm -png -r 70 "$dir/district-map.pdf" "$dir/page"
echo "district map: $(ls "$dir"/page-*.png | wc -l) pages → $dir/"

# The Schools sheet prints on one wide page, its chart above the table: the table's left part (school to class sizes)
# at a readable resolution.
pdftoppm -png -r 220 -f 1 -l 1 -x 60 -y 540 -W 1300 -H 250 -singlefile "$dir/district-map.pdf" docs/district-map-schools
# The money-and-need page: its title and the top of its chart.
pdftoppm -png -r 130 -f 5 -l 5 -x 30 -y 30 -W 1400 -H 420 -singlefile "$dir/district-map.pdf" docs/district-map-need
echo "README images: docs/district-map-schools.png, docs/district-map-need.png"
