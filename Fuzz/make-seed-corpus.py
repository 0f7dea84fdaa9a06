#!/usr/bin/env python3
"""Writes the seed corpus of each fuzz target into Fuzz/corpus/<target>/ from the project's
own inputs: the yaml-test-suite, Samples/, Rules/, the JSONPath CTS, the rule-language
examples and waiver examples. Files are named by the SHA-1 of their content, as libFuzzer
names the inputs it adds, so running this again adds nothing twice.

Run from anywhere: python3 Fuzz/make-seed-corpus.py
"""
import glob
import hashlib
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "Fuzz", "corpus")


def add(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    directory = os.path.join(CORPUS, target)
    os.makedirs(directory, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(directory, name), "wb") as handle:
        handle.write(data)


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as handle:
        return handle.read()


def rules_of(text):
    """Each rule of a rule file as a rule file of its own (smaller seeds mutate better)."""
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if re.match(r"^  - id: ", line)]
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        yield "rules:\n" + "".join(lines[start:end])


# YAML loader: every yaml-test-suite input, the samples, the rule files, a few fixtures.
suite = json.loads(read("Tests/YAMLSourceTests/Resources/yaml-test-suite.json"))
for test in suite["tests"]:
    add("yaml", test["in_yaml"])
for path in sorted(glob.glob(os.path.join(ROOT, "Samples", "*.yaml"))):
    add("yaml", read(path))
for path in sorted(glob.glob(os.path.join(ROOT, "Rules", "fixtures", "FMT-0*", "*.yaml")))[:12]:
    add("yaml", read(path))

# Rule loader: each rule of the real pack as its own file, the example pack's rule files,
# and every YAML example of the rule-language reference that holds rules.
for path in sorted(glob.glob(os.path.join(ROOT, "Rules", "*.yaml"))):
    name = os.path.basename(path)
    if name in ("pack.yaml", "principles.yaml"):
        continue
    for rule in rules_of(read(path)):
        add("rules", rule)
for path in sorted(glob.glob(os.path.join(ROOT, "Tests", "PactLintTests", "Resources", "ExamplePack", "*.yaml"))):
    if os.path.basename(path) not in ("pack.yaml", "principles.yaml"):
        add("rules", read(path))
language = read("docs/rule-language.md")
for block in re.findall(r"```yaml\n(.*?)```", language, re.S):
    if "rules:" in block:
        add("rules", block)

# JSONPath: every CTS selector, and every query and expression of the real pack.
cts = json.loads(read("Tests/JSONPathTests/Resources/jsonpath-cts.json"))
for test in cts["tests"]:
    if "selector" in test:
        add("jsonpath", test["selector"])
queries = set()
for path in sorted(glob.glob(os.path.join(ROOT, "Rules", "*.yaml"))):
    for match in re.finditer(r"""(?:^|[\s:\[,{-])["']?([$@][^"'\n]*)""", read(path), re.M):
        queries.add(match.group(1).strip())
    for match in re.finditer(r"^\s*-?\s*expr:\s*\"(.*)\"\s*$", read(path), re.M):
        queries.add(match.group(1).replace('\\"', '"'))
for query in sorted(queries):
    add("jsonpath", query)

# Waivers: directive comments, good and broken, inside small YAML files.
waivers = [
    "# pactlint-disable-next-line R-01, R-02 until 2027-01-31 -- agreed in council\nkey: value\n",
    "# pactlint-disable R-01 -- quoting the original text\na: 1\n",
    "# pactlint-disable until 31/01/2027 -- reason\n",
    "a: 1 # pactlint-disable-next-line first-rule\nb: 2\n",
    "# pactlint-disable-next-line R-02 --   \n\n# just a comment\nc: 3\n",
    "# pactlint-disable-next-line NOPE-9 -- typo\n# pactlint-disable-next-line second-rule -- stacked\nd: [1, 2]\n",
    "# pactlint-disabled R-01\n# pactlint-disable-line R-01 -- x\ne: '# pactlint-disable R-01 -- not a comment'\n",
    "# pactlint-disable R-01 until 2020-01-01 -- expired\nf: |\n  # pactlint-disable R-02 -- in a block scalar\n",
    "# pactlint-disable-next-line R-01 until -- missing date\r\ng: h\r\n",
]
for text in waivers:
    add("waivers", text)
