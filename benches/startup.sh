#!/usr/bin/env bash
# Time from process start to the sign-in code on screen, against the embedded demo org, in a
# real X window (Xvfb, winit with the software renderer). Prints every run and the median.
#   benches/startup.sh [RUNS]        (default 9; needs xvfb: apt-get install xvfb)
set -euo pipefail
runs=${1:-9}
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/wallboard
display=:93
Xvfb "$display" -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
state=$(mktemp -d)
inner=()
outer=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  line=$(DISPLAY=$display WAYLAND_DISPLAY= SLINT_BACKEND=winit-software WALLBOARD_STATE_DIR="$state" WALLBOARD_LOG=error \
         "$bin" --demo --exit-when-code-shown 2>/dev/null | grep -m1 'code on screen after')
  end=$(date +%s%N)
  ms=$(echo "$line" | grep -o '[0-9]\+ ms' | grep -o '[0-9]\+')
  wall=$(( (end - start) / 1000000 ))
  inner+=("$ms"); outer+=("$wall")
  echo "run $i: code on screen ${ms} ms after main(); whole process ${wall} ms"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "median over $runs runs: code on screen $(median "${inner[@]}") ms after main(); process start to exit after the code frame $(median "${outer[@]}") ms"
