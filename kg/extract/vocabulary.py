"""Every word list the extraction rules use, each once, grouped by what the rules ask of it.

Lower-cased words unless said otherwise; lemmas where the rule compares a token's lemma. A rule
that needs a new word adds it here; a list added for a new rule goes under its heading. This
module imports nothing, so any part of kg may read it.
"""

from __future__ import annotations

# --- dependency labels and tags (spaCy's English scheme) ----------------------------------------
# Labels that are mostly handed to TokenView.dependents / has_dependent are tuples, as those take
# them; labels that are mostly tested with `in`, child by child, are sets.

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
NOMINAL_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Past forms that agree with one subject alone ("A and B, which was …" describes B).
SINGULAR_PAST_FORMS = frozenset({"was"})
OBJECT_DEPS = frozenset({"dobj", "obj", "dative"})
COPULA_COMPLEMENT_DEPS = frozenset({"attr", "acomp", "oprd"})
# The heads of a verb's complements: its objects, and a copula's attribute or complement.
COMPLEMENT_DEPS = OBJECT_DEPS | COPULA_COMPLEMENT_DEPS
# Dependents that end a noun phrase: clauses and lists hanging off its head are not part of it.
NP_CUT_DEPS = frozenset({"relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "preconj", "prep"})
# Modifiers that name who a thing belongs to ("a Chilean offer", "Peru's rulers", "a UN appeal").
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# Modifiers that make a noun a phrase of the CAMEO dictionary ("air strike", "free trade agreement").
PHRASE_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Children of a verb that belong to the relation's text ("did not back down").
RELATION_CHILD_DEPS = ("aux", "auxpass", "neg", "prt")
VERB_POS = frozenset({"VERB", "AUX"})
# Tags of a finite verb, which has a subject of its own.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Clauses that describe a noun (relative and participial): background, not a report of an act.
DESCRIBING_CLAUSE_DEPS = frozenset({"relcl", "acl"})
NOUN_POS = frozenset({"NOUN", "PROPN"})

# --- entity labels ------------------------------------------------------------------------------

# Labels of names that may resolve to an actor or a place.
NAME_LABELS = frozenset({"PERSON", "GPE", "NORP", "ORG", "LOC", "FAC"})
# Entity labels of places and their peoples.
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Amounts of money or goods: what is given or sent, never a party to it.
AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
# Temporal modifiers: arguments of a clause, never its object.
TIME_LABELS = frozenset({"DATE", "TIME"})
# Units of time: a preposition's object headed by one is how long or when ("fought for a second
# day", "clashed for weeks"), never a party, whether or not NER tagged it a date.
TIME_UNIT_NOUNS = frozenset({"hour", "day", "night", "week", "weekend", "month", "year", "decade"})

# --- clauses ------------------------------------------------------------------------------------

# Verbs that report speech or belief: their clausal complement is what someone said.
SPEECH_VERBS = frozenset({
    "say", "tell", "state", "announce", "add", "declare", "report", "claim", "reiterate",
    "insist", "warn", "note", "stress", "underscore", "confirm", "believe", "indicate",
    "describe", "explain", "write", "argue", "assert", "acknowledge", "suggest", "repeat",
    "allege", "contend", "admit", "suspect", "think", "verify",
})
# Verbs whose on-phrase may name where something was said or posted ("wrote on Twitter").
MEDIUM_VERBS = SPEECH_VERBS | {"post", "tweet", "comment", "appear", "speak"}
# Nouns of where something is said or shown: no one an act is aimed at ("announced on television").
MEDIUM_NOUNS = frozenset({"television", "tv", "radio", "broadcast", "channel", "website", "twitter", "facebook",
                          "media", "newspaper", "interview", "programme", "program", "airwaves"})
# Control verbs whose infinitive says what the subject means to do ("vowed to veto").
INTENT_VERBS = frozenset({
    "vow", "plan", "intend", "promise", "pledge", "threaten", "want", "seek", "aim", "hope",
    "try", "attempt", "decide", "agree", "offer", "refuse", "decline", "wish", "prepare", "resolve",
    "mean", "expect", "continue", "begin", "start", "stand", "move", "set", "propose",
})
# Words that open a free relative clause, with no noun before it ("what was needed").
FREE_RELATIVE_WORDS = frozenset({"what", "whatever", "whoever"})
# Control verbs of aspect: what they begin or go on with is happening ("began pulling back troops",
# "continued to shell the town"), no intent.
ASPECTUAL_VERBS = frozenset({"begin", "start", "continue", "resume", "keep"})
# Verbs that ask someone else to act ("urged Russia to listen").
REQUEST_VERBS = frozenset({"urge", "ask", "call", "appeal", "press", "request", "encourage",
                           "demand", "invite", "order", "tell", "instruct", "persuade"})
# Verbs whose object is asked to do what their to-infinitive says ("urged X to leave", "warned X to
# stop"): the object is its doer, and what it is to do is requested.
ASKING_VERBS = REQUEST_VERBS | {"warn", "caution", "advise"}
# Verbs that bind their object to do what their to-infinitive says ("the deal commits X to
# disarm", "requires X to withdraw"): the object is its doer, and the act is not yet done ...
OBLIGING_VERBS = frozenset({"commit", "oblige", "obligate", "require", "bind"})
# ... and verbs that make their object do it, which it then did ("forced the rebels to retreat").
FORCING_VERBS = frozenset({"force", "compel"})
# ... and verbs by which an event or act moves its object to do what the to-infinitive says, which
# it then did ("the shelling prompted the state to recall its envoy", "led X to close the border"):
# the object is the doer, not the one who prompted it.
CAUSING_VERBS = frozenset({"prompt", "lead", "spur", "cause", "drive", "provoke"})
# Nouns of asking whose that-clause says what is asked ("demands that it withdraw").
REQUEST_NOUNS = frozenset({"demand", "call", "request", "appeal", "ultimatum", "insistence"})
# Nouns of a message from someone, whose from-phrase names its author ("a request from the
# president", "an offer from the rebels"), not a place or origin. Not "demand", which from
# someone is as often what buyers want.
AUTHORED_NOUNS = frozenset({"call", "request", "appeal", "ultimatum", "plea", "offer", "invitation", "proposal",
                            "warning", "threat"})
# Nouns of asking that, after "at", say on whose bidding an act was done ("at the request of X").
BIDDING_NOUNS = frozenset({"request", "invitation", "behest", "urging"})
# Prepositions by which a request verb names whom it asks ("called on X to …", "appealed to X to …").
ADDRESSEE_PREPS = frozenset({"on", "upon", "to"})
# Prepositions of where people are sent ("ordered troops to the border", "into the region").
DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})
# Prepositions of where forces are sent to stand by a place, not to enter it ("sent warships around
# the island", "near the coast", "off its shores"): a show of force, never help to that place.
VICINITY_PREPS = frozenset({"around", "near", "off", "along", "close"})
POSSIBILITY_VERBS = frozenset({"seem", "appear"})
# Verbs of wanting another to act ("wants X to reopen the border"): the parser reads "X to reopen" as a
# clause of its own; what is wanted is asked of X, not done.
WANTING_VERBS = frozenset({"want", "wish", "need", "like", "prefer"})
# Verbs of permission: what they allow may happen, it is not reported as done ("allowed X to leave").
PERMISSION_VERBS = frozenset({"allow", "permit", "let"})
# Adjectives that carry intent to an infinitive ("is willing to talk", "stands ready to help").
INTENT_ADJECTIVES = frozenset({"willing", "ready", "prepared", "determined", "eager", "keen", "set"})
# Adjectives that schedule an infinitive ("is due to visit"): an arrangement ahead, not an intent.
SCHEDULED_ADJECTIVES = frozenset({"due"})
CONTROLLING_ADJECTIVES = INTENT_ADJECTIVES | SCHEDULED_ADJECTIVES
# Of those, the ones that promise the act ("ready to send aid" agrees to send it).
PROMISE_ADJECTIVES = ("willing", "ready", "prepared")
# Nouns that carry intent to a following verb ("no intention of invading").
INTENT_NOUNS = frozenset({"intention", "intent", "plan", "plans", "desire", "wish", "willingness",
                          "readiness", "threat", "promise", "pledge", "decision", "bid", "effort",
                          "attempt", "right"})
# Prepositions between an intent noun and its verb ("intention of invading", "right to return").
INTENT_NOUN_PREPS = ("of", "to")
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither", "no one"})
# Verbs whose negation affirms what they control ("would not hesitate to retaliate").
HESITATING_VERBS = frozenset({"hesitate"})
# Determiners that make a subject none of its kind ("neither side agreed", "no country recognized").
NEGATIVE_DETERMINERS = frozenset({"neither", "no"})
# Determiners of a whole, which "not" before them leaves partly done ("not all states …").
WHOLE_DETERMINERS = frozenset({"all", "every", "each", "both"})

# --- modality -----------------------------------------------------------------------------------

