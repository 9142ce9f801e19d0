"""Start crmdesk: the window, or a command-line subcommand (see README)."""

from crmdesk.app import main

raise SystemExit(main())
