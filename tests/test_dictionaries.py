"""kg.dictionaries on the generated lexicon files as committed (real rows, no fixtures)."""

import datetime

import pytest

from kg.dictionaries import Actor, Phrase, actor_directory, cameo_to_plover, cameo_verbs
from kg.dictionaries.files import LEXICONS, rows


@pytest.fixture(scope="module")
def actors():
    return actor_directory()


@pytest.fixture(scope="module")
def verbs():
    return cameo_verbs()


def labels(found):
    return [(a.label, a.alpha3, a.sector) for a in found]


# --- actors by office and date ------------------------------------------------------------------

def test_a_title_and_a_date_name_the_office_holder(actors):
    assert actors.lookup("President Bush", "1991-06-01") == [
        Actor("George Bush", "Person", "USA", "GOV", "USAGOV")]
    assert labels(actors.lookup("President Bush", datetime.date(2005, 6, 1))) == [("George W. Bush", "USA", "GOV")]
    # Between the two presidencies both are elites (ELI): nobody holds the office.
    assert actors.lookup("President Bush", "1998-06-01") == []


def test_a_person_resolves_to_the_role_held_on_the_date(actors):
    assert actors.lookup("Putin", "2014-03-01") == [Actor("Vladimir Putin", "Person", "RUS", "GOV", "RUSGOV")]
    assert actors.lookup("  VLADIMIR   Putin ", "2014-03-01") == actors.lookup("putin", "2014-03-01")
    # A dated row covering the date wins over the undated default (ELI) ...
    assert labels(actors.lookup("George W. Bush", "1991-06-01")) == [("George W. Bush", "USA", "ELI")]
    assert labels(actors.lookup("George W. Bush", "2005-06-01")) == [("George W. Bush", "USA", "GOV")]
    assert labels(actors.lookup("George W. Bush", None)) == [("George W. Bush", "USA", "ELI")]
    # ... and where two periods meet (both ends inclusive) the office wins over ELI.
    assert labels(actors.lookup("George W. Bush", "2001-01-20")) == [("George W. Bush", "USA", "GOV")]


def test_a_date_must_be_an_iso_date(actors):
    assert actors.lookup("putin", "2014-03-01T10:00:00Z") == actors.lookup("putin", datetime.date(2014, 3, 1))
    with pytest.raises(ValueError):
        actors.lookup("putin", "March 2014")


def test_a_person_out_of_office_without_default_keeps_the_state_but_no_role(actors):
    assert actors.lookup("Barack Obama", "2005-01-01") == [Actor("Barack Obama", "Person", "USA", None, None)]


def test_a_title_is_stripped_when_the_titled_name_is_not_listed(actors):
    assert actors.split_title("Foreign Minister Lavrov") == ("foreign minister", "lavrov")
    assert labels(actors.lookup("Foreign Minister Lavrov", "2010-01-01")) == [("Sergey Lavrov", "RUS", "GOV")]
    assert labels(actors.lookup("Prime Minister Merkel", "2010-01-01")) == [("Angela Merkel", "DEU", "GOV")]
    # The title's sector may sit later in the role's code (a senator coded GOV, then LEG) ...
    assert actors.lookup("Senator Kerry", "2000-01-01")[0].code == "USAGOVLEG"
    # ... and a title no longer held still names a person holding another office.
    assert labels(actors.lookup("Senator Kerry", "2014-01-01")) == [("John Kerry", "USA", "GOV")]


def test_a_title_before_a_surname_names_the_holder_of_that_office(actors):
    # No record lists the surname alone: with a title it is looked up as a surname ...
    assert labels(actors.lookup("Minister Schroeder", "2010-06-01")) == [("Kristina Schroeder", "DEU", "GOV")]
    # ... without one it is no name (surname_candidates serves that case).
    assert actors.lookup("Schroeder", "2010-06-01") == []


def test_a_title_and_a_name_borne_by_two_office_holders_gives_both(actors):
    assert labels(actors.lookup("King Abdullah", "2010-01-01")) == [
        ("Abdullah", "SAU", "GOV"), ("Abdullah Ii", "JOR", "GOV")]


def test_a_person_listed_for_a_body_of_no_state_and_for_a_state_gives_both(actors):
    # the league's secretary-general (no state) and the Egyptian minister he had been: one name, two
    # actors whose state is missing in one, which must still sort (this used to raise a TypeError)
    assert labels(actors.lookup("Amr Moussa", "2005-06-01")) == [
        ("Amr Moussa", None, "IGO"), ("Amr Moussa", "EGY", "GOV")]


def test_with_no_date_a_title_names_whoever_held_that_office(actors):
    assert [a.label for a in actors.lookup("President Bush")] == ["George Bush", "George W. Bush"]
    assert actors.titled_state("president", "bush") == "USA"  # two persons, one state
    assert actors.titled_state("king", "abdullah", "2010-01-01") is None  # two states


