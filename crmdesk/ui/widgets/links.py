"""Safe rich-text snippets for labels: escaped text, mailto:/tel:/web links (never raw user HTML)."""

from __future__ import annotations

import html
from urllib.parse import quote

from crmdesk.validation import phone_uri

MAX_SHOWN = 300


def esc(text: str) -> str:
    """User text made safe for a rich-text label (shortened to MAX_SHOWN characters)."""
    text = text or ""
    if len(text) > MAX_SHOWN:
        text = text[:MAX_SHOWN] + "…"
    return html.escape(text, quote=True)


def link(href: str, text: str) -> str:
    """<a href=…>text</a> with both parts escaped."""
    return f'<a href="{html.escape(href, quote=True)}">{esc(text)}</a>'


def mail_link(address: str) -> str:
    """A mailto: link ('' for an empty address)."""
    return link("mailto:" + quote(address, safe="@.+-_"), address) if address else ""


def phone_link(number: str) -> str:
    """A tel: link in E.164 form ('' for an empty number)."""
    return link(phone_uri(number), number) if number else ""


def web_link(url: str, text: str = "") -> str:
    """An http(s) link; a URL without scheme gets https://, other schemes are shown as plain text."""
    if not url:
        return ""
    target = url if "://" in url else "https://" + url
    if not target.lower().startswith(("http://", "https://")):
        return esc(url)
    return link(target, text or url)
