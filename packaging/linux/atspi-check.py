#!/usr/bin/python3
"""Drive the real window through the accessibility tree, as a screen reader does (AT-SPI).

Run inside an X display and a D-Bus session (packaging/linux/atspi-check.sh sets both up):

    atspi-check.py BIN [LANG ...]        # default languages: en nl de

For each language the window is started with `--demo` (own settings folder, that language),
each of the seven step tabs is activated through its AT-SPI action, and on every step:

- the frame (the window) is named with the window's title;
- every interactive node (button, tab, field, link, ...) has a name;
- names of interactive nodes are unique within the step (a description may tell two apart);
- no text is only punctuation (a list bullet read out as "-");
- the step title is a heading, and the first text after it is the verdict (a status).

Exit status 0 when all hold; otherwise each failure is printed and the status is 1.
"""

import os
import subprocess
import sys
import tempfile
import time
import json

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, Gio, GLib  # noqa: E402

TITLE = "TOPdesk SSO Assistant"
# How long the window may take to appear on the bus, and a step to show after its tab's action.
START_SECONDS = 20
STEP_SECONDS = 5
START_ATTEMPTS = 3
# The whole check's bound (the CI budget is a minute).
TOTAL_SECONDS = 60

R = Atspi.Role
INTERACTIVE = {
    R.PUSH_BUTTON,
    R.TOGGLE_BUTTON,
    R.RADIO_BUTTON,
    R.CHECK_BOX,
    R.COMBO_BOX,
    R.PAGE_TAB,
    R.ENTRY,
    R.PASSWORD_TEXT,
    R.LINK,
    R.SPIN_BUTTON,
    R.SLIDER,
    R.MENU_ITEM,
    R.LIST_ITEM,
    R.TREE_ITEM,
}
TEXT = {R.LABEL, R.STATIC, R.HEADING, R.STATUS_BAR, R.PARAGRAPH, R.TEXT}


def enable_accessibility():
    """What a screen reader does when it starts: AccessKit only builds its tree once the
    session's `org.a11y.Status.IsEnabled` is true (this also starts the AT-SPI bus)."""
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    for prop in ("IsEnabled", "ScreenReaderEnabled"):
        bus.call_sync(
            "org.a11y.Bus",
            "/org/a11y/bus",
            "org.freedesktop.DBus.Properties",
            "Set",
            GLib.Variant("(ssv)", ("org.a11y.Status", prop, GLib.Variant("b", True))),
            None,
            Gio.DBusCallFlags.NONE,
            5000,
            None,
        )


class Node:
    """What the check reads of one accessible, read at once (the tree changes under us)."""

    def __init__(self, acc):
        self.acc = acc
        self.role = acc.get_role()
        self.role_name = acc.get_role_name()
        self.name = (acc.get_name() or "").strip()
        self.description = (acc.get_description() or "").strip()
        self.selected = acc.get_state_set().contains(Atspi.StateType.SELECTED)


def walk(root):
    """The root and its descendants in document order (the order a screen reader reads), or
    `None` when the tree changed while it was read."""
    out = []
    stack = [root]
    try:
        while stack:
            acc = stack.pop()
            if acc is None:
                continue
            out.append(Node(acc))
            kids = [acc.get_child_at_index(i) for i in range(acc.get_child_count())]
            stack.extend(reversed(kids))
    except GLib.Error:
        return None
    return out


def find_app(proc):
    """The application `proc` shows on the accessibility bus (None if it never does)."""
    pid = proc.pid
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline and proc.poll() is None:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            try:
                if app is not None and app.get_process_id() == pid and app.get_child_count() > 0:
                    return app
            except GLib.Error:
                pass
        time.sleep(0.2)
    return None


def step_title(tab_name):
    """`6. Review and export` -> `Review and export` (the tab's number is not in the heading)."""
    number, _, title = tab_name.partition(". ")
    return title if number.isdigit() else tab_name


def read_tree(app, done):
    """The app's nodes once `done(nodes)` holds (read again while the tree changes), or None."""
    deadline = time.monotonic() + STEP_SECONDS
    while time.monotonic() < deadline:
        app.clear_cache()
        nodes = walk(app)
        if nodes is not None and done(nodes):
            return nodes
        time.sleep(0.1)
    return None


