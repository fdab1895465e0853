"""The method's concepts and rules as plain Python: no Qt, no SQL."""
