#!/usr/bin/env python3
"""A slow FHIR server for the CDS Hooks benchmark (bench/serve_secure.sh): answers every
GET with the conditions of a hook request (its prefetch.conditions, a searchset Bundle)
after DELAY_MS milliseconds, each request on its own thread; over TLS with CERT and KEY
(PEM files), since eligo serve --trust queries https FHIR servers only.
Usage: serve_fhir.py HOOK_JSON PORT DELAY_MS [CERT KEY]"""
import http.server
import json
import ssl
import sys
import time


def main():
    hook = json.load(open(sys.argv[1]))
    body = json.dumps(hook["prefetch"]["conditions"]).encode()
    delay = int(sys.argv[3]) / 1000

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            time.sleep(delay)
            self.send_response(200)
            self.send_header("Content-Type", "application/fhir+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    class Server(http.server.ThreadingHTTPServer):
        request_queue_size = 256

    server = Server(("127.0.0.1", int(sys.argv[2])), Handler)
    if len(sys.argv) > 5:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(sys.argv[4], sys.argv[5])
        server.socket = context.wrap_socket(server.socket, server_side=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
