#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for a bounded time on its corpus.
#
#   Fuzz/run.sh [SECONDS] [TARGET…]      targets: yaml jsonpath rules waivers (default: all)
#
# SECONDS (default 60) is per target; targets run one after another. New interesting inputs
# are written back to Fuzz/corpus/<target>/ (set FUZZ_SAVE_CORPUS=0 to keep the corpus as it
# is, as CI does; set FUZZ_MINIMIZE=1 to merge the corpus down to the inputs that add
# coverage afterwards). A crash, a timeout (> 10 s for one input) or running out of memory
# (> 2 GB) is saved to Fuzz/crashes/<target>-… and makes the script exit 1.
# Logs: Fuzz/.build/logs/<target>.log. See docs/fuzzing.md.
set -uo pipefail
cd "$(dirname "$0")"

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(yaml jsonpath rules waivers)

product() {
    case "$1" in
    yaml) echo FuzzYAML ;;
    jsonpath) echo FuzzJSONPath ;;
    rules) echo FuzzRules ;;
    waivers) echo FuzzWaivers ;;
    *) echo "run.sh: unknown target '$1' (yaml, jsonpath, rules, waivers)" >&2; exit 2 ;;
    esac
}

# The longest input each target is given: a YAML file or a rule file has room for structure,
# a query or a waiver comment is short.
max_len() {
    case "$1" in
    yaml) echo 8192 ;;
    jsonpath) echo 512 ;;
    rules) echo 8192 ;;
    waivers) echo 2048 ;;
    esac
}

# Debug build (release optimizes away checks the fuzzer should hit) with coverage
# instrumentation and AddressSanitizer on every Swift module; lld, because gold prints
# thousands of warnings about ASan's local symbols. The root package's build-plugin tool
# fails to link with the fuzzer flags (it has no LLVMFuzzerTestOneInput); it is not needed
# here, and SwiftPM goes on.
echo "fuzz: building ${targets[*]}"
build_log=.build/fuzz-build.log
mkdir -p .build
swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld >"$build_log" 2>&1
bin=$(swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld --show-bin-path 2>/dev/null)
for target in "${targets[@]}"; do
    if [ ! -x "$bin/$(product "$target")" ]; then
        echo "fuzz: building $(product "$target") failed; see Fuzz/$build_log" >&2
        grep -E "error:" "$build_log" | grep -v "EmbedFiles\|LLVMFuzzerTestOneInput\|linker command failed\|link command failed" >&2
        exit 2
    fi
done

mkdir -p crashes .build/logs
status=0
for target in "${targets[@]}"; do
    corpus=corpus/$target
    mkdir -p "$corpus"
    dirs=("$corpus")
    if [ "${FUZZ_SAVE_CORPUS:-1}" = 0 ]; then
        # libFuzzer writes new inputs to the first directory: a scratch one.
        scratch=.build/corpus-scratch/$target
        rm -rf "$scratch"
        mkdir -p "$scratch"
        dirs=("$scratch" "$corpus")
    fi
    before=$(ls crashes | wc -l)
    log=.build/logs/$target.log
    echo "fuzz: $target for ${seconds}s (log: Fuzz/$log)"
    ASAN_OPTIONS=detect_leaks=0 "$bin/$(product "$target")" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$target")" \
        -artifact_prefix="crashes/$target-" -print_final_stats=1 "${dirs[@]}" >"$log" 2>&1
    code=$?
    grep -E "^#[0-9]+.*(DONE|pulse)" "$log" | tail -1
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$log"
    after=$(ls crashes | wc -l)
    if [ "$code" -ne 0 ] || [ "$after" -ne "$before" ]; then
        echo "fuzz: $target FAILED (exit $code); new files in Fuzz/crashes/:" >&2
        ls -t crashes | head -n $((after - before)) >&2
        grep -E "ERROR|Fatal error|SUMMARY|==[0-9]+==" "$log" | head -20 >&2
        status=1
    fi
    if [ "${FUZZ_MINIMIZE:-0}" = 1 ] && [ "${FUZZ_SAVE_CORPUS:-1}" != 0 ]; then
        merged=.build/corpus-merged/$target
        rm -rf "$merged"
        mkdir -p "$merged"
        ASAN_OPTIONS=detect_leaks=0 "$bin/$(product "$target")" -merge=1 -timeout=10 \
            -max_len="$(max_len "$target")" "$merged" "$corpus" >"$log.merge" 2>&1 \
            && rm -rf "$corpus" && mv "$merged" "$corpus"
        echo "fuzz: $target corpus minimized to $(ls "$corpus" | wc -l) files"
    fi
done
exit $status
