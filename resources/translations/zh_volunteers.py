"""zh_CN for volunteer service requests in the console (点单-派单-接单-评单, issue #21): the
list, the team picker, the center's actions, the 点单 form, the figures and the refusals.

(Qt context, English source) → Chinese; update.py merges every zh_*.py of this folder into
its tables (entries update.py already has keep their Chinese).
"""

from __future__ import annotations

# fmt: off
ZH_VOLUNTEERS: dict[tuple[str, str], str] = {
    ("Panes", "Volunteer requests"): "志愿服务",
    # Volunteers (states, actions, channels, refusals)
    ("Volunteers", "Waiting for a team"): "待派单",
    ("Volunteers", "Offered"): "已派单",
    ("Volunteers", "Accepted"): "已接单",
    ("Volunteers", "Done, to rate"): "已完成待评",
    ("Volunteers", "Rated"): "已评单",
    ("Volunteers", "Cancelled"): "已取消",
    ("Volunteers", "Offer to a team"): "派单",
    ("Volunteers", "Withdraw the offer"): "撤回派单",
    ("Volunteers", "Accept the request"): "接单",
    ("Volunteers", "Decline"): "拒单",
    ("Volunteers", "Report done"): "完成反馈",
    ("Volunteers", "Rate"): "评单",
    ("Volunteers", "Cancel"): "取消服务",
    ("Volunteers", "Requested"): "点单",
    ("Volunteers", "12345 hotline"): "12345热线",
    ("Volunteers", "Console"): "值班台",
    ("Volunteers", "Open311"): "Open311",
    ("Volunteers", "by someone"): "他人",
    ("Volunteers", "nothing"): "无",
    ("Volunteers", "Not done: the request was changed meanwhile (%1). Nothing was overwritten; it now shows as it is (%2). Review it and act again."): "未执行：该服务单已被他人改动（%1）。未覆盖任何内容；现显示其最新状态（%2）。请核对后重新操作。",  # noqa: E501
    ("Volunteers", "Not possible while the request is %1. Possible now: %2."): "服务单处于“%1”时不能这样做。现在可以：%2。",  # noqa: E501
    ("Volunteers", "The request no longer exists, or you may not see it."): "该服务单已不存在，或您无权查看。",  # noqa: E501
    ("Volunteers", "The server cannot be reached: nothing was sent. Act again once the connection is back."): "无法连接服务器：未发送任何内容。连接恢复后请重新操作。",  # noqa: E501
    ("Volunteers", "Your session has expired: sign in again, then act again."): "登录已失效：请重新登录后再操作。",  # noqa: E501
    # VolunteerPane
    ("VolunteerPane", "New request…"): "点单…",
    ("VolunteerPane", "Take down a resident's request (点单)"): "登记居民的服务需求（点单）",
    ("VolunteerPane", "Open only"): "只看在办",
    ("VolunteerPane", "Reload"): "刷新",
    ("VolunteerPane", "No."): "编号",
    ("VolunteerPane", "State"): "状态",
    ("VolunteerPane", "Service"): "服务类别",
    ("VolunteerPane", "Street"): "街道",
    ("VolunteerPane", "Resident"): "居民",
    ("VolunteerPane", "Team"): "服务队",
    ("VolunteerPane", "Time left"): "剩余时限",
    ("VolunteerPane", "Made"): "点单时间",
    ("VolunteerPane", "Trail:"): "办理记录：",
    ("VolunteerPane", "Requests"): "服务单",
    ("VolunteerPane", "Figures"): "统计",
    ("VolunteerPane", "Loading volunteer requests"): "读取志愿服务单",
    ("VolunteerPane", "Requests not loaded: %1"): "未能读取服务单：%1",
    ("VolunteerPane", "Loading a volunteer request"): "读取服务单",
    ("VolunteerPane", "Loading volunteer figures"): "读取志愿服务统计",
    ("VolunteerPane", "Figures not loaded: %1"): "未能读取统计：%1",
    ("VolunteerPane", "%1 open, %2 overdue"): "在办 %1 件，超时 %2 件",
    ("VolunteerPane", "Choose a request in the list."): "请在列表中选择一个服务单。",
    ("VolunteerPane", "Where: %1"): "地点：%1",
    ("VolunteerPane", "Resident: %1"): "居民：%1",
    ("VolunteerPane", "Team: %1"): "服务队：%1",
    ("VolunteerPane", "Done: %1 h. %2"): "已完成：%1 小时。%2",
    ("VolunteerPane", "Rated %1/5: %2"): "评价 %1/5：%2",
    ("VolunteerPane", "Asking the server for the best teams…"): "正在向服务器获取推荐服务队…",
    ("VolunteerPane", "Teams not loaded: %1"): "未能读取服务队：%1",
    ("VolunteerPane", "Suggesting volunteer teams"): "推荐服务队",
    ("VolunteerPane", "Why is the offer withdrawn? The request goes back to waiting for a team."): "为何撤回派单？服务单将回到待派单。",  # noqa: E501
    ("VolunteerPane", "Why is the request cancelled (the resident no longer needs it, …)?"): "为何取消服务（居民已不需要等）？",  # noqa: E501
    ("VolunteerPane", "Sending…"): "正在发送…",
    ("VolunteerPane", "Done: %1 (#%2)."): "已办理：%1（#%2）。",
    ("VolunteerPane", "New volunteer request"): "志愿服务点单",
    # TeamPicker
    ("TeamPicker", "Offer to a team"): "派单给服务队",
    ("TeamPicker", "Request %1: %2 in %3. Teams best first (same street, the skill, fewer in hand)."): "服务单 %1：%3 的%2。服务队按推荐排序（同街道、具备技能、在手任务少）。",  # noqa: E501
    ("TeamPicker", "Offer"): "派单",
    ("TeamPicker", "No active team: ask the administrator."): "没有在用的服务队：请联系管理员。",
    ("TeamPicker", "same street"): "同街道",
    ("TeamPicker", "has the skill"): "具备技能",
    ("TeamPicker", "%1 in hand"): "在手 %1 件",
    ("TeamPicker", "declined it"): "曾拒单",
    # RateDialog
    ("RateDialog", "Rate the service"): "评单",
    ("RateDialog", "Ask %1 how the service by %2 went (%3 h)."): "请询问%1对%2服务（%3 小时）的评价。",  # noqa: E501
    ("RateDialog", "the resident"): "居民",
    ("RateDialog", "1 very poor"): "1 很不满意",
    ("RateDialog", "2 poor"): "2 不满意",
    ("RateDialog", "3 fair"): "3 一般",
    ("RateDialog", "4 good"): "4 满意",
    ("RateDialog", "5 very good"): "5 非常满意",
    ("RateDialog", "The resident's comment"): "居民的意见",
    # OrderForm
    ("OrderForm", "New volunteer service request"): "志愿服务点单",
    ("OrderForm", "(not known)"): "（不详）",
    ("OrderForm", "What the resident needs, when, who lives there"): "居民需要什么服务、什么时间、家中情况",  # noqa: E501
    ("OrderForm", "Create request"): "提交点单",
    ("OrderForm", "Service:"): "服务类别：",
    ("OrderForm", "Street:"): "街道：",
    ("OrderForm", "Address:"): "地址：",
    ("OrderForm", "Description:"): "需求描述：",
    ("OrderForm", "Resident:"): "居民姓名：",
    ("OrderForm", "Phone:"): "联系电话：",
    ("OrderForm", "No service category is active: ask the administrator."): "没有在用的服务类别：请联系管理员。",  # noqa: E501
    ("OrderForm", "Choose the service."): "请选择服务类别。",
    ("OrderForm", "Describe what the resident needs."): "请描述居民的需求。",
    ("OrderForm", "The description is longer than 2000 characters."): "需求描述超过 2000 字。",
    ("OrderForm", "The phone number may hold digits, spaces, + and - only."): "联系电话只能包含数字、空格、+ 和 -。",  # noqa: E501
    ("OrderForm", "Sending…"): "正在发送…",
    # FiguresView
    ("FiguresView", "Last %1 days"): "近 %1 天",
    ("FiguresView", "All"): "全部",
    ("FiguresView", "Reload"): "刷新",
    ("FiguresView", "Street"): "街道",
    ("FiguresView", "Requests"): "服务单",
    ("FiguresView", "Done"): "已完成",
    ("FiguresView", "Hours"): "服务时长(小时)",
    ("FiguresView", "Rated"): "已评",
    ("FiguresView", "Average rating"): "平均评分",
    ("FiguresView", "Team"): "服务队",
    ("FiguresView", "Declined"): "拒单",
    ("FiguresView", "Accepted"): "接单",
    ("FiguresView", "Median minutes to accept"): "接单用时中位数(分钟)",
    ("FiguresView", "Requests made:"): "点单时间：",
    ("FiguresView", "%1 request(s), %2 done, %3 hours of service; average rating %4; median %5 minutes from an offer to its acceptance."): "服务单 %1 件，已完成 %2 件，服务 %3 小时；平均评分 %4；派单到接单用时中位数 %5 分钟。",  # noqa: E501
    # RequestBook (the window's one book of requests, console/volunteers/book.py)
    ("RequestBook", "Loading volunteer requests"): "读取志愿服务单",
    ("RequestBook", "Loading a volunteer request"): "读取服务单",
    ("RequestBook", "New volunteer request"): "志愿服务点单",
    ("RequestBook", "Suggesting volunteer teams"): "推荐服务队",
    # TeamList (the picker's list, also in the dispatch pane)
    ("TeamList", "same street"): "同街道",
    ("TeamList", "has the skill"): "具备技能",
    ("TeamList", "%1 in hand"): "在手 %1 件",
    ("TeamList", "declined it"): "曾拒单",
    # QueueFilters: what the queue shows (Alt+Q)
    ("QueueFilters", "Cases"): "案件",
    ("QueueFilters", "Volunteers"): "志愿服务",
    ("QueueFilters", "What the queue shows (Alt+Q; then ↑↓)"): "队列显示的内容（Alt+Q，再按 ↑↓）",
    ("QueueFilters", "&Queue:"): "队列(&Q)：",
    # VolunteerQueueView (the queue's 志愿服务 view)
    ("VolunteerQueueView", "Enter: offer it to a team in the dispatch pane (F3)"): "回车：在派遣窗格中派单给服务队（F3）",  # noqa: E501
    ("VolunteerQueueView", "Volunteer service: %1 open, %2 overdue"): "志愿服务：在办 %1 件，超时 %2 件",  # noqa: E501
    # VolunteerDispatchPage (the dispatch pane's team picker)
    ("VolunteerDispatchPage", "No volunteer request selected"): "未选择志愿服务单",
    ("VolunteerDispatchPage", "Choose a volunteer request in the queue."): "请在队列中选择一个志愿服务单。",  # noqa: E501
    ("VolunteerDispatchPage", "Teams, best first (same street, the skill, fewer in hand)"): "服务队按推荐排序（同街道、具备技能、在手任务少）",  # noqa: E501
    ("VolunteerDispatchPage", "Enter on the team list; Ctrl+Enter"): "在服务队列表上按回车；或 Ctrl+回车",  # noqa: E501
    ("VolunteerDispatchPage", "Sending…"): "正在发送…",
    ("VolunteerDispatchPage", "Not to be offered now: it is %1."): "现在不能派单：该服务单为“%1”。",  # noqa: E501
    ("VolunteerDispatchPage", "Choose the team in the list."): "请在列表中选择服务队。",
    ("VolunteerDispatchPage", "Done: %1 (#%2)."): "已办理：%1（#%2）。",
    ("VolunteerDispatchPage", "Volunteer request #%1 %2"): "志愿服务单 #%1 %2",
    ("VolunteerDispatchPage", "Deadline:"): "时限：",
    ("VolunteerDispatchPage", "Teams not loaded: %1"): "未能读取服务队：%1",
    ("VolunteerDispatchPage", "Offer to %1"): "派单给%1",
    ("VolunteerDispatchPage", "↑↓ choose a team · Enter: offer it"): "↑↓ 选择服务队 · 回车：派单",
}
# fmt: on
