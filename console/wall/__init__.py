"""Wall mode (`cc-console --wall`): the command center's figures on a video wall, read-only.

One full-screen window on a chosen monitor, no menus, no dialogs: 三色 totals with their trend,
overdue by department and street, the 督办 list with live countdowns, today's intake, the
indicator tiles and the city relay video, rotating or tiled. It signs in by itself, shows
"连接中断 — 正在重连" while the server is away and reloads when it is back. Its client
refuses every write (readonly.py): a wall never acts on a case.
"""
