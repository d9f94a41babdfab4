"""The dashboard page: reminder tiles and the recent changes."""
