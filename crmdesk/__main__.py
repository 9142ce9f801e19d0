"""`python -m crmdesk` starts the app or runs a command, exactly like main.py."""

from crmdesk.app import main

raise SystemExit(main())
