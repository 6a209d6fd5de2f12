"""CAMEO codes of verbs from PETRARCH2's verb dictionary, decided by the words around the verb.

`CameoVerbs` reads `verbs_cameo.tsv`, `verb_patterns.tsv`, `verb_synsets.tsv` (formats in
kg/lexicons/README.md) and `cameo_to_plover.csv` once; `cameo_verbs()` gives the process's one.

How a caller passes the parse: plain values, no spaCy objects.

    verbs.match(
        "impose",                              # the verb's lemma
        particle=None,                         # its particle(s), space-separated: "off", "up to"
        objects=["curfew"],                    # heads of its complements: direct objects,
                                               #   attributes, an open clausal complement's verb
        preps=[("on", "city")],                # its prepositional phrases: (preposition, object)
        subject=[Phrase("police", ("riot",))], # the subject side: its head(s)
    )

A complement, subject or prepositional object is either a lemma (`"curfew"`) or a `Phrase(head,
modifiers)` whose modifiers are the lemmas of the head's compound and adjectival words, and of
theirs in turn (a parser may hang "free" on "trade" in "free trade agreement": pass
`Phrase("agreement", ("free", "trade"))`); a pattern item naming a phrase (`free_trade_&treaty`)
matches only a Phrase that has those modifiers. Determiners are not modifiers. A prepositional
phrase's object may be None (the preposition alone). Words are lower-cased here.

Matching: every pattern of the verb's synonym blocks whose items are all found is a candidate;
the one matching most items wins (then most words, then the earlier pattern in the file). Items:
a noun matches a complement's head (a plural in the pattern matches its singular lemma); `&name`
any word of that synonym set (a multi-word member needs its other words among the modifiers);
`prep:noun` a prepositional phrase, `prep:` the preposition alone or a particle; a bare word also
matches a particle or a preposition (PETRARCH writes particles as words). Subject-side items match
the subject's heads. Actor markers ($ + % ^) are left to the caller, which decides the parties;
a pattern made only of markers never matches. With no pattern found, the verb's own code holds,
unless it is `-` (the verb alone is no event): then `match` returns None.

A multi-word verb of the dictionary (`* off`, `* up to`) is found when all its other words are
among the particle, prepositions and complements: the patterns of its blocks and of the one-word
verb's compete, and with none matching its own code holds (the one-word verb's does not).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from .files import LEXICONS, rows

OPEN = "-"
MARKERS = frozenset({"$", "+", "%", "^"})
# Words a phrase item of the dictionary may carry that no compound or adjectival modifier has.
DETERMINERS = frozenset({"a", "an", "the"})
# CAMEO roots CAMEO2PLOVER-2021 leaves out, typed as kg types them (see kg/lexicons/README.md).
KG_ROOTS = {"01": ("STATEMENT", None, None), "02": ("REQUEST", None, None)}


class Phrase(NamedTuple):  # made for every noun a clause's reading looks at: a tuple is made fastest
    head: str
    modifiers: tuple[str, ...] = ()


Words = str | Phrase


@dataclass(frozen=True)
class VerbMatch:
    code: str | None            # CAMEO code of the event from source to target (None: reverse only)
    plover_type: str | None
    mode: str | None
    context: str | None
    reverse_code: str | None    # the event from target to source, if the pattern codes one
    reverse_type: str | None
    matched: int                # pattern items matched; 0 when the verb's own code holds
    block: str                  # the verb's synonym block
    pattern: str                # "before | after" as in verb_patterns.tsv; "" for the verb's own code
    phrase: tuple[str, ...] = ()  # the other words of the multi-word verb whose own code this is ("down")


# --- pattern items -------------------------------------------------------------------------------
# A word item is the frozenset of lemmas it matches; a synset item is ("&", name); a phrase item is
# ("_", head item, modifier items); a prepositional item is (":", preposition, noun item or None).
Item = frozenset[str] | tuple


def lemma_forms(word: str) -> frozenset[str]:
    """A pattern word and the singular lemmas it may stand for (dictionaries write plurals)."""
    forms = {word}
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        forms.add(word[:-1])
        if word.endswith("es"):
            forms.add(word[:-2])
        if word.endswith("ies"):
            forms.add(word[:-3] + "y")
    return frozenset(forms)


@dataclass(frozen=True)
class Synset:
    words: frozenset[str]                         # lemma forms of its one-word members
    phrases: tuple[tuple[str, tuple[str, ...]], ...]  # (head, other words) of multi-word members

    @property
    def by_head(self) -> dict[str, list[tuple[str, ...]]]:
        """The other words of the multi-word members, by head: matching looks up, not scans
        (scanning the large sets was most of the cost of typing a clause)."""
        found = self.__dict__.get("_by_head")
        if found is None:
            found = {}
            for head, others in self.phrases:
                found.setdefault(head, []).append(others)
            object.__setattr__(self, "_by_head", found)
        return found


class Sides(NamedTuple):
    """The items of a pattern before and after the verb, the same in every block that has them."""

    before: tuple[Item, ...]
    after: tuple[Item, ...]
    text: str              # "before | after" as in verb_patterns.tsv
    words: int             # words of its items
    keys: frozenset[str]   # to index the pattern by: a parse must contain one (of its most selective item)


class PatternItems:
    """Parsing pattern items and matching them against a parse."""

    def __init__(self, synsets: dict[str, Synset]) -> None:
        self.synsets = synsets
        self._noun_items: dict[str, Item] = {}  # items are immutable: each text is parsed once
        self._sides: dict[tuple[str, str], Sides] = {}  # as are patterns' sides, which many blocks share

    def noun_item(self, text: str) -> Item:
        item = self._noun_items.get(text)
        if item is None:
            item = self._noun_items[text] = self._parse_noun_item(text)
        return item

    def _parse_noun_item(self, text: str) -> Item:
        if text.startswith("&") and text[1:] in self.synsets:
            return ("&", text[1:])
        pieces = self.split_phrase(text)
        pieces = [p for p in pieces if p not in DETERMINERS] or pieces
        if len(pieces) == 1:
            return self.word_item(pieces[0])
        return ("_", self.word_item(pieces[-1]), tuple(self.word_item(p) for p in pieces[:-1]))

    def word_item(self, piece: str) -> Item:
        if piece.startswith("&") and piece[1:] in self.synsets:
            return ("&", piece[1:])
        return lemma_forms(piece.lstrip("&"))  # a set the dictionary never defines: its name as a word

    def split_phrase(self, text: str) -> list[str]:
        """Split w1_&syn_head on underscores, keeping synset names that contain one (&fight_of_words)."""
        parts = text.split("_")
        pieces, i = [], 0
        while i < len(parts):
            j = len(parts)
            if parts[i].startswith("&"):
                while j > i + 1 and "_".join(parts[i:j])[1:] not in self.synsets:
                    j -= 1
            else:
                j = i + 1
            pieces.append("_".join(parts[i:j]))
            i = j
        return pieces

    def sides(self, before: str, after: str) -> Sides:
        """What the two sides of a pattern say (the columns before and after of verb_patterns.tsv)."""
        sides = self._sides.get((before, after))
        if sides is None:
            b, a = self.parse(before), self.parse(after)
            words = sum(self.words_of(i) for i in b + a)
            keys = min((self.keys(i) for i in b + a), key=len, default=frozenset())
            sides = self._sides[before, after] = Sides(b, a, f"{before} | {after}", words, keys)
        return sides

    def parse(self, side: str) -> tuple[Item, ...]:
        """The content items of one side of a pattern (markers dropped)."""
        items = []
        for text in side.split(" ") if side != OPEN else ():
            if text in MARKERS:
                continue
            if ":" in text:
                prep, noun = text.split(":", 1)
                items.append((":", prep, self.noun_item(noun) if noun and noun not in MARKERS else None))
            else:
                items.append(self.noun_item(text))
        return tuple(items)

    # --- matching ---

    def word_matches(self, item: Item, word: str, modifiers: tuple[str, ...] = ()) -> bool:
        if isinstance(item, frozenset):
            return word in item
        synset = self.synsets.get(item[1])
        if synset is None:
            return False
        return word in synset.words or _member_phrase(synset, word, modifiers)

    def phrase_matches(self, item: Item, phrase: Phrase) -> bool:
        if isinstance(item, tuple) and item[0] == "_":
            _, head, modifiers = item
            return self.word_matches(head, phrase.head, phrase.modifiers) and self.modifiers_match(modifiers, phrase)
        return self.word_matches(item, phrase.head, phrase.modifiers)

    def modifiers_match(self, modifiers: tuple[Item, ...], phrase: Phrase) -> bool:
        """Whether each modifier item of a phrase item matches one of the phrase's modifiers."""
        return all(any(self.word_matches(m, w) for w in phrase.modifiers) for m in modifiers)

    def keys(self, item: Item) -> frozenset[str]:
        """Words one of which a parse must contain for `item` to match (to index patterns)."""
        if isinstance(item, frozenset):
            return item
        if item[0] == "&":
            return frozenset({"&" + item[1]})  # see CameoVerbs.index_words
        if item[0] == "_":
            return self.keys(item[2][0])  # a modifier is rarer than the head
        return frozenset({item[1]})  # a prepositional item: its preposition

    @staticmethod
    def words_of(item: Item) -> int:
        if isinstance(item, tuple) and item[0] == "_":
            return 1 + len(item[2])
        if isinstance(item, tuple) and item[0] == ":":
            return 1 + (PatternItems.words_of(item[2]) if item[2] is not None else 0)
        return 1


