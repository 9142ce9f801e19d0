"""ui layer of crmdesk."""
