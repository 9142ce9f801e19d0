"""domain layer of crmdesk."""
