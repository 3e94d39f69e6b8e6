"""Alembic environment for rakdesk workspaces.

rakdesk runs migrations itself (rakdesk.core.storage) with an open connection in
``config.attributes["connection"]``; SQLite needs batch mode to alter tables.
"""

from alembic import context
from sqlmodel import SQLModel

import rakdesk.core.model  # noqa: F401  (registers the tables)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("rakdesk migrations run through rakdesk.core.storage with a connection")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