def check_step(lang, step, nodes):
    """The failures on one step (strings)."""
    where = f"[{lang}] {step}"
    fails = []
    frame = next((n for n in nodes if n.role == R.FRAME), None)
    if frame is None or frame.name != TITLE:
        fails.append(f"{where}: the frame is named {frame.name if frame else None!r}, not {TITLE!r}")
    seen = {}
    for n in nodes:
        if n.role in INTERACTIVE:
            if not n.name:
                fails.append(f"{where}: a {n.role_name} has no name")
                continue
            seen.setdefault((n.name, n.description), []).append(n.role_name)
        if n.role in TEXT and n.name and not any(c.isalnum() for c in n.name):
            fails.append(f"{where}: a {n.role_name} reads only {n.name!r}")
    for (label, desc), roles in seen.items():
        if len(roles) > 1:
            what = f"{label!r}" + (f" ({desc!r})" if desc else "")
            fails.append(f"{where}: {len(roles)} controls are named {what}: {', '.join(roles)}")
    selected = [n.name for n in nodes if n.role == R.PAGE_TAB and n.selected]
    if selected != [step]:
        fails.append(f"{where}: the selected tabs are {selected}, not only {step!r}")
    # The heading, then the verdict: what a screen reader reads first on a new step.
    title = step_title(step)
    texts = [n for n in nodes if n.role in TEXT and n.name]
    heading = next(
        (i for i, n in enumerate(texts) if n.role == R.HEADING and n.name == title), None
    )
    if heading is None:
        fails.append(f"{where}: no heading {title!r}")
    elif heading + 1 >= len(texts) or texts[heading + 1].role != R.STATUS_BAR:
        after = texts[heading + 1] if heading + 1 < len(texts) else None
        got = f"a {after.role_name} {after.name!r}" if after else "nothing"
        fails.append(f"{where}: after the heading comes {got}, not the verdict (a status)")
    return fails


def start(binary, lang):
    """The window in `lang` with the demo files, and its application on the bus (or why not).
    A start that ends at once is tried again (Xvfb may not take connections yet)."""
    config = tempfile.mkdtemp(prefix="atspi-check-")
    with open(os.path.join(config, "settings.json"), "w", encoding="utf-8") as f:
        json.dump({"window_size": [1100, 760], "theme": "light", "language": lang}, f)
    env = dict(os.environ, TOPDESK_SSO_CONFIG_DIR=config)
    for attempt in range(START_ATTEMPTS):
        proc = subprocess.Popen([binary, "--demo"], env=env)
        app = find_app(proc)
        if app is not None:
            return proc, app, None
        status = proc.poll()
        stop(proc)
        if status is None:
            return None, None, f"not on the accessibility bus after {START_SECONDS} s"
        print(f"atspi-check: [{lang}] start {attempt + 1} ended with status {status}")
        time.sleep(1)
    return None, None, f"ended at once {START_ATTEMPTS} times"


def stop(proc):
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()


def tabs(nodes):
    return [n for n in nodes if n.role == R.PAGE_TAB]


def run_language(binary, lang):
    """Starts the window in `lang`, visits every step; (failures, steps visited)."""
    app_proc, app, why = start(binary, lang)
    if app is None:
        return [f"[{lang}] the window did not start: {why}"], 0
    try:
        seven = lambda nodes: len(tabs(nodes)) == 7  # noqa: E731
        nodes = read_tree(app, seven)
        if nodes is None:
            return [f"[{lang}] the tree never held 7 step tabs"], 0
        fails = []
        visited = 0
        for i, step in enumerate([t.name for t in tabs(nodes)]):
            # The tab as it is now (a node may be replaced when the tree changes).
            current = read_tree(app, seven)
            if current is None:
                fails.append(f"[{lang}] {step}: the tree no longer holds 7 step tabs")
                break
            tabs(current)[i].acc.do_action(0)
            title = step_title(step)
            nodes = read_tree(app, lambda nodes: any(n.role in TEXT and n.name == title for n in nodes))
            if nodes is None:
                fails.append(f"[{lang}] {step}: its tab's action did not show the step in {STEP_SECONDS} s")
                continue
            visited += 1
            fails.extend(check_step(lang, step, nodes))
        return fails, visited
    finally:
        stop(app_proc)


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    langs = sys.argv[2:] or ["en", "nl", "de"]
    t0 = time.monotonic()
    enable_accessibility()
    fails = []
    visited = 0
    for lang in langs:
        f, n = run_language(binary, lang)
        fails.extend(f)
        visited += n
        print(f"atspi-check: {lang}: {n} steps, {len(f)} failures ({time.monotonic() - t0:.1f} s)")
    took = time.monotonic() - t0
    if took > TOTAL_SECONDS:
        fails.append(f"the check took {took:.1f} s, over its {TOTAL_SECONDS} s")
    for f in fails:
        print(f"atspi-check: FAIL: {f}")
    print(f"atspi-check: {visited} steps in {len(langs)} languages, {len(fails)} failures, {took:.1f} s")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
