#!/usr/bin/python3
"""Walks Crisis Timeline's windows through AT-SPI, as a screen reader does (run by run-atspi-test.sh).

Fails, listing them, on focusable objects without a name in the main window, the export dialog, the import dialog
and the presenter; checks that the chart's description names its largest value and that selecting a table row
through AT-SPI changes the source panel's text.
"""
import argparse
import csv
import os
import subprocess
import sys
import time

failures = []


def log(message):
    print(message, flush=True)


def fail(message):
    log("FAIL: " + message)
    failures.append(message)


def wait_for(what, probe, timeout=30.0, interval=0.2):
    """Polls probe() until it returns something true; fails the whole test after timeout seconds."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            result = probe()
        except Exception:  # an object can go away while it is read
            result = None
        if result:
            return result
        time.sleep(interval)
    log(f"FAIL: timed out after {timeout:.0f} s waiting for {what}")
    sys.exit(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--points", required=True)
    parser.add_argument("--import-file", required=True)
    parser.add_argument("--launcher", required=True)
    args = parser.parse_args()

    bus = subprocess.Popen([args.launcher, "--launch-immediately"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen([args.app, "--db", args.db], env=env)
    try:
        import pyatspi  # after the bus is up: it connects on import
        run(pyatspi, args)
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
        bus.terminate()
    if failures:
        log(f"{len(failures)} failure(s)")
        sys.exit(1)
    log("PASS")


def run(pyatspi, args):
    def application():
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name == "crisis-timeline":
                return child
        return None

    app = wait_for("the app on the accessibility bus", application, timeout=40)

    def top_level(role, name_part=""):
        def find():
            for i in range(app.childCount):
                child = app.getChildAtIndex(i)
                if child is not None and role in (None, child.getRole()) and name_part in (child.name or "") \
                        and child.getState().contains(pyatspi.STATE_SHOWING):
                    return child
            return None
        return find

    def walk(root):
        """Every object under root with its path; the rows of tables and lists are data, not controls."""
        found = []
        stack = [(root, [])]
        while stack:
            acc, path = stack.pop()
            try:
                here = path + [f"{acc.getRoleName()} '{acc.name}'"]
                found.append((acc, here))
                if acc.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST,
                                     pyatspi.ROLE_TREE, pyatspi.ROLE_PAGE_TAB_LIST) or len(here) > 40:
                    continue
                for i in reversed(range(acc.childCount)):
                    child = acc.getChildAtIndex(i)
                    if child is not None:
                        stack.append((child, here))
            except Exception:
                continue
        return found

    def check_names(window, what):
        objects = walk(window)
        unnamed = []
        focusable = 0
        for acc, path in objects:
            try:
                state = acc.getState()
                if not (state.contains(pyatspi.STATE_FOCUSABLE) and state.contains(pyatspi.STATE_SHOWING)):
                    continue
                focusable += 1
                if not (acc.name or "").strip():
                    unnamed.append(" > ".join(path))
            except Exception:
                continue
        log(f"{what}: {len(objects)} objects, {focusable} focusable and shown")
        if focusable == 0:
            fail(f"{what}: nothing focusable found")
        for path in unnamed:
            fail(f"{what}: focusable object without a name: {path}")
        return objects

    def named(objects, name, role=None):
        for acc, _ in objects:
            try:
                if (acc.name or "").startswith(name) and (role is None or acc.getRole() == role):
                    return acc
            except Exception:
                continue
        return None

    def key(*keys, window_name="Crisis Timeline"):
        # The window with the keyboard focus gets the keys; there is no window manager to give it.
        subprocess.run(["xdotool", "search", "--sync", "--limit", "1", "--name", window_name, "windowfocus",
                        "--sync"], check=False, timeout=15, stdout=subprocess.DEVNULL)
        subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True, timeout=15)

    # ---- The main window, once the database is shown.
    window = wait_for("the main window", top_level(pyatspi.ROLE_FRAME, "Crisis Timeline"))

    def table_filled():
        table = named(walk(window), "Figures table", pyatspi.ROLE_TABLE)
        return table if table is not None and table.queryTable().nRows > 0 else None

    table = wait_for("the figures table to fill", table_filled, timeout=40)
    objects = check_names(window, "main window")

    # The chart's description is its alt text: it names the largest value plotted.
    with open(args.points, newline="", encoding="utf-8") as points:
        rows = list(csv.DictReader(points))[1:]  # the second row is HXL hashtags
    largest = max(float(row["plotted_value"]) for row in rows)
    expected = f"{int(largest):,}" if largest == int(largest) else f"{largest:,}"
    chart = named(objects, "Chart: ")
    if chart is None:
        fail("no chart in the window (an object named \"Chart: …\")")
    else:
        description = chart.description or ""
        log(f"chart: {chart.name!r}, description of {len(description)} characters; largest value {expected}")
        if expected not in description:
            fail(f"the chart's description does not name its largest value {expected}: {description[:300]!r}")

    # A row selected through AT-SPI shows its record's source.
    source = named(objects, "Source of the selected record")
    if source is None:
        fail("no source panel (\"Source of the selected record\")")
    else:
        before = source.queryText().getText(0, -1)
        table.queryTable().addRowSelection(2)
        wait_for("the source panel to show the row's source",
                 lambda: source.queryText().getText(0, -1) != before, timeout=10)
        log("source panel: " + source.queryText().getText(0, -1)[:80].replace("\n", " ") + "…")

    # ---- The export dialog (Ctrl+E).
    key("ctrl+e")
    dialog = wait_for("the export dialog", top_level(pyatspi.ROLE_DIALOG, "Export"))
    check_names(dialog, "export dialog")
    key("Escape", window_name="Export Chart")
    wait_for("the export dialog to close", lambda: top_level(pyatspi.ROLE_DIALOG, "Export")() is None)

    # ---- The import dialog (Ctrl+I, then the file's path typed in the file dialog).
    key("ctrl+i")
    wait_for("the file dialog", lambda: top_level(pyatspi.ROLE_DIALOG, "Import")() or top_level(
        pyatspi.ROLE_FILE_CHOOSER)())
    time.sleep(0.5)  # the file dialog takes the focus for its name field
    subprocess.run(["xdotool", "type", "--delay", "2", args.import_file], check=True, timeout=30)
    subprocess.run(["xdotool", "key", "Return"], check=True, timeout=15)
    name = os.path.basename(args.import_file)
    dialog = wait_for("the import dialog", top_level(pyatspi.ROLE_DIALOG, "Import " + name), timeout=30)
    check_names(dialog, "import dialog")
    key("Escape", window_name="Import " + name)
    wait_for("the import dialog to close", lambda: top_level(pyatspi.ROLE_DIALOG, "Import " + name)() is None)

    # ---- The presenter (F5).
    key("F5")
    presenter = wait_for("the presenter", top_level(None, "Presenting"))
    check_names(presenter, "presenter")
    key("Escape", window_name="Presenting")


if __name__ == "__main__":
    main()
