"""Actor and trigger lexicons: data files in kg/lexicons/, extended by users with --lexicon.

A user lexicon is one UTF-8 file of tab-separated rows under section headers that name the
packaged file they extend: [triggers], [states], [igos], [organizations], [sectors], [persons],
[boilerplate]. Its rows are added to the packaged ones and win where both define the same key.

A [persons] row is: full name | state (alpha-3) | sector | role | start | end. The last two are
optional ISO dates (YYYY-MM-DD, or - for open): the row holds only in that period, so one name
may have several rows, one per office ("Jane Doe<TAB>RUR<TAB>GOV<TAB>Prime Minister<TAB>2010-01-01
<TAB>2014-06-30"). An article dated outside every period of a name gets its undated row, if any.
Every name of the lexicon (states, persons, organisations, IGOs) is found in the text whatever
spaCy's NER says (kg/extract/actors/names.py).

A Lexicon is made from all its files at once (`load_lexicon`) and not changed after: its
indexes and what its users remember of it never go stale.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import InputError
from .text import unaccented

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
EVENT_TYPES = PLOVER_TYPES + ("STATEMENT",)
# Lookups a lexicon remembers; past this many it forgets them all, so memory stays bounded.
MEMO_LIMIT = 100_000
SECTIONS = ("triggers", "states", "igos", "organizations", "sectors", "persons", "boilerplate")
STATE_ENTRY_TYPES = ("label", "name", "demonym", "capital", "seat")


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str  # VERB, NOUN or ANY
    particle: str | None
    event_type: str
    cameo: str | None


@dataclass(frozen=True)
class StateEntry:
    code: str
    type: str  # name | demonym | capital | seat


@dataclass(frozen=True)
class RoleWord:
    sector: str
    denotes: str  # person | body | group


@dataclass(frozen=True)
class PersonEntry:
    name: str
    code: str | None
    sector: str | None
    role: str | None
    start: str | None = None  # ISO date the row holds from, None for open
    end: str | None = None

    def covers(self, day: str | None) -> bool:
        """Whether the row holds on `day` (YYYY-MM-DD); an undated row holds on any day."""
        if day is None:
            return self.start is None and self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class OrganizationEntry:
    name: str
    code: str | None
    sector: str | None


@dataclass(frozen=True)
class Lexicon:
    """The tables of every lexicon file, made by load_lexicon and not changed after."""

    triggers: dict[tuple[str, str | None], list[Trigger]] = field(default_factory=dict)
    states: dict[str, StateEntry] = field(default_factory=dict)  # keyed by lower-cased text
    state_labels: dict[str, str] = field(default_factory=dict)  # alpha-3 -> preferred short name
    igos: dict[str, str] = field(default_factory=dict)  # lower-cased alias -> canonical name
    organizations: dict[str, OrganizationEntry] = field(default_factory=dict)  # lower-cased alias
    sectors: dict[str, RoleWord] = field(default_factory=dict)
    persons: dict[str, tuple[PersonEntry, ...]] = field(default_factory=dict)  # lower-cased full name -> periods
    boilerplate: list[str] = field(default_factory=list)
    # What users of the lexicon remembered of its tables, by name.
    _derived: dict[str, dict] = field(default_factory=dict, repr=False, compare=False)

    def remembered(self, name: str, key: Hashable, compute: Callable[..., Any], *args: Any) -> Any:
        """compute(*args), remembered under `key` in the memo `name` (emptied at MEMO_LIMIT entries)."""
        memo = self._derived.get(name)  # the common case first: one look-up, no call
        if memo is None:
            memo = self._derived[name] = {}
        try:
            return memo[key]
        except KeyError:
            pass
        if len(memo) >= MEMO_LIMIT:
            memo.clear()
        found = memo[key] = compute(*args)
        return found

    def _add_rows(self, section: str, rows: list[tuple[str, list[str]]]) -> None:
        """Rows of one section, while the lexicon is being loaded."""
        for origin, cols in rows:
            try:
                self._add_row(section, cols)
            except (IndexError, ValueError) as exc:
                raise InputError(f"{origin}: bad [{section}] row: {exc}") from None

    def _add_row(self, section: str, cols: list[str]) -> None:
        if section == "triggers":
            lemma, pos, particle, event_type = cols[0], cols[1].upper(), cols[2], cols[3].upper()
            if event_type not in EVENT_TYPES:
                raise ValueError(f"unknown event type {event_type!r}")
            if pos not in ("VERB", "NOUN", "ANY"):
                raise ValueError(f"pos must be VERB, NOUN or ANY, not {pos!r}")
            cameo = cols[4] if len(cols) > 4 and cols[4] not in ("", "-") else None
            particle_key = None if particle in ("", "-") else particle.lower()
            trigger = Trigger(lemma.lower(), pos, particle_key, event_type, cameo)
            key = (trigger.lemma, particle_key)
            others = [t for t in self.triggers.get(key, []) if t.pos != pos]
            self.triggers[key] = others + [trigger]
        elif section == "states":
            text, code, kind = cols[0], cols[1].upper(), cols[2].lower()
            if kind not in STATE_ENTRY_TYPES:
                raise ValueError(f"type must be one of {', '.join(STATE_ENTRY_TYPES)}")
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise ValueError(f"{code!r} is not an alpha-3 code")
            if kind == "label":
                self.state_labels[code] = text
                kind = "name"
            self.states[text.lower()] = StateEntry(code, kind)
        elif section == "igos":
            self.igos[cols[0].lower()] = cols[1]
        elif section == "sectors":
            if cols[2] not in ("person", "body", "group"):
                raise ValueError("denotes must be person, body or group")
            self.sectors[cols[0].lower()] = RoleWord(cols[1].upper(), cols[2])
        elif section == "organizations":
            code = cols[2].upper() if len(cols) > 2 and cols[2] not in ("", "-") else None
            if code is not None and not re.fullmatch(r"[A-Z]{3}", code):
                raise ValueError(f"{code!r} is not an alpha-3 code")
            sector = cols[3].upper() if len(cols) > 3 and cols[3] not in ("", "-") else None
            self.organizations[cols[0].lower()] = OrganizationEntry(cols[1], code, sector)
        elif section == "persons":
            code = cols[1].upper() if len(cols) > 1 and cols[1] not in ("", "-") else None
            if code is not None and not re.fullmatch(r"[A-Z]{3}", code):
                raise ValueError(f"{code!r} is not an alpha-3 code")
            sector = cols[2].upper() if len(cols) > 2 and cols[2] not in ("", "-") else None
            role = cols[3] if len(cols) > 3 and cols[3] not in ("", "-") else None
            start, end = (_iso_day(cols[k]) if len(cols) > k else None for k in (4, 5))
            entry = PersonEntry(cols[0], code, sector, role, start, end)
            # A row for the same period replaces the earlier one (a user's row wins).
            periods = [p for p in self.persons.get(cols[0].lower(), ()) if (p.start, p.end) != (start, end)]
            self.persons[cols[0].lower()] = tuple(periods) + (entry,)
        elif section == "boilerplate":
            re.compile(cols[0])
            self.boilerplate.append(cols[0])
        else:
            raise ValueError(f"unknown section; expected one of {', '.join(SECTIONS)}")

    def trigger(self, lemma: str, pos: str, particles: frozenset[str] = frozenset()) -> Trigger | None:
        """The trigger for a predicate lemma; particle-specific rows win ("call for")."""
        if lemma.lower() not in self.trigger_lemmas:
            return None  # most words trigger nothing: no need to look further
        return self.remembered("triggers", (lemma, pos, particles), self._find_trigger, lemma, pos, particles)

    def _find_trigger(self, lemma: str, pos: str, particles: frozenset[str]) -> Trigger | None:
        lemma = lemma.lower()
        for particle in sorted(particles):
            for t in self.triggers.get((lemma, particle), ()):
                if t.pos in (pos, "ANY"):
                    return t
        for t in self.triggers.get((lemma, None), ()):
            if t.pos in (pos, "ANY"):
                return t
        return None

    def has_particle_rows(self, lemma: str) -> bool:
        """Whether some trigger row of this lemma needs a particle or preposition ("fire at")."""
        return lemma.lower() in self.particle_trigger_lemmas

    def is_trigger_lemma(self, lemma: str) -> bool:
        """Whether some trigger row, of any part of speech or particle, has this lemma."""
        return lemma in self.trigger_lemmas

    def may_end_a_seat(self, word: str) -> bool:
        """Whether some seat of government's name ends with this (lower-cased) word ("kremlin", "house")."""
        return word in self.seat_last_words

    def may_end_a_role(self, word: str) -> bool:
        """Whether some role word's name ends with this (lower-cased) word ("minister", "forces")."""
        return word in self.role_last_words

    # Indexes of the tables, made when first asked for and then plain attributes (asked for
    # nearly every word, so no call).

    @cached_property
    def trigger_lemmas(self) -> frozenset[str]:
        return frozenset(lemma for lemma, _ in self.triggers)

    @cached_property
    def particle_trigger_lemmas(self) -> frozenset[str]:
        return frozenset(lemma for lemma, particle in self.triggers if particle is not None)

    @cached_property
    def seat_last_words(self) -> frozenset[str]:
        return frozenset(text.split()[-1] for text, entry in self.states.items() if entry.type == "seat" and text.split())

    @cached_property
    def role_last_words(self) -> frozenset[str]:
        return frozenset(text.split()[-1] for text in self.sectors if text.split())

    def fingerprint(self) -> str:
        """A digest of every table, for caches of what extraction made with this lexicon."""
        tables = (self.triggers, self.states, self.state_labels, self.igos, self.organizations,
                  self.sectors, self.persons, self.boilerplate)
        return hashlib.sha256(repr(tables).encode("utf-8", "surrogatepass")).hexdigest()

    def person(self, name: str, day: str | None = None) -> PersonEntry | None:
        """A known person by full name, or by surname where only one known person bears it, in
        the row that holds on `day` (YYYY-MM-DD) or else the undated one."""
        key = name.lower()
        periods = self.persons.get(key)
        if periods is None and " " not in name:  # one word (a surname holds no spacing at all)
            periods = self.known_surnames.get(key)
        if not periods:
            return None
        return _holding_on(periods, day)

    @cached_property
    def known_surnames(self) -> dict[str, tuple[PersonEntry, ...]]:
        by_surname: dict[str, list[PersonEntry]] = {}
        for periods in self.persons.values():
            surname = periods[0].name.split()[-1].lower()
            by_surname.setdefault(surname, []).extend(periods)
            if surname.startswith(("al-", "el-")):  # "Bashar al-Assad" is "Assad" too
                by_surname.setdefault(surname[3:], []).extend(periods)
        # Namesakes ("George H. W. Bush", "George W. Bush") are no one person by their surname.
        return {k: tuple(v) for k, v in by_surname.items() if len({e.name.lower() for e in v}) == 1}

    @property
    def boilerplate_re(self) -> re.Pattern[str]:
        return _compile_alternatives(tuple(self.boilerplate))


