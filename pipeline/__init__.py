"""Stance and sentiment tracking pipeline for news quotes about supporting Ukraine."""

__version__ = "0.1.0"
