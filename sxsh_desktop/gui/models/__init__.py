"""Qt item models over domain rows (plain lists of dataclasses); edits go through the workspace."""