# Subordinators of a condition ("unless Baghdad accepts").
CONDITION_MARKS = frozenset({"if", "unless"})
# Conjunctions that set one clause against another ("…, while Y threatened …").
CONTRAST_MARKS = frozenset({"while", "whereas"})
# Words before the "that" of a condition's clause: "on condition that X frees …", "provided that X lifts …".
CONDITION_HEADS = frozenset({"condition", "provided", "providing"})
# Auxiliaries that, before the subject of an adverbial clause, make it a condition ("had X known, …");
# "should" does so in any clause.
INVERTED_CONDITION_AUXILIARIES = frozenset({"had"})
# ... and of a clause whose truth is open ("whether").
CONDITIONAL_MARKS = CONDITION_MARKS | {"whether"}
# Subordinators of what an act ahead waits for ("will fight until they surrender"): not yet done.
AWAITING_MARKS = frozenset({"until", "till", "before"})
# Verbs whose passive reports what others say or think of the subject ("is believed to have
# supplied …", "is said to have …"): the act is a report, not the writer's fact; and the one whose
# passive expects it ("is expected to announce …"): an act ahead.
HEARSAY_PASSIVES = frozenset({"believe", "say", "report", "think", "allege", "understand", "rumour", "rumor",
                              "suspect", "claim", "know", "consider", "fear"})
# Verbs of expecting: passive with an infinitive ("is expected to announce …") or active with another's
# ("expects X to sign …"), the act is looked for ahead.
EXPECTING_PASSIVES = frozenset({"expect", "anticipate"})
# Adverbs that report an act on others' word ("reportedly seized", "allegedly used").
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly", "reputedly"})
MODAL_MEANINGS = {
    "would": "hypothetical", "should": "hypothetical", "could": "possible", "might": "possible",
    "may": "possible", "can": "possible", "must": "asserted", "will": "future",
    "shall": "future", "'ll": "future", "'d": "hypothetical", "wo": "future", "ca": "possible",
}
# Auxiliaries of the future tense ("wo" is "won't" split).
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
# Auxiliaries that announce an act: the future, and "would" ("would cut all ties").
ANNOUNCING_MODALS = FUTURE_MODALS | {"would"}
# ... of those, the ones that make a hostile act a threat rather than a future act.
THREATENING_MODALS = frozenset({"would", "'d"})
# Verbs that deny what their complement or object says ("denied that …", "dismissed reports that …").
DENIAL_VERBS = frozenset({"deny", "dismiss", "reject", "refute", "rebuff", "dispute", "counter", "rebut",
                          "disavow", "contest"})
# Verbs of joining others in an act ("joined A in condemning X"): the act is the subject's own.
JOINING_VERBS = frozenset({"join"})
# Verbs that judge a plan, decision or effort named as their object: what it intends is not the
# judge's intent ("rejected a plan to reunify the island" turns down the plan's owner, "welcomed the
# decision to free …" and "backed efforts to end …" praise another's): the subject's act is the judging.
JUDGING_VERBS = DENIAL_VERBS | {"oppose", "veto", "welcome", "praise", "hail", "applaud", "commend", "endorse",
                                "back", "support", "condemn", "criticise", "criticize", "denounce", "deplore",
                                "question", "slam"}
# Nouns whose that-clause is someone's claim, not the text's ("accusations that …", "reports that …").
CLAIM_NOUNS = frozenset({"accusation", "allegation", "report", "claim", "charge", "suggestion", "rumour",
                         "rumor", "assertion", "speculation"})
# Verbs by which their subject voices a claim noun they take as object ("made allegations that …",
# "repeated claims that …"): the claim is the subject's. Other verbs on a claim noun ("welcomed
# reports that …", "is examining allegations that …") leave its source unnamed.
CLAIM_VOICING_VERBS = frozenset({"make", "repeat", "reiterate", "voice", "level", "renew", "raise", "issue",
                                 "publish", "release", "air", "spread", "circulate", "lodge", "file", "press",
                                 "stand", "maintain"})
# Words that call a claim untrue: "it is false that …", "called reports that … baseless".
FALSITY_WORDS = frozenset({"false", "untrue", "baseless", "groundless", "unfounded", "fabricated", "fabrication",
                           "lie", "lies", "nonsense", "fake", "fiction", "invented", "absurd"})
# Adjectives that, before an extraposed that-clause ("it is … that X …"), leave the clause open.
DOUBT_ADJECTIVES = frozenset({"possible", "likely", "unlikely", "probable", "doubtful", "conceivable", "plausible"})
# Verbs that, with "aside", "off" or "away", dismiss what they take ("brushed aside claims that …").
DISMISSING_PHRASAL_VERBS = frozenset({"brush", "shrug", "wave", "laugh"})
DISMISSING_PARTICLES = frozenset({"aside", "off", "away"})
# Nouns of what may come about: their that-clause or of-gerund is possible, not done ("the risk that X
# invades Y", "the prospect of X blocking …").
POSSIBILITY_NOUNS = frozenset({"risk", "possibility", "prospect", "danger", "likelihood", "chance", "fear",
                               "spectre", "specter"})
# Subordinators of time: a clause they open in the present, under a verb of the future, is ahead too
# ("when X frees the sailors, Y will reopen …"); "as" in "as soon as".
TIME_MARKS = frozenset({"when", "once", "after", "whenever", "as"})
# Nouns that, set off by a comma after a clause, sum up its act ("expelled the envoys, a move
# condemned by …"): what is said of them is said of the act, whose doer is the clause's subject.
SUMMED_ACT_NOUNS = frozenset({"decision", "move", "step", "action", "measure"})
# Words by which a phrase set off after a clause places its act in a series ("the latest in a
# string of raids", "the third such attack").
SERIES_WORDS = frozenset({"latest", "last", "newest", "first", "second", "third", "fourth", "fifth", "sixth"})
# Nouns that, set off after a count, say what the count is ("killed 30 militants, a figure that could
# not be verified"): the words' standing, not what the counted are.
FIGURE_NOUNS = frozenset({"figure", "number", "toll", "tally", "estimate", "count"})
# Verbs whose gerund names what their object is said to have done ("accused X of shelling …").
ACCUSATION_VERBS = frozenset({"accuse", "charge", "blame", "suspect"})
# What a speaker does with words: say, deny, accuse, ask. Coordinated after a reported act, such a
# verb is the speaker's next act, not the reported actor's ("denied that troops had … and blamed …").
SPEAKER_ACTS = SPEECH_VERBS | DENIAL_VERBS | ACCUSATION_VERBS | REQUEST_VERBS
ACCUSATION_PREPS = ("of", "for", "with")
PASSIVE_ACCUSATION_VERBS = frozenset({"accuse", "suspect", "blame"})
# Modals that turn what a speaker says into a demand ("said that B must pay …").
DEONTIC_MODALS = frozenset({"must", "should", "ought"})
# Participles that put an event ahead ("is expected to vote", "scheduled for Sunday").
SCHEDULING_LEMMAS = ("expect", "schedule", "due", "set")

# --- event types (PLOVER) -----------------------------------------------------------------------

# Verbs of telling what one knows that, declined or refused ("declined to comment", "refused to
# confirm the arrest"), give no answer (CAMEO 011) and reject no one.
COMMENTING_VERBS = frozenset({"comment", "confirm", "say", "elaborate", "disclose", "specify", "reveal",
                              "speculate", "deny", "discuss", "identify", "name"})
# Controlling verbs whose own event type is the event ("refused to sign" is REJECT).
STANCE_TYPES = frozenset({"AGREE", "REJECT", "THREATEN", "REQUEST"})
# Verbs of trying: "sought to seize the town" tries to seize it, asks nothing of anyone (as "sought
# talks" does): the act tried is the event.
ATTEMPT_VERBS = frozenset({"seek", "try", "attempt"})
# Verbs of aiming: as a participle after an act ("launched an offensive, targeting X"), they say
# whom it was aimed at, not a second act.
AIMING_VERBS = frozenset({"target", "aim"})
# Acts done to someone else: in a passive with no agent ("were arrested"), the subject is the target.
ACTS_ON_OTHERS = frozenset({"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "REQUEST", "REJECT",
                            "CONCEDE",  # releasing people is done to them
                            "CONSULT"})  # "had not been consulted", "was received": whom the talk was with
