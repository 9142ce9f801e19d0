"""The persons list: lazy table model, columns and the page with search and filters."""
