"""How serious a finding is, mildest first: the levels of a label scan's verdict (services)
and the colours of the banner that shows it (the UI kit)."""

OK, INFO, WARN, BAD = "ok", "info", "warn", "bad"
LEVELS = (OK, INFO, WARN, BAD)
