"""基地申报: the self-assessment, the rules register, the year's programme; the application
form and the binder are tabs of the same page."""
