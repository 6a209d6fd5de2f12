"""Mending the parser's known misreadings before the rules read the tree.

spaCy's small English model confuses nouns and verbs that share a form, and builds trees that
no sentence has; each repair below mends one such tree by a rule of English grammar:

- A full stop, question or exclamation mark is never an argument: with a line break after the
  sentence, the parser sometimes makes its final stop the verb's object.
- A word tagged as a finite verb (VBZ, VBP, VBD) that the parser made a subject or object is a
  noun ("launched military drills", with "drills" tagged VBZ, had no event noun).
- A finite verb coordinated with a noun is coordinated with the verb that noun is the object of
  ("launched drills … and halted imports": "halted" hung on "drills" had no subject).
- A finite past (VBD) never modifies a noun (a participle, VBN, does): in "X's military seized
  power on Monday" the parser tags "military" an adjective and makes both words modifiers of
  "power", the root, so the sentence has no clause. The verb is made the head of the clause,
  the noun its object, and the word before the verb, with what the parser hung before it, its
  subject.
- A verb has one direct object: a second one set off by a comma, with a verb of saying hung on
  it ("X will buy submarines, the three countries announced on Wednesday"), is the speaker of a
  report set after what it reports, which is rebuilt as spaCy parses "…, the three countries said".
- An of-phrase after the second of two coordinated nouns belongs to the second: the parser hangs
  it on the first, across the second, so that the first noun's phrase holds the second ("clashes
  between police and supporters of the opposition" had one party, "police and supporters of the
  opposition").
- A by-phrase naming an actor, hung on an active verb with an object, names whose act the object
  is ("denounced the drills by South Korea"): an active verb has no agent.
- A finite verb with no subject of its own, right after "and" and a noun that the parser made a
  conjunct of an earlier phrase, is a clause of its own with that noun its subject ("voted in
  favour and Britain abstained" read as "in favour and Britain").
- A finite verb is never coordinated with an infinitive or an adjective: one the parser hung on a
  to-infinitive ("appealed to X to keep its border open and pledged aid") or on a participle used
  as an adjective ("dismissed the figures as exaggerated and accused …") is coordinated with the
  finite verb above it, whose subject it shares.
- A possessor never follows a noun's modifier inside one phrase: in "…, a move Bolivia's ministry
  called an unfriendly act" the parser makes "move" a modifier of "ministry" and "called" a clause
  on it; the first noun heads a phrase of its own, with the rest a relative clause on it, whose
  subject is the possessed noun ("a move [that] Bolivia's ministry called …").
- A name is one phrase: words of one named entity that the parser hung one by one on the verb
  outside it ("NAME bin NAME al-NAME announced …" with "al", "-" and the last name three more
  subjects) hang on the name's last word, which keeps its link to the verb.
- A participle of harm set off after an accusation's gerund ("accused X of shelling a hospital,
  killing nine") tells what the accused act did: the parser hangs it on the verb of accusing,
  which made the accuser the killer, and the killing a fact.
- Two parties named by their roles and joined by "and" are two subjects: in "X's government and clan
  militias" the parser makes "government and clan" modifiers of "militias", one party. Where the
  word before "and" and the head after it both name a role and the word after "and" names none (in
  "military and police officials" both modifiers are roles, of the officials), the first word is
  made the head of the phrase, with what came before it ("X's", "the"), and the head its conjunct.
- A person's name set off by commas right after a singular noun of office and before "and" ("talks
  between X's top official, NAME, and Y") is the office's apposition, not a third party.
- A participle of harm after a speaker set after a report ("X bombed a market, witnesses said,
  killing 20") tells what the reported act did: the parser hangs it on the verb of saying, which
  made the witnesses killers, as a fact.
- A verb of saying set after a report, with its subject, is the report's speaker: where more follows
  the speaker, the parser hangs the verb on the report as an aside (parataxis), which left the
  report a fact; it is rebuilt as spaCy parses "…, Y said.", with what follows on the verb of saying.
- A person is no place: a person's name set off after a phrase ending in a place ("the head of the
  mission in X, NAME,") is apposed to the phrase's head noun, where the parser hangs it on the place;
  and a relative clause opened by "who" after such a phrase ("a diplomat in X, who …") is on that noun.
"""

from __future__ import annotations

from collections.abc import Container

from .tokens import BY_POSITION, DocView, TokenView
from .vocabulary import ACCUSATION_PREPS, ACCUSATION_VERBS, FINITE_TAGS, NOUN_POS, OBJECT_DEPS, SPEECH_VERBS

