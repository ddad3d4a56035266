"""Article bytes as lines: encodings, line endings as `cat -n` counts them, odd spaces."""

from __future__ import annotations

import codecs

import pytest

from helpers.base import decoding


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("one", ["one"]),
        ("one\n", ["one"]),
        ("one\n\ntwo", ["one", "", "two"]),
        ("one\r\ntwo\r\n", ["one", "two"]),
        ("one\rtwo", ["one", "two"]),
        ("\n", [""]),
    ],
)
def test_split_lines_counts_like_cat_n(text, expected):
    assert decoding.split_lines(text) == expected


def test_decode_prefers_utf8_then_bom_then_cp1252():
    assert decoding.decode_text("Lavrov’s".encode()) == ("Lavrov’s", "utf-8")
    assert decoding.decode_text(b"\xef\xbb\xbfHi") == ("Hi", "utf-8-sig")
    assert decoding.decode_text("“quoted”".encode("cp1252")) == ("“quoted”", "cp1252")
    with pytest.raises(ValueError, match="binary"):
        decoding.decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_decode_reads_utf16_and_utf32_by_their_byte_order_mark():
    # Notepad's "Unicode" and Excel's "Unicode text" are UTF-16 with a mark; every other
    # byte of English text is NUL there, which alone would read as binary.
    text = "Lavrov said: “We will see.”\n"
    assert decoding.decode_text(text.encode("utf-16")) == (text, "utf-16")
    assert decoding.decode_text(codecs.BOM_UTF16_BE + text.encode("utf-16-be")) == (text, "utf-16")
    assert decoding.decode_text(text.encode("utf-32")) == (text, "utf-32")
    with pytest.raises(ValueError, match="UTF-16 byte-order mark but is not valid UTF-16"):
        decoding.decode_text(codecs.BOM_UTF16_LE + b"a\x00b")  # an odd byte left over


def test_normalise_text_turns_odd_spaces_into_spaces_and_composes():
    assert decoding.normalise_text("Sergei\u00a0Lavrov") == "Sergei Lavrov"
    assert decoding.normalise_text("Cafe\u0301") == "Café"
