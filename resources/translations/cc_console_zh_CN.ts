<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../console/shell/about_dialog.py" line="60" />
        <source>About — Duty Console</source>
        <translation>关于 — 值班台</translation>
    </message>
    <message>
        <location filename="../../console/shell/about_dialog.py" line="62" />
        <source>Chongchuan Governance Command Center — Duty Console</source>
        <translation>崇川区区域治理现代化指挥中心 — 值班台</translation>
    </message>
    <message>
        <location filename="../../console/shell/about_dialog.py" line="74" />
        <source>This program uses Qt and Qt for Python (PySide6, shiboken6), © The Qt Company Ltd and other contributors, under the GNU Lesser General Public License version 3 (LGPLv3). You may replace these libraries with versions of your own; their source code is at %1. The licence text: %2</source>
        <translation>本程序使用 Qt 和 Qt for Python（PySide6、shiboken6），© The Qt Company Ltd 及其他贡献者，依据 GNU 宽通用公共许可证第 3 版（LGPLv3）授权。您可以用自己的版本替换这些库；其源代码见 %1。许可证全文：%2</translation>
    </message>
    <message>
        <location filename="../../console/shell/about_dialog.py" line="86" />
        <source>Show the LGPLv3 text</source>
        <translation>查看 LGPLv3 全文</translation>
    </message>
</context>
<context>
    <name>ActionSync</name>
    <message>
        <location filename="../../console/controllers/action_sync.py" line="94" />
        <source>Opening the outbox</source>
        <translation>打开待发送队列</translation>
    </message>
    <message>
        <location filename="../../console/controllers/action_sync.py" line="100" />
        <source>Closing the outbox</source>
        <translation>关闭待发送队列</translation>
    </message>
    <message>
        <location filename="../../console/controllers/action_sync.py" line="106" />
        <source>Saving</source>
        <translation>保存操作</translation>
    </message>
    <message>
        <location filename="../../console/controllers/action_sync.py" line="118" />
        <source>Sending pending actions</source>
        <translation>发送待同步的操作</translation>
    </message>
    <message>
        <location filename="../../console/controllers/action_sync.py" line="127" />
        <source>Acknowledging</source>
        <translation>确认问题</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../console/actions.py" line="20" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="21" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="22" />
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="23" />
        <source>&amp;Panes</source>
        <translation>窗格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="24" />
        <source>&amp;Administration</source>
        <translation>系统管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="25" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="60" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="61" />
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="62" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="65" />
        <source>Overdue only</source>
        <translation>只看超时</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="74" />
        <source>Due soon only</source>
        <translation>只看将超时</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="79" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="82" />
        <source>Mute sound</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="89" />
        <source>Reset layout</source>
        <translation>恢复默认布局</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="90" />
        <source>Next case</source>
        <translation>下一件</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="91" />
        <source>Previous case</source>
        <translation>上一件</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="92" />
        <source>Open case detail</source>
        <translation>打开案件详情</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="95" />
        <source>Register</source>
        <translation>受理立案</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="104" />
        <source>Dispatch to the suggested department</source>
        <translation>派遣到建议部门</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="112" />
        <source>Dispatch to another department…</source>
        <translation>派遣到其他部门…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="120" />
        <source>Verify and close</source>
        <translation>核查结案</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="128" />
        <source>Urge…</source>
        <translation>催办…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="137" />
        <source>Approve extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="144" />
        <source>Sign for case</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="152" />
        <source>Report result…</source>
        <translation>反馈结果…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="160" />
        <source>Comment…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="168" />
        <source>Other action…</source>
        <translation>其他操作…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="175" />
        <source>Send the chosen action</source>
        <translation>发送所选操作</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="183" />
        <source>Acknowledge the alert</source>
        <translation>确认提醒</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="190" />
        <source>Dispatch selected cases…</source>
        <translation>批量派遣所选案件…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="198" />
        <source>Urge selected cases…</source>
        <translation>批量催办所选案件…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="204" />
        <source>Holiday calendar…</source>
        <translation>节假日安排…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="206" />
        <source>SLA rules…</source>
        <translation>时限规则…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="207" />
        <source>Users…</source>
        <translation>用户管理…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="208" />
        <source>Cameras…</source>
        <translation>摄像头管理…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="211" />
        <source>Admin log…</source>
        <translation>管理日志…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="216" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="217" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="130" />
        <source>Import indicator data…</source>
        <translation>导入经济指标数据…</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="39" />
        <source>Correct case…</source>
        <translation>更正案件…</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="47" />
        <source>Attach photo from disk…</source>
        <translation>从本地添加照片…</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="54" />
        <source>Print assignment sheet…</source>
        <translation>打印交办单…</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="60" />
        <source>Save assignment sheet as PDF…</source>
        <translation>交办单存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="66" />
        <source>Find caller by phone…</source>
        <translation>按来电号码查询…</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="74" />
        <source>Callbacks (回访)…</source>
        <translation>回访工作单…</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="81" />
        <source>Export queue to Excel…</source>
        <translation>导出队列到 Excel…</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="49" />
        <source>Board: urge…</source>
        <translation>督办台：催办…</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="52" />
        <source>Board: supervise (督办)…</source>
        <translation>督办台：督办…</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="58" />
        <source>Board: approve the request</source>
        <translation>督办台：批准申请</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="64" />
        <source>Board: refuse the request…</source>
        <translation>督办台：驳回申请…</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="68" />
        <source>Board: void…</source>
        <translation>督办台：作废…</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="71" />
        <source>Board: escalate to the city…</source>
        <translation>督办台：上报市指挥中心…</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="77" />
        <source>Board: open the bulletin (通报)</source>
        <translation>督办台：打开通报</translation>
    </message>
    <message>
        <location filename="../../console/shell/session_switch.py" line="47" />
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <location filename="../../console/shell/session_switch.py" line="51" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="38" />
        <source>Handover (交接班)…</source>
        <translation>交接班…</translation>
    </message>