# The links by which only a noun hangs on its head.
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
# Labels of named entities that may act.
ACTOR_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# Labels of named places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
SENTENCE_END_MARKS = frozenset({".", "?", "!"})
# Relative pronouns that only a person takes ("who", "whom"): a clause they open is on no place.
PERSONAL_RELATIVES = frozenset({"who", "whom"})
# Links after a noun that only a noun has (a clause or apposition describing it); its other links
# after it ("on Monday", "and detained …") are the clause's, and go to the verb.
NOUN_ONLY_DEPS = frozenset({"acl", "relcl", "appos"})
# Participles that tell what an act did to people or things ("…, killing nine", "…, leaving dozens
# homeless").
HARM_PARTICIPLES = frozenset({"kill", "wound", "injure", "maim", "destroy", "damage", "leave", "displace", "raze",
                              "flatten", "bury", "trap"})
# What a subject's head may be, as the parser tagged it: a noun, or the adjective it took it for.
SUBJECT_HEAD_POS = NOUN_POS | {"ADJ"}
# The links by which the parser hangs the first of two coordinated parties on the second.
PARTY_MODIFIER_DEPS = frozenset({"nmod", "compound"})
# The links of the words the repairs after the first two look at (each a branch in repair_parse).
REPAIRED_DEPS = frozenset({"conj", "prep", "advcl", "amod", "acl", "appos", "relcl", "parataxis"}) | PARTY_MODIFIER_DEPS


def repair_parse(doc: DocView, roles: Container[str] = frozenset()) -> None:
    """Mend the misreadings above, in place: first the nouns tagged as verbs, which the other
    repairs then see as nouns. `roles` holds the words that name a role (lower-cased: "government",
    "rebels")."""
    for token in doc.tokens:
        if token.dep_ not in NOMINAL_DEPS:
            continue
        if token.text in SENTENCE_END_MARKS:
            _rehang(token, token.head, "punct")
        elif token.tag_ in FINITE_TAGS and not token.has_dependent("nsubj", "nsubjpass", "aux", "auxpass"):
            token.pos_, token.tag_ = "NOUN", "NNS" if token.lower_.endswith("s") else "NN"
    for ent in doc.ents:
        if ent.end - ent.start > 1:  # a name of one word is not split up
            _name_split_up(doc, ent)
    for token in doc.tokens:  # each repair looks at one link label: read it once
        dep = token.dep_
        if dep not in REPAIRED_DEPS:
            continue  # most words: one look-up, not every branch below
        # the branches in the order of how often a word has their label, most often first
        if dep == "prep":
            if token.lower_ == "of" and token.head.pos_ in NOUN_POS:
                _of_phrase_after_conjunct(token)
            elif token.lower_ == "by" and token.head.pos_ == "VERB":
                _agent_of_object(token)
        elif dep in PARTY_MODIFIER_DEPS:
            if token.head.i <= token.i + 1:
                continue  # most modifiers: right before their noun, with no word between for either repair
            if token.pos_ == "NOUN" and _relative_read_as_modifier(token):
                continue
            if token.pos_ in NOUN_POS and _parties_read_as_one(token, roles):
                _first_party_made_head(token)
        elif dep == "amod":
            if token.tag_ == "VBD" and token.head.i > token.i and token.head.pos_ in NOUN_POS:
                _verb_before_its_object(token)
        elif dep == "conj":
            if token.tag_ in FINITE_TAGS and token.head.pos_ in NOUN_POS and token.head.dep_ == "dobj" \
                    and not token.has_dependent("nsubj", "nsubjpass"):
                _verb_coordinated_with_object(token)
            elif token.tag_ in ("VBD", "VBZ") and not token.has_dependent("nsubj", "nsubjpass") \
                    and (token.head.tag_ == "VB" and token.head.has_dependent("aux", words=("to",))
                         or token.head.dep_ == "amod" and token.head.tag_ in ("VBN", "JJ")):
                _finite_verb_to_finite_host(token)
            elif token.ent_type_ == "PERSON" and token.head.tag_ == "NN" and token.head.lower_ in roles:
                _name_set_off_after_role(token, doc)
        elif dep == "appos":
            if token.ent_type_ == "PERSON" and token.head.ent_type_ in PLACE_LABELS and token.head.dep_ == "pobj":
                _person_apposed_to_place(token, "appos")
        elif dep == "advcl":
            if token.tag_ in FINITE_TAGS and token.i > 1 and not token.has_dependent("nsubj", "nsubjpass", "mark", "expl"):
                _subject_read_as_conjunct(token)
            elif token.tag_ == "VBG" and token.lemma_ in HARM_PARTICIPLES and token.head.lemma_ in ACCUSATION_VERBS:
                _harm_of_accused_act(token)
            elif token.tag_ == "VBG" and token.lemma_ in HARM_PARTICIPLES and token.head.lemma_ in SPEECH_VERBS:
                _harm_of_reported_act(token)
        elif dep == "acl":
            if token.lemma_ in SPEECH_VERBS and _second_object_set_off(token.head) \
                    and not token.has_dependent("nsubj", "dobj", "ccomp"):
                _speaker_read_as_object(token)
        elif dep == "relcl":
            if token.head.ent_type_ in PLACE_LABELS and token.head.dep_ == "pobj" \
                    and token.has_dependent("nsubj", "nsubjpass", "dobj", words=PERSONAL_RELATIVES):
                _person_apposed_to_place(token, "relcl")
        elif dep == "parataxis":
            if token.lemma_ in SPEECH_VERBS and token.i > token.head.i and token.head.head is token.head \
                    and token.has_dependent("nsubj") and not token.has_dependent("ccomp", "dobj"):
                _speaker_set_aside(token)