# Hostile acts that, announced for the future or on a condition, are threats (CAMEO 13x).
THREAT_ACTS = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST"})
# Verbs that stop an act their gerund names ("ceased shelling the city", "stopped kidnapping
# civilians"): the stopped act is not the event; stopping force de-escalates (CAMEO 087).
CEASING_VERBS = frozenset({"stop", "cease", "halt", "quit", "end", "suspend"})
# Of these, those whose to-infinitive is the act stopped ("ceased to recognise"), where the others'
# is a purpose ("stopped to refuel").
CEASING_TO_VERBS = frozenset({"cease"})
# Verbs of refusing ("refused to sign", "declined to comment").
REFUSING_VERBS = frozenset({"decline", "refuse"})
# Verbs of citing a source, and nouns of being cited without a name: asking not to be named, quoted
# or identified, or asking for anonymity, sets how a source is cited and asks nothing of anyone.
CITING_VERBS = frozenset({"name", "identify", "quote"})
ANONYMITY_NOUNS = frozenset({"anonymity"})
CONDITIONAL_THREAT_ACTS = THREAT_ACTS | {"RETREAT"}
# Types of backing a thing, and of the hostile acts that, so backed, back their doer, not whom they are
# done to ("welcomed the sanctions against X" backs no X).
ENDORSING_TYPES = frozenset({"SUPPORT"})
HOSTILE_ACT_TYPES = THREAT_ACTS | {"THREATEN", "ACCUSE", "MOBILIZE"}
# Verbs of vowing: a hostile act vowed is a threat ("vowed to retaliate", "swore to crush"; CAMEO 13).
VOWING_VERBS = frozenset({"vow", "swear", "pledge", "promise"})
# Verbs by which each of several offers or pledges an act to a third party, not to one another
# ("A and B offered to send experts", "pledged to send warships").
OFFERING_VERBS = VOWING_VERBS | {"offer"}
# ... and the right one claims to a hostile act ("reserved the right to retaliate").
THREATENING_CONTROLLERS = VOWING_VERBS | {"right"}
# Using force, or every means there is ("vowed to use force", "pledged to use all means"): vowed,
# it threatens (CAMEO 13). The means count only with a word that leaves no means out.
FORCE_USING_VERBS = frozenset({"use", "employ"})
FORCE_WORDS = frozenset({"force"})
# What one "will pay" when threatened ("would pay a heavy price").
PRICE_NOUNS = frozenset({"price", "prices"})
MEANS_WORDS = frozenset({"means", "mean", "measure", "option"})
# Verbs of answering another's act: with force, they use it ("would respond with force").
RESPONDING_VERBS = frozenset({"respond", "react", "answer", "reply", "retaliate"})
# ... and verbs of a blow that, given "back", answer one ("hit back with tariffs", "struck back").
STRIKING_VERBS = frozenset({"hit", "strike"})
BACK_WORD = "back"
ALL_MEANS_WORDS = frozenset({"all", "every", "any", "necessary"})
# Verbs of putting a rule in force, and the rules of exception that, so put, restrict a people
# (CAMEO 1724, "impose state of emergency or martial law": "declared a state of emergency").
DECREEING_VERBS = frozenset({"declare", "proclaim", "impose", "announce", "introduce", "decree", "enforce", "extend",
                             "order", "reimpose", "invoke"})
EMERGENCY_RULE_WORDS = frozenset({"emergency", "siege"})
# Freezing someone's assets or accounts is a sanction on them, as kg codes sanctions (SANCTION, 160),
# where CAMEO's 163 would make it COERCE.
FREEZING_VERBS = frozenset({"freeze"})
HOLDING_NOUNS = frozenset({"asset", "assets", "account", "fund", "funds", "holding", "property", "reserve", "reserves"})
# Nouns of a penalty on people, with the modifiers that make them one: "an asset freeze", "a travel
# ban", "a visa ban" are sanctions on those they are imposed on (as freezing assets is); a bare
# "freeze" or "ban" may be on anything ("a freeze on settlement building", "a ban on rallies").
PENALTY_NOUN_MODIFIERS = {"freeze": HOLDING_NOUNS, "freezes": HOLDING_NOUNS,
                          "ban": frozenset({"travel", "visa", "entry"}), "bans": frozenset({"travel", "visa", "entry"})}
# Verbs of leaving a place: armed men who leave a country or town withdraw from it (CAMEO 087),
# where anyone else only departs from it.
DEPARTING_VERBS = frozenset({"leave", "quit", "vacate", "abandon"})
# Verbs of leaving an undertaking, and the prepositions that name what is left ("withdrew from the
# deal with a state", "pulled out of talks with a state"): the subject leaves that event, it does not
# take part in it.
LEAVING_VERBS = frozenset({"withdraw", "pull", "walk", "exit", "quit", "retreat", "back", "step"})
LEFT_EVENT_PREPS = frozenset({"from", "of", "out"})
# Verbs of armed men coming into a place uninvited ("troops entered the country"): an incursion.
ENTERING_VERBS = frozenset({"enter"})
# Verbs of motion, which say the same with "into" ("troops moved into the zone", "tanks rolled into …").
MOTION_VERBS = frozenset({"move", "pour", "roll", "push", "advance", "sweep", "storm", "march", "drive"})
# ... of those, the ones that say it with "on" ("rebels advanced on the capital", "marched on it").
ADVANCING_ON_VERBS = frozenset({"advance", "march"})
# Verbs of arriving: armed forces who arrive in a place are deployed there (CAMEO 154), peacekeepers
# keep the peace there (074).
ARRIVING_VERBS = frozenset({"arrive", "land"})
# The sector of armed rebels: with their state's government, the two sides of its civil war.
REBEL_SECTOR = "REB"
# Kinds of actor in the directory that are bodies of people, not persons or states.
BODY_KINDS = frozenset({"Group", "Organization", "IGO"})
# Nouns that head the name of a forum of several states, named after the city where it first met
# ("the OSCE Minsk Group", "the Paris Club", "the Normandy format"): the place names no state it is of.
FORUM_NOUNS = frozenset({"group", "club", "format", "process", "triangle", "quartet"})
# The sectors of armed men: the military, rebels, and armed men of no named force (CAMEO UAF).
ARMED_SECTORS = frozenset({"MIL", REBEL_SECTOR, "UAF"})
# Sectors of bodies that fight a state or stand apart from it (rebels, insurgents, militant
# groups): their people and forces are theirs, not their state's.
NON_STATE_SECTORS = frozenset({REBEL_SECTOR, "IMG", "UAF"})
# How the lexicon names a state itself: by its name or its people's ("Indian", "U.S.").
STATE_NAMING_ENTRIES = frozenset({"name", "demonym"})
# How the lexicon names a state by the place its government sits in: a capital, or a seat of power
# ("the Kremlin").
SEAT_ENTRIES = frozenset({"capital", "seat"})
# Nouns of places one can be in and leave (a named place is an entity of its own).
PLACE_NOUNS = frozenset({"country", "territory", "town", "city", "capital", "village", "region", "province",
                         "area", "enclave", "zone", "island", "base", "port", "airport", "border", "water", "coast",
                         "outskirts", "outskirt", "stronghold"})
# Nouns of a people living in a state not its own ("the Serb minority"): the state its name comes
# from is not the one it acts for.
MINORITY_NOUNS = frozenset({"minority", "minorities"})
# Ways from one place to another: their to- or from-phrase says where they lead ("blocked the
# road to a capital", "closed the corridor from a city"), not whom an act on them is aimed at.
ROUTE_NOUNS = frozenset({"road", "highway", "motorway", "route", "corridor", "railway", "railroad", "bridge",
                         "crossing", "path", "pass"})
