"""Evolutionary search over float32 programs: representation, mutation, selection, executors."""
