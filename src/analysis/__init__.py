"""Analyse Arabic news articles: structure, words, entities and source attribution."""
__version__ = "0.1.0"