def _member_phrase(synset: Synset, word: str, modifiers: tuple[str, ...]) -> bool:
    """Whether a multi-word member of the synset ends in `word` with its other words among the
    modifiers."""
    return any(all(m in modifiers for m in others) for others in synset.by_head.get(word, ()))


class Parse(NamedTuple):
    """A verb's surroundings in normalised form (see the module docstring). A named tuple, made
    for every match: a frozen dataclass cost more to make than most matches cost to find."""

    particles: tuple[str, ...]
    objects: tuple[Phrase, ...]
    preps: tuple[tuple[str, Phrase | None], ...]
    subject: tuple[Phrase, ...]

    @property
    def after_words(self) -> set[str]:
        words = set(self.particles)
        for prep, _ in self.preps:
            words.add(prep)
        for obj in self.objects:
            words.add(obj.head)
        return words

    @property
    def all_words(self) -> set[str]:
        words = set(self.particles)
        for phrase in (*self.objects, *self.subject):
            words.add(phrase.head)
            words.update(phrase.modifiers)
        for prep, phrase in self.preps:
            words.add(prep)
            if phrase is not None:
                words.add(phrase.head)
                words.update(phrase.modifiers)
        return words


def as_phrase(words: Words | None) -> Phrase | None:
    if words is None or isinstance(words, Phrase):
        return words
    return Phrase(words)


