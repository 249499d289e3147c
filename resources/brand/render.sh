#!/usr/bin/env bash
# Renders the committed PNG and ICO files from the two SVG sources. Run it after editing an SVG
# (needs Debian's librsvg2-bin and icoutils); the build itself only copies the rendered files.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 180 192 256 512; do
  rsvg-convert -w "$size" -h "$size" bizsync-icon.svg -o "bizsync-icon-$size.png"
done
for size in 192 512; do
  rsvg-convert -w "$size" -h "$size" bizsync-icon-maskable.svg -o "bizsync-icon-maskable-$size.png"
done
icotool -c -o bizsync.ico bizsync-icon-16.png bizsync-icon-24.png bizsync-icon-32.png \
  bizsync-icon-48.png bizsync-icon-64.png -r bizsync-icon-128.png -r bizsync-icon-256.png
