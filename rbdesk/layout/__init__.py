"""Tidy tree layout of a scenario, shared by the chart on screen and the PDF."""
