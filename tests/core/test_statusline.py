"""The status line's parts: Claude Code's stdin, the login, the snapshot view, the line."""

from __future__ import annotations

import io
import json
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.cli.cached import (
    build_parser,
    colour_wanted,
    is_cached_command,
    login_identity,
    quick_parse,
)
from core.cli.cached import main as cached_main
from core.cli.statusline import (
    NO_DATA_LINE,
    TEMPLATE_FIELDS,
    StatusInput,
    TemplateError,
    choose_account,
    parse_status_input,
    status_line,
)
from core.credentials.location import ClaudeCodeEnv, locate
from core.credentials.login_file import LoginIdentity, global_config_file, read_login_identity
from core.models import Limit, OAuthUsage, UsageWindow
from core.usage.snapshot_view import Gauge, SnapshotView, binding_gauge, read_snapshot_views
from core.usage.snapshots import SnapshotCache

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
EXAMPLES = int(os.environ.get("FAULT_EXAMPLES", "25"))


def view(
    name: str, uuid: str | None, email: str | None, fetched: int = 0, **kw: object
) -> SnapshotView:
    base = SnapshotView(
        name=name,
        email=email,
        account_uuid=uuid,
        fetched_at=NOW - timedelta(minutes=fetched),
        session=Gauge("5h", 37.0, NOW + timedelta(hours=1, minutes=59)),
        week=Gauge("wk", 41.0, NOW + timedelta(days=2)),
        models=(Gauge("Opus", 93.0, None),),
    )
    return base._replace(**kw)


STATUS_KEYS = st.sampled_from(
    ["rate_limits", "five_hour", "seven_day", "used_percentage", "resets_at", "model"]
)


def _nested(children: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.lists(children, max_size=3) | st.dictionaries(STATUS_KEYS, children, max_size=4)


# JSON built from the status line's own keys, so the shapes it looks into are hit often.
JSON_DOCUMENTS = st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(), _nested, max_leaves=20
)
WORK = view("Work", "u-work", "work@example.com", fetched=10)
HOME = view("Home", "u-home", "home@example.com", fetched=5)


# -- Claude Code's JSON ---------------------------------------------------------------------


def test_parse_the_documented_fields() -> None:
    document = {
        "session_id": "abc",
        "model": {"id": "claude-opus-4-6", "display_name": "Opus"},
        "workspace": {"current_dir": "/x"},
        "rate_limits": {
            "five_hour": {"used_percentage": 23.5, "resets_at": 1738425600},
            "seven_day": {"used_percentage": 41.2, "resets_at": "2025-02-06T16:00:00+00:00"},
        },
    }
    status = parse_status_input(json.dumps(document))
    assert status.session == Gauge("5h", 23.5, datetime(2025, 2, 1, 16, 0, tzinfo=UTC))
    assert status.week == Gauge("wk", 41.2, datetime(2025, 2, 6, 16, 0, tzinfo=UTC))
    assert status.model == "Opus"


@pytest.mark.faults
@pytest.mark.parametrize(
    "text",
    ["", "   ", "{", "null", "[]", '"x"', '{"rate_limits": []}', '{"model": "Opus"}',
     '{"rate_limits": {"five_hour": {"used_percentage": "12"}}}',
     '{"rate_limits": {"five_hour": {"used_percentage": true}}}',
     '{"rate_limits": {"five_hour": {"used_percentage": NaN}}}',
     '{"rate_limits": {"five_hour": {"used_percentage": -3}}}',
     "[" * 100_000],
)  # fmt: skip
def test_anything_malformed_is_no_figures(text: str) -> None:
    assert parse_status_input(text) == StatusInput()


@pytest.mark.faults
def test_unusable_reset_times_are_unknown_not_fatal() -> None:
    for resets_at in (10**20, "tomorrow", "2025-02-06T16:00:00", None, [1]):
        window = {"used_percentage": 5, "resets_at": resets_at}
        status = parse_status_input(json.dumps({"rate_limits": {"five_hour": window}}))
        assert status.session == Gauge("5h", 5.0, None)


@pytest.mark.faults
@settings(max_examples=EXAMPLES, deadline=None)
@given(JSON_DOCUMENTS)
def test_any_json_gives_a_line_never_an_error(document: object) -> None:
    status = parse_status_input(json.dumps(document))
    assert isinstance(status_line([WORK], None, status, NOW), str)


