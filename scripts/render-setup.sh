# Sourced by the render scripts (render-reviews.sh, render-district.sh): what every render needs before a workbook
# becomes pages. Checks for LibreOffice and pdftoppm (Debian packages libreoffice-calc-nogui and poppler-utils),
# makes a private LibreOffice profile (a principal's own LibreOffice, or another render, may hold the default one)
# removed on exit, and gives to_pdf.
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "$(basename "$0" .sh): $tool is missing; install it with: apt-get install libreoffice-calc-nogui poppler-utils" >&2
    exit 1
  }
done

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

# to_pdf WORKBOOK FOLDER: the workbook printed to FOLDER/<name>.pdf with its own print setup.
to_pdf() {
  soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$2" "$1" >/dev/null 2>&1
}
