"""Worker processes each listen on the supervisor's port (server.reuseport), on Linux."""

from __future__ import annotations

import pickle
import select
import socket

import pytest

from server import reuseport

pytestmark = pytest.mark.skipif(not reuseport.AVAILABLE, reason="Linux's SO_REUSEPORT only")


def test_a_worker_gets_its_own_socket_on_the_reserved_port() -> None:
    with reuseport.reserve("127.0.0.1", 0) as reserved:
        port = reserved.getsockname()[1]
        # What a worker process receives: the reservation, pickled for it.
        with pickle.loads(pickle.dumps(reserved)) as own:
            assert type(own) is socket.socket and own.fileno() != reserved.fileno()
            assert own.getsockname() == ("127.0.0.1", port)
            own.listen()
            with socket.create_connection(("127.0.0.1", port), timeout=5):
                conn, _ = own.accept()
                conn.close()


def test_connections_are_spread_over_the_workers_sockets() -> None:
    with reuseport.reserve("127.0.0.1", 0) as reserved:
        address = reserved.getsockname()
        listeners = [reuseport.bind_shared(reserved.family, address) for _ in range(2)]
        clients = []
        try:
            for listener in listeners:
                listener.listen(128)
            clients = [socket.create_connection(address, timeout=5) for _ in range(64)]
            accepted = []
            for listener in listeners:
                count = 0
                while select.select([listener], [], [], 0.2)[0]:
                    listener.accept()[0].close()
                    count += 1
                accepted.append(count)
        finally:
            for sock in clients + listeners:
                sock.close()
    assert sum(accepted) == 64 and min(accepted) > 0, accepted


def test_a_second_server_cannot_take_a_port_in_use() -> None:
    with reuseport.reserve("127.0.0.1", 0) as reserved:
        address = reserved.getsockname()
        with reuseport.bind_shared(reserved.family, address) as worker:
            worker.listen()
            with pytest.raises(OSError):
                reuseport.reserve("127.0.0.1", address[1]).close()
