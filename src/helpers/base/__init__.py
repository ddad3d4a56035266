"""What every stage shares: corpus reading, the word unit, dates, data files, the table
catalogue, output writing, paths and the runners of per-article work."""
