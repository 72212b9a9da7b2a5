"""The budget wizard's form model: what the owner typed, and how it becomes a plan."""
