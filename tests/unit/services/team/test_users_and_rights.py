"""Signing in to a shared database and the rights of each role, enforced below the services:
a viewer's service call that would change a customer is refused by the server connection."""

from __future__ import annotations

import datetime as dt

import pytest

from crmdesk.db.guard import NotAllowedError
from crmdesk.domain.team.roles import Role
from crmdesk.services.customers.store import CustomerInput, add_customer, list_customers
from crmdesk.services.planning.store import list_plans
from crmdesk.services.team.users import (
    FREE_ATTEMPTS,
    SignInError,
    add_user,
    create_first_owner,
    list_users,
    sign_in,
)

PASSWORD = "correct horse 8"


@pytest.fixture
def shared(pg_database):
    """The test's shared database with nobody signed in yet."""
    pg_database.user_name, pg_database.role = "", None
    return pg_database


def staff(shared) -> None:
    create_first_owner(shared, "Li Na", PASSWORD)
    for name, role in (("wang", "sales"), ("zhao", "service"), ("guest", "viewer")):
        add_user(shared, name, PASSWORD, role)


def test_the_first_owner_then_staff_then_sign_in(shared) -> None:
    staff(shared)
    assert [(u.name, u.role) for u in list_users(shared)] == [
        ("guest", Role.VIEWER),
        ("Li Na", Role.OWNER),
        ("wang", Role.SALES),
        ("zhao", Role.SERVICE),
    ]
    with pytest.raises(Exception, match="already has users"):
        create_first_owner(shared, "someone", PASSWORD)
    assert sign_in(shared, "WANG", PASSWORD).role is Role.SALES
    assert (shared.user_name, shared.role) == ("wang", Role.SALES)


def test_nothing_is_read_before_signing_in(shared) -> None:
    staff(shared)
    shared.user_name, shared.role = "", None
    with pytest.raises(NotAllowedError, match="sign in first"):
        list_customers(shared)


def test_wrong_passwords_lock_the_name_for_a_while(shared) -> None:
    staff(shared)
    now = dt.datetime(2027, 1, 5, 9, 0, tzinfo=dt.UTC)
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(SignInError, match="wrong user name or password"):
            sign_in(shared, "wang", "guess guess", now)
    # locked now: even the right password is refused, and the message says for how long
    with pytest.raises(SignInError, match="locked after 5 wrong passwords"):
        sign_in(shared, "wang", PASSWORD, now + dt.timedelta(seconds=30))
    assert sign_in(shared, "wang", PASSWORD, now + dt.timedelta(minutes=2)).name == "wang"
    # an unknown name reads exactly like a wrong password
    with pytest.raises(SignInError, match=r"^wrong user name or password$"):
        sign_in(shared, "nobody", PASSWORD, now)


def test_rights_are_enforced_on_service_calls(shared) -> None:
    staff(shared)
    sign_in(shared, "guest", PASSWORD)
    with pytest.raises(NotAllowedError, match=r"guest \(Viewer\) may not change customers"):
        add_customer(shared, CustomerInput(name="张伟"))
    assert list_customers(shared) is not None  # viewers read
    with pytest.raises(NotAllowedError, match="budget plans and spending are for owners"):
        list_plans(shared)

    sign_in(shared, "wang", PASSWORD)
    customer = add_customer(shared, CustomerInput(name="张伟"))
    with pytest.raises(NotAllowedError, match="for owners"):
        list_plans(shared)
    with pytest.raises(NotAllowedError, match="may not change users"):
        add_user(shared, "sneaky", PASSWORD, "owner")

    sign_in(shared, "zhao", PASSWORD)
    with pytest.raises(NotAllowedError, match=r"zhao \(Service\) may not change customers"):
        add_customer(shared, CustomerInput(name="王芳"))

    sign_in(shared, "Li Na", PASSWORD)
    assert list_plans(shared) == []
    assert customer > 0


def test_bad_new_users_name_the_field(shared) -> None:
    with pytest.raises(Exception, match=r"^password: "):
        create_first_owner(shared, "Li Na", "short")
    create_first_owner(shared, "Li Na", PASSWORD)
    with pytest.raises(Exception, match=r"^role: 'boss' is not a role"):
        add_user(shared, "wang", PASSWORD, "boss")
    add_user(shared, "wang", PASSWORD, "sales")
    with pytest.raises(Exception, match=r"^name: 'Wang' is already a user"):
        add_user(shared, "Wang", PASSWORD, "sales")


def test_only_owners_delete_for_good(shared) -> None:
    from crmdesk.services.customers.store import delete_customers, list_customers, purge_customers

    staff(shared)
    sign_in(shared, "wang", PASSWORD)  # sales: may bin a customer, not delete it for good
    customer = add_customer(shared, CustomerInput(name="张伟"))
    delete_customers(shared, [customer])
    with pytest.raises(NotAllowedError, match=r"wang may not delete customers for good"):
        purge_customers(shared, [customer])
    sign_in(shared, "Li Na", PASSWORD)
    assert purge_customers(shared, [customer]) == 1
    assert list_customers(shared) == []
