"""Entry point of the ``fulian`` console script: imports each capability's commands."""

from __future__ import annotations

import importlib
import logging

from app.cli.common import cli

# Each module registers its commands on the shared Typer apps when imported.
_COMMAND_MODULES = ("privacy", "ner", "retrieval", "score", "draft", "serve")

for _name in _COMMAND_MODULES:
    try:
        importlib.import_module(f"app.cli.{_name}")
    except ModuleNotFoundError as exc:  # a capability not built yet
        if exc.name != f"app.cli.{_name}":
            raise


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    cli()


if __name__ == "__main__":
    main()
