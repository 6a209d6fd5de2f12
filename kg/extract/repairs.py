"""Mending the parser's known misreadings before the rules read the tree.

spaCy's small English model now and then reads a sentence's verb as a modifier of its object:
in "X's military seized power on Monday" it tags "military" an adjective and makes both words
modifiers of "power", which it makes the sentence's root, so the sentence has no verb and no
clause. A finite past form (tag VBD) never modifies a noun (a participle, VBN, does), so such a
tree is rebuilt as the sentence reads: the verb heads the clause, the noun is its object, and the
word before the verb, with what the parser hung before it, its subject.
"""

from __future__ import annotations

from .tokens import BY_POSITION, DocView, TokenView
from .vocabulary import NOUN_POS

# Links after a noun that only a noun has (a clause or apposition describing it); its other links
# after it ("on Monday", "and detained …") are the clause's, and go to the verb.
NOUN_ONLY_DEPS = frozenset({"acl", "relcl", "appos"})
# What a subject's head may be, as the parser tagged it: a noun, or the adjective it took it for.
SUBJECT_HEAD_POS = NOUN_POS | {"ADJ"}


def repair_parse(doc: DocView) -> None:
    """Mend, in place, each finite verb the parser made a modifier of the noun after it."""
    for verb in doc.tokens:
        if verb.tag_ == "VBD" and verb.dep_ == "amod" and verb.head.i > verb.i and verb.head.pos_ in NOUN_POS:
            _verb_before_its_object(verb)


def _verb_before_its_object(verb: TokenView) -> None:
    obj = verb.head
    before = [c for c in obj.children if c.i < verb.i]
    if not before or before[-1].i != verb.i - 1 or before[-1].pos_ not in SUBJECT_HEAD_POS:
        return  # no word right before the verb to be its subject: leave the tree as it is
    subject = before[-1]
    if obj.head is obj:
        _rehang(verb, verb, "ROOT")
    else:
        _rehang(verb, obj.head, obj.dep_)
    _rehang(obj, verb, "dobj")
    _rehang(subject, verb, "nsubj")
    subject.pos_, subject.tag_ = "NOUN", "NN"  # "military", tagged an adjective, is the noun here
    for word in before[:-1]:
        _rehang(word, subject, word.dep_)  # "X's" and "the" are the subject's
    for word in [c for c in obj.children if c.i > obj.i and c.dep_ not in NOUN_ONLY_DEPS]:
        _rehang(word, verb, word.dep_)


def _rehang(token: TokenView, head: TokenView, dep: str) -> None:
    """Attach `token` to `head` by `dep`, keeping every children list in order of position."""
    if token.head is not token:
        token.head.children.remove(token)
    token.head, token.dep_ = head, dep
    if head is not token:
        head.children.append(token)
        head.children.sort(key=BY_POSITION)
