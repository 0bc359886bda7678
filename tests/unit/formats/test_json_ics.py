"""The JSON whole-store export and the iCalendar deadline export."""

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from casedesk.formats.errors import FormatError
from casedesk.formats.ics import IcsEvent, write_ics
from casedesk.formats.json_dump import EXPORT_FORMAT, dumps, read_json, write_json

NEW_YORK = ZoneInfo("America/New_York")


def test_json_round_trip(tmp_path):
    path = tmp_path / "export.json"
    document = {
        "clients": [{"surname": "Peña", "dob": date(1990, 3, 15)}],
        "exported_at": datetime(2025, 5, 1, 12, tzinfo=UTC),
    }
    write_json(path, document)
    text = path.read_text("utf-8")
    assert "Peña" in text  # not \u00f1
    assert text.index('"clients"') < text.index('"format"') < text.index('"version"')
    read = read_json(path)
    assert read["format"] == EXPORT_FORMAT
    assert read["version"] == 1
    assert read["clients"] == [{"surname": "Peña", "dob": "1990-03-15"}]
    assert dumps(document) == text  # stable output for diffs between backups


def test_json_writer_rejects_programming_mistakes(tmp_path):
    with pytest.raises(ValueError, match="expected 'casedesk-export'"):
        dumps({"format": "other"})
    with pytest.raises(TypeError, match="cannot write set"):
        dumps({"x": {1}})
    with pytest.raises(ValueError, match="Out of range float"):
        dumps({"x": float("nan")})


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b'{"format": "casedesk-export", "version": 1, "a": ',
            "is not valid JSON \\(line 1, column",
        ),
        (b"[1, 2]", "is JSON but not a casedesk export"),
        (b'{"format": "other", "version": 1}', "is JSON but not a casedesk export"),
        (
            b'{"format": "casedesk-export", "version": 2}',
            "made by a newer casedesk \\(export version 2",
        ),
        (b'{"format": "casedesk-export", "version": "1"}', "no valid export version"),
        (b'{"format": "casedesk-export", "version": true}', "no valid export version"),
        (
            b'{"format": "casedesk-export", "version": 1, "a": 1, "a": 2}',
            "the key 'a' appears twice",
        ),
        (b'{"format": "casedesk-export", "version": 1, "a": NaN}', "contains NaN"),
        (b'\xff\xfe{"format"}', "is not UTF-8 text"),
    ],
)
def test_json_reader_refuses(data, message):
    with pytest.raises(FormatError, match=message):
        read_json(data, name="backup.json")


def test_json_reader_accepts_bom_and_enforces_size(tmp_path):
    data = b'\xef\xbb\xbf{"format": "casedesk-export", "version": 1}'
    assert read_json(data)["version"] == 1
    with pytest.raises(FormatError, match="casedesk reads files up to"):
        read_json(data, max_bytes=10)


def _events() -> list[IcsEvent]:
    return [
        IcsEvent("deadline-1@casedesk", datetime(2025, 4, 7, 23, 59, tzinfo=NEW_YORK), "Facilitate return", "Order of 4 April 2025; D. Md.", url="https://example.org/order"),
        IcsEvent("deadline-2@casedesk", datetime(2025, 4, 8, 9, 30, tzinfo=timezone(timedelta(hours=-4))), "Declaration due", end=datetime(2025, 4, 8, 14, tzinfo=UTC)),
    ]  # fmt: skip


def test_ics_parses_back(tmp_path):
    path = tmp_path / "deadlines.ics"
    now = datetime(2025, 4, 5, 12, tzinfo=UTC)
    assert write_ics(path, _events(), calendar_name="Deadlines", now=now) == 2
    calendar = Calendar.from_ical(path.read_bytes())
    assert str(calendar["version"]) == "2.0"
    assert "casedesk" in str(calendar["prodid"])
    assert str(calendar["x-wr-calname"]) == "Deadlines"
    events = calendar.walk("VEVENT")
    assert [str(e["uid"]) for e in events] == ["deadline-1@casedesk", "deadline-2@casedesk"]
    first, second = events
    assert first.decoded("dtstart") == datetime(2025, 4, 8, 3, 59, tzinfo=UTC)
    assert first.decoded("dtend") - first.decoded("dtstart") == timedelta(minutes=15)
    assert first.decoded("dtstamp") == now
    assert str(first["description"]) == "Order of 4 April 2025; D. Md."
    assert str(first["url"]) == "https://example.org/order"
    assert second.decoded("dtstart") == datetime(2025, 4, 8, 13, 30, tzinfo=UTC)
    assert second.decoded("dtend") == datetime(2025, 4, 8, 14, tzinfo=UTC)
    alarms = first.walk("VALARM")
    assert len(alarms) == 1
    assert alarms[0].decoded("trigger") == timedelta(days=-1)
    assert str(alarms[0]["action"]) == "DISPLAY"
    assert b"DTSTART:20250408T035900Z" in path.read_bytes()


def test_ics_same_uids_on_re_export(tmp_path):
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    write_ics(first, _events(), calendar_name="D")
    write_ics(second, _events(), calendar_name="D")
    uids = [
        [str(e["uid"]) for e in Calendar.from_ical(p.read_bytes()).walk("VEVENT")]
        for p in (first, second)
    ]
    assert uids[0] == uids[1]


def test_ics_rejects_naive_and_duplicate(tmp_path):
    with pytest.raises(ValueError, match="timezone-aware"):
        IcsEvent("x", datetime(2025, 4, 7), "naive")
    with pytest.raises(ValueError, match="end is before start"):
        IcsEvent("x", datetime(2025, 4, 7, tzinfo=UTC), "s", end=datetime(2025, 4, 6, tzinfo=UTC))
    event = _events()[0]
    with pytest.raises(ValueError, match="duplicate event uid"):
        write_ics(tmp_path / "d.ics", [event, event], calendar_name="D")
