"""Volunteer service requests in the console (点单-派单-接单-评单, issue #21): the window's one
book of requests (book.py), the duty officer's list, the team picker, the center's actions,
the 点单 form and the figures; the queue's 志愿服务 view and the dispatch pane's team picker
(console/panes/volunteer_queue*.py) read the same book."""
