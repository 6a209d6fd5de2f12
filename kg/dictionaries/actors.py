"""Actors, agent words and places of the generated lexicons, looked up by name and date.

`ActorDirectory` reads `actors_phoenix.tsv`, `agents.tsv` and `places.tsv` (formats in
kg/lexicons/README.md) once; `actor_directory()` gives the process's one directory.

- `lookup(name, date)`: the actors a name as written stands for on a date, each with the role
  (sector, CAMEO actor code) it held then. A leading office word of `agents.tsv` is a title: it
  is looked up with and without it (and, when neither is listed, the rest as a surname), and a
  person found through a title must hold a role of the title's sector on that date (or, failing
  any such holder, some office other than ELI).
- `surname_candidates(surname, date)`: persons with that surname who hold an office other than
  ELI on the date, so a caller resolves a lone surname only when exactly one is prominent, or
  picks the one named in full earlier in the article.
- `agent_sector(word)`: the sector an agent word adds ("minister" -> GOV).
- `place(name)` / `place_state(name)`: a city or first-order division and its state.

Dates are `datetime.date`, ISO strings (`YYYY-MM-DD...`) or None (the rows without dates).
"""

from __future__ import annotations

import datetime
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from .files import LEXICONS, normalise, rows

DateLike = datetime.date | str | None

# A row of actors_phoenix.tsv: label, kind, alpha-3, sector, CAMEO actor code, start, end.
Row = tuple[str, str, str, str, str, str, str]
LABEL, KIND, ALPHA3, SECTOR, CODE, START, END = range(7)
OPEN = "-"
# Sectors that name no office: a state itself (-) and elites, which Phoenix gives former
# leaders and persons between offices.
NO_OFFICE = frozenset({OPEN, "ELI"})
# Names and surnames whose rows are kept once read.
NAMES_REMEMBERED = 1 << 14


@dataclass(frozen=True, order=True)
class Actor:
    """An actor and the role it held on the date asked about.

    sector and code are None for a person with no role on that date (known, but out of office
    and without a default row); alpha3 is None for actors of no state (IGOs, NGOs, companies).
    """

    label: str
    kind: str  # Person, State, Organization, IGO or Group
    alpha3: str | None
    sector: str | None
    code: str | None


@dataclass(frozen=True)
class Place:
    name: str
    alpha3: str
    kind: str  # city or admin1


def iso_day(date: DateLike) -> str | None:
    """YYYY-MM-DD, compared as text with the files' dates; ValueError for a string that is no ISO date."""
    if date is None:
        return None
    if isinstance(date, datetime.date):
        return date.isoformat()[:10]
    return datetime.date.fromisoformat(date[:10]).isoformat()


def covers(row: Row, day: str) -> bool:
    return (row[START] == OPEN or row[START] <= day) and (row[END] == OPEN or day <= row[END])


def is_default(row: Row) -> bool:
    return row[START] == OPEN and row[END] == OPEN


def holds_sector(row: Row, sectors: frozenset[str]) -> bool:
    """Whether a role is of one of these sectors, as its sector or a later part of its code
    (a senator's role may be coded GOV with LEG after it)."""
    if row[SECTOR] in sectors:
        return True
    code = row[CODE]
    return any(code[i:i + 3] in sectors for i in range(3, len(code), 3))


def role_on(actor_rows: list[Row], day: str | None, prefer: frozenset[str] = frozenset()) -> Row | None:
    """The row that holds on `day`: a dated row covering it wins over the undated default.

    Among several, a row of a preferred sector (a title's) first, then the more specific
    sector (any office over ELI over a state itself), the longer code, the later start.
    """
    if day is None:
        candidates = [r for r in actor_rows if is_default(r)]
    else:
        candidates = [r for r in actor_rows if not is_default(r) and covers(r, day)]
        candidates = candidates or [r for r in actor_rows if is_default(r)]
    if not candidates:
        return None

    def rank(row: Row) -> tuple:
        specificity = 0 if row[SECTOR] == OPEN else 1 if row[SECTOR] == "ELI" else 2
        return (holds_sector(row, prefer), specificity, len(row[CODE]), row[START], row[CODE])

    return max(candidates, key=rank)


def nearest_row(actor_rows: list[Row], day: str | None) -> Row:
    """The period nearest to `day`: for a person's state when no role holds on that date."""
    if day is not None:
        before = [r for r in actor_rows if r[END] != OPEN and r[END] < day]
        if before:
            return max(before, key=lambda r: (r[END], r[CODE]))
    return min(actor_rows, key=lambda r: (r[START], r[CODE]))


def actor_of(actor_rows: list[Row], day: str | None, prefer: frozenset[str] = frozenset()) -> Actor:
    return actor_and_role(actor_rows, day, prefer)[0]


