"""The team edition's rules: roles and what each may see and change."""
