"""ops layer of crmdesk."""
