"""Errors whose message is meant for the user (Indonesian, one line, no traceback)."""


class RakdeskError(Exception):
    """An error the user can act on. ``str(err)`` is the message shown to them."""


class WorkspaceError(RakdeskError):
    """A workspace file cannot be used as asked. The file is left untouched."""


class NotAWorkspace(WorkspaceError):
    pass


class DamagedWorkspace(WorkspaceError):
    pass


class NewerWorkspace(WorkspaceError):
    pass


class ForeignSchema(WorkspaceError):
    """The file carries triggers, views or other objects rakdesk did not create."""

    def __init__(self, message: str, objects: list[str]):
        super().__init__(message)
        self.objects = objects


class ReadOnlyWorkspace(WorkspaceError):
    pass


class ValidationError(RakdeskError):
    pass
