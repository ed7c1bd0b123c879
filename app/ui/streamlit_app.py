"""sendlens in the browser: `sendlens app` (or `python -m app.launch`) runs this file with Streamlit.

Three pages, one per kind of user, each its own module in this folder:
- Review a draft (council quality reviewers): review_page.py
- Disputes dashboard (analysts): dashboard_page.py
- Training (trainers): training_page.py
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

HERE = Path(__file__).resolve().parent

st.set_page_config(page_title="sendlens", page_icon=":material/policy:", layout="wide",
                   menu_items={"About": "sendlens checks EHC plans for drafting faults and reads SEND Tribunal "
                                        "decisions. Everything runs on this server; nothing is sent anywhere."})

PAGES = [
    st.Page(HERE / "review_page.py", title="Review a draft", icon=":material/rate_review:", url_path="review",
            default=True),
    st.Page(HERE / "dashboard_page.py", title="Disputes dashboard", icon=":material/insights:",
            url_path="dashboard"),
    st.Page(HERE / "training_page.py", title="Training", icon=":material/school:", url_path="training"),
]

page = st.navigation(PAGES)
with st.sidebar:
    st.caption("Runs on this server only: uploads are read in memory and never saved, and usage statistics are off.")
page.run()
