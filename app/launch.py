"""`sendlens app`: starts the web app (Streamlit) on this machine.

    sendlens app [--port 8501] [--address localhost]
    python -m app.launch --port 8502

Streamlit runs in a child process (`app/ui/serve.py`, which first loads the checker and the bundled
decisions' analysis so the first page is fast) with usage statistics off, headless, a 50 MB upload
limit, no file watcher, no error details and a minimal toolbar (nothing links off the machine). By default it listens on localhost only; pass `--address 0.0.0.0` to serve a network
(there is no login: put it behind your own access control). Ctrl-C or SIGTERM stops it.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import signal
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parent / "ui" / "streamlit_app.py"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sendlens app", description="Start the sendlens web app on this machine.")
    p.add_argument("--port", type=int, default=8501, help="port to serve on (default 8501)")
    p.add_argument("--address", default="localhost",
                   help="address to listen on (default localhost; 0.0.0.0 serves every interface)")
    p.add_argument("--max-upload-mb", type=int, default=50, help="largest upload accepted, in MB (default 50)")
    return p


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not 0 < args.port < 65536:
        parser.error(f"--port must be between 1 and 65535, not {args.port}")
    if args.max_upload_mb < 1:
        parser.error("--max-upload-mb must be at least 1")
    return args


def command(args: argparse.Namespace) -> list[str]:
    """The Streamlit command line `main` runs."""
    return [sys.executable, "-m", "app.ui.serve", "run", str(APP),
            "--browser.gatherUsageStats=false",
            "--server.headless=true",
            f"--server.maxUploadSize={args.max_upload_mb}",
            "--server.fileWatcherType=none",
            "--server.runOnSave=false",
            "--client.showErrorDetails=none",
            "--client.toolbarMode=minimal",
            "--server.address", args.address,
            "--server.port", str(args.port)]


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    missing = [m for m in ("streamlit", "altair", "pandas") if importlib.util.find_spec(m) is None]
    if missing:
        print(f"sendlens: error: the app needs {', '.join(missing)}: pip install 'sendlens[app]'", file=sys.stderr)
        return 2
    cmd = command(args)
    # the app reads SENDLENS_MAX_MB (as ingest does), so its own limit matches Streamlit's
    env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false", "SENDLENS_MAX_MB": str(args.max_upload_mb)}
    proc = subprocess.Popen(cmd, env=env)

    def forward(signum, _frame):  # stop Streamlit with us, so no server is left behind
        if proc.poll() is None:
            proc.send_signal(signum)

    previous = None
    try:
        previous = signal.signal(signal.SIGTERM, forward)
    except ValueError:  # not the main thread: signals cannot be caught here
        pass
    try:
        return proc.wait()
    except KeyboardInterrupt:  # Streamlit got the same Ctrl-C; let it finish shutting down
        try:
            return proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            return proc.wait()
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
