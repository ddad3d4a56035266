"""The lines table of a workbook input folder, from the cleaning helpers alone (no notebook,
no parse): to compare two versions of the cleaning rules on a real corpus line by line.

    .venv/bin/python benchmarks/clean_lines.py INPUT_DIR OUT.csv
"""

from __future__ import annotations

import argparse
from pathlib import Path

from helpers import cleaning
from helpers.base import corpus, paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", type=Path, help="a workbook input folder")
    parser.add_argument("out", type=Path, help="the CSV file to write")
    args = parser.parse_args()
    articles = corpus.read_corpus(args.input).articles
    rules = cleaning.load_rules(paths.data_file("boilerplate.yml"))
    cleaning.clean_corpus(articles, rules).lines.to_csv(args.out, index=False)


if __name__ == "__main__":
    main()
