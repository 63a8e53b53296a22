#!/usr/bin/env python3
"""The abusive clients of the CDS Hooks benchmark (bench/serve_secure.sh), over TLS:
  flood: CLIENTS threads each POST a 10 MB body ROUNDS times, each with its own token
         from TOKENS; prints how many were answered 413 and how many otherwise.
  slow:  CLIENTS connections each send a hook request's head one byte a second for
         SECONDS; prints how many the server closed before the end.
Usage: serve_flood.py flood PORT CAFILE TOKENS CLIENTS ROUNDS
       serve_flood.py slow PORT CAFILE CLIENTS SECONDS"""
import http.client
import socket
import ssl
import sys
import threading
import time

PATH = "/cds-services/eligo-trial-screening"
BODY = b"x" * (10 * 1024 * 1024)


def flood(port, context, tokens, clients, rounds):
    counts = {"413": 0, "other": 0}
    lock = threading.Lock()

    def client(mine):
        for token in mine:
            try:
                c = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=60)
                c.request("POST", PATH, BODY, {"Authorization": "Bearer " + token,
                                               "Content-Type": "application/json"})
                status = c.getresponse().status
                c.close()
            except OSError:
                status = 0
            with lock:
                counts["413" if status == 413 else "other"] += 1

    threads = [threading.Thread(target=client, args=(tokens[i * rounds:(i + 1) * rounds],))
               for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("flood_413=%d\nflood_other=%d" % (counts["413"], counts["other"]))


def slow(port, context, clients, seconds):
    head = ("POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: 100\r\nX-Padding: %s\r\n" % (PATH, "a" * 200)).encode()
    closed = [0]
    lock = threading.Lock()

    def client():
        try:
            s = context.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=30),
                                    server_hostname="127.0.0.1")
            for i in range(seconds):
                s.sendall(head[i % len(head):i % len(head) + 1])
                time.sleep(1)
            s.close()
        except OSError:
            with lock:
                closed[0] += 1

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("slow_closed_early=%d" % closed[0])


def main():
    mode, port = sys.argv[1], int(sys.argv[2])
    context = ssl.create_default_context(cafile=sys.argv[3])
    if mode == "flood":
        tokens = open(sys.argv[4]).read().split()
        flood(port, context, tokens, int(sys.argv[5]), int(sys.argv[6]))
    else:
        slow(port, context, int(sys.argv[4]), int(sys.argv[5]))


if __name__ == "__main__":
    main()
