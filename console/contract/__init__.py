"""What the console reads from the server, typed: the one contract between them.

`Case` is a case as every list, feed event and action answer carries it (the server's
`CaseOut`, server/schemas/case_out.py); `CaseDetail` the full read of one case
(`CaseDetailOut`). tests/console/test_case_contract.py generates its expectations from the
server's OpenAPI schema, so a field added, renamed or retyped on one side fails a test.
The lowest layer of the console: imports nothing of ours and no Qt.
"""

from console.contract.case import Case, CaseDetail, open_states, set_open_states

__all__ = ["Case", "CaseDetail", "open_states", "set_open_states"]