</context>
<context>
    <name>AdminLog</name>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="21" />
        <source>Holiday calendar</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="22" />
        <source>SLA rules</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="23" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="24" />
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="25" />
        <source>Economic indicators</source>
        <translation>经济指标</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="26" />
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="27" />
        <source>Score weights</source>
        <translation>得分权重</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="28" />
        <source>Map layer</source>
        <translation>地图图层</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="29" />
        <source>Volunteer service</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="32" />
        <source>Set day</source>
        <translation>设置日期</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="33" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="34" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="35" />
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="36" />
        <source>Create</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="37" />
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="38" />
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="39" />
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="40" />
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="41" />
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="42" />
        <source>Color rule</source>
        <translation>颜色规则</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="43" />
        <source>Signed in</source>
        <translation>登录成功</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="44" />
        <source>Sign-in refused</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="45" />
        <source>Sign-in unlocked</source>
        <translation>解除登录锁定</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="46" />
        <source>Add team</source>
        <translation>新增服务队</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="47" />
        <source>Change team</source>
        <translation>修改服务队</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="48" />
        <source>Add service category</source>
        <translation>新增服务类别</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="49" />
        <source>Change service category</source>
        <translation>修改服务类别</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="53" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="54" />
        <source>Back to the library</source>
        <translation>恢复法定安排</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="55" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_model.py" line="22" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_model.py" line="23" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_model.py" line="24" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_model.py" line="25" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_model.py" line="26" />
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_model.py" line="27" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AdminLogDetail</name>
    <message>
        <location filename="../../console/admin/admin_log_detail.py" line="30" />
        <source>&amp;Only what changed</source>
        <translation>只看变更(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_detail.py" line="32" />
        <source>Leave out what is the same on both sides</source>
        <translation>不显示两边相同的内容</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_detail.py" line="39" />
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_detail.py" line="39" />
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_detail.py" line="63" />
        <source>Choose a record to see what it changed.</source>
        <translation>选择一条记录，查看其变更内容。</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_detail.py" line="81" />
        <source>Changed: %1</source>
        <translation>变更项：%1</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_detail.py" line="82" />
        <source>… %1 unchanged</source>
        <translation>… %1 项未变</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_detail.py" line="83" />
        <source>(nothing)</source>
        <translation>(无)</translation>
    </message>
</context>
<context>
    <name>AdminLogFilters</name>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="35" />
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="40" />
        <source>username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="49" />
        <source>F&amp;rom</source>
        <translation>从(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="51" />
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="55" />
        <source>Text in target or note (Ctrl+L)</source>
        <translation>对象或备注中的文字(Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="57" />
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="59" />
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="61" />
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="63" />
        <source>T&amp;ext</source>
        <translation>文字(&amp;E)</translation>
    </message>
</context>
<context>
    <name>AdminLogScreen</name>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="44" />
        <source>Admin log</source>
        <translation>管理日志</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="78" />
        <source>Load &amp;more</source>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="79" />
        <source>Or scroll to the end of the list</source>
        <translation>或滚动到列表末尾</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="80" />
        <source>Reloa&amp;d</source>
        <translation>刷新(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="80" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="169" />
        <source>The admin log could not be read: %1</source>
        <translation>无法读取管理日志：%1</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="188" />
        <source>There are newer records: press F5 to show them.</source>
        <translation>有新的记录：按 F5 显示。</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="202" />
        <source>Reading the admin log</source>
        <translation>读取管理日志</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="208" />
        <source>Loading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="210" />
        <source>%1 records shown; older ones follow.</source>
        <translation>已显示 %1 条，还有更早的记录。</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="212" />
        <source>%1 records.</source>
        <translation>共 %1 条。</translation>
    </message>
</context>
<context>
    <name>AdminScreens</name>
    <message>
        <location filename="../../console/admin/screens.py" line="61" />
        <source>Not available in this version of the console.</source>
        <translation>此版本的值班台尚未提供该功能。</translation>
    </message>
    <message>
        <location filename="../../console/admin/screens.py" line="105" />
        <source>This screen could not be opened (%1).</source>
        <translation>无法打开此界面(%1)。</translation>
    </message>
    <message>
        <location filename="../../console/admin/screens.py" line="109" />
        <source>This screen could not be opened.</source>
        <translation>无法打开此界面。</translation>
    </message>
</context>
<context>
    <name>AlertCenter</name>
    <message>
        <location filename="../../console/shell/alert_center.py" line="63" />
        <source>【DRILL】</source>
        <translation>【演练】</translation>
    </message>
    <message>
        <location filename="../../console/shell/alert_center.py" line="65" />
        <source>New %1 case: %2 %3</source>
        <translation>新%1案件：%2 %3</translation>
    </message>
    <message>
        <location filename="../../console/shell/alert_center.py" line="67" />
        <source>Supervision opened on a case you hold: %2 %3</source>
        <translation>您承办的案件已督办：%2 %3</translation>
    </message>
    <message>
        <location filename="../../console/shell/alert_center.py" line="69" />
        <source>New supervision (督办): %2 %3</source>
        <translation>新督办：%2 %3</translation>
    </message>
    <message>
        <location filename="../../console/shell/alert_center.py" line="71" />
        <source>New public notice (通报): %2 %3</source>
        <translation>新通报：%2 %3</translation>
    </message>
    <message>
        <location filename="../../console/shell/alert_center.py" line="73" />
        <source>New overdue case: %2 %3</source>
        <translation>新超时案件：%2 %3</translation>
    </message>
    <message>
        <location filename="../../console/shell/alert_center.py" line="91" />
        <source>The selected case has no alert to acknowledge.</source>
        <translation>所选案件没有待确认的提醒。</translation>
    </message>
</context>
<context>
    <name>AlertsPane</name>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="37" />
        <source>New case: %1</source>
        <translation>新案件：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="38" />
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="39" />
        <source>Public notice</source>
        <translation>通报</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="74" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="74" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="74" />
        <source>Alert</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="74" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="79" />
        <source>Acknowledge (Space)</source>
        <translation>确认(空格)</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="81" />
        <source>Acknowledge all</source>
        <translation>全部确认</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="149" />
        <source>%1 alert(s) to acknowledge</source>
        <translation>%1 条提醒待确认</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="151" />
        <source>No alert waits to be acknowledged.</source>
        <translation>没有待确认的提醒。</translation>
    </message>
</context>
<context>
    <name>AssignmentSheet</name>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="120" />
        <source>Assignment sheet %1.pdf</source>
        <translation>交办单 %1.pdf</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="123" />
        <source>Save the assignment sheet</source>
        <translation>保存交办单</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="123" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="136" />
        <source>Saving the assignment sheet</source>
        <translation>保存交办单</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="145" />
        <source>Assignment sheet %1</source>
        <translation>交办单 %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="159" />
        <source>Printing the assignment sheet</source>
        <translation>打印交办单</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="170" />
        <source>Reading the case for its assignment sheet</source>
        <translation>读取案件以生成交办单</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="185" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="186" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="187" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="188" />
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="189" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="190" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="191" />
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="192" />
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="193" />
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="193" />
        <source>not dispatched</source>
        <translation>尚未派遣</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="194" />
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="194" />
        <source>no clock running</source>
        <translation>未计时</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="195" />
        <location filename="../../console/panes/assignment_sheet.py" line="205" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="196" />
        <source>Reported at</source>
        <translation>反映时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="199" />
        <source>City reference</source>
        <translation>市交办编号</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="201" />
        <source>City deadline</source>
        <translation>市交办时限</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="205" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="205" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="205" />
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="206" />
        <source>Note</source>
        <translation>意见/备注</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="207" />
        <source>History</source>
        <translation>处置过程</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="209" />
        <source>Printed by %1 at %2</source>
        <translation>打印人：%1　打印时间：%2</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="211" />
        <source>Chongchuan District Governance Command Center</source>
        <translation>崇川区区域治理现代化指挥中心</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="212" />
        <source>Assignment sheet</source>
        <translation>交办单</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="228" />
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
</context>
<context>
    <name>AttachFromDisk</name>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="44" />
        <source>Attach photos to %1</source>
        <translation>为 %1 添加照片</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="46" />
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>照片 (*.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="55" />
        <source>From disk: %1</source>
        <translation>本地文件：%1</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="58" />
        <source>Attaching “%1” to %2…</source>
        <translation>正在将“%1”添加到 %2…</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="64" />
        <source>Attaching a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="70" />
        <source>Photo “%1” attached to %2.</source>
        <translation>照片“%1”已添加到 %2。</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="81" />
        <source>Photo not attached</source>
        <translation>照片未添加</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="82" />
        <source>“%1” was not attached to %2.</source>
        <translation>“%1”未能添加到 %2。</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="98" />
        <source>The file is not a JPEG or PNG photo, whatever its name says (the server checks the content): %1 Only photos can be kept as evidence.</source>
        <translation>该文件不是 JPEG 或 PNG 照片（服务器按文件内容检查，与文件名无关）：%1 只有照片可以作为证据保存。</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="102" />
        <source>The photo is too large for the server (at most 5 MB): %1</source>
        <translation>照片过大（最大 5 MB）：%1</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="109" />
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="124" />
        <source>Loading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="127" />
        <location filename="../../console/panes/attachment_strip.py" line="214" />
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="143" />
        <source>Attach photo from disk…</source>
        <translation>从本地添加照片…</translation>
    </message>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="214" />
        <source>Not loaded</source>
        <translation>未能加载</translation>
    </message>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="236" />
        <source>Loading the photo</source>
        <translation>加载照片</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="180" />
        <source>Not possible on this case now.</source>
        <translation>此案件当前不能执行该操作。</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="210" />
        <source>%1 %2: saved; sending…</source>
        <translation>%1 %2：已保存，正在发送…</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="212" />
        <source>%1 %2: saved while offline; it is sent when the connection is back.</source>
        <translation>%1 %2：离线时已保存，连接恢复后发送。</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="222" />
        <source>Escalated to: %1</source>
        <translation>上报至：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="224" />
        <source>Approve the department's request to park the case (the clock stops).</source>
        <translation>批准承办部门的挂起申请（计时暂停）。</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="241" />
        <source>Done: %1 %2.</source>
        <translation>已完成：%1 %2。</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="245" />
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="63" />
        <source>Supervision and notices</source>
        <translation>督办和通报</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="91" />
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="92" />
        <source>By street</source>
        <translation>按街道</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="116" />
        <source>Enter: open the case · Space: alert seen · Ctrl+Tab: requests · a counter: its cases in the queue</source>
        <translation>回车 打开案件 · 空格 确认提醒 · Ctrl+Tab 待审批 · 点计数 在队列中看</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="130" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="131" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="132" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="185" />
        <source>By department and street</source>
        <translation>按部门和街道</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="222" />
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="223" />
        <source>All streets</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="286" />
        <source>%1 of %2 shown (the most late)</source>
        <translation>显示 %2 项中超时最久的 %1 项</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="294" />
        <source>Supervision %1 · notices %2 · waiting for a decision %3</source>
        <translation>督办 %1 · 通报 %2 · 待审批 %3</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="299" />
        <source>as of %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="302" />
        <source>Supervision and notices (%1)</source>
        <translation>督办 / 通报（%1）</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="304" />
        <source>Requests (%1)</source>
        <translation>待审批申请（%1）</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="317" />
        <source>Show the open cases of %1 in the queue</source>
        <translation>在队列中显示%1的未办结案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="333" />
        <source>The queue cannot show cases without one.</source>
        <translation>队列无法按“未派遣/未定街道”筛选。</translation>
    </message>
</context>
<context>
    <name>BriefPrinter</name>
    <message>
        <location filename="../../console/shell/handover_print.py" line="39" />
        <source>Handover %1.pdf</source>
        <translation>交接班记录 %1.pdf</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_print.py" line="42" />
        <source>Save the handover brief</source>
        <translation>保存交接班记录</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_print.py" line="42" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_print.py" line="53" />
        <source>Saving the handover brief</source>
        <translation>正在保存交接班记录</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_print.py" line="61" />
        <source>Handover %1</source>
        <translation>交接班记录 %1</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_print.py" line="70" />
        <source>Printing the handover brief</source>
        <translation>正在打印交接班记录</translation>
    </message>
</context>
<context>
    <name>BriefText</name>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="49" />
        <source>Came in during the shift</source>
        <translation>本班来件</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="50" />
        <source>Turned red (督办 reached)</source>
        <translation>本班转红（进入督办）</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="51" />
        <source>Open 督办 items</source>
        <translation>在办督办事项</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="52" />
        <source>Extension requests awaiting a decision</source>
        <translation>待审批延期申请</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="53" />
        <source>Cases parked</source>
        <translation>挂账案件</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="59" />
        <location filename="../../console/shell/handover_brief.py" line="163" />
        <source>Unsent outbox items</source>
        <translation>未发送的待发操作</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="65" />
        <source>Draft: not handed over yet</source>
        <translation>草稿：尚未交班</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="67" />
        <source>Signed by %1 at %2</source>
        <translation>%1 已于 %2 签收</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="69" />
        <source>Awaiting the incoming officer's signature</source>
        <translation>待接班人签收</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="77" />
        <source>Brief number</source>
        <translation>交接班记录号</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="78" />
        <source>Shift</source>
        <translation>班次时段</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="79" />
        <source>Handed over by</source>
        <translation>交班人</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="80" />
        <location filename="../../console/shell/handover_brief.py" line="167" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="94" />
        <source>Chongchuan District Governance Command Center</source>
        <translation>崇川区区域治理现代化指挥中心</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="95" />
        <source>Shift handover brief</source>
        <translation>交接班记录</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="97" />
        <source>Figures of the shift</source>
        <translation>本班数据</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="98" />
        <source>Came in by channel</source>
        <translation>来件渠道分布</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="100" />
        <source>Notes</source>
        <translation>交班说明</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="100" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="115" />
        <source>Printed by %1 at %2</source>
        <translation>打印人：%1　打印时间：%2</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="123" />
        <location filename="../../console/shell/handover_brief.py" line="163" />
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="126" />
        <location filename="../../console/shell/handover_brief.py" line="167" />
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="126" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="126" />
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="126" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="127" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="133" />
        <source>… and %1 more.</source>
        <translation>……另有 %1 件。</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="168" />
        <source>Note</source>
        <translation>意见/备注</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="147" />
        <source>%1 minutes asked</source>
        <translation>申请延期 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="167" />
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="168" />
        <source>Queued at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="171" />
        <source>not sent yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="172" />
        <source>conflict: case changed meanwhile</source>
        <translation>冲突：案件已被他人更改</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="173" />
        <source>refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="187" />
        <source>Handed over by: %1</source>
        <translation>交班人：%1</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="189" />
        <source>Taken over by: %1 (%2)</source>
        <translation>接班人：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="192" />
        <source>Taken over by: ____________</source>
        <translation>接班人：____________</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../console/controllers/bulk.py" line="50" />
        <source>%1 %2 cases</source>
        <translation>%1 %2 件案件</translation>
    </message>
    <message>
        <location filename="../../console/controllers/bulk.py" line="52" />
        <source>%1 cases selected; %2 will get “%3”.</source>
        <translation>已选 %1 件，其中 %2 件将执行“%3”。</translation>
    </message>
    <message>
        <location filename="../../console/controllers/bulk.py" line="56" />
        <source>%1 cannot in their present state and are left out.</source>
        <translation>另有 %1 件当前状态不能执行，不会发送。</translation>
    </message>
    <message>
        <location filename="../../console/controllers/bulk.py" line="72" />
        <source>(category rule for %1 of them)</source>
        <translation>(其中 %1 件按类别规则应派此部门)</translation>
    </message>
    <message>
        <location filename="../../console/controllers/bulk.py" line="78" />
        <source>Note sent with every case (optional)</source>
        <translation>随每件案件发送的说明(选填)</translation>
    </message>
    <message>
        <location filename="../../console/controllers/bulk.py" line="87" />
        <source>Dispatch all of them to:</source>
        <translation>全部派遣到：</translation>
    </message>
</context>
<context>
    <name>BulletinOpener</name>
    <message>
        <location filename="../../console/panes/supervision_board_bulletin.py" line="48" />
        <source>The server has no bulletin for this item.</source>
        <translation>服务器上没有该项的通报。</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_bulletin.py" line="52" />
        <source>Fetching the bulletin of %1…</source>
        <translation>正在获取 %1 的通报…</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_bulletin.py" line="57" />
        <source>The bulletin could not be opened: %1</source>
        <translation>通报无法打开：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_bulletin.py" line="59" />
        <source>Fetching the bulletin</source>
        <translation>获取通报</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_bulletin.py" line="65" />
        <source>Bulletin opened: %1</source>
        <translation>通报已打开：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_bulletin.py" line="68" />
        <source>Bulletin saved as %1 (no viewer could open it).</source>
        <translation>通报已保存为 %1（没有可用的查看程序）。</translation>
    </message>
</context>
<context>
    <name>CalendarBanner</name>
    <message>
        <location filename="../../console/admin/calendar_banner.py" line="57" />
        <source>Open the holiday calendar</source>
        <translation>打开节假日安排</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_banner.py" line="89" />
        <source>Checking the holiday calendar</source>
        <translation>检查节假日安排</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_banner.py" line="100" />
        <source>The %1 public holidays have not been entered yet; deadlines count Monday to Friday.</source>
        <translation>%1年节假日安排尚未录入，期限按周一至周五计算</translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="47" />
        <source>Import the holiday notice</source>
        <translation>导入放假通知</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="54" />
        <source>A CSV with one day or a range per line: date, kind (holiday/workday, or 放假/上班), name. Nothing is stored unless every line is right.</source>
        <translation>CSV 文件，每行一天或一个日期范围：日期、类型(holiday/workday，或 放假/上班)、名称。只有全部行都正确才会保存。</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="66" />
        <source>The notice saved as CSV</source>
        <translation>另存为 CSV 的放假通知</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="67" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="69" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="76" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="76" />
        <source>What to fix</source>
        <translation>需要改正</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="98" />
        <source>Choose a CSV file first.</source>
        <translation>请先选择 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="103" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="109" />
        <source>Importing the holiday notice</source>
        <translation>导入放假通知</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="120" />
        <source>Holiday notice</source>
        <translation>放假通知</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="120" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="129" />
        <source>Stored %1 days (%2). Running clocks moved: %3.</source>
        <translation>已保存 %1 天(%2年)。调整的在办时限：%3 件。</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="140" />
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="145" />
        <source>Nothing was stored: fix the %1 lines below and import again.</source>
        <translation>未保存任何内容：请改正下列 %1 行后重新导入。</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="149" />
        <source>Nothing was stored: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="32" />
        <source>Holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="33" />
        <source>Make-up workday</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="34" />
        <source>Weekend (off)</source>
        <translation>周末(休息)</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="35" />
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="38" />
        <source>entered</source>
        <translation>已录入</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="39" />
        <source>library</source>
        <translation>日历库</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="90" />
        <source>Name, e.g. 春节</source>
        <translation>名称，如 春节</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="91" />
        <source>Holiday (&amp;H)</source>
        <translation>放假 (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="93" />
        <source>Make-up workday (&amp;W)</source>
        <translation>调休上班 (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="95" />
        <source>Back to library (Del)</source>
        <translation>恢复日历库 (Del)</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="107" />
        <source>Keys: arrows move the day (PgUp/PgDn a month) · H holiday · W make-up workday · Del back to the library · Enter types the name</source>
        <translation>按键：方向键移动日期(PgUp/PgDn 翻月) · H 放假 · W 调休上班 · Del 恢复日历库 · Enter 输入名称</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="120" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="120" />
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="120" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="120" />
        <location filename="../../console/admin/calendar_panel.py" line="130" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="120" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="151" />
        <source>Holiday, entered</source>
        <translation>放假(已录入)</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="152" />
        <source>Holiday, from the library</source>
        <translation>放假(日历库)</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="153" />
        <source>Make-up workday, entered</source>
        <translation>调休上班(已录入)</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="154" />
        <source>Make-up workday, library</source>
        <translation>调休上班(日历库)</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="155" />
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="38" />
        <source>%1: the official calendar from the library; nothing entered.</source>
        <translation>%1年：采用日历库中的官方安排，未录入。</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="41" />
        <source>%1: entered by an administrator (the library does not know this year).</source>
        <translation>%1年：由管理员录入(日历库尚无该年数据)。</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="44" />
        <source>%1: the library's calendar with days entered by an administrator.</source>
        <translation>%1年：日历库安排，另有管理员录入的日期。</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="47" />
        <source>%1: no holiday schedule yet, so deadlines count Monday to Friday. Enter the State Council's notice.</source>
        <translation>%1年：尚无节假日安排，期限按周一至周五计算。请录入国务院办公厅放假通知。</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="61" />
        <source>Holiday calendar — Administration</source>
        <translation>节假日安排 — 系统管理</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="79" />
        <source>Import notice…</source>
        <translation>导入放假通知…</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="82" />
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="87" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="136" />
        <source>%1: loading…</source>
        <translation>%1年：读取中…</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="147" />
        <source>Loading the holiday calendar</source>
        <translation>读取节假日安排</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="157" />
        <source>Only administrators change the calendar.</source>
        <translation>只有管理员可以修改节假日安排。</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="163" />
        <location filename="../../console/admin/calendar_screen.py" line="226" />
        <source>Nothing was entered for %1: it follows the library already.</source>
        <translation>%1 没有录入内容：已按日历库计算。</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="171" />
        <source>Type the name first (e.g. 春节), then press the key.</source>
        <translation>请先输入名称(如 春节)，再按键。</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="198" />
        <source>Sending %1…</source>
        <translation>正在提交 %1…</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="203" />
        <source>Changing the holiday calendar</source>
        <translation>修改节假日安排</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="213" />
        <source>back to the library</source>
        <translation>恢复日历库</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="216" />
        <source>%1: %2. Running clocks moved: %3.</source>
        <translation>%1：%2。调整的在办时限：%3 件。</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="232" />
        <source>only administrators change the calendar</source>
        <translation>只有管理员可以修改节假日安排</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="235" />
        <source>%1 not changed: %2</source>
        <translation>%1 未修改：%2</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="262" />
        <source>The calendar was not read: %1</source>
        <translation>未能读取节假日安排：%1</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="276" />
        <source>Notice imported: %1 days stored. Running clocks moved: %2.</source>
        <translation>放假通知已导入：保存 %1 天。调整的在办时限：%2 件。</translation>
    </message>
</context>
<context>
    <name>CallIntakePane</name>
    <message>
        <location filename="../../console/panes/call_intake.py" line="58" />
        <source>12345 call intake</source>
        <translation>12345来电受理</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="61" />
        <source>【DRILL】</source>
        <translation>【演练】</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="189" />
        <source>Creating the case…</source>
        <translation>正在新建案件…</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="196" />
        <source>Attaching the call to %1…</source>
        <translation>正在将来电关联到 %1…</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="208" />
        <source>Write latitude, longitude, e.g. 32.04, 120.87</source>
        <translation>请按“纬度, 经度”填写，如 32.04, 120.87</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="211" />
        <source>Too long: at most %1 characters</source>
        <translation>过长：最多 %1 个字</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="216" />
        <source>Write what the caller said before attaching</source>
        <translation>关联前请先填写来电内容</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="219" />
        <source>Pick a category from the list</source>
        <translation>请从列表中选择问题类别</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="221" />
        <source>Give the case a title</source>
        <translation>请填写案件标题</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="227" />
        <source>Nothing was sent: correct the marked fields.</source>
        <translation>尚未提交：请更正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="238" />
        <source>Pick a category to see similar open cases.</source>
        <translation>选择问题类别后显示相似的未办结案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="244" />
        <source>Give an address with its street (or choose the street) to see similar open cases.</source>
        <translation>填写含街道名的地址(或选择街道)后显示相似的未办结案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="255" />
        <source>Looking for similar open cases…</source>
        <translation>正在查找相似的未办结案件…</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="267" />
        <source>Similar cases could not be looked up: %1</source>
        <translation>无法查找相似案件：%1</translation>
    </message>
</context>
<context>
    <name>CallbackForm</name>
    <message>
        <location filename="../../console/panes/callback_form.py" line="59" />
        <source>&amp;Record callback</source>
        <translation>登记回访(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="61" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="63" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="64" />
        <source>&amp;Note</source>
        <translation>回访记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="104" />
        <source>Choose a case in the list.</source>
        <translation>请在列表中选择案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="108" />
        <source>Caller: %1  %2</source>
        <translation>来电人：%1  %2</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="109" />
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="111" />
        <source>Handled by %1, closed %2</source>
        <translation>承办：%1，结案：%2</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="116" />
        <source>To verify: verify and close the case first, then call back.</source>
        <translation>待核查：请先核查结案，再行回访。</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="134" />
        <source>Choose the result: satisfied, basically satisfied or unsatisfied.</source>
        <translation>请选择回访结果：满意、基本满意或不满意。</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="136" />
        <source>Unsatisfied: write why in the note (it is the reason to reopen).</source>
        <translation>不满意：请在回访记录中写明原因（作为重办依据）。</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="152" />
        <source>Required: why the caller is unsatisfied</source>
        <translation>必填：群众不满意的原因</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="154" />
        <source>What the caller said (optional)</source>
        <translation>群众意见（选填）</translation>
    </message>
</context>
<context>
    <name>CallbackWorklist</name>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="54" />
        <source>Callbacks (回访)</source>
        <translation>回访工作单</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="62" />
        <source>Re&amp;load</source>
        <translation>刷新(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="73" />
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="74" />
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="75" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="76" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="77" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="78" />
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="124" />
        <source>Loading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="129" />
        <source>Loading the callback worklist</source>
        <translation>读取回访工作单</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="163" />
        <source>Recording the callback…</source>
        <translation>正在登记回访…</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="184" />
        <source>The worklist could not be loaded: %1</source>
        <translation>回访工作单读取失败：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="207" />
        <source>%1 closed case(s) of the last %2 days wait for a callback; %3 to verify.</source>
        <translation>近 %2 天已结案待回访 %1 件；待核查 %3 件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="220" />
        <source>Reading the caller's number</source>
        <translation>读取来电号码</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="233" />
        <source>Offline: the callback is saved and sent when the connection is back.</source>
        <translation>离线：回访已保存，连接恢复后自动发送。</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="244" />
        <source>Callback of %1 recorded: %2.</source>
        <translation>%1 回访已登记：%2。</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="249" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>CallerSearchDialog</name>
    <message>
        <location filename="../../console/panes/caller_search.py" line="45" />
        <source>Find caller by phone</source>
        <translation>来电号码查询</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="50" />
        <source>Caller's &amp;phone (part of it)</source>
        <translation>来电号码（可输入部分）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="53" />
        <source>at least 3 digits, e.g. 5678</source>
        <translation>至少 3 位数字，如 5678</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="68" />
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="69" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="70" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="71" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="72" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="73" />
        <source>Reported</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="92" />
        <location filename="../../console/panes/caller_search.py" line="116" />
        <source>Type at least 3 digits of the caller's number.</source>
        <translation>请输入来电号码中的至少 3 位数字。</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="122" />
        <source>Searching…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="127" />
        <source>Finding the caller</source>
        <translation>查询来电人</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="165" />
        <source>%1 case(s): ↓ to the list, Enter shows the case in the queue.</source>
        <translation>共 %1 件：按 ↓ 进入列表，回车在队列中定位案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="168" />
        <source>No case with these digits in the caller's number.</source>
        <translation>没有来电号码含这些数字的案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="174" />
        <source>The search failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
</context>
<context>
    <name>CameraForm</name>
    <message>
        <location filename="../../console/admin/camera_form.py" line="25" />
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="26" />
        <source>City center relay</source>
        <translation>市中心转播</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="29" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="30" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="31" />
        <source>Maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="73" />
        <source>e.g. 学田街道 工农路口</source>
        <translation>如 学田街道 工农路口</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="84" />
        <source>Street centre</source>
        <translation>街道中心</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="85" />
        <source>Put the camera at the centre of its street</source>
        <translation>把摄像头放在所属街道的中心</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="90" />
        <source>Test stream</source>
        <translation>测试视频流</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="93" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="97" />
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="104" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="105" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="106" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="107" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="108" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="109" />
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="110" />
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="111" />
        <source>Stream URL</source>
        <translation>视频流地址</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="165" />
        <source>New camera</source>
        <translation>新增摄像头</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="167" />
        <source>Camera %1</source>
        <translation>摄像头 %1</translation>
    </message>
</context>
<context>
    <name>CameraReplies</name>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="30" />
        <source>This code is taken by another camera: choose another code.</source>
        <translation>该编号已被其他摄像头使用：请换一个编号。</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="33" />
        <source>Not saved: the code is in use. Your entries are kept.</source>
        <translation>未保存：编号已被使用。已填写的内容保留。</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="37" />
        <source>Not saved: fix the marked fields. Your entries are kept.</source>
        <translation>未保存：请修改标出的字段。已填写的内容保留。</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="44" />
        <source>This camera was removed meanwhile. Your entries are kept: Save adds it as a new camera.</source>
        <translation>该摄像头已被删除。已填写的内容保留：保存将作为新摄像头添加。</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="51" />
        <source>Only administrators may change the cameras.</source>
        <translation>只有管理员可以修改摄像头。</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="54" />
        <source>Not saved: %1 Your entries are kept.</source>
        <translation>未保存：%1 已填写的内容保留。</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="68" />
        <source>Camera %1 was removed by another administrator. What the form shows is kept: Save adds it again.</source>
        <translation>摄像头 %1 已被其他管理员删除。表单内容保留：保存将重新添加。</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="78" />
        <source>Camera %1 was changed by another administrator meanwhile. Your edits are kept; Save sends only the fields you changed.</source>
        <translation>摄像头 %1 刚被其他管理员修改。您的修改保留；保存时只提交您改动的字段。</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="86" />
        <source>New camera</source>
        <translation>新增摄像头</translation>
    </message>
</context>
<context>
    <name>CameraTable</name>
    <message>
        <location filename="../../console/admin/camera_table.py" line="36" />
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_table.py" line="37" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_table.py" line="38" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_table.py" line="39" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_table.py" line="40" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_table.py" line="41" />
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_table.py" line="42" />
        <source>Stream URL</source>
        <translation>视频流地址</translation>
    </message>
</context>
<context>
    <name>CameraTree</name>
    <message>
        <location filename="../../console/video/cameras.py" line="87" />
        <source>Near %1</source>
        <translation>%1 附近</translation>
    </message>
    <message>
        <location filename="../../console/video/cameras.py" line="94" />
        <source>City center relay</source>
        <translation>市中心转播</translation>
    </message>
    <message>
        <location filename="../../console/video/cameras.py" line="102" />
        <source>%1 street</source>
        <translation>%1街道</translation>
    </message>
    <message>
        <location filename="../../console/video/cameras.py" line="102" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../console/video/cameras.py" line="131" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../console/video/cameras.py" line="133" />
        <source>maintenance</source>
        <translation>维护中</translation>
    </message>
</context>
<context>
    <name>CamerasScreen</name>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="43" />
        <source>Cameras — Administration</source>
        <translation>摄像头管理 — 系统管理</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="51" />
        <source>Filter: code, name, street, URL…</source>
        <translation>筛选：编号、名称、街道、地址…</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="53" />
        <source>New camera</source>
        <translation>新增摄像头</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="54" />
        <source>Move…</source>
        <translation>移动位置…</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="55" />
        <source>Change the chosen camera's coordinates</source>
        <translation>修改所选摄像头的坐标</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="56" />
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="63" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="64" />
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="122" />
        <source>Cameras not loaded: %1</source>
        <translation>摄像头列表未能加载：%1</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="123" />
        <source>Loading cameras</source>
        <translation>加载摄像头列表</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="139" />
        <source>Nothing changed.</source>
        <translation>没有修改。</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="151" />
        <location filename="../../console/admin/cameras_screen.py" line="160" />
        <location filename="../../console/admin/cameras_screen.py" line="217" />
        <source>Choose a camera in the list first.</source>
        <translation>请先在列表中选择摄像头。</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="162" />
        <source>Remove camera %1 (%2) from the registry? Consoles stop showing it.</source>
        <translation>从摄像头台账中删除 %1(%2)？各值班台将不再显示该摄像头。</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="164" />
        <source>Delete camera</source>
        <translation>删除摄像头</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="178" />
        <source>Give a stream URL first.</source>
        <translation>请先填写视频流地址。</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="181" />
        <source>Stream test</source>
        <translation>视频流测试</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="221" />
        <source>Type the new latitude and longitude (or take the street centre), then Save.</source>
        <translation>输入新的纬度和经度(或使用街道中心)，然后保存。</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="235" />
        <source>Camera %1 saved.</source>
        <translation>摄像头 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="245" />
        <source>Camera %1 is now %2.</source>
        <translation>摄像头 %1 现为%2。</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="252" />
        <source>Camera %1 deleted.</source>
        <translation>摄像头 %1 已删除。</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="283" />
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="285" />
        <source>Changing the cameras</source>
        <translation>修改摄像头</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="296" />
        <source>the new camera</source>
        <translation>新摄像头</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="298" />
        <source>Save or revert the changes to %1 first.</source>
        <translation>请先保存或撤销对 %1 的修改。</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="33" />
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="34" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="35" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="36" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="37" />
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="38" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="39" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="40" />
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="41" />
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="42" />
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="43" />
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="44" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="45" />
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="46" />
        <source>Suggested department</source>
        <translation>建议承办部门</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="47" />
        <source>SLA step</source>
        <translation>时限环节</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="48" />
        <source>Warning at</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="49" />
        <source>Due at</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="50" />
        <source>Clock paused</source>
        <translation>计时暂停</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="51" />
        <source>SLA rules version</source>
        <translation>时限规则版本</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="52" />
        <source>Escalation level</source>
        <translation>催督等级</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="53" />
        <source>Returns</source>
        <translation>退回次数</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="54" />
        <source>Extension asked (min)</source>
        <translation>申请延期(分钟)</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="55" />
        <source>Last callback</source>
        <translation>最近回访</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="56" />
        <source>Created</source>
        <translation>立案时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="57" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="58" />
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="59" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="60" />
        <source>Id</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="85" />
        <location filename="../../console/panes/detail_pane.py" line="191" />
        <source>No case selected</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="116" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="116" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="116" />
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="116" />
        <source>From → to</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="123" />
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="124" />
        <source>History</source>
        <translation>处置过程</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="180" />
        <source>Loading case %1</source>
        <translation>读取案件 %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="229" />
        <location filename="../../console/panes/detail_pane.py" line="235" />
        <source>To %1.</source>
        <translation>至 %1。</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="231" />
        <source>Merged into %1.</source>
        <translation>已并入 %1。</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="243" />
        <source>Extension: %1.</source>
        <translation>延期 %1。</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="258" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="258" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../console/models/pending.py" line="26" />
        <source>Not yet synchronized: an action taken here waits to be sent</source>
        <translation>待同步：本机的操作尚未送达服务器</translation>
    </message>
</context>
<context>
    <name>ChannelFields</name>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="73" />
        <source>The number on the city's 交办单</source>
        <translation>市交办单上的编号</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="86" />
        <source>Type part of the camera's name</source>
        <translation>输入摄像头名称的一部分</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="93" />
        <source>Take the wall's frame (&amp;Z)</source>
        <translation>取视频墙画面(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="95" />
        <source>Photo from disk… (&amp;X)</source>
        <translation>本地照片…(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="106" />
        <source>The chosen slot of the video wall (F8): its camera and its picture now</source>
        <translation>视频墙（F8）当前选中画面：其摄像头及此刻画面</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="108" />
        <source>A JPEG or PNG photo saved on this computer</source>
        <translation>本机保存的 JPEG 或 PNG 照片</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="116" />
        <source>&amp;Where from</source>
        <translation>来源(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="117" />
        <source>City &amp;job no.</source>
        <translation>市交办编号(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="118" />
        <source>Due b&amp;y</source>
        <translation>市交办时限(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="119" />
        <source>Camera (&amp;K)</source>
        <translation>摄像头(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="120" />
        <source>Frame</source>
        <translation>画面</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="128" />
        <source>Alt+W. A 12345 call, a case the city assigned, or a camera sighting.</source>
        <translation>Alt+W。12345 来电、市级交办或视频发现。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="130" />
        <source>Alt+J. As printed on the city's sheet.</source>
        <translation>Alt+J。与市交办单上一致。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="131" />
        <source>Alt+Y. The deadline the city set; it must lie ahead.</source>
        <translation>Alt+Y。市里规定的办理时限，须晚于现在。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="132" />
        <source>Alt+K. The camera that saw it.</source>
        <translation>Alt+K。发现问题的摄像头。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="138" />
        <source>At most 40 characters, as on the city's sheet</source>
        <translation>最多 40 个字符，与市交办单一致</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="139" />
        <source>Give the city's deadline: ahead of now, within a year</source>
        <translation>请填写市交办时限：晚于现在，一年以内</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="140" />
        <source>Choose a camera from the list</source>
        <translation>请从列表中选择摄像头</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="141" />
        <source>Choose where the case came from</source>
        <translation>请选择案件来源</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="218" />
        <source>no frame</source>
        <translation>无画面</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="261" />
        <source>no live picture</source>
        <translation>无实时画面</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="272" />
        <source>Frame or photo of the sighting</source>
        <translation>发现问题的画面或照片</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="274" />
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>照片 (*.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="281" />
        <source>From disk: %1</source>
        <translation>本地文件：%1</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <location filename="../../console/charts/frame.py" line="58" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="59" />
        <source>Save the chart as a PNG picture or its data as CSV</source>
        <translation>把图表存为 PNG 图片，或把数据存为 CSV</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="62" />
        <source>Picture (PNG)…</source>
        <translation>图片 (PNG)…</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="63" />
        <source>Data (CSV)…</source>
        <translation>数据 (CSV)…</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="128" />
        <source>Saving the chart picture</source>
        <translation>保存图表图片</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="138" />
        <source>Saving the chart data</source>
        <translation>保存图表数据</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="143" />
        <source>Save chart picture</source>
        <translation>保存图表图片</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="143" />
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="150" />
        <source>Save chart data</source>
        <translation>保存图表数据</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="150" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../console/charts/fmt.py" line="12" />
        <source>Advantage</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="13" />
        <source>Middle</source>
        <translation>中游</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="14" />
        <source>Lagging</source>
        <translation>落后</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="17" />
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="18" />
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="19" />
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="54" />
        <source>No. %1</source>
        <translation>第%1名</translation>
    </message>
</context>
<context>
    <name>ChartsData</name>
    <message>
        <location filename="../../console/charts/data.py" line="127" />
        <source>Loading chart data</source>
        <translation>加载图表数据</translation>
    </message>
</context>
<context>
    <name>ChartsPane</name>
    <message>
        <location filename="../../console/charts/pane.py" line="78" />
        <source>Indicators</source>
        <translation>经济指标</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="79" />
        <source>Economy review</source>
        <translation>经济运行</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="83" />
        <source>Cases today</source>
        <translation>今日案件</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="84" />
        <source>Departments and streets</source>
        <translation>部门与街道督考</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="89" />
        <source>River patrols</source>
        <translation>河长巡河</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="126" />
        <source>Import indicators…</source>
        <translation>导入指标…</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="239" />
        <source>Not available: %1</source>
        <translation>暂无数据：%1</translation>
    </message>
</context>
<context>
    <name>ColumnFitter</name>
    <message>
        <location filename="../../console/panes/queue_columns.py" line="133" />
        <source>Fit the columns</source>
        <translation>按内容调整列宽</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../console/models/columns.py" line="62" />
        <source>paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="113" />
        <source>Time left</source>
        <translation>剩余时限</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="121" />
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="129" />
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="137" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="145" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="153" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="161" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="169" />
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="177" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="185" />
        <source>Age</source>
        <translation>已历时</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="193" />
        <source>Escalation</source>
        <translation>催督办</translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="40" />
        <source>River / segment</source>
        <translation>河道 / 河段</translation>
    </message>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="41" />
        <source>Chief</source>
        <translation>河长 / 段长</translation>
    </message>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="42" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="43" />
        <source>Patrols</source>
        <translation>巡河次数</translation>
    </message>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="44" />
        <source>Last patrol</source>
        <translation>最近巡河</translation>
    </message>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="88" />
        <source>none since Monday</source>
        <translation>周一以来未巡河</translation>
    </message>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="100" />
        <source>%1 of %2 segments have no patrol since Monday %3.</source>
        <translation>%2 个河段中有 %1 个自周一（%3）以来未巡河。</translation>
    </message>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="102" />
        <source>%1 of %2 segments had no patrol in the week of %3.</source>
        <translation>%3 当周 %2 个河段中有 %1 个未巡河。</translation>
    </message>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="105" />
        <source>Every segment was patrolled in the week of %3.</source>
        <translation>%3 当周所有河段均已巡河。</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../console/shell/connection_banner.py" line="29" />
        <source>Connection to the server lost; reconnecting. The queue shows the last snapshot (%1) and catches up when the server is back.</source>
        <translation>与服务器的连接已中断，正在重连。队列显示的是 %1 的最后快照，恢复连接后自动补齐。</translation>
    </message>
    <message>
        <location filename="../../console/shell/connection_banner.py" line="36" />
        <source>Reloading all cases…</source>
        <translation>正在重新读取全部案件…</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="57" />
        <source>Correct case %1</source>
        <translation>更正案件 %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="75" />
        <source>Required: why the case is corrected</source>
        <translation>必填：更正原因</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="82" />
        <source>&amp;Send correction</source>
        <translation>提交更正(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="84" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="85" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="107" />
        <source>Cate&amp;gory</source>
        <translation>问题类别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="108" />
        <source>S&amp;treet</source>
        <translation>街道(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="109" />
        <source>&amp;Urgency</source>
        <translation>紧急程度(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="110" />
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="111" />
        <source>&amp;Reason</source>
        <translation>更正原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="138" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="148" />
        <source>%1 %2 — %3, version %4</source>
        <translation>%1 %2 — %3，版本 %4</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="210" />
        <source>Give the reason for the correction.</source>
        <translation>请填写更正原因。</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="215" />
        <source>Sending the correction…</source>
        <translation>正在提交更正…</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="229" />
        <source>Offline: the correction is saved and sent when the connection is back.</source>
        <translation>离线：更正已保存，连接恢复后自动发送。</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="240" />
        <source>Correction applied.</source>
        <translation>更正已生效。</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="258" />
        <source>Reading the correction</source>
        <translation>读取更正结果</translation>
    </message>
</context>
<context>
    <name>CorrectionTexts</name>
    <message>
        <location filename="../../console/panes/correct_text.py" line="28" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="29" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="30" />
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="31" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="32" />
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="33" />
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="41" />
        <location filename="../../console/panes/correct_text.py" line="42" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="44" />
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="53" />
        <source>Nothing changed yet: change a field, then give the reason.</source>
        <translation>尚未修改：请先修改字段，再填写原因。</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="55" />
        <source>Will change: %1</source>
        <translation>将更正：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="59" />
        <source>Category not recognised: pick one from the list (↓ lists them).</source>
        <translation>未识别的问题类别：请从列表中选择（按 ↓ 列出）。</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="68" />
        <source>Corrected: %1.</source>
        <translation>已更正：%1。</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="68" />
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="74" />
        <source>SLA clock: unchanged, it runs on as before.</source>
        <translation>办理时限：未变，照常计时。</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="76" />
        <source>SLA clock of the %1 step: limit %2 → %3; due %4 → %5.</source>
        <translation>%1环节时限：%2 → %3；到期 %4 → %5。</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="85" />
        <source>Now: %1.</source>
        <translation>当前：%1。</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="91" />
        <source>It now counts natural time, nights and holidays included.</source>
        <translation>现按自然时间计时（含夜间和节假日）。</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="92" />
        <source>It now counts working time only.</source>
        <translation>现按工作时间计时。</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../widgets/countdown.py" line="69" />
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/countdown.py" line="71" />
        <source>%1 overdue</source>
        <translation>已超时 %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../console/shell/crash_report.py" line="63" />
        <source>Unexpected error — Duty Console</source>
        <translation>意外错误 — 值班台</translation>
    </message>
    <message>
        <location filename="../../console/shell/crash_report.py" line="68" />
        <source>The console met an error it did not expect. It goes on running, but what you were doing may not have been finished: check it. The report below is in the log; send it with the log folder to your administrator.</source>
        <translation>控制台遇到了意外错误。控制台继续运行，但您刚才的操作可能没有完成，请核对。下面的报告已写入日志；请将报告连同日志文件夹发给管理员。</translation>
    </message>
    <message>
        <location filename="../../console/shell/crash_report.py" line="80" />
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <location filename="../../console/shell/crash_report.py" line="84" />
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
</context>
<context>
    <name>DemoMode</name>
    <message>
        <location filename="../../console/shell/demo_mode.py" line="28" />
        <source>【Demo data】</source>
        <translation>【演示数据】</translation>
    </message>
    <message>
        <location filename="../../console/shell/demo_mode.py" line="31" />
        <source>Demo data: invented cases, nothing reaches the district's server</source>
        <translation>演示数据：案件均为虚构，所做的一切不会送达区指挥中心</translation>
    </message>
    <message>
        <location filename="../../console/shell/demo_mode.py" line="34" />
        <source>Demo data: this console runs its own server with invented cases and a simulator that adds new ones. Nothing done here reaches the district's server. To work on the district's server: File → Sign out, then Settings… in the sign-in dialog.</source>
        <translation>演示数据：本控制台运行的是本机自带的演示服务器，案件均为虚构，并由模拟器不断新增。在此所做的一切都不会送达区指挥中心服务器。如需连接正式服务器，请选择“文件 → 退出登录”，在登录窗口的“设置…”中填写其地址。</translation>
    </message>
</context>
<context>
    <name>DepartmentPicker</name>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="69" />
        <source>Returns of this case</source>
        <translation>本案退回记录</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="105" />
        <source>Category rule</source>
        <translation>按类别规则</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="126" />
        <source>Suggested: %1</source>
        <translation>建议依据：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="128" />
        <source>returned this case %1×</source>
        <translation>曾退回本案 %1 次</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="157" />
        <source>Returns of this case: %1</source>
        <translation>本案退回记录：%1 次</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="159" />
        <source>Returns of this case: none</source>
        <translation>本案退回记录：无</translation>
    </message>
</context>
<context>
    <name>DirectAnswer</name>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="26" />
        <source>Answered on the phone — close at intake (&amp;B)</source>
        <translation>电话已答复，受理即办结(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="30" />
        <source>Alt+B. For a consultation or a request for help the officer answered: the case is created closed, with the answer, and is never dispatched.</source>
        <translation>Alt+B。咨询或求助类来电已当场答复：案件以答复内容直接办结，不再派遣。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="37" />
        <source>The answer given to the caller (required)</source>
        <translation>答复内容（必填）</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="41" />
        <source>The case will be created CLOSED: it is not dispatched.</source>
        <translation>案件将直接办结，不再派遣。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="55" />
        <source>Direct answer</source>
        <translation>直办</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="61" />
        <source>Alt+Q. Kept as the note of the closing step.</source>
        <translation>Alt+Q。作为办结环节的意见保存。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="68" />
        <source>Write the answer given (only consultations and requests for help are answered at intake)</source>
        <translation>请填写答复内容（仅咨询、求助类可直办）</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="74" />
        <source>Answe&amp;r and close</source>
        <translation>答复并办结（直办）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="56" />
        <source>Answer (&amp;Q)</source>
        <translation>答复(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>DispatchAidsView</name>
    <message>
        <location filename="../../console/panes/dispatch_helped.py" line="37" />
        <source>Category rule (routing suggestions could not be read)</source>
        <translation>按类别规则(未能读取派遣建议)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_helped.py" line="39" />
        <source>Category rule; reading the routing suggestions…</source>
        <translation>按类别规则；正在读取派遣建议…</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_helped.py" line="59" />
        <source>The handling clock starts when this is sent.</source>
        <translation>发送后开始计算处置时限。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_helped.py" line="93" />
        <source>Deadline preview unavailable: %1</source>
        <translation>无法预览时限：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_helped.py" line="98" />
        <source>Routing suggestions unavailable; the category rule is shown.</source>
        <translation>暂时无法读取派遣建议，下面按类别规则建议。</translation>
    </message>
</context>
<context>
    <name>DispatchForm</name>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="60" />
        <source>Reason (required)</source>
        <translation>理由(必填)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="61" />
        <source>Comment (required)</source>
        <translation>备注内容(必填)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="62" />
        <source>Urging note</source>
        <translation>催办意见</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="63" />
        <source>How it was handled</source>
        <translation>处置情况</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="64" />
        <source>Callback record</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="65" />
        <source>Note (optional)</source>
        <translation>说明(选填)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="69" />
        <source>Select a case in the queue.</source>
        <translation>请在案件队列中选择案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="70" />
        <source>Choose what to do.</source>
        <translation>请选择要执行的操作。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="71" />
        <source>Choose the department to dispatch to.</source>
        <translation>请选择承办部门。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="72" />
        <source>Choose the case to merge into, in the list of likely duplicates.</source>
        <translation>请在疑似重复列表中选择要并入的案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="75" />
        <source>Choose the callback result.</source>
        <translation>请选择回访结果。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="76" />
        <source>Choose whom to escalate to.</source>
        <translation>请选择上报对象。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="77" />
        <source>Write the comment.</source>
        <translation>请填写备注内容。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="78" />
        <source>Give the reason: %1 needs one.</source>
        <translation>请填写理由：%1必须说明原因。</translation>
    </message>
</context>
<context>
    <name>DispatchPane</name>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="133" />
        <source>Correct the case in its own form: Ctrl+Shift+C (Case menu).</source>
        <translation>请在更正窗口中更正案件：Ctrl+Shift+C(案件菜单)。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="141" />
        <source>Saved; waiting for the server before this can be done again.</source>
        <translation>已保存，待服务器处理后才能再次执行此操作。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="165" />
        <source>Saved; sending…</source>
        <translation>已保存，正在发送…</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="167" />
        <source>Saved while offline: it is sent when the connection is back.</source>
        <translation>已离线保存：恢复连接后自动发送。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="197" />
        <source>⏳ %1 action(s) on this case wait to be synchronized</source>
        <translation>⏳ 本案有 %1 项操作待同步</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="298" />
        <source>Deadline: loading…</source>
        <translation>时限：读取中…</translation>
    </message>
</context>
<context>
    <name>DispatchTexts</name>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="31" />
        <source>No case selected</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="43" />
        <source>at %1</source>
        <translation>承办：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="45" />
        <source>returned %1×</source>
        <translation>已退回 %1 次</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="52" />
        <source>Choose a case in the list of likely duplicates →</source>
        <translation>请在右侧疑似重复列表中选择要并入的案件 →</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="55" />
        <source>Merge this case into %1 %2. Both histories are kept; this case closes as merged.</source>
        <translation>将本案并入 %1 %2。双方处置记录都保留，本案以“已合并”办结。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="62" />
        <source>Likely duplicates (500 m, 72 h): %1</source>
        <translation>疑似重复(500米、72小时内)：%1 件</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="70" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="73" />
        <source>Register + dispatch</source>
        <translation>受理并派遣</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="92" />
        <source>Just now: %1. The pane shows the case as it is now.</source>
        <translation>刚刚：%1。已显示案件最新状态。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="99" />
        <source>Done: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="103" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="108" />
        <source>After this the clock is paused.</source>
        <translation>执行后计时暂停。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="110" />
        <source>After this no clock runs.</source>
        <translation>执行后不再计时。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="114" />
        <source>If approved: %1 step, limit %2; due</source>
        <translation>批准后：%1环节，时限%2，到期</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="116" />
        <source>Clock unchanged: %1 step, limit %2; due</source>
        <translation>时限不变：%1环节，时限%2，到期</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="118" />
        <source>After this: %1 step, limit %2; due</source>
        <translation>执行后：%1环节，时限%2，到期</translation>
    </message>
</context>
<context>
    <name>DispatchView</name>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="45" />
        <source>No case selected</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="64" />
        <source>Likely duplicates (500 m, 72 h)</source>
        <translation>疑似重复(500米、72小时内)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="66" />
        <source>Actions allowed now</source>
        <translation>当前可执行的操作</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="67" />
        <source>↑↓ choose · Enter: to the form
Ctrl+Enter: send</source>
        <translation>↑↓ 选择 · Enter 填写
Ctrl+Enter 发送</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="105" />
        <source> h (clock hours of the step)</source>
        <translation> 小时(按本环节计时)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="116" />
        <location filename="../../console/panes/dispatch_view.py" line="121" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="134" />
        <source>Ctrl+Enter wherever a case is selected; Enter on the department list</source>
        <translation>选中案件后任何位置按 Ctrl+Enter；在承办部门列表中按 Enter</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="153" />
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="154" />
        <source>Merge into</source>
        <translation>并入</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="155" />
        <source>Extension</source>
        <translation>延期时长</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="156" />
        <source>Callback result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="157" />
        <source>Escalate to</source>
        <translation>上报至</translation>
    </message>
</context>
<context>
    <name>Drills</name>
    <message>
        <location filename="../../console/drills/banner.py" line="59" />
        <source>%1 · %2 · injects arrived %3 of %4 · trainees: %5</source>
        <translation>%1 · %2 · 已到达 %3/%4 条情景 · 学员：%5</translation>
    </message>
    <message>
        <location filename="../../console/drills/banner.py" line="79" />
        <source>Drill clock %1</source>
        <translation>演练时钟 %1</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reading.py" line="65" />
        <source>Loading the trainees</source>
        <translation>读取学员名单</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reading.py" line="70" />
        <source>Loading the scenarios</source>
        <translation>加载演练情景</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reading.py" line="81" />
        <source>Loading the runs</source>
        <translation>加载演练记录</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reading.py" line="96" />
        <location filename="../../console/drills/control_reading.py" line="224" />
        <source>Reading the run</source>
        <translation>读取演练</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reading.py" line="113" />
        <location filename="../../console/drills/control_reading.py" line="132" />
        <source>Reading the scores</source>
        <translation>读取各情景得分</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="25" />
        <source>Choose a scenario.</source>
        <translation>请选择演练情景。</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="30" />
        <location filename="../../console/drills/control_reading.py" line="182" />
        <source>This scenario has errors: %1</source>
        <translation>该情景文件有错误：%1</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="38" />
        <source>Tick at least one trainee.</source>
        <translation>请至少勾选一名学员。</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="53" />
        <source>Starting the run</source>
        <translation>开始演练</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="64" />
        <source>Paused: the drill clock stands.</source>
        <translation>已暂停：演练时钟停止。</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="65" />
        <source>Resumed: the drill clock runs on.</source>
        <translation>已继续：演练时钟继续走。</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="66" />
        <source>The run has ended; its report is ready.</source>
        <translation>演练已结束，可查看复盘报告。</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="71" />
        <location filename="../../console/drills/control_commands.py" line="90" />
        <location filename="../../console/drills/control_commands.py" line="109" />
        <source>The run</source>
        <translation>演练</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="72" />
        <source>Controlling the run</source>
        <translation>控制演练</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="86" />
        <source>The drill clock runs at %1.</source>
        <translation>演练时钟以 %1 运行。</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="91" />
        <source>Changing the drill clock's speed</source>
        <translation>调整演练时钟速度</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="105" />
        <source>Started again as run #%1.</source>
        <translation>已重新开始，新演练 #%1。</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="110" />
        <source>Resetting the run</source>
        <translation>重置演练</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="41" />
        <source>Choose a run in the list.</source>
        <translation>请在列表中选择一次演练。</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="58" />
        <source>The report</source>
        <translation>复盘报告</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="60" />
        <source>Fetching the report</source>
        <translation>获取复盘报告</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="67" />
        <source>Show a report first.</source>
        <translation>请先查看一份报告。</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="71" />
        <source>Save the after-action report</source>
        <translation>保存复盘报告</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="75" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="98" />
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="100" />
        <source>Saving the report</source>
        <translation>保存复盘报告</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="110" />
        <source>Name the trainee whose runs to compare.</source>
        <translation>请填写要对比的学员。</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="128" />
        <source>The trainee's runs</source>
        <translation>学员的演练</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="130" />
        <source>Comparing the trainee's runs</source>
        <translation>对比学员的历次演练</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reading.py" line="157" />
        <source>%1 (%2 injects, %3 min)</source>
        <translation>%1（%2 条情景，%3 分钟）</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reading.py" line="163" />
        <source>%1: has errors</source>
        <translation>%1：有错误</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="116" />
        <source>Run #%1 started for %2 at %3.</source>
        <translation>演练 #%1 已开始，学员 %2，速度 %3。</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="130" />
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="140" />
        <source>The PDF is not available: %1</source>
        <translation>PDF 不可用：%1</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="148" />
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="157" />
        <source>%1 has no scored runs yet.</source>
        <translation>%1 还没有计分的演练。</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reading.py" line="276" />
        <source>Reading the case</source>
        <translation>读取案件</translation>
    </message>
    <message>
        <location filename="../../console/drills/control.py" line="124" />
        <source>Drill run #%1 has ended: back to normal.</source>
        <translation>演练 #%1 已结束，已退出演练状态。</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="87" />
        <source>Tick the trainees of the run (Space ticks)</source>
        <translation>勾选本次演练的学员（空格键勾选）</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="99" />
        <source>&amp;Start the run</source>
        <translation>开始演练(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="102" />
        <source>Scenario editor…</source>
        <translation>情景编辑器…</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="108" />
        <source>Sc&amp;enario</source>
        <translation>情景(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="112" />
        <source>&amp;Trainees</source>
        <translation>学员(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="115" />
        <source>Spee&amp;d</source>
        <translation>速度(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="118" />
        <source>Si&amp;mulated start</source>
        <translation>模拟起始时刻(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="142" />
        <source>%v of %m drill minutes</source>
        <translation>演练 %v / %m 分钟</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="143" />
        <location filename="../../console/drills/control_view.py" line="309" />
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="149" />
        <source>St&amp;op</source>
        <translation>结束(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="152" />
        <source>Reset (start a&amp;gain)</source>
        <translation>重置（重新开始）(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="155" />
        <source>Re&amp;load</source>
        <translation>刷新(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="159" />
        <source>You are a trainee in this run: the trainer steers it.</source>
        <translation>您是本次演练的学员：演练由培训员控制。</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="170" />
        <source>R&amp;un</source>
        <translation>演练(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="180" />
        <source>Speed no&amp;w</source>
        <translation>调整速度(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="199" />
        <source>Act as a department or the supervisor</source>
        <translation>代部门或值班长操作</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="221" />
        <source>&amp;New run</source>
        <translation>新演练(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="222" />
        <source>&amp;Injects</source>
        <translation>情景(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="223" />
        <source>Score&amp;board</source>
        <translation>记分板(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="224" />
        <source>Reports &amp;and progress</source>
        <translation>报告与进步(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="307" />
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="36" />
        <source>Status: %1 · trainees: %2</source>
        <translation>状态：%1 · 学员：%2</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="39" />
        <source>Points: %1 · findings: %2</source>
        <translation>得分：%1 · 问题：%2 项</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="46" />
        <source>%1: %2, register %3, dispatch %4</source>
        <translation>%1：%2，受理 %3，派遣 %4</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="55" />
        <source>register %1 (target %2), dispatch %3 (target %4)</source>
        <translation>受理 %1（目标 %2），派遣 %3（目标 %4）</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="68" />
        <source>by %1 · now %2, expected %3</source>
        <translation>处理人 %1 · 当前 %2，预期 %3</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="87" />
        <source>&amp;View the report</source>
        <translation>查看报告(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="90" />
        <source>Save as PD&amp;F…</source>
        <translation>保存为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="97" />
        <source>The report's first page shows here.</source>
        <translation>报告首页显示在这里。</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="108" />
        <source>Compare the trainee's runs</source>
        <translation>对比历次演练</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="121" />
        <location filename="../../console/drills/tables.py" line="125" />
        <location filename="../../console/drills/tables.py" line="184" />
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="152" />
        <source>The server sent no PDF page to show.</source>
        <translation>服务器没有可显示的 PDF 页面。</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="65" />
        <location filename="../../console/drills/stand_in.py" line="117" />
        <location filename="../../console/drills/stand_in.py" line="211" />
        <source>Choose an arrived inject above.</source>
        <translation>请在上方选择一条已到达的情景。</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="80" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="81" />
        <source>Act as t&amp;hem</source>
        <translation>代为操作(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="86" />
        <source>A&amp;ct as</source>
        <translation>代谁(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="87" />
        <source>Ac&amp;tion</source>
        <translation>操作(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="88" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="93" />
        <source>E&amp;xtension</source>
        <translation>延期(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="121" />
        <source>no department yet</source>
        <translation>尚未派遣</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="164" />
        <source>Acting for a department</source>
        <translation>代部门操作</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="175" />
        <source>The shift supervisor (值班长)</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="214" />
        <source>Nothing to do as them in this state.</source>
        <translation>该状态下无可代为执行的操作。</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="217" />
        <source>This action needs a reason: say why in the note.</source>
        <translation>此操作需要理由，请在说明中填写。</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="233" />
        <source>Done as %1: %2 %3.</source>
        <translation>已代%1：%2 %3。</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="245" />
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <location filename="../../console/drills/start_moments.py" line="43" />
        <source>The scenario's own start</source>
        <translation>按情景设定的时刻</translation>
    </message>
    <message>
        <location filename="../../console/drills/start_moments.py" line="46" />
        <source>Friday 16:50 (before the weekend)</source>
        <translation>周五16:50（周末前）</translation>
    </message>
    <message>
        <location filename="../../console/drills/start_moments.py" line="51" />
        <source>The day before National Day, 16:50</source>
        <translation>国庆前一天16:50</translation>
    </message>
    <message>
        <location filename="../../console/drills/start_moments.py" line="56" />
        <source>Monday 08:30 (the week's first rush)</source>
        <translation>周一08:30（周初高峰）</translation>
    </message>
    <message>
        <location filename="../../console/drills/start_moments.py" line="59" />
        <source>Tonight 23:30</source>
        <translation>今晚23:30</translation>
    </message>
    <message>
        <location filename="../../console/drills/start_moments.py" line="60" />
        <source>Another moment…</source>
        <translation>其他时刻…</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="90" />
        <source>Minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="91" />
        <location filename="../../console/drills/tables.py" line="182" />
        <source>Inject</source>
        <translation>情景</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="92" />
        <location filename="../../console/drills/tables.py" line="259" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="93" />
        <location filename="../../console/drills/tables.py" line="183" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="94" />
        <source>State now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="95" />
        <source>Expected</source>
        <translation>预期状态</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="96" />
        <source>Script step</source>
        <translation>脚本步骤</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="126" />
        <location filename="../../console/drills/tables.py" line="185" />
        <location filename="../../console/drills/tables.py" line="294" />
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="127" />
        <source>Injects</source>
        <translation>情景数</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="128" />
        <location filename="../../console/drills/tables.py" line="295" />
        <source>Register (mean)</source>
        <translation>平均受理用时</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="129" />
        <location filename="../../console/drills/tables.py" line="296" />
        <source>Dispatch (mean)</source>
        <translation>平均派遣用时</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="130" />
        <location filename="../../console/drills/tables.py" line="297" />
        <source>Right dept. first</source>
        <translation>首派正确</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="131" />
        <source>Wrong dept. first</source>
        <translation>首派错误</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="132" />
        <location filename="../../console/drills/tables.py" line="298" />
        <source>Duplicates merged</source>
        <translation>重复件已合并</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="133" />
        <source>Duplicates dispatched</source>
        <translation>重复件被派遣</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="134" />
        <location filename="../../console/drills/tables.py" line="189" />
        <source>SLA kept</source>
        <translation>未超时</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="135" />
        <location filename="../../console/drills/tables.py" line="190" />
        <source>Escalations handled</source>
        <translation>督办已跟进</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="136" />
        <location filename="../../console/drills/tables.py" line="191" />
        <source>Keystrokes</source>
        <translation>按键次数</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="137" />
        <location filename="../../console/drills/tables.py" line="192" />
        <source>Clicks</source>
        <translation>点击</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="186" />
        <source>Registered after (target)</source>
        <translation>受理用时（目标）</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="187" />
        <source>Dispatched after (target)</source>
        <translation>派遣用时（目标）</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="188" />
        <source>First department</source>
        <translation>首派部门</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="193" />
        <source>What went wrong</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="215" />
        <source>duplicate: merged</source>
        <translation>重复件：已合并</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="217" />
        <source>duplicate: not merged</source>
        <translation>重复件：未合并</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="257" />
        <location filename="../../console/drills/tables.py" line="291" />
        <source>Run</source>
        <translation>演练</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="258" />
        <location filename="../../console/drills/tables.py" line="292" />
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="260" />
        <location filename="../../console/drills/tables.py" line="293" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="261" />
        <source>Trainees</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="262" />
        <source>By</source>
        <translation>发起人</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="299" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="14" />
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="15" />
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="16" />
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="19" />
        <source>Pending</source>
        <translation>待发</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="20" />
        <source>Arrived</source>
        <translation>已到达</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="24" />
        <source>Never taken up</source>
        <translation>未受理</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="25" />
        <source>Registered late</source>
        <translation>受理超时</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="26" />
        <source>Never dispatched</source>
        <translation>未派遣</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="27" />
        <source>Dispatched late</source>
        <translation>派遣超时</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="28" />
        <source>Wrong department first</source>
        <translation>首次派错部门</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="29" />
        <source>Duplicate dispatched again</source>
        <translation>重复件被再次派遣</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="30" />
        <source>Duplicate not merged</source>
        <translation>重复件未合并</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="31" />
        <source>Deadline missed</source>
        <translation>超出时限</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="32" />
        <source>Escalation not answered</source>
        <translation>督办未跟进</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="33" />
        <source>Did not reach the expected state</source>
        <translation>未达到预期状态</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="35" />
        <source>【DRILL】</source>
        <translation>【演练】</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="75" />
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="76" />
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="77" />
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="78" />
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="79" />
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="80" />
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="81" />
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="94" />
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location filename="../../console/drills/trainee_mode.py" line="155" />
        <source>Looking for a drill run</source>
        <translation>查找演练</translation>
    </message>
    <message>
        <location filename="../../console/drills/trainee_mode.py" line="312" />
        <source>Reporting keys and clicks</source>
        <translation>上报按键与点击次数</translation>
    </message>
</context>
<context>
    <name>DuplicateList</name>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="211" />
        <source>Match</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="211" />
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="211" />
        <source>Apart</source>
        <translation>相隔</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="211" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="227" />
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="229" />
        <source>same street</source>
        <translation>同一街道</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="230" />
        <source>%1 h</source>
        <translation>%1小时</translation>
    </message>
</context>
<context>
    <name>EconomyReview</name>
    <message>
        <location filename="../../console/charts/economy.py" line="42" />
        <source>Economy: the meeting's view</source>
        <translation>经济运行分析</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="47" />
        <source>A month, a quarter (cumulative to its last month)</source>
        <translation>月份或季度（累计至季末）</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="51" />
        <source>Brief (PDF)…</source>
        <translation>分析简报(PDF)…</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="53" />
        <source>The economic brief of this period, for paper</source>
        <translation>本期经济运行分析简报，可打印</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="104" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="75" />
        <location filename="../../console/charts/economy.py" line="105" />
        <source>Cumulative</source>
        <translation>累计值</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="75" />
        <location filename="../../console/charts/economy.py" line="106" />
        <source>Growth</source>
        <translation>同比</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="75" />
        <source>Street</source>
        <translation>板块（街道）</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="75" />
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="107" />
        <source>Rank (value)</source>
        <translation>总量位次</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="108" />
        <source>Rank (growth)</source>
        <translation>增速位次</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="109" />
        <source>Tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="110" />
        <source>Since year-end</source>
        <translation>较上年末</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="111" />
        <source>To catch up</source>
        <translation>赶超（前一位）</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="112" />
        <source>Year target</source>
        <translation>年度目标/时序</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="113" />
        <source>Good start</source>
        <translation>开门红</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="144" />
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="146" />
        <source>Loading the economy review</source>
        <translation>正在加载经济运行分析</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="157" />
        <source>First in the city by value: %1</source>
        <translation>总量全市第一：%1</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="160" />
        <source>Good first quarter: %1 of %2 indicators</source>
        <translation>首季开门红：%2项指标中%1项</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="165" />
        <source>Time gone by: %1</source>
        <translation>时序进度：%1</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="194" />
        <source>%1 by street</source>
        <translation>%1 · 分板块</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="201" />
        <source>Loading the streets</source>
        <translation>正在加载分板块数据</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="221" />
        <source>no street figures imported</source>
        <translation>尚未导入分板块数据</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="229" />
        <source>%1 pts, %2</source>
        <translation>%1个百分点，%2</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="236" />
        <source> pts</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="242" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="242" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="266" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="284" />
        <source>Save the brief</source>
        <translation>保存分析简报</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="302" />
        <source>Saving the economy brief</source>
        <translation>正在保存经济运行分析简报</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="310" />
        <source>%1 first quarter</source>
        <translation>%1年一季度（首季）</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="311" />
        <source>%1 Q%2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="316" />
        <source>%1 Jan–Feb</source>
        <translation>%1年1-2月</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="317" />
        <source>%1 Jan–%2</source>
        <translation>%1年1-%2月</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="321" />
        <source>Lagging: catch up</source>
        <translation>落后指标奋力赶超</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="322" />
        <source>Middle: close in on the best</source>
        <translation>中游指标紧盯先进</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="323" />
        <source>Advantage: widen the lead</source>
        <translation>优势指标更加明显</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="328" />
        <source>lagging</source>
        <translation>落后</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="329" />
        <source>middle</source>
        <translation>中游</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="330" />
        <source>advantage</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="335" />
        <source>up %1</source>
        <translation>前移%1位</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="337" />
        <source>down %1</source>
        <translation>后移%1位</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="338" />
        <source>held</source>
        <translation>持平</translation>
    </message>
</context>
<context>
    <name>EconomyView</name>
    <message>
        <location filename="../../console/wall/view_economy.py" line="27" />
        <source>Economy: the meeting's view</source>
        <translation>经济运行分析</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_economy.py" line="68" />
        <source>Economy: %1</source>
        <translation>经济运行 · %1</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_economy.py" line="72" />
        <source>First in the city by value: %1</source>
        <translation>总量全市第一：%1</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_economy.py" line="75" />
        <source>Good first quarter: %1 of %2 indicators</source>
        <translation>首季开门红：%2项指标中%1项</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_economy.py" line="88" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_economy.py" line="92" />
        <source>Lagging</source>
        <translation>落后指标</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_economy.py" line="93" />
        <source>Middle</source>
        <translation>中游指标</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_economy.py" line="94" />
        <source>Advantage</source>
        <translation>优势指标</translation>
    </message>
</context>
<context>
    <name>Everyday</name>
    <message>
        <location filename="../../console/shell/everyday.py" line="187" />
        <source>Select an open case to correct.</source>
        <translation>请先选择一件未办结的案件再更正。</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="215" />
        <source>Select a case first: the photo is attached to it.</source>
        <translation>请先选择案件：照片将添加到该案件。</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="240" />
        <source>%1 (%2) selected.</source>
        <translation>已选中 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="257" />
        <source>Queue exported to %1</source>
        <translation>队列已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="260" />
        <source>Assignment sheet saved: %1</source>
        <translation>交办单已保存：%1</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="263" />
        <source>Assignment sheet of %1 sent to the printer.</source>
        <translation>%1 的交办单已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../console/volunteers/figures.py" line="47" />
        <source>Last %1 days</source>
        <translation>近 %1 天</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="47" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="50" />
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="56" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="57" />
        <location filename="../../console/volunteers/figures.py" line="68" />
        <source>Requests</source>
        <translation>服务单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="58" />
        <location filename="../../console/volunteers/figures.py" line="71" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="59" />
        <location filename="../../console/volunteers/figures.py" line="72" />
        <source>Hours</source>
        <translation>服务时长(小时)</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="60" />
        <source>Rated</source>
        <translation>已评</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="61" />
        <location filename="../../console/volunteers/figures.py" line="73" />
        <source>Average rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="67" />
        <source>Team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="69" />
        <source>Declined</source>
        <translation>拒单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="70" />
        <source>Accepted</source>
        <translation>接单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="74" />
        <source>Median minutes to accept</source>
        <translation>接单用时中位数(分钟)</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="79" />
        <source>Requests made:</source>
        <translation>点单时间：</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="143" />
        <source>%1 request(s), %2 done, %3 hours of service; average rating %4; median %5 minutes from an offer to its acceptance.</source>
        <translation>服务单 %1 件，已完成 %2 件，服务 %3 小时；平均评分 %4；派单到接单用时中位数 %5 分钟。</translation>
    </message>
</context>
<context>
    <name>FullScreenHost</name>
    <message>
        <location filename="../../console/video/grid.py" line="31" />
        <source>Video — full screen (Esc to return)</source>
        <translation>视频 — 全屏(按 Esc 返回)</translation>
    </message>
</context>
<context>
    <name>GridPicker</name>
    <message>
        <location filename="../../console/admin/users_ties.py" line="136" />
        <source>(every street)</source>
        <translation>(全部街道)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_ties.py" line="160" />
        <source>(choose a grid)</source>
        <translation>(请选择网格)</translation>
    </message>
</context>
<context>
    <name>HandoverDesk</name>
    <message>
        <location filename="../../console/shell/handover_install.py" line="134" />
        <source>Handing over…</source>
        <translation>正在交班…</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="139" />
        <source>Writing the handover brief</source>
        <translation>正在生成交接班记录</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="150" />
        <source>Signing the handover brief</source>
        <translation>正在签收交接班记录</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="172" />
        <source>Reading the shift's figures</source>
        <translation>正在读取本班数据</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="179" />
        <source>Reading the outbox</source>
        <translation>正在读取待发操作</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="194" />
        <source>Reading the latest handover brief</source>
        <translation>正在读取最新的交接班记录</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="248" />
        <source>Brief %1 handed over; the incoming officer signs it.</source>
        <translation>第 %1 号交接班记录已交班，待接班人签收。</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="257" />
        <source>You signed brief %1: the shift is yours.</source>
        <translation>您已签收第 %1 号交接班记录，本班由您值守。</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="262" />
        <source>Handover brief saved: %1</source>
        <translation>交接班记录已保存：%1</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="300" />
        <source>%1 handed over the shift: File → Handover… to read and sign.</source>
        <translation>%1 已交班：请在“文件 → 交接班…”中阅读并签收。</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="308" />
        <source>You wrote this brief: the officer taking over the shift signs it.</source>
        <translation>这是您本人写的交班记录，须由接班人签收。</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="311" />
        <source>This brief was signed already, by %1.</source>
        <translation>该交接班记录已由 %1 签收。</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="43" />
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="50" />
        <source>Hand over</source>
        <translation>交班</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="51" />
        <source>Take over</source>
        <translation>接班</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="58" />
        <source>Save as &amp;PDF…</source>
        <translation>存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="59" />
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="60" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="82" />
        <source>Notes for the incoming officer: what to watch, what was promised to whom</source>
        <translation>给接班人的说明：需关注的事项、对谁作过什么承诺</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="86" />
        <source>Re&amp;fresh figures</source>
        <translation>刷新数据(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="87" />
        <source>&amp;Hand over</source>
        <translation>交班(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="89" />
        <source>Write the brief (Ctrl+Enter)</source>
        <translation>生成交接班记录（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="102" />
        <source>&amp;Notes:</source>
        <translation>交班说明(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="112" />
        <source>Looking for a brief to sign…</source>
        <translation>正在查找待签收的交接班记录…</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="118" />
        <source>&amp;Sign as incoming officer</source>
        <translation>接班签收(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="148" />
        <source>No handover brief awaits a signature.</source>
        <translation>没有待签收的交接班记录。</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="156" />
        <source>Your own brief: the officer taking over the shift signs it.</source>
        <translation>这是您本人的交班记录，由接班人签收。</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="159" />
        <source>Brief %1 by %2 awaits your signature.</source>
        <translation>%2 的第 %1 号交接班记录待您签收。</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="202" />
        <source>Notes are kept to 5000 characters.</source>
        <translation>交班说明最多 5000 字。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="32" />
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="33" />
        <source>area</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="34" />
        <source>indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="35" />
        <source>value</source>
        <translation>本期累计</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="36" />
        <source>growth</source>
        <translation>同比增长</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="37" />
        <source>target</source>
        <translation>目标增速</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="56" />
        <source>Import indicator data</source>
        <translation>导入经济指标数据</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="62" />
        <source>CSV saved from the statistics bureau's sheet</source>
        <translation>统计局报表另存的 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="63" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="65" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="75" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="75" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="75" />
        <source>What to fix</source>
        <translation>需要改正</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="82" />
        <source>Columns: period, area, indicator, value, growth, target (Chinese or English names). Nothing is stored unless every line is right.</source>
        <translation>列：期间、地区、指标、本期累计、同比增长、目标增速（中文或英文列名均可）。只有每一行都正确才会保存。</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="105" />
        <source>Choose a CSV file first.</source>
        <translation>请先选择 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="110" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="116" />
        <source>Importing indicator data</source>
        <translation>导入经济指标数据</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="126" />
        <source>Indicator CSV</source>
        <translation>指标 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="126" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="134" />
        <source>Imported %1 rows (%2 replaced) for %3.</source>
        <translation>已导入 %1 行（其中替换 %2 行），期间：%3。</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="145" />
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="149" />
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="151" />
        <source>Fix the %1 lines below and import again.</source>
        <translation>请改正下列 %1 处错误后重新导入。</translation>
    </message>
</context>
<context>
    <name>IndicatorTile</name>
    <message>
        <location filename="../../console/charts/tiles.py" line="72" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="77" />
        <source>%1, %2: %3 %4
Growth %5 (target %6)
Rank by value %7, by growth %8, %9</source>
        <translation>%1，%2：%3 %4
同比增长 %5（目标 %6）
总量排名 %7，增速排名 %8，%9</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <location filename="../../console/wall/view_charts.py" line="84" />
        <source>Economic indicators</source>
        <translation>经济指标</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_charts.py" line="125" />
        <source>Economic indicators: %1</source>
        <translation>经济指标 %1</translation>
    </message>
</context>
<context>
    <name>IntakeChart</name>
    <message>
        <location filename="../../console/charts/intake.py" line="36" />
        <source>Cases reported per hour</source>
        <translation>每小时受理量</translation>
    </message>
    <message>
        <location filename="../../console/charts/intake.py" line="112" />
        <source>Cases reported per hour today: %1</source>
        <translation>今日每小时受理量（共 %1 件）</translation>
    </message>
    <message>
        <location filename="../../console/charts/intake.py" line="132" />
        <source>%1–%2: %3 cases</source>
        <translation>%1–%2：%3 件</translation>
    </message>
    <message>
        <location filename="../../console/charts/intake.py" line="144" />
        <source>Hour from</source>
        <translation>时段起</translation>
    </message>
    <message>
        <location filename="../../console/charts/intake.py" line="145" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>IntakeExtras</name>
    <message>
        <location filename="../../console/shell/intake_extras.py" line="73" />
        <source>Case %1 answered on the phone and closed at intake (直办). Ready for the next call.</source>
        <translation>案件 %1 已电话答复并直接办结（直办）。可接听下一个来电。</translation>
    </message>
    <message>
        <location filename="../../console/shell/intake_extras.py" line="83" />
        <source>Case %1 created with its frame attached. Ready for the next call.</source>
        <translation>案件 %1 已登记，画面已作为证据添加。可接听下一个来电。</translation>
    </message>
    <message>
        <location filename="../../console/shell/intake_extras.py" line="89" />
        <source>Case %1 was created, but its frame was not attached: %2 Select the case and attach it from disk (Ctrl+Shift+I).</source>
        <translation>案件 %1 已登记，但画面未能添加：%2 请选中该案件后从本地添加（Ctrl+Shift+I）。</translation>
    </message>
    <message>
        <location filename="../../console/shell/intake_extras.py" line="101" />
        <source>Loading the cameras</source>
        <translation>读取摄像头</translation>
    </message>
    <message>
        <location filename="../../console/shell/intake_extras.py" line="106" />
        <source>The cameras could not be loaded: %1</source>
        <translation>摄像头列表读取失败：%1</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="56" />
        <source>Caller's name</source>
        <translation>来电人姓名</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="57" />
        <source>e.g. 138 1234 5678</source>
        <translation>如 138 1234 5678</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="60" />
        <source>Type part of a name or code, e.g. 噪声</source>
        <translation>输入类别名称或代码的一部分，如“噪声”</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="63" />
        <source>Street, community, building, landmark</source>
        <translation>街道、社区、楼幢、地标</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="67" />
        <source>lat, lon — optional</source>
        <translation>纬度, 经度(可不填)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="70" />
        <source>On map…</source>
        <translation>地图选点…</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="72" />
        <source>Click the point on the map (F12); the street is then taken from the map</source>
        <translation>在地图(F12)上点击位置;街道随之按地图确定</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="80" />
        <source>What the caller reports, in their words</source>
        <translation>来电人反映的情况(尽量用其原话)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="82" />
        <source>Filled in from category, street and description</source>
        <translation>按类别、街道和来电内容自动生成</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="83" />
        <source>Cl&amp;ear form</source>
        <translation>清空(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="85" />
        <source>C&amp;reate case</source>
        <translation>新建案件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="125" />
        <source>Caller &amp;name</source>
        <translation>来电人(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="126" />
        <source>Ph&amp;one</source>
        <translation>联系电话(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="127" />
        <source>Cate&amp;gory</source>
        <translation>问题类别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="128" />
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="129" />
        <source>&amp;Street</source>
        <translation>街道(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="130" />
        <source>Coordina&amp;tes</source>
        <translation>坐标(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="131" />
        <source>&amp;Urgency</source>
        <translation>紧急程度(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="132" />
        <source>&amp;Description</source>
        <translation>来电内容(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="133" />
        <source>T&amp;itle</source>
        <translation>标题(&amp;I)</translation>
    </message>
</context>
<context>
    <name>IntakeResults</name>
    <message>
        <location filename="../../console/panes/intake_results.py" line="36" />
        <source>12345 call about the same matter.</source>
        <translation>12345来电反映同一事项。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="38" />
        <source>Caller: %1</source>
        <translation>来电人：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="39" />
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="40" />
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="41" />
        <source>Said: %1</source>
        <translation>来电内容：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="50" />
        <source>Case %1 created; registering and dispatching it to the suggested department (Action results, F4). Ready for the next call.</source>
        <translation>已新建案件 %1，正在受理并派遣至建议部门(见操作结果，F4)。可接下一个来电。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="57" />
        <source>Case %1 registered and dispatched to %2. Ready for the next call.</source>
        <translation>案件 %1 已受理并派遣至%2。可接下一个来电。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="63" />
        <source>Case %1 created: %2. Ready for the next call.</source>
        <translation>已新建案件 %1：%2。可受理下一个来电。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="65" />
        <source>Last created: %1</source>
        <translation>上一件：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="72" />
        <source>Adding the call to case %1; no new case was created.</source>
        <translation>正在将来电关联到案件 %1，未新建案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="75" />
        <source>Offline: the call is saved and will be added to case %1 when the connection returns; no new case was created.</source>
        <translation>离线：来电已保存，连接恢复后将关联到案件 %1，未新建案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="81" />
        <source>Call attached to case %1 (%2); no new case was created.</source>
        <translation>来电已关联到案件 %1(%2)，未新建案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="95" />
        <source>The server refused the case: correct the marked fields.</source>
        <translation>服务器未接受该案件：请更正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="101" />
        <source>The call could not be added to case %1: %2 Its note is kept under Action results (F4).</source>
        <translation>来电未能关联到案件 %1：%2 记录已保留在“操作结果”(F4)中。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="109" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="109" />
        <source>Enter on the case</source>
        <translation>在该案件上按 Enter</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="110" />
        <source>Not saved: %1 What you typed is kept; press %2 to try again.</source>
        <translation>未保存：%1 已填写的内容都已保留，按 %2 重试。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="116" />
        <source>the server cannot be reached or is failing.</source>
        <translation>无法连接服务器或服务器出错。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="118" />
        <source>your session has expired; sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="120" />
        <source>your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="126" />
        <source>Unknown category: pick one from the list</source>
        <translation>类别无效：请从列表中选择</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="127" />
        <source>Unknown street: choose one from the list</source>
        <translation>街道无效：请从列表中选择</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="128" />
        <source>Give a title of at most 200 characters</source>
        <translation>请填写标题(最多200字)</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="129" />
        <location filename="../../console/panes/intake_results.py" line="130" />
        <source>Write latitude, longitude, e.g. 32.04, 120.87</source>
        <translation>请按“纬度, 经度”填写，如 32.04, 120.87</translation>
    </message>
</context>
<context>
    <name>IntakeTexts</name>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="14" />
        <source>Alt+N. Leave empty if the caller stays anonymous.</source>
        <translation>Alt+N。来电人匿名时可不填。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="15" />
        <source>Alt+O. Digits, +, - and spaces.</source>
        <translation>Alt+O。只能填数字、+、- 和空格。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="17" />
        <source>Alt+G. Type part of the name, the code or the department; ↓ lists all, Enter picks. The department it goes to is shown on the right.</source>
        <translation>Alt+G。输入名称、代码或部门的一部分；↓ 列出全部，Enter 选定。右侧显示承办部门。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="20" />
        <source>Alt+A. The street is recognised from the address.</source>
        <translation>Alt+A。根据地址自动识别街道。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="21" />
        <source>Alt+S. Choose a street to override the one recognised.</source>
        <translation>Alt+S。自动识别有误时在此选择街道。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="22" />
        <source>Alt+T. Latitude, longitude, when the caller shares it.</source>
        <translation>Alt+T。来电人提供位置时填写纬度、经度。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="23" />
        <source>Alt+U, then ← → to choose. Emergency runs a 24/7 clock.</source>
        <translation>Alt+U，再用 ← → 选择。特急案件按自然时间全天计时。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="24" />
        <source>Alt+D. Tab leaves; Ctrl+Enter creates the case.</source>
        <translation>Alt+D。Tab 离开；Ctrl+Enter 新建案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="25" />
        <source>Alt+I. Filled in for you until you edit it.</source>
        <translation>Alt+I。自动生成，手动修改后不再覆盖。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="26" />
        <source>Alt+E. Empties the form for the next call.</source>
        <translation>Alt+E。清空表单，受理下一个来电。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="27" />
        <source>Ctrl+Enter or Alt+R. Creates the case.</source>
        <translation>Ctrl+Enter 或 Alt+R：新建案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="33" />
        <source>Only digits, +, - and spaces, e.g. 0513-8512 3456</source>
        <translation>只能填数字、+、- 和空格，如 0513-8512 3456</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="34" />
        <source>Too long for a phone number</source>
        <translation>电话号码过长</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="35" />
        <source>Too short for a phone number</source>
        <translation>电话号码过短</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="40" />
        <source>Write latitude, longitude, e.g. 32.04, 120.87</source>
        <translation>请按“纬度, 经度”填写，如 32.04, 120.87</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="45" />
        <source>From the address: %1</source>
        <translation>按地址识别：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="46" />
        <source>From the address: not recognised — choose one</source>
        <translation>未能从地址识别街道，请选择</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="53" />
        <source>%1 (%2): %3</source>
        <translation>【%2】%1：%3</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="56" />
        <source>%1 (%2)</source>
        <translation>【%2】%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="58" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="63" />
        <source>C&amp;reate case</source>
        <translation>新建案件(&amp;R)</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../console/wall/view_charts.py" line="38" />
        <source>Cases reported today</source>
        <translation>今日受理</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_charts.py" line="70" />
        <source>Cases reported today: %1</source>
        <translation>今日受理：%1 件</translation>
    </message>
</context>
<context>
    <name>IntakeWork</name>
    <message>
        <location filename="../../console/panes/call_intake_work.py" line="86" />
        <source>Looking for similar cases</source>
        <translation>查找相似案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_work.py" line="116" />
        <source>Creating the case</source>
        <translation>新建案件</translation>
    </message>
</context>
<context>
    <name>KpiCasesDialog</name>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="45" />
        <source>Cases behind the figure</source>
        <translation>数字背后的案件</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="62" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="62" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="62" />
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="62" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="63" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="63" />
        <source>Created</source>
        <translation>立案时间</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="83" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="88" />
        <source>Cases behind: %1</source>
        <translation>案件明细：%1</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="89" />
        <source>Loading the cases…</source>
        <translation>正在加载案件…</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="105" />
        <source>Could not load the cases: %1</source>
        <translation>无法加载案件：%1</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="107" />
        <source>Loading the cases</source>
        <translation>加载案件</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="129" />
        <source>%1 cases; the first %2 are listed. Enter shows one in the queue.</source>
        <translation>共 %1 件，列出前 %2 件。回车在队列中显示所选案件。</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="132" />
        <source>%1 cases. Enter shows one in the queue and the detail pane.</source>
        <translation>共 %1 件。回车在队列和详情中显示所选案件。</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="46" />
        <source>Case KPIs today</source>
        <translation>今日案件督考</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="48" />
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="55" />
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="56" />
        <source>By street</source>
        <translation>按街道</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="103" />
        <source>Overdue open (click)</source>
        <translation>超期未办结（可点击）</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="143" />
        <source>Case KPIs %4: on-time closure %1, rework %2, overdue open %3</source>
        <translation>督考（%4）：按期结案率 %1，返工率 %2，超期未办结 %3 件</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="145" />
        <source>On-time closure %1, rework %2, overdue open %3</source>
        <translation>按期结案率 %1，返工率 %2，超期未办结 %3 件</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="155" />
        <source> (the worst %1 of %2 rows)</source>
        <translation>（%2 行中最差的 %1 行）</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="160" />
        <source>No cases in this period.</source>
        <translation>本期间尚无案件。</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="172" />
        <source>on time %1 · rework %2</source>
        <translation>按期 %1 · 返工 %2</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="186" />
        <source>%1
On-time closure %2 · rework %3
Intake %4 cases · closure %5</source>
        <translation>%1
按期办结率 %2 · 返工率 %3
受理 %4 件 · 办结率 %5</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="201" />
        <source>%1: %2 open cases overdue
Click to show them in the queue</source>
        <translation>%1：%2 件超期未办结
点击在案件队列中查看</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="232" />
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="232" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="233" />
        <source>Intake</source>
        <translation>受理量</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="234" />
        <source>On-time closure %</source>
        <translation>按期办结率 %</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="235" />
        <source>Rework %</source>
        <translation>返工率 %</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="236" />
        <source>Closure %</source>
        <translation>办结率 %</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="237" />
        <source>Overdue open</source>
        <translation>超期未办结</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="238" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>KpiColumns</name>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="66" />
        <source>%1 of %2 cases</source>
        <translation>%2 件中的 %1 件</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="71" />
        <source>%1 cases</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="73" />
        <source>Double-click to list them</source>
        <translation>双击列出这些案件</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="78" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="81" />
        <source>Intake</source>
        <translation>受理量</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="86" />
        <source>On-time dispatch</source>
        <translation>按时派遣率</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="92" />
        <source>Closure</source>
        <translation>结案率</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="96" />
        <source>On-time closure</source>
        <translation>按期结案率</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="102" />
        <source>Rework</source>
        <translation>返工率</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="104" />
        <source>Return</source>
        <translation>退单率</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="107" />
        <source>Extension</source>
        <translation>延期率</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="114" />
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="120" />
        <source>Mean hours</source>
        <translation>平均时长(时)</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="82" />
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="83" />
        <source>Overdue now</source>
        <translation>当前超期</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="80" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="129" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="131" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="144" />
        <source>Score = volume tier (%1/%2/%3) + %4 × closure + %5 × on-time closure + %6 × (100 − rework)</source>
        <translation>得分 = 受理量档位(%1/%2/%3) + %4 × 结案率 + %5 × 按期结案率 + %6 × (100 − 返工率)</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="55" />
        <source>Case KPIs (督考)</source>
        <translation>督考</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="67" />
        <source>Score weights…</source>
        <translation>得分权重…</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="72" />
        <source>Workbook (.xlsx)…</source>
        <translation>Excel 工作簿 (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="74" />
        <source>Save the page as a picture, or the table as CSV or an Excel workbook</source>
        <translation>把本页存为图片，或把表格存为 CSV 或 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="114" />
        <source>Case KPIs, %1: intake %2 · closure %3 · overdue now %4 · score %5</source>
        <translation>督考 %1：受理 %2 件 · 结案率 %3 · 当前超期 %4 件 · 得分 %5</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="125" />
        <source> (weights version %1, set by %2)</source>
        <translation>（权重第 %1 版，%2 设定）</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="130" />
        <source> (the default weights)</source>
        <translation>（默认权重）</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="133" />
        <source>No cases in this period.</source>
        <translation>本期间尚无案件。</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="151" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="152" />
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="153" />
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="154" />
        <source>Rows</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="155" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="156" />
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="157" />
        <source>By</source>
        <translation>导出人</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="160" />
        <source>Case KPIs</source>
        <translation>督考</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="176" />
        <source>Exporting the KPI table</source>
        <translation>导出督考表</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="183" />
        <source>Case KPIs %1.xlsx</source>
        <translation>督考 %1.xlsx</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="186" />
        <source>Export the KPI table</source>
        <translation>导出督考表</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="186" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>KpiWeightsDialog</name>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="42" />
        <source>Score weights</source>
        <translation>得分权重</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="50" />
        <source>Volume tier, intake ≥ ⅔ of the largest (points)</source>
        <translation>受理量档位：≥ 最大受理量的 ⅔（分）</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="51" />
        <source>Volume tier, intake ≥ ⅓ of the largest (points)</source>
        <translation>受理量档位：≥ 最大受理量的 ⅓（分）</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="52" />
        <source>Volume tier, any smaller intake (points)</source>
        <translation>受理量档位：更少的受理量（分）</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="53" />
        <source>× closure rate</source>
        <translation>× 结案率</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="54" />
        <source>× on-time closure rate</source>
        <translation>× 按期结案率</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="55" />
        <source>× (100 − rework rate)</source>
        <translation>× (100 − 返工率)</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="69" />
        <source>why (kept in the admin log)</source>
        <translation>修改原因（记入管理日志）</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="70" />
        <source>Note</source>
        <translation>意见/备注</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="81" />
        <source>Domain defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="96" />
        <source>Loading the weights…</source>
        <translation>正在加载权重…</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="102" />
        <source>Loading the score weights</source>
        <translation>加载得分权重</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="118" />
        <source>Version %1, set by %2.</source>
        <translation>第 %1 版，%2 设定。</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="120" />
        <source>The domain's default weights (version 0).</source>
        <translation>默认权重（第 0 版）。</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="133" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="138" />
        <source>Saving the score weights</source>
        <translation>保存得分权重</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="156" />
        <source>Another administrator saved version %1 meanwhile: start again from it.</source>
        <translation>另一位管理员已保存第 %1 版：请在此基础上重新修改。</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="168" />
        <source>Best possible score: %1 + 100 × (%2 + %3 + %4) = %5 (must be 100)</source>
        <translation>最高可得分：%1 + 100 × (%2 + %3 + %4) = %5（须为 100）</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../console/models/labels.py" line="22" />
        <source>Reported</source>
        <translation>待受理</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="23" />
        <source>Registered</source>
        <translation>已立案</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="24" />
        <source>Dispatched</source>
        <translation>已派遣</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="25" />
        <source>In progress</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="26" />
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="27" />
        <source>To verify</source>
        <translation>待核查</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="28" />
        <source>Parked</source>
        <translation>挂账</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="29" />
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="30" />
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="31" />
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="35" />
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="36" />
        <source>Grid report</source>
        <translation>网格上报</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="37" />
        <source>River patrol</source>
        <translation>河长巡河</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="38" />
        <source>Video alert</source>
        <translation>视频告警</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="39" />
        <source>City assignment</source>
        <translation>上级交办</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="40" />
        <source>Open311</source>
        <translation>Open311</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="43" />
        <source>Duty officer</source>
        <translation>值班员</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="44" />
        <source>Supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="45" />
        <source>Trainer</source>
        <translation>培训员</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="46" />
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="47" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="51" />
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="52" />
        <source>Due soon</source>
        <translation>将超时</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="53" />
        <source>On time</source>
        <translation>未超时</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="56" />
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="57" />
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="58" />
        <source>Emergency</source>
        <translation>特急</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="61" />
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="62" />
        <location filename="../../console/models/labels.py" line="72" />
        <source>Dispatch</source>
        <translation>派遣</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="63" />
        <source>Sign</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="64" />
        <source>Handle</source>
        <translation>处置</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="65" />
        <source>Verify</source>
        <translation>核查</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="68" />
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="69" />
        <source>Register</source>
        <translation>受理立案</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="70" />
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="71" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="73" />
        <source>Sign for</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="74" />
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="75" />
        <source>Report result</source>
        <translation>反馈结果</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="76" />
        <source>Park</source>
        <translation>挂账</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="77" />
        <source>Unpark</source>
        <translation>解除挂账</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="78" />
        <source>Verify and close</source>
        <translation>核查结案</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="79" />
        <source>Verify failed (rework)</source>
        <translation>核查不通过(返工)</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="80" />
        <source>Reopen</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="81" />
        <source>Urge</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="82" />
        <source>Request extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="83" />
        <source>Approve extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="84" />
        <source>Reject extension</source>
        <translation>驳回延期</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="85" />
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="86" />
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="87" />
        <source>Escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="88" />
        <source>Supervise</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="89" />
        <source>Request parking</source>
        <translation>申请挂账</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="90" />
        <source>Refuse parking</source>
        <translation>驳回挂账</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="91" />
        <source>SLA warning</source>
        <translation>时限预警</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="92" />
        <source>SLA overdue</source>
        <translation>时限超时</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="93" />
        <source>Color change</source>
        <translation>预警变色</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="94" />
        <source>Auto reminder</source>
        <translation>自动催办</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="95" />
        <source>Auto supervision</source>
        <translation>自动督办</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="96" />
        <source>Public notice</source>
        <translation>列入通报</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="97" />
        <source>Holiday calendar changed</source>
        <translation>节假日安排变更</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="98" />
        <source>Evidence attached</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="99" />
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="100" />
        <source>Answered on the phone</source>
        <translation>直办答复</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="105" />
        <source>Reminded</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="106" />
        <source>Supervised</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="107" />
        <source>Notice</source>
        <translation>通报</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="111" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="112" />
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="113" />
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="117" />
        <source>The shift supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="118" />
        <source>The city command center</source>
        <translation>市指挥中心</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="122" />
        <source>%1 working days</source>
        <translation>%1个工作日</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="123" />
        <source>%1 working hours</source>
        <translation>%1工作小时</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="124" />
        <source>%1 working days %2 working hours</source>
        <translation>%1个工作日%2工作小时</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="127" />
        <source>%1 days</source>
        <translation>%1天</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="128" />
        <source>%1 hours</source>
        <translation>%1小时</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="129" />
        <source>%1 days %2 hours</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="220" />
        <source>%1d %2</source>
        <translation>%1天 %2</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="233" />
        <source>%1d %2h</source>
        <translation>%1天%2时</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="236" />
        <source>%1h %2m</source>
        <translation>%1时%2分</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="238" />
        <source>%1m</source>
        <translation>%1分</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../console/shell/launcher.py" line="90" />
        <source>Starting this computer's own demo server…</source>
        <translation>正在启动本机自带的演示服务器…</translation>
    </message>
    <message>
        <location filename="../../console/shell/launcher.py" line="93" />
        <location filename="../../console/shell/launcher.py" line="149" />
        <source>Duty Console</source>
        <translation>值班台</translation>
    </message>
    <message>
        <location filename="../../console/shell/launcher.py" line="147" />
        <source>The local server could not start:
%1</source>
        <translation>本地服务器无法启动：
%1</translation>
    </message>
    <message>
        <location filename="../../console/shell/launcher.py" line="257" />
        <source>Saving settings</source>
        <translation>保存设置</translation>
    </message>
</context>
<context>
    <name>LiveQueue</name>
    <message>
        <location filename="../../console/controllers/live.py" line="120" />
        <source>Loading cases</source>
        <translation>读取案件</translation>
    </message>
    <message>
        <location filename="../../console/controllers/live.py" line="158" />
        <source>Loading older closed cases</source>
        <translation>正在加载较早的已结案件</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="57" />
        <source>Sign in — Duty Console</source>
        <translation>登录 — 值班台</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="61" />
        <source>Chongchuan Governance Command Center</source>
        <translation>崇川区区域治理现代化指挥中心</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="90" />
        <source>Your password was set by an administrator. Choose your own to continue.</source>
        <translation>您的密码由管理员设置，请先设置自己的密码。</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="101" />
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="102" />
        <source>Demo user</source>
        <translation>演示用户</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="103" />
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="104" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="105" />
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="106" />
        <source>Repeat it</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="112" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="117" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="144" />
        <source>This computer's demo server (%1)</source>
        <translation>本机演示服务器（%1）</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="148" />
        <source>Demo data: this server holds invented cases, for trying the console out and for training. Choose a demo user (password: %1) and press Enter.</source>
        <translation>演示数据：此服务器中的案件均为虚构，供试用和培训。请选择一个演示用户（密码：%1），按回车登录。</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="169" />
        <source>The server at this address does not answer. Check the network, or the address under Settings…; the console does not switch to demo data by itself. Details: %1</source>
        <translation>此地址的服务器没有响应。请检查网络，或在“设置…”中检查服务器地址；控制台不会自行改用演示数据。详细信息：%1</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="181" />
        <source>Something answers at this address, but it is not a command-center server (HTTP %1). Check the address under Settings… (host and port of cc-server).</source>
        <translation>此地址有服务在响应，但不是指挥中心服务器（HTTP %1）。请在“设置…”中检查地址（cc-server 的主机和端口）。</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="207" />
        <source>Enter your username and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="232" />
        <source>Change password and sign in</source>
        <translation>修改密码并登录</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="239" />
        <source>A password has at least %1 characters.</source>
        <translation>密码至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="243" />
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="246" />
        <source>Choose a password other than the one you were given.</source>
        <translation>请设置与管理员给定密码不同的密码。</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="264" />
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/shell/main_window.py" line="106" />
        <source>Chongchuan Governance Command Center — Duty Console</source>
        <translation>崇川区区域治理现代化指挥中心 — 值班台</translation>
    </message>
    <message>
        <location filename="../../console/shell/main_window.py" line="107" />
        <source>【DRILL】</source>
        <translation>【演练】</translation>
    </message>
    <message>
        <location filename="../../console/shell/main_window.py" line="127" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="68" />
        <location filename="../../console/shell/main_window.py" line="201" />
        <location filename="../../console/shell/main_window.py" line="207" />
        <source>Loading reference data</source>
        <translation>读取基础数据</translation>
    </message>
    <message>
        <location filename="../../console/shell/main_window.py" line="249" />
        <source>Outbox</source>
        <translation>待发送队列</translation>
    </message>
    <message>
        <location filename="../../console/shell/main_window.py" line="305" />
        <source>The local server has stopped (exit code %1). Log: %2</source>
        <translation>本地服务器已停止(退出码 %1)。日志：%2</translation>
    </message>
</context>
<context>
    <name>MapBar</name>
    <message>
        <location filename="../../console/map/panel.py" line="25" />
        <source>No heat</source>
        <translation>不显示热力</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="26" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="27" />
        <source>Last 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="28" />
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="78" />
        <source>Cameras</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="85" />
        <source>Intake by area over a period (the hot spots)</source>
        <translation>按区域统计一段时间内的受理量(热点)</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="94" />
        <source>by street</source>
        <translation>按街道</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="95" />
        <source>by grid</source>
        <translation>按网格</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="100" />
        <source>Patrol tracks of</source>
        <translation>巡河轨迹:</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="112" />
        <source>Select area</source>
        <translation>框选</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="113" />
        <source>Drag a rectangle to mark cases (Shift+drag does it too)</source>
        <translation>拖出矩形框选案件(按住 Shift 拖动亦可)</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="117" />
        <source>Dispatch marked…</source>
        <translation>批量派遣…</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="119" />
        <source>Urge marked…</source>
        <translation>批量催办…</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="121" />
        <source>Set call point</source>
        <translation>在图上定位来电</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="122" />
        <source>Click on the map to set the point of the call being taken</source>
        <translation>在地图上点击,设定正在受理来电的位置</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="124" />
        <source>Whole district</source>
        <translation>全区</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="173" />
        <source>%1 marked</source>
        <translation>已框选 %1 件</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <location filename="../../console/map/pane.py" line="154" />
        <source>Loading the map</source>
        <translation>读取地图图层</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="156" />
        <source>Cameras not loaded: %1</source>
        <translation>摄像头列表未能加载：%1</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="157" />
        <source>Loading the cameras</source>
        <translation>读取摄像头</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="167" />
        <source>Patrols not loaded: %1</source>
        <translation>巡河记录未能加载：%1</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="168" />
        <source>Loading the patrols</source>
        <translation>读取巡河记录</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="184" />
        <source>Intake heat not loaded: %1</source>
        <translation>受理热力未能加载：%1</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="185" />
        <source>Loading the intake heat</source>
        <translation>读取受理热力</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="198" />
        <source>Patrol tracks not loaded: %1</source>
        <translation>巡河轨迹未能加载：%1</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="199" />
        <source>Loading the patrol tracks</source>
        <translation>读取巡河轨迹</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="281" />
        <source>Schematic (示意): %1</source>
        <translation>示意图层(非测绘数据):%1</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="289" />
        <source>Layers not drawn: %1</source>
        <translation>以下图层无法绘制：%1</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="297" />
        <source>The map layers could not be loaded: %1</source>
        <translation>地图图层未能加载：%1</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="387" />
        <source>Finding the street of the point</source>
        <translation>查找该点所在街道</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="397" />
        <source>The street of the point is not known: %1</source>
        <translation>未能确定该点所在街道：%1</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="45" />
        <source>New volunteer service request</source>
        <translation>志愿服务点单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="55" />
        <source>(not known)</source>
        <translation>（不详）</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="65" />
        <source>What the resident needs, when, who lives there</source>
        <translation>居民需要什么服务、什么时间、家中情况</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="81" />
        <source>Create request</source>
        <translation>提交点单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="85" />
        <source>Service:</source>
        <translation>服务类别：</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="86" />
        <source>Street:</source>
        <translation>街道：</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="87" />
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="88" />
        <source>Description:</source>
        <translation>需求描述：</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="89" />
        <source>Resident:</source>
        <translation>居民姓名：</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="90" />
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="97" />
        <source>No service category is active: ask the administrator.</source>
        <translation>没有在用的服务类别：请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="118" />
        <source>Choose the service.</source>
        <translation>请选择服务类别。</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="120" />
        <source>Describe what the resident needs.</source>
        <translation>请描述居民的需求。</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="122" />
        <source>The description is longer than 2000 characters.</source>
        <translation>需求描述超过 2000 字。</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="124" />
        <source>The phone number may hold digits, spaces, + and - only.</source>
        <translation>联系电话只能包含数字、空格、+ 和 -。</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="132" />
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
</context>
<context>
    <name>OverdueChart</name>
    <message>
        <location filename="../../console/charts/overdue.py" line="23" />
        <source>Overdue open cases today</source>
        <translation>今日超期未办结案件</translation>
    </message>
    <message>
        <location filename="../../console/charts/overdue.py" line="42" />
        <source>No figures for today yet.</source>
        <translation>今日尚无数据。</translation>
    </message>
    <message>
        <location filename="../../console/charts/overdue.py" line="52" />
        <source>Overdue open cases today: now %1, peak %2</source>
        <translation>今日超期未办结：当前 %1 件，峰值 %2 件</translation>
    </message>
    <message>
        <location filename="../../console/charts/overdue.py" line="65" />
        <source>%1: %2 open cases overdue</source>
        <translation>%1：%2 件超期未办结</translation>
    </message>
    <message>
        <location filename="../../console/charts/overdue.py" line="71" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/charts/overdue.py" line="71" />
        <source>Overdue open</source>
        <translation>超期未办结</translation>
    </message>
</context>
<context>
    <name>OverdueView</name>
    <message>
        <location filename="../../console/wall/view_overdue.py" line="21" />
        <source>Overdue open cases</source>
        <translation>超时在办案件</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_overdue.py" line="25" />
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_overdue.py" line="25" />
        <source>By street</source>
        <translation>按街道</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_overdue.py" line="32" />
        <source>No overdue cases</source>
        <translation>暂无超时案件</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_overdue.py" line="33" />
        <source>%1 more with %2 cases</source>
        <translation>另有 %1 项，共 %2 件</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_overdue.py" line="99" />
        <source>By department: %1</source>
        <translation>按部门：%1 件</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_overdue.py" line="99" />
        <source>By street: %1</source>
        <translation>按街道：%1 件</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <location filename="../../console/panes/catalog.py" line="44" />
        <source>Case detail</source>
        <translation>案件详情</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="55" />
        <source>Dispatch</source>
        <translation>派遣处置</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="67" />
        <source>Action results</source>
        <translation>操作结果</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="78" />
        <source>New call</source>
        <translation>来电登记</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="90" />
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="101" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="112" />
        <source>Video</source>
        <translation>视频监控</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="124" />
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="158" />
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../console/drills/control.py" line="31" />
        <location filename="../../console/panes/catalog.py" line="144" />
        <source>Drill control</source>
        <translation>演练控制</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="44" />
        <source>Patrol view</source>
        <translation>巡河</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="50" />
        <source>Volunteer requests</source>
        <translation>志愿服务</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../console/admin/users_password.py" line="39" />
        <source>Reset password — %1</source>
        <translation>重置密码 — %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_password.py" line="42" />
        <source>%1 must change this password at the next sign-in. Every session they have open ends at once.</source>
        <translation>%1 下次登录时必须修改此密码；其已登录的会话立即失效。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_password.py" line="59" />
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_password.py" line="67" />
        <source>New &amp;password</source>
        <translation>新密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_password.py" line="69" />
        <source>&amp;Again</source>
        <translation>再输一次(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_password.py" line="83" />
        <source>A password is 8–128 characters.</source>
        <translation>密码为 8–128 个字符。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_password.py" line="87" />
        <source>The two passwords differ: type the same twice.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_password.py" line="91" />
        <source>Resetting…</source>
        <translation>正在重置…</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_password.py" line="97" />
        <source>Resetting a password</source>
        <translation>重置密码</translation>
    </message>
</context>
<context>
    <name>PatrolDetail</name>
    <message>
        <location filename="../../console/patrols/detail.py" line="50" />
        <source>Show on map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="68" />
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="68" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="68" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="68" />
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="72" />
        <source>Double-click a problem to show its case in the queue</source>
        <translation>双击问题，在案件队列中选中其案件</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="103" />
        <source>Choose a patrol in the list.</source>
        <translation>请在列表中选择一次巡河。</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="126" />
        <source>not yours</source>
        <translation>无权查看</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="151" />
        <source>No photos</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="177" />
        <source>%1 — %2, %3, %4 min, %5 km, %6 problem(s)</source>
        <translation>%1 — %2，%3，%4 分钟，%5 公里，问题 %6 个</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="190" />
        <source>The app reported %1 km: it does not agree with the track.</source>
        <translation>巡河App上报 %1 公里，与轨迹不符。</translation>
    </message>
</context>
<context>
    <name>PatrolPane</name>
    <message>
        <location filename="../../console/patrols/pane.py" line="92" />
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="95" />
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="96" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="108" />
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="116" />
        <source>River:</source>
        <translation>河道：</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="118" />
        <source>Patroller:</source>
        <translation>巡河人：</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="131" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="132" />
        <source>River</source>
        <translation>河道</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="133" />
        <source>Segment</source>
        <translation>河段</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="134" />
        <source>Patroller</source>
        <translation>巡河人</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="135" />
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="136" />
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="137" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="154" />
        <source>Patrol list</source>
        <translation>巡河记录</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="155" />
        <source>Action day (Monday)</source>
        <translation>河长行动日（周一）</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="189" />
        <source>Loading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="198" />
        <source>Loading patrols</source>
        <translation>读取巡河记录</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="214" />
        <source>%1 patrol(s) this week</source>
        <translation>本周巡河 %1 次</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="220" />
        <source>Not loaded: %1</source>
        <translation>未能读取：%1</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="226" />
        <source>Week %1: %2 – %3</source>
        <translation>第%1周：%2 – %3</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="241" />
        <source>All rivers</source>
        <translation>全部河道</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="244" />
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="318" />
        <source>Loading a patrol</source>
        <translation>读取巡河详情</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="335" />
        <source>Loading a photo</source>
        <translation>读取照片</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="341" />
        <source>Patrol not loaded: %1</source>
        <translation>未能读取巡河记录：%1</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="354" />
        <source>This window has no map to show the track on.</source>
        <translation>本窗口没有地图，无法显示轨迹。</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../console/charts/kpi_period.py" line="46" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_period.py" line="47" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_period.py" line="48" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_period.py" line="49" />
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_period.py" line="50" />
        <source>Days…</source>
        <translation>自选日期…</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_period.py" line="53" />
        <source>The period of the table (Asia/Shanghai)</source>
        <translation>统计期间（北京时间）</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="248" />
        <source>Loading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="271" />
        <source>The photo could not be loaded: %1</source>
        <translation>照片未能加载：%1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../console/models/problem_text.py" line="24" />
        <source>This case is not dispatched to your department.</source>
        <translation>此案件未派遣给你的部门。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="27" />
        <source>In this state only the shift supervisor may do this.</source>
        <translation>此状态下只有值班长可以执行此操作。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="15" />
        <source>Your role may not do this.</source>
        <translation>你的角色无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="16" />
        <source>The case no longer exists, or you may not see it.</source>
        <translation>案件不存在，或你无权查看。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="30" />
        <source>An extension is already awaiting approval.</source>
        <translation>已有延期申请在等待审批。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="33" />
        <source>No extension is awaiting approval: it was approved or rejected meanwhile.</source>
        <translation>没有待审批的延期申请：它已被批准或驳回。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="36" />
        <source>A closed case is reopened only after an unsatisfied callback.</source>
        <translation>已结案件只有在回访不满意后才能重新办理。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="39" />
        <source>This case was answered at intake and never dispatched, so it cannot be reopened: take the caller's request as a new case.</source>
        <translation>此案件在受理时已直办答复，从未派遣，不能重新办理：请将来电人的诉求登记为新案件。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="44" />
        <source>A case cannot be merged into itself.</source>
        <translation>案件不能并入自身。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="45" />
        <source>The chosen case is closed, voided or merged already and cannot take a merge.</source>
        <translation>所选案件已结案、作废或合并，不能再并入其他案件。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="49" />
        <source>The case to merge into no longer exists.</source>
        <translation>要并入的案件已不存在。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="52" />
        <source>A reason is required: say why in the note.</source>
        <translation>必须说明理由：请在说明中填写原因。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="57" />
        <source>The server failed to handle the request; nothing was changed. Try again.</source>
        <translation>服务器处理请求失败，未做任何更改。请重试。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="63" />
        <source>Choose a department that handles cases.</source>
        <translation>请选择一个承办案件的部门。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="64" />
        <source>Choose the case to merge into.</source>
        <translation>请选择要并入的案件。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="65" />
        <source>Give the length of the extension.</source>
        <translation>请填写延期时长。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="66" />
        <source>Choose the callback result.</source>
        <translation>请选择回访结果。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="67" />
        <source>Choose whom to escalate to.</source>
        <translation>请选择上报对象。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="95" />
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="90" />
        <source>Not possible while the case is %1. Possible now: %2.</source>
        <translation>案件当前为“%1”，不能执行此操作。现在可以：%2。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="118" />
        <source>The server refused the request: %1</source>
        <translation>服务器拒绝了请求：%1</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="17" />
        <source>Your session has expired: sign in again. The action is kept and sent afterwards.</source>
        <translation>登录已失效：请重新登录。操作已保存，登录后发送。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="103" />
        <source>The server cannot be reached. The action is kept and sent when the connection is back.</source>
        <translation>无法连接服务器。操作已保存，恢复连接后自动发送。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="125" />
        <source>someone else</source>
        <translation>他人更改</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="133" />
        <source>%1 at %2: %3</source>
        <translation>%1 于 %2 %3</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="147" />
        <source>Not done: the case was changed meanwhile by %1. Nothing was overwritten; the case now shows as it is (%2). Review it and act again.</source>
        <translation>未执行：案件已被 %1。未覆盖任何内容，已刷新为最新状态(%2)，请核对后再操作。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="160" />
        <source>Applied.</source>
        <translation>已生效。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="162" />
        <source>Saved; waiting to be sent.</source>
        <translation>已保存，等待发送。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="165" />
        <source>Not sent: an earlier action on this case did not go through, and this one depended on it.</source>
        <translation>未发送：本案的前一项操作未成功，此操作依赖于它。</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="184" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="185" />
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="186" />
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="187" />
        <source>Waiting to sync</source>
        <translation>待同步</translation>
    </message>
</context>
<context>
    <name>QueueExport</name>
    <message>
        <location filename="../../console/panes/queue_export.py" line="121" />
        <source>Case queue %1.xlsx</source>
        <translation>案件队列 %1.xlsx</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_export.py" line="124" />
        <source>Export the queue</source>
        <translation>导出队列</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_export.py" line="124" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_export.py" line="135" />
        <source>Case queue</source>
        <translation>案件队列</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_export.py" line="141" />
        <source>Exporting the queue</source>
        <translation>导出队列</translation>
    </message>
</context>
<context>
    <name>QueueFilters</name>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="57" />
        <source>Search ref, title, address, reporter…</source>
        <translation>搜索编号、标题、地址、反映人…</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="58" />
        <location filename="../../console/panes/queue_filters.py" line="62" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="61" />
        <source>Open cases</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="67" />
        <source>Click or Space ticks a state; several states can be shown at once</source>
        <translation>单击或按空格勾选状态，可同时选择多个状态</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="69" />
        <source>All colors</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="72" />
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="75" />
        <source>All streets</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="76" />
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="107" />
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="108" />
        <source>Volunteers</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="109" />
        <source>What the queue shows (Alt+Q; then ↑↓)</source>
        <translation>队列显示的内容（Alt+Q，再按 ↑↓）</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="110" />
        <source>&amp;Queue:</source>
        <translation>队列(&amp;Q)：</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="89" />
        <source>【DRILL】</source>
        <translation>【演练】</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="137" />
        <source>Case queue</source>
        <translation>案件队列</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="150" />
        <source>All open cases of this color, whatever the filter shows</source>
        <translation>该颜色的全部在办案件，不受筛选影响</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="158" />
        <source>More closed cases…</source>
        <translation>更多已结案件…</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="161" />
        <source>Closed cases older than the last days are kept on the server: load more</source>
        <translation>近几日以前的已结案件保存在服务器上：点击加载更多</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="389" />
        <source>%1 shown of %2</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <location filename="../../console/charts/ranking.py" line="33" />
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="99" />
        <source>Ranking (%1)</source>
        <translation>排名（%1）</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="100" />
        <source>No data for this period.</source>
        <translation>本期无数据。</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="124" />
        <source>%1 (%2)
Value %3 %4, %5
Growth %6, %7, %8</source>
        <translation>%1（%2）
总量 %3 %4，%5
同比 %6，增速%7，%8</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="137" />
        <source>Rank by value</source>
        <translation>总量排名</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="138" />
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="139" />
        <source>Value</source>
        <translation>总量</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="140" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="141" />
        <source>Growth %</source>
        <translation>同比增长 %</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="142" />
        <source>Rank by growth</source>
        <translation>增速排名</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="143" />
        <source>Tier</source>
        <translation>位次</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="144" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="161" />
        <source>Rate the service</source>
        <translation>评单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="165" />
        <source>Ask %1 how the service by %2 went (%3 h).</source>
        <translation>请询问%1对%2服务（%3 小时）的评价。</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="166" />
        <source>the resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="173" />
        <source>1 very poor</source>
        <translation>1 很不满意</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="174" />
        <source>2 poor</source>
        <translation>2 不满意</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="175" />
        <source>3 fair</source>
        <translation>3 一般</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="176" />
        <source>4 good</source>
        <translation>4 满意</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="177" />
        <source>5 very good</source>
        <translation>5 非常满意</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="186" />
        <source>The resident's comment</source>
        <translation>居民的意见</translation>
    </message>
</context>
<context>
    <name>Reauth</name>
    <message>
        <location filename="../../console/shell/reauth.py" line="176" />
        <source>You are signed out; the window is read only. Enter your password to go on.</source>
        <translation>您已退出登录，窗口处于只读状态。请输入密码以继续。</translation>
    </message>
    <message>
        <location filename="../../console/shell/reauth.py" line="179" />
        <source>%1 Enter your password to go on: the window, the queue and the actions waiting to be sent stay as they are.</source>
        <translation>%1请输入密码以继续：窗口、队列和待发送的操作都保持不变。</translation>
    </message>
    <message>
        <location filename="../../console/shell/reauth.py" line="193" />
        <source>Sign in again — Duty Console</source>
        <translation>重新登录 — 值班控制台</translation>
    </message>
    <message>
        <location filename="../../console/shell/reauth.py" line="212" />
        <source>Your session has expired.</source>
        <translation>登录已过期。</translation>
    </message>
    <message>
        <location filename="../../console/shell/reauth.py" line="214" />
        <source>Your session was ended: your password or your role was changed.</source>
        <translation>登录已失效：您的密码或角色已变更。</translation>
    </message>
    <message>
        <location filename="../../console/shell/reauth.py" line="216" />
        <source>This account is disabled; ask the administrator.</source>
        <translation>此账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../console/shell/reauth.py" line="217" />
        <source>The server no longer accepts your session.</source>
        <translation>服务器已不再接受您的登录。</translation>
    </message>
    <message>
        <location filename="../../console/shell/reauth.py" line="278" />
        <source>Signed out — read only. The queue shows the cases as they were and is no longer updated; nothing is sent. Sign in again to go on.</source>
        <translation>已退出登录 — 只读。队列显示退出时的案件，不再更新，也不会发送任何操作。请重新登录以继续。</translation>
    </message>
</context>
<context>
    <name>RequestBook</name>
    <message>
        <location filename="../../console/volunteers/book.py" line="76" />
        <source>Loading volunteer requests</source>
        <translation>读取志愿服务单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/book.py" line="119" />
        <source>Loading a volunteer request</source>
        <translation>读取服务单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/book.py" line="133" />
        <source>Suggesting volunteer teams</source>
        <translation>推荐服务队</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/book.py" line="231" />
        <source>New volunteer request</source>
        <translation>志愿服务点单</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <location filename="../../console/panes/results_pane.py" line="62" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="62" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="62" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="62" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="71" />
        <source>Acknowledge selected</source>
        <translation>确认所选</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="73" />
        <source>Acknowledge all</source>
        <translation>全部确认</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="75" />
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="126" />
        <source> (seen)</source>
        <translation>(已确认)</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="226" />
        <source>Waiting %1 · done %2 · conflicts %3 · refused %4 · to acknowledge %5</source>
        <translation>待同步 %1 · 完成 %2 · 冲突 %3 · 被拒绝 %4 · 待确认 %5</translation>
    </message>
</context>
<context>
    <name>RiverChart</name>
    <message>
        <location filename="../../console/charts/river.py" line="30" />
        <source>River patrols</source>
        <translation>河长巡河</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="36" />
        <source>All rivers</source>
        <translation>全部河道</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="52" />
        <location filename="../../console/charts/river.py" line="123" />
        <source>Patrols</source>
        <translation>巡河次数</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="53" />
        <location filename="../../console/charts/river.py" line="125" />
        <source>Problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="54" />
        <location filename="../../console/charts/river.py" line="126" />
        <source>Problems resolved</source>
        <translation>解决问题</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="95" />
        <source>Patrols in %1 weeks: %2 (%3 km)</source>
        <translation>近%1周巡河%2次(%3公里)</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="100" />
        <source>No patrols recorded.</source>
        <translation>尚无巡河记录。</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="109" />
        <source>%1 (from %2)
%3 patrols, %4 km
Problems found %5, resolved %6
Debris %7 t</source>
        <translation>%1（%2 起）
巡河 %3 次，%4 公里
发现问题 %5 个，解决 %6 个
打捞漂浮物 %7 吨</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="121" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="122" />
        <source>Week from</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="124" />
        <source>Km</source>
        <translation>公里</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="127" />
        <source>Debris t</source>
        <translation>漂浮物(吨)</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="45" />
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="48" />
        <source>Save to file…</source>
        <translation>保存到文件…</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="54" />
        <source>Open from server</source>
        <translation>从服务器打开</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="56" />
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="59" />
        <source>scenario id</source>
        <translation>脚本编号</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="62" />
        <source>Save to server</source>
        <translation>保存到服务器</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="75" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="76" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="77" />
        <source>What to fix</source>
        <translation>需修改之处</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="84" />
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="85" />
        <source>Dry run</source>
        <translation>推演时间线</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="119" />
        <source>A district scenario: save your changes under a new id (or to a file).</source>
        <translation>这是区里下发的演练脚本：修改后请以新编号保存（或另存为文件）。</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="159" />
        <source>Dry run (%1)</source>
        <translation>推演时间线（%1）</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="166" />
        <source>Valid: %1 injects. The dry run lists them by drill minute.</source>
        <translation>校验通过：共 %1 个注入事件，推演时间线按演练分钟列出。</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="173" />
        <source>%1 error(s): click one to go to its line.</source>
        <translation>%1 处错误：点击可跳到所在行。</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="117" />
        <source>Errors (%1)</source>
        <translation>错误（%1）</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="186" />
        <source>Open a scenario</source>
        <translation>打开演练脚本</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="196" />
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="209" />
        <source>Save the scenario</source>
        <translation>保存演练脚本</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="221" />
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="230" />
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="238" />
        <source>Give the scenario an id: letters, digits, _ . - (at most 80).</source>
        <translation>请填写脚本编号：字母、数字、_ . -（最多 80 个字符）。</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="254" />
        <source>Saved on the server as %1: trainers can pick it for a run.</source>
        <translation>已保存到服务器，编号 %1：培训员发起演练时可选用。</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="265" />
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="272" />
        <source>The server did not answer: %1</source>
        <translation>服务器未响应：%1</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="135" />
        <source>new scenario</source>
        <translation>新脚本</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="140" />
        <source>Drill scenario editor</source>
        <translation>演练脚本编辑器</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="150" />
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="151" />
        <source>The scenario has changes that are not saved. Discard them?</source>
        <translation>演练脚本有未保存的修改，要放弃吗？</translation>
    </message>
</context>
<context>
    <name>ScenarioTimeline</name>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="25" />
        <source>Minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="26" />
        <source>Drill time</source>
        <translation>演练时间</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="27" />
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="28" />
        <source>Inject</source>
        <translation>注入事件</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="29" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="30" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="31" />
        <source>Action / expected</source>
        <translation>动作／预期结果</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="32" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="35" />
        <source>Arrives</source>
        <translation>来件</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="36" />
        <source>Dispatch due</source>
        <translation>派遣时限</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="37" />
        <source>Department acts</source>
        <translation>部门动作</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="43" />
        <source>to %1 by this minute</source>
        <translation>此分钟前派至 %1</translation>
    </message>
</context>
<context>
    <name>SessionSwitch</name>
    <message>
        <location filename="../../console/shell/session_switch.py" line="114" />
        <source>%1 action(s) you took have not reached the server yet. They stay yours: they wait in this console's outbox and are sent under your name (%2) the next time you sign in here, never under another officer's. Stay signed in to send them now.</source>
        <translation>您有 %1 项操作尚未送达服务器。这些操作仍归您本人：保存在本控制台的待发队列中，下次您在本机登录时以您的名义（%2）发送，绝不会以其他人员的名义发送。如需现在发送，请保持登录。</translation>
    </message>
    <message>
        <location filename="../../console/shell/session_switch.py" line="118" />
        <source>Switch user anyway?</source>
        <translation>仍要切换用户吗？</translation>
    </message>
    <message>
        <location filename="../../console/shell/session_switch.py" line="118" />
        <source>Sign out anyway?</source>
        <translation>仍要退出登录吗？</translation>
    </message>
    <message>
        <location filename="../../console/shell/session_switch.py" line="121" />
        <source>Actions not yet sent</source>
        <translation>有操作尚未发送</translation>
    </message>
    <message>
        <location filename="../../console/shell/session_switch.py" line="152" />
        <source>Signed in: %1. Sign in as the officer taking over.</source>
        <translation>当前登录：%1。请以接班人员的身份登录。</translation>
    </message>
    <message>
        <location filename="../../console/shell/session_switch.py" line="160" />
        <source>Switch user — Duty Console</source>
        <translation>切换用户 — 值班控制台</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="49" />
        <source>Settings — Duty Console</source>
        <translation>设置 — 值班台</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="55" />
        <source>e.g. http://10.1.2.3:8700</source>
        <translation>例如 http://10.1.2.3:8700</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="71" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="73" />
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="75" />
        <source>Language (at the next start)</source>
        <translation>语言（下次启动时生效）</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="76" />
        <source>Ended cases in the queue</source>
        <translation>队列中的已结案件</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="77" />
        <source>Saved in %1</source>
        <translation>保存在 %1</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="105" />
        <source>“%1” is not a server address: type it as http://host:port, e.g. http://10.1.2.3:8700.</source>
        <translation>“%1”不是有效的服务器地址：请按 http://主机:端口 填写，例如 http://10.1.2.3:8700。</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="131" />
        <source>The settings could not be saved: %1</source>
        <translation>设置未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="139" />
        <source>The console signs in to this server.</source>
        <translation>控制台将登录到此服务器。</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="143" />
        <source>Empty: the console runs its own server with demo data (for trying it out and training; nothing reaches the district's server).</source>
        <translation>留空：控制台运行本机自带的演示服务器和演示数据（供试用和培训，不会送达区指挥中心服务器）。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../console/shell/shortcuts.py" line="25" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../console/shell/shortcuts.py" line="28" />
        <source>A call without the mouse: F6 opens the call form, Ctrl+Enter creates the case and offers its dispatch to the suggested department, Enter sends it (Ctrl+Shift+Enter does both at once). F2–F12 bring their pane forward with the keyboard in it; pressed again there, they hide it. Working a case: Alt+↓ / Alt+↑ move through the queue, Ctrl+Shift+R registers, Ctrl+Shift+D dispatches to the suggested department, Ctrl+Shift+V verifies and closes, Ctrl+Shift+A opens the other actions; Ctrl+Enter sends the chosen action wherever a case is selected. Alerts: Space or Ctrl+K acknowledges the selected one, F9 lists them. Alt+Q chooses what the queue shows: cases or volunteer requests (志愿服务).</source>
        <translation>不用鼠标接听来电：F6 打开来电登记，Ctrl+Enter 新建案件并预选建议部门的派遣，再按 Enter 即发送(Ctrl+Shift+Enter 一次完成)。F2–F12 将对应窗格置前并把键盘焦点移入；焦点已在其中时再按则隐藏。办理案件：Alt+↓ / Alt+↑ 在队列中移动，Ctrl+Shift+R 受理立案，Ctrl+Shift+D 派遣到建议部门，Ctrl+Shift+V 核查结案，Ctrl+Shift+A 打开其他操作；选中案件后，任何位置按 Ctrl+Enter 都会发送所选操作。提醒：空格或 Ctrl+K 确认所选提醒，F9 列出全部提醒。Alt+Q 切换队列显示的内容：案件或志愿服务。</translation>
    </message>
    <message>
        <location filename="../../console/shell/shortcuts.py" line="43" />
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../console/shell/shortcuts.py" line="43" />
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../console/map/panel.py" line="206" />
        <source>Patrols of the day</source>
        <translation>当日巡河</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="235" />
        <source>Intake: %1 cases</source>
        <translation>受理:%1 件</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="238" />
        <source>Area colour: dark few … bright %1 cases</source>
        <translation>区域颜色:深色少 … 亮色 %1 件</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="245" />
        <source>Top areas</source>
        <translation>受理最多的区域</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="249" />
        <source>Top categories</source>
        <translation>受理最多的类别</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="265" />
        <source>No cases in the period</source>
        <translation>该时段无案件</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="277" />
        <source>No patrol that day</source>
        <translation>当日无巡河记录</translation>
    </message>
</context>
<context>
    <name>SignedOutBanner</name>
    <message>
        <location filename="../../console/shell/reauth.py" line="66" />
        <source>Sign in again…</source>
        <translation>重新登录…</translation>
    </message>
</context>
<context>
    <name>SimilarCases</name>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="102" />
        <source>Si&amp;milar open cases</source>
        <translation>相似的未办结案件(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="115" />
        <source>Key</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="116" />
        <source>Likeness</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="117" />
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="118" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="119" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="120" />
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="121" />
        <source>How long ago</source>
        <translation>距今</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="133" />
        <source>Alt+M. Enter or Ctrl+1…9 attaches the call to that case instead of creating a new one</source>
        <translation>Alt+M。按 Enter 或 Ctrl+1…9 将来电关联到该案件，而不新建案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="138" />
        <source>Attach call to se&amp;lected case</source>
        <translation>关联到所选案件(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="142" />
        <source>Alt+L. Adds the caller and what they said to the case's history (Enter on the list, or Ctrl+1…9 from anywhere in the form)</source>
        <translation>Alt+L。把来电人和来电内容记入该案件的办理记录(在列表上按 Enter，或在表单任意处按 Ctrl+1…9)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="163" />
        <source>Pick a category and give the address to see similar cases.</source>
        <translation>选择问题类别并填写地址后，这里显示相似案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="186" />
        <source>%1 similar open case(s): attach the call if it is the same matter.</source>
        <translation>%1 件相似的未办结案件：如为同一事项，请关联来电。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="192" />
        <source>No similar open case nearby: create a new case.</source>
        <translation>附近没有相似的未办结案件：请新建案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="221" />
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="223" />
        <source>same street</source>
        <translation>同一街道</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="227" />
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="229" />
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
</context>
<context>
    <name>SimilarHints</name>
    <message>
        <location filename="../../console/panes/intake_hints.py" line="13" />
        <source>★ likely the same matter (preselected).</source>
        <translation>★ 很可能是同一件事（已预选）。</translation>
    </message>
</context>
<context>
    <name>SlaRules</name>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="39" />
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="40" />
        <source>yellow at %1 % of the limit</source>
        <translation>达到时限的 %1% 时黄色预警</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="56" />
        <source>Version %2 was published meanwhile, while you were editing version %4: publishing your edits would be refused. Reload version %2 to start from it.</source>
        <translation>您在编辑第 %4 版期间，第 %2 版已发布：现在发布您的修改会被拒绝。请重新读取第 %2 版后再修改。</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="64" />
        <source>Not published: %1 published version %2 (%3) while you were editing version %4. Your edits are still here; reload version %2 to start from it.</source>
        <translation>未发布：您在编辑第 %4 版期间，%1 已发布第 %2 版(%3)。您的修改仍保留在此；请重新读取第 %2 版后再修改。</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="70" />
        <source>another administrator</source>
        <translation>另一位管理员</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="35" />
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="36" />
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="37" />
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="38" />
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="39" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="40" />
        <source>Clock</source>
        <translation>计时方式</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="115" />
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="118" />
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="119" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="24" />
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="25" />
        <source>working hours</source>
        <translation>工作小时</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="26" />
        <source>hours (24/7)</source>
        <translation>小时(自然时)</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="29" />
        <source>Working time</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="30" />
        <source>Natural time (24/7)</source>
        <translation>自然时间(全天候)</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="33" />
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="34" />
        <source>Request for help</source>
        <translation>求助</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="35" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="36" />
        <source>Problem report</source>
        <translation>问题反映</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="37" />
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="145" />
        <location filename="../../console/admin/sla_rules_rows.py" line="189" />
        <source>The warn ratio must lie between 0 and 1.</source>
        <translation>预警比例必须大于 0 且小于 1。</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="152" />
        <source>The limit must be a whole number of minutes from 1 to 525,600 (%1 %2 is %3 minutes).</source>
        <translation>时限必须是 1 至 525,600 之间的整分钟数(%1 %2 为 %3 分钟)。</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="163" />
        <source>Rows %1 and %2 are rules for the same scope, urgency and step.</source>
        <translation>第 %1 行和第 %2 行的适用范围、紧急程度和环节相同。</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="174" />
        <source>%1, %2: there is no rule for all categories. Add one: it applies wherever no kind or category rule does.</source>
        <translation>%1、%2：缺少适用于全部类别的规则。请添加一条：没有类型或类别规则时按它计时。</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="186" />
        <source>The limit must be a whole number of minutes from 1 to 525,600.</source>
        <translation>时限必须是 1 至 525,600 之间的整分钟数。</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="190" />
        <source>Choose working time or natural time.</source>
        <translation>请选择工作时间或自然时间。</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="191" />
        <location filename="../../console/admin/sla_rules_rows.py" line="194" />
        <source>Choose one scope: all categories, a kind, or a category the server knows.</source>
        <translation>请选择一个适用范围：全部类别、某一类型或某一已有类别。</translation>
    </message>
</context>
<context>
    <name>SlaRulesEditor</name>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="69" />
        <source>&amp;Add rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="71" />
        <source>Ctrl+Insert: a copy of the chosen rule below it</source>
        <translation>Ctrl+Insert：在所选规则下方复制一条</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="72" />
        <source>&amp;Remove rule</source>
        <translation>删除规则(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="74" />
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="85" />
        <source>What changes and why (shown in the history)</source>
        <translation>改了什么、为什么(显示在版本历史中)</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="90" />
        <source>&amp;Warn ratio</source>
        <translation>预警比例(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="92" />
        <source>&amp;Note</source>
        <translation>说明(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="200" />
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="215" />
        <source>yellow at %1 % of the limit</source>
        <translation>达到时限的 %1% 时黄色预警</translation>
    </message>
</context>
<context>
    <name>SlaRulesScreen</name>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="39" />
        <location filename="../../console/admin/sla_rules_screen.py" line="261" />
        <source>SLA rules</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="51" />
        <source>Loading the SLA rules…</source>
        <translation>正在读取时限规则…</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="55" />
        <source>A published change applies to SLA steps started after it. Clocks already running keep the rule and warn ratio they started with; each case shows the rule version it runs on.</source>
        <translation>发布的修改只对发布之后开始计时的环节生效；已在计时的环节仍按开始时的规则和预警比例计算，每个案件都显示其适用的规则版本。</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="65" />
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="65" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="66" />
        <source>Discar&amp;d changes</source>
        <translation>放弃修改(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="70" />
        <source>&amp;View version</source>
        <translation>查看版本(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="71" />
        <source>Version &amp;history</source>
        <translation>版本历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="136" />
        <source>Loading the SLA rules</source>
        <translation>读取时限规则</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="148" />
        <source>Loading the SLA rule versions</source>
        <translation>读取时限规则版本</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="160" />
        <source>Not published: fix the %1 problems listed below the table first.</source>
        <translation>未发布：请先修正表格下方列出的 %1 个问题。</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="164" />
        <source>Nothing to publish: the rules are those of version %1.</source>
        <translation>无需发布：规则与第 %1 版相同。</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="168" />
        <source>Publish these rules as version %1? They apply to SLA steps started from now on; clocks already running keep the rule they started with.</source>
        <translation>将这些规则发布为第 %1 版？新规则只对今后开始计时的环节生效，已在计时的环节仍按原规则计算。</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="171" />
        <source>Publish SLA rules</source>
        <translation>发布时限规则</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="175" />
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="188" />
        <source>Publishing the SLA rules</source>
        <translation>发布时限规则</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="198" />
        <source>Loading SLA rule version %1</source>
        <translation>读取第 %1 版时限规则</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="209" />
        <source>In force: %1</source>
        <translation>现行：%1</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="212" />
        <source>The SLA rules could not be loaded: %1</source>
        <translation>无法读取时限规则：%1</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="220" />
        <source>Version %1 published. It applies to SLA steps started from now on; clocks already running keep their rule.</source>
        <translation>第 %1 版已发布。今后开始计时的环节按新规则计算，已在计时的环节不变。</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="235" />
        <source>Not published: the server found %1 problems, listed below the table.</source>
        <translation>未发布：服务器发现 %1 个问题，已列在表格下方。</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="238" />
        <source>Not published: %1 Your edits are still here.</source>
        <translation>未发布：%1 您的修改仍保留在此。</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="250" />
        <source>The rules of version %1 are in the editor: publish them to bring them back.</source>
        <translation>第 %1 版的规则已载入编辑区：发布后即恢复为这些规则。</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="261" />
        <source>Discard your changes and reload the rules in force?</source>
        <translation>放弃修改并重新读取现行规则？</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="268" />
        <source>Changed: not published yet</source>
        <translation>已修改，尚未发布</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="291" />
        <source>Re&amp;load version %1</source>
        <translation>重新读取第 %1 版(&amp;L)</translation>
    </message>
</context>
<context>
    <name>SlotView</name>
    <message>
        <location filename="../../console/video/slot_view.py" line="52" />
        <source>No camera</source>
        <translation>无摄像头</translation>
    </message>
    <message>
        <location filename="../../console/video/slot_view.py" line="53" />
        <source>Connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <location filename="../../console/video/slot_view.py" line="54" />
        <source>Playing</source>
        <translation>播放中</translation>
    </message>
    <message>
        <location filename="../../console/video/slot_view.py" line="55" />
        <source>Buffering</source>
        <translation>缓冲中</translation>
    </message>
    <message>
        <location filename="../../console/video/slot_view.py" line="56" />
        <location filename="../../console/video/slot_view.py" line="155" />
        <source>Signal lost</source>
        <translation>信号中断</translation>
    </message>
    <message>
        <location filename="../../console/video/slot_view.py" line="117" />
        <source>pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <location filename="../../console/video/slot_view.py" line="135" />
        <source>Empty slot: double-click a camera in the list</source>
        <translation>空闲画面：在左侧列表中双击摄像头</translation>
    </message>
    <message>
        <location filename="../../console/video/slot_view.py" line="161" />
        <source>Reconnecting in %1 s</source>
        <translation>%1 秒后重连</translation>
    </message>
    <message>
        <location filename="../../console/video/slot_view.py" line="163" />
        <source>Reconnecting…</source>
        <translation>重连中…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../console/shell/status.py" line="14" />
        <source>Loading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <location filename="../../console/shell/status.py" line="15" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../console/shell/status.py" line="16" />
        <source>Reconnecting…</source>
        <translation>重连中…</translation>
    </message>
    <message>
        <location filename="../../console/shell/status.py" line="17" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../console/shell/status.py" line="18" />
        <source>Reloading…</source>
        <translation>重新读取…</translation>
    </message>
    <message>
        <location filename="../../console/shell/status.py" line="19" />
        <source>Signed out</source>
        <translation>已登出</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../console/shell/status.py" line="41" />
        <source>Alerts to acknowledge: click for the list (F9)</source>
        <translation>待确认的提醒：点击查看列表(F9)</translation>
    </message>
    <message>
        <location filename="../../console/shell/status.py" line="61" />
        <source>⚠ Alerts %1</source>
        <translation>⚠ 提醒 %1</translation>
    </message>
    <message>
        <location filename="../../console/shell/status.py" line="76" />
        <source>Feed #%1</source>
        <translation>变更流 #%1</translation>
    </message>
    <message>
        <location filename="../../console/shell/status.py" line="78" />
        <source>Lag %1 s · feed #%2</source>
        <translation>延迟 %1 秒 · 变更流 #%2</translation>
    </message>
</context>
<context>
    <name>StreamPreview</name>
    <message>
        <location filename="../../console/admin/stream_preview.py" line="30" />
        <source>Stream test</source>
        <translation>视频流测试</translation>
    </message>
    <message>
        <location filename="../../console/admin/stream_preview.py" line="37" />
        <source>Test stream plays the URL here, as the video wall will, before you save it.</source>
        <translation>保存前，“测试视频流”在此按视频墙的方式播放该地址。</translation>
    </message>
    <message>
        <location filename="../../console/admin/stream_preview.py" line="43" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../console/admin/stream_preview.py" line="94" />
        <source>Connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <location filename="../../console/admin/stream_preview.py" line="97" />
        <source>The stream plays (%1 × %2).</source>
        <translation>视频流播放正常(%1 × %2)。</translation>
    </message>
    <message>
        <location filename="../../console/admin/stream_preview.py" line="101" />
        <source>The stream plays but stalls (buffering).</source>
        <translation>视频流能播放但卡顿(缓冲中)。</translation>
    </message>
    <message>
        <location filename="../../console/admin/stream_preview.py" line="103" />
        <source>No picture: %1. Trying again in %2 s.</source>
        <translation>无画面：%1。%2 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../console/admin/stream_preview.py" line="104" />
        <source>the stream could not be opened</source>
        <translation>无法打开视频流</translation>
    </message>
</context>
<context>
    <name>SupervisionBoard</name>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="34" />
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="35" />
        <source>Public notice</source>
        <translation>通报</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="38" />
        <location filename="../../console/panes/supervision_board_model.py" line="74" />
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="39" />
        <source>Park</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="44" />
        <source>Supervise</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="45" />
        <source>Request parking</source>
        <translation>申请挂账</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="46" />
        <source>Refuse parking</source>
        <translation>驳回挂账</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="48" />
        <source>Not dispatched</source>
        <translation>未派遣</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="49" />
        <source>No street</source>
        <translation>未定街道</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="50" />
        <source>Not yet overdue</source>
        <translation>未超时</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="51" />
        <source>Overdue %1d %2h</source>
        <translation>超时 %1天%2小时</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="52" />
        <source>Overdue %1h %2m</source>
        <translation>超时 %1小时%2分</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="53" />
        <source>Overdue %1m</source>
        <translation>超时 %1分钟</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="54" />
        <location filename="../../console/panes/supervision_board_model.py" line="63" />
        <source>Ladder</source>
        <translation>自动升级</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="55" />
        <source>Working time past the %1 step's deadline</source>
        <translation>超过%1环节期限的工作时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="57" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="58" />
        <location filename="../../console/panes/supervision_board_model.py" line="69" />
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="59" />
        <location filename="../../console/panes/supervision_board_model.py" line="70" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="60" />
        <location filename="../../console/panes/supervision_board_model.py" line="71" />
        <source>Holder</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="61" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="62" />
        <source>Overdue (work time)</source>
        <translation>超时（工作时间）</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="64" />
        <source>Last urge</source>
        <translation>最近催办</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="65" />
        <source>Issued by</source>
        <translation>发起人</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="68" />
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="72" />
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="73" />
        <source>Asked at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="75" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_parts.py" line="17" />
        <source>Urge</source>
        <translation>催办</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_parts.py" line="18" />
        <source>Supervise (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_parts.py" line="19" />
        <source>Approve request</source>
        <translation>批准申请</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_parts.py" line="20" />
        <source>Refuse request</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_parts.py" line="21" />
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_parts.py" line="22" />
        <source>To the city</source>
        <translation>上报市里</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_parts.py" line="23" />
        <source>Open bulletin</source>
        <translation>打开通报</translation>
    </message>
</context>
<context>
    <name>SupervisionBoardPane</name>
    <message>
        <location filename="../../console/panes/supervision_board.py" line="126" />
        <source>Loading the supervision board</source>
        <translation>加载督办台</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board.py" line="161" />
        <source>The board could not be read: %1</source>
        <translation>督办台无法读取：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board.py" line="212" />
        <source>The queue shows the open cases of %1.</source>
        <translation>队列已显示%1的未办结案件。</translation>
    </message>
</context>
<context>
    <name>SupervisionModel</name>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="50" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="51" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="52" />
        <source>Held by</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="53" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="54" />
        <source>Late (working)</source>
        <translation>超时(工作时)</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="55" />
        <source>Countdown</source>
        <translation>时限倒计时</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="106" />
        <source>Not dispatched</source>
        <translation>未派遣</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="114" />
        <source>paused</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>SupervisionView</name>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="144" />
        <source>Supervision list</source>
        <translation>督办清单</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="223" />
        <source>%1 open items</source>
        <translation>在办督办 %1 项</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="225" />
        <source>, %1 more not shown</source>
        <translation>，另有 %1 项未显示</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="226" />
        <source>No open supervision items</source>
        <translation>暂无在办督办事项</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="227" />
        <source>Supervision list: %1</source>
        <translation>督办清单：%1 项</translation>
    </message>
</context>
<context>
    <name>TeamList</name>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="57" />
        <source>same street</source>
        <translation>同街道</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="59" />
        <source>has the skill</source>
        <translation>具备技能</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="60" />
        <source>%1 in hand</source>
        <translation>在手 %1 件</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="62" />
        <source>declined it</source>
        <translation>曾拒单</translation>
    </message>
</context>
<context>
    <name>TeamPicker</name>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="84" />
        <source>Offer to a team</source>
        <translation>派单给服务队</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="89" />
        <source>Request %1: %2 in %3. Teams best first (same street, the skill, fewer in hand).</source>
        <translation>服务单 %1：%3 的%2。服务队按推荐排序（同街道、具备技能、在手任务少）。</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="100" />
        <source>Offer</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="109" />
        <source>No active team: ask the administrator.</source>
        <translation>没有在用的服务队：请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_ties.py" line="183" />
        <source>(choose a team)</source>
        <translation>(请选择服务队)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_ties.py" line="187" />
        <source> — led by %1</source>
        <translation> — 现任队长 %1</translation>
    </message>
</context>
<context>
    <name>TilesChart</name>
    <message>
        <location filename="../../console/charts/tiles.py" line="107" />
        <source>Economic indicators</source>
        <translation>经济指标</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="129" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="142" />
        <source>No indicator data for this period yet.</source>
        <translation>本期尚无指标数据。</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="151" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="152" />
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="153" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="154" />
        <source>Value</source>
        <translation>总量</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="155" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="156" />
        <source>Growth %</source>
        <translation>同比增长 %</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="157" />
        <source>Target %</source>
        <translation>目标增速 %</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="158" />
        <source>Rank by value</source>
        <translation>总量排名</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="159" />
        <source>Rank by growth</source>
        <translation>增速排名</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="160" />
        <source>Tier</source>
        <translation>位次</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="161" />
        <source>Color</source>
        <translation>颜色</translation>
    </message>
</context>
<context>
    <name>TotalsView</name>
    <message>
        <location filename="../../console/wall/view_totals.py" line="89" />
        <source>Open cases by SLA color</source>
        <translation>在办案件三色预警</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_totals.py" line="92" />
        <location filename="../../console/wall/view_totals.py" line="124" />
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_totals.py" line="93" />
        <location filename="../../console/wall/view_totals.py" line="125" />
        <source>Due soon</source>
        <translation>将超时</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_totals.py" line="94" />
        <location filename="../../console/wall/view_totals.py" line="126" />
        <source>On time</source>
        <translation>未超时</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_totals.py" line="130" />
        <source>last 24 hours</source>
        <translation>近24小时</translation>
    </message>
</context>
<context>
    <name>TrackView</name>
    <message>
        <location filename="../../console/patrols/track_view.py" line="92" />
        <source>No track recorded</source>
        <translation>未记录轨迹</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../console/charts/trend.py" line="27" />
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="38" />
        <location filename="../../console/charts/trend.py" line="162" />
        <source>Value</source>
        <translation>总量</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="38" />
        <source>Growth</source>
        <translation>增速</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="101" />
        <source>Other areas</source>
        <translation>其他县市区</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="131" />
        <source>No trend data yet.</source>
        <translation>尚无趋势数据。</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="145" />
        <source>%1: %2 %3, growth %4</source>
        <translation>%1：%2 %3，同比 %4</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="160" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="161" />
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="163" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="164" />
        <source>Growth %</source>
        <translation>同比增长 %</translation>
    </message>
</context>
<context>
    <name>UserErrors</name>
    <message>
        <location filename="../../console/admin/users_errors.py" line="13" />
        <source>Not saved: you cannot disable your own account or take away your own role.</source>
        <translation>未保存：不能停用自己的账号，也不能取消自己的管理员角色。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_errors.py" line="16" />
        <source>Not saved: %1 is the last active administrator. Make another user an administrator first.</source>
        <translation>未保存：%1 是最后一位在用的管理员。请先将另一位用户设为管理员。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_errors.py" line="20" />
        <source>Not created: the username %1 is in use. Choose another one.</source>
        <translation>未创建：用户名 %1 已被使用，请换一个。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_errors.py" line="23" />
        <source>Not saved: correct the marked fields. %1</source>
        <translation>未保存：请修正标出的项目。%1</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_errors.py" line="24" />
        <source>Only an administrator may manage users.</source>
        <translation>只有管理员可以管理用户。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_errors.py" line="25" />
        <source>Your session has expired: sign in again. What you typed is still here.</source>
        <translation>登录已失效：请重新登录。已填写的内容仍保留。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_errors.py" line="28" />
        <source>No answer from the server: the change may not have been made. Reload the list to check before trying again.</source>
        <translation>服务器无应答：修改可能未生效。请先刷新列表确认，再重试。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_errors.py" line="33" />
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../console/admin/users_form.py" line="35" />
        <source>A username is 2–40 letters, digits, _ . or -, and not in use.</source>
        <translation>用户名为 2–40 个字母、数字或 _ . -，且未被使用。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="38" />
        <source>Give the name shown to colleagues.</source>
        <translation>请填写同事看到的姓名。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="39" />
        <source>Choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="40" />
        <source>Choose the department: required for, and only for, department staff.</source>
        <translation>请选择部门：仅部门人员需要，且必须填写。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="43" />
        <source>Tick the river segments this river chief patrols (one at least).</source>
        <translation>请勾选该河长巡查的河段(至少一段)。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="46" />
        <source>Choose the grid this grid member reports from (its street first).</source>
        <translation>请选择该网格员所在的网格(先选街道)。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="49" />
        <source>Choose the volunteer team this account leads (its lead until now is replaced).</source>
        <translation>请选择该账号带领的志愿服务队(原队长账号将被替换)。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="52" />
        <source>A password is 8–128 characters.</source>
        <translation>密码为 8–128 个字符。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="55" />
        <source>River chief</source>
        <translation>河长</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="56" />
        <source>Grid member</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="57" />
        <source>Volunteer team lead</source>
        <translation>志愿服务队队长</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="64" />
        <source>Department staff</source>
        <translation>部门人员</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="100" />
        <source>The user changes it at the first sign-in</source>
        <translation>用户首次登录时须修改</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="106" />
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="107" />
        <source>Display na&amp;me</source>
        <translation>姓名(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="108" />
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="109" />
        <source>Depar&amp;tment</source>
        <translation>部门(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="110" />
        <source>Ri&amp;ver segments</source>
        <translation>河段(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="112" />
        <source>Volunteer te&amp;am</source>
        <translation>志愿服务队(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="111" />
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="113" />
        <source>Initial pass&amp;word</source>
        <translation>初始密码(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="144" />
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="173" />
        <source>New user</source>
        <translation>新用户</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="187" />
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
</context>
<context>
    <name>UsersList</name>
    <message>
        <location filename="../../console/admin/users_list.py" line="35" />
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="36" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="37" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="38" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="39" />
        <source>Tied to</source>
        <translation>责任范围</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="40" />
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="41" />
        <source>Must change password</source>
        <translation>须改密码</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="42" />
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="59" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="59" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../console/admin/users_screen.py" line="35" />
        <location filename="../../console/admin/users_screen.py" line="217" />
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="52" />
        <source>Find a user (Ctrl+L): username, name</source>
        <translation>查找用户(Ctrl+L)：用户名、姓名</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="54" />
        <source>&amp;New user</source>
        <translation>新建用户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="54" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="55" />
        <source>Re&amp;load</source>
        <translation>刷新(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="55" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="58" />
        <location filename="../../console/admin/users_screen.py" line="338" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="58" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="59" />
        <location filename="../../console/admin/users_screen.py" line="337" />
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="59" />
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="61" />
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="61" />
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="80" />
        <source>A new user, and one whose password was reset, must choose a password of their own at the next sign-in. Disabling a user, or changing their role or department, ends their sessions at once.</source>
        <translation>新用户和被重置密码的用户下次登录时必须设置自己的密码。停用用户或更改其角色、部门后，其已登录的会话立即失效。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="143" />
        <source>Loading users</source>
        <translation>读取用户</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="152" />
        <source>Loading river segments and volunteer teams</source>
        <translation>读取河段和志愿服务队</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="181" />
        <source>Not saved: correct the marked fields.</source>
        <translation>未保存：请修正标出的项目。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="189" />
        <source>Creating user %1</source>
        <translation>创建用户 %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="190" />
        <source>User %1 created: they choose their own password at the first sign-in.</source>
        <translation>用户 %1 已创建：首次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="194" />
        <source>Nothing has changed.</source>
        <translation>没有修改。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="198" />
        <location filename="../../console/admin/users_screen.py" line="225" />
        <source>Saving user %1</source>
        <translation>保存用户 %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="199" />
        <source>User %1 saved.</source>
        <translation>用户 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="201" />
        <source>User %1 saved: their sessions have ended.</source>
        <translation>用户 %1 已保存：其会话已失效。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="212" />
        <source>Disable %1? They cannot sign in any more, and the sessions they have open end at once.</source>
        <translation>停用 %1？停用后不能再登录，其已登录的会话立即失效。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="216" />
        <source>Enable %1 again? They can sign in with their password.</source>
        <translation>重新启用 %1？启用后可用原密码登录。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="220" />
        <source>User %1 enabled.</source>
        <translation>用户 %1 已启用。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="222" />
        <source>User %1 disabled: their sessions have ended.</source>
        <translation>用户 %1 已停用：其会话已失效。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="253" />
        <source>The river segments and volunteer teams could not be loaded: %1</source>
        <translation>无法读取河段和志愿服务队：%1</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="286" />
        <source>The users could not be loaded: %1</source>
        <translation>无法读取用户：%1</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="310" />
        <source>Password of %1 reset: they must change it at the next sign-in.</source>
        <translation>%1 的密码已重置：下次登录时须修改。</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="320" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="335" />
        <source>&amp;Enable…</source>
        <translation>启用(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="338" />
        <source>&amp;Create user</source>
        <translation>创建用户(&amp;C)</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="147" />
        <source>SLA rules — version %1 (read-only)</source>
        <translation>时限规则 — 第 %1 版(只读)</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="148" />
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="164" />
        <source>&amp;Start from this version</source>
        <translation>以此版本为基础(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="168" />
        <source>Copies these rules and this ratio into the editor, to publish them again as a new version.</source>
        <translation>把这一版的规则和预警比例复制到编辑区，可作为新版本重新发布。</translation>
    </message>
</context>
<context>
    <name>VersionList</name>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="88" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="89" />
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="90" />
        <source>By</source>
        <translation>发布人</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="91" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="92" />
        <source>Rules</source>
        <translation>规则数</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="93" />
        <source>Yellow at</source>
        <translation>黄色预警</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="100" />
        <source>Enter or double-click: view this version</source>
        <translation>回车或双击：查看此版本</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="110" />
        <source>%1 (current)</source>
        <translation>%1(现行)</translation>
    </message>
</context>
<context>
    <name>VideoPane</name>
    <message>
        <location filename="../../console/video/pane.py" line="57" />
        <source>%1 slots</source>
        <translation>%1 画面</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="63" />
        <source>Show nearest</source>
        <translation>显示附近摄像头</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="64" />
        <source>Fill the wall with the cameras near the case</source>
        <translation>用案件附近的摄像头填满画面墙</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="66" />
        <source>Pin city relay</source>
        <translation>固定市中心转播</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="68" />
        <source>Keep the city relay in the chosen slot</source>
        <translation>把市中心转播固定在所选画面，其他画面切换时不变</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="69" />
        <source>Snapshot to case</source>
        <translation>截图存证</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="71" />
        <source>Attach the chosen slot's picture to the selected case as evidence</source>
        <translation>把所选画面的当前图像作为证据附到所选案件</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="73" />
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="74" />
        <source>Show the chosen slot full screen (Esc returns)</source>
        <translation>全屏显示所选画面(按 Esc 返回)</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="75" />
        <location filename="../../console/video/pane.py" line="331" />
        <source>Sound off</source>
        <translation>已静音</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="133" />
        <source>The only slot holds the pinned relay: unpin it first.</source>
        <translation>唯一的画面固定为市中心转播：请先取消固定。</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="152" />
        <source>Select a case first: the snapshot is attached to it.</source>
        <translation>请先选择案件：截图将附到该案件。</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="156" />
        <source>The chosen slot shows no live picture to keep.</source>
        <translation>所选画面没有可保存的实时图像。</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="160" />
        <source>Attaching the snapshot to %1…</source>
        <translation>正在把截图附到 %1…</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="167" />
        <source>Snapshot “%1” attached to %2.</source>
        <translation>截图“%1”已附到 %2。</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="236" />
        <source>Snapshot not attached: %1</source>
        <translation>截图未能附上：%1</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="173" />
        <source>Attaching a snapshot</source>
        <translation>上传截图</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="220" />
        <source>Loading cameras</source>
        <translation>加载摄像头列表</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="230" />
        <source>The server cannot take the snapshot now. It is kept on this computer and attached to %1 when the connection is back.</source>
        <translation>服务器暂时无法接收截图。截图已保存在本机，恢复连接后自动附到 %1。</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="247" />
        <source>Sending kept snapshots</source>
        <translation>补传本机保存的截图</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="255" />
        <source>Kept snapshots refused by the server: %1</source>
        <translation>本机保存的截图被服务器拒收：%1</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="261" />
        <source>Kept snapshots attached: %1.</source>
        <translation>本机保存的截图已补传：%1 张。</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="283" />
        <source>Cameras not loaded: %1</source>
        <translation>摄像头列表未能加载：%1</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="299" />
        <source>Finding cameras near the case</source>
        <translation>查找案件附近的摄像头</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="321" />
        <source>The server has no city relay to pin.</source>
        <translation>服务器没有可固定的市中心转播。</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="331" />
        <source>Sound on</source>
        <translation>声音开</translation>
    </message>
</context>
<context>
    <name>VideoSlot</name>
    <message>
        <location filename="../../console/video/slot.py" line="125" />
        <source>earlier connections are still closing</source>
        <translation>之前的连接尚未关闭</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../../console/wall/view_video.py" line="27" />
        <source>City relay</source>
        <translation>市中心转播</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_video.py" line="30" />
        <location filename="../../console/wall/view_video.py" line="52" />
        <source>No city relay on this server</source>
        <translation>服务器上没有市中心转播</translation>
    </message>
</context>
<context>
    <name>VolunteerDispatchPage</name>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="48" />
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="212" />
        <source>No volunteer request selected</source>
        <translation>未选择志愿服务单</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="56" />
        <source>Teams, best first (same street, the skill, fewer in hand)</source>
        <translation>服务队按推荐排序（同街道、具备技能、在手任务少）</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="64" />
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="267" />
        <source>Enter on the team list; Ctrl+Enter</source>
        <translation>在服务队列表上按回车；或 Ctrl+回车</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="83" />
        <source>↑↓ choose a team · Enter: offer it</source>
        <translation>↑↓ 选择服务队 · 回车：派单</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="136" />
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="213" />
        <source>Choose a volunteer request in the queue.</source>
        <translation>请在队列中选择一个志愿服务单。</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="138" />
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="180" />
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="140" />
        <source>Not to be offered now: it is %1.</source>
        <translation>现在不能派单：该服务单为“%1”。</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="144" />
        <source>Choose the team in the list.</source>
        <translation>请在列表中选择服务队。</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="192" />
        <source>Done: %1 (#%2).</source>
        <translation>已办理：%1（#%2）。</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="217" />
        <source>Volunteer request #%1 %2</source>
        <translation>志愿服务单 #%1 %2</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="224" />
        <source>Deadline:</source>
        <translation>时限：</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="253" />
        <source>Teams not loaded: %1</source>
        <translation>未能读取服务队：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="264" />
        <source>Offer to %1</source>
        <translation>派单给%1</translation>
    </message>
</context>
<context>
    <name>VolunteerPane</name>
    <message>
        <location filename="../../console/volunteers/pane.py" line="120" />
        <source>New request…</source>
        <translation>点单…</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="122" />
        <source>Take down a resident's request (点单)</source>
        <translation>登记居民的服务需求（点单）</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="123" />
        <source>Open only</source>
        <translation>只看在办</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="125" />
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/columns.py" line="16" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/columns.py" line="17" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/columns.py" line="18" />
        <source>Service</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/columns.py" line="19" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/columns.py" line="20" />
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/columns.py" line="21" />
        <source>Team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/columns.py" line="22" />
        <source>Time left</source>
        <translation>剩余时限</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/columns.py" line="23" />
        <source>Made</source>
        <translation>点单时间</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="168" />
        <source>Trail:</source>
        <translation>办理记录：</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="181" />
        <source>Requests</source>
        <translation>服务单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="182" />
        <source>Figures</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="90" />
        <source>Requests not loaded: %1</source>
        <translation>未能读取服务单：%1</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="208" />
        <source>Figures not loaded: %1</source>
        <translation>未能读取统计：%1</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="210" />
        <source>Loading volunteer figures</source>
        <translation>读取志愿服务统计</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="254" />
        <source>%1 open, %2 overdue</source>
        <translation>在办 %1 件，超时 %2 件</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="296" />
        <source>Choose a request in the list.</source>
        <translation>请在列表中选择一个服务单。</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/asking.py" line="32" />
        <source>Where: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/asking.py" line="37" />
        <source>Resident: %1</source>
        <translation>居民：%1</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/asking.py" line="40" />
        <source>Team: %1</source>
        <translation>服务队：%1</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/asking.py" line="44" />
        <source>Done: %1 h. %2</source>
        <translation>已完成：%1 小时。%2</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/asking.py" line="50" />
        <source>Rated %1/5: %2</source>
        <translation>评价 %1/5：%2</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="310" />
        <source>Asking the server for the best teams…</source>
        <translation>正在向服务器获取推荐服务队…</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="316" />
        <source>Teams not loaded: %1</source>
        <translation>未能读取服务队：%1</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="318" />
        <source>Suggesting volunteer teams</source>
        <translation>推荐服务队</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/asking.py" line="66" />
        <source>Why is the offer withdrawn? The request goes back to waiting for a team.</source>
        <translation>为何撤回派单？服务单将回到待派单。</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/asking.py" line="70" />
        <source>Why is the request cancelled (the resident no longer needs it, …)?</source>
        <translation>为何取消服务（居民已不需要等）？</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="347" />
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="357" />
        <source>Done: %1 (#%2).</source>
        <translation>已办理：%1（#%2）。</translation>
    </message>
</context>
<context>
    <name>VolunteerQueueView</name>
    <message>
        <location filename="../../console/panes/volunteer_queue.py" line="138" />
        <source>Enter: offer it to a team in the dispatch pane (F3)</source>
        <translation>回车：在派遣窗格中派单给服务队（F3）</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue.py" line="240" />
        <source>Volunteer service: %1 open, %2 overdue</source>
        <translation>志愿服务：在办 %1 件，超时 %2 件</translation>
    </message>
</context>
<context>
    <name>Volunteers</name>
    <message>
        <location filename="../../console/volunteers/texts.py" line="18" />
        <source>Waiting for a team</source>
        <translation>待派单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="19" />
        <source>Offered</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="20" />
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="21" />
        <source>Done, to rate</source>
        <translation>已完成待评</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="22" />
        <source>Rated</source>
        <translation>已评单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="23" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="26" />
        <source>Offer to a team</source>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="27" />
        <source>Withdraw the offer</source>
        <translation>撤回派单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="28" />
        <source>Accept the request</source>
        <translation>接单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="29" />
        <source>Decline</source>
        <translation>拒单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="30" />
        <source>Report done</source>
        <translation>完成反馈</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="31" />
        <source>Rate</source>
        <translation>评单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="32" />
        <source>Cancel</source>
        <translation>取消服务</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="33" />
        <source>Requested</source>
        <translation>点单</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="36" />
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="37" />
        <source>Console</source>
        <translation>值班台</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="38" />
        <source>Open311</source>
        <translation>Open311</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="40" />
        <source>The server cannot be reached: nothing was sent. Act again once the connection is back.</source>
        <translation>无法连接服务器：未发送任何内容。连接恢复后请重新操作。</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="44" />
        <source>Your session has expired: sign in again, then act again.</source>
        <translation>登录已失效：请重新登录后再操作。</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="100" />
        <source>Not done: the request was changed meanwhile (%1). Nothing was overwritten; it now shows as it is (%2). Review it and act again.</source>
        <translation>未执行：该服务单已被他人改动（%1）。未覆盖任何内容；现显示其最新状态（%2）。请核对后重新操作。</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="109" />
        <source>by someone</source>
        <translation>他人</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="114" />
        <source>Not possible while the request is %1. Possible now: %2.</source>
        <translation>服务单处于“%1”时不能这样做。现在可以：%2。</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="120" />
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="124" />
        <source>The request no longer exists, or you may not see it.</source>
        <translation>该服务单已不存在，或您无权查看。</translation>
    </message>
</context>
<context>
    <name>WallLauncher</name>
    <message>
        <location filename="../../console/wall/launcher.py" line="103" />
        <source>Starting the local command-center server…</source>
        <translation>正在启动本地指挥中心服务器…</translation>
    </message>
    <message>
        <location filename="../../console/wall/launcher.py" line="132" />
        <source>The local server could not start: %1 — trying again</source>
        <translation>本地服务器无法启动：%1 — 稍后自动重试</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <location filename="../../console/wall/window.py" line="100" />
        <source>Chongchuan Governance Command Center — Wall</source>
        <translation>崇川区区域治理现代化指挥中心 — 大屏</translation>
    </message>
    <message>
        <location filename="../../console/wall/window.py" line="108" />
        <source>Chongchuan Governance Command Center</source>
        <translation>崇川区区域治理现代化指挥中心</translation>
    </message>
    <message>
        <location filename="../../console/wall/window.py" line="281" />
        <source>Connection lost — reconnecting</source>
        <translation>连接中断 — 正在重连</translation>
    </message>
    <message>
        <location filename="../../console/wall/window.py" line="284" />
        <source>Sign-in refused (%1) — trying again</source>
        <translation>登录被拒绝(%1) — 稍后自动重试</translation>
    </message>
    <message>
        <location filename="../../console/wall/window.py" line="287" />
        <source>Connecting to the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
    <message>
        <location filename="../../console/wall/window.py" line="297" />
        <source>data %1</source>
        <translation>数据 %1</translation>
    </message>
    <message>
        <location filename="../../console/wall/window.py" line="311" />
        <source>Not available: %1</source>
        <translation>暂无数据：%1</translation>
    </message>
</context>
</TS>