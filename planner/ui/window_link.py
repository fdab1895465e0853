"""The line between two Deal Planner windows of one user: the window that has a planner
file open listens, and a second start (or File > Open in another window) on that file asks
it to come forward instead of opening the file a second time.

A local socket (``QLocalServer``) named after the user and the file's resolved path: only
the window holding the file's lock listens on that name, and on Unix the socket is
restricted to its user. The exchange is one line each way: ``show PATH`` and ``ok``.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ANSWER_MS = 1500  # a busy window answers in milliseconds; a hung one is not waited for longer
OK = b"ok\n"


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a bare container)
        import os

        return str(os.getuid()) if hasattr(os, "getuid") else ""


def server_name(db: Path) -> str:
    """The same for every process of this user on this file, different for anyone else."""
    key = f"{_user()}\n{Path(db).resolve()}".encode()
    return "deal-planner-" + hashlib.sha256(key).hexdigest()[:32]


class WindowServer(QObject):
    """Answers other processes that want the window's file: ``come_forward`` is called, then
    the asking process is told ``ok`` and ends."""

    def __init__(self, come_forward: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.come_forward = come_forward
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._connected)
        self.db: Path | None = None

    def listen(self, db: Path) -> bool:
        """Answer for ``db`` (call only while holding its lock: a socket left by a crashed
        window under this name is then stale and is removed)."""
        self.close()
        name = server_name(db)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)
            if not self._server.listen(name):
                return False  # the window works on; a second start then offers read-only
        self.db = Path(db)
        return True

    def close(self) -> None:
        if self._server.isListening():
            self._server.close()
        self.db = None

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def _connected(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._request(s))
            socket.disconnected.connect(socket.deleteLater)

    def _request(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
        if line.startswith("show ") and self.db is not None:
            self.come_forward()
            socket.write(OK)
            socket.flush()
        socket.disconnectFromServer()


def ask_to_come_forward(db: Path, wait_ms: int = ANSWER_MS) -> bool:
    """True if a window of this user that has ``db`` open answered and came forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db))
    if not socket.waitForConnected(wait_ms):
        return False
    try:
        socket.write(f"show {Path(db).resolve()}\n".encode())
        if not socket.waitForBytesWritten(wait_ms):
            return False
        answer = b""
        while not answer.endswith(b"\n") and socket.waitForReadyRead(wait_ms):
            answer += bytes(socket.readAll().data())
        return answer == OK
    finally:
        socket.abort()
