"""A parsed document as plain Python objects, read once from the spaCy Doc's arrays.

Extraction walks the dependency tree many times over: every `doc[i]`, `token.head` or
`token.children` on a spaCy Doc makes a new Token object, and those walks cost more than the
rules themselves. `DocView` reads every attribute the rules use with one `Doc.to_array` call and
links the tokens once, so the walks are attribute lookups. The views answer to the same names as
spaCy's Token and Span (`dep_`, `children`, `subtree`, `conjuncts`, `sent`, `doc[a:b].text`, …),
and add a few of their own for the questions the rules ask most (`dependents`, `dependent`,
`has_dependent`: the children attached by some dependency labels).
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Collection, Iterator
from operator import attrgetter

import numpy

from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, LIKE_NUM, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lang.lex_attrs import is_punct
from spacy.tokens import Doc

# Read into one list each: strings through the StringStore (lemma and labels), numbers. A token's
# text is sliced from the article's, which is cheaper than looking each word up in a large table.
# What the rules seldom ask and the text answers (is_upper, is_alpha, is_stop, is_punct, is_space)
# is worked out when asked, as spaCy's lexical attributes work it out.
# Where each token ends, and whether it is like a number, are worked out for all tokens at once.
# A token's entity type is the label of the entity that holds it, read with the entities.
_COLUMNS = [LEMMA, POS, TAG, DEP, IDX]
_ATTRS = [*_COLUMNS, LENGTH, LIKE_NUM, HEAD]
_START, _LENGTH, _LIKE_NUM, _HEAD = (_ATTRS.index(attr) for attr in (IDX, LENGTH, LIKE_NUM, HEAD))
# Sorts tokens by position, in C.
BY_POSITION = attrgetter("i")
# Where a span (a sentence) starts, in C.
START = attrgetter("start")


class TokenView:
    """One token: its strings, flags and tree links, as spaCy's Token names them."""

    __slots__ = ("doc", "i", "idx", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_",
                 "like_num", "head", "children", "ent")

    def __repr__(self) -> str:
        return self.text

    @property
    def is_upper(self) -> bool:
        return self.text.isupper()  # as spaCy's lexical attribute

    @property
    def is_alpha(self) -> bool:
        return self.text.isalpha()

    @property
    def is_stop(self) -> bool:
        return self.lower_ in STOP_WORDS  # English's stop list, as the English pipelines read it

    @property
    def is_punct(self) -> bool:
        # spaCy's test reads every character's Unicode category: a letter or digit first settles it
        return not self.text[:1].isalnum() and is_punct(self.text)

    @property
    def is_space(self) -> bool:
        return self.text.isspace()

    def __len__(self) -> int:
        return len(self.text)

    @property
    def sent(self) -> SpanView:
        """The sentence that holds the token: found when asked, as few rules ask."""
        sents = self.doc.sents
        return sents[bisect_right(sents, self.i, key=START) - 1]

    def dependents(self, *deps: str, words: Collection[str] | None = None) -> list[TokenView]:
        """The children attached by one of `deps` and, if `words` are given, lower-cased in them."""
        found = []
        for child in self.children:
            if child.dep_ in deps and (words is None or child.lower_ in words):
                found.append(child)
        return found

    def dependent(self, *deps: str, words: Collection[str] | None = None) -> TokenView | None:
        """The first of `dependents(*deps, words=words)`, or None."""
        for child in self.children:
            if child.dep_ in deps and (words is None or child.lower_ in words):
                return child
        return None

    def has_dependent(self, *deps: str, words: Collection[str] | None = None) -> bool:
        """Whether some child is attached by one of `deps` (and lower-cased in `words`, if given)."""
        for child in self.children:
            if child.dep_ in deps and (words is None or child.lower_ in words):
                return True
        return False

    @property
    def lefts(self) -> list[TokenView]:
        return [c for c in self.children if c.i < self.i]

    @property
    def rights(self) -> list[TokenView]:
        return [c for c in self.children if c.i > self.i]

    @property
    def subtree(self) -> list[TokenView]:
        """The token and its descendants, in spaCy's order (left subtrees, the token, right ones).

        A list: nested generators would pass each token up through every level above it.
        """
        if not self.children:
            return [self]
        found: list[TokenView] = []
        _add_subtree(self, found)
        return found

    @property
    def conjuncts(self) -> tuple[TokenView, ...]:
        """The tokens coordinated with this one, itself excluded, as spaCy finds them."""
        start = self
        while start.dep_ == "conj" and start.head is not start:
            start = start.head
        queue = [start]
        output = [] if start is self else [start]
        for word in queue:
            for child in word.children:
                if child.dep_ == "conj" and child.i > word.i:
                    queue.append(child)
                    if child is not self:
                        output.append(child)
        return tuple(output)

    @property
    def left_edge(self) -> TokenView:
        """The leftmost token of the subtree, as spaCy's Token.left_edge: found through the
        children, without making the subtree. Not always `subtree[0]`: in a nonprojective tree a
        later child's subtree may reach further left."""
        edge = self
        for child in self.children:
            if child.children:
                child = child.left_edge
            if child.i < edge.i:
                edge = child
        return edge


