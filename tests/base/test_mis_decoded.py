"""Lines an earlier program decoded with the wrong encoding are repaired; real text is not."""

from pathlib import Path

from helpers.base import corpus, mis_decoded


def mis_decode(text: str, times: int = 1) -> str:
    """What a program that reads UTF-8 as Windows-1252 and writes it out again makes of it."""
    for _ in range(times):
        text = text.encode("utf-8").decode("cp1252", errors="ignore")
    return text


def test_a_name_read_once_with_the_wrong_encoding_is_repaired():
    assert mis_decoded.repair_line("President FranÃ§ois Hollande said") == (
        "President François Hollande said"
    )
    assert mis_decoded.repair_line("the prison at GuantÃ¡namo Bay.") == (
        "the prison at Guantánamo Bay."
    )
    assert mis_decoded.repair_line("Itâ€™s over, he said.") == "It’s over, he said."


def test_a_name_read_twice_with_the_wrong_encoding_is_repaired():
    twice = mis_decode("Miguel Basáñez Ebergenyi took over", times=2)
    assert "Basáñez" not in twice
    assert mis_decoded.repair_line(twice) == "Miguel Basáñez Ebergenyi took over"


def test_real_accented_text_and_curly_quotes_are_left_alone():
    for line in [
        "SÃO PAULO — Brazil’s président said «non».",
        "The naïve café’s owner, José, said: “Ça va.”",
        "Ms. Ségolène Royal – France’s minister – spoke.",
        "Plain ASCII text with 'quotes' and -- dashes.",
        "The cafe\u0301\u2019s owner said so.",  # stored decomposed: nothing to repair
    ]:
        assert mis_decoded.repair_line(line) == line


def test_repairs_name_each_changed_line_and_its_first_changed_word():
    lines, repairs = mis_decoded.repair_lines(
        ["Headline", "Mr. FranÃ§ois Delattre spoke.", "Clean line.", "At GuantÃ¡namo."]
    )
    assert lines == ["Headline", "Mr. François Delattre spoke.", "Clean line.", "At Guantánamo."]
    assert repairs == [
        mis_decoded.Repair(2, "FranÃ§ois", "François"),
        mis_decoded.Repair(4, "GuantÃ¡namo.", "Guantánamo."),
    ]
    assert mis_decoded.repairs_message(repairs).startswith("lines 2, 4: ")
    assert "'FranÃ§ois' read as 'François'" in mis_decoded.repairs_message(repairs)


def test_an_article_is_read_repaired_with_a_warning_and_its_file_unchanged(tmp_path: Path):
    raw = "Envoy speaks\nFranÃ§ois Delattre said the deal holds.\n".encode()
    (tmp_path / "a.txt").write_bytes(raw)
    article, warnings = corpus.read_article(tmp_path / "a.txt", {"outlet": "Daily"})
    assert article is not None
    assert article.lines == ("Envoy speaks", "François Delattre said the deal holds.")
    assert [str(w) for w in warnings] == [
        "a.txt: line 2: characters an earlier program decoded with the wrong encoding were "
        "repaired ('FranÃ§ois' read as 'François')"
    ]
    assert (tmp_path / "a.txt").read_bytes() == raw


def test_a_mis_decoded_name_stored_decomposed_is_repaired():
    decomposed = "President FranA\u0303\u0083A\u0302\u00a7ois Hollande"  # "Ã" as A + tilde
    assert mis_decoded.repair_line(decomposed) == "President François Hollande"


def test_a_mis_decoded_letter_stored_compatibility_decomposed_is_repaired():
    # Seen in a public news archive: "Ségolène" and "naïveté" read as Windows-1252, then
    # NFKD-decomposed, which makes the "¨" of "Ã¨" and the "¯" of "Ã¯" a space and a
    # combining mark; repaired only in part before ("Ségolà̈ne", "naà̄veté").
    assert mis_decoded.repair_line("minister, SÃ©golÃ \u0308ne Royal, said") == (
        "minister, Ségolène Royal, said"
    )
    assert mis_decoded.repair_line("just naÃ \u0304vetÃ©.") == "just naïveté."
    assert mis_decoded.repair_line("hopelessly naÃ \u0304ve about") == "hopelessly naïve about"
    # A real space before a real combining mark, after an accented letter, stays.
    assert mis_decoded.repair_line("Ãs \u0308x") == "Ãs \u0308x"


