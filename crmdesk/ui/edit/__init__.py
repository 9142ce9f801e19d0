"""Edit dialogs for persons and companies: fields, titles picker, validation, conflicts, deleting."""
