"""The language of what runs without Qt: the command line.

The GUI installs a QTranslator for the machine setting `language` (tsdesk/ui/i18n.py). The
CLI must not import Qt, so it reads the same compiled catalogue,
`resources/translations/tsdesk_<lang>.qm` (built by pyside6-lrelease), with the small reader
below, which looks a message up the way QTranslator does: by the ELF hash of its source text
in the sorted hash table, then checking the context, source text and comment stored with the
message (a `-compress`ed file may store less, and keeps a table of its contexts instead).

Chinese is the source language: without a catalogue every string stays as written.
"""

from __future__ import annotations

import bisect
import logging
import struct
from pathlib import Path

from tsdesk import paths

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "zh_CN"

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Section tags (QTranslatorPrivate) and the tags of a message's fields (qtranslator.cpp).
_CONTEXTS, _HASHES, _MESSAGES = 0x2F, 0x42, 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


def _elf_hash(*parts: bytes) -> int:
    h = 0
    for part in parts:
        for byte in part:
            h = ((h << 4) + byte) & 0xFFFFFFFF
            g = h & 0xF0000000
            if g:
                h ^= g >> 24
            h &= ~g & 0xFFFFFFFF
    return h or 1


def _same(found: bytes, wanted: bytes) -> bool:
    return found.removesuffix(b"\0") == wanted  # lrelease may store a trailing NUL


class Catalogue:
    """One compiled .qm file."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise ValueError("not a Qt translation file")
        sections: dict[int, bytes] = {}
        at = len(MAGIC)
        while at + 5 <= len(data):
            tag, length = struct.unpack_from(">BI", data, at)
            at += 5
            if not tag or not length:
                break
            if at + length > len(data):
                raise ValueError("truncated Qt translation file")
            sections[tag] = data[at : at + length]
            at += length
        hashes = sections.get(_HASHES, b"")
        pairs = [struct.unpack_from(">II", hashes, i) for i in range(0, len(hashes) - 7, 8)]
        self._hashes = [h for h, _ in pairs]
        self._offsets = [o for _, o in pairs]
        self._messages = sections.get(_MESSAGES, b"")
        self._contexts = sections.get(_CONTEXTS, b"")

    @classmethod
    def load(cls, path: Path) -> Catalogue:
        return cls(Path(path).read_bytes())

    def lookup(self, context: str, text: str, comment: str = "") -> str | None:
        """The translation, or None when the catalogue has none (as QTranslator::translate,
        singular: the first translation)."""
        ctx, src = context.encode(), text.encode()
        if self._contexts and not self._has_context(ctx):
            return None
        for note in (comment.encode(), b"") if comment else (b"",):
            h = _elf_hash(src, note)
            i = bisect.bisect_left(self._hashes, h)
            while i < len(self._hashes) and self._hashes[i] == h:
                found = self._message(self._offsets[i], ctx, src, note)
                if found is not None:
                    return found
                i += 1
        return None

    def _has_context(self, ctx: bytes) -> bool:
        table = self._contexts
        (size,) = struct.unpack_from(">H", table, 0)
        (slot,) = struct.unpack_from(">H", table, 2 + 2 * (_elf_hash(ctx) % size))
        if slot == 0:
            return False
        at = 2 + 2 * size + 2 * slot
        while at < len(table) and table[at]:
            length = table[at]
            if _same(table[at + 1 : at + 1 + length], ctx):
                return True
            at += 1 + length
        return False

    def _message(self, at: int, ctx: bytes, src: bytes, note: bytes) -> str | None:
        data, translation = self._messages, None
        while at < len(data):
            tag = data[at]
            at += 1
            if tag == _END:
                break
            if tag == _OBSOLETE1:
                at += 4
                continue
            if tag not in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
                return None
            (length,) = struct.unpack_from(">I", data, at)
            at += 4
            if length == 0xFFFFFFFF:  # a null string
                length = 0
            value = data[at : at + length]
            at += length
            if tag == _TRANSLATION:
                if translation is None:  # the singular form comes first
                    translation = value.decode("utf-16-be")
            elif tag == _COMMENT and value[:1] in (b"", b"\0"):
                continue  # stored without a comment: any comment matches
            elif not _same(value, {_SOURCE: src, _CONTEXT: ctx, _COMMENT: note}[tag]):
                return None
        return translation


_catalogue: Catalogue | None = None


def catalogue_path(language: str) -> Path:
    return paths.resources_dir() / "translations" / f"tsdesk_{language}.qm"


def use(language: str | None) -> bool:
    """Speak `language` ("zh_CN", "en", …) from now on. False when its catalogue is missing
    or unreadable: the text then stays Chinese."""
    global _catalogue
    _catalogue = None
    if not language or language == SOURCE_LANGUAGE:
        return True
    try:
        _catalogue = Catalogue.load(catalogue_path(language))
    except (OSError, ValueError, struct.error) as exc:
        log.warning("Translation %s not loaded (%s); the text stays Chinese", language, exc)
        return False
    return True


def translate(context: str, text: str) -> str:
    """`text` (Chinese, marked for lupdate in `context`) in the language in use."""
    if _catalogue is None:
        return text
    found = _catalogue.lookup(context, text)
    return text if found is None else found
