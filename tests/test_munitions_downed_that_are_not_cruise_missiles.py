"""Munitions brought down that are not cruise missiles count as `other`: "three guided aerial
bombs", "nine HIMARS rocket projectiles", "six Kinzhals", "4 tactical missiles". Bombs dropped
are no loss."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_bombs_projectiles_and_tactical_missiles_downed_are_other():
    f = figures("Night\nRussia\u2019s Defence Ministry said its air defence systems shot down three guided aerial bombs "
                "and 72 Ukrainian drones.\n\nRussian air defense forces have shot down nine HIMARS rocket projectiles "
                "over Belgorod.\n\nThe Russian Defense Ministry announced the destruction of 35 Ukrainian drones and "
                "4 tactical missiles over Kursk.\n\nUkrainian forces reported intercepting six Kinzhals overnight.")
    assert {f[v].metric for v in (3, 9, 4, 6)} == {"other"}
    assert f[72].metric == f[35].metric == "drones"


def test_bombs_dropped_are_no_loss():
    f = figures("Kharkiv\nRussia dropped 40 guided bombs on Kharkiv.")
    assert 40 not in f