ROUTE_PREPS = frozenset({"to", "from", "into", "toward", "towards"})
# Places at sea, named by the land they lie off or near ("waters off a state", "the coast near a city").
SEA_PLACE_NOUNS = frozenset({"water", "coast"})
SEA_PLACE_PREPS = frozenset({"off", "near"})
SITE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Controlling verbs that say the act did not come about ("failed to agree on a truce", "avoided
# naming the culprit", "neglected to inform its neighbour").
FAILING_VERBS = frozenset({"fail", "avoid", "neglect"})
# Adverbs that, just before a verb, say its act came close and did not happen ("almost cut ties").
NEAR_MISS_ADVERBS = frozenset({"almost", "nearly"})
# The word a refused act's relation lemma starts with: the refusal is a fact, the act is not ("not agree").
NOT_DONE = "not"
# Cooperative acts promised for the future are agreements to act (CAMEO 03x).
PROMISED_ACTS = frozenset({"AID", "CONCEDE", "RETREAT", "COOPERATE", "CONSULT", "SUPPORT"})

# --- events named by nouns ----------------------------------------------------------------------

# Verbs that carry little meaning of their own: the event is their object noun
# ("voiced support", "held talks", "reiterated the threat", "staged rallies", "imposed sanctions").
LIGHT_VERBS = frozenset({
    "hold", "stage", "launch", "lodge", "file", "issue", "open", "begin", "start", "conduct",
    "make", "give", "grant", "declare", "voice", "express", "reiterate", "repeat", "renew",
    "announce", "extend", "offer", "carry", "mount", "organize", "organise", "impose", "take",
    "have", "pledge", "lend", "step", "intensify", "escalate", "resume", "continue", "hold",
    "attend", "slap", "chair",
})
# Verbs of commanding: a demand of whom they name ("ordered X to leave"), but the act their object
# names is the subject's own, done through others ("ordered an offensive", "ordered the expulsion").
COMMANDING_VERBS = frozenset({"order"})
# Verbs of telling whose object, told to do something, is asked to ("told X to halt …", "instructed
# the army to …": CAMEO 100, demand); told a thing alone, it is informed.
TELLING_VERBS = frozenset({"tell", "instruct", "direct"})
# Verbs of receiving, undergoing, escaping or provoking: their object's act is another's, not the
# subject's ("received aid", "drew criticism", "faced accusations", "suffered an attack", "saw heavy
# fighting", "fled the fighting", "survived an attack", "prompted a protest", "ignored calls"); a
# from- or by-phrase names whose.
RECEIVING_VERBS = frozenset({"receive", "accept", "obtain", "get", "draw", "attract", "face", "earn", "incur",
                             "suffer", "sustain", "undergo", "endure", "experience", "see", "witness",
                             "flee", "escape", "survive", "evade", "dodge",
                             "prompt", "provoke", "spark", "trigger", "answer", "heed", "ignore", "disregard",
                             "flout"})
# Verbs of backing a party, whose participle hyphenated to a name says who backs the noun
# ("Iranian-backed militias", "Qatari-brokered talks").
BACKING_VERBS = frozenset({"back", "support", "sponsor", "fund", "finance", "arm", "train", "equip", "supply",
                           "broker", "mediate"})
# Verbs of sending, and the people whose sending is a visit by proxy (CAMEO 042: "sent an envoy to a
# capital", "dispatched its foreign minister to …"), not aid.
SENDING_VERBS = frozenset({"send", "dispatch", "despatch"})
# Things sent that are words, no goods: sending them says something to whom they go ("sent a letter
# to the president", "sent the wrong signal"), no aid; sent as a protest, they complain (CAMEO 114).
MESSAGE_NOUNS = frozenset({"message", "signal", "letter", "note", "greeting", "reply", "memorandum", "cable",
                           "telegram"})
COMPLAINT_WORDS = frozenset({"protest", "complaint"})
ENVOY_WORDS = frozenset({"envoy", "ambassador", "diplomat", "emissary", "delegation", "delegate", "minister",
                         "mediator", "negotiator"})
# Verbs of dismissing: dismissing people as something belittles them (CAMEO 111, "dismissed the
# protesters as puppets"), where dismissing a claim rejects it.
DISMISSING_VERBS = frozenset({"dismiss"})
# Verbs of handing over, which hand over aid when what they hand over is money ("released 10
# million euros", "disbursed $200 million to X", "released funds"; CAMEO 071): a sum, a currency
# of the CAMEO dictionary's class of them, or funds.
HANDING_VERBS = frozenset({"release", "disburse", "transfer", "channel"})
# Verbs of moving or placing armed forces, and the forces ("stationed a brigade in …", "rushed
# warships to …", "sent 3,000 troops to the border"): mobilisation (CAMEO 154); troops sent to a
# state, or to help someone, may be aid to it.
# Verbs of keeping watch or being posted: peacekeepers doing so keep the peace (CAMEO 074), which
# soldiers doing so need not ("troops patrolled the border" is a show of force).
PEACEKEEPING_VERBS = frozenset({"patrol", "monitor", "police", "guard", "deploy", "supervise", "oversee", "station"})
PEACEKEEPING_WORDS = frozenset({"peacekeeper", "peacekeepers", "peacekeeping", "peace-keeping", "peace-keepers"})
# Verbs of posting people somewhere, and the people who, so posted, watch over a peace (CAMEO 074:
# "deployed peacekeepers", "will deploy civilian observers"), where posting troops mobilises.
POSTING_VERBS = frozenset({"deploy", "station", "post"})
OBSERVER_NOUNS = frozenset({"observer", "monitor", "peacekeeper"})
# Verbs of taking someone to court, and what they bring there: a case brought is a lawsuit (CAMEO 115).
SUING_VERBS = frozenset({"bring", "file", "lodge"})
COURT_CASE_NOUNS = frozenset({"case", "suit", "lawsuit"})
# Verbs of summoning: summoning someone to talks demands that they meet (CAMEO 106).
SUMMONING_VERBS = frozenset({"summon"})
# Verbs of moving armed forces somewhere ("rushed troops to", "stationed warships off", "landed
# marines on an island"; CAMEO 15x).
FORCE_MOVING_VERBS = frozenset({"send", "dispatch", "despatch", "move", "rush", "station", "position", "redeploy",
                                "order", "land"})
# Verbs by which a government moves or readies its own forces ("put the army on alert", "deployed
# the police"), and the sectors of forces.
COMMANDING_FORCE_VERBS = frozenset({"put", "place", "deploy", "mobilise", "mobilize", "order", "send", "dispatch",
                                    "station", "redeploy", "call"})
FORCE_SECTORS = frozenset({"MIL", "COP"})
FORCE_NOUNS = frozenset({"troop", "soldier", "force", "army", "brigade", "division", "battalion", "regiment",
                         "reinforcement", "paratrooper", "marine", "warship", "frigate", "destroyer", "tank",
                         "jet", "warplane", "carrier", "fleet", "submarine", "gunboat", "bomber"})
# Vessels, which are forces where a word before them says they are armed ("patrol ships", "naval
# vessels", "coast guard boats"); "aid ships" carry aid.
VESSEL_NOUNS = frozenset({"ship", "vessel", "boat", "cutter"})
ARMED_VESSEL_WORDS = frozenset({"patrol", "naval", "navy", "guard", "war", "military", "coast"})
# Verbs of cutting down: one's own forces cut are demobilised (CAMEO 0873), where aid or trade cut
# punishes another (16x).
REDUCING_VERBS = frozenset({"cut", "reduce", "halve", "trim", "downsize", "scale", "thin"})
# Lowering or cutting one's ties with a state reduces relations (CAMEO 161), as breaking them does.
DOWNGRADING_VERBS = REDUCING_VERBS | {"downgrade", "lower"}
TIES_NOUNS = frozenset({"tie", "ties", "relation", "relations"})
# Verbs of giving up one's weapons, and the weapons: armed men who do so disarm (CAMEO 0873).
DISARMING_VERBS = frozenset({"lay down", "hand over", "turn in", "turn over", "put down", "give up", "surrender",
                             "decommission", "relinquish", "hand in"})
DISARMING_VERB_HEADS = frozenset(verb.split()[0] for verb in DISARMING_VERBS)
ARMS_NOUNS = frozenset({"arm", "arms", "weapon", "gun", "rifle", "arsenal"})
# Verbs of shooting: armed men or police who fire, with no object ("soldiers fired first", "police
# fired into the crowd"), attack (CAMEO 190).
FIRING_VERBS = frozenset({"fire"})
# Testing a weapon ("tested a missile", "test-fired a rocket") or a test of one ("a nuclear test")
# shows force (CAMEO 150, "demonstrate military or police power").
TESTING_VERBS = frozenset({"test", "fire", "launch"})
TEST_WORD = "test"
TEST_NOUNS = frozenset({"test", "tests"})
# Firing or launching a weapon into the sea shows force as a test does (CAMEO 150); the sea is no target.
LAUNCHING_VERBS = frozenset({"fire", "launch"})
SEA_NOUNS = frozenset({"sea", "ocean", "waters"})
# The preposition of a weapon's flight above a land it does not strike ("fired a missile over a state").
OVER_WORD = "over"
# ... and the entity labels of the land it flies over: a named state or region, never a border or a time.
OVERFLOWN_LABELS = frozenset({"GPE", "LOC"})
TESTED_WEAPON_WORDS = frozenset({"missile", "rocket", "nuclear", "atomic", "ballistic", "weapon", "warhead",
                                 "bomb", "device", "icbm"})
POLICE_SECTOR = "COP"
# Setting something on fire, or fire to it, destroys it (CAMEO 1712, "destroy property").
SETTING_VERBS = frozenset({"set"})
FIRE_WORD = "fire"
# Declaring war, or a holy war, on someone threatens them with force (CAMEO 138): fighting, where
# it follows, is reported by its own verbs.
WAR_NOUNS = frozenset({"war", "jihad"})
# Verbs of attack that, aimed at a thing said or decided, attack it in words (CAMEO 111: "attacked
# the agreement", "assailed the plan"), and those things.
ASSAILING_VERBS = frozenset({"attack", "assail"})
# Nouns of a thing said, written or spoken together, whose with-phrase names who said it too or
# whom one spoke to ("in a joint statement with X", "in a telephone call with X"), not a target.
# Nouns of talking things over, and the prepositions after them that name what is talked about
# ("negotiations on the dam", "talks over the border"): a topic, no party.
NEGOTIATION_NOUNS = frozenset({"talk", "talks", "negotiation", "dialogue", "discussion", "consultation", "summit"})
TOPIC_PREPS = frozenset({"on", "over", "about", "concerning", "regarding"})
UTTERANCE_NOUNS = frozenset({"statement", "declaration", "communique", "communiqué", "letter", "call",
                             "conversation", "interview", "conference"})
STATED_THINGS = frozenset({"agreement", "accord", "deal", "treaty", "pact", "plan", "proposal", "policy",
                           "decision", "ruling", "verdict", "law", "bill", "budget", "remark", "comment",
                           "statement", "speech", "resolution", "report", "stance", "decree", "reform",
                           "move", "idea", "initiative", "declaration", "announcement", "strategy", "package"})
# Verbs of obstructing that, aimed at a thing proposed or decided, refuse it (CAMEO 12: "blocked the
# resolution", "torpedoed the deal"), where blocking a road or a border obstructs (CAMEO 144).
OBSTRUCTING_VERBS = frozenset({"block", "torpedo", "scuttle", "thwart", "stonewall"})
# Texts a body adopts or issues, and the verbs of doing so: what such a text does in a participle
# ("adopted a resolution calling on X to …", "issued a statement condemning …") its issuer does.
ISSUED_TEXTS = frozenset({"resolution", "statement", "communique", "communiqué", "declaration", "letter", "decree",
                          "bill", "law", "motion", "note", "memorandum"})
ISSUING_VERBS = frozenset({"adopt", "pass", "approve", "issue", "release", "publish", "sign", "send", "deliver",
                           "endorse", "enact", "vote"})
# First words of a title held under or after another's ("Deputy Foreign Minister", "former
# president"): "the minister" or "the president" alone is never that holder.
LESSER_TITLE_WORDS = frozenset({"vice", "deputy", "assistant", "former", "ex", "acting", "junior"})
# Officials who, named in the plural for several parties ("the presidents of A and B"), each act for their own.
OFFICIAL_NOUNS = frozenset({"president", "leader", "minister", "premier", "head", "chief", "ambassador", "envoy",
                            "representative", "official", "government", "negotiator", "diplomat", "delegation"})
# Verbs whose direct object is what a preposition would otherwise name ("protested the sale" is
# "protested against the sale").
OBJECT_AS_PREP_VERBS = {"protest": "against"}
# Verbs of telling someone to do something: told to leave a country, one is expelled (CAMEO 166).
EXPELLING_COMMANDS = frozenset({"order", "tell", "ask", "instruct", "give"})
# Verbs of easing, and the punishments whose easing is a retreat from economic pressure (CAMEO 085,
# "lifted sanctions", "eased the embargo"), where easing restrictions or a curfew concedes (081).
# Verbs of giving up, and the claims one yields by giving them up ("dropped its demand for a
# state", "renounced its claim to the islands": CAMEO 080, yield), not the claim's own event.
ABANDONING_VERBS = frozenset({"drop", "abandon", "renounce", "waive", "relinquish", "shelve"})
CLAIM_WORDS = frozenset({"demand", "claim", "objection", "precondition", "condition", "insistence", "veto"})
EASING_VERBS = frozenset({"lift", "ease", "relax", "loosen", "suspend", "remove", "scrap", "waive"})
ECONOMIC_PRESSURE_NOUNS = frozenset({"sanction", "sanctions", "embargo", "boycott", "countermeasure"})
# Penalties on another state's trade ("retaliated with tariffs", "duties on its goods").
TRADE_PENALTY_NOUNS = frozenset({"tariff", "duty", "levy"})
# Verbs that put a penalty on someone: imposing duties or levies is a sanction, where a duty alone
# may be an office's ("resumed his duties").
IMPOSING_VERBS = frozenset({"impose", "slap", "levy", "introduce"})
# Verbs of weighing a measure: sanctions considered are threatened, not imposed (CAMEO 1312).
CONSIDERING_VERBS = frozenset({"consider", "weigh", "mull", "contemplate"})
# Verbs of naming a thing something ("called the vote a farce", "branded them terrorists", "declared it void", "described
# the raid as a provocation"), and the names that, so given, criticise it (CAMEO 111).
LABELLING_VERBS = frozenset({"call", "brand", "label", "describe", "term", "dub", "declare", "pronounce"})
# Verbs that say what their object is like, and do nothing to it: what an act they describe is
# another's ("described the sanctions as a crime" imposes none).
CHARACTERISING_VERBS = frozenset({"describe", "brand", "label", "term", "dub", "characterise", "characterize",
                                  "portray", "depict"})
DISPARAGING_WORDS = frozenset({"farce", "sham", "travesty", "mockery", "charade", "fraud", "betrayal", "provocation",
                               "violation", "breach", "rupture", "crime", "outrage", "disgrace", "mistake", "blunder",
                               "aggression", "interference", "blackmail", "terrorist", "terrorism", "lie", "insult",
                               "illegal", "illegitimate", "unlawful", "unacceptable", "absurd", "invalid", "void",
                               "hypocritical", "irresponsible", "provocative", "hostile", "criminal", "inhumane",
                               "unjust", "unjustified", "unjustifiable", "unwarranted", "unfounded", "baseless",
                               "groundless", "shameful", "dangerous", "reckless", "incomprehensible", "deplorable",
                               "regrettable", "outrageous", "unfriendly", "irrational", "senseless", "cynical",
                               "fabrication", "slander", "propaganda", "banditry", "piracy", "robbery", "theft",
                               "extortion", "hooliganism", "stab",  # "a stab in the back"
                               # an act named a seizure of power ("called the move a coup attempt")
                               "coup", "putsch",
                               # an act named an attack on something ("an assault on democracy")
                               "assault", "attack",
                               # words of condemnation for an act of violence ("called the bombing cowardly")
                               "cowardly", "barbaric", "barbarous", "brutal", "heinous", "despicable", "senseless",
                               "abhorrent", "atrocious", "outrageous", "deplorable", "reprehensible", "vile",
                               "savage", "unprovoked",
                               # names of atrocities ("called the raid a massacre", "in what it called genocide")
                               "massacre", "atrocity", "genocide", "slaughter", "carnage", "murder", "barbarism",
                               # names that make someone a foe ("branded the rebels traitors")
                               "enemy", "foe", "traitor", "aggressor", "invader", "occupier", "dictator", "tyrant",
                               "puppet", "murderer", "killer", "thug", "bandit", "menace",
                               # an act named a danger to others ("called the launch a grave threat")
                               "threat"})
# Verbs of asking for something, whose for-clause may name who is to act ("called for the troops to withdraw").
CALLING_FOR_VERBS = frozenset({"call", "press", "push", "appeal", "plead", "lobby", "clamour", "clamor", "ask"})
# Verbs of calling someone home: a state that recalls or withdraws its envoys from another reduces
# relations with it (CAMEO 161), where withdrawing troops de-escalates.
RECALLING_VERBS = frozenset({"recall", "withdraw", "pull"})
DIPLOMAT_WORDS = frozenset({"envoy", "ambassador", "diplomat", "emissary", "consul", "charge", "representative",
                            "attache", "commissioner", "d'affaires"})  # the tokenizer splits "chargé d'affaires"
# Verbs of an exchange between coordinated subjects ("traded accusations", "exchanged fire").
RECIPROCAL_VERBS = frozenset({"trade", "exchange", "swap"})
# Verbs of fighting that, with no one fought named, coordinated subjects do to one another ("A and B
# fought", "A and B clashed near the border"): a fight has two sides.
FIGHTING_VERBS = frozenset({"fight", "clash", "battle", "skirmish"})
# Nouns of a fight with someone, and the prepositions of what happened in it: a passive's act in one
# is the other side's ("were killed in a clash with X", "wounded during fighting with X").
FIGHT_NOUNS = frozenset({"fight", "fighting", "clash", "battle", "skirmish", "firefight", "gunfight", "shootout",
                         "confrontation", "exchange", "combat"})
FIGHT_PREPS = frozenset({"in", "during"})
# Verbs of an event's happening, whose between- or with-phrase names the event's parties
# ("clashes broke out between A and B", "fighting erupted between A and B").
HAPPENING_VERBS = frozenset({"break", "erupt", "occur", "take", "flare", "continue", "resume", "begin", "start",
                             "end", "rage", "intensify", "escalate"})
# Types of verbs that judge an act done by another (condemning, rejecting, praising it).
REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
# "came under attack from …": the object of "under" is an act done to the subject.
UNDERGOING_PHRASE = ("come", "under")
# ... of those, the ones that agree to what they receive ("accepted the ceasefire", "heeded calls
# to …"; CAMEO's patterns of "accept" code a plan, proposal, request or treaty accepted as 03x).
ACCEPTING_VERBS = frozenset({"accept", "answer", "heed"})
# Verbs of taking what is offered or imposed whose negation refuses it, whatever it is ("would not
# accept any delay", "did not heed the warnings"; CAMEO 12).
REFUSED_BY_NOT_TAKING = frozenset({"accept", "heed"})
# Verbs that, with "nothing" or "no part/role/hand" as object, disown an act ("had nothing to do
# with the raid", "played no role in the coup").
DISOWNING_VERBS = frozenset({"have", "play"})
DISOWNED_SHARES = frozenset({"part", "role", "hand"})
# Verbs whose event is the object of their preposition ("engaged in", "took part in", "resorted to",
# "returned to talks", "went on strike", "stood in solidarity with").
PREPOSITIONAL_LIGHT_VERBS = frozenset({"engage", "participate", "resort", "join", "take", "embark", "return", "go", "stand"})
# The noun of a share in an event, which "take" carries with the event's in-phrase ("took part in …").
SHARE_NOUN = "part"
# Verbs of putting someone somewhere: with a confinement in their under- or in-phrase, they confine
# their object ("placed X under house arrest", "kept X in detention"; CAMEO 17x).
PLACING_VERBS = frozenset({"place", "put", "keep"})
CONFINING_PREPS = frozenset({"under", "in", "into"})
# What a speaker says someone is for a hostile act, as a copula's complement: blaming them for it
# ("said the government was responsible for the attack", "… guilty of", "… behind the bombing"; CAMEO 112).
BLAME_ADJECTIVES = frozenset({"responsible", "guilty", "culpable", "accountable"})
# Verbs that, with an object and a blame adjective, blame it ("held the government responsible").
HOLDING_VERBS = frozenset({"hold"})
BLAME_PREPS = frozenset({"for", "of"})
BLAMED_ACTS = frozenset({"ASSAULT", "COERCE"})
# Weapons as what is fired or launched: never the target, even where the agents dictionary lists
# them as a military ("launched cruise missiles at a state's air defences").
WEAPON_NOUNS = frozenset({"missile", "rocket", "shell", "mortar", "bomb", "grenade", "torpedo", "artillery", "drone"})
# What a weapon is fired or launched at.
AIMING_PREPS = frozenset({"at", "on", "against", "into", "toward", "towards"})
# Verbs by which one owns an act ("claimed responsibility for the bombing"): the act is theirs, and
# what one owns so is an attack, named by its act or by its device (CAMEO 183, a bombing).
OWNING_VERBS = frozenset({"claim", "accept", "admit"})
# ... of which the one that owns the attack it names as its object ("claimed the bombing", "an
# attack the group claimed").
CLAIMING_VERBS = frozenset({"claim"})
BLAST_NOUNS = frozenset({"bomb", "blast", "explosion", "bombing"})
# Verbs of calling: one who calls a strike, a boycott or a rally stages it (CAMEO 14x); "call"
# is otherwise a hindering verb ("called off the talks") or names a thing ("called it a crime").
CALLING_VERBS = frozenset({"call"})
# Nouns of a spell of something, whose of-phrase names what goes on in it ("a round of talks",
# "three days of drills").
SPELL_NOUNS = frozenset({"round", "day", "week", "month", "year", "hour", "night", "session"})
# Verbs by which someone does an act a noun names ("the violence used by", "the killings committed
# by", "the raids carried out by"), or says what it names ("the proposal made by", "the remarks made
# by"): their agent is the act's doer.
DOING_VERBS = frozenset({"use", "commit", "carry", "perpetrate", "launch", "conduct", "stage", "mount", "wage",
                         "unleash", "inflict", "order", "orchestrate", "organise", "organize", "mastermind",
                         "engineer", "instigate", "make"})
# Participles that say whom a measure is aimed at: their object ("sanctions targeting a state's
# banks"), or that of their at- or against-phrase ("measures aimed at a state's oil industry").
TARGETING_VERBS = frozenset({"target", "aim", "direct"})
AIMED_PREPS = frozenset({"at", "against"})
# Verbs by which someone holds a place ("a town held by rebels", "positions controlled by the
# army"): their agent is whom an act on the place is aimed at.
PLACE_HOLDING_VERBS = frozenset({"hold", "control", "occupy", "defend", "man", "garrison"})
# Verbs that call off what their object names: a meeting or a visit called off halts talks (CAMEO 164).
CALLING_OFF_VERBS = frozenset({"cancel", "call off", "scrap", "break off"})
# Verbs of leaving a meeting in protest, with "out of" ("walked out of the talks"): a halt of talks (CAMEO 164).
WALKING_OUT_VERBS = frozenset({"walk", "storm"})
# Verbs with which a protest is a formal complaint, not a demonstration (CAMEO 114).
FORMAL_COMPLAINT_VERBS = frozenset({"lodge", "file", "register", "submit", "deliver"})
# Acts a speaker goes on to do after reporting something ("said X had … and vowed to …", "… and
# lodged a protest", "… and summoned the ambassador").
SPEAKER_NEXT_ACTS = VOWING_VERBS | FORMAL_COMPLAINT_VERBS | SUMMONING_VERBS
# Verbs of paying for something: what they pay for is others' act, not the payer's ("financed the
# protests", "bankrolled the demonstrations", "funded the attacks": the payer neither protests nor attacks).
FUNDING_VERBS = frozenset({"finance", "fund", "bankroll", "underwrite"})
# Verbs that stop, undo or hinder what their object names: their object's type is not theirs.
HINDERING_VERBS = frozenset({
    "prevent", "stop", "end", "halt", "block", "ban", "avoid", "postpone", "delay", "cancel",
    "deny", "refuse", "reject", "oppose", "suspend", "break", "disperse", "violate", "abandon",
    "call", "fail", "need", "want", "evade", "circumvent", "flout", "defy", "breach", "skirt", "dodge",
    "reduce", "curb", "lessen", "limit", "decrease",
})
# Objects with which a verb of an event means something else, and names no event: a chance taken
# is no seizure ("seized the opportunity"), an obligation met no meeting ("met its commitments"),
# a video released no concession.
CHANCE_NOUNS = frozenset({"opportunity", "chance", "moment", "initiative", "occasion"})
OBLIGATION_NOUNS = frozenset({"commitment", "obligation", "demand", "condition", "requirement", "target",
                              "deadline", "standard", "criterion", "expectation", "goal", "need", "cost"})
# Things published: releasing them frees no one ("released a video").
PUBLISHED_NOUNS = frozenset({"video", "statement", "report", "footage", "recording", "figure", "data", "detail",
                             "document", "photo", "photograph", "image", "picture", "audio", "tape", "transcript",
                             "result", "list", "letter", "communique", "finding", "book", "film", "message"})
# What a bank holds for its customers: withdrawing it is no retreat ("withdrew cash from their accounts").
BANKED_NOUNS = frozenset({"cash", "saving", "savings", "deposit", "money"})
# What a state grants and may take back: withdrawing or revoking it is a sanction (CAMEO 160, as the
# dictionary reads "revoke licence", "revoke visa"), no retreat ("withdrew permission for Britain to
# reopen its consulate", "revoked the accreditation of two reporters").
REVOKING_VERBS = frozenset({"withdraw", "revoke", "rescind", "cancel"})
GRANT_NOUNS = frozenset({"permission", "licence", "license", "accreditation", "visa", "approval", "consent",
                         "authorisation", "authorization", "credential", "recognition", "agrément", "agrement"})
# A safe place sought: seeking shelter or refuge in a building or the hills is fleeing harm, no
# request of anyone ("civilians who had sought shelter in a school"); seeking refuge in a country,
# or asylum, stays a request of that country.
SEEKING_VERBS = frozenset({"seek"})
SHELTER_NOUNS = frozenset({"shelter", "refuge", "safety", "cover", "sanctuary"})
OTHER_SENSE_OBJECTS = {"seize": CHANCE_NOUNS, "grab": CHANCE_NOUNS, "grasp": CHANCE_NOUNS, "take": CHANCE_NOUNS,
                       "meet": OBLIGATION_NOUNS, "release": PUBLISHED_NOUNS, "withdraw": BANKED_NOUNS,
                       # seeking arms is getting them, no request of anyone ("was seeking nuclear weapons")
                       "seek": ARMS_NOUNS | WEAPON_NOUNS}
# What one claims to have won: claiming it is an optimistic statement (CAMEO 013), no act on anyone
# ("claimed a landslide victory in the election").
WON_NOUNS = frozenset({"victory", "win", "success", "majority"})
# Particles with which such a verb means something else: pressing on with a thing is going on with
# it, no demand ("vowed to press on with its offensive").
OTHER_SENSE_PARTICLES = {"press": frozenset({"on", "ahead", "forward"})}
# Verbs of breaking up a crowd, and the crowds they break up: police who disperse protesters or a
# rally use violent repression (CAMEO 175), where the dictionary reads "disperse" as circulating news.
DISPERSING_VERBS = frozenset({"disperse"})
CROWD_NOUNS = frozenset({"crowd", "protester", "demonstrator", "marcher", "rally", "protest", "demonstration",
                         "march", "gathering", "mob", "people", "supporter", "student", "sit-in"})
# Verbs of weighing something: what they weigh is another's act or proposal, not theirs ("would
# examine the request", "will review the sanctions").
WEIGHING_VERBS = frozenset({"examine", "study", "review", "weigh", "assess", "evaluate", "scrutinise", "scrutinize"})
# Verbs that keep a text from being issued: a statement blocked or vetoed says nothing.
THWARTING_VERBS = frozenset({"block", "veto", "reject", "thwart", "scuttle", "torpedo", "oppose"})
# Verbs that undo, call off or put off what their object names ("lifted sanctions", "called off the
# meeting", "postponed talks"): the object's event is not theirs.
UNDOING_VERBS = HINDERING_VERBS | {"lift", "ease", "relax", "loosen", "cancel", "postpone", "delay",
                                   "oppose", "reject", "scrap", "drop", "withdraw", "reverse", "revoke"}
# Verbs of coming or gathering: their for-phrase names an event the subject takes part in
# ("gathered for a rally", "flew in for talks").
# Verbs of travelling: travelling to a place with nothing carried is a visit (CAMEO 042), where
# CAMEO's dictionary reads "fly to" and "head to" as an intent to meet (036, 030).
TRAVELLING_VERBS = frozenset({"fly", "head", "travel", "journey"})
GATHERING_VERBS = frozenset({"gather", "assemble", "converge", "arrive", "come", "go", "travel", "fly", "head",
                             "leave", "march", "mass", "meet", "rally", "turn", "return", "set"})
# Modifiers that make an undertaking an armed one: halting or suspending "military operations" or
# an "air campaign" stops fighting (CAMEO 087), no halt of relations.
ARMED_UNDERTAKING_WORDS = frozenset({"military", "armed", "combat", "ground", "air", "naval", "offensive"})
# Nouns that name an undertaking, whose event is their modifier's ("an aid mission", "a
# bombing campaign").
UNDERTAKING_NOUNS = frozenset({"effort", "campaign", "mission", "operation", "bid", "initiative", "drive"})
# Prepositions after an event noun that introduce its parties ("talks between A and B").
PARTICIPANT_PREPS = frozenset({"with", "between", "against"})
# Verbs of bringing others together: the talks between two parties that one hosts or brokers
# are also those parties' talks with each other ("hosted talks between A and B").
CONVENING_VERBS = frozenset({"host", "chair", "broker", "mediate", "sponsor", "facilitate", "convene", "organise", "organize", "arrange"})
# ... of which those of a joint event, that its parties do together ("talks with", "clashes between").
JOINT_PREPS = frozenset({"with", "between"})
# Prepositions that say when or amid what an act happened ("during", "amid", "after").
CIRCUMSTANCE_PREPS = frozenset({"during", "amid", "amidst", "after", "before", "following", "since", "despite"})
# ... and, after a noun of meeting, the preposition of whom one goes to meet ("a visit to a
# capital", "a call to a president").
MEETING_PARTICIPANT_PREPS = PARTICIPANT_PREPS | {"to"}
# Prepositions after an event noun whose agent is named that introduce whom the act is done to
# ("the shelling of a city by rebels", "Russian strikes on a port", "American aid to a state",
# "a state's support for another").
PATIENT_PREPS = frozenset({"of", "on", "against", "at", "into", "to", "for"})
# Entity labels of a name that, as an event noun's modifier, says whose act it is ("Russian
# strikes", "a UN appeal"); places and persons as modifiers mostly say where or about whom.
AGENT_MODIFIER_LABELS = frozenset({"NORP", "GPE", "ORG"})

# --- targets ------------------------------------------------------------------------------------

# Prepositions that introduce whom an event is directed at.
TARGET_PREPS = frozenset({"with", "against", "to", "on", "for", "toward", "towards", "at", "into", "from", "in",
                          "inside"})
# Inside a noun phrase, "by" names whose act it is ("an appeal by Moscow", "raids by militias"),
# and "between" the parties of a meeting someone else holds ("chaired talks between A and B").
NOMINAL_TARGET_PREPS = TARGET_PREPS | {"by", "between"}
# Prepositions whose gerund is done by the verb's subject and did happen ("responded by expelling",
# "in vetoing the draft, the state …", "after meeting"). Others are left alone: their gerund may
# be the object's and only claimed ("accused the state of spying"), or not have happened at all
# ("kept them from leaving", "acted without consulting", "agreed to talks before leaving"); and
# "on" mostly gives a topic ("a report on rising prices").
SUBJECT_GERUND_PREPS = frozenset({"by", "in", "after", "while", "upon", "through"})
# Verbs of blaming whose of- or for-gerund is their object's act, as the blamer tells it ("accused
# the state of spying", "blamed the rebels for shelling …"): reported, not asserted.
BLAMING_VERBS = frozenset({"accuse", "blame", "charge", "suspect", "criticize", "criticise", "condemn",
                           "denounce", "fault"})
BLAMING_GERUND_PREPS = frozenset({"of", "for"})
# Prepositions of a verb's phrase that says what the act is for, in or over: the partners of its
# noun are whom the act is aimed at ("deployed for an offensive against a state", "marched in protest
# against a state's duties", "quarrelled over a dispute with a state"). Not time phrases ("after
# talks with a state"): an earlier event's partner need not be the later act's target.
PURPOSE_PREPS = ("for", "in", "over")
# Verbal acts (saying, asking, agreeing, rejecting): one about a state's thing is addressed to
# that state ("rejected the Ethiopian proposal"); material acts are done to the thing itself
# ("beat a state's refugees").
VERBAL_TYPES = frozenset({"AGREE", "SUPPORT", "ACCUSE", "REJECT", "THREATEN", "REQUEST", "CONSULT"})
# ... and so are sanctions on a state's goods or things ("suspended imports of a state's fruit",
# "froze a state's assets"): aimed at the state, as an analyst codes them. Not coercion, which is
# done to the people or things themselves ("arrested a state's nationals").
OWNER_AIMED_TYPES = VERBAL_TYPES | {"SANCTION"}
# Events that coordinated subjects do with one another where no one else is named ("A and B met",
# "A and B agreed on a truce"): each is the other's partner.
RECIPROCAL_TYPES = frozenset({"AGREE", "CONSULT"})
# CAMEO codes of such acts under other types: diplomatic cooperation (050), signing a formal
# agreement (057), material cooperation (06x), a truce (0871).
RECIPROCAL_CAMEO = ("050", "057", "06", "0871")
# Mediation (CAMEO 045) is done between others, never with the co-mediator ("A and B brokered a truce").
MEDIATION_CAMEO = "045"
# Words of a third party's mediation ("A and B brokered a truce" is no act of A with B); the
# dictionary also codes talks begun as mediation, which the parties themselves begin together.
MEDIATING_WORDS = frozenset({"mediate", "mediation", "broker"})
# Possessives that make a thing the subject's own ("pulled back its ships"): no target.
OWN_POSSESSIVES = ("its", "their", "his", "her", "our")

# --- actors -------------------------------------------------------------------------------------

MALE_PRONOUNS = frozenset({"he", "him", "his"})
PERSON_PRONOUNS = MALE_PRONOUNS | {"she", "her"}
# Words set before a name that say its bearer's sex ("his wife Grace", "Mrs Bhutto"): "he" is not her.
FEMALE_WORDS = frozenset({"wife", "widow", "daughter", "mother", "sister", "mrs", "mrs.", "ms", "ms.", "madam",
                          "lady", "queen", "princess", "congresswoman", "chairwoman", "spokeswoman"})
MALE_WORDS = frozenset({"husband", "widower", "son", "father", "brother", "mr", "mr.", "king", "prince",
                        "congressman", "chairman", "spokesman"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
SPEAKER_PRONOUNS = frozenset({"we", "us", "our", "i", "me"})
# The speaker's side: in a quotation, the state a person speaks for.
WE_PRONOUNS = ("we", "us", "our")
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom", "whose"})
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS | SPEAKER_PRONOUNS | RELATIVE_PRONOUNS
# Pronouns that refer back to an actor named before.
ANAPHORS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS
# Possessives that tie a noun to an actor mentioned before ("its fighters", "their troops").
OWNER_PRONOUNS = frozenset({"its", "their"})
# Prepositions after which a capital city is where something happens, not who acts.
LOCATIVE_PREPS = frozenset({"in", "at", "near", "from", "to", "into", "across", "around", "through",
                            "outside", "inside", "throughout", "within", "towards", "toward"})
# ... of those, the ones that say where something is, not whither it goes.
SITE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "within"})
# A verb's own prepositions that may introduce whom a verbal act is aimed at: not those that say
# where it was done ("rejected the charge in the capital"; but "lashed out at" aims) ...
VERBAL_TARGET_PREPS = TARGET_PREPS - (SITE_PREPS - {"at"})
# ... for the verbal acts a place phrase never aims: a request may be made of the state one wants
# to be in ("sought asylum in a state").
SAID_IN_PLACE_TYPES = VERBAL_TYPES - {"REQUEST"}
# Heads of phrases that name no thing: pronouns left unresolved, determiners, numbers, adjectives
# and adverbs standing alone, verbs of clauses; and the wh-words' tags.
NAMELESS_POS = frozenset({"PRON", "DET", "NUM", "ADJ", "ADV", "VERB", "AUX", "SCONJ", "PART", "INTJ"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
# Nouns a relative clause may modify without being its object: when, where, how or why ("the day
# they left", "the way it was done", "the reason they gave").
CIRCUMSTANCE_NOUNS = frozenset({"day", "time", "moment", "way", "manner", "reason", "place", "point", "extent"})
# Prepositions of a phrase that says where a group comes from ("militias in northern Mali",
# "the government of a province", "nurses from Chile", "students throughout a country").
ORIGIN_PREPS = ("of", "in", "from", "throughout", "across")
# Bodies one state or organisation keeps in another's territory: "in" says where they are stationed,
# not whose they are ("the OSCE mission in Kosovo", "the EU delegation in Minsk").
STATIONED_NOUNS = frozenset({"mission", "embassy", "consulate", "delegation", "legation", "contingent"})
STATIONED_PREPS = frozenset({"in", "throughout", "across"})
# Modifiers that call people foreign to where they are: such people are stationed in the place their
# in-phrase names, not of it ("a Western diplomat in Islamabad", "foreign reporters in Kabul").
STATIONED_MODIFIERS = frozenset({"foreign", "western", "international", "multinational", "overseas", "visiting"})
# Of those, the prepositions of where people live ("Kurds in a state"), not where they came from.
RESIDENCE_PREPS = ("in", "throughout", "across")
# Where an act happened, near enough to say whose place it was ("shelled positions near a city").
LOCATED_PREPS = (*RESIDENCE_PREPS, "near", "outside", "around")
# Acts done at a venue the parties travel to: where they happen says nothing of whose they are.
VENUE_VERBS = frozenset({"meet", "sign", "negotiate", "convene", "attend", "visit", "talk", "initial"})
# ... and meetings held at one ("held talks in a capital").
VENUE_NOUNS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "negotiations", "consultation",
                         "consultations", "conference"})
# Quantity and collective nouns whose of-object is who acts ("scores of refugees").
PARTITIVES = frozenset({"group", "groups", "thousands", "hundreds", "dozens", "scores", "millions",
                        "members", "member", "some", "many", "most", "all", "part", "number",
                        "majority", "contingent", "delegation", "team", "band", "unit", "units", "several",
                        "few", "both", "each"})
# Collective nouns of organised people: with what modifies them ("the ruling party", "a terror
# network", "a student movement") they name a body that acts.
COLLECTIVE_BODIES = frozenset({"party", "network", "movement", "faction", "group", "organization",
                               "organisation", "wing", "cell", "militia", "alliance", "coalition", "front",
                               "bloc", "gang", "union"})
# Of those, the ones that also name unions of states ("the bloc" after a union's name).
UNIONS_OF_STATES = frozenset({"bloc", "alliance", "union", "coalition"})
# Nouns of a body that, named with the number of its members ("the 27-member bloc", "the 15-nation
# council", "the 57-member body"), take up the international body named last, and the words of its members.
MEMBERS_BODY_NOUNS = frozenset({"bloc", "body", "council", "alliance", "union", "group", "grouping", "organisation",
                                "organization", "club", "forum", "coalition", "commission", "assembly", "board"})
MEMBERSHIP_NOUNS = frozenset({"member", "nation", "country", "state"})
# Sectors of people who act in the street, not for a state ("students", "protesters", "workers"): a
# protest of theirs is a demonstration (CAMEO 141), not a formal complaint (114).
PEOPLE_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU"})
# Sectors of a state's own institutions: no party, movement or armed group is one of them.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Sectors of people a wire report names without their state ("the government", "police",
# "rebels", "protesters") because they are the dateline's: a report from a capital speaks of its
# state's institutions, armed groups and people unless it says otherwise.
HOME_SECTORS = STATE_SECTORS | {REBEL_SECTOR, "OPP", "CVL"}
# Words of a state's name that say its form of state, not which it is ("the Democratic Republic of").
STATE_FORM_WORDS = frozenset({"the", "of", "democratic", "republic", "people's", "federal", "federative",
                              "islamic", "arab", "socialist", "united", "kingdom", "state", "plurinational",
                              "bolivarian", "union", "commonwealth", "principality", "grand", "duchy"})
# Verbs of warning: a threat where they say what someone will do, a foreboding where nobody does it.
WARNING_VERBS = frozenset({"warn", "caution"})
# Linking verbs that say how things stand ("remained tense", "was fragile"), and what an adjective after
# them may carry and still say only that ("extremely fragile", "not stable", "tense and volatile").
STATE_LINKING_VERBS = frozenset({"be", "remain", "stay"})
BARE_ADJECTIVE_DEPS = frozenset({"advmod", "neg", "cc", "conj", "punct"})
# Nouns of what one does in answer to another: the act of the side that warns of it.
RESPONSE_NOUNS = frozenset({"reply", "response", "retaliation", "reaction", "answer", "revenge", "reprisal",
                            "punishment", "consequence"})
# Nouns of lines and areas drawn on a map: a name they head ("the Line of Control", "the Blue
# Line", "the Demilitarized Zone") is a place, though the recogniser tags it as a body.
BOUNDARY_NOUNS = frozenset({"line", "border", "frontier", "boundary", "zone", "corridor"})
# Datelines of cities that host international bodies: reports from them speak of those bodies
# ("the court", "officials", "the agency") as often as of the host state's.
INTERNATIONAL_SEATS = frozenset({"geneva", "brussels", "the hague", "vienna", "new york", "strasbourg",
                                 "luxembourg", "united nations"})
# Roles a state sends abroad: met in a dateline's city they are as often another state's.
ENVOY_ROLES = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "emissary",
                         "emissaries", "delegation", "delegations", "delegate", "delegates"})
