"""The team edition: a shared PostgreSQL database, its users and their rights."""
