"""Operations on users: add, change role or password, deactivate, and signing in (argon2id)."""

from __future__ import annotations

import getpass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from crmdesk.domain.roles import OWNER, ROLES
from crmdesk.db.models import User
from crmdesk.ops.base import SYSTEM, Actor, NotFound, ValidationError, insert_row, operation, update_row

_hasher = PasswordHasher()  # argon2id with the library's RFC 9106 low-memory profile


def hash_password(password: str) -> str:
    """An argon2id hash of *password*."""
    return _hasher.hash(password)


def _check_user_values(name: str, role: str) -> None:
    problems = {}
    if not name.strip():
        problems["name"] = "A user needs a name."
    if role not in ROLES:
        problems["role"] = f"Role must be one of {', '.join(ROLES)}."
    if problems:
        raise ValidationError(problems)


def add_user(actor: Actor, *, name: str, role: str = "staff", password: str | None = None, initials: str = "",
             email: str = "", function_title: str = "") -> int:
    """Create a user; the very first user of a database may be created by anyone (bootstrap)."""
    _check_user_values(name, role)
    if User.select().where(User.name == name.strip()).exists():
        raise ValidationError({"name": f"A user named {name!r} exists already."})
    bootstrap = not User.select().exists()
    if bootstrap and role != OWNER:
        raise ValidationError({"role": "The first user of a database must be an owner."})
    acting = SYSTEM if bootstrap else actor
    with operation(acting, "users.manage") as op:
        values = {
            "name": name.strip(), "role": role, "initials": initials or _initials(name),
            "email": email, "function_title": function_title,
            "password_hash": hash_password(password) if password else None,
        }
        new_id = insert_row(op, User, values)
        op.entries[-1]["after"] = op.entries[-1]["after"].replace(values["password_hash"] or "\0", "***")
        return new_id


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split() if part)[:3].upper()


def update_user(actor: Actor, user_id: int, expected_version: int | None, **changes) -> None:
    """Change a user's name, role, initials, e-mail, function or active flag."""
    allowed = {"name", "role", "initials", "email", "phone", "function_title", "active"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError({k: "cannot be changed here" for k in unknown})
    if "role" in changes:
        _check_user_values(changes.get("name", "x"), changes["role"])
    with operation(actor, "users.manage") as op:
        update_row(op, User, user_id, expected_version, changes)
        _keep_an_owner()


def _keep_an_owner() -> None:
    if not User.select().where((User.role == OWNER) & (User.active == True)).exists():  # noqa: E712
        raise ValidationError({"role": "At least one active owner must remain."})


def set_password(actor: Actor, user_id: int, password: str | None) -> None:
    """Set or clear a password: owners for anyone, everyone for themselves."""
    acting = actor if actor.id != user_id else Actor(actor.id, actor.name, OWNER)
    with operation(acting, "users.manage") as op:
        User.update(password_hash=hash_password(password) if password else None).where(User.id == user_id).execute()
        op.audit("user", user_id, "set_password" if password else "clear_password")


def authenticate(name: str, password: str | None) -> Actor:
    """The actor for *name* if the password matches (or the user has none); else NotFound."""
    user = User.get_or_none((User.name == name) & (User.active == True))  # noqa: E712
    if user is None:
        raise NotFound(f"No active user named {name!r}.")
    if user.password_hash:
        try:
            _hasher.verify(user.password_hash, password or "")
        except (VerificationError, InvalidHashError):
            raise NotFound("Wrong password.") from None
    return Actor.from_user(user)


def ensure_first_user() -> Actor:
    """The single-person install: with no users yet, create an owner named after the OS login."""
    user = User.select().where(User.active == True).order_by(User.role != OWNER, User.id).first()  # noqa: E712
    if user is not None:
        return Actor.from_user(user)
    try:
        login = getpass.getuser()
    except Exception:  # noqa: BLE001
        login = "Owner"
    new_id = add_user(SYSTEM, name=login.capitalize() or "Owner", role=OWNER)
    return Actor.from_user(User.get_by_id(new_id))


def actor_by_name(name: str) -> Actor:
    """The actor for an active user name (command line --as); NotFound otherwise."""
    user = User.get_or_none((User.name == name) & (User.active == True))  # noqa: E712
    if user is None:
        raise NotFound(f"No active user named {name!r}.")
    return Actor.from_user(user)
