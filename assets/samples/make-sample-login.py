#!/usr/bin/env python3
"""Makes the SAMPLE captures of the Test login step (not real data):
- sample-login-signed-in.har, the one `--demo` loads: TOPdesk's Secure section asks, Entra
  answers with an assertion signed by the sample Entra key (as Entra signs by default), at the
  moment this runs; needs that key: make-samples.sh runs this with it.
- sample-login.har: TOPdesk's Public section sends its request to an Entra app configured for
  Secure, and Entra answers AADSTS50011 (a failure to try the diagnosis on).
Usage (from this folder): make-sample-login.py ENTRA-KEY.pem ENTRA-CERT.pem; commit the outputs."""
import base64, datetime, json, subprocess, sys, tempfile, urllib.parse, zlib

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


def write(name, entries):
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                   "pages": [], "entries": entries}}
    with open(name, "w") as f:
        json.dump(har, f, indent=2)
        f.write("\n")


write("sample-login.har", [
    entry("2026-06-01T09:14:01.512Z", f"https://{host}/tas/public/login/saml", "GET"),
    entry("2026-06-01T09:14:02.108Z", url, "GET", page),
])

# The successful sign-in, signed now with the sample Entra key.
key, cert = sys.argv[1], sys.argv[2]
t = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
at = lambda seconds: (t + datetime.timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")
har_time = lambda seconds: (t + datetime.timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
identifier = f"https://{host}/saml-metadata/5f0c1e2d"
reply = f"https://{host}/tas/secure/login/verify"
request_id = "_8e1f2a3b4c5d6e7f8091a2b3c4d5e6f7"
signed_in_request = request.replace("/tas/public/login/verify", "/tas/secure/login/verify").replace(
    "_5c6d7e8f90a1b2c3d4e5f6a7b8c9d0e1", request_id).replace("2026-06-01T09:14:02Z", at(0))
deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = deflate.compress(signed_in_request.encode()) + deflate.flush()
ask = (f"https://login.microsoftonline.com/{tenant}/saml2?SAMLRequest="
       f"{urllib.parse.quote(base64.b64encode(raw).decode(), safe='')}&RelayState=%2Ftas%2Fsecure%2F")
claims = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims"
attribute = lambda name, value: f'<Attribute Name="{name}"><AttributeValue>{value}</AttributeValue></Attribute>'
response = (
    '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_d1e2f3a4-0000-4000-8000-00000000r001" '
    f'Version="2.0" IssueInstant="{at(3)}" Destination="{reply}" InResponseTo="{request_id}">'
    f'<Issuer xmlns="urn:oasis:names:tc:SAML:2.0:assertion">https://sts.windows.net/{tenant}/</Issuer>'
    '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>'
    '<Assertion xmlns="urn:oasis:names:tc:SAML:2.0:assertion" ID="_a5b6c7d8-0000-4000-8000-00000000a001" '
    f'IssueInstant="{at(3)}" Version="2.0"><Issuer>https://sts.windows.net/{tenant}/</Issuer>'
    '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo>'
    '<CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>'
    '<SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>'
    '<Reference URI="#_a5b6c7d8-0000-4000-8000-00000000a001"><Transforms>'
    '<Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>'
    '<Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></Transforms>'
    '<DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue/></Reference>'
    '</SignedInfo><SignatureValue/><KeyInfo><X509Data><X509Certificate/></X509Data></KeyInfo></Signature>'
    '<Subject><NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">jane.doe@demo.topdesk.example</NameID>'
    '<SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">'
    f'<SubjectConfirmationData InResponseTo="{request_id}" NotOnOrAfter="{at(303)}" Recipient="{reply}"/>'
    f'</SubjectConfirmation></Subject><Conditions NotBefore="{at(-297)}" NotOnOrAfter="{at(3903)}">'
    f'<AudienceRestriction><Audience>{identifier}</Audience></AudienceRestriction></Conditions>'
    '<AttributeStatement>'
    + attribute("http://schemas.microsoft.com/identity/claims/tenantid", tenant)
    + attribute("http://schemas.microsoft.com/identity/claims/displayname", "Jane Doe")
    + attribute(f"{claims}/emailaddress", "jane.doe@demo.topdesk.example")
    + attribute(f"{claims}/name", "jane.doe@demo.topdesk.example")
    + f'</AttributeStatement><AuthnStatement AuthnInstant="{at(1)}" SessionIndex="_a5b6c7d8-0000-4000-8000-00000000a001">'
    '<AuthnContext><AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:Password</AuthnContextClassRef>'
    '</AuthnContext></AuthnStatement></Assertion></samlp:Response>'
)
with tempfile.NamedTemporaryFile("w", suffix=".xml") as template:
    template.write(response)
    template.flush()
    signed = subprocess.run(
        ["xmlsec1", "--sign", "--privkey-pem", f"{key},{cert}",
         "--id-attr:ID", "urn:oasis:names:tc:SAML:2.0:assertion:Assertion", template.name],
        check=True, capture_output=True, text=True).stdout
signed = signed.removeprefix('<?xml version="1.0"?>').strip()
form = urllib.parse.urlencode({"SAMLResponse": base64.b64encode(signed.encode()).decode(), "RelayState": "/tas/secure/"})
post = entry(har_time(4), reply, "POST")
post["request"]["postData"] = {"mimeType": "application/x-www-form-urlencoded", "text": form,
                               "params": [{"name": "SAMLResponse", "value": base64.b64encode(signed.encode()).decode()},
                                          {"name": "RelayState", "value": "/tas/secure/"}]}
post["request"]["bodySize"] = len(form)
write("sample-login-signed-in.har", [
    entry(har_time(-1), f"https://{host}/tas/secure/login/saml", "GET"),
    entry(har_time(0), ask, "GET"),
    post,
])
