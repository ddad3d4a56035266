"""An article file's bytes as lines: its encoding (by byte-order mark, else UTF-8, else
cp1252 or Latin-1), its line endings as `cat -n` counts them, and odd spaces made plain.

Reading an input folder (`corpus`) and its manifest decode every file this way.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

# Byte-order marks of the UTF-16 and UTF-32 files some Windows tools save ("Unicode" in
# Notepad, Excel's "Unicode text"), whose NUL bytes would otherwise read as binary. The
# UTF-32 little-endian mark begins with UTF-16's, so it is tried first.
_WIDE_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode article bytes as UTF-16 or UTF-32 when they open with that byte-order mark,
    else as UTF-8 (with or without BOM), else cp1252, else Latin-1.

    Returns the text and the encoding used. Raises ValueError for data that looks binary
    (NUL bytes, no byte-order mark), since no text encoding makes sense of it.
    """
    for mark, encoding in _WIDE_MARKS:
        if data.startswith(mark):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise ValueError(
                    f"opens with a {encoding.upper()} byte-order mark but is not valid "
                    f"{encoding.upper()} (byte {error.start})"
                ) from None
    if b"\x00" in data[:65536]:
        raise ValueError("looks like a binary file (contains NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def split_lines(text: str) -> list[str]:
    """Split text into lines as `cat -n` numbers them, for LF, CRLF and lone CR endings.

    A final line without a newline counts; a final newline does not open an empty line.
    """
    if not text:
        return []
    lines = re.split(r"\r\n|\r|\n", text)
    if lines[-1] == "":
        lines.pop()
    return lines


def normalise_text(line: str) -> str:
    """NFC-normalise a line and turn non-breaking and other odd spaces into plain spaces."""
    line = unicodedata.normalize("NFC", line)
    return re.sub(r"[\u00a0\u2007\u202f\u2009\u200a\ufeff]", " ", line)
