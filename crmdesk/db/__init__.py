"""Database layer: peewee models, opening/migrating/locking, derived columns, backups.

The package splits what house style keeps in one db.py, because opening, migrating and backing
up a SQLite file safely is more than one 400-line module can hold readably.
"""
