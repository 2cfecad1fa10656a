#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ from the test data, the demo samples, earlier findings
# (tests/data/fuzz/<target>-*.bin) and, when openssl is installed, a key pair written in every
# format the app reads (as tests/keys.rs makes them). Existing corpus files are kept, so a long
# run's corpus keeps growing. Extra fixtures: FUZZ_FIXTURES (default ../shared/fixtures beside the repo).
set -euo pipefail
fuzz=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz")
corpus=$fuzz/corpus
fixtures=${FUZZ_FIXTURES:-$root/../shared/fixtures}
password=Zq7-Hunter2-Pw # as tests/common/mod.rs; 14 bytes
targets=(text_decode metadata_read check signature key_load key_load_password pkcs12 cert_der logo inspect diagnose)
for t in "${targets[@]}"; do mkdir -p "$corpus/$t"; done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# put TARGET... FILE: copy FILE into each target's corpus.
put() {
  local file=${*: -1}
  for t in "${@:1:$#-1}"; do cp "$file" "$corpus/$t/$(basename "$file")"; done
}
# with_password TARGET... FILE: `[len][password][file]`, the password-taking targets' input.
with_password() {
  local file=${*: -1} out
  out=$work/pw-$(basename "$file")
  { printf "\\x$(printf %02x ${#password})%s" "$password"; cat "$file"; } >"$out"
  for t in "${@:1:$#-1}"; do cp "$out" "$corpus/$t/"; done
}

