"""SXSH Desktop: cleaner-production (sản xuất sạch hơn) assessments, offline."""

__version__ = "0.1.0"
