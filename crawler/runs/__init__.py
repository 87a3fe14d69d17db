"""Unattended operation: run records and outcomes, the database lock, run logs."""