def test_agent_nouns_of_event_verbs(actors):
    assert [actors.is_agent_noun(w) for w in ("supporter", "kidnapper", "negotiator", "protester")] == [True] * 4
    assert [actors.is_agent_noun(w) for w in ("paper", "member", "launcher", "banner", "border")] == [False] * 5


def test_a_leading_agent_word_of_a_body_name_is_not_a_title(actors):
    assert labels(actors.lookup("Army of God", "2010-01-01")) == [("Army of God", "USA", "REB")]
    assert [a.kind for a in actors.lookup("President of the United States", "2010-01-01")] == ["Organization"]


def test_surname_candidates_are_the_office_holders_on_the_date(actors):
    assert labels(actors.surname_candidates("Clinton", "1995-01-01")) == [("Bill Clinton", "USA", "GOV")]
    assert labels(actors.surname_candidates("clinton", "2010-01-01")) == [("Hillary Clinton", "USA", "GOV")]
    # Two holders (until the second left office in May 2005): the surname alone is ambiguous.
    assert labels(actors.surname_candidates("bush", "2005-01-01")) == [
        ("George W. Bush", "USA", "GOV"), ("McKeeva Bush", "CYM", "GOV")]
    assert labels(actors.surname_candidates("bush", "2005-06-01")) == [("George W. Bush", "USA", "GOV")]
    assert actors.surname_candidates("bush", "1998-06-01") == []
    assert actors.surname_candidates("nosuchsurname", "2005-06-01") == []


def test_agent_words_and_places(actors):
    assert actors.agent_sector("minister") == "GOV"
    assert actors.agent_sector("Riot  Police") == "COP"
    assert actors.agent_sector("table") is None
    assert actors.place_state("Aleppo") == "SYR"
    assert actors.place("aleppo").kind == "city"
    assert (actors.place_state("Bayern"), actors.place("bayern").kind) == ("DEU", "admin1")
    assert actors.place_state("São Paulo") == actors.place_state("sao paulo") == "BRA"
    assert actors.place("georgia") is None  # a state's name is never a place


def test_actor_rows_are_sorted_as_the_bisection_needs():
    with open(LEXICONS / "actors_phoenix.tsv", encoding="utf-8") as f:
        lines = [line for line in f.read().split("\n") if line and line[0] != "#"]
    assert lines == sorted(lines)


def test_the_directories_are_read_once_per_process():
    assert actor_directory() is actor_directory()
    assert cameo_verbs() is cameo_verbs()


# --- CAMEO verbs ----------------------------------------------------------------------------------

def test_an_object_word_changes_the_code(verbs):
    alone = verbs.match("impose")
    assert (alone.code, alone.plover_type, alone.matched, alone.pattern) == ("170", "COERCE", 0, "")
    curfew = verbs.match("impose", objects=["curfew"])
    assert (curfew.code, curfew.plover_type, curfew.mode, curfew.matched) == ("1723", "COERCE", "curfew", 1)
    # The dictionary writes plurals; the caller passes lemmas.
    assert verbs.match("impose", objects=["restriction"]).code == "1721"


def test_a_synset_item_matches_any_of_its_words(verbs):
    for word in ("agreement", "pact", "accord", "treaty"):
        found = verbs.match("sign", objects=[word])
        assert (found.code, found.plover_type, found.reverse_code, found.pattern) == (
            "057", "SUPPORT", "057", "- | &treaty")


def test_the_most_specific_pattern_wins(verbs):
    free_trade = verbs.match("sign", objects=[Phrase("agreement", ("free", "trade"))])
    assert (free_trade.code, free_trade.plover_type, free_trade.pattern) == (
        "061", "COOPERATE", "- | free_trade_&treaty")
    on_defense = verbs.match("sign", objects=["treaty"], preps=[("on", "defense")])
    assert (on_defense.code, on_defense.plover_type, on_defense.matched) == ("0312", "AGREE", 2)
    with_police = verbs.match("apprehend", subject=["police"], preps=[("during", "demonstration")])
    assert (with_police.code, with_police.reverse_code, with_police.reverse_type) == ("175", "140", "PROTEST")
    assert verbs.match("apprehend", subject=["police"]).code == "173"


def test_a_phrase_item_needs_its_modifiers(verbs):
    assert verbs.match("sign", objects=[Phrase("deal", ("peace",))]).code == "057"
    assert verbs.match("sign", objects=["deal"]) is None


def test_a_verb_without_its_own_code_needs_a_pattern(verbs):
    assert verbs.match("sign") is None
    assert verbs.match("sign", objects=["letter"]) is None
    assert verbs.match("nosuchverb", objects=["curfew"]) is None


