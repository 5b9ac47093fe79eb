#!/usr/bin/env bash
# Kaplan–Meier on 1,000,000 subjects: R's survfit against LamTrack.Statistics on the same file, same machine,
# same run. Needs R with the survival package (apt-get install r-base-core r-cran-survival).
# Usage: tools/bench/km_vs_r.sh [N] [REPEATS]
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-1000000}"
repeats="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build -c Release benchmarks/LamTrack.Statistics.Benchmarks -v quiet -nologo >/dev/null
r_line="$(Rscript tools/bench/km_vs_r.R "$work/km.csv" "$n" "$repeats")"
cs_line="$(dotnet benchmarks/LamTrack.Statistics.Benchmarks/bin/Release/net10.0/LamTrack.Statistics.Benchmarks.dll km-file "$work/km.csv" "$repeats")"
echo "subjects=$n repeats=$repeats"
echo "R:  $r_line"
echo "C#: $cs_line"
r_s="$(sed -E 's/.*r_median_seconds=([0-9.]+).*/\1/' <<<"$r_line")"
cs_s="$(sed -E 's/.*csharp_median_seconds=([0-9.]+).*/\1/' <<<"$cs_line")"
awk -v r="$r_s" -v c="$cs_s" 'BEGIN { printf "ratio R/C# = %.1fx (target >= 10x)\n", r / c }'
