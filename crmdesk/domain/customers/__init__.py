"""What a customer is, how tables and vCards map to customers, names and duplicates."""
