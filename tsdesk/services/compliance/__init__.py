"""基地申报 (004 第六、八、十、十一条; 003 §5): the self-assessment, the rules register, the
year's programme, the application forms' drafts and 开展情况 narrative, and the binder."""
