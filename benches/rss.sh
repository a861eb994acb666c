#!/usr/bin/env bash
# Resident memory of `wallboard --demo` while it rotates through every demo dashboard (5 s each)
# in a real X window (Xvfb, winit, software renderer). Approves the sign-in through the demo
# org's page, then samples VmRSS every 5 s.   benches/rss.sh [SECONDS]   (default 120; needs xvfb, xdotool, curl)
set -euo pipefail
duration=${1:-120}
cd "$(dirname "$0")/.."
cargo build --release --quiet
display=:94
port=18790
Xvfb "$display" -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb=$!
state=$(mktemp -d)
log=$(mktemp)
DISPLAY=$display WAYLAND_DISPLAY= SLINT_BACKEND=winit-software NO_COLOR=1 WALLBOARD_STATE_DIR="$state" \
  WALLBOARD_PLAYLIST="Sales_Pipeline:5,Customer_Service:5,Marketing_Performance:5,Executive_Overview:5" \
  target/release/wallboard --demo --demo-port $port >/dev/null 2>"$log" &
app=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 2
# No window manager under Xvfb, so fullscreen cannot apply: size the window to the screen.
DISPLAY=$display xdotool search --sync --name Wallboard windowsize 1920 1080
code=$(grep -o 'user_code=[A-Z0-9]*' "$log" | head -1 | cut -d= -f2)
ticket=$(curl -s -X POST -d "user_code=$code" "http://127.0.0.1:$port/setup/connect" | grep -o 'name="ticket" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -X POST -d "ticket=$ticket&decision=allow" "http://127.0.0.1:$port/setup/connect/decision" >/dev/null
samples=()
for _ in $(seq 1 $((duration / 5))); do
  sleep 5
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$app/status")
  samples+=("$rss")
done
sorted=$(printf '%s\n' "${samples[@]}" | sort -n)
count=${#samples[@]}
median=$(echo "$sorted" | awk -v n="$count" 'NR == int((n + 1) / 2) {print}')
max=$(echo "$sorted" | tail -1)
first=${samples[0]}
last=${samples[$((count - 1))]}
echo "RSS while rotating 4 dashboards every 5 s for ${duration} s ($count samples): median $((median / 1024)) MiB, max $((max / 1024)) MiB, first $((first / 1024)) MiB, last $((last / 1024)) MiB"
grep -q "showing dashboards" "$log" || { echo "the sign-in did not complete; see $log" >&2; exit 1; }