def actor_and_role(actor_rows: list[Row], day: str | None,
                   prefer: frozenset[str] = frozenset()) -> tuple[Actor, Row | None]:
    row = role_on(actor_rows, day, prefer)
    if row is None:
        near = nearest_row(actor_rows, day)
        return Actor(near[LABEL], near[KIND], none_if_open(near[ALPHA3]), None, None), None
    actor = Actor(row[LABEL], row[KIND], none_if_open(row[ALPHA3]), none_if_open(row[SECTOR]), row[CODE])
    return actor, row


def none_if_open(cell: str) -> str | None:
    return None if cell == OPEN else cell


def in_order(actors: Iterable[Actor]) -> list[Actor]:
    """Actors sorted by label, then kind, state, sector and code, a missing cell first: one person
    can be listed both for a state and for an international body (no state), and None does not
    compare with a string."""
    return sorted(actors, key=lambda a: (a.label, a.kind, a.alpha3 or "", a.sector or "", a.code or ""))


def holds_office(actor: Actor) -> bool:
    return actor.sector is not None and actor.sector not in NO_OFFICE


class ActorDirectory:
    def __init__(self, directory: Path = LEXICONS) -> None:
        self._actor_lines = _sorted_lines(directory / "actors_phoenix.tsv")
        self._surname_lines = _sorted_lines(directory / "person_surnames.tsv")
        agents: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for word, sector, code in rows("agents.tsv", directory):
            agents[word].append((sector, code))
        # A word listed with several sectors: the one with the finer code first ("GOVENV" over "ENV").
        self._agents = {w: tuple(sorted(sc, key=lambda s: -len(s[1])) if len(sc) > 1 else sc)
                        for w, sc in agents.items()}
        agent_words = [w.split() for w in self._agents]
        self._title_words = max(map(len, agent_words))
        self._agent_last_words = frozenset(words[-1] for words in agent_words if words)
        self._places = {name: (alpha3, kind) for name, alpha3, kind in rows("places.tsv", directory)}
        # What a name or surname stands for at any date is worked out once: articles of many
        # dates ask again for the same names, and only the choice of row depends on the date.
        self._name_rows = lru_cache(maxsize=NAMES_REMEMBERED)(self._read_name_rows)
        self._persons_by_surname = lru_cache(maxsize=NAMES_REMEMBERED)(self._find_persons_by_surname)

    # --- actors -------------------------------------------------------------------------------

    def lookup(self, name: str, date: DateLike = None) -> list[Actor]:
        """The actors `name` stands for on `date`, sorted by label; [] when none is known."""
        key = normalise(name)
        day = iso_day(date)
        title, rest = self.split_title(key)
        found = self._rows_by_actor(self._name_rows(key))
        if title is None:
            return in_order(actor_of(r, day) for r in found.values())
        for actor_key, actor_rows in self._rows_by_actor(self._name_rows(rest)).items():
            found.setdefault(actor_key, actor_rows)
        if not found and " " not in rest:
            found = self._persons_by_surname(rest)
        sectors = frozenset(sector for sector, _ in self._agents[title])
        others, persons, holders = [], [], []
        for actor_rows in found.values():
            actor, role = actor_and_role(actor_rows, day, sectors)
            if actor.kind != "Person":
                others.append(actor)
            elif role is not None and holds_sector(role, sectors):
                holders.append(actor)
            elif day is None and any(holds_sector(r, sectors) for r in actor_rows):
                holders.append(actor)  # with no date, whoever held the office at some time
            else:
                persons.append(actor)
        # A title names the office its bearer holds: keep the persons holding it on that date,
        # or, when none does, those holding some office (a former title still in use).
        return in_order(others + (holders or [p for p in persons if holds_office(p)]))

    def titled_state(self, title: str, surname: str, date: DateLike = None) -> str | None:
        """The state every person the directory knows by a title and surname acts for ("President
        Bush" with no date: two persons, one state), or None."""
        states = {a.alpha3 for a in self.lookup(f"{title} {surname}", date) if a.kind == "Person"}
        return states.pop() if len(states) == 1 else None

    def surname_candidates(self, surname: str, date: DateLike = None) -> list[Actor]:
        """Persons with this surname (last word of a name) holding an office other than ELI on `date`."""
        day = iso_day(date)
        found = self._persons_by_surname(normalise(surname))
        return in_order(a for a in (actor_of(r, day) for r in found.values()) if holds_office(a))

    def split_title(self, name: str) -> tuple[str | None, str]:
        """(title, rest) when `name` starts with an agent word and has words after it, else (None, name)."""
        words = normalise(name).split()
        for n in range(min(self._title_words, len(words) - 1), 0, -1):
            title = " ".join(words[:n])
            if title in self._agents:
                return title, " ".join(words[n:])
        return None, " ".join(words)

    def _read_name_rows(self, name: str) -> list[Row]:
        return [tuple(line.split("\t")[1:8]) for line in _lines_of(self._actor_lines, name)]

    @staticmethod
    def _rows_by_actor(name_rows: list[Row]) -> dict[tuple[str, str], list[Row]]:
        """Rows with the same label and alpha-3 are one actor."""
        by_actor: dict[tuple[str, str], list[Row]] = {}
        for row in name_rows:
            by_actor.setdefault((row[LABEL], row[ALPHA3]), []).append(row)
        return by_actor

    def _find_persons_by_surname(self, surname: str) -> dict[tuple[str, str], list[Row]]:
        """The persons one of whose names ends in `surname`, with their rows (every variant
        repeats its record's periods, so the rows of the matching variants are all of them)."""
        by_actor: dict[tuple[str, str], set[Row]] = defaultdict(set)
        for name in (line[line.index("\t") + 1:] for line in _lines_of(self._surname_lines, surname)):
            for row in self._name_rows(name):
                if row[KIND] == "Person":
                    by_actor[row[LABEL], row[ALPHA3]].add(row)
        return {key: sorted(by_actor[key]) for key in sorted(by_actor)}

    # --- agent words and places -----------------------------------------------------------------

    def agent_sector(self, word: str) -> str | None:
        """The sector an agent word (a lemma or phrase: "minister", "riot police") adds, or None."""
        sectors = self._agents.get(normalise(word))
        return sectors[0][0] if sectors else None

    def may_end_an_agent(self, word: str) -> bool:
        """Whether some agent word or phrase ends with this lower-case word ("police"): most nouns
        end none, and need no look-up of the phrases they end."""
        return word in self._agent_last_words

    def is_agent_noun(self, lemma: str) -> bool:
        """Whether a noun is an agent noun of an event verb: the verb with -er, -or, -ist, -ant or
        -ent ("supporter", "kidnapper", "negotiator", "demonstrator", "opponent"), naming
        whoever does that act."""
        return agent_noun_verb(lemma) is not None

    def place(self, name: str) -> Place | None:
        """A city or first-order division by any of its listed names ("aleppo", "bayern")."""
        key = normalise(name)
        found = self._places.get(key)
        return Place(key, *found) if found else None

    def place_state(self, name: str) -> str | None:
        place = self.place(name)
        return place.alpha3 if place else None


