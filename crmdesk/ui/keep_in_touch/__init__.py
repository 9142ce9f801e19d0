"""Keep in touch: the ranked list of who needs contact, the snooze dialog and the start-up message."""
