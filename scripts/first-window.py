#!/usr/bin/python3
"""Time to the first drawn window, ours against XCA (called by scripts/first-window.sh).

Each run starts the program on an Xvfb of our own (no window manager; black root, so a window
that has not painted reads as uniform black), with a fresh HOME and XDG folders (a first start:
no settings to read, the same settings I/O each run), and polls the X server every ~1 ms: the
time counted is from just before exec to the first grab in which a mapped top-level window of the
process holds pixels that are not all the same colour (its frame painted, not only mapped; the
time it was first seen mapped is printed too). Programs alternate run by run, each killed after
its run; one uncounted run each comes first (the page cache). The machine's load average is
printed: other work on the machine shows in the times.
"""

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

from Xlib import X, display as xdisplay
from Xlib.error import XError
from Xlib.ext import damage

POLL_S = 0.001
TIMEOUT_S = 20.0
BAND_ROWS = 32


def prioritise(nice):
    """Runs the rest of this script, and so Xvfb and the programs, at niceness `nice` (below 0
    needs root). The kernel weighs niceness only within a scheduling autogroup (a session), so
    this goes on in a child with a session of its own; the parent waits for it."""
    child = os.fork()
    if child:
        try:
            _, status = os.waitpid(child, 0)
        except KeyboardInterrupt:
            os.kill(child, signal.SIGTERM)
            _, status = os.waitpid(child, 0)
        sys.exit(os.waitstatus_to_exitcode(status))
    os.setsid()
    try:
        with open("/proc/self/autogroup", "w") as f:
            f.write(str(nice))
    except OSError:
        pass  # no autogroups: niceness alone does it
    os.nice(nice)


def start_xvfb(size):
    """An Xvfb on a free display number; returns (process, ':N')."""
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-br", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            sys.exit("first-window: Xvfb did not start")
        number += chunk
    os.close(read)
    return proc, ":" + number.decode().strip()


def fresh_env(disp, root, cache):
    """A first start: empty HOME and XDG folders (the cache folder too, unless `cache` names one
    kept between runs), nothing else from our environment that a desktop session would add (no
    session bus, so neither program asks a portal)."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DISPLAY": disp,
        "LANG": "C.UTF-8",
        "HOME": root,
    }
    for var, sub in [
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_RUNTIME_DIR", "run"),
    ]:
        path = os.path.join(root, sub)
        os.makedirs(path, mode=0o700, exist_ok=True)
        env[var] = path
    if cache:
        env["XDG_CACHE_HOME"] = cache
    return env


def painted(win):
    """True when the window's contents are not one colour. Read in bands from the top, stopping
    at the first sign of paint: a painted window costs one small grab, an unpainted one a whole
    window's worth."""
    geom = win.get_geometry()
    first = None
    for y in range(0, geom.height, BAND_ROWS):
        rows = min(BAND_ROWS, geom.height - y)
        data = win.get_image(0, y, geom.width, rows, X.ZPixmap, 0xFFFFFFFF).data
        bpp = len(data) // (geom.width * rows)
        first = first or data[:bpp]
        if data != first * (len(data) // bpp):
            return True
    return False


def save_ppm(win, path):
    """The window as it is now (right after it was found drawn) as a PPM image."""
    geom = win.get_geometry()
    data = win.get_image(0, 0, geom.width, geom.height, X.ZPixmap, 0xFFFFFFFF).data
    rgb = bytearray(geom.width * geom.height * 3)
    rgb[0::3], rgb[1::3], rgb[2::3] = data[2::4], data[1::4], data[0::4]
    with open(path, "wb") as f:
        f.write(b"P6 %d %d 255\n" % (geom.width, geom.height) + rgb)


class Poller:
    """Finds the process's mapped top-level windows and sees when one is drawn. A mapped window
    is grabbed once when found, then again only after the X server reports a change to its
    contents (the DAMAGE extension): repeated grabs of a still-blank window would cost the
    machine the time the program needs to draw it. Counts how long one poll takes."""

    def __init__(self, dpy):
        self.dpy = dpy
        self.root = dpy.screen().root
        self.pid_atom = dpy.intern_atom("_NET_WM_PID")
        if not dpy.has_extension("DAMAGE"):
            sys.exit("first-window: the X server has no DAMAGE extension")
        dpy.damage_query_version()
        self.damage_event = dpy.extension_event.DamageNotify
        self.periods = []  # seconds from one poll's start to the next's, when nothing was grabbed
        self.grabs = []  # seconds per poll that grabbed a window's pixels
        self.drawn = None  # the window found drawn last

    def owned_by(self, win, pid):
        prop = win.get_full_property(self.pid_atom, X.AnyPropertyType)
        return prop is not None and len(prop.value) > 0 and prop.value[0] == pid

    def new_windows(self, pid, seen):
        """The process's top-level windows mapped since the last call (`seen`: ids looked at)."""
        found = []
        for win in self.root.query_tree().children:
            if win.id in seen or win.get_attributes().map_state != X.IsViewable:
                continue
            seen.add(win.id)
            if self.owned_by(win, pid):
                found.append(win)
        return found

    def damaged(self, damages):
        """The tracked windows whose contents changed since the last call."""
        changed = {}
        while self.dpy.pending_events():
            ev = self.dpy.next_event()
            if ev.type == self.damage_event and ev.drawable.id in damages:
                self.dpy.damage_subtract(damages[ev.drawable.id])
                changed[ev.drawable.id] = ev.drawable
        return list(changed.values())

    def wait(self, proc, t0):
        """Seconds from t0 to the first painted window of proc (None: none in time), and to the
        poll that first saw it mapped."""
        seen, damages = set(), {}
        mapped = last = None
        while time.perf_counter() - t0 < TIMEOUT_S:
            start = time.perf_counter()
            if last is not None:
                self.periods.append(start - last)
            if proc.poll() is not None:
                return None, mapped
            check = []
            try:
                for win in self.new_windows(proc.pid, seen):
                    # Watched before the first look, so no change falls between the two.
                    damages[win.id] = win.damage_create(damage.DamageReportNonEmpty)
                    mapped = start - t0 if mapped is None else mapped
                    check.append(win)
                check += self.damaged(damages)
                for win in check:
                    if painted(win):
                        self.grabs.append(time.perf_counter() - start)
                        self.drawn = win
                        return start - t0, mapped
            except XError:
                pass  # a window went away between the calls
            if check:
                self.grabs.append(time.perf_counter() - start)
            last = None if check else start
            time.sleep(POLL_S)
        return None, mapped


def run_once(poller, cmd, disp, shot, cache=None):
    root = tempfile.mkdtemp(prefix="first-window-")
    try:
        env = fresh_env(disp, root, cache)
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            cmd,
            env=env,
            cwd=root,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            process_group=0,
        )
        seconds, mapped = poller.wait(proc, t0)
        if shot and seconds is not None:
            save_ppm(poller.drawn, shot)
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=3)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        except ProcessLookupError:
            proc.wait()
        return seconds, mapped
    finally:
        shutil.rmtree(root, ignore_errors=True)