def test_a_repair_that_joins_words_is_named_by_that_word_not_the_whole_line():
    line = (
        "Mr. Obama sees Mr. Netanyahu as captured by a hard-line philosophy. Mr. Netanyahu "
        "considers Mr. Obama hopelessly naÃ \u0304ve about the region."
    )
    _, repairs = mis_decoded.repair_lines([line])
    assert repairs == [mis_decoded.Repair(1, "naÃ \u0304ve", "naïve")]


def test_a_repair_that_leaves_garbage_keeps_the_word_as_it_was_and_says_so():
    # "Ramón" read twice as Windows-1252, then the last byte of its "ó" lost on the way: no
    # decoding gets it back, and ftfy's attempt ("RamÃÂn") would hide what it was.
    broken = mis_decode("Ramón", times=2).replace("Â³", "Â")
    line = f"Coach {mis_decode('José', times=2)} and {broken} Ortiz spoke."
    assert mis_decoded.repair_line(line) == f"Coach José and {broken} Ortiz spoke."
    _, repairs = mis_decoded.repair_lines(["Headline", line])
    assert repairs == [
        mis_decoded.Repair(2, mis_decode("José", times=2), "José"),
        mis_decoded.Repair(2, broken, broken, repaired=False),
    ]
    message = mis_decoded.repairs_message(repairs)
    assert "were repaired" in message
    assert message.endswith(
        f"line 2: characters an earlier program decoded with the wrong "
        f"encoding were not repaired, kept as they were ({broken!r})"
    )


def test_a_line_no_decoding_mends_is_named_not_repaired():
    # A Latin-1 reading with a byte lost ("RaÃ\x83Âol" for "Raúl"), and a mis-decoded
    # letter whose second byte is gone ("RamÃn"): ftfy has nothing to offer for either.
    for line, word in [
        ("Rep. RaÃ\x83Âol Grijalva said.", "RaÃ\x83Âol"),
        ("Coach RamÃn Ortiz said.", "RamÃn"),
    ]:
        fixed, repairs = mis_decoded.repair_lines([line])
        assert fixed == [line]
        assert repairs == [mis_decoded.Repair(1, word, word, repaired=False)]


def test_an_article_with_an_unrepairable_word_is_read_as_it_was_with_a_warning(tmp_path: Path):
    raw = "Envoy speaks\nRep. RaÃ\x83Âol Grijalva said the deal holds.\n".encode()
    (tmp_path / "a.txt").write_bytes(raw)
    article, warnings = corpus.read_article(tmp_path / "a.txt", {"outlet": "Daily"})
    assert article is not None
    assert article.lines[1] == "Rep. RaÃ\x83Âol Grijalva said the deal holds."
    assert [str(w) for w in warnings] == [
        "a.txt: line 2: characters an earlier program decoded with the wrong encoding were "
        "not repaired, kept as they were ('RaÃ\\x83Âol')"
    ]


def test_accented_capitals_and_letters_before_marks_are_no_sign_of_garbage():
    for line in ["SÃO PAULO — São Paulo", "the café» sign", "ÂGE D'OR"]:
        assert mis_decoded.left_mis_decoded(line) == ""


def test_the_words_a_repair_mends_are_mended_beside_one_it_cannot():
    # "Raúl" lost a byte; "été" and "là" (its "à" a lead letter and a space) are whole.
    fixed, repairs = mis_decoded.repair_lines(["RaÃ\x83Âol a Ã©tÃ© lÃ  hier"])
    assert fixed[0].split() == ["RaÃ\x83Âol", "a", "été", "là", "hier"]
    assert [r.repaired for r in repairs] == [True, False]
    assert repairs[1].before == "RaÃ\x83Âol"


def test_capitals_ending_in_a_tilde_letter_before_punctuation_are_not_named():
    # Portuguese capitals: "MAÇÃ" (apple) before an ellipsis is right as written.
    line = "O título era SERÁ QUE A MAÇÃ… caiu?"
    assert mis_decoded.repair_lines([line]) == ([line], [])
