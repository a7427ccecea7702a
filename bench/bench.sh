#!/usr/bin/env bash
# Prints rootwatch's speed figures on this machine. Loopback only: it starts its own openssl servers
# on 127.0.0.1..127.0.0.$SERVERS and never contacts anything else.
#   bench/bench.sh            # defaults: 16 servers, 25 targets each (400 captures)
#   SERVERS=8 PER_SERVER=50 bench/bench.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$root/../shared/corpus"
servers="${SERVERS:-16}"
per_server="${PER_SERVER:-25}"
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

"$root/rootwatch" --version >/dev/null   # builds the jar if needed, outside the timings

ms() { date +%s%3N; }

echo "== reference data: load the corpus CCADB reports + 33 all-CA-certificate files (10,229 rows)"
start=$(ms)
"$root/rootwatch" inspect "$corpus/chains/badssl_wildcard-rsa2048.pem" --offline --db "$work/bench.db" \
  --ccadb "$corpus/ccadb/IncludedCACertificateWithPEMReport_2026-06-24.csv" \
  --ccadb "$corpus/ccadb/RemovedCACertificateWithPEMReport_2026-06-16.csv" \
  --ccadb "$corpus/ccadb/AllCertificatePEMsCSVFormat_2026-08-21" --at 2021-06-01 --format csv >/dev/null || true
echo "inspect with full CCADB data: $(( $(ms) - start )) ms (JVM start + load + judge one chain)"

echo "== scan: $servers openssl s_server on 127.0.0.1..127.0.0.$servers, $per_server targets each"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 30 \
  -subj "/CN=bench.test" -addext "subjectAltName=DNS:bench.test" 2>/dev/null
: > "$work/targets.txt"
for i in $(seq 1 "$servers"); do
  port=$((20000 + i))
  openssl s_server -accept "127.0.0.$i:$port" -cert "$work/cert.pem" -key "$work/key.pem" -quiet \
    </dev/zero >/dev/null 2>&1 &
  pids+=($!)
  # A distinct SNI per line makes each a distinct endpoint (scan skips exact duplicates).
  for j in $(seq 1 "$per_server"); do echo "127.0.0.$i:$port sni=t$j.bench.test" >> "$work/targets.txt"; done
done
sleep 1
total=$((servers * per_server))
start=$(ms)
"$root/rootwatch" scan --targets "$work/targets.txt" --offline --db "$work/bench.db" --format csv \
  --ccadb "$corpus/ccadb/IncludedCACertificateWithPEMReport_2026-06-24.csv" > "$work/scan.csv" || true
elapsed=$(( $(ms) - start ))
ok=$(grep -c ',ok,' "$work/scan.csv" || true)
echo "scanned $total targets ($ok captured ok) in $elapsed ms: $(( total * 1000 / (elapsed > 0 ? elapsed : 1) )) captures/s including JVM start"
echo "database: $(du -h "$work/bench.db" | cut -f1) for $total captures"
