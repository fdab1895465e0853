"""Processes: the library of tailored processes and the wizard that trims the reference process."""