# -- which account ----------------------------------------------------------------------------


def test_login_picks_by_uuid_then_by_email_ignoring_case() -> None:
    views = [WORK, HOME]
    assert choose_account(views, LoginIdentity("u-home", "work@example.com")) == (HOME, True)
    assert choose_account(views, LoginIdentity(None, "HOME@Example.com")) == (HOME, True)
    assert choose_account(views, LoginIdentity("u-other", None)) == (HOME, False)  # latest
    assert choose_account(views, None) == (HOME, False)
    assert choose_account([], None) == (None, False)


def test_stdin_figures_replace_only_the_matching_logins() -> None:
    fresh = StatusInput(session=Gauge("5h", 70.0, None))
    matched = status_line([WORK, HOME], LoginIdentity("u-work", None), fresh, NOW)
    assert matched == "Work 70% 5h · 41% wk · Opus 93%!"
    unknown = status_line([WORK, HOME], LoginIdentity("u-else", None), fresh, NOW)
    assert unknown == "Claude 70%! 5h"  # Claude Code's figures are not Home's


def test_no_data_at_all() -> None:
    assert status_line([], None, StatusInput(), NOW) == NO_DATA_LINE


# -- the line -------------------------------------------------------------------------------


def test_default_line_marks_the_binding_limit_from_fifty_percent() -> None:
    assert status_line([WORK], None, StatusInput(), NOW) == (
        "Work 37% 5h (1h59m) · 41% wk · Opus 93%!"
    )
    calm = WORK._replace(models=())
    assert status_line([calm], None, StatusInput(), NOW) == "Work 37% 5h (1h59m) · 41% wk"


def test_binding_is_the_fullest_first_on_a_tie() -> None:
    a, b = Gauge("5h", 60.0, None), Gauge("wk", 60.0, None)
    assert binding_gauge((a, b)) is a
    assert binding_gauge((a, Gauge("Opus", 61.0, None))).label == "Opus"
    assert binding_gauge(()) is None


def test_colour_by_band() -> None:
    line = status_line([WORK], None, StatusInput(), NOW, colour=True)
    assert "\x1b[32m37%\x1b[0m 5h" in line  # green
    assert "Opus \x1b[38;5;208m93%!\x1b[0m" in line  # orange


def test_every_documented_field_renders() -> None:
    template = " ".join(f"{{{name}}}" for name in TEMPLATE_FIELDS)
    status = StatusInput(model="Opus 4.6")
    assert status_line([WORK], None, status, NOW, template=template) == (
        "Work work@example.com 37 1h59m 41 2d0h Opus 93%! Opus 93 Opus 4.6 "
        "Work 37% 5h (1h59m) · 41% wk · Opus 93%!"
    )


@pytest.mark.faults
@pytest.mark.parametrize("template", ["{nope}", "{session", "{0}", "{name.nope}"])
def test_bad_templates_raise_a_clear_error(template: str) -> None:
    with pytest.raises(TemplateError):
        status_line([WORK], None, StatusInput(), NOW, template=template)


@pytest.mark.faults
def test_control_characters_never_reach_the_terminal() -> None:
    hostile = WORK._replace(name="W\x1b]0;owned\x07", models=(Gauge("O\x1b[2J", 1.0, None),))
    line = status_line(
        [hostile], None, StatusInput(model="\x1b[31m"), NOW, template="{name}{model}\x1b|{models}"
    )
    assert "\x1b" not in line


@pytest.mark.parametrize(
    ("environ", "no_color", "expected"),
    [({}, False, True), ({"NO_COLOR": "1"}, False, False), ({}, True, False),
     ({"TERM": "dumb"}, False, False), ({"TERM": "dumb", "FORCE_COLOR": "1"}, False, True),
     ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, False, False)],
)  # fmt: skip
def test_colour_choice(environ: dict[str, str], no_color: bool, expected: bool) -> None:
    assert colour_wanted(environ, no_color) is expected


# -- the snapshot view reads what SnapshotCache writes -----------------------------------------


