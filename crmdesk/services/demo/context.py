"""What every demo-data step gets: the open session, the random generator, the customers made."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy.orm import Session

from crmdesk.domain.progress import ProgressCallback


@dataclass
class DemoContext:
    session: Session
    rng: random.Random
    customers: int
    now: dt.datetime
    customer_ids: list[int]
    progress: ProgressCallback
