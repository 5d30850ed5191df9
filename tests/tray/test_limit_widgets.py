"""Issue 15's widgets, offscreen: the binding chip in a real card's row and details, the
sign-in deadline in the row's attention slot with its button, the organisation block with
its Details table (200 people, sorted and filtered), the icon's binding marker read back
pixel by pixel, and the new setting's round trip."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from core.admin.org_reports import productivity, productivity_rows, spend_limits
from core.models import AdminUsage, OAuthUsage
from core.usage.parsing import parse_usage
from tests.fakes import organisation
from tray.cards import AccountCard
from tray.dialogs.org_details import COLUMNS, SORT_ROLE, OrgDetailsDialog, OrgPeopleModel
from tray.icon import LEVEL_COLORS, render_image
from tray.icon_marks import MARKER_FRACTION
from tray.limit_view import org_people, org_summary
from tray.limit_widgets import BindingChipRow, OrgSummaryBlock
from tray.settings import SettingsStore, TraySettings
from tray.viewmodel import IconState, Level, build_card, level_for

DATA = Path(__file__).resolve().parents[1] / "data"
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def opus_bound() -> OAuthUsage:
    data: dict[str, Any] = json.loads((DATA / "usage_model_limits.json").read_text())
    usage = parse_usage(data, account_name="Work", fetched_at=NOW)
    return replace(usage, sign_in_expires_at=NOW + timedelta(days=2), sign_in_estimated=True)


def org(users: int = 200) -> AdminUsage:
    rows = productivity_rows({"data": organisation.claude_code_records(users, "2026-11-01")})
    people, total = productivity(rows)
    return AdminUsage(
        account_name="Org",
        fetched_at=NOW,
        productivity=people,
        productivity_total=total,
        spend_limits=spend_limits([organisation.spend_limits_effective(users)]),
    )


# -- a subscription card ----------------------------------------------------------------------


def test_the_card_shows_the_binding_limit_and_the_deadline(qtbot: QtBot) -> None:
    card = AccountCard(build_card(opus_bound(), NOW), expanded=True)
    qtbot.addWidget(card)
    texts = card.texts()
    assert "Week · Opus" in texts
    assert card.chip.isVisibleTo(card)  # the row has no Opus bar: its chip says it, once
    assert card.chip.text().startswith("Holding you back: weekly Opus limit 93 %")
    assert card.chip.level is Level.WARNING
    assert card.details.findChild(BindingChipRow) is None
    assert any(text.startswith("◆ holding you back") for text in texts)  # under the Opus bar
    assert card.state_box.isVisibleTo(card)  # the deadline: the row's attention line
    assert card.state_label.text() == "⚠  Sign-in expires in 2 days"
    assert "estimated" in card.state_label.toolTip()
    assert card.action_button.isVisibleTo(card)
    assert card.action_button.text() == "Sign in again"
    assert any(text.startswith("↺  1 limit reset available") for text in texts)


def test_a_binding_week_is_chipped_by_the_bars_in_the_details(qtbot: QtBot) -> None:
    """The row has the week's bar: the chip goes by the bars, in the limit's band colour."""
    week_bound = replace(opus_bound(), model_weekly={}, limits=())
    card = AccountCard(build_card(week_bound, NOW), expanded=True)
    qtbot.addWidget(card)
    assert not card.chip.isVisibleTo(card)
    chip = card.details.findChild(BindingChipRow)
    assert chip is not None
    assert chip.text().startswith("Holding you back: weekly limit")
    assert chip.label.accessibleName() == chip.text()
    band = (
        card.model.limits.binding.level if card.model.limits and card.model.limits.binding else None
    )
    assert band is not None
    assert chip.mark.palette().windowText().color() == QColor(LEVEL_COLORS[band])


def test_sign_in_again_in_place_asks_for_that_account(qtbot: QtBot) -> None:
    card = AccountCard(build_card(opus_bound(), NOW))
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.sign_in_requested) as asked:
        qtbot.mouseClick(card.action_button, Qt.MouseButton.LeftButton)
    assert asked.args == ["Work"]


def test_no_deadline_line_far_from_the_deadline(qtbot: QtBot) -> None:
    usage = replace(opus_bound(), sign_in_expires_at=NOW + timedelta(days=20))
    card = AccountCard(build_card(usage, NOW))
    qtbot.addWidget(card)
    assert not card.state_box.isVisibleTo(card)
    assert not card.action_button.isVisibleTo(card)


def test_the_limit_widgets_follow_the_figures_in_place(qtbot: QtBot) -> None:
    """A refresh with other figures rebuilds the details' limit lines; one with the same
    figures keeps the widgets (the compact card updates in place)."""
    week_bound = replace(opus_bound(), model_weekly={}, limits=())
    card = AccountCard(build_card(week_bound, NOW), expanded=True)
    qtbot.addWidget(card)
    first = card.details.findChild(BindingChipRow)
    assert first is not None
    card.set_model(build_card(week_bound, NOW))
    assert card.details.findChild(BindingChipRow) is first
    card.set_model(build_card(opus_bound(), NOW))  # now Opus binds: the row's chip says it
    shown = [r for r in card.details.findChildren(BindingChipRow) if r.isVisibleTo(card)]
    assert shown == []
    assert card.chip.isVisibleTo(card)


# -- an organisation --------------------------------------------------------------------------


def test_the_org_card_shows_productivity_spend_limits_and_the_top_five(qtbot: QtBot) -> None:
    card = AccountCard(build_card(org(), NOW), expanded=True)
    qtbot.addWidget(card)
    block = card.findChild(OrgSummaryBlock)
    assert block is not None
    texts = [label.text() for label in block.findChildren(QLabel)]
    assert any("sessions" in text and "commits" in text for text in texts)
    assert any(text.startswith("Spend limit: $") for text in texts)
    assert any(text.endswith("members above 80 % of their limit") for text in texts)
    shown = [organisation.member_email(i) for i in range(1, 6)]
    assert [text for text in texts if text.startswith("dev")] == shown
    assert "… and 195 more" in texts


def test_details_opens_the_everyone_table(qtbot: QtBot) -> None:
    card = AccountCard(build_card(org(), NOW), expanded=True)
    qtbot.addWidget(card)
    card.show()
    block = card.findChild(OrgSummaryBlock)
    assert block is not None
    qtbot.mouseClick(block.details_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.window().findChild(OrgDetailsDialog) is not None)
    dialog = card.window().findChild(OrgDetailsDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.proxy.rowCount() == 200
    assert dialog.windowTitle() == "Org — Claude Code this month"


def details(qtbot: QtBot) -> OrgDetailsDialog:
    usage = org()
    dialog = OrgDetailsDialog("Org", org_people(usage), org_summary(usage))
    qtbot.addWidget(dialog)
    return dialog


def test_the_table_sorts_by_the_numbers_not_the_text(qtbot: QtBot) -> None:
    dialog = details(qtbot)
    names = dialog.shown_names()
    assert names[0] == organisation.member_email(1)  # highest spend first by default
    spend = [dialog.proxy.data(dialog.proxy.index(r, 1), SORT_ROLE) for r in range(200)]
    assert spend == sorted(spend, reverse=True)
    dialog.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # sessions
    sessions = [dialog.proxy.data(dialog.proxy.index(r, 4), SORT_ROLE) for r in range(200)]
    assert sessions == sorted(sessions, reverse=True)
    dialog.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert dialog.shown_names() == sorted(organisation.member_email(i) for i in range(1, 201))


def test_the_table_filters_by_name(qtbot: QtBot) -> None:
    dialog = details(qtbot)
    qtbot.keyClicks(dialog.filter, "DEV01")
    assert dialog.shown_names() == sorted(
        (organisation.member_email(i) for i in range(10, 20)),
        key=lambda name: -organisation.member_cost_cents(int(name[3:6])),
    )


def test_the_model_says_every_column() -> None:
    person = org_people(org(1))[0]
    model = OrgPeopleModel([person])
    assert model.columnCount() == len(COLUMNS) == 10
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[0] == organisation.member_email(1)
    assert row[1] == f"${organisation.member_cost_cents(1) / 100:,.2f}"
    assert row[2] == "$260.00"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    assert headers[:4] == ["Member", "Spend", "Limit", "% of limit"]
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.data(model.index(5, 0)) is None  # out of range: nothing


def test_summary_block_without_spend_limits_is_quiet(qtbot: QtBot) -> None:
    from core.models import SpendLimits

    usage = replace(org(3), spend_limits=SpendLimits(available=False))
    summary = org_summary(usage)
    assert summary is not None
    block = OrgSummaryBlock(summary)
    qtbot.addWidget(block)
    texts = [label.text() for label in block.findChildren(QLabel)]
    assert "Spend limits: not available for this organisation" in texts
    assert not any(text.startswith("Spend limit:") for text in texts)
    assert block.findChild(QPushButton) is block.details_button


# -- the icon's marker ------------------------------------------------------------------------


def corner(image: QImage) -> QColor:
    """A pixel inside the bottom-right marker triangle."""
    size = image.width()
    inset = size * MARKER_FRACTION * 0.25
    return image.pixelColor(round(size - inset - 1), round(size - inset - 1))


@pytest.mark.usefixtures("qapp")
def test_the_marker_is_drawn_in_the_binding_limits_colour() -> None:
    plain = render_image(IconState(41, level_for(41)), 32, template=False)
    marked = render_image(
        IconState(41, level_for(41), marker=True, marker_level=Level.WARNING), 32, template=False
    )
    assert corner(marked).name() == QColor(LEVEL_COLORS[Level.WARNING]).name()
    assert corner(plain).name() != corner(marked).name()
    bottom_left = (round(32 * 0.2), round(32 * 0.85))
    assert marked.pixelColor(*bottom_left) == plain.pixelColor(*bottom_left)  # badge unchanged


@pytest.mark.usefixtures("qapp")
def test_the_marker_is_cut_out_of_a_template_icon() -> None:
    marked = render_image(IconState(41, level_for(41), marker=True), 32, template=True)
    assert corner(marked).alpha() == 0


@pytest.mark.usefixtures("qapp")
def test_a_stale_icon_keeps_a_full_strength_marker() -> None:
    state = IconState(41, level_for(41), stale=True, marker=True, marker_level=Level.CRITICAL)
    image = render_image(state, 32, template=False)
    assert corner(image).alpha() == 255


# -- the setting ------------------------------------------------------------------------------


def test_colour_follows_binding_is_a_saved_setting(settings_store: SettingsStore) -> None:
    assert TraySettings().colour_follows_binding is False
    settings_store.save(TraySettings(colour_follows_binding=True))
    loaded = settings_store.load()
    assert loaded.colour_follows_binding is True
    assert loaded.view_options().follow_binding is True


def test_the_settings_dialog_offers_the_colour_choice(qtbot: QtBot) -> None:
    from tray.dialogs import SettingsDialog

    dialog = SettingsDialog(TraySettings())
    qtbot.addWidget(dialog)
    check = dialog.show_checks["colour_follows_binding"]
    assert check.isChecked() is False
    assert "binding" in check.text()
    check.setChecked(True)
    assert dialog.settings().colour_follows_binding is True
