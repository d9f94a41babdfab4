"""PDF output with reportlab: fonts, page frame, forms, recovery sheet (DESIGN.md, Documents).

No Qt and no database access here: every function takes plain data and writes a PDF.
"""
