#!/usr/bin/env python3
"""Makes sample-login.har, the SAMPLE capture behind `--demo`'s Test login step: TOPdesk's
Public section sends its request to an Entra app configured for Secure, and Entra answers
AADSTS50011. Not real data. Run from this folder; commit the output."""
import base64, json, urllib.parse, zlib

tenant = "00000000-0000-4000-8000-0000000000aa"
host = "demo.topdesk.example"
request = (
    '<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" '
    'xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_5c6d7e8f90a1b2c3d4e5f6a7b8c9d0e1" '
    'Version="2.0" IssueInstant="2026-06-01T09:14:02Z" '
    f'Destination="https://login.microsoftonline.com/{tenant}/saml2" '
    f'AssertionConsumerServiceURL="https://{host}/tas/public/login/verify" '
    'ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST">'
    f'<saml:Issuer>https://{host}/saml-metadata/5f0c1e2d</saml:Issuer></samlp:AuthnRequest>'
)
deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = deflate.compress(request.encode()) + deflate.flush()
saml = urllib.parse.quote(base64.b64encode(raw).decode(), safe="")
url = f"https://login.microsoftonline.com/{tenant}/saml2?SAMLRequest={saml}&RelayState=%2Ftas%2Fpublic%2F"
page = (
    "<html><body><div id=\"error\">AADSTS50011: The redirect URI "
    f"'https://{host}/tas/public/login/verify' specified in the request does not match the "
    "redirect URIs configured for the application 'a1b2c3d4-0000-4000-8000-000000000001'. "
    "Make sure the redirect URI sent in the request matches one added to your application in "
    "the Azure portal.</div></body></html>"
)
entry = lambda at, url, method, page=None: {
    "startedDateTime": at, "time": 41.0,
    "request": {"method": method, "url": url, "httpVersion": "HTTP/2", "headers": [],
                "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
    "response": {"status": 200, "statusText": "", "httpVersion": "HTTP/2", "headers": [],
                 "cookies": [], "redirectURL": "", "headersSize": -1, "bodySize": -1,
                 "content": {"size": len(page or ""), "mimeType": "text/html", **({"text": page} if page else {})}},
    "cache": {}, "timings": {"send": 0, "wait": 40, "receive": 1},
}
har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [],
               "entries": [
                   entry("2026-06-01T09:14:01.512Z", f"https://{host}/tas/public/login/saml", "GET"),
                   entry("2026-06-01T09:14:02.108Z", url, "GET", page),
               ]}}
with open("sample-login.har", "w") as f:
    json.dump(har, f, indent=2)
    f.write("\n")
