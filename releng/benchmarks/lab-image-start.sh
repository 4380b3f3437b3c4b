#!/usr/bin/env bash
# Cold start of the Linux lab image as a pupil meets it: the archive unpacked into a new folder,
# a new workspace, then the time from the start script to the workbench window, and the Java
# process's resident memory after it has idled. The issue's goals: 15 s and 1 GB.
#   releng/benchmarks/lab-image-start.sh [RUNS] [IDLE_SECONDS]     (default 3 runs, 30 s idle)
# Needs the built archive (./mvnw -DskipTests verify), xwininfo, and a display or xvfb-run.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
if [[ -z ${DISPLAY:-} ]]; then
	exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi
archive=$root/releng/dev.modelbench.product/target/products/modelbench-lab-image-linux.gtk.x86_64.tar.gz
[[ -f $archive ]] || { echo "lab-image-start: no $archive; build it first (./mvnw -DskipTests verify)" >&2; exit 1; }
runs=${1:-3} idle=${2:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# CPU seconds used until the window shows tell what a busy machine's wall clock hides.
ticks=$(getconf CLK_TCK)
echo "| run | start to workbench window (s) | CPU used until then (s) | resident memory after ${idle} s idle (MiB) |"
echo "|---|---|---|---|"
for ((run = 1; run <= runs; run++)); do
	folder=$work/run$run
	mkdir -p "$folder"
	tar -xzf "$archive" -C "$folder"
	start=$(date +%s.%N)
	"$folder/modelbench/modelbench" -data "$folder/workspace" >"$folder/ide.log" 2>&1 &
	pid=$!
	until xwininfo -root -tree | grep -q '"[^"]*Model Bench'; do
		kill -0 "$pid" 2>/dev/null || { cat "$folder/ide.log" >&2; echo "lab-image-start: the IDE ended before its window showed" >&2; exit 1; }
		(( $(date +%s) - ${start%.*} < 180 )) || { echo "lab-image-start: no window within 180 s" >&2; kill "$pid"; exit 1; }
		sleep 0.1
	done
	shown=$(date +%s.%N)
	cpu_ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
	sleep "$idle"
	rss_kib=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
	kill "$pid"
	wait "$pid" 2>/dev/null || true
	awk -v run="$run" -v start="$start" -v shown="$shown" -v cpu="$cpu_ticks" -v ticks="$ticks" -v kib="$rss_kib" \
		'BEGIN { printf "| %d | %.1f | %.1f | %d |\n", run, shown - start, cpu / ticks, kib / 1024 }'
done
