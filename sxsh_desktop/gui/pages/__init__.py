"""One module per task group of the assessment; each page is a `Page` over the workspace."""
