#!/usr/bin/env bash
# The README's "4 tasks, each from its own address" figure: 2,000 tickers on the stand-in allowing
# 5 requests a second per client address, as 4 tasks (--shard k/4), task k from 127.0.0.(k+1),
# then merged and checked against the list. Run from the clone after `npm ci`.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'kill "$serve" 2>/dev/null; rm -rf "$work"' EXIT
seq -f 'T%04g' 0 1999 > "$work/tickers.txt"
node bin/screener.js serve --port 0 --latency 30 --rate-per-client 5 > "$work/serve.out" 2>&1 &
serve=$!
until grep -q 'http://' "$work/serve.out"; do
  kill -0 "$serve" 2>/dev/null || { cat "$work/serve.out" >&2; exit 1; }
  sleep 0.1
done
url=$(grep -o 'http://[0-9.:]*' "$work/serve.out" | head -1)
start=$(date +%s.%N)
tasks=()
for k in 0 1 2 3; do
  node bin/screener.js scrape "$work/tickers.txt" --shard "$k/4" --local-address "127.0.0.$((k + 1))" \
    --base-url "$url" -o "$work/part$k.csv" 2> "$work/task$k.log" &
  tasks+=($!)
done
status=0
for task in "${tasks[@]}"; do wait "$task" || status=1; done
end=$(date +%s.%N)
grep -h '^pool\|^requests' "$work"/task*.log
echo "4 tasks, each from its own address: $(echo "$end - $start" | bc) s"
node bin/screener.js merge "$work/all.csv" "$work"/part{0,1,2,3}.csv --tickers "$work/tickers.txt"
exit "$status"