def _name_set_off_after_role(name: TokenView, doc: DocView) -> None:
    """"between X's top official, NAME, and Y": a name set off by commas right after one person's
    office is that person's, though the parser makes it a conjunct of the office; the conjunct
    after the name is the office's."""
    first, tokens = name.subtree[0], doc.tokens
    if first.i < 2 or tokens[first.i - 1].text != "," or first.i - 1 not in {c.i for c in name.head.children} \
            or name.i + 1 >= len(tokens) or tokens[name.i + 1].text != "," \
            or not name.has_dependent("cc") or name.head.has_dependent("appos"):
        return
    office = name.head
    for child in [c for c in name.children if c.i > name.i and c.dep_ in ("punct", "cc", "conj")]:
        _rehang(child, office, child.dep_)
    _rehang(name, office, "appos")


def _person_apposed_to_place(name: TokenView, dep: str) -> None:
    """A person is no place: a name set after a phrase that ends in a place ("the head of the
    mission in X, NAME,") is the apposition of the phrase's head, a common noun of office; and a
    clause on a person ("a diplomat in X, who asked …") is a relative clause on that noun."""
    noun = name.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in NOUN_POS:
        noun = noun.head.head
    if noun is name.head or noun.pos_ != "NOUN":
        return
    comma = next((c for c in name.head.children if c.dep_ == "punct" and c.i == name.subtree[0].i - 1), None) \
        if name.subtree else None
    if comma is not None:
        _rehang(comma, noun, "punct")
    _rehang(name, noun, dep)


def _verb_coordinated_with_object(verb: TokenView) -> None:
    obj = verb.head
    conjunction = next((c for c in obj.children if c.dep_ == "cc" and c.i == verb.i - 1), None)
    if conjunction is not None:
        _rehang(conjunction, obj.head, "cc")
    _rehang(verb, obj.head, "conj")


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


def _of_phrase_after_conjunct(of: TokenView) -> None:
    conjuncts = [c for c in of.head.children if c.dep_ == "conj" and c.i < of.i and c.pos_ in NOUN_POS]
    if conjuncts:
        _rehang(of, conjuncts[-1], "prep")


def _agent_of_object(by: TokenView) -> None:
    verb = by.head
    objects = [o for o in verb.dependents("dobj") if o.i < by.i and o.pos_ in NOUN_POS]
    agents = by.dependents("pobj")
    if objects and agents and agents[0].ent_type_ in ACTOR_LABELS and not verb.has_dependent("auxpass"):
        _rehang(by, objects[-1], "prep")


def _subject_read_as_conjunct(verb: TokenView) -> None:
    tokens = verb.doc.tokens
    noun, conjunction = tokens[verb.i - 1], tokens[verb.i - 2]
    if noun.dep_ == "conj" and noun.pos_ in NOUN_POS and not noun.children \
            and conjunction.dep_ == "cc" and conjunction.head is noun.head:
        _rehang(noun, verb, "nsubj")
        _rehang(conjunction, verb.head, "cc")
        _rehang(verb, verb.head, "conj")


def _name_split_up(doc: DocView, ent) -> None:
    """A name of two words or more whose words the parser hung on a verb apart from its last word:
    hang them on that word."""
    last = doc.tokens[ent.end - 1]
    verb = last.head
    if verb is last or ent.start <= verb.i < ent.end:
        return
    loose = [t for t in doc.tokens[ent.start:ent.end - 1] if t.head is verb]
    if loose and any(t.dep_ == last.dep_ for t in loose):
        for word in loose:
            _rehang(word, last, "punct" if word.is_punct else "compound")


def _relative_read_as_modifier(modifier: TokenView) -> bool:
    """Rebuild "a move Bolivia's ministry called …" as a noun with a relative clause; whether done."""
    noun = modifier.head
    if noun.i <= modifier.i + 1:
        return False
    possessor = modifier.doc.tokens[modifier.i + 1]  # "Bolivia('s)", right after "move"
    if possessor.dep_ != "poss" or possessor.head is not noun:
        return False
    verb = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i and c.tag_ in FINITE_TAGS
                 and not c.has_dependent("nsubj", "nsubjpass")), None)
    if verb is None:
        return False
    if noun.head is noun:
        _rehang(modifier, modifier, "ROOT")
    else:
        _rehang(modifier, noun.head, noun.dep_)
    for word in [c for c in noun.children if c.i < modifier.i]:
        _rehang(word, modifier, word.dep_)  # "a": the first noun's
    _rehang(verb, modifier, "relcl")
    _rehang(noun, verb, "nsubj")
    return True