@dataclass(eq=False)  # never changed, but not frozen: a frozen one costs six times as much to make
class Pattern:
    block: str
    before: tuple[Item, ...]
    after: tuple[Item, ...]
    text: str
    columns: tuple[str, ...]  # CAMEO code, reverse code, PLOVER type, mode, context, reverse type
    words: int
    line: int  # its place in the file, the last tie-breaker


@dataclass(frozen=True)
class VerbRow:
    before: tuple[str, ...]  # words of a multi-word verb before the lemma
    after: tuple[str, ...]   # and after it
    block: str
    code: str
    reverse: str
    # the reading of the verb alone, where its code is no `-`: made once, as most matches end with it
    own_reading: VerbMatch | None = None


class VerbRows(NamedTuple):
    multi: tuple[VerbRow, ...]   # rows of multi-word verbs with this lemma
    single: tuple[VerbRow, ...]  # rows of the word alone


def _verb_rows(lemma: str, rows: list[VerbRow]) -> VerbRows:
    """A verb's multi-word rows and one-word rows, each with the block named after the verb first."""
    return VerbRows(_own_block_first(lemma, [r for r in rows if r.before or r.after]),
                    _own_block_first(lemma, [r for r in rows if not (r.before or r.after)]))


def _own_block_first(lemma: str, rows: list[VerbRow]) -> tuple[VerbRow, ...]:
    return tuple(sorted(rows, key=lambda r: r.block != lemma) if len(rows) > 1 else rows)


