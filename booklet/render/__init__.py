"""Stage 4, laying content out with ReportLab: styles, flowables, the story, diagrams, pages."""