def _finite_verb_to_finite_host(verb: TokenView) -> None:
    finite = verb.head
    while finite.tag_ not in FINITE_TAGS and finite.head is not finite:
        finite = finite.head
    if finite.tag_ not in FINITE_TAGS:
        return
    conjunction = next((c for c in verb.head.children if c.dep_ == "cc" and c.i == verb.i - 1), None)
    if conjunction is not None:
        _rehang(conjunction, finite, "cc")
    _rehang(verb, finite, "conj")


def _harm_of_accused_act(participle: TokenView) -> None:
    verb = participle.head
    acts = [c for holder in (verb, *verb.dependents("dobj")) for prep in holder.dependents("prep", words=ACCUSATION_PREPS)
            for c in prep.dependents("pcomp", "pobj") if c.i < participle.i]
    if acts and not participle.has_dependent("nsubj"):
        _rehang(participle, acts[-1], "advcl" if acts[-1].dep_ == "pcomp" else "acl")


def _harm_of_reported_act(participle: TokenView) -> None:
    """"X bombed a market, witnesses said, killing 20": a participle of harm after a speaker set after
    the report tells what the reported act did; the parser hangs it on the verb of saying."""
    speech = participle.head
    report = speech.dependent("ccomp")
    if report is not None and report.i < speech.i < participle.i and not participle.has_dependent("nsubj"):
        _rehang(participle, report, "advcl")


def _parties_read_as_one(first: TokenView, roles: Container[str]) -> bool:
    """Whether a noun modifier, followed by its own "and", and the noun it hangs on both name a role,
    and no role is named between them ("government and clan militias", not "army and police chiefs")."""
    head = first.head
    conjunction = first.doc.tokens[first.i + 1]
    if conjunction.dep_ != "cc" or conjunction.head is not first or head.pos_ not in NOUN_POS:
        return False
    if not _names_role(first, roles) or not _names_role(head, roles):
        return False
    return not any(_names_role(c, roles) for c in first.children if c.dep_ == "conj")


def _names_role(token: TokenView, roles: Container[str]) -> bool:
    return token.lower_ in roles or token.lemma_.lower() in roles


def _first_party_made_head(first: TokenView) -> None:
    head = first.head
    for word in [c for c in first.children if c.dep_ == "conj"]:
        _rehang(word, head, "amod" if word.pos_ == "ADJ" else "compound")  # "southern", "clan": the second party's
    for word in [c for c in head.children if c.i < first.i]:
        _rehang(word, first, word.dep_)  # "X's", "the": the first party's
    if head.head is head:
        _rehang(first, first, "ROOT")
    else:
        _rehang(first, head.head, head.dep_)
    _rehang(head, first, "conj")


def _second_object_set_off(noun: TokenView) -> bool:
    """Whether a noun is a root verb's second direct object, after a comma."""
    verb = noun.head
    first = noun.subtree[0]
    return noun.dep_ == "dobj" and verb.head is verb and first.i > 0 and noun.doc.tokens[first.i - 1].text == "," \
        and any(o.i < noun.i for o in verb.dependents("dobj"))


def _speaker_read_as_object(speech: TokenView) -> None:
    speaker, report = speech.head, speech.head.head
    _rehang(speech, speech, "ROOT")
    _rehang(report, speech, "ccomp")
    _rehang(speaker, speech, "nsubj")
    for word in [c for c in report.children if c.i >= speaker.subtree[0].i - 1]:
        _rehang(word, speech, word.dep_)  # the comma before the speaker, and what follows, are not in the report


def _speaker_set_aside(speech: TokenView) -> None:
    """"X shelled the plant, Y said, a claim Z denied": with more after the speaker, the parser hangs
    the verb of saying on the report as an aside; it is the report's speaker, as in "…, Y said."."""
    report = speech.head
    _rehang(speech, speech, "ROOT")
    _rehang(report, speech, "ccomp")
    for word in [c for c in report.children if c.i > speech.i]:
        # what follows the speaker is not in the report; a noun phrase there sums the report up
        _rehang(word, speech, "npadvmod" if word.dep_ in OBJECT_DEPS else word.dep_)


def _rehang(token: TokenView, head: TokenView, dep: str) -> None:
    """Attach `token` to `head` by `dep`, keeping every children list in order of position."""
    if token.head is not token:
        token.head.children.remove(token)
    token.head, token.dep_ = head, dep
    if head is not token:
        head.children.append(token)
        head.children.sort(key=BY_POSITION)
