"""`python -m brink`: the same as the `brink` command."""

from brink.cli.main import run

if __name__ == "__main__":
    run()
