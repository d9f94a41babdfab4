"""基地申报: the self-assessment, the rules register, declarations, the year's programme, the
application drafts and the evidence binder (004; 003 §5)."""
