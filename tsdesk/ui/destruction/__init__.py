"""销毁: destruction requests, their approval and supervised execution (issue 14)."""
