#!/usr/bin/env python3
"""Writes a deterministic portfolio of fictional partnership/v1 documents for benchmarks.

usage: generate-portfolio.py OUT_DIR [--count N] [--size BYTES] [--large K] [--seed S]

Each document is built from the partnership/v1 vocabularies with a seeded random generator,
then grown with actions and budget lines until it reaches about --size bytes. --large adds K
documents of about 1 MB. The same arguments always write the same bytes.
"""
import argparse
import os
import random

AREAS = ["protection", "legal-migration", "root-causes", "smuggling-trafficking", "border-management",
         "return-readmission", "reintegration", "search-and-rescue"]
WIDER = ["macroeconomic-stability", "economy-trade", "investment", "energy", "education-skills",
         "stability-security", "people-to-people", "governance-rule-of-law", "development", "climate"]
ACTIVITIES = ["equipment", "training", "surveillance", "interception", "departure-prevention", "search-and-rescue",
              "voluntary-return", "reintegration-support", "reception", "registration", "asylum-system",
              "legal-aid", "awareness", "capacity-building", "job-placement", "skills-training", "scholarships"]
BENEFICIARIES = ["coast-guard", "border-police", "police", "interior-ministry", "ministry", "municipality",
                 "civil-society", "international-organisation", "migrants", "refugees", "host-communities",
                 "returnees", "employers", "education-institutions"]
TARGETS = ["children", "unaccompanied-minors", "trafficking-victims", "women", "refugees", "asylum-seekers",
           "host-communities", "returnees", "migrants", "youth", "workers", "students"]
SAFEGUARDS = ["non-refoulement", "end-user-vetting", "voluntariness", "safe-disembarkation",
              "human-rights-monitoring", "complaint-mechanism", "data-protection", "child-protection"]
REGIONS = ["north-africa", "west-africa", "sahel", "horn-of-africa", "middle-east", "asia", "western-balkans"]
ROUTES = ["central-mediterranean", "western-mediterranean", "atlantic", "eastern-mediterranean", "western-balkans"]
ROLES = ["origin", "transit", "destination", "host"]
INSTRUMENTS = ["NDICI-GE", "EFSD+", "MFA", "EUTF-Africa", "BMVI", "AMIF", "Erasmus+", "humanitarian"]
MODALITIES = ["grant", "loan", "guarantee", "investment", "budget-support"]
IMPLEMENTERS = ["IOM", "UNHCR", "ICMPD", "UNICEF", "UNODC", "ILO", "Enabel", "GIZ", "AFD", "Expertise France"]
WORDS = ("the partnership supports national authorities communities and civil society in strengthening "
         "protection reception registration asylum procedures labour mobility skills recognition youth "
         "employment local development water energy investment governance border management with full "
         "respect for human rights and international law through training equipment and technical assistance "
         "in coastal and interior governorates over the programme period with regular monitoring").split()


def sentence(rng, words):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def flow(items):
    return "[" + ", ".join(items) + "]"


