"""The budget plan report a bank, a partner or an accountant reads."""
