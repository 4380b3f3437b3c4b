#!/usr/bin/env bash
# The start-up benchmark: see README.md beside this script. Prints markdown tables.
#   releng/benchmarks/startup-benchmark.sh [WORK_DIR]     (default: target/benchmarks)
# RUNS (default 5) timed runs of each command. Needs: a JDK 21+ (found like ./modelbench finds it);
# for the IDE row Xvfb and xwininfo (apt-get install xvfb x11-utils); for the sound row the sets of
# sound-benchmark.sh (made here when missing, with the packages it names).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
work=$(mkdir -p "${1:-$root/target/benchmarks}" && cd "${1:-$root/target/benchmarks}" && pwd)
runs=${RUNS:-5}
"$root/modelbench" --help >/dev/null # builds the lab image if it is missing or stale
image=$(dirname "$(find "$root/releng/dev.modelbench.product/target/products/dev.modelbench.product" -path '*/modelbench/modelbench' | head -1)")
# Its own cache, so that the first runs below are the first runs of this image.
export XDG_CACHE_HOME=$work/startup-cache OMP_NUM_THREADS=1
rm -rf "$XDG_CACHE_HOME"

# Times "$@" $runs times (after one untimed run, which makes the caches); prints
# "min median" of the wall times and of the CPU times (user + system), in seconds.
timed() {
	local walls=() cpus=() i
	"$@" >/dev/null
	for ((i = 0; i < runs; i++)); do
		/usr/bin/time -o "$work/startup-time" -f '%e %U %S' "$@" >/dev/null
		read -r wall user system <"$work/startup-time"
		walls+=("$wall")
		cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')")
	done
	printf '%s %s\n' "$(min_median "${walls[@]}")" "$(min_median "${cpus[@]}")"
}
min_median() {
	printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.2f %.2f\n", v[1], v[int((NR + 1) / 2)] }'
}
row() { # LABEL MIN MEDIAN CPU_MIN CPU_MEDIAN
	printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$5" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

# 1. A small image project with a trained model (the shipped sample), and one picture.
workspace=$work/startup-workspace
rm -rf "$workspace"
"$image/modelbench" quickstart --workspace "$workspace" >/dev/null
picture=$workspace/quickstart/data/zero/zero-01.png

echo "| command ($runs runs each) | wall min s | wall median s | CPU min s | CPU median s | load average |"
echo "|---|---|---|---|---|---|"
for start in before after; do
	# MODELBENCH_FAST_START=0 starts from the image's own configuration, as every start did before.
	fast=$([[ $start == after ]] && echo 1 || echo 0)
	read -r a b c d < <(MODELBENCH_FAST_START=$fast timed "$image/modelbench" predict --project quickstart --workspace "$workspace" "$picture")
	row "predict, one picture ($start)" "$a" "$b" "$c" "$d"
	read -r a b c d < <(MODELBENCH_FAST_START=$fast timed "$image/modelbench" info --project quickstart --workspace "$workspace")
	row "info ($start)" "$a" "$b" "$c" "$d"
done

# 2. The IDE's cold start: from the command to the workbench window on a virtual display, a new
#    workspace each time (as a pupil's first start is).
ide_start() {
	local ide_workspace=$work/startup-ide-workspace display pid start
	rm -rf "$ide_workspace" "$work/xvfb-display"
	# Xvfb picks a free display and writes its number when it is ready (a fixed one may be taken).
	Xvfb -displayfd 3 -screen 0 1920x1080x24 3>"$work/xvfb-display" >/dev/null 2>&1 &
	local xvfb=$!
	until [[ -s $work/xvfb-display ]]; do sleep 0.05; done
	display=:$(head -1 "$work/xvfb-display")
	start=$(date +%s.%N)
	DISPLAY=$display MODELBENCH_WORKSPACE=$ide_workspace "$image/modelbench" >"$work/ide-start.log" 2>&1 &
	pid=$!
	until DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"[^"]* - Model Bench'; do
		if ! kill -0 "$pid" 2>/dev/null; then
			# Without this the loop would wait forever for a window that will not come.
			echo "startup-benchmark: the IDE ended before its window showed; see $work/ide-start.log and $ide_workspace/.metadata/.log" >&2
			kill "$xvfb"
			return 1
		fi
		sleep 0.05
	done
	awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f\n", b - a }'
	kill "$pid" "$xvfb"
	wait "$pid" "$xvfb" 2>/dev/null || true
}
if command -v Xvfb >/dev/null && command -v xwininfo >/dev/null; then
	ide_start >/dev/null
	ide_times=()
	for ((i = 0; i < runs; i++)); do ide_times+=("$(ide_start)"); done
	read -r a b < <(min_median "${ide_times[@]}")
	row "IDE cold start to the workbench window" "$a" "$b" "" ""
fi

# 3. Training a sound project of 5 classes x 30 clips from the command line, start-up included.
sets=$work/sound-sets
[[ -d $sets/instruments/labelled/train ]] || SETS_ONLY=1 "$root/releng/benchmarks/sound-benchmark.sh" "$work" >/dev/null
sound_workspace=$work/startup-sound-workspace
rm -rf "$sound_workspace"
"$image/modelbench" import "$sets/instruments/labelled/train" --project sounds --workspace "$sound_workspace" >/dev/null
read -r a b c d < <(timed "$image/modelbench" train --project sounds --workspace "$sound_workspace")
row "train, sound project 5 x 30 clips, start-up included" "$a" "$b" "$c" "$d"
