#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: Debian's Chromium (no browser download),
# xmllint for manifest checks, and unzip. Uses sudo when not root. Does nothing when all are present.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# The campaign cards and the card maker draw in DejaVu Sans (Debian's default font).
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || need+=(fonts-dejavu-core)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
echo "Installing from Debian: ${need[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