def _holding_on(periods: tuple[PersonEntry, ...], day: str | None) -> PersonEntry | None:
    """The last of a person's rows that holds on `day`, or else the last undated one."""
    return (next((p for p in reversed(periods) if day is not None and p.covers(day)), None)
            or next((p for p in reversed(periods) if p.covers(None)), None))


def _iso_day(cell: str) -> str | None:
    if cell in ("", "-"):
        return None
    try:
        return datetime.date.fromisoformat(cell[:10]).isoformat()
    except ValueError:
        raise ValueError(f"{cell!r} is not a date (YYYY-MM-DD)") from None


@lru_cache(maxsize=8)
def _compile_alternatives(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.IGNORECASE)


def _rows(lines: list[str], origin: str) -> list[tuple[str, list[str]]]:
    rows = []
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append((f"{origin}:{n}", [c.strip() for c in line.split("\t")]))
    return rows


def _packaged(name: str) -> list[str]:
    return resources.files("kg.lexicons").joinpath(name).read_text(encoding="utf-8").splitlines()


@lru_cache(maxsize=1)
def _countryinfo_rows() -> list[tuple[str, list[str]]]:
    """Names, other spellings, demonyms and capitals of every country, from countryinfo.

    Where two countries claim one word ("Chinese" for China and Hong Kong), the more populous
    wins; a word that is some country's name is never another's demonym or capital.
    """
    import pycountry
    from countryinfo import all_countries

    rank = {"name": 0, "demonym": 1, "capital": 2}
    best: dict[str, tuple[int, int, str, str]] = {}
    for country in all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha3")
        if not code or pycountry.countries.get(alpha_3=code) is None:
            continue
        population = int(info.get("population") or 0)
        words: list[tuple[str, str]] = [(info.get("name") or "", "name")]
        # not the alpha-3 code itself: the table is looked up in lower case, where "KEN" would be
        # "Ken"; a code written in capitals is read as one by pycountry
        words += [(w, "name") for w in info.get("altSpellings") or () if len(w) > 3]
        for demonym in re.split(r"[,/]", info.get("demonym") or ""):
            demonym = demonym.strip()
            if demonym:
                words.append((demonym, "demonym"))
                if not demonym.endswith(("s", "sh", "ese", "ch")):
                    words.append((demonym + "s", "demonym"))
        capitals = info.get("capital") or []
        words += [(c, "capital") for c in ([capitals] if isinstance(capitals, str) else capitals)]
        # Wire copy often drops accents ("Lome", "Bogota"): each spelling without them too.
        words += [(unaccented(w), kind) for w, kind in words if isinstance(w, str) and unaccented(w) != w]
        for text, kind in words:
            if not isinstance(text, str) or not any(ch.isalpha() for ch in text):
                continue
            key = text.lower()
            candidate = (rank[kind], -population, code, kind)
            if key not in best or candidate < best[key]:
                best[key] = candidate
    return [(f"countryinfo:{text}", [text, code, kind]) for text, (_, _, code, kind) in sorted(best.items())]