# Nouns of those who are, by what the noun says, of other states than the one they are said of:
# who hold its office there ("his counterpart", "her Chinese counterparts"), or stand with it
# ("its European allies").
ABROAD_ROLE_NOUNS = frozenset({"counterpart", "ally"})
# Nouns of one who leads a body its of-phrase names ("the head of the army").
HEAD_NOUNS = frozenset({"head", "chief"})
# Verbs that, with a span of time and a to-infinitive, set their receiver a deadline ("gave the
# rebels ten days to withdraw", "granted the junta a week to …", "gave Iran until August to …").
DEADLINE_VERBS = frozenset({"give", "grant"})
TIME_SPAN_NOUNS = frozenset({"hour", "day", "week", "month", "deadline"})
# Verbs that end a thing, directly (ending an insurgency) or by declaring, announcing or ordering its
# end or halt (an end to a rebellion, a halt to military operations): ending one's own fight de-escalates.
ENDING_VERBS = frozenset({"end", "declare", "announce", "order"})
END_NOUNS = frozenset({"end", "halt", "stop", "cessation", "suspension"})
# Nouns of an armed fight that kg's trigger rows leave untyped ("insurgency", "civil war").
HOSTILITY_NOUNS = frozenset({"insurgency", "rebellion", "revolt", "war", "hostility", "hostilities",
                             "struggle", "uprising", "fighting", "offensive", "attack", "campaign"})
