#!/usr/bin/env bash
# Submits the scrape as an array of PARTS tasks, at most SLOTS at once, and the merge as a job that
# starts only when every task has ended well; prints the two job ids.
#   deploy/slurm/submit.sh LIST OUTDIR MERGED [PARTS [SLOTS]] [-- screener scrape options…]
# e.g. deploy/slurm/submit.sh tickers.txt parts fundamentals.csv 16 4 -- --workers 8
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
list=${1:?usage: submit.sh LIST OUTDIR MERGED [PARTS [SLOTS]] [-- options]}
outdir=${2:?usage: submit.sh LIST OUTDIR MERGED [PARTS [SLOTS]] [-- options]}
merged=${3:?usage: submit.sh LIST OUTDIR MERGED [PARTS [SLOTS]] [-- options]}
shift 3
parts=16 slots=4
if [[ $# -gt 0 && $1 != -- ]]; then parts=$1 && shift; fi
if [[ $# -gt 0 && $1 != -- ]]; then slots=$1 && shift; fi
if [[ $# -gt 0 ]]; then shift; fi # --

mkdir -p "$outdir"
array=$(sbatch --parsable --array="0-$((parts - 1))%$slots" --chdir="$outdir" "$here/scrape-array.sbatch" \
  "$(realpath "$list")" "$(realpath "$outdir")" "$@")
merge=$(sbatch --parsable --dependency="afterok:${array%%;*}" --kill-on-invalid-dep=yes --chdir="$outdir" "$here/merge.sbatch" \
  "$(realpath "$list")" "$(realpath "$outdir")" "$(realpath -m "$merged")")
echo "array job ${array%%;*} ($parts parts, $slots at once), merge job ${merge%%;*}"
