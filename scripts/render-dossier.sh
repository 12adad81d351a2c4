#!/usr/bin/env bash
# Renders the sample register's dossier for looking at it: the Word files (tdkt dossier), then
# PDF with LibreOffice and, with pdftoppm, PNG pages. Needs LibreOffice (soffice) on PATH; says
# so and stops when it is not installed (Debian: apt-get install libreoffice-writer-nogui
# poppler-utils). Usage: scripts/render-dossier.sh [OUT-DIR]   (default: ./tdkt-dossier)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-tdkt-dossier}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
if [ ! -f "$root/dist/cli/tdkt.js" ]; then (cd "$root" && npm run --silent build:cli); fi
node "$root/bin/tdkt.js" dossier "$root/assets/sample-register.xlsx" --out "$out/docx" || [ $? -eq 1 ]
if ! command -v soffice >/dev/null 2>&1; then
  echo "LibreOffice (soffice) is not installed: the Word files are in $out/docx; no PDF made." >&2
  exit 0
fi
mkdir -p "$out/pdf"
# A profile of its own, so a LibreOffice already open does not swallow the conversion.
soffice -env:UserInstallation="file://$out/.lo-profile" --headless --convert-to pdf \
  --outdir "$out/pdf" "$out"/docx/*.docx >/dev/null
echo "PDF: $out/pdf ($(ls "$out/pdf" | wc -l) files)"
if command -v pdftoppm >/dev/null 2>&1; then
  mkdir -p "$out/png"
  for pdf in "$out"/pdf/*.pdf; do
    name="$(basename "$pdf" .pdf)"
    pdftoppm -r 60 -png "$pdf" "$out/png/${name%% - *}"
  done
  echo "PNG: $out/png"
fi
