"""io layer of crmdesk."""