# Verbs of driving a party from a place ("drove the rebels from the town", "pushed the militants
# out of …"): armed force used on them.
DRIVING_VERBS = frozenset({"drive", "push", "chase"})
# Nouns of a body an organisation sets up ("a UN panel of experts", "an EU monitoring mission", "the
# UN refugee agency"): the body acts for the organisation, as its people do.
ORGAN_NOUNS = frozenset({"panel", "commission", "committee", "mission", "team", "inquiry", "office", "agency", "body",
                         "bureau", "secretariat"})
# Words that, alone after "the", name the half of a divided state the article speaks of ("the North"
# after North Korea, "the South" after South Sudan).
HALF_STATE_WORDS = frozenset({"north", "south"})
# Nouns of what people are taken as ("took two aid workers hostage").
CAPTIVE_NOUNS = frozenset({"hostage", "hostages", "captive", "captives"})
# Nouns of several states ("the two governments", "Western powers"): never the dateline's one state.
STATE_GROUP_NOUNS = frozenset({"states", "countries", "nations", "powers", "governments"})
# ... of which those that, as "the two …" or "both …", name the two states a report is about ("the two
# countries agreed", "both sides"), and the words that make them two.
PAIR_NOUNS = frozenset({"countries", "nations", "governments", "sides", "neighbours", "neighbors", "capitals", "states",
                        "rivals", "foes", "adversaries", "allies", "powers"})
