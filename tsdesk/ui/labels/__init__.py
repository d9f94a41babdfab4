"""The labels page: choose carriers, lay out and print their labels, the print log."""