def document(rng, index, target_size):
    code = "X" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(2))
    country = "Partneria " + str(index)
    roles = sorted(rng.sample(ROLES, rng.randint(1, 3)), key=ROLES.index)
    routes = rng.sample(ROUTES, rng.randint(1, 2))
    out = []
    w = out.append
    w(f"# Generated for pactlint benchmarks: a FICTIONAL partner country ({country}, code {code}).")
    w("schema: partnership/v1")
    w(f"id: bench-{index:06d}")
    w(f"title: Partnership between the European Union and {country}")
    w(f"status: {rng.choice(['draft', 'proposed', 'adopted', 'in-force'])}")
    w("partner:")
    w(f"  country: {country}")
    w(f"  iso3: {code}")
    w(f"  region: {rng.choice(REGIONS)}")
    w(f"  neighbourhood: {rng.choice(['southern', 'eastern', 'none'])}")
    w(f"  roles: {flow(roles)}")
    w(f"  refugee_convention_party: {rng.choice(['true', 'false'])}")
    w(f"routes: {flow(routes)}")
    year = rng.randint(2021, 2026)
    w("agreement:")
    w(f"  type: {rng.choice(['memorandum-of-understanding', 'joint-declaration', 'strategic-comprehensive-partnership', 'package'])}")
    w("  legally_binding: false")
    w(f"  date: {year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}")
    w("  date_kind: signed")
    w(f"  signed: {year}-03-01")
    w(f"  period: {{start: {year}-03-01, end: {year + 3}-12-31}}")
    w(f"  published_text: {rng.choice(['false', f'https://example.org/{code.lower()}/text.pdf'])}")
    w("  procedure:")
    w(f"    council_mandate: {rng.choice(['true', 'false'])}")
    w(f"    parliament_informed: {rng.choice(['true', 'false'])}")
    w("    urgent_procedure: false")
    w("context:")
    w("  summary: |")
    for _ in range(4):
        w("    " + sentence(rng, 14))
    w(f"  needs_assessment: Joint needs assessment {year - 1}")
    pillars = ["migration", "economy", "energy", "skills"]
    w("pillars:")
    w("  - id: migration")
    w("    title: Migration and mobility")
    w(f"    areas: {flow(rng.sample(AREAS, rng.randint(3, 7)))}")
    for pillar in pillars[1:]:
        w(f"  - id: {pillar}")
        w(f"    title: {pillar.capitalize()} cooperation")
        w(f"    areas: {flow(rng.sample(WIDER, 2))}")
    actions, lines, indicators = [], [], []
    body_size = sum(len(line) + 1 for line in out) + 1200
    n = 0
    while body_size < target_size:
        n += 1
        area = rng.choice(AREAS + WIDER[:3])
        action = [
            f"  - id: a{n}",
            f"    pillar: {'migration' if area in AREAS else rng.choice(pillars[1:])}",
            f"    area: {area}",
            f"    title: {sentence(rng, 6)[:-1]}",
            f"    description: >-",
            f"      {sentence(rng, 18)}",
            f"    implementers: {flow(rng.sample(IMPLEMENTERS, rng.randint(1, 2)))}",
            f"    activities: {flow(rng.sample(ACTIVITIES, rng.randint(1, 3)))}",
            f"    beneficiaries: {flow(rng.sample(BENEFICIARIES, rng.randint(1, 2)))}",
            f"    target_groups: {flow(rng.sample(TARGETS, rng.randint(0, 2)))}",
            f"    geography: governorate {rng.randint(1, 20)}",
            f"    budget: [b{n}]",
            f"    safeguards: {flow(rng.sample(SAFEGUARDS, rng.randint(0, 3)))}",
            f"    indicators: [i{n}]",
        ]
        line = [
            f"    - id: b{n}",
            f"      amount: {rng.randint(1, 90) * 500000}",
            f"      amount_kind: {rng.choice(['exact', 'approximately', 'up-to'])}",
            f"      instrument: {rng.choice(INSTRUMENTS)}",
            f"      modality: {rng.choice(MODALITIES)}",
            f"      status: {rng.choice(['planned', 'announced', 'adopted', 'contracted'])}",
            f"      new_money: {rng.choice(['true', 'false'])}",
            f"      pillar: {'migration' if area in AREAS else 'economy'}",
            f"      area: {area}",
        ]
        indicator = [
            f"    - id: i{n}",
            f"      pillar: {'migration' if area in AREAS else 'economy'}",
            f"      level: {rng.choice(['output', 'outcome', 'impact'])}",
            f"      text: {sentence(rng, 8)}",
            f"      baseline: {rng.randint(0, 100)}",
            f"      target: {rng.randint(100, 1000)}",
            f"      source: national statistics office",
        ]
        actions += action
        lines += line
        indicators += indicator
        body_size += sum(len(x) + 1 for x in action + line + indicator)
    w("actions:")
    out += actions
    w("commitments:")
    w(f"  partner: {flow(rng.sample(['readmission-own-nationals', 'prevent-departures', 'border-cooperation', 'anti-smuggling', 'protection'], 2))}")
    w(f"  eu: {flow(rng.sample(['budget-support', 'legal-pathways', 'visa-facilitation', 'investment', 'trade', 'education'], 2))}")
    if rng.random() < 0.6:
        w("legal_pathways:")
        w(f"  - type: {rng.choice(['talent-partnership', 'labour-mobility', 'student-mobility'])}")
        w(f"    beneficiaries: {rng.randint(100, 2000)}")
        w(f"    skills_component: {rng.choice(['true', 'false'])}")
    w("readmission:")
    w("  scope: own-nationals")
    w("  formal_agreement: false")
    w("  data: [requests, returns]")
    total = sum(int(x.split(": ")[1]) for x in lines if x.startswith("      amount: "))
    w("budget:")
    w("  currency: EUR")
    w(f"  total: {total if rng.random() < 0.8 else total + 1000000}")
    w("  lines:")
    out += lines
    w("safeguards:")
    w("  human_rights_clause: Article 2 of the framework agreement")
    w(f"  impact_assessment: {{done: {rng.choice(['true', 'false'])}, kind: {rng.choice(['formal', 'risk-assessment', 'none'])}, public: false}}")
    w(f"  suspension_criteria: {{defined: {rng.choice(['true', 'false'])}, public: false}}")
    w(f"  complaint_mechanism: {rng.choice(['false', 'Ombudsperson office of the delegation'])}")
    w("  non_refoulement: true")
    w(f"  allegation_procedure: {rng.choice(['true', 'false'])}")
    w(f"  independent_monitoring: {rng.choice(['true', 'false'])}")
    w("monitoring:")
    w("  indicators:")
    out += indicators
    w("  reporting: {frequency: annual, to: [parliament, council], public: true}")
    w("benefits:")
    w("  partner:")
    w("    - {category: economy, text: jobs and investment}")
    w("  eu:")
    w("    - {category: stability-security, text: orderly migration}")
    w("sources:")
    w(f"  - {{id: s1, title: Joint statement {year}, url: https://example.org/{code.lower()}}}")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--large", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2020609)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    for index in range(args.count):
        with open(os.path.join(args.out, f"p{index:06d}.yaml"), "w") as f:
            f.write(document(rng, index, args.size))
    for index in range(args.large):
        with open(os.path.join(args.out, f"large{index}.yaml"), "w") as f:
            f.write(document(rng, 900000 + index, 1_000_000))


if __name__ == "__main__":
    main()