def test_view_of_a_saved_snapshot(tmp_path: Path) -> None:
    week = UsageWindow(percent=41.0, resets_at=NOW + timedelta(days=2))
    usage = OAuthUsage(
        account_name="Work",
        email="work@example.com",
        session=UsageWindow(percent=37.0, resets_at=NOW + timedelta(hours=2)),
        weekly=week,
        windows={"five_hour": UsageWindow(percent=37.0, resets_at=NOW + timedelta(hours=2)),
                 "seven_day": week},
        model_weekly={"Opus": UsageWindow(percent=93.0, resets_at=None)},
        limits=(Limit(kind="weekly_scoped", group=None, percent=93.0, severity="warning",
                      resets_at=None, is_active=True, model_name="Opus"),),
        fetched_at=NOW,
        account_id="u-work",
    )  # fmt: skip
    SnapshotCache(tmp_path).save("key-1", usage)
    (tmp_path / "damaged.json").write_text("{", encoding="utf-8")
    (tmp_path / "other.json").write_text(json.dumps({"version": 99}), encoding="utf-8")
    [seen] = read_snapshot_views(tmp_path)
    assert seen == SnapshotView(
        name="Work",
        email="work@example.com",
        account_uuid="u-work",
        fetched_at=NOW,
        session=Gauge("5h", 37.0, NOW + timedelta(hours=2)),
        week=Gauge("wk", 41.0, NOW + timedelta(days=2)),
        models=(Gauge("Opus", 93.0, None),),
        binding_label="Opus",  # the active limits[] entry, a server "warning"
        binding_severity=1,
    )


def test_no_snapshot_folder_is_no_views(tmp_path: Path) -> None:
    assert read_snapshot_views(tmp_path / "missing") == []


# -- Claude Code's login --------------------------------------------------------------------


def test_claude_json_follows_claude_config_dir(tmp_path: Path) -> None:
    home, custom = tmp_path / "home", tmp_path / "custom"
    assert global_config_file(home / ".claude", home, custom=False) == home / ".claude.json"
    assert global_config_file(custom, home, custom=True) == custom / ".claude.json"
    custom.mkdir()
    (custom / ".config.json").write_text("{}", encoding="utf-8")
    assert global_config_file(custom, home, custom=True) == custom / ".config.json"
    env = ClaudeCodeEnv(config_dir_text=str(custom))  # the credentials' rule is the same one
    assert locate("linux", None, env).global_config_file() == custom / ".config.json"


@pytest.mark.faults
@pytest.mark.parametrize(
    ("content", "expected"),
    [('{"oauthAccount": {"accountUuid": "u", "emailAddress": "a@b"}}', LoginIdentity("u", "a@b")),
     ('{"oauthAccount": {"accountUuid": 7, "emailAddress": ""}}', LoginIdentity(None, None)),
     ('{"oauthAccount": []}', None), ("[]", None), ("{", None)],
)  # fmt: skip
def test_login_identity(tmp_path: Path, content: str, expected: LoginIdentity | None) -> None:
    path = tmp_path / ".claude.json"
    path.write_text(content, encoding="utf-8")
    assert read_login_identity(path) == expected
    assert read_login_identity(tmp_path / "missing.json") is None


# -- the quick parser means what argparse means ---------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [["statusline"], ["statusline", "--no-color"], ["statusline", "--format", "{name}"],
     ["statusline", "--format={name} {week}"], ["usage", "--format", "waybar"],
     ["usage", "Work", "--format=tmux"], ["usage", "--format", "plain", "Home"]],
)  # fmt: skip
def test_quick_parse_agrees_with_argparse(argv: list[str]) -> None:
    quick, full = quick_parse(argv), build_parser().parse_args(argv)
    assert quick is not None
    keys = ("template", "no_color") if argv[0] == "statusline" else ("format", "name")
    assert [getattr(quick, key) for key in keys] == [getattr(full, key) for key in keys]


