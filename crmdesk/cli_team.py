"""The command line of the team edition (a shared PostgreSQL database).

    crmdesk --database-url URL setup --owner NAME          create the schema and first owner
    crmdesk --database-url URL --user NAME COMMAND ...      any command, signed in as NAME
    crmdesk --data-dir DIR migrate --to URL --owner NAME    move a single-user database over

The URL comes from ``--database-url`` or ``CRMDESK_DATABASE_URL``; the password from
``CRMDESK_PASSWORD`` or, on a terminal, a prompt. It is never part of the URL that is shown or
logged. A wrong password, a locked name or a missing right is exit 2 with one line.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from crmdesk.domain.errors import UserError

ENV_URL = "CRMDESK_DATABASE_URL"
ENV_PASSWORD = "CRMDESK_PASSWORD"
ENV_NEW_PASSWORD = "CRMDESK_NEW_PASSWORD"  # for `users add`: the new person's password


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url",
        default=os.environ.get(ENV_URL) or None,
        metavar="URL",
        help="a shared PostgreSQL database (postgresql://user@host/db) instead of the data"
        f" folder's (default: {ENV_URL})",
    )
    parser.add_argument(
        "--user",
        default=None,
        metavar="NAME",
        help=f"sign in to the shared database as NAME (password: {ENV_PASSWORD} or a prompt)",
    )


def add_commands(sub: Any) -> None:
    p = sub.add_parser("setup", help="create a shared database's schema and its first owner")
    p.add_argument("--owner", required=True, metavar="NAME")
    p.set_defaults(handler=cmd_setup)
    p = sub.add_parser("migrate", help="copy this data folder's database into a shared one")
    p.add_argument("--to", required=True, metavar="URL", help="an empty PostgreSQL database")
    p.add_argument("--owner", required=True, metavar="NAME", help="its first owner")
    p.set_defaults(handler=cmd_migrate)
    p = sub.add_parser("users", help="the people who sign in to the shared database")
    actions = p.add_subparsers(dest="action", required=True)
    a = actions.add_parser("add", help="add a user (owners only)")
    a.add_argument("name")
    a.add_argument("--role", required=True, choices=("owner", "sales", "service", "viewer"))
    a.set_defaults(handler=cmd_users_add)
    a = actions.add_parser("list", help="list the users")
    a.set_defaults(handler=cmd_users_list)


def password(prompt: str, variable: str = ENV_PASSWORD) -> str:
    """The password from ``variable``, or asked for on a terminal (never echoed)."""
    given = os.environ.get(variable)
    if given:
        return given
    if not sys.stdin.isatty():
        raise UserError(f"set {variable}: there is no terminal to ask for the password")
    return getpass.getpass(prompt)


def _url(text: str | None, option: str = "--database-url") -> Any:
    from crmdesk.db.server import parse_url

    if not text:
        raise UserError(f"{option} URL is needed (or {ENV_URL})")
    return parse_url(text)


def open_shared(args: argparse.Namespace) -> Any:
    """The shared database, signed in as ``--user``."""
    from crmdesk.db.server import open_server
    from crmdesk.services.team.users import sign_in

    if not args.user:
        raise UserError("--user NAME: sign in to the shared database")
    db = open_server(_url(args.database_url), create=False)
    sign_in(db, args.user, password(f"Password for {args.user}: "))
    return db


def cmd_setup(args: argparse.Namespace) -> int:
    from crmdesk.db.server import open_server, safe_text
    from crmdesk.services.team.users import create_first_owner

    url = _url(args.database_url)
    db = open_server(url, create=True)
    try:
        create_first_owner(db, args.owner, password(f"New password for {args.owner}: "))
    finally:
        db.dispose()
    print(f"{safe_text(url)}: ready; {args.owner} is its owner")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from crmdesk.db.server import open_server, safe_text
    from crmdesk.paths import DataDir, resolve_data_dir
    from crmdesk.services.storage import open_database
    from crmdesk.services.team.transfer import migrate_to_server
    from crmdesk.services.team.users import create_first_owner, has_users, sign_in

    if args.database_url:
        raise UserError("migrate: give the shared database as --to URL, not --database-url")
    url = _url(args.to, "--to")
    source = open_database(DataDir(resolve_data_dir(args.data_dir)))
    target = open_server(url, create=True)
    try:
        secret = password(f"Password for {args.owner}: ")
        if has_users(target):
            sign_in(target, args.owner, secret)
            if target.role is None or target.role.value != "owner":
                raise UserError(f"{args.owner} is not an owner of {safe_text(url)}")
        else:
            create_first_owner(target, args.owner, secret)
        copied = migrate_to_server(source, target)
    finally:
        source.dispose()
        target.dispose()
    print(f"{safe_text(url)}: {copied.total} rows copied; {args.owner} is an owner")
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    from crmdesk.services.team.users import add_user

    db = open_shared(args)
    try:
        secret = password(f"New password for {args.name}: ", ENV_NEW_PASSWORD)
        user = add_user(db, args.name, secret, args.role)
    finally:
        db.dispose()
    print(f"{user.name}: {user.role.value}")
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    from crmdesk.services.team.users import list_users

    db = open_shared(args)
    try:
        for user in list_users(db):
            state = "disabled" if user.disabled else "active"
            print(f"{user.name}\t{user.role.value}\t{state}")
    finally:
        db.dispose()
    return 0
