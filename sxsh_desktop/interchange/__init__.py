"""The assessment document (JSON, format 1) and its JSON Schema: the contract with the ministry."""