@pytest.mark.parametrize(
    "argv",
    [["statusline", "-h"], ["statusline", "--format"], ["statusline", "extra"],
     ["usage", "--format", "nope"], ["usage", "a", "b", "--format", "plain"],
     ["usage", "--form", "x"]],
)  # fmt: skip
def test_quick_parse_leaves_the_rest_to_argparse(argv: list[str]) -> None:
    assert quick_parse(argv) is None


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_login_identity_where_claude_code_looks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    """Default folder: ~/.claude.json, the home being %USERPROFILE% on Windows (Node's
    homedir()); a custom CLAUDE_CONFIG_DIR: the .claude.json inside it."""
    monkeypatch.setattr(sys, "platform", platform)
    profile, home, custom = tmp_path / "profile", tmp_path / "me", tmp_path / "custom"
    monkeypatch.setenv("HOME", str(home))
    for folder, uuid in ((profile, "u-profile"), (home, "u-home"), (custom, "u-custom")):
        folder.mkdir()
        login = {"oauthAccount": {"accountUuid": uuid}}
        (folder / ".claude.json").write_text(json.dumps(login), encoding="utf-8")
    default_home = "u-profile" if platform == "win32" else "u-home"
    found = login_identity({"USERPROFILE": str(profile)})
    assert found == LoginIdentity(default_home, None)
    assert login_identity({"CLAUDE_CONFIG_DIR": str(custom)}) == LoginIdentity("u-custom", None)


# -- the edge, in process ---------------------------------------------------------------------


def seeded_environment(tmp_path: Path) -> dict[str, str]:
    """A data folder with Work's snapshot and Claude Code logged in as Work."""
    window = UsageWindow(percent=37.0, resets_at=datetime.now(UTC) + timedelta(hours=2))
    usage = OAuthUsage(account_name="Work", email="w@example.com", account_id="u-work",
                       windows={"five_hour": window}, fetched_at=NOW)  # fmt: skip
    SnapshotCache(tmp_path / "data" / "snapshots").save("key", usage)
    (tmp_path / "claude").mkdir()
    login = {"oauthAccount": {"accountUuid": "u-work"}}
    (tmp_path / "claude" / ".claude.json").write_text(json.dumps(login), encoding="utf-8")
    return {
        "CLAUDE_USAGE_HOME": str(tmp_path / "data"),
        "CLAUDE_CONFIG_DIR": str(tmp_path / "claude"),
        "NO_COLOR": "1",
    }


def run_cached(argv: list[str], environ: dict[str, str], stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    status = cached_main(argv, environ, io.StringIO(stdin), out)
    return status, out.getvalue()


def test_edge_statusline_and_bars(tmp_path: Path) -> None:
    environ = seeded_environment(tmp_path)
    assert run_cached(["statusline"], environ)[1].startswith("Work 37% 5h (1h")
    assert run_cached(["statusline", "--format", "{x}"], environ)[1].startswith(
        "Claude Usage: --format: unknown field {x}"
    )
    assert run_cached(["usage", "--format", "plain"], environ) == (0, "Work 37% 5h\n")
    assert run_cached(["usage", "--form", "plain", "WORK"], environ) == (0, "Work 37% 5h\n")


def test_edge_unknown_name_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cached(["usage", "Nobody", "--format", "plain"], seeded_environment(tmp_path)) == (
        1,
        "",
    )
    assert "No account named 'Nobody' has usage saved yet" in capsys.readouterr().err


def test_edge_help_and_mistakes_are_argparses(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as shown:
        run_cached(["statusline", "--help"], {})
    assert shown.value.code == 0
    with pytest.raises(SystemExit) as refused:
        run_cached(["usage", "--format", "lemonbar"], {})
    assert refused.value.code == 2


@pytest.mark.faults
def test_edge_survives_a_closed_reader_and_unreadable_stdin(tmp_path: Path) -> None:
    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError

    class Broken(io.StringIO):
        def read(self, size: int | None = -1) -> str:
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")

    environ = seeded_environment(tmp_path)
    assert cached_main(["statusline"], environ, io.StringIO(""), Closed()) == 0
    out = io.StringIO()
    assert cached_main(["statusline"], environ, Broken(), out) == 0
    assert out.getvalue().startswith("Work 37% 5h")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [(["statusline"], True), (["usage", "--format", "waybar"], True),
     (["usage", "--format=tmux", "Work"], True),
     (["usage", "--format", "plain", "--refresh"], False),
     (["usage"], False), ([], False), (["list"], False), (["-v", "statusline"], False)],
)  # fmt: skip
def test_which_commands_take_the_fast_path(argv: list[str], expected: bool) -> None:
    assert is_cached_command(argv) is expected
