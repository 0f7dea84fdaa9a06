#!/usr/bin/env python3
"""pactlint's end-to-end benchmark: pactlint against libyaml's own event parser, in one run.

usage: Benchmarks/run.py [--count N] [--repeat R] [--write-doc]

In one run, on the same generated portfolio (Benchmarks/generate-portfolio.py):
  floor      a C program that only runs libyaml's event parser over the files (Benchmarks/floor.c)
  jobs=1     `pactlint check` with the full default pack, release build (static Swift runtime), one file at a time
  jobs=all   the same with every core
  one file   process start to exit for one ~10 KB document
  memory     peak resident memory (GNU time) for N documents and for N/10 (both with the same
             3 large documents, so that only the count differs), with and without the portfolio
             rules, whose per-document data is all that may grow with the portfolio
  instructions  valgrind's instruction counts for the floor and `--jobs 1` over the first
             --instructions documents: repeatable on a shared machine, where wall times are not
Prints each time (wall and CPU) and its ratio to the floor; --write-doc also writes
docs/performance.md. The floor and the two checks run in turn, --repeat rounds of the three
(the machine's speed drifts on a shared host): times are medians, and each ratio is the
median of the rounds' ratios to the floor of the same round, with their range.
"""
import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "Benchmarks", ".work")


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_once(command, stdin_text=None):
    """Wall time and CPU time (user + system) of one run of `command`, in seconds."""
    cpu_before = children_cpu()
    start = time.perf_counter()
    subprocess.run(command, input=stdin_text, capture_output=True, text=True)
    return time.perf_counter() - start, children_cpu() - cpu_before


def timed(command, repeat, stdin_text=None):
    """Median wall time and median CPU time of `command` over `repeat` runs, in seconds."""
    runs = [timed_once(command, stdin_text) for _ in range(repeat)]
    return statistics.median(wall for wall, _ in runs), statistics.median(cpu for _, cpu in runs)


def timed_in_rounds(commands, repeat):
    """Each of `commands` (command, standard input) run once a round, in turn, for `repeat`
    rounds: the machine's speed drifts over minutes on a shared host (the floor alone has
    taken 1.45 s and 2.5 s), and a ratio is only fair between runs made under the same
    conditions. Returns, per command, the list of (wall, CPU) times by round."""
    rounds = []
    for number in range(repeat):
        rounds.append([timed_once(command, stdin_text) for command, stdin_text in commands])
        print(f"round {number + 1}: " + ", ".join(f"{wall:.2f} s" for wall, _ in rounds[-1]), file=sys.stderr)
    return [[round_[index] for round_ in rounds] for index in range(len(commands))]


def instructions(command, stdin_text=None):
    """Instructions executed by `command` under callgrind (`None` without valgrind)."""
    if shutil.which("valgrind") is None:
        return None
    output = os.path.join(WORK, "callgrind.out")
    result = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={output}"] + command,
                            input=stdin_text, capture_output=True, text=True)
    os.remove(output)
    match = re.search(r"Collected : (\d+)", result.stderr)
    return int(match.group(1)) if match else None


def peak_memory_mb(command):
    result = subprocess.run(["/usr/bin/time", "-v"] + command, capture_output=True, text=True)
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    return int(match.group(1)) / 1024 if match else float("nan")


