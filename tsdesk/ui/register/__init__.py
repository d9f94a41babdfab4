"""One page per module in the main window's navigation."""
