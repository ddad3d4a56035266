"""The outlet-framing workbook's logic, one subpackage per stage of the pipeline.

- `base`: what every stage shares (reading the input folder, the word unit, dates, data
  files, the table catalogue, writing outputs, paths, where per-article work runs);
- `cleaning` (notebook 01): every raw line labelled story or boilerplate, with its reason;
- `entities` (notebook 02): parsing, people and organisations, quotes and their speakers;
- `framing` (notebook 03): event dates, frames, word choice, tone, findings;
- `report`: charts and the report's HTML;
- `pipeline`: the `workbook` command that runs the notebooks into a report.

Imports flow one way: a stage imports the base, never another stage; the report imports
nothing but the base; the pipeline sits on top (checked by `tests/test_layers.py`).
"""
