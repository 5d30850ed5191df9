"""The 7-day chart: the view-model carries each account's series, the painted sparkline
draws them in the band colours (or hides with fewer than two points), the setting turns it
off; and the demo seeds a week of history so a newcomer sees it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from core.models import AdminUsage
from tests.tray.helpers import NOW, oauth
from tray.cards import AccountCard, ChartRow, Sparkline
from tray.demo import HISTORY_PLANS, DemoEnvironment, prepare_environment, week_of_samples
from tray.icon import LEVEL_COLORS
from tray.viewmodel import (
    ChartModel,
    Level,
    UsageViewModel,
    ViewOptions,
    build_chart,
)

HOUR = timedelta(hours=1)
START = NOW.replace(minute=0) - timedelta(hours=10)  # ten hours of samples before now


def series(
    session: list[float], weekly: list[float] | None = None
) -> dict[str, list[tuple[datetime, float]]]:
    """Hourly points ending an hour before NOW's hour."""
    return {
        "five_hour": [(START + i * HOUR, p) for i, p in enumerate(session)],
        "seven_day": [(START + i * HOUR, p) for i, p in enumerate(weekly or [])],
    }


def chart(session: list[float], weekly: list[float] | None = None) -> ChartModel:
    built = build_chart(series(session, weekly), NOW)
    assert built is not None
    return built


# ---------------------------------------------------------------- view-model


def test_view_model_carries_the_series_into_the_cards() -> None:
    model = UsageViewModel()
    model.set_usages([oauth("Work"), AdminUsage(account_name="Org")], NOW)
    assert model.chart_accounts() == ["Work"]  # only subscription accounts have windows
    assert model.cards(NOW)[0].chart is None  # nothing loaded yet: no chart
    seen: list[int] = []
    model.subscribe(lambda: seen.append(1))
    model.set_histories({"Work": series([10, 60, 97], [30, 31, 33])})
    assert seen == [1]
    model.set_histories({"Work": series([10, 60, 97], [30, 31, 33])})
    assert seen == [1]  # the same series again: no redraw
    work, org = model.cards(NOW)
    assert work.chart is not None
    assert [p for _, p in work.chart.session] == [10, 60, 97]
    assert [p for _, p in work.chart.weekly] == [30, 31, 33]
    assert work.chart.summary == "Last 7 days · session peak 97 % · week peak 33 %"
    assert work.chart.drawable
    assert org.chart is None


def test_chart_keeps_only_the_last_seven_days_and_ends_with_the_hour() -> None:
    old = (NOW - timedelta(days=8), 50.0)
    built = build_chart({"five_hour": [old, (START, 20.0)], "seven_day": []}, NOW)
    assert built is not None
    assert built.session == ((START, 20.0),)
    assert built.end == NOW.replace(minute=0) + HOUR
    assert built.end - built.start == timedelta(days=7)
    assert not built.drawable  # one point is no trend
    assert build_chart(None, NOW) is None


def test_chart_setting_removes_it_from_the_cards() -> None:
    model = UsageViewModel()
    model.set_usages([oauth("Work")], NOW)
    model.set_histories({"Work": series([10, 20])})
    model.set_options(ViewOptions(show_chart=False))
    assert model.cards(NOW)[0].chart is None
    assert model.chart_accounts() == []  # and nothing is read for it


def test_hover_text_names_the_nearest_sampled_hour() -> None:
    built = chart([10, 60, 97], [30, 31, 33])
    assert (
        built.describe_at(START + HOUR + timedelta(minutes=20))
        == "Tue 06:00 — session 60 %, week 31 %"
    )
    assert built.describe_at(START + 2 * HOUR + timedelta(minutes=70)) == (
        "Tue 07:00 — session 97 %, week 33 %"
    )
    assert built.describe_at(START + 6 * HOUR) is None  # nothing sampled near


# ---------------------------------------------------------------- widget


def rendered(widget: Sparkline, qtbot: QtBot) -> QImage:
    widget.resize(1680, Sparkline.HEIGHT)  # 10 px an hour: whole pixels of each bar
    qtbot.addWidget(widget)
    return widget.grab().toImage()


def colours_in_column(image: QImage, x: int) -> set[str]:
    return {image.pixelColor(x, y).name() for y in range(image.height())}


