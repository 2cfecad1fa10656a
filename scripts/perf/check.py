#!/usr/bin/env python3
"""The yardstick for `topdesk-sso check` (scripts/perf.sh): the same work in Python with lxml,
signxml and cryptography. Reads the Entra federation metadata and verifies its signature with one
of its signing certificates, reads the TOPdesk SP metadata, and proves the TOPdesk pair (public key
equality and one signature, as `check` does). Prints a few lines; exit 1 when a check fails.
Usage: check.py IDP.xml SP.xml CERT.pem KEY.pem"""
import base64
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from lxml import etree
from signxml import XMLVerifier

NS = {"md": "urn:oasis:names:tc:SAML:2.0:metadata", "ds": "http://www.w3.org/2000/09/xmldsig#"}
idp_path, sp_path, cert_path, key_path = sys.argv[1:5]

idp_bytes = open(idp_path, "rb").read()
idp = etree.fromstring(idp_bytes)
signing = [
    x509.load_der_x509_certificate(base64.b64decode("".join(text.split())))
    for text in idp.xpath(
        "//md:IDPSSODescriptor/md:KeyDescriptor[@use='signing']//ds:X509Certificate/text()",
        namespaces=NS,
    )
]
signer = None
for cert in signing:
    try:
        XMLVerifier().verify(idp_bytes, x509_cert=cert.public_bytes(serialization.Encoding.PEM))
        signer = cert
        break
    except Exception:
        pass
sso = idp.xpath("//md:IDPSSODescriptor/md:SingleSignOnService/@Location", namespaces=NS)
print("Entra", idp.get("entityID"), sso[0] if sso else "-", "signed" if signer else "NOT SIGNED")
for cert in signing:
    print("  ", cert.subject.rfc4514_string(), cert.not_valid_after_utc, cert.fingerprint(hashes.SHA1()).hex())

sp = etree.fromstring(open(sp_path, "rb").read())
acs = sp.xpath("//md:SPSSODescriptor/md:AssertionConsumerService/@Location", namespaces=NS)
print("TOPdesk", sp.get("entityID"), acs)

cert = x509.load_pem_x509_certificate(open(cert_path, "rb").read())
key = serialization.load_pem_private_key(open(key_path, "rb").read(), password=None)
same = key.public_key().public_numbers() == cert.public_key().public_numbers()
message = b"TOPdesk SSO Assistant key pair proof"
signature = key.sign(message, padding.PKCS1v15(), hashes.SHA256())
try:
    cert.public_key().verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
    proved = same
except Exception:
    proved = False
print("Pair", "MATCH" if proved else "MISMATCH", cert.not_valid_after_utc)
sys.exit(0 if signer and proved else 1)
