#!/usr/bin/env bash
# The sound benchmark: see README.md beside this script. Prints markdown tables.
#   releng/benchmarks/sound-benchmark.sh [WORK_DIR]     (default: target/benchmarks)
# Needs: a JDK 21+ (found like ./modelbench finds it) and Debian's sonic-pi-samples, the Asterisk
# prompts named below, espeak-ng and sox (installed with apt-get when run as root).
# SEEDS (default 3) runs per model; CORES (default 2) processors the JVM may use; TASKS and MODELS
# (comma-separated, default all) pick sets (instruments, words, voices-fr, voices-fr-mixed…) and
# model rows (default, longer, plain, channel, mask…; see SoundBenchmark.VARIANTS).
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
work=$(mkdir -p "${1:-$root/target/benchmarks}" && cd "${1:-$root/target/benchmarks}" && pwd)
# shellcheck source=../dev.modelbench.platform.feature/rootfiles/modelbench
source "$root/releng/dev.modelbench.platform.feature/rootfiles/modelbench"
JAVA_HOME=$(modelbench_find_java_home jdk) || { echo "sound-benchmark: needs a JDK 21+" >&2; exit 1; }
export JAVA_HOME OMP_NUM_THREADS=1

# 1. Sounds no one here made: Sonic Pi's instrument samples (FLAC, decoded by sox) and Asterisk's
#    prompts (real speakers: Allison in English and Spanish, June and Armelle in French, a Colombian
#    speaker, Carlo and Menardi in Italian, a Russian speaker), with espeak-ng voices and sox
#    variations, as class folders of WAVs.
packages=(sonic-pi-samples asterisk-core-sounds-en-wav asterisk-core-sounds-es-wav asterisk-core-sounds-fr-wav
	asterisk-core-sounds-it-wav asterisk-core-sounds-ru-wav asterisk-prompt-es-co asterisk-prompt-fr-armelle
	asterisk-prompt-it-menardi-wav espeak-ng sox)
missing=()
for package in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
	if ((EUID != 0)); then
		echo "sound-benchmark: needs sudo apt-get install ${missing[*]}" >&2
		exit 1
	fi
	apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
fi
sets=$work/sound-sets
families=()
[[ -d $sets/instruments/test ]] || families+=(instruments)
[[ -d $sets/words/test-phrases ]] || families+=(words)
[[ -d $sets/voices-ru/test-real ]] || families+=(voices)
if ((${#families[@]})); then
	"$JAVA_HOME/bin/java" "$root/releng/benchmarks/MakeSoundSets.java" /usr/share/sonic-pi/samples \
		/usr/share/asterisk/sounds "$sets" "${families[@]}"
fi
# SETS_ONLY=1: only the sets (the start-up benchmark trains on one from the command line).
[[ ${SETS_ONLY:-0} == 1 ]] && exit 0

# 2. Accuracy, training time, live latency and feature time per model, inside one OSGi runtime.
"$root/mvnw" -B -f "$root/pom.xml" verify \
	-pl bundles/dev.modelbench.core,bundles/dev.modelbench.core.tests,bundles/dev.modelbench.train,bundles/dev.modelbench.capture,bundles/dev.modelbench.train.tests \
	-Dtest=SoundBenchmark -DfailIfNoTests=false \
	"-Dmodelbench.benchmark.args=-XX:ActiveProcessorCount=${CORES:-2} -Dmodelbench.benchmark.sounds=$sets -Dmodelbench.benchmark.seeds=${SEEDS:-3} -Dmodelbench.benchmark.tasks=${TASKS:-} -Dmodelbench.benchmark.models=${MODELS:-}" \
	| awk '/^\| task \| model/ { on = 1 } on && /^(\||$)/'
