"""After-sales service tickets: the workflow, queries, records, metrics and holidays."""
