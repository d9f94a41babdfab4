"""Use cases, one module per capability. Pure Python: no Qt here."""
