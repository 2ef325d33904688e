"""Benchmarks and evaluation scripts for the reader (not part of the installed package)."""
