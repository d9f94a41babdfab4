"""The register of secret items: its page, the item detail, the item dialogs and actions,
grading, import and the register's print/export actions."""
