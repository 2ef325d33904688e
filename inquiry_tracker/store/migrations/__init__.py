"""Alembic environment and revisions of the tracker's schema (run by :mod:`store.migrate`)."""
