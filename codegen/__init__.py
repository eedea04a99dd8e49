"""Emitters that turn programs into C and JAX code."""