PAIR_WORDS = frozenset({"two", "both"})
# Adjectives that make "the two …" another pair than the two states named last.
OTHER_PAIR_WORDS = frozenset({"other", "remaining", "new", "last", "next", "first"})
# Plural nouns of persons in office that "the two" or "both" make the two persons named last ("the two leaders").
PERSON_PAIR_NOUNS = frozenset({"leaders", "presidents", "ministers", "premiers", "heads"})
# Nouns that, as "both sides", "the two sides" or "the warring parties", name the two sides of the
# conflict a report is about, and the words that make them its sides.
SIDE_NOUNS = frozenset({"sides", "parties", "factions"})
SIDE_WORDS = PAIR_WORDS | {"warring", "rival", "opposing"}
# Types of event whose source and target are the two sides of a conflict (one attacking, coercing,
# threatening or accusing the other, or pulling back from it: a truce, a withdrawal; or agreeing
# with it: a deal), and how strongly each shows it: force more than words.
CLASH_WEIGHTS = {"ASSAULT": 2, "COERCE": 2, "THREATEN": 1, "ACCUSE": 1, "RETREAT": 1, "AGREE": 1}
# Pronouns that may refer to a thing the sentence named before them, not to an actor.
THING_REFERRING_PRONOUNS = frozenset({"it", "them"})
# Object pronouns that may take up the object of the verb before ("seized X and refused to return them").
TAKEN_UP_PRONOUNS = frozenset({"them", "it"})
# Nouns of a settlement or area whose of-phrase names it ("the town of Kidal"): the place so named.
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "port", "district", "province", "region", "enclave",
                              "island", "outpost"})