def portfolio_rules(pactlint):
    """Ids of the default pack's portfolio rules, as `pactlint rules --format json` lists them."""
    listing = json.loads(run([pactlint, "rules", "--format", "json"]).stdout)
    return [rule["id"] for rule in listing["rules"] if rule["scope"] == "portfolio"]


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(next(line.split()[1] for line in f if line.startswith("MemTotal")))
            memory = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        pass
    swift = run(["swift", "--version"]).stdout.splitlines()[0]
    return f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; {swift}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--instructions", type=int, default=100, metavar="N",
                        help="documents counted under callgrind (0: skip)")
    parser.add_argument("--write-doc", action="store_true")
    args = parser.parse_args()

    portfolio = os.path.join(WORK, f"portfolio-{args.count}+3")
    small = os.path.join(WORK, f"portfolio-{args.count // 10}+3")
    for directory, count, large in [(portfolio, args.count, 3), (small, args.count // 10, 3)]:
        if not os.path.isdir(directory):
            print(f"generating {count} documents in {directory}", file=sys.stderr)
            run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate-portfolio.py"), directory,
                 "--count", str(count), "--large", str(large)])

    floor = os.path.join(WORK, "floor")
    flags = run(["pkg-config", "--cflags", "--libs", "yaml-0.1"]).stdout.split()
    run(["cc", "-O2", "-o", floor, os.path.join(ROOT, "Benchmarks", "floor.c")] + flags)
    # The release build the README recommends: the Swift runtime linked in, which saves the
    # dynamic loading of Foundation and its ICU data at every start.
    print("building pactlint (release, --static-swift-stdlib)", file=sys.stderr)
    scratch = os.path.join(ROOT, ".build-benchmark")
    run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "pactlint",
         "--scratch-path", scratch], cwd=ROOT)
    pactlint = os.path.join(scratch, "release", "pactlint")

    files = sorted(os.path.join(portfolio, name) for name in os.listdir(portfolio))
    listing = "\n".join(files) + "\n"
    total_bytes = sum(os.path.getsize(path) for path in files)
    cores = os.cpu_count() or 1
    check = [pactlint, "check", portfolio, "--format", "json", "--output", "/dev/null", "--fail-on", "never"]

    # One untimed pass of each first: the first round would otherwise pay for reading the
    # files into the page cache (the floor's first run took 3.2 s against 1.4–1.8 s after)
    # and for paging the binaries in.
    timed_once([floor], listing)
    timed_once(check + ["--jobs", "1"])
    floor_runs, jobs1_runs, jobs_all_runs = timed_in_rounds(
        [([floor], listing), (check + ["--jobs", "1"], None), (check + ["--jobs", str(cores)], None)], args.repeat)

    def median(runs, part):
        return statistics.median(run[part] for run in runs)

    floor_time, floor_cpu = median(floor_runs, 0), median(floor_runs, 1)
    jobs1, jobs1_cpu = median(jobs1_runs, 0), median(jobs1_runs, 1)
    jobs_all, jobs_all_cpu = median(jobs_all_runs, 0), median(jobs_all_runs, 1)

    def ratios(runs):
        """The median of the rounds' ratios to the floor of the same round, and their range."""
        each = sorted(run[0] / floor_run[0] for run, floor_run in zip(runs, floor_runs))
        return f"{statistics.median(each):.2f}× ({each[0]:.2f}–{each[-1]:.2f})"
    one_file = os.path.join(portfolio, "p000000.yaml")
    one, one_cpu = timed([pactlint, "check", one_file, "--fail-on", "never"], max(args.repeat, 20))
    memory_all = peak_memory_mb(check + ["--jobs", str(cores)])
    # The same run without the portfolio rules: what is left grows with nothing but the
    # largest document.
    no_portfolio = os.path.join(WORK, "no-portfolio-rules.yml")
    skipped = portfolio_rules(pactlint)
    with open(no_portfolio, "w") as f:
        f.write(f"disable: [{', '.join(skipped)}]\n")
    memory_no_portfolio = peak_memory_mb(check + ["--jobs", str(cores), "--config", no_portfolio])
    memory_small_no_portfolio = peak_memory_mb(
        [pactlint, "check", small, "--format", "json", "--output", "/dev/null", "--fail-on", "never", "--jobs", str(cores),
         "--config", no_portfolio])
    memory_small = peak_memory_mb(
        [pactlint, "check", small, "--format", "json", "--output", "/dev/null", "--fail-on", "never", "--jobs", str(cores)])

    counted = [path for path in files if os.path.basename(path).startswith("p")][:args.instructions]
    floor_instructions = pactlint_instructions = None
    if counted:
        print(f"counting instructions over {len(counted)} documents", file=sys.stderr)
        floor_instructions = instructions([floor], "\n".join(counted) + "\n")
        pactlint_instructions = instructions(
            [pactlint, "check", "--format", "json", "--output", "/dev/null", "--fail-on", "never", "--jobs", "1"]
            + counted)

    def shown(seconds):
        return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"

    rows = [
        ("floor: libyaml event parse", floor_time, floor_cpu, "1.00×", "—"),
        ("pactlint check, --jobs 1", jobs1, jobs1_cpu, ratios(jobs1_runs), "≤ 3×"),
        (f"pactlint check, --jobs {cores}", jobs_all, jobs_all_cpu, ratios(jobs_all_runs), "≤ 1.7×"),
        ("one 10 KB file, process start to exit", one, one_cpu, "", "< 30 ms"),
    ]
    lines = [
        f"Portfolio: {len(files)} files ({args.count} documents of ~10 KB + 3 of ~1 MB), "
        f"{total_bytes / 1e6:.1f} MB; {args.repeat} rounds of floor, --jobs 1 and --jobs {cores} run in turn: "
        f"median times, and the median (and range) of each round's ratio to that round's floor; "
        f"one file: median of {max(args.repeat, 20)} runs.",
        f"Machine: {machine()}; load average {os.getloadavg()[0]:.1f} at the end of the run.",
        "",
        "| measurement | wall time | CPU time | wall ratio to floor (range) | target |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, seconds, cpu, ratio, target in rows:
        lines.append(f"| {name} | {shown(seconds)} | {shown(cpu)} | {ratio} | {target} |")
    lines += [
        "",
        f"| peak memory (`/usr/bin/time -v`, --jobs all) | MB | MB without the portfolio rules ({', '.join(skipped)}) |",
        "|---|---:|---:|",
        f"| {args.count // 10} documents (+3 large) | {memory_small:.0f} | {memory_small_no_portfolio:.0f} |",
        f"| {args.count} documents (+3 large) | {memory_all:.0f} | {memory_no_portfolio:.0f} |",
    ]
    if floor_instructions and pactlint_instructions:
        lines += [
            "",
            f"| instructions (callgrind), first {len(counted)} documents | count | ratio to floor |",
            "|---|---:|---:|",
            f"| floor: libyaml event parse | {floor_instructions / 1e6:,.0f} M | 1.00× |",
            f"| pactlint check, --jobs 1 (start-up included) | {pactlint_instructions / 1e6:,.0f} M "
            f"| {pactlint_instructions / floor_instructions:.2f}× |",
        ]
    table = "\n".join(lines)
    print(table)
    if args.write_doc:
        path = os.path.join(ROOT, "docs", "performance.md")
        text = open(path).read() if os.path.exists(path) else "# Performance\n"
        begin, end = "<!-- benchmark:begin -->", "<!-- benchmark:end -->"
        block = f"{begin}\n{table}\n{end}"
        text = re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: block, text, flags=re.S) \
            if begin in text else text.rstrip() + "\n\n" + block + "\n"
        open(path, "w").write(text)
        print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
