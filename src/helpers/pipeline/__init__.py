"""The `workbook` command: parameters checked, the notebooks run in order into a run
folder, the report written, old runs pruned."""

import sys

# jsonschema (under papermill and nbformat) imports `rfc3987_syntax` when it is installed
# (JupyterLab's jupyter-events asks for it), and that module compiles 38 grammars as it is
# imported: close to two seconds of CPU before any `workbook` command could start. Marked
# absent in the command's process, where jsonschema only checks notebooks against their
# schema, which has no IRI fields; JupyterLab's own processes are not affected.
sys.modules.setdefault("rfc3987_syntax", None)
