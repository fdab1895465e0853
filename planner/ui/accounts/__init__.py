"""Accounts and their contacts: the accounts dialog."""
