"""The domain: quantities, the methodology, balances, savings, economics, emissions.

Pure Python: no Qt, no SQL, no files other than the shipped reference data.
"""
