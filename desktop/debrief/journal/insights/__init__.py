"""The counts behind the insights charts, aggregated in SQL."""
