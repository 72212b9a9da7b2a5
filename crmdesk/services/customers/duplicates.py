"""Finding duplicate customers: on save (one customer) and across the whole list (the scanner).

Two customers are likely one person when they share a normalised phone number or e-mail
address, or have the same or a very similar name in the same company. Normalisation sees
through full-width digits, spaces, dashes, the +86 prefix and e-mail case (see
:mod:`crmdesk.domain.text` and :mod:`crmdesk.domain.customers.similarity`).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select

from crmdesk.db.engine import Database
from crmdesk.db.models import Customer, CustomerEmail, CustomerPhone
from crmdesk.domain.customers.customer import CustomerInput
from crmdesk.domain.customers.similarity import REASON_ORDER, company_key, name_key, name_reason
from crmdesk.domain.progress import ProgressCallback, no_progress
from crmdesk.domain.text import fold, has_han, normalize_email, normalize_phone
from crmdesk.services.customers.store import CustomerSummary, customer_rows

MAX_GROUP = 50  # a phone shared by more customers is a placeholder (a switchboard), not a person
MAX_SIMILAR_GROUP = 400  # company size up to which every pair of names is compared
MAX_PAIRS = 2000


@dataclass(frozen=True)
class DuplicateMatch:
    """An existing customer that looks like the one being saved, and why."""

    customer_id: int
    name: str
    company: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class DuplicatePair:
    """Two customers that are probably the same person; ``a.id < b.id``."""

    a: CustomerSummary
    b: CustomerSummary
    reasons: tuple[str, ...]


def _ordered(reasons: Iterable[str]) -> tuple[str, ...]:
    found = set(reasons)
    return tuple(r for r in REASON_ORDER if r in found)


def _name_probes(name: str) -> list[str]:
    """Parts of the name that a similar name shares, for a cheap LIKE pre-selection."""
    key = name_key(name)
    if has_han(key):
        return [key[:2]]  # the family name (and maybe more): "张 伟" is stored as 张伟
    return [t for t in fold(name).split() if len(t) >= 2] or ([key] if key else [])


def find_duplicates_for(
    db: Database, data: CustomerInput, exclude_id: int | None = None
) -> list[DuplicateMatch]:
    """Customers (not in the recycle bin) that the customer being saved probably duplicates."""
    phones = {normalize_phone(p) for p in data.phones} - {""}
    emails = {normalize_email(e) for e in data.emails} - {""}
    reasons: dict[int, set[str]] = defaultdict(set)
    people: dict[int, tuple[str, str]] = {}
    active = Customer.live()
    others = Customer.id != exclude_id if exclude_id is not None else active
    with db.session() as session:
        conn = session.connection()
        if phones:
            for cid, name, company in conn.execute(
                select(Customer.id, Customer.name, Customer.company)
                .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
                .where(active, others, CustomerPhone.normalized.in_(phones))
            ):
                reasons[cid].add("phone")
                people[cid] = (name, company)
        if emails:
            for cid, name, company in conn.execute(
                select(Customer.id, Customer.name, Customer.company)
                .join(CustomerEmail, CustomerEmail.customer_id == Customer.id)
                .where(active, others, CustomerEmail.normalized.in_(emails))
            ):
                reasons[cid].add("email")
                people[cid] = (name, company)
        probes = _name_probes(data.name)
        if probes:
            # LIKE narrows 100,000 customers to the few sharing a part of the name
            like = or_(*(Customer.search_text.contains(p, autoescape=True) for p in probes))
            for cid, name, company in conn.execute(
                select(Customer.id, Customer.name, Customer.company).where(active, others, like)
            ):
                reason = name_reason(data.name, data.company, name, company)
                if reason is not None:
                    reasons[cid].add(reason)
                    people[cid] = (name, company)
    matches = [
        DuplicateMatch(cid, people[cid][0], people[cid][1], _ordered(found))
        for cid, found in reasons.items()
    ]
    matches.sort(key=lambda m: (REASON_ORDER.index(m.reasons[0]), m.name, m.customer_id))
    return matches


def _pairs_in(
    groups: Iterable[list[int]], reason: str, found: dict[tuple[int, int], set[str]]
) -> None:
    for ids in groups:
        unique = sorted(set(ids))
        if len(unique) < 2 or len(unique) > MAX_GROUP:
            continue
        for a, b in itertools.combinations(unique, 2):
            found.setdefault((a, b), set()).add(reason)


def scan_duplicates(db: Database, progress: ProgressCallback = no_progress) -> list[DuplicatePair]:
    """Likely duplicate pairs among all customers, strongest reasons first (at most 2,000)."""
    found: dict[tuple[int, int], set[str]] = {}
    with db.session() as session:
        conn = session.connection()
        for model, column, reason in (
            (CustomerPhone, CustomerPhone.normalized, "phone"),
            (CustomerEmail, CustomerEmail.normalized, "email"),
        ):
            groups: dict[str, list[int]] = defaultdict(list)
            for value, cid in conn.execute(
                select(column, model.customer_id)
                .join(Customer, Customer.id == model.customer_id)
                .where(Customer.live(), column != "")
            ):
                groups[value].append(cid)
            _pairs_in(groups.values(), reason, found)
        progress(1, 3)
        by_company: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        for cid, name, company in conn.execute(
            select(Customer.id, Customer.name, Customer.company).where(Customer.live())
        ):
            by_company[company_key(company)].append((cid, name, company))
    progress(2, 3)
    for key, people in by_company.items():
        same_name: dict[str, list[int]] = defaultdict(list)
        for cid, name, _ in people:
            same_name[name_key(name)].append(cid)
        _pairs_in(same_name.values(), "name", found)
        if not key or len(people) > MAX_SIMILAR_GROUP:
            continue
        for (ida, na, ca), (idb, nb, cb) in itertools.combinations(people, 2):
            if abs(len(na) - len(nb)) <= 3 and name_reason(na, ca, nb, cb) == "similar_name":
                found.setdefault((min(ida, idb), max(ida, idb)), set()).add("similar_name")
    ranked = sorted(
        found.items(), key=lambda item: (min(REASON_ORDER.index(r) for r in item[1]), item[0])
    )[:MAX_PAIRS]
    ids = sorted({i for pair, _ in ranked for i in pair})
    rows: dict[int, CustomerSummary] = {}
    for start in range(0, len(ids), 500):
        rows.update((r.id, r) for r in customer_rows(db, ids[start : start + 500]))
    progress(3, 3)
    return [
        DuplicatePair(rows[a], rows[b], _ordered(reasons))
        for (a, b), reasons in ranked
        if a in rows and b in rows
    ]
