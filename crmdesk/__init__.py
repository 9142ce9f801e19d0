"""crmdesk: a desktop CRM for small businesses in Austria, Germany and Switzerland."""

import time as _time

__version__ = "0.1.0"

# The earliest moment our code runs: "first rows after N ms" in screenshot mode counts from here.
STARTED_AT = _time.perf_counter()
