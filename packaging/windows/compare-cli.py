#!/usr/bin/env python3
"""The Windows CLI (under Wine) must say exactly what the Linux CLI says.

Both get the same inputs: the Entra fixtures, the demo samples, CRLF copies and files made by
each side's `keygen`. Linux reads them from a plain folder; Windows from a copy in a folder with
spaces and non-ASCII letters, through drive-letter paths with backslashes. JSON outputs must be
equal once each side's folder is replaced by <IN>/<OUT>; exit codes must be equal everywhere;
exports must hold the same files with the same bytes, and their manifest's SHA-256 must hold.
Exit status 0 when all cases agree; otherwise every difference is printed and the status is 1.

    compare-cli.py --linux target/release/topdesk-sso --windows target/windows/topdesk-sso.exe --work DIR
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

NOW = "2027-01-15T12:00:00Z"
ROOT = Path(__file__).resolve().parents[2]
ENTRA = sorted((ROOT / "tests/data/entra").glob("*.xml"))
SAMPLES = ROOT / "assets/samples"
KEY_ACCESS = r", (readable by you only|NOT protected: [^\n]*?)(?= \(TOPdesk|;)"


class Side:
    """One CLI and the folder its inputs and outputs live in."""

    def __init__(self, name, exe, folder):
        self.name, self.exe, self.folder = name, Path(exe).resolve(), folder
        self.wine = self.exe.suffix == ".exe"
        self._prefix = self.path_of(folder)

    def path_of(self, p):
        """How this side's program is told about `p`: a Windows path under Wine."""
        if not self.wine:
            return str(p)
        out = subprocess.run(["winepath", "-w", str(p)], capture_output=True, text=True, check=True,
                             stdin=subprocess.DEVNULL, timeout=60)
        return out.stdout.strip()

    def run(self, *args):
        argv = [self.path_of(a) if isinstance(a, Path) else a for a in args]
        cmd = (["wine", str(self.exe)] if self.wine else [str(self.exe)]) + argv
        env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", NO_COLOR="1")
        p = subprocess.run(cmd, capture_output=True, env=env, timeout=300, stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    def neutral(self, text):
        """The text with this side's folder as <DIR> and its path separators as '/'."""
        def fix(m):
            return "<DIR>" + m.group(1).replace("\\", "/")
        # In JSON a backslash is written twice.
        for prefix in (self._prefix, self._prefix.replace("\\", "\\\\")):
            text = re.sub(re.escape(prefix) + r"((?:[\\/][^\s\"',;:)]*)?)", fix, text)
        text = text.replace("\\\\", "\\")
        # What protects the key is read back from the file system, and Wine keeps no access
        # lists (it maps them to mode bits), so under Wine the CLI rightly says NOT protected.
        # Both sayings become one token; main() checks that Linux said "readable by you only".
        return re.sub(KEY_ACCESS, ", <key access>", text)


def inputs(folder):
    """The input set, written into `folder` (the same bytes on both sides)."""
    folder.mkdir(parents=True)
    files = {}
    for f in ENTRA:
        files[f.name] = f.read_bytes()
    for f in SAMPLES.glob("sample-*"):
        files[f.name] = f.read_bytes()
    crlf = lambda b: b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    files["crlf-entra.xml"] = crlf(ENTRA[0].read_bytes())
    files["crlf-topdesk-sp.xml"] = crlf((SAMPLES / "sample-topdesk-sp-metadata.xml").read_bytes())
    sp = (SAMPLES / "sample-topdesk-sp-metadata.xml").read_text(encoding="utf-8")
    files["public-topdesk-sp.xml"] = sp.replace("/tas/secure/", "/tas/public/").encode()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return sorted(files)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--linux", required=True)
    ap.add_argument("--windows", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    work = Path(a.work).resolve()
    shutil.rmtree(work, ignore_errors=True)
    lin = Side("linux", a.linux, work / "linux")
    win = Side("windows", a.windows, work / "Windows inputs é ü")
    names = inputs(lin.folder)
    inputs(win.folder)
    failures, cases = [], 0

    def same(label, *args, json_out=True):
        nonlocal cases
        cases += 1
        results = []
        for side in (lin, win):
            real = [side.folder / x[1:] if isinstance(x, str) and x.startswith("@") else x for x in args]
            code, out, err = side.run(*real)
            results.append((code, side.neutral(out), side.neutral(err)))
        (lc, lo, le), (wc, wo, we) = results
        if lc != wc:
            failures.append(f"{label}: exit {lc} on Linux, {wc} on Windows\n  {le.strip()}\n  {we.strip()}")
            return results
        if json_out is None:
            pass
        elif json_out:
            try:
                if json.loads(lo) != json.loads(wo):
                    failures.append(f"{label}: JSON differs\n--- linux\n{lo}\n--- windows\n{wo}")
            except json.JSONDecodeError as e:
                failures.append(f"{label}: not JSON ({e})\n--- linux\n{lo}{le}\n--- windows\n{wo}{we}")
        elif lo != wo:
            failures.append(f"{label}: output differs\n--- linux\n{lo}\n--- windows\n{wo}")
        return results

    sps = ["sample-topdesk-sp-metadata.xml", "crlf-topdesk-sp.xml", "public-topdesk-sp.xml"]
    idps = [f.name for f in ENTRA] + ["sample-entra-federation-metadata.xml", "crlf-entra.xml"]
    for n in names:
        same(f"inspect {n}", "inspect", "@" + n, "--json", "--now", NOW)
    for sp in sps:
        same(f"urls {sp}", "urls", "--sp", "@" + sp, "--json")
        same(f"urls {sp} (text)", "urls", "--sp", "@" + sp, json_out=False)
    pair = ["--cert", "@sample-topdesk-certificate.pem", "--key", "@sample-topdesk-private-key.pem"]
    for idp in idps:
        for sp in sps:
            same(f"check {idp} {sp}", "check", "--idp", "@" + idp, "--sp", "@" + sp, *pair, "--json", "--now", NOW)
    same("check (text)", "check", "--idp", "@" + idps[0], "--sp", "@" + sps[0], "--now", NOW, json_out=False)
    # The catalogues are inside each executable: Dutch and German text the same on both sides.
    for lang in ("nl", "de"):
        same(f"check (text, --lang {lang})", "check", "--lang", lang, "--idp", "@" + idps[1], "--sp", "@" + sps[0],
             *pair, "--now", NOW, json_out=False)
    same("diff", "diff", "@" + idps[0], "@" + idps[1], "--json", "--now", NOW)
    # The OS words "file not found" its own way: the exit code must agree.
    same("missing input", "inspect", "@no-such-file.xml", json_out=None)

    # keygen: random keys, so each side inspects what the other made, and the texts agree once the
    # thumbprint, dates and timing are masked.
    for side in (lin, win):
        code, out, err = side.run("keygen", "--host", "acme.topdesk.net", "--out", side.folder / "gen")
        if code != 0:
            failures.append(f"keygen on {side.name}: exit {code}: {err}")
    for made_by in (lin, win):
        for f in ("topdesk-certificate.pem", "topdesk-certificate.cer", "topdesk-private-key.pk8.der"):
            src = made_by.folder / "gen" / f
            for side in (lin, win):
                dst = side.folder / f"{made_by.name}-{f}"
                if src.exists() and not dst.exists():
                    shutil.copy(src, dst)
            same(f"inspect {made_by.name}'s keygen {f}", "inspect", f"@{made_by.name}-{f}", "--json", "--now", NOW)
        same(f"pair of {made_by.name}'s keygen", "check", "--idp", "@" + idps[0], "--sp", "@" + sps[0],
             "--cert", f"@{made_by.name}-topdesk-certificate.pem", "--key", f"@{made_by.name}-topdesk-private-key.pk8.der",
             "--json", "--now", NOW)

    # export: the same bundle, byte for byte; an existing name refused the same way.
    export = ["export", "--idp", "@sample-entra-federation-metadata.xml", "--sp", "@" + sps[0], *pair, "--now", NOW]
    lin_export = lin.run(*[lin.folder / x[1:] if x.startswith("@") else x for x in export],
                         "--out", lin.folder / "probe-bundle")
    if "(private key, readable by you only; keep it safe)" not in lin_export[1]:
        failures.append(f"Linux export does not say the key is readable by its owner only:\n{lin_export[1]}")
    same("export", *export, "--out", "@bundle", json_out=False)
    same("export onto an existing name", *export, "--out", "@bundle", json_out=False)
    same("export zip", *export, "--zip", "--out", "@bundle.zip", json_out=False)
    lb, wb = lin.folder / "bundle", win.folder / "bundle"
    lfiles = sorted(p.relative_to(lb).as_posix() for p in lb.rglob("*") if p.is_file())
    wfiles = sorted(p.relative_to(wb).as_posix() for p in wb.rglob("*") if p.is_file()) if wb.exists() else []
    if lfiles != wfiles:
        failures.append(f"export: files differ\n  linux   {lfiles}\n  windows {wfiles}")
    for rel in lfiles:
        if rel in wfiles and (lb / rel).read_bytes() != (wb / rel).read_bytes():
            failures.append(f"export: {rel} differs")
    manifest = wb / "manifest.json"
    if not manifest.exists():
        failures.append("export: no manifest.json in the Windows bundle")
    else:
        for name, digest in json.loads(manifest.read_text(encoding="utf-8"))["files"].items():
            f = wb / name
            if not f.exists() or hashlib.sha256(f.read_bytes()).hexdigest() != digest:
                failures.append(f"export: the manifest's SHA-256 of {name} does not hold")
    key = wb / "3-topdesk-private-key.pk8.der"
    if not key.exists():
        failures.append("export: the Windows bundle has no key file")

    for f in failures:
        print("DIFFERENCE:", f, sep=" ", file=sys.stderr)
    print(f"{cases} cases compared, {len(failures)} differences")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
