"""Laying content out with ReportLab: styles, flowables, the story and the page templates."""
