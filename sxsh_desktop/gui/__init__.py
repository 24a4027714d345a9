"""The desktop face of SXSH Desktop (PySide6). The only package that imports Qt."""
