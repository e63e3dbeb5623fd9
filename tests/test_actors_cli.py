"""`brink actors check` and `brink actors find` end to end: two real subprocesses, the rest
through Typer's runner (same code path, without paying the interpreter start-up each time)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from brink.cli.main import app
from cli_helpers import brink

BUILTIN = Path(__file__).resolve().parents[1] / "src" / "brink" / "data" / "actors"


pytestmark = pytest.mark.usefixtures("private_actor_cache")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_subprocess_check_reports_file_and_line_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "mine.yaml").write_text(
        "version: 1\nactors:\n  - id: some-body\n    type: person\n    name: Some Body\n"
        "    gender: unknown\n",
        encoding="utf-8",
    )
    result = brink("actors", "check", str(tmp_path))
    assert result.returncode == 1
    assert "mine.yaml:6:" in result.stderr and "gender" in result.stderr


def test_subprocess_find_a_dated_role() -> None:
    result = brink(
        "actors", "find", "de Russische president", "--date", "2010-06-01", "--lang", "nl"
    )
    assert result.returncode == 0, result.stderr
    assert "Dmitry Medvedev" in result.stdout and "president" in result.stdout


def test_check_accepts_the_builtin_data() -> None:
    code, out, err = run("actors", "check", str(BUILTIN))
    assert code == 0, err
    assert "OK" in out


def test_check_reports_conflicts_as_warnings(tmp_path: Path) -> None:
    (tmp_path / "over.yaml").write_text(
        "version: 1\nactors:\n  - id: interfax\n    type: media\n    name: Interfax\n"
        "    country: UA\n",
        encoding="utf-8",
    )
    code, _, err = run("actors", "check", str(tmp_path))
    assert code == 0, err
    assert "warning" in err and "over.yaml:3" in err


def test_check_missing_folder_exits_1(tmp_path: Path) -> None:
    code, _, err = run("actors", "check", str(tmp_path / "nope"))
    assert code == 1 and "no such" in err


def test_find_an_alias_shows_roles_at_the_date() -> None:
    code, out, err = run("actors", "find", "Medwedew", "--date", "2015-06-01")
    assert code == 0, err
    assert "Dmitry Medvedev" in out and "prime minister" in out
    code, out, _ = run(
        "actors", "find", "de Russische president", "--date", "2022-06-01", "--lang", "nl"
    )
    assert code == 0 and "Vladimir Putin" in out


def test_find_with_a_user_folder_and_an_unknown_name(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "version: 1\nactors:\n  - {id: example-outlet, type: media, name: Example Outlet}\n",
        encoding="utf-8",
    )
    code, out, err = run("actors", "find", "Example Outlet", "--actors", str(tmp_path))
    assert code == 0, err
    assert "example-outlet" in out
    code, out, _ = run("actors", "find", "Nobody Whatsoever")
    assert code == 1 and "not resolved" in out