# Metadata: the Entra files, the demo SP file, and variants in other encodings.
xml=()
for dir in "$root/tests/data/entra" "$fixtures/entra" "$root/assets/samples"; do
  [ -d "$dir" ] && for f in "$dir"/*.xml; do [ -f "$f" ] && xml+=("$f"); done
done
sp=$root/assets/samples/sample-topdesk-sp-metadata.xml
for f in "${xml[@]}"; do put text_decode metadata_read signature inspect diagnose "$f"; done
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$sp"; } >"$work/sp-utf16le.xml"
{ printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$sp"; } >"$work/sp-utf16be.xml"
{ printf '\xef\xbb\xbf'; cat "$sp"; } >"$work/sp-bom.xml"
sed 's/$/\r/' "$sp" >"$work/sp-crlf.xml"
for f in "$work"/sp-*.xml; do put text_decode metadata_read inspect "$f"; done
# check: Entra file, separator (fuzz/src/lib.rs), TOPdesk file.
for f in "${xml[@]}"; do
  [ "$f" = "$sp" ] && continue
  { cat "$f"; printf '\0--sp--\0'; cat "$sp"; } >"$work/check-$(basename "$f")"
  put check "$work/check-$(basename "$f")"
done
put check "$sp"

# Certificates and keys: the demo pair, then every format openssl can write.
for f in "$root"/assets/samples/*.pem; do
  put text_decode key_load inspect "$f"
  with_password key_load_password "$f"
done
if command -v openssl >/dev/null 2>&1; then
  (
    cd "$work"
    ssl() { openssl "$@" -passout "pass:$password" 2>/dev/null || echo "seed.sh: openssl $1 $2 failed, seed skipped" >&2; }
    openssl req -x509 -newkey rsa:2048 -nodes -keyout a.key -out a.crt -days 400 -subj /CN=acme.topdesk.net 2>/dev/null
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ec.key -out ec.crt -days 400 -subj /CN=ec.topdesk.net 2>/dev/null
    openssl x509 -in a.crt -outform DER -out a.crt.der
    openssl x509 -in ec.crt -outform DER -out ec.crt.der
    base64 -w0 a.crt.der >a.crt.b64
    cat a.crt a.key >combined.pem
    sed 's/ PRIVATE KEY-----/ RSA PRIVATE KEY-----/' a.key >pkcs8-under-rsa-header.pem
    openssl pkcs8 -topk8 -nocrypt -in a.key -outform DER -out pkcs8.der
    openssl rsa -in a.key -traditional -out pkcs1.pem 2>/dev/null
    openssl rsa -in a.key -traditional -outform DER -out pkcs1.der 2>/dev/null
    openssl ec -in ec.key -out ec-sec1.pem 2>/dev/null
    ssl pkcs8 -topk8 -v2 aes-256-cbc -in a.key -out pbes2-aes256.pem
    ssl pkcs8 -topk8 -v2 aes-256-cbc -in a.key -outform DER -out pbes2-aes256.der
    ssl pkcs8 -topk8 -v2 des3 -in a.key -out pbes2-des3.pem
    ssl pkcs8 -topk8 -v2 aes-128-cbc -v2prf hmacWithSHA1 -in a.key -out pbes2-sha1.pem
    ssl pkcs8 -topk8 -scrypt -in a.key -out pbes2-scrypt.pem
    ssl rsa -in a.key -aes256 -traditional -out legacy-aes256.pem
    ssl rsa -in a.key -des3 -traditional -out legacy-des3.pem
    ssl pkcs12 -export -in a.crt -inkey a.key -out default.pfx
    ssl pkcs12 -export -legacy -in a.crt -inkey a.key -out legacy.pfx
    ssl pkcs12 -export -keypbe NONE -certpbe NONE -in a.crt -inkey a.key -out no-pbe.pfx
    ssl pkcs12 -export -in ec.crt -inkey ec.key -out ec.pfx
    openssl pkcs12 -export -in a.crt -inkey a.key -passout pass: -out empty-password.pfx
  )
  for f in "$work"/*.key "$work"/*.crt "$work"/*.der "$work"/*.b64 "$work"/*.pem "$work"/*.pfx; do
    [ -f "$f" ] || continue
    case $f in *.pfx | *.der) ;; *) put text_decode "$f" ;; esac
    put key_load inspect "$f"
    with_password key_load_password "$f"
    case $f in *.pfx) with_password pkcs12 "$f" ;; esac
  done
  { printf '\x00'; cat "$work/empty-password.pfx"; } >"$work/nopw-empty-password.pfx"
  put pkcs12 key_load_password "$work/nopw-empty-password.pfx"
  put cert_der "$work/a.crt.der"
  put cert_der "$work/ec.crt.der"
else
  echo "seed.sh: openssl not found; key and PKCS#12 corpora get only the demo files" >&2
fi
# The certificates inside the metadata files, as DER.
n=0
for f in "${xml[@]}"; do
  grep -o 'X509Certificate>[^<]*<' "$f" | sed 's/^X509Certificate>//; s/<$//' | sort -u |
    while read -r b64; do
      n=$((n + 1))
      printf '%s' "$b64" | tr -d ' \r\n' | base64 -d >"$corpus/cert_der/$(basename "$f" .xml)-$n.der" 2>/dev/null || true
    done
done

# Logos: the app icon (PNG) and the smallest GIF, JPEG and ICO headers the sniffer reads.
put logo inspect "$root/assets/icons/hicolor/16x16/apps/io.github.topdesk_sso.Assistant.png"
printf 'GIF89a\x10\x00\x10\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00;' >"$work/logo.gif"
printf '\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xc0\x00\x11\x08\x00\x10\x00\x20\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01\xff\xd9' >"$work/logo.jpg"
printf '\x00\x00\x01\x00\x01\x00\x10\x20\x00\x00\x01\x00\x20\x00\x04\x00\x00\x00\x16\x00\x00\x00\x00\x00\x00\x00' >"$work/logo.ico"
for f in "$work"/logo.*; do put logo inspect "$f"; done

# diagnose: responses whose assertion is signed by a throwaway key and encrypted to the demo
# TOPdesk certificate (the target decrypts with the demo key), plus the same with an extra
# signature in each place one can point from (Advice, a key RetrievalMethod, a Reference to a
# local file), so the fuzzer starts from decryption and signature vetting, not only the reader.
if command -v xmlsec1 >/dev/null 2>&1 && command -v openssl >/dev/null 2>&1; then
  (
    cd "$work"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout idp.key -out idp.crt -days 400 \
      -subj "/CN=Microsoft Azure Federated SSO Certificate" 2>/dev/null
    ds='xmlns:ds="http://www.w3.org/2000/09/xmldsig#"'
    sig() { # sig URI: a signature template pointing at URI
      printf '<ds:Signature %s><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><ds:Reference URI="%s"><ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/><ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></ds:Transforms><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue/></ds:Reference></ds:SignedInfo><ds:SignatureValue/><ds:KeyInfo><ds:X509Data><ds:X509Certificate/></ds:X509Data></ds:KeyInfo></ds:Signature>' "$ds" "$1"
    }
    host=demo.topdesk.example
    printf '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_r1" Version="2.0" IssueInstant="2024-03-01T00:00:00Z" Destination="https://%s/tas/secure/login/verify" InResponseTo="_q1"><Issuer xmlns="urn:oasis:names:tc:SAML:2.0:assertion">https://sts.windows.net/00000000-0000-4000-8000-0000000000aa/</Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status><Assertion xmlns="urn:oasis:names:tc:SAML:2.0:assertion" ID="_a1" IssueInstant="2024-03-01T00:00:00Z" Version="2.0"><Issuer>https://sts.windows.net/00000000-0000-4000-8000-0000000000aa/</Issuer>%s<Subject><NameID>jane@demo.example</NameID><SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><SubjectConfirmationData InResponseTo="_q1" NotOnOrAfter="2024-03-01T01:00:00Z" Recipient="https://%s/tas/secure/login/verify"/></SubjectConfirmation></Subject><Conditions NotBefore="2024-02-29T23:55:00Z" NotOnOrAfter="2024-03-01T01:00:00Z"><AudienceRestriction><Audience>https://%s/saml-metadata/1</Audience></AudienceRestriction></Conditions></Assertion></samlp:Response>' \
      "$host" "$(sig '#_a1')" "$host" "$host" >response.xml
    xmlsec1 --sign --privkey-pem idp.key,idp.crt --id-attr:ID urn:oasis:names:tc:SAML:2.0:assertion:Assertion \
      --output signed.xml response.xml 2>/dev/null
    sed -i 's/^<?xml[^>]*>//' signed.xml
    retrieval='<ds:RetrievalMethod URI="victim-pipe" Type="http://www.w3.org/2000/09/xmldsig#rawX509Certificate"/><ds:X509Data>'
    cp signed.xml enc-plain.xml
    sed "s|</Conditions>|</Conditions><Advice>$(sig victim-pipe)</Advice>|" signed.xml >enc-advice.xml
    sed "0,/<ds:X509Data>/s||$retrieval|" signed.xml >enc-retrieval.xml
    sed '0,/URI="#_a1"/s//URI="big"/' signed.xml >enc-local-file.xml
    printf '<xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#" Type="http://www.w3.org/2001/04/xmlenc#Element"><xenc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc"/><ds:KeyInfo %s><xenc:EncryptedKey><xenc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"/><xenc:CipherData><xenc:CipherValue/></xenc:CipherData></xenc:EncryptedKey></ds:KeyInfo><xenc:CipherData><xenc:CipherValue/></xenc:CipherData></xenc:EncryptedData>' "$ds" >enc-template.xml
    for v in enc-plain enc-advice enc-retrieval enc-local-file; do
      sed -e 's|<Assertion |<EncryptedAssertion xmlns="urn:oasis:names:tc:SAML:2.0:assertion"><Assertion |' \
        -e 's|</Assertion>|</Assertion></EncryptedAssertion>|' "$v.xml" >"$v-wrapped.xml"
      xmlsec1 --encrypt --pubkey-cert-pem "$root/assets/samples/sample-topdesk-certificate.pem" \
        --session-key aes-256 --xml-data "$v-wrapped.xml" --node-xpath "//*[local-name()='Assertion']" \
        --output "$v-out.xml" enc-template.xml 2>/dev/null
      base64 -w0 "$v-out.xml" >"$corpus/diagnose/$v.b64"
      sed 's/^<?xml[^>]*>//' "$v-out.xml" >"$corpus/diagnose/$v.xml"
    done
  ) || echo "seed.sh: xmlsec1 failed; diagnose gets no encrypted seeds" >&2
else
  echo "seed.sh: xmlsec1 or openssl not found; diagnose gets no encrypted seeds" >&2
fi

# Earlier findings: tests/data/fuzz/<target>-<name>.bin.
for f in "$root"/tests/data/fuzz/*.bin; do
  [ -f "$f" ] || continue
  t=$(basename "$f"); t=${t%%-*}
  [ -d "$corpus/$t" ] && cp "$f" "$corpus/$t/"
done

for t in "${targets[@]}"; do
  printf '%-18s %3d seeds\n' "$t" "$(find "$corpus/$t" -type f | wc -l)"
done
