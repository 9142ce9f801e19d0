"""Small reusable widgets and models: the lazy list model, the list table, search field, formatting."""
