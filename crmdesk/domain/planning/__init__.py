"""The budget plan and its arithmetic: cash flows, metrics, checks, scenarios, sensitivity."""
