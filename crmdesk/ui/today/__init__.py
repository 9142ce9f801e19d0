"""The Today start view: who is waiting, follow-ups due, birthdays and the team's counts."""
