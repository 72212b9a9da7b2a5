"""After-sales service on paper: the work order."""
