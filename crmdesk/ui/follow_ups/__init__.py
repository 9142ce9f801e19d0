"""Follow-ups (Wiedervorlage): list, new/edit/complete dialogs and the .ics export."""
