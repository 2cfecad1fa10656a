#!/usr/bin/env bash
# Makes the SAMPLE files behind `--demo`: an Entra-shaped federation metadata file (signed with
# a throwaway key, like Entra signs its own), a TOPdesk-shaped SP metadata file, and a sample
# TOPdesk key pair. None of this is real customer data; the keys exist only for the demo.
# Needs openssl and xmlsec1. Run from this folder; commit the outputs.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
tenant=00000000-0000-4000-8000-0000000000aa
host=demo.topdesk.example

# Entra's signing key (stays here, like Entra keeps its own) and the TOPdesk server pair.
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 -subj "/CN=Microsoft Azure Federated SSO Certificate" \
  -keyout "$work/entra-key.pem" -out "$work/entra-cert.pem" 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 -subj "/CN=$host" -addext "subjectAltName=DNS:$host" \
  -keyout sample-topdesk-private-key.pem -out sample-topdesk-certificate.pem 2>/dev/null
entra_b64=$(grep -v -- ----- "$work/entra-cert.pem" | tr -d '\n')
topdesk_b64=$(grep -v -- ----- sample-topdesk-certificate.pem | tr -d '\n')
id="_$(cat /proc/sys/kernel/random/uuid)"
kd="<KeyDescriptor use=\"signing\"><KeyInfo xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><X509Data><X509Certificate>$entra_b64</X509Certificate></X509Data></KeyInfo></KeyDescriptor>"
fed='xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:fed="http://docs.oasis-open.org/wsfed/federation/200706"'
login="https://login.microsoftonline.com/$tenant"
cat > "$work/tmpl.xml" <<XML
<?xml version="1.0" encoding="utf-8"?><EntityDescriptor ID="$id" entityID="https://sts.windows.net/$tenant/" xmlns="urn:oasis:names:tc:SAML:2.0:metadata"><Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#" /><SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256" /><Reference URI="#$id"><Transforms><Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature" /><Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#" /></Transforms><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256" /><DigestValue></DigestValue></Reference></SignedInfo><SignatureValue></SignatureValue><KeyInfo><X509Data><X509Certificate>$entra_b64</X509Certificate></X509Data></KeyInfo></Signature><RoleDescriptor xsi:type="fed:SecurityTokenServiceType" protocolSupportEnumeration="http://docs.oasis-open.org/wsfed/federation/200706" $fed>$kd<fed:PassiveRequestorEndpoint><wsa:EndpointReference xmlns:wsa="http://www.w3.org/2005/08/addressing"><wsa:Address>$login/wsfed</wsa:Address></wsa:EndpointReference></fed:PassiveRequestorEndpoint></RoleDescriptor><RoleDescriptor xsi:type="fed:ApplicationServiceType" protocolSupportEnumeration="http://docs.oasis-open.org/wsfed/federation/200706" $fed>$kd<fed:PassiveRequestorEndpoint><wsa:EndpointReference xmlns:wsa="http://www.w3.org/2005/08/addressing"><wsa:Address>$login/wsfed</wsa:Address></wsa:EndpointReference></fed:PassiveRequestorEndpoint></RoleDescriptor><IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">$kd<SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="$login/saml2" /><SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="$login/saml2" /><SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="$login/saml2" /></IDPSSODescriptor></EntityDescriptor>
XML
xmlsec1 --sign --privkey-pem "$work/entra-key.pem" --id-attr:ID urn:oasis:names:tc:SAML:2.0:metadata:EntityDescriptor \
  --output sample-entra-federation-metadata.xml "$work/tmpl.xml"

cat > sample-topdesk-sp-metadata.xml <<XML
<?xml version="1.0" encoding="UTF-8"?>
<!-- SAMPLE TOPdesk SP metadata for the TOPdesk SSO Assistant demo; not a real TOPdesk. -->
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://$host/saml-metadata/5f0c1e2d">
  <md:SPSSODescriptor AuthnRequestsSigned="true" WantAssertionsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>$topdesk_b64</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </md:KeyDescriptor>
    <md:KeyDescriptor use="encryption">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>$topdesk_b64</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://$host/tas/secure/login/verify" index="0" isDefault="true"/>
  </md:SPSSODescriptor>
</md:EntityDescriptor>
XML
# The captures of the Test login step; the signed-in one is signed with the Entra key above.
python3 make-sample-login.py "$work/entra-key.pem" "$work/entra-cert.pem"
echo "made: $(ls sample-*)"
