"""Every CLI command and option is documented (README.md or docs/*.md), as datasette does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer.main

from brink.cli.main import app

ROOT = Path(__file__).resolve().parents[1]


def documentation() -> str:
    parts = [(ROOT / "README.md").read_text(encoding="utf-8")]
    parts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))]
    return "\n".join(parts)


def commands(group: Any, prefix: str = "") -> list[tuple[str, Any]]:
    found = []
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        found.append((full, command))
        if hasattr(command, "commands"):
            found += commands(command, full + " ")
    return found


def test_every_command_and_option_is_documented() -> None:
    docs = documentation()
    root = typer.main.get_command(app)
    assert hasattr(root, "commands")
    missing = []
    for name, command in commands(root):
        if f"brink {name}" not in docs:
            missing.append(f"command `brink {name}`")
        for param in command.params:
            if getattr(param, "param_type_name", "") == "option":
                names = [*param.opts, *getattr(param, "secondary_opts", [])]
                longs = [o for o in names if o.startswith("--")]
                if longs and not any(o in docs for o in longs) and "--help" not in longs:
                    missing.append(f"option {longs[0]} of `brink {name}`")
    assert not missing, "undocumented: " + ", ".join(missing)