def _add_subtree(token: TokenView, found: list[TokenView]) -> None:
    placed = False
    for word in token.children:
        if not placed and word.i > token.i:
            found.append(token)
            placed = True
        if word.children:
            _add_subtree(word, found)
        else:
            found.append(word)
    if not placed:
        found.append(token)


class SpanView:
    """A run of tokens (a sentence, an entity, a slice) with its text as the article has it."""

    __slots__ = ("doc", "start", "end", "start_char", "end_char", "label_", "_root")

    def __init__(self, doc: DocView, start: int, end: int, start_char: int, end_char: int, label: str = ""):
        """Tokens start to end (excluded), at characters start_char to end_char of the text;
        an empty span is at 0, 0."""
        self.doc, self.start, self.end, self.label_, self._root = doc, start, end, label, None
        self.start_char, self.end_char = start_char, end_char

    def __iter__(self) -> Iterator[TokenView]:
        return iter(self.doc.tokens[self.start:self.end])

    def __len__(self) -> int:
        return self.end - self.start

    def __getitem__(self, index: int) -> TokenView:
        return self.doc.tokens[self.start:self.end][index]

    def __repr__(self) -> str:
        return self.text

    @property
    def text(self) -> str:
        return self.doc.text[self.start_char:self.end_char]

    @property
    def root(self) -> TokenView:
        if self._root is None:  # worked out when first asked for: few spans are
            self._root = _span_root(self.doc.tokens, self.start, self.end)
        return self.doc.tokens[self._root]


