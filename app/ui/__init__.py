"""The sendlens web app (Streamlit): review a draft plan, the disputes dashboard, training.

`streamlit_app.py` is the entry point (`sendlens app`, or `python -m app.launch`); each page is its
own module (`review_page.py`, `dashboard_page.py`, `training_page.py`) and the modules without
`_page` hold what the pages share: `engine` (the checker and samples, built once per server),
`render` (HTML), `exports` (downloads), `disputes` (dashboard data and charts) and `trainer`
(the fault gallery and the exercise).
"""
