"""zh_CN for the administration screens: users, SLA rules, the admin log (issue #12).

Keyed by (context, English source): update.py merges tuple-keyed tables into ZH_BY_CONTEXT,
so these words (Delete, Note, Department, …) never change another screen's Chinese.
"""

from __future__ import annotations

_ADMIN_LOG = {
    # kinds
    "Holiday calendar": "节假日安排",
    "SLA rules": "时限规则",
    "User": "用户",
    "Camera": "摄像头",
    "Economic indicators": "经济指标",
    "Sign-in": "登录",
    # actions
    "Set day": "设置日期",
    "Delete": "删除",
    "Import": "导入",
    "Publish": "发布",
    "Create": "新增",
    "Change": "修改",
    "Disable": "停用",
    "Enable": "启用",
    "Reset password": "重置密码",
    "Change password": "修改密码",
    "Color rule": "颜色规则",
    "Signed in": "登录成功",
    "Sign-in refused": "登录失败",
    "Sign-in unlocked": "解除登录锁定",
    "Remove": "移除",
    "Back to the library": "恢复法定安排",
    "Add": "添加",
    # columns
    "Time": "时间",
    "Kind": "类别",
    "Action": "操作",
    "By": "操作人",
    "Target": "对象",
    "Note": "备注",
}
_ADMIN_LOG_DETAIL = {
    "Before": "变更前",
    "After": "变更后",
    "Choose a record to see what it changed.": "选择一条记录，查看其变更内容。",
    "Changed: %1": "变更项：%1",
    "(nothing)": "(无)",
    "&Only what changed": "只看变更(&O)",
    "Leave out what is the same on both sides": "不显示两边相同的内容",
    "… %1 unchanged": "… %1 项未变",
}
_ADMIN_LOG_FILTERS = {
    "All kinds": "全部类别",
    "username": "用户名",
    "F&rom": "从(&R)",
    "&To": "至(&T)",
    "Text in target or note (Ctrl+L)": "对象或备注中的文字(Ctrl+L)",
    "&Clear filters": "清除筛选(&C)",
    "&Kind": "类别(&K)",
    "&User": "用户(&U)",
    "T&ext": "文字(&E)",
}
_ADMIN_LOG_SCREEN = {
    "Admin log": "管理日志",
    "Load &more": "加载更多(&M)",
    "Or scroll to the end of the list": "或滚动到列表末尾",
    "Reloa&d": "刷新(&D)",
    "F5": "F5",
    "The admin log could not be read: %1": "无法读取管理日志：%1",
    "There are newer records: press F5 to show them.": "有新的记录：按 F5 显示。",
    "Reading the admin log": "读取管理日志",
    "Loading…": "读取中…",
    "%1 records shown; older ones follow.": "已显示 %1 条，还有更早的记录。",
    "%1 records.": "共 %1 条。",
}
_PASSWORD_DIALOG = {
    "Reset password — %1": "重置密码 — %1",
    "%1 must change this password at the next sign-in. Every session they have open ends "
    "at once.": "%1 下次登录时必须修改此密码；其已登录的会话立即失效。",
    "&Reset password": "重置密码(&R)",
    "New &password": "新密码(&P)",
    "&Again": "再输一次(&A)",
    "A password is 8–128 characters.": "密码为 8–128 个字符。",
    "The two passwords differ: type the same twice.": "两次输入的密码不一致，请重新输入。",
    "Resetting…": "正在重置…",
    "Resetting a password": "重置密码",
}
_SLA_RULES = {
    "Version %1": "第 %1 版",
    "yellow at %1 % of the limit": "达到时限的 %1% 时黄色预警",
    "Scope": "适用范围",
    "Urgency": "紧急程度",
    "Step": "环节",
    "Limit": "时限",
    "Unit": "单位",
    "Clock": "计时方式",
    "Kind: %1": "类型：%1",
    "Category: %1": "类别：%1",
    "All categories": "全部类别",
    "working days": "工作日",
    "working hours": "工作小时",
    "hours (24/7)": "小时(自然时)",
    "Working time": "工作时间",
    "Natural time (24/7)": "自然时间(全天候)",
    "Consultation": "咨询",
    "Request for help": "求助",
    "Complaint": "投诉",
    "Problem report": "问题反映",
    "Suggestion": "建议",
    "The warn ratio must lie between 0 and 1.": "预警比例必须大于 0 且小于 1。",
    "The limit must be a whole number of minutes from 1 to 525,600 (%1 %2 is %3 minutes).": (
        "时限必须是 1 至 525,600 之间的整分钟数(%1 %2 为 %3 分钟)。"
    ),
    "Rows %1 and %2 are rules for the same scope, urgency and step.": (
        "第 %1 行和第 %2 行的适用范围、紧急程度和环节相同。"
    ),
    "%1, %2: there is no rule for all categories. Add one: it applies wherever no kind or "
    "category rule does.": (
        "%1、%2：缺少适用于全部类别的规则。请添加一条：没有类型或类别规则时按它计时。"
    ),
    "The limit must be a whole number of minutes from 1 to 525,600.": (
        "时限必须是 1 至 525,600 之间的整分钟数。"
    ),
    "Choose working time or natural time.": "请选择工作时间或自然时间。",
    "Choose one scope: all categories, a kind, or a category the server knows.": (
        "请选择一个适用范围：全部类别、某一类型或某一已有类别。"
    ),
}
_SLA_RULES_EXTRA = {
    "another administrator": "另一位管理员",
    "Version %2 was published meanwhile, while you were editing version %4: publishing your "
    "edits would be refused. Reload version %2 to start from it.": (
        "您在编辑第 %4 版期间，第 %2 版已发布：现在发布您的修改会被拒绝。"
        "请重新读取第 %2 版后再修改。"
    ),
    "Not published: %1 published version %2 (%3) while you were editing version %4. Your "
    "edits are still here; reload version %2 to start from it.": (
        "未发布：您在编辑第 %4 版期间，%1 已发布第 %2 版(%3)。您的修改仍保留在此；"
        "请重新读取第 %2 版后再修改。"
    ),
}
_SLA_RULES_EDITOR = {
    "&Add rule": "添加规则(&A)",
    "Ctrl+Insert: a copy of the chosen rule below it": "Ctrl+Insert：在所选规则下方复制一条",
    "&Remove rule": "删除规则(&R)",
    "Ctrl+Delete": "Ctrl+Delete",
    "What changes and why (shown in the history)": "改了什么、为什么(显示在版本历史中)",
    "&Warn ratio": "预警比例(&W)",
    "&Note": "说明(&N)",
    "Row %1: %2": "第 %1 行：%2",
    "yellow at %1 % of the limit": "达到时限的 %1% 时黄色预警",
}
_SLA_RULES_SCREEN = {
    "SLA rules": "时限规则",
    "Loading the SLA rules…": "正在读取时限规则…",
    "A published change applies to SLA steps started after it. Clocks already running keep "
    "the rule and warn ratio they started with; each case shows the rule version it runs "
    "on.": (
        "发布的修改只对发布之后开始计时的环节生效；"
        "已在计时的环节仍按开始时的规则和预警比例计算，每个案件都显示其适用的规则版本。"
    ),
    "&Publish…": "发布(&P)…",
    "Ctrl+S": "Ctrl+S",
    "Discar&d changes": "放弃修改(&D)",
    "&View version": "查看版本(&V)",
    "Version &history": "版本历史(&H)",
    "Loading the SLA rules": "读取时限规则",
    "Loading the SLA rule versions": "读取时限规则版本",
    "Not published: fix the %1 problems listed below the table first.": (
        "未发布：请先修正表格下方列出的 %1 个问题。"
    ),
    "Nothing to publish: the rules are those of version %1.": "无需发布：规则与第 %1 版相同。",
    "Publish these rules as version %1? They apply to SLA steps started from now on; clocks "
    "already running keep the rule they started with.": (
        "将这些规则发布为第 %1 版？新规则只对今后开始计时的环节生效，已在计时的环节仍按原规则计算。"
    ),
    "Publish SLA rules": "发布时限规则",
    "Publishing…": "正在发布…",
    "Publishing the SLA rules": "发布时限规则",
    "Loading SLA rule version %1": "读取第 %1 版时限规则",
    "In force: %1": "现行：%1",
    "The SLA rules could not be loaded: %1": "无法读取时限规则：%1",
    "Version %1 published. It applies to SLA steps started from now on; clocks already "
    "running keep their rule.": (
        "第 %1 版已发布。今后开始计时的环节按新规则计算，已在计时的环节不变。"
    ),
    "Not published: the server found %1 problems, listed below the table.": (
        "未发布：服务器发现 %1 个问题，已列在表格下方。"
    ),
    "Not published: %1 Your edits are still here.": "未发布：%1 您的修改仍保留在此。",
    "The rules of version %1 are in the editor: publish them to bring them back.": (
        "第 %1 版的规则已载入编辑区：发布后即恢复为这些规则。"
    ),
    "Discard your changes and reload the rules in force?": "放弃修改并重新读取现行规则？",
    "Changed: not published yet": "已修改，尚未发布",
    "Re&load version %1": "重新读取第 %1 版(&L)",
}
_USER_ERRORS = {
    "Not saved: you cannot disable your own account or take away your own role.": (
        "未保存：不能停用自己的账号，也不能取消自己的管理员角色。"
    ),
    "Not saved: %1 is the last active administrator. Make another user an administrator "
    "first.": "未保存：%1 是最后一位在用的管理员。请先将另一位用户设为管理员。",
    "Not created: the username %1 is in use. Choose another one.": (
        "未创建：用户名 %1 已被使用，请换一个。"
    ),
    "Not saved: correct the marked fields. %1": "未保存：请修正标出的项目。%1",
    "Only an administrator may manage users.": "只有管理员可以管理用户。",
    "Your session has expired: sign in again. What you typed is still here.": (
        "登录已失效：请重新登录。已填写的内容仍保留。"
    ),
    "No answer from the server: the change may not have been made. Reload the list to check "
    "before trying again.": "服务器无应答：修改可能未生效。请先刷新列表确认，再重试。",
    "Not saved: %1": "未保存：%1",
}
_USER_FORM = {
    "A username is 2–40 letters, digits, _ . or -, and not in use.": (
        "用户名为 2–40 个字母、数字或 _ . -，且未被使用。"
    ),
    "Give the name shown to colleagues.": "请填写同事看到的姓名。",
    "Choose a role.": "请选择角色。",
    "Choose the department: required for, and only for, department staff.": (
        "请选择部门：仅部门人员需要，且必须填写。"
    ),
    "A password is 8–128 characters.": "密码为 8–128 个字符。",
    "Department staff": "部门人员",
    "The user changes it at the first sign-in": "用户首次登录时须修改",
    "&Username": "用户名(&U)",
    "Display na&me": "姓名(&M)",
    "&Role": "角色(&R)",
    "Depar&tment": "部门(&T)",
    "Initial pass&word": "初始密码(&W)",
    "(none)": "(无)",
    "New user": "新用户",
    "User %1": "用户 %1",
    "Tick the river segments this river chief patrols (one at least).": (
        "请勾选该河长巡查的河段(至少一段)。"
    ),
    "Choose the grid this grid member reports from (its street first).": (
        "请选择该网格员所在的网格(先选街道)。"
    ),
    "Choose the volunteer team this account leads (its lead until now is replaced).": (
        "请选择该账号带领的志愿服务队(原队长账号将被替换)。"
    ),
    "River chief": "河长",
    "Grid member": "网格员",
    "Volunteer team lead": "志愿服务队队长",
    "Ri&ver segments": "河段(&V)",
    "&Grid": "网格(&G)",
    "Volunteer te&am": "志愿服务队(&A)",
}
_TIE_PICKERS = {
    "(every street)": "(全部街道)",
    "(choose a grid)": "(请选择网格)",
    "(choose a team)": "(请选择服务队)",
    " — led by %1": " — 现任队长 %1",
}
_USERS_LIST = {
    "Username": "用户名",
    "Name": "姓名",
    "Role": "角色",
    "Department": "部门",
    "Active": "启用",
    "Must change password": "须改密码",
    "Last sign-in": "最近登录",
    "Tied to": "责任范围",
    "yes": "是",
    "no": "否",
}
_USERS_SCREEN = {
    "Users": "用户管理",
    "Find a user (Ctrl+L): username, name": "查找用户(Ctrl+L)：用户名、姓名",
    "&New user": "新建用户(&N)",
    "Ctrl+N": "Ctrl+N",
    "Re&load": "刷新(&L)",
    "F5": "F5",
    "&Save": "保存(&S)",
    "Ctrl+S": "Ctrl+S",
    "&Disable…": "停用(&D)…",
    "Ctrl+D": "Ctrl+D",
    "Reset &password…": "重置密码(&P)…",
    "Ctrl+P": "Ctrl+P",
    "A new user, and one whose password was reset, must choose a password of their own at "
    "the next sign-in. Disabling a user, or changing their role or department, ends their "
    "sessions at once.": (
        "新用户和被重置密码的用户下次登录时必须设置自己的密码。停用用户或更改其角色、部门后，"
        "其已登录的会话立即失效。"
    ),
    "Loading users": "读取用户",
    "Not saved: correct the marked fields.": "未保存：请修正标出的项目。",
    "Creating user %1": "创建用户 %1",
    "User %1 created: they choose their own password at the first sign-in.": (
        "用户 %1 已创建：首次登录时须设置自己的密码。"
    ),
    "Nothing has changed.": "没有修改。",
    "Saving user %1": "保存用户 %1",
    "User %1 saved.": "用户 %1 已保存。",
    "User %1 saved: their sessions have ended.": "用户 %1 已保存：其会话已失效。",
    "Disable %1? They cannot sign in any more, and the sessions they have open end at once.": (
        "停用 %1？停用后不能再登录，其已登录的会话立即失效。"
    ),
    "Enable %1 again? They can sign in with their password.": "重新启用 %1？启用后可用原密码登录。",
    "User %1 enabled.": "用户 %1 已启用。",
    "User %1 disabled: their sessions have ended.": "用户 %1 已停用：其会话已失效。",
    "The users could not be loaded: %1": "无法读取用户：%1",
    "Password of %1 reset: they must change it at the next sign-in.": (
        "%1 的密码已重置：下次登录时须修改。"
    ),
    "Saving…": "正在保存…",
    "&Enable…": "启用(&E)…",
    "&Create user": "创建用户(&C)",
    "Loading river segments and volunteer teams": "读取河段和志愿服务队",
    "The river segments and volunteer teams could not be loaded: %1": (
        "无法读取河段和志愿服务队：%1"
    ),
}
_VERSION_DIALOG = {
    "SLA rules — version %1 (read-only)": "时限规则 — 第 %1 版(只读)",
    "Read-only: %1": "只读：%1",
    "&Start from this version": "以此版本为基础(&S)",
    "Copies these rules and this ratio into the editor, to publish them again as a new "
    "version.": "把这一版的规则和预警比例复制到编辑区，可作为新版本重新发布。",
}
_VERSION_LIST = {
    "Version": "版本",
    "Published": "发布时间",
    "By": "发布人",
    "Note": "说明",
    "Rules": "规则数",
    "Yellow at": "黄色预警",
    "Enter or double-click: view this version": "回车或双击：查看此版本",
    "%1 (current)": "%1(现行)",
}

ZH_ADMIN_SCREENS: dict[tuple[str, str], str] = {
    (context, source): text
    for context, table in (
        ("AdminLog", _ADMIN_LOG),
        ("AdminLogDetail", _ADMIN_LOG_DETAIL),
        ("AdminLogFilters", _ADMIN_LOG_FILTERS),
        ("AdminLogScreen", _ADMIN_LOG_SCREEN),
        ("PasswordDialog", _PASSWORD_DIALOG),
        ("SlaRules", _SLA_RULES),
        ("SlaRules", _SLA_RULES_EXTRA),
        ("SlaRulesEditor", _SLA_RULES_EDITOR),
        ("SlaRulesScreen", _SLA_RULES_SCREEN),
        ("GridPicker", _TIE_PICKERS),
        ("TeamPicker", _TIE_PICKERS),
        ("UserErrors", _USER_ERRORS),
        ("UserForm", _USER_FORM),
        ("UsersList", _USERS_LIST),
        ("UsersScreen", _USERS_SCREEN),
        ("VersionDialog", _VERSION_DIALOG),
        ("VersionList", _VERSION_LIST),
    )
    for source, text in table.items()
}