# Nouns that, as "the …" alone, refer back to the actor of that kind named last ("…, the alliance
# said", "the group denied …"), and the kinds they may refer to.
ANAPHORIC_NOUNS = {
    "alliance": ("IGO",), "bloc": ("IGO",),
    "group": ("Group", "Organization"), "movement": ("Group", "Organization"),
    "organisation": ("Organization", "IGO"), "organization": ("Organization", "IGO"),
    "council": ("Organization", "IGO"),
}
# Nouns that, owned by a pronoun, are the owner's own state ("said his country would …").
HOMELAND_NOUNS = frozenset({"country", "nation", "homeland"})
# Nouns by which one leaves a state without naming it ("ordered to leave the kingdom").
STATE_PLACE_NOUNS = frozenset({"country", "kingdom", "emirate", "republic", "territory"})
# A leader's or a state's office, which speaks for the state's government.
OFFICE_NOUNS = frozenset({"office"})
# Texts that speak for whoever issued them ("a Kremlin statement said").
SPEAKING_TEXTS = frozenset({"statement", "communique", "communiqué", "declaration", "letter", "note"})
# Modifiers that say a group is not the dateline state's ("foreign troops", "international
# monitors"), unless they are part of the role's own name ("the foreign ministry").
FOREIGN_MODIFIERS = frozenset({"foreign", "international", "western", "multinational", "allied", "overseas",
                               "visiting", "outside", "regional", "neighbouring", "neighboring"})
# Lower-case particles that belong inside names ("Hamad bin Jassim", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({"bin", "al", "el", "de", "da", "dos", "das", "van", "von", "der", "den",
                            "la", "le", "ibn", "abu", "du", "di"})
# As written, with the space after them: cut off the start of a name.
LEADING_ARTICLES = ("the ", "The ", "a ", "A ", "an ", "An ")
POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")

# --- quotations and dates -----------------------------------------------------------------------

QUOTE_MARKS = frozenset('"“”«»')
QUOTE_TAGS = frozenset({"``", "''"})
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
