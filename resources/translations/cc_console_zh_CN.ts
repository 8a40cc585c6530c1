<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../console/actions.py" line="16" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="17" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="18" />
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="19" />
        <source>&amp;Panes</source>
        <translation>窗格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="20" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="44" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="45" />
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="46" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="49" />
        <source>Overdue only</source>
        <translation>只看超时</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="58" />
        <source>Due soon only</source>
        <translation>只看将超时</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="63" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="66" />
        <source>Mute sound</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="73" />
        <source>Reset layout</source>
        <translation>恢复默认布局</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="74" />
        <source>Next case</source>
        <translation>下一件</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="75" />
        <source>Previous case</source>
        <translation>上一件</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="76" />
        <source>Open case detail</source>
        <translation>打开案件详情</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="79" />
        <source>Register</source>
        <translation>受理立案</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="89" />
        <source>Dispatch…</source>
        <translation>派遣…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="98" />
        <source>Verify and close</source>
        <translation>核查结案</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="107" />
        <source>Urge…</source>
        <translation>督办…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="116" />
        <source>Approve extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="124" />
        <source>Sign for case</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="133" />
        <source>Report result…</source>
        <translation>反馈结果…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="141" />
        <source>Comment…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="147" />
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>CaseCommands</name>
    <message>
        <location filename="../../console/panes/case_commands.py" line="58" />
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../console/panes/case_commands.py" line="89" />
        <source>Department:</source>
        <translation>承办部门：</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="27" />
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="28" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="29" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="30" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="31" />
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="32" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="33" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="34" />
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="35" />
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="36" />
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="37" />
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="38" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="39" />
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="40" />
        <source>Suggested department</source>
        <translation>建议承办部门</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="41" />
        <source>SLA step</source>
        <translation>时限环节</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="42" />
        <source>Warning at</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="43" />
        <source>Due at</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="44" />
        <source>Clock paused</source>
        <translation>计时暂停</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="45" />
        <source>Escalation level</source>
        <translation>督办级别</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="46" />
        <source>Returns</source>
        <translation>退回次数</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="47" />
        <source>Extension asked (min)</source>
        <translation>申请延期(分钟)</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="48" />
        <source>Last callback</source>
        <translation>最近回访</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="49" />
        <source>Created</source>
        <translation>立案时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="50" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="51" />
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="52" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="53" />
        <source>Id</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="78" />
        <location filename="../../console/panes/detail_pane.py" line="192" />
        <source>No case selected</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="109" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="110" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="111" />
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="112" />
        <source>From → to</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="113" />
        <source>Note</source>
        <translation>意见/备注</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="121" />
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="122" />
        <source>History</source>
        <translation>处置过程</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="181" />
        <source>Loading case %1</source>
        <translation>读取案件 %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="238" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="238" />
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../console/models/columns.py" line="35" />
        <source>paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="55" />
        <source>Time left</source>
        <translation>剩余时限</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="56" />
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="59" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="66" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="72" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="76" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="83" />
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="90" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="97" />
        <source>Age</source>
        <translation>已历时</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="104" />
        <source>Esc.</source>
        <translation>督办</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../console/models/labels.py" line="23" />
        <source>Reported</source>
        <translation>待受理</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="24" />
        <source>Registered</source>
        <translation>已立案</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="25" />
        <source>Dispatched</source>
        <translation>已派遣</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="26" />
        <source>In progress</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="27" />
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="28" />
        <source>To verify</source>
        <translation>待核查</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="29" />
        <source>Parked</source>
        <translation>挂账</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="30" />
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="31" />
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="32" />
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="36" />
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="37" />
        <source>Grid report</source>
        <translation>网格上报</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="38" />
        <source>River patrol</source>
        <translation>河长巡河</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="39" />
        <source>Video alert</source>
        <translation>视频告警</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="40" />
        <source>City assignment</source>
        <translation>上级交办</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="41" />
        <source>Open311</source>
        <translation>Open311</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="44" />
        <source>Duty officer</source>
        <translation>值班员</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="45" />
        <source>Supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="46" />
        <source>Trainer</source>
        <translation>培训员</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="47" />
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="48" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="52" />
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="53" />
        <source>Due soon</source>
        <translation>将超时</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="54" />
        <source>On time</source>
        <translation>未超时</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="57" />
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="58" />
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="59" />
        <source>Emergency</source>
        <translation>特急</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="62" />
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="63" />
        <location filename="../../console/models/labels.py" line="73" />
        <source>Dispatch</source>
        <translation>派遣</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="64" />
        <source>Sign</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="65" />
        <source>Handle</source>
        <translation>处置</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="66" />
        <source>Verify</source>
        <translation>核查</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="69" />
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="70" />
        <source>Register</source>
        <translation>受理立案</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="71" />
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="72" />
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="74" />
        <source>Sign for</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="75" />
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="76" />
        <source>Report result</source>
        <translation>反馈结果</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="77" />
        <source>Park</source>
        <translation>挂账</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="78" />
        <source>Unpark</source>
        <translation>解除挂账</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="79" />
        <source>Verify and close</source>
        <translation>核查结案</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="80" />
        <source>Verify failed (rework)</source>
        <translation>核查不通过(返工)</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="81" />
        <source>Reopen</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="82" />
        <source>Urge</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="83" />
        <source>Request extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="84" />
        <source>Approve extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="85" />
        <source>Reject extension</source>
        <translation>驳回延期</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="86" />
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="87" />
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="88" />
        <source>Escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="89" />
        <source>SLA warning</source>
        <translation>时限预警</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="90" />
        <source>SLA overdue</source>
        <translation>时限超时</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="91" />
        <source>Color change</source>
        <translation>预警变色</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="92" />
        <source>Auto reminder</source>
        <translation>自动催办</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="93" />
        <source>Auto supervision</source>
        <translation>自动督办</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="94" />
        <source>Public notice</source>
        <translation>列入通报</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="149" />
        <source>%1d %2</source>
        <translation>%1天 %2</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="162" />
        <source>%1d %2h</source>
        <translation>%1天%2时</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="165" />
        <source>%1h %2m</source>
        <translation>%1时%2分</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="167" />
        <source>%1m</source>
        <translation>%1分</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../console/panes/launcher.py" line="43" />
        <source>Starting the local command-center server…</source>
        <translation>正在启动本地指挥中心服务器…</translation>
    </message>
    <message>
        <location filename="../../console/panes/launcher.py" line="46" />
        <location filename="../../console/panes/launcher.py" line="73" />
        <source>Duty Console</source>
        <translation>值班台</translation>
    </message>
    <message>
        <location filename="../../console/panes/launcher.py" line="71" />
        <source>The local server could not start:
%1</source>
        <translation>本地服务器无法启动：
%1</translation>
    </message>
</context>
<context>
    <name>LiveQueue</name>
    <message>
        <location filename="../../console/panes/live.py" line="76" />
        <source>Loading cases</source>
        <translation>读取案件</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../console/panes/login_dialog.py" line="37" />
        <source>Sign in — Duty Console</source>
        <translation>登录 — 值班台</translation>
    </message>
    <message>
        <location filename="../../console/panes/login_dialog.py" line="41" />
        <source>Chongchuan Governance Command Center</source>
        <translation>崇川区区域治理现代化指挥中心</translation>
    </message>
    <message>
        <location filename="../../console/panes/login_dialog.py" line="55" />
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../console/panes/login_dialog.py" line="56" />
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../console/panes/login_dialog.py" line="57" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../console/panes/login_dialog.py" line="60" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../console/panes/login_dialog.py" line="77" />
        <source>Enter your username and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../console/panes/login_dialog.py" line="97" />
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/panes/main_window.py" line="70" />
        <source>Chongchuan Governance Command Center — Duty Console</source>
        <translation>崇川区区域治理现代化指挥中心 — 值班台</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="71" />
        <location filename="../../console/panes/main_window.py" line="233" />
        <source>【DRILL】</source>
        <translation>【演练】</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="90" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="117" />
        <source>Loading reference data</source>
        <translation>读取基础数据</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="197" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="198" />
        <source>Duty console of the Chongchuan district governance command center.</source>
        <translation>崇川区区域治理现代化指挥中心值班台。数据多跑路、群众少跑腿。</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="216" />
        <source>Connection to the server lost; reconnecting. The queue shows the last snapshot (%1) and catches up when the server is back.</source>
        <translation>与服务器的连接已中断，正在重连。队列显示的是 %1 的最后快照，恢复连接后自动补齐。</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="224" />
        <source>Your session has expired: restart the console and sign in again.</source>
        <translation>登录已失效：请重新启动值班台并登录。</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="227" />
        <source>Reloading all cases…</source>
        <translation>正在重新读取全部案件…</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="235" />
        <source>New overdue case: %1 %2</source>
        <translation>新的超时案件：%1 %2</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="248" />
        <source>The local server has stopped (exit code %1). Log: %2</source>
        <translation>本地服务器已停止(退出码 %1)。日志：%2</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <location filename="../../console/panes/catalog.py" line="13" />
        <source>Case detail</source>
        <translation>案件详情</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="55" />
        <source>【DRILL】</source>
        <translation>【演练】</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="75" />
        <source>Case queue</source>
        <translation>案件队列</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="102" />
        <source>Search ref, title, address, reporter…</source>
        <translation>搜索编号、标题、地址、反映人…</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="103" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="104" />
        <source>Open cases</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="108" />
        <source>All colors</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="111" />
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="114" />
        <source>All streets</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="115" />
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="274" />
        <source>%1 shown of %2</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../console/panes/status.py" line="12" />
        <source>Loading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <location filename="../../console/panes/status.py" line="13" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../console/panes/status.py" line="14" />
        <source>Reconnecting…</source>
        <translation>重连中…</translation>
    </message>
    <message>
        <location filename="../../console/panes/status.py" line="15" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../console/panes/status.py" line="16" />
        <source>Reloading…</source>
        <translation>重新读取…</translation>
    </message>
    <message>
        <location filename="../../console/panes/status.py" line="17" />
        <source>Signed out</source>
        <translation>已登出</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../console/panes/status.py" line="60" />
        <source>Feed #%1</source>
        <translation>变更流 #%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/status.py" line="62" />
        <source>Lag %1 s · feed #%2</source>
        <translation>延迟 %1 秒 · 变更流 #%2</translation>
    </message>
</context>
</TS>