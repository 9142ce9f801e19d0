"""Letters in the app: the Letters page (templates, history), the letter and serial-letter dialogs, and the
extension that opens them from anywhere (ctx.events.letter_requested / serial_letter_requested)."""
