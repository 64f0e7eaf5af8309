#!/usr/bin/env bash
# Renders a .docx file to PDF and to one PNG per page, to look at a generated document.
#   scripts/render-docx.sh IN.docx OUTDIR
# Writes OUTDIR/NAME.pdf and OUTDIR/NAME-1.png, NAME-2.png, … (60 dpi). Needs LibreOffice (soffice) and
# poppler-utils (pdftoppm); without the official Chinese fonts LibreOffice substitutes fonts-noto-cjk.
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 IN.docx OUTDIR" >&2
  exit 2
fi
in="$1"
out="$2"
[ -f "$in" ] || { echo "no such file: $in" >&2; exit 1; }
mkdir -p "$out"
name="$(basename "${in%.*}")"

# A profile of its own, so a running LibreOffice (or a stale lock) does not stop the conversion.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# (LibreOffice warns that it cannot start Java, which it does not need here.)
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$in" 2>&1 >/dev/null |
  { grep -v javaldx >&2 || true; }
pdf="$out/$name.pdf"
[ -f "$pdf" ] || { echo "conversion failed: $in" >&2; exit 1; }

rm -f "$out/$name"-*.png
pdftoppm -png -r 60 "$pdf" "$out/$name"
ls "$out/$name".pdf "$out/$name"-*.png
