"""One refresh path: every mutation's ``Changes`` is announced on one signal, and each
view decides whether it cares (Anki's ``operation_did_execute``)."""

from PySide6.QtCore import QObject, Signal

from casedesk.domain.changes import Changes


class Bus(QObject):
    """Shared by every page of one main window."""

    #: (changes, initiator): initiator is the widget that made the change, so it can
    #: skip a refresh it has already done.
    operation_did_execute = Signal(object, object)

    def announce(self, changes: Changes, initiator: object = None) -> None:
        if changes.everything or changes != Changes():
            self.operation_did_execute.emit(changes, initiator)
