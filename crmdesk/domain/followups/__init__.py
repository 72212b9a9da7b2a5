"""Follow-ups: the rules, the agenda, recurring contact and greeting occasions."""
