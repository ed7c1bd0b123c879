"""What `sendlens app` runs: warm the app, then hand over to Streamlit's own command line.

    python -m app.ui.serve run app/ui/streamlit_app.py --server.port 8501 ...

Before the server listens, this process imports the heavy libraries, builds the checker and loads
the bundled decisions' analysis (from the on-disk cache keyed by their hashes, or by analysing them
once). `st.cache_resource` keeps these per process, so the first visitor's page is drawn from
memory instead of waiting for imports and analysis. SENDLENS_WARM=0 skips the warm-up.
"""
from __future__ import annotations

import logging
import os
import sys
import time


def warm() -> float:
    """Fill the per-process caches the pages use; returns the seconds it took."""
    t = time.perf_counter()
    logging.getLogger("streamlit").setLevel(logging.ERROR)  # "no runtime yet" notes from st.cache_resource
    import altair  # noqa: F401
    import pandas
    import pandas.io.formats.style  # the drivers table is a Styler (imports jinja2)

    pandas.DataFrame({"x": [1]}).style.apply(lambda r: [""], axis=1).to_html()

    from app import drivers as dr
    from app.ui import disputes, engine

    tables = engine.sample_decision_tables()
    if tables is not None:  # the dashboard's default view, drawn once here
        rows = dr.drivers(disputes.cases(disputes.prepared(tables)), "all", dr.MIN_N)
        if rows:
            disputes.drivers_spec(rows, dr.MIN_N)
    engine.engine()
    logging.getLogger("streamlit").setLevel(logging.WARNING)
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if os.environ.get("SENDLENS_WARM", "1") != "0":
        try:
            seconds = warm()
            print(f"sendlens: app ready in {seconds:.1f} s", file=sys.stderr)
        except Exception as err:  # noqa: BLE001 - the pages build what they need themselves
            print(f"sendlens: warm-up skipped ({type(err).__name__}: {err})", file=sys.stderr)
    from streamlit.web import cli

    sys.argv = ["streamlit", *argv]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main())
