"""Where crmdesk keeps its files: data folder, default database, backups, letters, resources."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "crmdesk"
APP_AUTHOR = "crmdesk"

_override: Path | None = None


def use_directory(root: Path | str | None) -> None:
    """Redirect every per-user path below *root* (tests, portable installs); None restores the default."""
    global _override
    _override = Path(root) if root is not None else None


def data_dir() -> Path:
    """The per-user data folder (created on demand)."""
    path = _override if _override is not None else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    """The SQLite file used when no --db is given."""
    return data_dir() / "crmdesk.db"


def backup_dir_for(db_file: Path) -> Path:
    """Backups of *db_file* live in a `backups` folder beside the data folder's database."""
    path = Path(db_file).resolve().parent / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def letters_dir() -> Path:
    """Default output folder for letters."""
    path = data_dir() / "letters"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The repository's resources/ folder (icons, fonts, translations, templates, titles)."""
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A file below resources/."""
    return resources_dir().joinpath(*parts)
