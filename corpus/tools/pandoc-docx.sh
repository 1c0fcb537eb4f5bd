#!/bin/sh
# The pandoc-docx form of a dev case: input.md is exactly `pandoc -f docx -t markdown` of the case's
# original.docx (pandoc 2.17.1.1, as source.md's `converter` line says). Usage:
#   corpus/tools/pandoc-docx.sh corpus/dev/<case> [...]
set -eu
for dir in "$@"; do
  (cd "$dir" && pandoc -f docx -t markdown original.docx -o input.md)
done
