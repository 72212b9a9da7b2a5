"""The team edition's screens: signing in to a shared database."""
