#!/usr/bin/env python3
"""The yardstick for `topdesk-sso diagnose` (scripts/perf.sh): python3-saml's `is_valid` of a
SAMLResponse against the Entra metadata (its signing certificate) and the TOPdesk SP metadata
(Identifier, Reply URL), judged as of the moment given (what `diagnose --now` does).
Usage: diagnose.py IDP.xml SP.xml RESPONSE.b64 RFC3339-MOMENT"""
import calendar
import sys
import time
from urllib.parse import urlsplit

from lxml import etree
from onelogin.saml2.idp_metadata_parser import OneLogin_Saml2_IdPMetadataParser
from onelogin.saml2.response import OneLogin_Saml2_Response
from onelogin.saml2.settings import OneLogin_Saml2_Settings
from onelogin.saml2.utils import OneLogin_Saml2_Utils

NS = {"md": "urn:oasis:names:tc:SAML:2.0:metadata"}
idp_path, sp_path, response_path, moment = sys.argv[1:5]
at = calendar.timegm(time.strptime(moment, "%Y-%m-%dT%H:%M:%SZ"))
OneLogin_Saml2_Utils.now = staticmethod(lambda: at)

idp = OneLogin_Saml2_IdPMetadataParser.parse(open(idp_path, "rb").read())
sp = etree.fromstring(open(sp_path, "rb").read())
acs = sp.xpath("//md:SPSSODescriptor/md:AssertionConsumerService/@Location", namespaces=NS)[0]
settings = OneLogin_Saml2_Settings(
    {
        "strict": True,
        "sp": {
            "entityId": sp.get("entityID"),
            "assertionConsumerService": {"url": acs},
        },
        "idp": idp["idp"],
    },
    sp_validation_only=True,
)
response = OneLogin_Saml2_Response(settings, open(response_path).read().strip())
# The request TOPdesk received: the POST to its Reply URL.
url = urlsplit(acs)
valid = response.is_valid({"https": "on", "http_host": url.netloc, "script_name": url.path})
print("valid" if valid else f"not valid: {response.get_error()}", response.get_nameid() if valid else "")
sys.exit(0 if valid else 1)
