"""sendlens in the browser: `sendlens app` (or `python -m app.launch`) runs this file with Streamlit.

Three pages, one per kind of user, each its own module in this folder:
- Review a draft (council quality reviewers): review_page.py, at `/review` (and at `/`)
- Disputes dashboard (analysts): dashboard_page.py, at `/dashboard`
- Training (trainers): training_page.py, at `/training`

Nothing on a page points off the machine: the icon is a local image (Material icon names make the
browser fetch a font), the menu carries no help or bug-report links, and an unexpected error shows a
plain sentence instead of Streamlit's error box with its search links.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

import streamlit as st

HERE = Path(__file__).resolve().parent

st.set_page_config(page_title="sendlens", page_icon=str(HERE / "icon.png"), layout="wide",
                   menu_items={"Get help": None, "Report a bug": None,
                               "About": "sendlens checks EHC plans for drafting faults and reads SEND Tribunal "
                                        "decisions. Everything runs on this server; nothing is sent anywhere."})


def _home() -> None:
    """The root URL shows the review page, which also has its own address, `/review`."""
    from app.ui import review_page

    review_page.render_page()


PAGES = [
    st.Page(_home, title="Review a draft", url_path="home", default=True, visibility="hidden"),
    st.Page(HERE / "review_page.py", title="Review a draft", url_path="review"),
    st.Page(HERE / "dashboard_page.py", title="Disputes dashboard", url_path="dashboard"),
    st.Page(HERE / "training_page.py", title="Training", url_path="training"),
]

page = st.navigation(PAGES)
with st.sidebar:
    st.caption("Runs on this server only: uploads are read in memory and never saved, and usage statistics are off.")
try:
    page.run()
except Exception:  # a bug: log it here, and give the user a sentence, not a traceback or off-site links
    if os.environ.get("SENDLENS_RAISE"):  # the test suite wants to see the exception itself
        raise
    logging.getLogger("sendlens.app").exception("page failed")
    from app.ui import render

    st.html(render.alert("Something went wrong on this page. Reload it to start again; if it happens again, "
                         "note what you did and tell whoever runs sendlens here (the details are in the server's "
                         "log).", "error"))
