"""Read side: queries that return plain records (crmdesk.domain.records) for the UI and the command line."""
