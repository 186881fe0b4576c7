"""The PDF restructuring proposal (reportlab; no Qt, no SQL)."""
