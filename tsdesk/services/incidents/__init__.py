"""应急处置 — leak response (003 §10, §11, §13; 000 §7.5).

`timeline`: the append-only case timeline (the one way anything is written to it);
`cases`: opening, grading (003 §13.2), the playbook and its steps, closing, drills;
`evidence`: evidence items, hashes and custody (003 §10.2); `bundle`: the "reasonable
measures" evidence assembled from TSDesk's own records; `remedies`: routes and the complaint
materials pack (003 §11, 000 §7.5.2); `prints`: the case report, evidence list, bundle, pack.
"""
