"""Follow-ups: the agenda, planned contacts, reminders and the calendar export."""
