"""The Settings page: a shell listing sections (ours: general/language and users; others register theirs)."""
