"""letters layer of crmdesk."""
