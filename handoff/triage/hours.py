"""When a person will answer: open now, or the next opening in the clinic's own time."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAY_NAMES_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


@dataclass(frozen=True)
class NextReply:
    open_now: bool
    opens_at: datetime | None = None  # clinic-local time of the next opening, when closed
    days_ahead: int = 0

    def phrase(self) -> str:
        """How we tell the patient when a person will text back (English)."""
        if self.open_now:
            return "a team member will text you back shortly"
        if self.opens_at is None:
            return "a team member will text you back as soon as they can"
        clock = _clock(self.opens_at.time())
        if self.days_ahead == 0:
            when = f"at {clock} today"
        elif self.days_ahead == 1:
            when = f"at {clock} tomorrow"
        else:
            when = f"{DAY_NAMES[self.opens_at.weekday()]} at {clock}"
        return f"we're closed right now, so a team member will text you back when we open {when}"

    def phrase_es(self) -> str:
        if self.open_now:
            return "un miembro de nuestro equipo te responderá en breve"
        if self.opens_at is None:
            return "un miembro de nuestro equipo te responderá lo antes posible"
        clock = self.opens_at.strftime("%H:%M")
        if self.days_ahead == 0:
            when = f"hoy a las {clock}"
        elif self.days_ahead == 1:
            when = f"mañana a las {clock}"
        else:
            when = f"el {DAY_NAMES_ES[self.opens_at.weekday()]} a las {clock}"
        return f"un miembro de nuestro equipo te responderá cuando abramos, {when}"


def next_reply(
    *, business_hours: Mapping[str, list[str]], timezone: str, at: datetime
) -> NextReply:
    """Whether the clinic is open at `at`, and if not, when it next opens (within a week)."""
    zone = _zone(timezone)
    local = (at if at.tzinfo else at.replace(tzinfo=zone)).astimezone(zone)
    if not any(_ranges(business_hours, day) for day in DAY_KEYS):
        return NextReply(open_now=False)
    for ahead in range(8):
        day = local.date() + timedelta(days=ahead)
        for start, end in _ranges(business_hours, DAY_KEYS[day.weekday()]):
            if ahead == 0 and start <= local.time() < end:
                return NextReply(open_now=True)
            if ahead > 0 or local.time() < start:
                opens = datetime.combine(day, start, tzinfo=zone)
                return NextReply(
                    open_now=False, opens_at=opens, days_ahead=_days(local.date(), day)
                )
    return NextReply(open_now=False)


def _ranges(business_hours: Mapping[str, list[str]], key: str) -> list[tuple[time, time]]:
    values = list(business_hours.get(key) or [])
    ranges: list[tuple[time, time]] = []
    for i in range(0, len(values) - 1, 2):
        try:
            start, end = time.fromisoformat(values[i]), time.fromisoformat(values[i + 1])
        except (TypeError, ValueError):
            continue
        if start < end:
            ranges.append((start, end))
    return sorted(ranges)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _days(today: date, day: date) -> int:
    return (day - today).days


def _clock(value: time) -> str:
    hour = value.hour % 12 or 12
    suffix = "AM" if value.hour < 12 else "PM"
    return f"{hour}:{value.minute:02d} {suffix}"


def now() -> datetime:
    return datetime.now(UTC)
