"""The version of the installed server (`cc-server --version`, backup manifests)."""

from __future__ import annotations

from importlib import metadata

DISTRIBUTION = "chongchuan-command-center"


def package_version() -> str:
    """The installed distribution's version; "unknown" when run from a bare source tree."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"


def schema_head() -> str:
    """The newest schema revision this server migrates to (Alembic head)."""
    from alembic.script import ScriptDirectory

    from server.migrate import alembic_config

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head() or "none"


def known_revisions() -> set[str]:
    """Every schema revision this server knows (a backup of a newer server is not one)."""
    from alembic.script import ScriptDirectory

    from server.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {revision.revision for revision in script.walk_revisions()}
