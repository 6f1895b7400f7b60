#!/usr/bin/env bash
# Throughput of `protokoll parse` over the minutes in corpus/, release build.
# Usage: Benchmarks/parse-throughput.sh [COPIES]   (default 200 copies of each minutes file)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-200}
swift build -c release >/dev/null
bin=$(swift build -c release --show-bin-path)/protokoll
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=()
for f in corpus/*; do
  [ -f "$f" ] || continue
  name=$(basename "$f")
  [ -f "corpus/expected/$name.json" ] || continue   # minutes only
  files+=("$f")
done
for ((i = 0; i < copies; i++)); do
  for f in "${files[@]}"; do cp "$f" "$work/$i-$(basename "$f")"; done
done
bytes=$(cat "$work"/* | wc -c)
count=$(ls "$work" | wc -l)
start=$(date +%s.%N)
"$bin" parse --quiet "$work"/* >/dev/null
end=$(date +%s.%N)
python3 - "$bytes" "$count" "$start" "$end" <<'PY'
import sys
b, n, s, e = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
t = e - s
print(f"{n} files, {b/1e6:.1f} MB in {t:.2f} s: {b/1e6/t:.1f} MB/s, {n/t:.0f} files/s (one process, one core, JSON written to /dev/null)")
PY
