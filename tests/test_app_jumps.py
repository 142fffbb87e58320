"""The jump list behind ctrl+o / ctrl+right: pure logic, vim's semantics."""

from tui.jumps import Jumps


def test_back_returns_to_where_the_jump_started_and_forward_comes_back():
    j = Jumps()
    j.record("A")  # at A, jump to B
    assert j.back("B") == "A"
    assert j.forward("A") == "B"
    assert j.forward("B") is None


def test_back_walks_the_whole_chain_and_stops_at_the_start():
    j = Jumps()
    j.record("A")
    j.record("B")  # A -> B -> C
    assert j.back("C") == "B"
    assert j.back("B") == "A"
    assert j.back("A") is None
    assert j.forward("A") == "B"
    assert j.forward("B") == "C"


def test_moving_after_going_back_is_remembered():
    j = Jumps()
    j.record("A")
    assert j.back("B") == "A"
    # scrolled a little at A before going forward: back must return there, not to A
    assert j.forward("A2") == "B"
    assert j.back("B") == "A2"


def test_a_new_jump_after_going_back_drops_the_forward_history():
    j = Jumps()
    j.record("A")
    j.record("B")
    assert j.back("C") == "B"
    j.record("B")  # from B jump to D
    assert not j.can_forward
    assert j.back("D") == "B"
    assert j.back("B") == "A"


def test_the_list_is_bounded():
    j = Jumps(limit=3)
    for name in "ABCDE":
        j.record(name)
    assert [j.back("F"), j.back("x"), j.back("y"), j.back("z")] == ["E", "D", "C", None]
