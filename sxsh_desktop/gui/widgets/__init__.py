"""Widgets shared by the task pages: quantity entry, choice delegates, embedded charts."""