def _sorted_lines(path: Path) -> tuple[str, ...]:
    """The rows of a file the build sorts line by line, unsplit: a key's rows are found by bisection
    and split only when asked for, so reading stays a plain file read. A tuple of strings, which
    the garbage collector stops tracking, where a list of every line of the file would be
    walked at every full collection."""
    with open(path, encoding="utf-8") as f:
        return tuple([line for line in f.read().split("\n") if line and line[0] != "#"])


def _lines_of(lines: tuple[str, ...], key: str) -> list[str]:
    """The lines whose first cell is `key`."""
    prefix = key + "\t"
    i = bisect_left(lines, prefix)
    found = []
    while i < len(lines) and lines[i].startswith(prefix):
        found.append(lines[i])
        i += 1
    return found


# Agent suffixes; a verb's final "e" (or "ate" before -or) gives way to them ("oppose" ->
# "opponent", "negotiate" -> "negotiator"), a final consonant may double ("kidnap" -> "kidnapper").
AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ent")
# Nouns of that form that mostly name a weapon, machine or thing, not who acts.
NOT_AGENTS = frozenset({"launcher", "carrier", "destroyer", "reactor", "container", "fighter", "bomber",
                        "cruiser", "tanker", "transporter", "interceptor", "detector", "monitor", "counter",
                        "order", "holder", "banner", "poster", "printer", "scanner", "sticker", "cutter",
                        "marker", "receiver", "accelerator", "generator", "indicator", "elevator", "conveyor"})


@lru_cache(maxsize=1 << 14)
def agent_noun_verb(lemma: str) -> str | None:
    """The event verb of CAMEO's dictionary an agent noun is made from, or None."""
    from .verbs import cameo_verbs
    lemma = lemma.lower()
    if lemma in NOT_AGENTS or not lemma.isalpha():
        return None
    verbs = cameo_verbs()
    for suffix in AGENT_SUFFIXES:
        if not lemma.endswith(suffix) or len(lemma) < len(suffix) + 3:
            continue
        stem = lemma[:-len(suffix)]
        doubled = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else None  # "kidnapper"
        for verb in (stem, stem + "e", doubled, stem + "ate" if suffix == "or" else None):
            if verb and verbs.knows(verb):
                return verb
    return None


@cache
def actor_directory() -> ActorDirectory:
    """The process's directory, read from kg/lexicons on first use."""
    return ActorDirectory()