class CameoVerbs:
    def __init__(self, directory: Path = LEXICONS) -> None:
        members: dict[str, list[str]] = defaultdict(list)
        for name, word in rows("verb_synsets.tsv", directory):
            members[name].append(word)
        self._synsets = {
            name: Synset(frozenset().union(*(lemma_forms(w) for w in words if " " not in w)),
                         tuple((w.split()[-1], tuple(w.split()[:-1])) for w in words if " " in w))
            for name, words in members.items()}
        self._items = PatternItems(self._synsets)
        word_synsets: dict[str, set[str]] = defaultdict(set)
        for name, synset in self._synsets.items():
            for word in synset.words | {head for head, _ in synset.phrases}:
                word_synsets[word].add("&" + name)
        self._word_synsets = {word: tuple(sorted(names)) for word, names in word_synsets.items()}
        self._plover = read_plover(directory / "cameo_to_plover.csv")
        made: dict[tuple[str, ...], VerbRow] = {}  # the verbs of a block share its rows: each is made once
        verbs: dict[str, list[tuple[str, ...]]] = defaultdict(list)  # lemma -> the cells of its rows
        for lemma, *cells in rows("verbs_cameo.tsv", directory):
            key = tuple(cells)
            if key not in made:
                made[key] = self._verb_row(*key)
            verbs[lemma].append(key)
        # A verb of one row (most are) has that row's VerbRows, made once.
        alone = {key: _verb_rows("", [row]) for key, row in made.items()}
        self._verbs = {lemma: alone[keys[0]] if len(keys) == 1 else _verb_rows(lemma, [made[k] for k in keys])
                       for lemma, keys in verbs.items()}
        # block -> word -> the block's patterns that need that word (for their most selective
        # item): a parse is checked only against the patterns its words can satisfy.
        index: dict[str, dict[str, list[Pattern]]] = defaultdict(lambda: defaultdict(list))
        for line, (block, before, after, *columns) in enumerate(rows("verb_patterns.tsv", directory)):
            sides = self._items.sides(before, after)
            if sides.before or sides.after:
                pattern = Pattern(block, sides.before, sides.after, sides.text, tuple(columns), sides.words, line)
                by_word = index[block]
                for key in sides.keys:
                    by_word[key].append(pattern)
        self._patterns = {block: dict(by_word) for block, by_word in index.items()}

    def match(self, lemma: str, *, particle: str | None = None, objects: tuple[Words, ...] | list = (),
              preps: tuple[tuple[str, Words | None], ...] | list = (),
              subject: tuple[Words, ...] | list = ()) -> VerbMatch | None:
        """The best CAMEO reading of a verb in its surroundings, or None when it codes no event."""
        rows = self._verbs.get(lemma.lower())
        if rows is None:
            return None
        parse = Parse(tuple(particle.lower().split()) if particle else (),
                      tuple(map(as_phrase, objects)),
                      tuple((p.lower(), as_phrase(o)) for p, o in preps),
                      tuple(map(as_phrase, subject)))
        multi = _longest_found(rows.multi, parse) if rows.multi else ()
        verb_rows = (*multi, *rows.single)  # the multi-word verb's rows first
        words = self.index_words(parse)
        best, best_rank = None, None
        for row_order, row in enumerate(verb_rows):
            by_word = self._patterns.get(row.block)
            if by_word is None:
                continue  # a block with no patterns: the verb's own code
            candidates: set[Pattern] = set()  # the block's patterns that the parse's words can satisfy
            for word in words & by_word.keys():
                candidates.update(by_word[word])
            for pattern in candidates:
                if not self.pattern_found(pattern, parse):
                    continue
                rank = (len(pattern.before) + len(pattern.after), pattern.words, -row_order, -pattern.line)
                if best_rank is None or rank > best_rank:
                    best, best_rank = pattern, rank
        if best is not None:
            code, reverse, plover_type, mode, context, reverse_type = (
                None if c == OPEN else c for c in best.columns)
            return VerbMatch(code, plover_type, mode, context, reverse, reverse_type,
                             best_rank[0], best.block, best.text)
        # The verb's own code: a multi-word verb's if one was found (its `-` is final), else the word's.
        return self.own_code(multi or rows.single)

    def in_synset(self, word: str, name: str) -> bool:
        """Whether a word belongs to one of the dictionary's classes of words ("euro" to "currency")."""
        return "&" + name in self._word_synsets.get(word, ())

    def knows(self, lemma: str) -> bool:
        """Whether the dictionary lists this verb lemma (with or without a code of its own)."""
        return lemma in self._verbs

    def index_words(self, parse: Parse) -> set[str]:
        """The parse's words and the synsets (&name) they belong to: the keys of the pattern index."""
        words = parse.all_words
        for word in words & self._word_synsets.keys():  # the few words of some synset
            words.update(self._word_synsets[word])
        return words

    def pattern_found(self, pattern: Pattern, parse: Parse) -> bool:
        """Whether every item of a pattern is found: those after the verb among its complements,
        prepositions and particles, those before it on the subject side."""
        for item in pattern.after:
            if not self.after_item_found(item, parse):
                return False
        for item in pattern.before:
            if not self.subject_item_found(item, parse):
                return False
        return True

    def after_item_found(self, item: Item, parse: Parse) -> bool:
        items = self._items
        if isinstance(item, tuple) and item[0] == ":":
            _, prep, noun = item
            if noun is None and prep in parse.particles:
                return True
            for p, o in parse.preps:
                if p == prep and (noun is None or (o is not None and items.phrase_matches(noun, o))):
                    return True
            return False
        for o in parse.objects:
            if items.phrase_matches(item, o):
                return True
        # A bare word may be a particle or a preposition standing alone.
        if not isinstance(item, frozenset):
            return False
        if not item.isdisjoint(parse.particles):
            return True
        for p, _ in parse.preps:
            if p in item:
                return True
        return False

    def subject_item_found(self, item: Item, parse: Parse) -> bool:
        if isinstance(item, tuple) and item[0] == ":":
            return False  # prepositional phrases on the subject side are not passed
        return any(self._items.phrase_matches(item, s) for s in parse.subject)

    def _verb_row(self, phrase: str, block: str, code: str, reverse: str) -> VerbRow:
        """A row of verbs_cameo.tsv, but for its lemma."""
        words = phrase.split() if phrase != OPEN else ["*"]
        star = words.index("*")
        before, after = tuple(words[:star]), tuple(words[star + 1:])
        return VerbRow(before, after, block, code, reverse, self._own_reading(before + after, block, code, reverse))

    def own_code(self, verb_rows: Sequence[VerbRow]) -> VerbMatch | None:
        """The code of the verb alone (the first row that has one), when no pattern matched."""
        for row in verb_rows:
            if row.own_reading is not None:
                return row.own_reading
        return None

    def _own_reading(self, phrase: tuple[str, ...], block: str, code: str, reverse: str) -> VerbMatch | None:
        """The reading of a row's verb alone: its code, none where that is `-`."""
        if code == OPEN:
            return None
        plover_type, mode, context = self.plover(code) or (None, None, None)
        reverse_code = None if reverse == OPEN else reverse
        reverse_type = (self.plover(reverse_code) or (None,))[0] if reverse_code else None
        return VerbMatch(code, plover_type, mode, context, reverse_code, reverse_type, 0, block, "", phrase)

    def plover(self, code: str) -> tuple[str, str | None, str | None] | None:
        """PLOVER (type, mode, context) of a CAMEO code or of its nearest listed parent."""
        return plover_of(code, self._plover)


