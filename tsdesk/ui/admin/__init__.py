"""The administration pages: company, operators, settings and the audit log."""
