"""The companies list: its page with search and filters over the lazy table model."""