def _longest_found(multi: tuple[VerbRow, ...], parse: Parse) -> list[VerbRow]:
    """The rows of the longest multi-word verbs whose other words are all in the parse."""
    after_words = parse.after_words
    words = after_words | {s.head for s in parse.subject}
    found = [r for r in multi if after_words.issuperset(r.after) and words.issuperset(r.before)]
    longest = max((len(r.before) + len(r.after) for r in found), default=0)
    return [r for r in found if len(r.before) + len(r.after) == longest]


def read_plover(path: Path) -> dict[str, tuple[str, str | None, str | None]]:
    with open(path, encoding="utf-8", newline="") as f:
        return {r["cameo_code"]: (r["plover_event"], r["plover_mode"] or None, r["plover_context"] or None)
                for r in csv.DictReader(f) if r["plover_event"] not in ("", OPEN)}


def plover_of(code: str, table: dict) -> tuple[str, str | None, str | None] | None:
    while len(code) >= 2:
        if code in table:
            return table[code]
        if code in KG_ROOTS:
            return KG_ROOTS[code]
        code = code[:-1]
    return None


@cache
def cameo_verbs() -> CameoVerbs:
    """The process's verb dictionary, read from kg/lexicons on first use."""
    return CameoVerbs()


@cache
def plover_table() -> dict[str, tuple[str, str | None, str | None]]:
    return read_plover(LEXICONS / "cameo_to_plover.csv")


def cameo_to_plover(code: str) -> tuple[str, str | None, str | None] | None:
    """PLOVER (type, mode, context) of a CAMEO code, or of its nearest listed parent ("0234" -> REQUEST)."""
    return plover_of(code, plover_table())