def test_sparkline_paints_bars_in_band_colours_and_the_week_line(qtbot: QtBot) -> None:
    sparkline = Sparkline(chart([97, 40], [20, 25]))
    image = rendered(sparkline, qtbot)
    red = round(sparkline.x_for(START + HOUR / 2))
    green = round(sparkline.x_for(START + HOUR + HOUR / 2))
    band = {level: QColor(LEVEL_COLORS[level]) for level in (Level.CRITICAL, Level.OK)}

    def has(column: int, colour: QColor) -> bool:
        return any(
            _close(image.pixelColor(column + dx, y), colour)
            for dx in (-1, 0, 1)
            for y in range(image.height())
        )

    assert has(red, band[Level.CRITICAL])
    assert has(green, band[Level.OK])
    assert has(green, sparkline.week_color())
    empty_column = round(sparkline.x_for(START - timedelta(days=2)))
    assert not has(empty_column, band[Level.OK])  # no samples there: nothing but guides


def _close(a: QColor, b: QColor, tolerance: int = 80) -> bool:
    """Near a colour (the bars are drawn slightly translucent over the background)."""
    return (
        abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= tolerance
    )


def test_sparkline_tooltip(qtbot: QtBot) -> None:
    sparkline = Sparkline(chart([97, 40], [20, 25]))
    rendered(sparkline, qtbot)
    x = sparkline.x_for(START + HOUR / 2)
    assert sparkline.tooltip_at(x) == "Tue 05:00 — session 97 %, week 20 %"
    assert sparkline.tooltip_at(1) == sparkline.toolTip() == sparkline.chart.summary


@pytest.mark.parametrize("points", [[], [42]])
def test_fewer_than_two_points_hide_the_chart(qtbot: QtBot, points: list[float]) -> None:
    card = QWidget()
    qtbot.addWidget(card)
    row = ChartRow(chart(points, points))
    QVBoxLayout(card).addWidget(row)
    card.show()
    assert not row.isVisible()
    assert row.sparkline.isHidden()
    rendered(row.sparkline, qtbot)  # painting a hidden chart is harmless


def test_card_shows_the_chart_under_the_bars(qtbot: QtBot) -> None:
    model = UsageViewModel()
    model.set_usages([oauth("Work")], NOW)
    model.set_histories({"Work": series([10, 20, 30])})
    card = AccountCard(model.cards(NOW)[0], expanded=True)  # the chart is in the details
    qtbot.addWidget(card)
    card.show()
    assert card.chart_row is not None
    assert card.chart_row.isVisible()
    assert "Last 7 days" in card.texts()
    model.set_histories({"Work": series([10])})
    single = AccountCard(model.cards(NOW)[0])
    qtbot.addWidget(single)
    assert single.chart_row is None


# ---------------------------------------------------------------- the demo's week


def test_demo_week_is_plausible() -> None:
    rows = week_of_samples(HISTORY_PLANS["Personal"], NOW, "Personal")
    assert len(rows) > 30
    times = [row[0] for row in rows]
    assert times == sorted(times)
    assert times[0] >= NOW - timedelta(days=7)
    assert times[-1] < NOW
    assert all(0 < session <= 100 for _, session, _, _, _ in rows)
    weeks = [week for _, _, _, week, _ in rows]
    assert round(weeks[-1]) == 72  # where the simulated server's week is at the start
    assert min(weeks) < weeks[0]  # the week reset during the last seven days


@pytest.fixture
def demo_env() -> Iterator[DemoEnvironment]:
    env = prepare_environment()
    yield env
    env.cleanup()


async def test_demo_seeds_history_the_client_then_reads(demo_env: DemoEnvironment) -> None:
    from tray.demo import DemoWorld, demo_backend, seed_accounts, seed_history

    backend = demo_backend(demo_env.config, DemoWorld())
    try:
        await seed_accounts(backend)
        await seed_history(backend, demo_env.paths)
        personal = await backend.usage_history("Personal")
        admin = await backend.usage_history("Acme Org")
    finally:
        await backend.close()
    assert len(personal["five_hour"]) > 30
    assert len(personal["seven_day"]) == len(personal["five_hour"])
    assert admin == {"five_hour": [], "seven_day": []}
    assert demo_env.folder in demo_env.paths.history.parents  # the demo's temporary folder
    assert demo_env.paths.history.is_file()
