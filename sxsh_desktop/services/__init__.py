"""Services shared by the GUI and the CLI: each joins the store with the document, the numbers or
the report, so that both faces do the same thing the same way."""
