#!/usr/bin/env bash
# The image benchmark: see README.md beside this script. Prints markdown tables.
#   releng/benchmarks/image-benchmark.sh [WORK_DIR]     (default: target/benchmarks)
# Needs: a JDK 21+ (found like ./modelbench finds it), apt-get (to download two Debian packages
# without installing them), npm (to fetch the MobileNetV2 of Teachable Machine's recipe).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
work=$(mkdir -p "${1:-$root/target/benchmarks}" && cd "${1:-$root/target/benchmarks}" && pwd)
# shellcheck source=../dev.modelbench.platform.feature/rootfiles/modelbench
source "$root/releng/dev.modelbench.platform.feature/rootfiles/modelbench"
JAVA_HOME=$(modelbench_find_java_home jdk) || { echo "image-benchmark: needs a JDK 21+" >&2; exit 1; }
export JAVA_HOME OMP_NUM_THREADS=1

# 1. Data no one here made: Fashion-MNIST (Debian dataset-fashion-mnist) and OpenCV's digits.png
#    (Debian opencv-doc), as class folders of PNG files.
if [[ ! -d $work/sets/digits/test ]]; then
	mkdir -p "$work/debs"
	(cd "$work/debs" && apt-get download dataset-fashion-mnist opencv-doc)
	for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$work/debs/x"; done
	"$JAVA_HOME/bin/java" "$root/releng/benchmarks/MakeImageSets.java" \
		"$work/debs/x/usr/share/datasets/fashion-mnist" \
		"$work/debs/x/usr/share/doc/opencv-doc/examples/data/digits.png" "$work/sets"
fi

# 1b. The colour sets, whose training and test pictures come from different artists: Tux Paint's
#     stamps against Openclipart's drawings, Papirus icons against Adwaita's, elementary's and
#     Breeze's (MakeColourSets.java says which classes). rsvg-convert rasterises the scalable icons.
if [[ ! -d $work/sets/icons/test ]]; then
	mkdir -p "$work/colour-debs"
	(cd "$work/colour-debs" && apt-get download tuxpaint-stamps-default openclipart-png papirus-icon-theme \
		adwaita-icon-theme elementary-xfce-icon-theme breeze-icon-theme librsvg2-bin)
	for deb in "$work"/colour-debs/*.deb; do dpkg-deb -x "$deb" "$work/colour-debs/x"; done
	"$JAVA_HOME/bin/java" "$root/releng/benchmarks/MakeColourSets.java" "$work/colour-debs/x" \
		"$work/colour-debs/x/usr/bin/rsvg-convert" "$work/sets"
fi

# 2. The final 1280-d MobileNetV2 layer that Teachable Machine's recipe trains on, made by the
#    converter from the same npm package as the shipped extractor (not shipped itself).
final_layer=$work/mobilenet_v2_final_global.onnx
if [[ ! -f $final_layer ]]; then
	(cd "$work" && npm pack --silent nsfwjs@4.4.0 >/dev/null && tar xzf nsfwjs-4.4.0.tgz)
	(cd "$root/releng/mobilenet-converter" && "$root/mvnw" -B -q package &&
		CLASSPATH='target/classes:target/lib/*' "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
			dev.modelbench.releng.mobilenet.ConvertMobileNet --package "$work/package" --cut final --pool global \
			--weights uint8 --out "$final_layer")
fi

# 3. The command line, start-up included: a 4-class, 50-per-class set from "train" to a kept model.
"$root/modelbench" --help >/dev/null # builds the lab image if it is missing or stale
echo "| command line, fashion4x50 (4 classes x 50) | run 1 | run 2 | run 3 |"
echo "|---|---|---|---|"
now() { date +%s.%N; }
train_times=() predict_times=()
for run in 1 2 3; do
	workspace=$work/cli-workspace-$run
	rm -rf "$workspace"
	"$root/modelbench" import "$work/sets/fashion4x50" --project f4 --workspace "$workspace" >/dev/null
	start=$(now)
	"$root/modelbench" train --project f4 --workspace "$workspace" >/dev/null
	train_times+=("$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')")
	# Steady-state prediction: 201 files in one run minus 1 file in another, per file.
	mapfile -t files < <(find "$work/sets/fashion5/test" -name '*.png' | sort | head -201)
	start=$(now)
	"$root/modelbench" predict --project f4 --workspace "$workspace" "${files[0]}" >/dev/null
	middle=$(now)
	"$root/modelbench" predict --project f4 --workspace "$workspace" "${files[@]}" >/dev/null
	predict_times+=("$(awk -v a="$start" -v b="$middle" -v c="$(now)" 'BEGIN { print 1000 * ((c - b) - (b - a)) / 200 }')")
done
printf '| train, start-up included (s) | %.1f | %.1f | %.1f |\n' "${train_times[@]}"
printf '| predict, per image in a run (ms) | %.1f | %.1f | %.1f |\n' "${predict_times[@]}"
echo

# 4. Accuracy, training time, prediction time and peak memory per model, inside one OSGi runtime.
#    EXTRACTOR=FILE.onnx adds a row for another extractor made by releng/mobilenet-converter.
"$root/mvnw" -B -f "$root/pom.xml" verify \
	-pl bundles/dev.modelbench.core,bundles/dev.modelbench.core.tests,bundles/dev.modelbench.train,bundles/dev.modelbench.capture,bundles/dev.modelbench.train.tests \
	-Dtest=ImageBenchmark -DfailIfNoTests=false \
	"-Dmodelbench.benchmark.args=-Dmodelbench.benchmark.images=$work/sets -Dmodelbench.benchmark.finalLayer=$final_layer -Dmodelbench.benchmark.seeds=${SEEDS:-3}${EXTRACTOR:+ -Dmodelbench.benchmark.extractor=$EXTRACTOR}" \
	| grep '^|'
