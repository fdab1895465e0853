"""Printing: the account plan export dialog."""
