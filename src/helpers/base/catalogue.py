"""The catalogue of the tables a run writes: name, the notebook that writes it, what a row
is, and each column with its type.

Every table's columns are written down here once. `outputs.write_table` refuses a table
whose columns differ from its entry, `outputs.read_table` reads a table back with its
types (so a sentence "2017." stays text), the report lists the tables with their
descriptions, and the tests check a run against it.

Column types: `str`, `int`, `float`, `bool`.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

# The quotes table's speaker types (`speaker_type`); UNATTRIBUTED is also the speaker when
# the text names no source.
PERSON, ORGANISATION, ANONYMOUS, UNATTRIBUTED = (
    "person",
    "organisation",
    "anonymous",
    "unattributed",
)
SPEAKER_TYPES = (PERSON, ORGANISATION, ANONYMOUS, UNATTRIBUTED)
# The quotes table's kinds (`kind`): a quotation standing on its own, quoted words set into
# reported speech ("said it was 'pitiful'"), and reported speech with no quoted words.
# Each speech act is one row. The speaker's own words in quotation marks are the first two.
DIRECT, PARTIAL, INDIRECT = "direct", "partial", "indirect"
QUOTED_KINDS = (DIRECT, PARTIAL)

_PANDAS_TYPES = {"str": "str", "int": "int64", "float": "float64", "bool": "bool"}


@dataclass(frozen=True)
class Table:
    """One table of a run: `tables/<name>.csv`."""

    name: str
    notebook: str
    description: str
    columns: tuple[tuple[str, str], ...]
    only_when: str = ""  # the input a table needs, for a table not every run writes

    @property
    def column_names(self) -> list[str]:
        return [column for column, _ in self.columns]

    @property
    def missing_values(self) -> dict[str, list[str]]:
        """For `pandas.read_csv`: an empty cell of a float column is NaN (as pandas writes it),
        while an empty text cell stays an empty string."""
        return {c: [""] for c, t in self.columns if t == "float"}

    @property
    def read_types(self) -> dict[str, object]:
        """Types for `pandas.read_csv`: text columns as `str`, so no cell is read as a number."""
        return {c: str if t == "str" else _PANDAS_TYPES[t] for c, t in self.columns}

    def empty(self) -> pd.DataFrame:
        """A table with no rows and typed columns, which concatenates with full ones
        without turning every column to object."""
        return pd.DataFrame({c: pd.Series(dtype=_PANDAS_TYPES[t]) for c, t in self.columns})


def _table(name: str, notebook: str, description: str, columns: str, only_when: str = "") -> Table:
    """A catalogue entry from `column:type` words (type `str` when left out)."""
    pairs = tuple(
        (word.partition(":")[0], word.partition(":")[2] or "str") for word in columns.split()
    )
    for column, kind in pairs:
        if kind not in _PANDAS_TYPES:
            raise ValueError(f"table {name}: column {column} has unknown type {kind!r}")
    return Table(name, notebook, description, pairs, only_when)


_ENTRIES = (
    ("lines", "01_clean", "every raw line, its label, the rule and the reason",
     "file outlet line:int label rule reason text clean"),
    ("paragraphs", "01_clean", "the clean story, one row per kept paragraph",
     "file outlet paragraph:int line:int text"),
    ("articles", "01_clean", "one row per input file: headline, words before and after, lines removed",
     "file outlet headline words_raw:int words_clean:int lines_raw:int lines_removed:int "
     "duplicates_removed:int dates_found:int duplicate_of"),
    ("reuse", "01_clean", "passages shared between articles (a later copy and its first copy)",
     "file_a outlet_a line_a:int file_b outlet_b line_b:int similarity:float text"),
    ("dates", "01_clean", "explicit dates seen in any line, captions included",
     "file outlet line:int date precision year_known:bool written text source"),
    ("duplicate_blocks", "01_clean", "runs of repeated lines inside an article",
     "file outlet first_line:int last_line:int repeats_from_line:int repeats_to_line:int "
     "lines:int"),
    ("warnings", "01_clean", "what a researcher should know about an input file, per stage",
     "stage file message"),
    ("mentions", "02_entities", "every mention of a person, place or organisation",
     "file outlet paragraph:int sentence:int start:int end:int text label entity "
     "attributive:bool"),
    ("entities", "02_entities", "salience of each entity per outlet",
     "outlet entity label mentions:int per_1000_words:float share:float first_paragraph:int"),
    ("quotes", "02_entities", "every quotation (direct; partial: quoted words inside reported "
     "speech; or reported as indirect) with its speaker, the speaker's type and the cue",
     "file outlet paragraph:int line:int quote speaker speaker_type kind cue words:int"),
    ("voice_share", "02_entities", "quotes and quoted words per person per outlet, as shares of "
     "all the outlet's quotes",
     "outlet speaker quotes:int words:int quote_share:float word_share:float"),
    ("voice_sources", "02_entities", "quotes and quoted words per speaker type per outlet "
     "(persons, organisations, anonymous and unattributed sources)",
     "outlet speaker_type quotes:int words:int quote_share:float word_share:float"),
    ("sentences", "02_entities", "one row per sentence with its words, lemmas and terms (read by 03)",
     "file outlet paragraph:int line:int sentence:int text words:int lemmas forms terms "
     "day_words"),
    ("events", "03_framing", "the date of the event each article reports, with its evidence",
     "file outlet event_date evidence flagged:bool date_basis"),
    ("date_inference", "03_framing", "undated articles against their closest dated articles "
     "(names: shared names, the rarest first)",
     "file outlet dated_file dated_outlet event_date similarity:float shared_names:int "
     "shared_passages:int names"),
    ("date_evidence", "03_framing", "every date cue behind the event dates",
     "file outlet line:int kind mention date weight:float sentence"),
    ("event_frames", "03_framing", "event frames drafted from the corpus, with evidence sentences",
     "frame terms paragraphs:int articles:int outlets:int file outlet paragraph:int "
     "sentence:int score:float matched text"),
    ("frames", "03_framing", "share of each outlet's sentences carrying each frame",
     "codebook outlet frame sentences:int outlet_sentences:int share:float ci_low:float "
     "ci_high:float words_share:float"),
    ("frame_evidence", "03_framing", "every sentence carrying a frame, with the terms matched",
     "codebook file outlet paragraph:int sentence:int text frame matched"),
    ("lead_frames", "03_framing", "frames in each article's headline and lead",
     "codebook file outlet part frame sentences:int matched"),
    ("article_frames", "03_framing", "each frame per article: present or not, and the detector's score",
     "codebook method file outlet frame present:int score:float"),
    ("frame_model_evidence", "03_framing", "the sentences a trained frame model scores highest",
     "codebook file outlet frame paragraph:int sentence:int score:float text"),
    ("validation", "03_framing", "agreement of the workbook's frames with a hand-coded sample",
     "codebook frame support:int predicted:int precision:float recall:float f1:float "
     "alpha:float alpha_coders:float", "a hand-coded sample is given (coded_sample)"),
    ("tests", "03_framing", "every outlet-against-the-rest test, with its p and its q (BH)",
     "kind codebook outlet subject measure outlet_value:float rest_value:float "
     "difference:float outlet_articles:int rest_articles:int p:float q:float "
     "assignments:int articles_needed:float"),
    ("distinctive_terms", "03_framing", "the words most distinctive of each outlet",
     "outlet term z:float count:int"),
    ("word_choice", "03_framing", "uses of researcher-chosen words per outlet",
     "contrast outlet word count:int per_1000_words:float"),
    ("tone", "03_framing", "VADER tone per outlet and frame (a rough measure)",
     "outlet frame sentences:int words:int mean_compound:float "
     "positive_per_1000_words:float negative_per_1000_words:float codebook"),
    ("findings", "03_framing", "the findings, plain sentences, as the report shows them",
     "finding"),
)  # fmt: skip
TABLES: dict[str, Table] = {entry[0]: _table(*entry) for entry in _ENTRIES}


def table(name: str) -> Table:
    """The catalogue entry of a table; a name not in the catalogue is an error naming them."""
    try:
        return TABLES[name]
    except KeyError:
        raise KeyError(
            f"no table {name!r} in the catalogue (helpers.base.catalogue); "
            f"known: {', '.join(TABLES)}"
        ) from None


def columns(name: str) -> list[str]:
    """The columns of a table, in order."""
    return table(name).column_names
