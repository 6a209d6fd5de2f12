"""Text that cannot hurt: names as they are matched, and strings as XML 1.0 can carry them.

A name is matched and keyed without the characters a reader cannot see: zero-width spaces and
joiners, soft hyphens, byte-order marks, direction marks and overrides, and control characters;
in Unicode's composed form (NFC), so that "Raúl" typed with a combining accent is "Raúl". The
surface text of a mention keeps them (writers escape it where it is quoted).
"""

from __future__ import annotations

import re
import unicodedata

# Format characters that change no letter (U+00AD soft hyphen, U+200B-U+200F zero-width and
# direction marks, U+202A-U+202E embeddings and overrides, U+2060-U+2064 word joiner and invisible
# operators, U+2066-U+2069 isolates, U+FEFF byte-order mark) and C0/C1 control characters.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
                        "\x00-\x1f\x7f-\x9f]")
# What XML 1.0 cannot hold at all, escaped or not: C0 controls but tab, LF and CR; lone
# surrogates; U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def normalise_name(text: str) -> str:
    """`text` as a name is matched: NFC, without invisible and control characters, each run of
    spacing one space."""
    if text.isascii() and text.isprintable():  # nearly every name: nothing to do
        return text
    text = unicodedata.normalize("NFC", _INVISIBLE.sub(lambda m: " " if m.group() in "\t\n\r\x0b\x0c" else "", text))
    return " ".join(text.split())


def xml_safe(text: str) -> str:
    """`text` with every character XML 1.0 forbids replaced by U+FFFD (the rest is escaped by
    the XML writer)."""
    return _NOT_XML.sub("\ufffd", text)


def unaccented(name: str) -> str:
    """A name without its accents ("Raúl" -> "Raul", "Lomé" -> "Lome"), as the dictionaries and
    wire copy often spell it."""
    if name.isascii():  # nearly every name: no accent to take off
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
