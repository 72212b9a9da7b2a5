"""After-sales service tickets: workflow, service levels, business hours, metrics."""