def test_prepositional_subject_and_multi_word_patterns(verbs):
    visit = verbs.match("arrive", preps=[("for", "visit")])
    assert (visit.code, visit.mode, visit.reverse_code, visit.reverse_type) == ("042", "visit", "043", "CONSULT")
    assert verbs.match("arrive").code == "040"
    air = verbs.match("kill", subject=[Phrase("strike", ("air",))])
    assert (air.code, air.mode, air.pattern) == ("195", "heavy-weapons", "air_strike | -")
    # A pattern may code only the reverse event (from the target to the source).
    drone = verbs.match("die", preps=[("in", Phrase("strike", ("drone",)))])
    assert (drone.code, drone.reverse_code, drone.reverse_type) == (None, "1952", "ASSAULT")
    # A multi-word verb is found through its particle; without it the verb is not listed.
    assert (verbs.match("cordon", particle="off").code, verbs.match("cordon")) == ("170", None)


def test_a_multi_word_verb_has_its_own_blocks_and_code(verbs):
    assert verbs.match("rule").code == "060"
    # Its code `-` is final (no event without a pattern): the one-word verb's code does not hold.
    assert verbs.match("rule", particle="out") is None
    ruled_out = verbs.match("rule", particle="out", objects=["talks"])
    assert (ruled_out.code, ruled_out.plover_type, ruled_out.block) == ("125", "REJECT", "refuse")
    called_off = verbs.match("call", particle="off", objects=["strike"])
    assert (called_off.code, called_off.plover_type, called_off.block) == ("082", "CONCEDE", "cancel")
    # The one-word verb's patterns still compete (its block lists the particle as a word).
    assert verbs.match("call", particle="off").pattern == "- | off"


def test_cameo_to_plover_falls_back_to_the_parent_code():
    assert cameo_to_plover("1723") == ("COERCE", "curfew", "pro_autocracy")
    assert cameo_to_plover("057") == ("SUPPORT", None, "diplomatic")
    assert cameo_to_plover("0571") == ("SUPPORT", None, "diplomatic")
    assert cameo_to_plover("013") == ("STATEMENT", None, None)
    assert cameo_to_plover("0234") == ("REQUEST", None, None)
    assert cameo_to_plover("99") is None



PARTICLES = {"up", "down", "out", "off", "back", "away", "in", "on"}
MARKERS = {"$", "+", "%", "^"}


def parse_made_of(before: str, after: str, synsets: dict[str, list[str]]) -> dict:
    """The parse a pattern describes, written from its text with each &synset's first member."""
    def phrase(text: str) -> Phrase:
        for name in synsets:  # synset names may hold underscores themselves
            if "_" in name:
                text = text.replace("&" + name, "&" + name.replace("_", " "))
        words = []
        for piece in text.split("_"):
            name = piece[1:].replace(" ", "_")
            if piece.startswith("&") and name in synsets:
                words += min(synsets[name], key=lambda w: (" " in w, w)).split()
            else:
                words.append(piece.lstrip("&"))
        # Determiners are no compound or adjectival modifier: a parse never passes them.
        words = [w for w in words if w not in ("a", "an", "the")] or words
        return Phrase(words[-1], tuple(words[:-1]))

    objects, preps, particles = [], [], []
    for text in after.split(" ") if after != "-" else ():
        if text in MARKERS:
            continue
        if ":" in text:
            prep, noun = text.split(":", 1)
            preps.append((prep, phrase(noun) if noun and noun not in MARKERS else None))
        elif text in PARTICLES:
            particles.append(text)
        else:
            objects.append(phrase(text))
    subject = [phrase(t) for t in before.split(" ") if before != "-" and t not in MARKERS]
    return dict(particle=" ".join(particles) or None, objects=objects, preps=preps, subject=subject)


def test_every_pattern_matches_the_parse_it_describes(verbs):
    synsets: dict[str, list[str]] = {}
    for name, word in rows("verb_synsets.tsv"):
        synsets.setdefault(name, []).append(word)
    one_word_verb = {}
    for lemma, phrase, block, _, _ in rows("verbs_cameo.tsv"):
        if phrase == "-":
            one_word_verb.setdefault(block, lemma)
    checked = 0
    for block, before, after, *_ in rows("verb_patterns.tsv"):
        items = [t for side in (before, after) if side != "-" for t in side.split(" ") if t not in MARKERS]
        if block not in one_word_verb or not items or any(":" in t for t in before.split(" ")):
            continue  # no one-word verb to try; markers only; prepositions on the subject side
        found = verbs.match(one_word_verb[block], **parse_made_of(before, after, synsets))
        assert found is not None and found.matched >= len(items), (block, before, after, found)
        checked += 1
    assert checked > 4000
