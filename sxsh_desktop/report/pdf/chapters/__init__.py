"""The chapters of the report, one module each; `document.Report.story` puts them in order."""
