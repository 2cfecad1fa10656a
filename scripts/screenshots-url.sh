#!/usr/bin/env bash
# Screenshots of metadata by URL and of the comparison, under Xvfb, against a local HTTPS server
# (python3's http.server with a root made here by openssl, trusted through SSL_CERT_FILE).
# Usage: scripts/screenshots-url.sh [BIN] [OUTDIR] [light|dark]
# Writes 3-topdesk-fetching-<theme>.png, 3-topdesk-fetch-error-<theme>.png and
# 2-entra-compare-<theme>.png (1280x800). Needs: xvfb xauth imagemagick xdotool openssl python3.
# The clicks are at fixed positions of the 1280x800 layout; re-check them when the layout changes.
set -euo pipefail
bin=${1:-target/release/topdesk-sso-assistant}
out=${2:-docs/screenshots}
theme=${3:-light}
bin=$(realpath "$bin"); mkdir -p "$out"; out=$(realpath "$out")
samples=$(realpath "$(dirname "$0")/../assets/samples")
work=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$work"

# A root, and a certificate for localhost it signs.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=Screenshot Root" \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign -keyout ca.key -out ca.pem 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=localhost" -keyout leaf.key -out leaf.csr 2>/dev/null
printf 'subjectAltName=DNS:localhost\n' > ext.cnf
openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile ext.cnf -out leaf.pem 2>/dev/null

# The version TOPdesk has: the sample with another signing certificate (Entra has rolled since).
openssl req -x509 -newkey rsa:2048 -nodes -days 1095 -subj "/CN=Microsoft Azure Federated SSO Certificate" \
  -keyout old.key -out old.pem 2>/dev/null
old_b64=$(sed '/-----/d' old.pem | tr -d '\n')
python3 - "$samples/sample-entra-federation-metadata.xml" "$old_b64" > topdesk-has.xml <<'PY'
import re, sys
xml = open(sys.argv[1], encoding="utf-8").read()
print(re.sub(r"<X509Certificate>[^<]*</X509Certificate>", "<X509Certificate>%s</X509Certificate>" % sys.argv[2], xml), end="")
PY

cat > server.py <<'PY'
import http.server, ssl, sys, time
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith("/slow/"):
            time.sleep(25)
        self.send_error(404, "Not Found")
    def log_message(self, *a):
        pass
s = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain("leaf.pem", "leaf.key")
s.socket = ctx.wrap_socket(s.socket, server_side=True)
print(s.server_address[1], flush=True)
s.serve_forever()
PY
python3 server.py > port.txt & sleep 1
port=$(cat port.txt)

export TOPDESK_SSO_CONFIG_DIR=$work/config SSL_CERT_FILE=$work/ca.pem
mkdir -p "$TOPDESK_SSO_CONFIG_DIR"
echo "{\"window_size\":[1280,800],\"theme\":\"$theme\"}" > "$TOPDESK_SSO_CONFIG_DIR/settings.json"
xvfb-run -a -s "-screen 0 1320x840x24" bash -c '
  set -e
  bin=$0 out=$1 theme=$2 port=$3 work=$4
  "$bin" --demo & app=$!
  for _ in $(seq 50); do win=$(xdotool search --name "TOPdesk SSO Assistant" 2>/dev/null | head -1) && [ -n "$win" ] && break; sleep 0.2; done
  sleep 2
  xdotool windowfocus --sync "$win" || true
  click() { xdotool mousemove --window "$win" "$1" "$2"; sleep 0.3; xdotool click 1; sleep 0.4; }
  type_into() { click "$1" "$2"; xdotool key ctrl+a; xdotool type --delay 5 "$3"; xdotool key Return; }
  # Step 3: a fetch in progress (the server takes 25 s), then Cancel, then a 404.
  click 100 140
  sleep 0.8
  type_into ${URL_X:-750} ${URL_Y:-165} "https://localhost:$port/slow/saml-metadata/4f1c2b9a"
  sleep 1.5
  import -window "$win" "$out/3-topdesk-fetching-$theme.png"
  click ${CANCEL_X:-780} ${URL_Y:-165}
  sleep 0.5
  type_into ${URL_X:-750} ${URL_Y:-165} "https://localhost:$port/saml-metadata/4f1c2b9a"
  sleep 2
  import -window "$win" "$out/3-topdesk-fetch-error-$theme.png"
  # Step 2: compare with the version TOPdesk has.
  click 90 108
  sleep 0.8
  type_into ${CMP_X:-740} ${CMP_Y:-566} "$work/topdesk-has.xml"
  sleep 2
  xdotool mousemove --window "$win" 700 500
  sleep 0.3
  for _ in $(seq 30); do xdotool click 5; sleep 0.05; done
  sleep 1
  import -window "$win" "$out/2-entra-compare-$theme.png"
  kill $app
' "$bin" "$out" "$theme" "$port" "$work"
ls -la "$out"/*fetch* "$out"/*compare*