PACKAGED_FILES = (
    ("triggers", "triggers.tsv"), ("states", "states.tsv"), ("igos", "igos.tsv"),
    ("organizations", "organizations.tsv"), ("sectors", "sectors.tsv"), ("persons", "persons.tsv"),
    ("boilerplate", "boilerplate.txt"),
)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon, loaded once per process."""
    return _load(())


def load_lexicon(user_files: tuple[str | Path, ...] = ()) -> Lexicon:
    """The packaged lexicon extended by each user file in turn."""
    return _load(tuple(user_files)) if user_files else default_lexicon()


def _load(user_files: tuple[str | Path, ...]) -> Lexicon:
    """Every row of every file: countryinfo's states, the packaged files, then the user's."""
    sections: list[tuple[str, list[tuple[str, list[str]]]]] = [("states", _countryinfo_rows())]
    sections += [(section, _rows(_packaged(filename), filename)) for section, filename in PACKAGED_FILES]
    for path in user_files:
        sections += _user_sections(Path(path)).items()
    lexicon = Lexicon()
    for section, rows in sections:
        lexicon._add_rows(section, rows)
    return lexicon


def _user_sections(path: Path) -> dict[str, list[tuple[str, list[str]]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read lexicon {path}: {exc}") from None
    sections: dict[str, list[tuple[str, list[str]]]] = {}
    section = None
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        header = re.fullmatch(r"\s*\[(\w+)\]\s*", line)
        if header:
            section = header.group(1).lower()
            if section not in SECTIONS:
                raise InputError(f"{path}:{n}: unknown section [{section}]; expected one of "
                                 + ", ".join(f"[{s}]" for s in SECTIONS))
        elif section is None:
            raise InputError(f"{path}:{n}: row before any section header such as [triggers]")
        else:
            sections.setdefault(section, []).append((f"{path}:{n}", [c.strip() for c in line.split("\t")]))
    return sections
