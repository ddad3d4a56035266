"""The report: charts for every stage, and the run's HTML (each notebook without its code,
and `index.html`, findings first)."""
