"""Volunteer service requests in the console (点单-派单-接单-评单, issue #21): the duty
officer's list, the team picker, the center's actions, the 点单 form and the figures."""