class DocView:
    """The tokens, sentences and named entities of a parsed document."""

    def __init__(self, doc: Doc, text: str | None = None):
        self.text = doc.text if text is None else text
        self.tokens: list[TokenView] = []
        self.sents: list[SpanView] = []
        self.ents: list[SpanView] = []
        if len(doc):
            self._read(doc)

    def _read(self, doc: Doc) -> None:
        array = doc.to_array(_ATTRS)
        count = len(array)
        lemma, pos, tag, dep, starts = array[:, :len(_COLUMNS)].T.tolist()
        ends = (array[:, _START] + array[:, _LENGTH]).tolist()
        like_num = (array[:, _LIKE_NUM] == 1).tolist()
        # Relative head offsets come as uint64, negative ones wrapped: read them as int64.
        heads = (numpy.arange(count) + array[:, _HEAD].view(numpy.int64)).tolist()
        lemmas, labels = _strings(doc.vocab.strings, "lemmas"), _strings(doc.vocab.strings, "labels")
        self.sents = [SpanView(self, s.start, s.end, starts[s.start], ends[s.end - 1]) for s in doc.sents]
        self.ents = [SpanView(self, e.start, e.end, starts[e.start], ends[e.end - 1], labels[e.label]) for e in doc.ents]
        # Made first, then filled in, so that each can be given its head as it is filled in.
        tokens = self.tokens = [TokenView() for _ in range(count)]
        text = self.text
        for i, token in enumerate(tokens):
            start = starts[i]
            token.doc, token.i, token.idx = self, i, start
            token.text = word = text[start:ends[i]]
            token.lower_ = word.lower()  # spaCy's own lower-casing is str.lower
            token.lemma_ = lemmas[lemma[i]]
            token.pos_, token.tag_, token.dep_ = labels[pos[i]], labels[tag[i]], labels[dep[i]]
            token.like_num = like_num[i]
            token.head = tokens[heads[i]]
            token.children = []
            token.ent, token.ent_type_ = None, ""
        for span in self.ents:
            for token in tokens[span.start:span.end]:
                token.ent, token.ent_type_ = span, span.label_
        for token in tokens:  # children come in order, as spaCy gives them
            if token.head is not token:
                token.head.children.append(token)

    def release(self) -> None:
        """Unlink the tokens, so that reference counting frees them now, not a garbage collection later.

        The only cycles are between heads and their children: without heads, the tokens are a tree.
        """
        for token in self.tokens:
            token.head = None
        self.tokens, self.sents, self.ents = [], [], []

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[TokenView]:
        return iter(self.tokens)

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, end, _ = index.indices(len(self.tokens))
            if end <= start:
                return SpanView(self, start, start, 0, 0)
            last = self.tokens[end - 1]
            return SpanView(self, start, end, self.tokens[start].idx, last.idx + len(last.text))
        return self.tokens[index]


def phrase_text(first: TokenView, last: TokenView) -> str:
    """The article's text from one token to a later one (both included), each run of spacing
    made one space: `doc[first.i:last.i + 1].text`, normalised, without making the span."""
    return " ".join(first.doc.text[first.idx:last.idx + len(last.text)].split())


class _Strings(dict):
    """Strings of a StringStore by hash, each looked up once: labels and lemmas recur.

    Interned, as the literals of the rules are: a label or a lemma then is the very object of the
    literal or set member it is compared with, which compares at once."""

    LIMIT = 200_000  # enough for a language's common lemmas, and memory stays bounded

    def __init__(self, strings) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, key: int) -> str:
        if len(self) >= self.LIMIT:
            self.clear()
        found = self[key] = sys.intern(self.strings[key])
        return found


_STRING_CACHES: dict[tuple[int, str], _Strings] = {}


def _strings(store, kind: str) -> _Strings:
    """A cache of one StringStore (one per loaded pipeline): of lemmas, or of labels (a small one)."""
    cache = _STRING_CACHES.get((id(store), kind))
    if cache is None or cache.strings is not store:
        cache = _STRING_CACHES[id(store), kind] = _Strings(store)
    return cache


def _span_root(tokens: list[TokenView], start: int, end: int) -> int:
    """The token of a span nearest the root of its sentence, chosen as spaCy's Span.root does.

    A sentence root in the span wins; otherwise, of the tokens whose head lies outside the span,
    the first with the fewest steps to the root. A childless space or punctuation mark counts as
    far from the root.
    """
    outside = []  # the tokens whose head lies outside the span
    for token in tokens[start:end]:
        if token.head is token:
            return token.i
        if not start <= token.head.i < end:
            outside.append(token)
    if len(outside) == 1:
        return outside[0].i  # most spans (a name, a phrase): no steps to count
    best, root = len(tokens), -1
    for token in outside:
        if (token.is_space or token.is_punct) and not token.children:
            steps = len(tokens) - 1
        else:
            steps, step = 0, token
            while step.head is not step:
                step = step.head
                steps += 1
        if steps < best:
            best, root = steps, token.i
    return start if root == -1 else root
