"""zh_CN for the 12345 call intake pane (contexts CallIntakePane, IntakeForm, SimilarCases,
IntakeWork): English source → Chinese. update.py merges every zh_*.py table into ZH.

Words other tables share ("Ref", "State", "Title", "%1 m", "same street") keep their Chinese.
"""

from __future__ import annotations

ZH_CALL_INTAKE: dict[str, str] = {
    "New call": "来电登记",
    # CallIntakePane
    "12345 call intake": "12345来电受理",
    "【DRILL】": "【演练】",
    "Creating the case…": "正在新建案件…",
    "Attaching the call to %1…": "正在将来电关联到 %1…",
    "12345 call about the same matter.": "12345来电反映同一事项。",
    "Caller: %1": "来电人：%1",
    "Phone: %1": "电话：%1",
    "Address: %1": "地址：%1",
    "Said: %1": "来电内容：%1",
    "Write latitude, longitude, e.g. 32.04, 120.87": "请按“纬度, 经度”填写，如 32.04, 120.87",
    "Too long: at most %1 characters": "过长：最多 %1 个字",
    "Write what the caller said before attaching": "关联前请先填写来电内容",
    "Pick a category from the list": "请从列表中选择问题类别",
    "Give the case a title": "请填写案件标题",
    "Nothing was sent: correct the marked fields.": "尚未提交：请更正标红的字段。",
    "Pick a category to see similar open cases.": "选择问题类别后显示相似的未办结案件。",
    "Give an address with its street (or choose the street) to see similar open cases.": (
        "填写含街道名的地址(或选择街道)后显示相似的未办结案件。"
    ),
    "Looking for similar open cases…": "正在查找相似的未办结案件…",
    "Similar cases could not be looked up: %1": "无法查找相似案件：%1",
    "Case %1 created: %2. Ready for the next call.": "已新建案件 %1：%2。可受理下一个来电。",
    "Last created: %1": "上一件：%1",
    "Call attached to case %1 (%2); no new case was created.": (
        "来电已关联到案件 %1(%2)，未新建案件。"
    ),
    "The server refused the case: correct the marked fields.": (
        "服务器未接受该案件：请更正标红的字段。"
    ),
    "Adding the call to case %1; no new case was created.": "正在将来电关联到案件 %1，未新建案件。",
    "Offline: the call is saved and will be added to case %1 when the connection returns; "
    "no new case was created.": "离线：来电已保存，连接恢复后将关联到案件 %1，未新建案件。",
    "The call could not be added to case %1: %2 Its note is kept under Action results (F4).": (
        "来电未能关联到案件 %1：%2 记录已保留在“操作结果”(F4)中。"
    ),
    "Ctrl+Enter": "Ctrl+Enter",
    "Enter on the case": "在该案件上按 Enter",
    "Not saved: %1 What you typed is kept; press %2 to try again.": (
        "未保存：%1 已填写的内容都已保留，按 %2 重试。"
    ),
    "the server cannot be reached or is failing.": "无法连接服务器或服务器出错。",
    "your session has expired; sign in again.": "登录已过期，请重新登录。",
    "your role may not do this.": "您的角色无权执行此操作。",
    "Unknown category: pick one from the list": "类别无效：请从列表中选择",
    "Unknown street: choose one from the list": "街道无效：请从列表中选择",
    "Give a title of at most 200 characters": "请填写标题(最多200字)",
    # IntakeForm
    "Caller's name": "来电人姓名",
    "e.g. 138 1234 5678": "如 138 1234 5678",
    "Type part of a name or code, e.g. 噪声": "输入类别名称或代码的一部分，如“噪声”",
    "Street, community, building, landmark": "街道、社区、楼幢、地标",
    "lat, lon — optional": "纬度, 经度(可不填)",
    "On map…": "地图选点…",
    "Click the point on the map (F12); the street is then taken from the map": (
        "在地图(F12)上点击位置;街道随之按地图确定"
    ),
    "What the caller reports, in their words": "来电人反映的情况(尽量用其原话)",
    "Filled in from category, street and description": "按类别、街道和来电内容自动生成",
    "Cl&ear form": "清空(&E)",
    "C&reate case": "新建案件(&R)",
    "Caller &name": "来电人(&N)",
    "Ph&one": "联系电话(&O)",
    "Cate&gory": "问题类别(&G)",
    "&Address": "地址(&A)",
    "&Street": "街道(&S)",
    "Coordina&tes": "坐标(&T)",
    "&Urgency": "紧急程度(&U)",
    "&Description": "来电内容(&D)",
    "T&itle": "标题(&I)",
    "Alt+N. Leave empty if the caller stays anonymous.": "Alt+N。来电人匿名时可不填。",
    "Alt+O. Digits, +, - and spaces.": "Alt+O。只能填数字、+、- 和空格。",
    "Alt+G. Type part of the name, the code or the department; ↓ lists all, Enter picks. "
    "The department it goes to is shown on the right.": (
        "Alt+G。输入名称、代码或部门的一部分；↓ 列出全部，Enter 选定。右侧显示承办部门。"
    ),
    "Alt+A. The street is recognised from the address.": "Alt+A。根据地址自动识别街道。",
    "Alt+S. Choose a street to override the one recognised.": (
        "Alt+S。自动识别有误时在此选择街道。"
    ),
    "Alt+T. Latitude, longitude, when the caller shares it.": (
        "Alt+T。来电人提供位置时填写纬度、经度。"
    ),
    "Alt+U, then ← → to choose. Emergency runs a 24/7 clock.": (
        "Alt+U，再用 ← → 选择。特急案件按自然时间全天计时。"
    ),
    "Alt+D. Tab leaves; Ctrl+Enter creates the case.": "Alt+D。Tab 离开；Ctrl+Enter 新建案件。",
    "Alt+I. Filled in for you until you edit it.": "Alt+I。自动生成，手动修改后不再覆盖。",
    "Alt+E. Empties the form for the next call.": "Alt+E。清空表单，受理下一个来电。",
    "Ctrl+Enter or Alt+R. Creates the case.": "Ctrl+Enter 或 Alt+R：新建案件。",
    "Only digits, +, - and spaces, e.g. 0513-8512 3456": (
        "只能填数字、+、- 和空格，如 0513-8512 3456"
    ),
    "Too long for a phone number": "电话号码过长",
    "Too short for a phone number": "电话号码过短",
    "From the address: %1": "按地址识别：%1",
    "From the address: not recognised — choose one": "未能从地址识别街道，请选择",
    "%1 (%2): %3": "【%2】%1：%3",
    "%1 (%2)": "【%2】%1",
    "%1: %2": "%1：%2",
    # IntakeWork
    "Looking for similar cases": "查找相似案件",
    "Creating the case": "新建案件",
    "Attaching the call": "关联来电",
    # SimilarCases
    "Si&milar open cases": "相似的未办结案件(&M)",
    "Key": "快捷键",
    "Ref": "编号",
    "Title": "标题",
    "State": "状态",
    "Distance": "距离",
    "How long ago": "距今",
    "Likeness": "相似度",
    "Alt+M. Enter or Ctrl+1…9 attaches the call to that case instead of creating a new one": (
        "Alt+M。按 Enter 或 Ctrl+1…9 将来电关联到该案件，而不新建案件"
    ),
    "Attach call to se&lected case": "关联到所选案件(&L)",
    "Alt+L. Adds the caller and what they said to the case's history (Enter on the list, or "
    "Ctrl+1…9 from anywhere in the form)": (
        "Alt+L。把来电人和来电内容记入该案件的办理记录(在列表上按 Enter，或在表单任意处按 Ctrl+1…9)"
    ),
    "Pick a category and give the address to see similar cases.": (
        "选择问题类别并填写地址后，这里显示相似案件。"
    ),
    "%1 similar open case(s): attach the call if it is the same matter.": (
        "%1 件相似的未办结案件：如为同一事项，请关联来电。"
    ),
    "No similar open case nearby: create a new case.": "附近没有相似的未办结案件：请新建案件。",
    "%1 m": "%1米",
    "same street": "同街道",
    "%1 ago": "%1前",
    "just now": "刚刚",
}
