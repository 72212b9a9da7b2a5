"""Budget plans: stored in the database, opened and saved as files, drafts, price presets."""
