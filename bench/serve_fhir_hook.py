#!/usr/bin/env python3
"""The benchmark's hook request (bench/serve_hook.py's output) made to need the FHIR
server: its conditions left out of the prefetch, the server named in fhirServer with a
token, so the service fetches them (bench/serve_secure.sh).
Usage: serve_fhir_hook.py HOOK_JSON FHIR_BASE_URL > request.json"""
import json
import sys

hook = json.load(open(sys.argv[1]))
del hook["prefetch"]["conditions"]
hook["fhirServer"] = sys.argv[2]
hook["fhirAuthorization"] = {"access_token": "bench-fhir-token", "token_type": "Bearer",
                             "expires_in": 3600, "scope": "patient/Condition.read",
                             "subject": "eligo-trial-screening"}
json.dump(hook, sys.stdout)
