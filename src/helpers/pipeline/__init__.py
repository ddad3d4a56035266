"""The `workbook` command: parameters checked, the notebooks run in order into a run
folder, the report written, old runs pruned."""