def ms(seconds):
    return "none" if seconds is None else f"{seconds * 1000:.1f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--ours", default="target/release/topdesk-sso-assistant")
    ap.add_argument("--ours-args", default="--demo", help="split at spaces")
    ap.add_argument("--xca", default=shutil.which("xca"), help="XCA's path; empty: no XCA")
    ap.add_argument(
        "--before",
        action="append",
        default=[],
        help="another build of ours (say main's), measured in the same runs as 'before' (again: "
        "'before2', …)",
    )
    ap.add_argument("--screen", default="1280x800x24")
    ap.add_argument(
        "--keep-cache",
        action="store_true",
        help="keep each program's XDG cache folder (Mesa's shader cache) between runs, filled by "
        "an uncounted first run: a later start rather than the very first",
    )
    ap.add_argument(
        "--nice",
        type=int,
        default=0,
        help="run Xvfb and the programs at this niceness (say -15, as root, on a machine busy "
        "with other work; they get their own scheduling group)",
    )
    ap.add_argument(
        "--shots", help="a folder: each run's window, grabbed right after it was counted (PPM)"
    )
    args = ap.parse_args()

    ours = [os.path.abspath(args.ours)] + args.ours_args.split()
    programs = [("ours", ours)]
    for n, other in enumerate(args.before, 1):
        name = "before" if n == 1 else f"before{n}"
        programs.append((name, [os.path.abspath(other)] + args.ours_args.split()))
    if args.xca:
        programs.append(("xca", [args.xca]))
    else:
        print("first-window: no XCA (apt-get install xca); ours only", file=sys.stderr)
    if args.shots:
        os.makedirs(args.shots, exist_ok=True)

    if args.nice:
        prioritise(args.nice)
    load_before = os.getloadavg()[0]
    xvfb, disp = start_xvfb(args.screen)
    caches = {}
    try:
        dpy = xdisplay.Display(disp)
        poller = Poller(dpy)
        # One run each to warm the page cache (not counted).
        for name, cmd in programs:
            if args.keep_cache:
                caches[name] = tempfile.mkdtemp(prefix=f"first-window-cache-{name}-")
            run_once(poller, cmd, disp, None, caches.get(name))
        poller.periods.clear()
        poller.grabs.clear()
        results = {name: [] for name, _ in programs}
        for i in range(1, args.runs + 1):
            line = []
            for name, cmd in programs:
                shot = args.shots and os.path.join(args.shots, f"{name}-{i}.ppm")
                seconds, mapped = run_once(poller, cmd, disp, shot, caches.get(name))
                results[name].append(seconds)
                line.append(f"{name} {ms(seconds)} ms (mapped {ms(mapped)})")
            print(f"run {i}: " + ", ".join(line), flush=True)
    finally:
        xvfb.terminate()
        xvfb.wait()
        for cache in caches.values():
            shutil.rmtree(cache, ignore_errors=True)

    period = statistics.median(poller.periods) if poller.periods else 0
    grab = statistics.median(poller.grabs) if poller.grabs else 0
    print(
        f"poll period (median): {ms(period)} ms (the resolution of the times); a poll that grabs "
        f"a window (when it is mapped, and after each reported change) takes {ms(grab)} ms more"
    )
    print("load average before, after: %.2f, %.2f" % (load_before, os.getloadavg()[0]))
    medians = {}
    for name, values in results.items():
        done = [v for v in values if v is not None]
        medians[name] = statistics.median(done) if len(done) == len(values) else None
        print(f"{name}: median {ms(medians[name])} ms over {len(values)} runs")
    ratio = "none"
    if medians.get("ours") and medians.get("xca"):
        ratio = f"{medians['ours'] / medians['xca']:.2f}"
        print(f"ours / xca: {ratio}")
    print(
        "first-window "
        + " ".join(f"{name}_ms={ms(medians[name])}" for name in medians)
        + f" ratio={ratio} runs={args.runs}"
    )
    if any(m is None for m in medians.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()
