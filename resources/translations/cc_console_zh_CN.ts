<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionSync</name>
    <message>
        <location filename="../../console/panes/action_sync.py" line="95" />
        <source>Opening the outbox</source>
        <translation>打开待发送队列</translation>
    </message>
    <message>
        <location filename="../../console/panes/action_sync.py" line="101" />
        <source>Closing the outbox</source>
        <translation>关闭待发送队列</translation>
    </message>
    <message>
        <location filename="../../console/panes/action_sync.py" line="110" />
        <source>Saving</source>
        <translation>保存操作</translation>
    </message>
    <message>
        <location filename="../../console/panes/action_sync.py" line="122" />
        <source>Sending pending actions</source>
        <translation>发送待同步的操作</translation>
    </message>
    <message>
        <location filename="../../console/panes/action_sync.py" line="131" />
        <source>Acknowledging</source>
        <translation>确认问题</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../console/actions.py" line="17" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="18" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="19" />
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="20" />
        <source>&amp;Panes</source>
        <translation>窗格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="21" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="47" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="48" />
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="49" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="52" />
        <source>Overdue only</source>
        <translation>只看超时</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="61" />
        <source>Due soon only</source>
        <translation>只看将超时</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="66" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="69" />
        <source>Mute sound</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="76" />
        <source>Reset layout</source>
        <translation>恢复默认布局</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="77" />
        <source>Next case</source>
        <translation>下一件</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="78" />
        <source>Previous case</source>
        <translation>上一件</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="79" />
        <source>Open case detail</source>
        <translation>打开案件详情</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="82" />
        <source>Register</source>
        <translation>受理立案</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="92" />
        <source>Dispatch to the suggested department</source>
        <translation>派遣到建议部门</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="101" />
        <source>Dispatch to another department…</source>
        <translation>派遣到其他部门…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="110" />
        <source>Verify and close</source>
        <translation>核查结案</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="119" />
        <source>Urge…</source>
        <translation>督办…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="129" />
        <source>Approve extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="137" />
        <source>Sign for case</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="146" />
        <source>Report result…</source>
        <translation>反馈结果…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="155" />
        <source>Comment…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="164" />
        <source>Other action…</source>
        <translation>其他操作…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="171" />
        <source>Send the chosen action</source>
        <translation>发送所选操作</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="179" />
        <source>Dispatch selected cases…</source>
        <translation>批量派遣所选案件…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="187" />
        <source>Urge selected cases…</source>
        <translation>批量督办所选案件…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="191" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="192" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="86" />
        <source>Import indicator data…</source>
        <translation>导入经济指标数据…</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="92" />
        <source>Loading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="95" />
        <location filename="../../console/panes/attachment_strip.py" line="150" />
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="150" />
        <source>Not loaded</source>
        <translation>未能加载</translation>
    </message>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="172" />
        <source>Loading the photo</source>
        <translation>加载照片</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../console/panes/bulk.py" line="49" />
        <source>%1 %2 cases</source>
        <translation>%1 %2 件案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/bulk.py" line="51" />
        <source>%1 cases selected; %2 will get “%3”.</source>
        <translation>已选 %1 件，其中 %2 件将执行“%3”。</translation>
    </message>
    <message>
        <location filename="../../console/panes/bulk.py" line="55" />
        <source>%1 cannot in their present state and are left out.</source>
        <translation>另有 %1 件当前状态不能执行，不会发送。</translation>
    </message>
    <message>
        <location filename="../../console/panes/bulk.py" line="71" />
        <source>(category rule for %1 of them)</source>
        <translation>(其中 %1 件按类别规则应派此部门)</translation>
    </message>
    <message>
        <location filename="../../console/panes/bulk.py" line="77" />
        <source>Note sent with every case (optional)</source>
        <translation>随每件案件发送的说明(选填)</translation>
    </message>
    <message>
        <location filename="../../console/panes/bulk.py" line="86" />
        <source>Dispatch all of them to:</source>
        <translation>全部派遣到：</translation>
    </message>
</context>
<context>
    <name>CallIntakePane</name>
    <message>
        <location filename="../../console/panes/call_intake.py" line="51" />
        <source>12345 call intake</source>
        <translation>12345来电受理</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="54" />
        <source>【DRILL】</source>
        <translation>【演练】</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="138" />
        <source>Creating the case…</source>
        <translation>正在新建案件…</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="145" />
        <source>Attaching the call to %1…</source>
        <translation>正在将来电关联到 %1…</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="154" />
        <source>12345 call about the same matter.</source>
        <translation>12345来电反映同一事项。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="156" />
        <source>Caller: %1</source>
        <translation>来电人：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="157" />
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="158" />
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="159" />
        <source>Said: %1</source>
        <translation>来电内容：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="173" />
        <location filename="../../console/panes/call_intake.py" line="305" />
        <location filename="../../console/panes/call_intake.py" line="306" />
        <source>Write latitude, longitude, e.g. 32.04, 120.87</source>
        <translation>请按“纬度, 经度”填写，如 32.04, 120.87</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="176" />
        <source>Too long: at most %1 characters</source>
        <translation>过长：最多 %1 个字</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="181" />
        <source>Write what the caller said before attaching</source>
        <translation>关联前请先填写来电内容</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="184" />
        <source>Pick a category from the list</source>
        <translation>请从列表中选择问题类别</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="186" />
        <source>Give the case a title</source>
        <translation>请填写案件标题</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="192" />
        <source>Nothing was sent: correct the marked fields.</source>
        <translation>尚未提交：请更正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="203" />
        <source>Pick a category to see similar open cases.</source>
        <translation>选择问题类别后显示相似的未办结案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="209" />
        <source>Give an address with its street (or choose the street) to see similar open cases.</source>
        <translation>填写含街道名的地址(或选择街道)后显示相似的未办结案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="220" />
        <source>Looking for similar open cases…</source>
        <translation>正在查找相似的未办结案件…</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="232" />
        <source>Similar cases could not be looked up: %1</source>
        <translation>无法查找相似案件：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="240" />
        <source>Case %1 created: %2. Ready for the next call.</source>
        <translation>已新建案件 %1：%2。可受理下一个来电。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="242" />
        <source>Last created: %1</source>
        <translation>上一件：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="249" />
        <source>Adding the call to case %1; no new case was created.</source>
        <translation>正在将来电关联到案件 %1，未新建案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="252" />
        <source>Offline: the call is saved and will be added to case %1 when the connection returns; no new case was created.</source>
        <translation>离线：来电已保存，连接恢复后将关联到案件 %1，未新建案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="258" />
        <source>Call attached to case %1 (%2); no new case was created.</source>
        <translation>来电已关联到案件 %1(%2)，未新建案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="271" />
        <source>The server refused the case: correct the marked fields.</source>
        <translation>服务器未接受该案件：请更正标红的字段。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="277" />
        <source>The call could not be added to case %1: %2 Its note is kept under Action results (F4).</source>
        <translation>来电未能关联到案件 %1：%2 记录已保留在“操作结果”(F4)中。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="285" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="285" />
        <source>Enter on the case</source>
        <translation>在该案件上按 Enter</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="286" />
        <source>Not saved: %1 What you typed is kept; press %2 to try again.</source>
        <translation>未保存：%1 已填写的内容都已保留，按 %2 重试。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="292" />
        <source>the server cannot be reached or is failing.</source>
        <translation>无法连接服务器或服务器出错。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="294" />
        <source>your session has expired; sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="296" />
        <source>your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="302" />
        <source>Unknown category: pick one from the list</source>
        <translation>类别无效：请从列表中选择</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="303" />
        <source>Unknown street: choose one from the list</source>
        <translation>街道无效：请从列表中选择</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="304" />
        <source>Give a title of at most 200 characters</source>
        <translation>请填写标题(最多200字)</translation>
    </message>
</context>
<context>
    <name>CameraTree</name>
    <message>
        <location filename="../../console/video/cameras.py" line="86" />
        <source>Near %1</source>
        <translation>%1 附近</translation>
    </message>
    <message>
        <location filename="../../console/video/cameras.py" line="93" />
        <source>City center relay</source>
        <translation>市中心转播</translation>
    </message>
    <message>
        <location filename="../../console/video/cameras.py" line="101" />
        <source>%1 street</source>
        <translation>%1街道</translation>
    </message>
    <message>
        <location filename="../../console/video/cameras.py" line="101" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../console/video/cameras.py" line="130" />
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../console/video/cameras.py" line="132" />
        <source>maintenance</source>
        <translation>维护中</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="28" />
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="29" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="30" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="31" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="32" />
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="33" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="34" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="35" />
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="36" />
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="37" />
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="38" />
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="39" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="40" />
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="41" />
        <source>Suggested department</source>
        <translation>建议承办部门</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="42" />
        <source>SLA step</source>
        <translation>时限环节</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="43" />
        <source>Warning at</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="44" />
        <source>Due at</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="45" />
        <source>Clock paused</source>
        <translation>计时暂停</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="46" />
        <source>Escalation level</source>
        <translation>督办级别</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="47" />
        <source>Returns</source>
        <translation>退回次数</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="48" />
        <source>Extension asked (min)</source>
        <translation>申请延期(分钟)</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="49" />
        <source>Last callback</source>
        <translation>最近回访</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="50" />
        <source>Created</source>
        <translation>立案时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="51" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="52" />
        <source>Closed</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="53" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="54" />
        <source>Id</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="79" />
        <location filename="../../console/panes/detail_pane.py" line="185" />
        <source>No case selected</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="110" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="110" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="110" />
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="110" />
        <source>From → to</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="117" />
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="118" />
        <source>History</source>
        <translation>处置过程</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="174" />
        <source>Loading case %1</source>
        <translation>读取案件 %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="222" />
        <location filename="../../console/panes/detail_pane.py" line="228" />
        <source>To %1.</source>
        <translation>至 %1。</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="224" />
        <source>Merged into %1.</source>
        <translation>已并入 %1。</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="233" />
        <source>Extension of %1 h.</source>
        <translation>延期 %1 小时。</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="248" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="248" />
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
        <location filename="../../console/charts/frame.py" line="127" />
        <source>Saving the chart picture</source>
        <translation>保存图表图片</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="137" />
        <source>Saving the chart data</source>
        <translation>保存图表数据</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="142" />
        <source>Save chart picture</source>
        <translation>保存图表图片</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="142" />
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="149" />
        <source>Save chart data</source>
        <translation>保存图表数据</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="149" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../console/charts/fmt.py" line="10" />
        <source>Advantage</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="11" />
        <source>Middle</source>
        <translation>中游</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="12" />
        <source>Lagging</source>
        <translation>落后</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="15" />
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="16" />
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="17" />
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="52" />
        <source>No. %1</source>
        <translation>第%1名</translation>
    </message>
</context>
<context>
    <name>ChartsData</name>
    <message>
        <location filename="../../console/charts/data.py" line="112" />
        <source>Loading chart data</source>
        <translation>加载图表数据</translation>
    </message>
</context>
<context>
    <name>ChartsPane</name>
    <message>
        <location filename="../../console/charts/pane.py" line="51" />
        <source>Indicators</source>
        <translation>经济指标</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="55" />
        <source>Cases today</source>
        <translation>今日案件</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="56" />
        <source>Departments and streets</source>
        <translation>部门与街道督考</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="61" />
        <source>River patrols</source>
        <translation>河长巡河</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="82" />
        <source>Import indicators…</source>
        <translation>导入指标…</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="163" />
        <source>Not available: %1</source>
        <translation>暂无数据：%1</translation>
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
    <name>Countdown</name>
    <message>
        <location filename="../../widgets/countdown.py" line="67" />
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/countdown.py" line="69" />
        <source>%1 overdue</source>
        <translation>已超时 %1</translation>
    </message>
</context>
<context>
    <name>DepartmentPicker</name>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="67" />
        <source>Returns of this case</source>
        <translation>本案退回记录</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="103" />
        <source>Category rule</source>
        <translation>按类别规则</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="124" />
        <source>Suggested: %1</source>
        <translation>建议依据：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="126" />
        <source>returned this case %1×</source>
        <translation>曾退回本案 %1 次</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="155" />
        <source>Returns of this case: %1</source>
        <translation>本案退回记录：%1 次</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="157" />
        <source>Returns of this case: none</source>
        <translation>本案退回记录：无</translation>
    </message>
</context>
<context>
    <name>DispatchForm</name>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="37" />
        <source>Reason (required)</source>
        <translation>理由(必填)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="38" />
        <source>Comment (required)</source>
        <translation>备注内容(必填)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="39" />
        <source>Urging note</source>
        <translation>督办意见</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="40" />
        <source>How it was handled</source>
        <translation>处置情况</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="41" />
        <source>Callback record</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="42" />
        <source>Note (optional)</source>
        <translation>说明(选填)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="45" />
        <source>Select a case in the queue.</source>
        <translation>请在案件队列中选择案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="46" />
        <source>Choose what to do.</source>
        <translation>请选择要执行的操作。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="47" />
        <source>Choose the department to dispatch to.</source>
        <translation>请选择承办部门。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="48" />
        <source>Choose the case to merge into, in the list of likely duplicates.</source>
        <translation>请在疑似重复列表中选择要并入的案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="51" />
        <source>Choose the callback result.</source>
        <translation>请选择回访结果。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="52" />
        <source>Choose whom to escalate to.</source>
        <translation>请选择上报对象。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="53" />
        <source>Write the comment.</source>
        <translation>请填写备注内容。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="54" />
        <source>Give the reason: %1 needs one.</source>
        <translation>请填写理由：%1必须说明原因。</translation>
    </message>
</context>
<context>
    <name>DispatchPane</name>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="103" />
        <source>Saved; waiting for the server before this can be done again.</source>
        <translation>已保存，待服务器处理后才能再次执行此操作。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="118" />
        <source>Saved; sending…</source>
        <translation>已保存，正在发送…</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="120" />
        <source>Saved while offline: it is sent when the connection is back.</source>
        <translation>已离线保存：恢复连接后自动发送。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="149" />
        <source>⏳ %1 action(s) on this case wait to be synchronized</source>
        <translation>⏳ 本案有 %1 项操作待同步</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="167" />
        <source>Category rule (routing suggestions could not be read)</source>
        <translation>按类别规则(未能读取派遣建议)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="169" />
        <source>Category rule; reading the routing suggestions…</source>
        <translation>按类别规则；正在读取派遣建议…</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="223" />
        <source>Deadline: loading…</source>
        <translation>时限：读取中…</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="271" />
        <source>Deadline preview unavailable: %1</source>
        <translation>无法预览时限：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="276" />
        <source>Routing suggestions unavailable; the category rule is shown.</source>
        <translation>暂时无法读取派遣建议，下面按类别规则建议。</translation>
    </message>
</context>
<context>
    <name>DispatchView</name>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="40" />
        <location filename="../../console/panes/dispatch_view.py" line="212" />
        <source>No case selected</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="59" />
        <source>Likely duplicates (500 m, 72 h)</source>
        <translation>疑似重复(500米、72小时内)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="61" />
        <source>Actions allowed now</source>
        <translation>当前可执行的操作</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="62" />
        <source>↑↓ choose · Enter: to the form
Ctrl+Enter: send</source>
        <translation>↑↓ 选择 · Enter 填写
Ctrl+Enter 发送</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="92" />
        <source> h (clock hours of the step)</source>
        <translation> 小时(按本环节计时)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="95" />
        <location filename="../../console/panes/dispatch_view.py" line="100" />
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="111" />
        <source>Ctrl+Enter with the keyboard in this pane</source>
        <translation>键盘在本窗格内时按 Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="129" />
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="130" />
        <source>Merge into</source>
        <translation>并入</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="131" />
        <source>Extension</source>
        <translation>延期时长</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="132" />
        <source>Callback result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="133" />
        <source>Escalate to</source>
        <translation>上报至</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="224" />
        <source>at %1</source>
        <translation>承办：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="226" />
        <source>returned %1×</source>
        <translation>已退回 %1 次</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="232" />
        <source>Choose a case in the list of likely duplicates →</source>
        <translation>请在右侧疑似重复列表中选择要并入的案件 →</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="235" />
        <source>Merge this case into %1 %2. Both histories are kept; this case closes as merged.</source>
        <translation>将本案并入 %1 %2。双方处置记录都保留，本案以“已合并”办结。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="244" />
        <source>Likely duplicates (500 m, 72 h): %1</source>
        <translation>疑似重复(500米、72小时内)：%1 件</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="250" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="268" />
        <source>Just now: %1. The pane shows the case as it is now.</source>
        <translation>刚刚：%1。已显示案件最新状态。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="275" />
        <source>Done: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="284" />
        <source>After this the clock is paused.</source>
        <translation>执行后计时暂停。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="286" />
        <source>After this no clock runs.</source>
        <translation>执行后不再计时。</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="290" />
        <source>If approved: %1 step, limit %2; due</source>
        <translation>批准后：%1环节，时限%2，到期</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="292" />
        <source>Clock unchanged: %1 step, limit %2; due</source>
        <translation>时限不变：%1环节，时限%2，到期</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="294" />
        <source>After this: %1 step, limit %2; due</source>
        <translation>执行后：%1环节，时限%2，到期</translation>
    </message>
</context>
<context>
    <name>DuplicateList</name>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="208" />
        <source>Match</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="208" />
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="208" />
        <source>Apart</source>
        <translation>相隔</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="208" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="224" />
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="226" />
        <source>same street</source>
        <translation>同一街道</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="227" />
        <source>%1 h</source>
        <translation>%1小时</translation>
    </message>
</context>
<context>
    <name>FullScreenHost</name>
    <message>
        <location filename="../../console/video/grid.py" line="30" />
        <source>Video — full screen (Esc to return)</source>
        <translation>视频 — 全屏(按 Esc 返回)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="30" />
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="31" />
        <source>area</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="32" />
        <source>indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="33" />
        <source>value</source>
        <translation>本期累计</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="34" />
        <source>growth</source>
        <translation>同比增长</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="35" />
        <source>target</source>
        <translation>目标增速</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="52" />
        <source>Import indicator data</source>
        <translation>导入经济指标数据</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="58" />
        <source>CSV saved from the statistics bureau's sheet</source>
        <translation>统计局报表另存的 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="59" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="61" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="71" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="71" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="71" />
        <source>What to fix</source>
        <translation>需要改正</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="78" />
        <source>Columns: period, area, indicator, value, growth, target (Chinese or English names). Nothing is stored unless every line is right.</source>
        <translation>列：期间、地区、指标、本期累计、同比增长、目标增速（中文或英文列名均可）。只有每一行都正确才会保存。</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="101" />
        <source>Choose a CSV file first.</source>
        <translation>请先选择 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="106" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="112" />
        <source>Importing indicator data</source>
        <translation>导入经济指标数据</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="122" />
        <source>Indicator CSV</source>
        <translation>指标 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="122" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="130" />
        <source>Imported %1 rows (%2 replaced) for %3.</source>
        <translation>已导入 %1 行（其中替换 %2 行），期间：%3。</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="141" />
        <source>Cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="145" />
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="147" />
        <source>Fix the %1 lines below and import again.</source>
        <translation>请改正下列 %1 处错误后重新导入。</translation>
    </message>
</context>
<context>
    <name>IndicatorTile</name>
    <message>
        <location filename="../../console/charts/tiles.py" line="68" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="73" />
        <source>%1, %2: %3 %4
Growth %5 (target %6)
Rank by value %7, by growth %8, %9</source>
        <translation>%1，%2：%3 %4
同比增长 %5（目标 %6）
总量排名 %7，增速排名 %8，%9</translation>
    </message>
</context>
<context>
    <name>IntakeChart</name>
    <message>
        <location filename="../../console/charts/intake.py" line="35" />
        <source>Cases reported per hour</source>
        <translation>每小时受理量</translation>
    </message>
    <message>
        <location filename="../../console/charts/intake.py" line="111" />
        <source>Cases reported per hour today: %1</source>
        <translation>今日每小时受理量（共 %1 件）</translation>
    </message>
    <message>
        <location filename="../../console/charts/intake.py" line="131" />
        <source>%1–%2: %3 cases</source>
        <translation>%1–%2：%3 件</translation>
    </message>
    <message>
        <location filename="../../console/charts/intake.py" line="143" />
        <source>Hour from</source>
        <translation>时段起</translation>
    </message>
    <message>
        <location filename="../../console/charts/intake.py" line="144" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="39" />
        <source>Caller's name</source>
        <translation>来电人姓名</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="40" />
        <source>e.g. 138 1234 5678</source>
        <translation>如 138 1234 5678</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="43" />
        <source>Type part of a name or code, e.g. 噪声</source>
        <translation>输入类别名称或代码的一部分，如“噪声”</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="46" />
        <source>Street, community, building, landmark</source>
        <translation>街道、社区、楼幢、地标</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="50" />
        <source>lat, lon — optional</source>
        <translation>纬度, 经度(可不填)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="55" />
        <source>What the caller reports, in their words</source>
        <translation>来电人反映的情况(尽量用其原话)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="57" />
        <source>Filled in from category, street and description</source>
        <translation>按类别、街道和来电内容自动生成</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="58" />
        <source>Cl&amp;ear form</source>
        <translation>清空(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="60" />
        <source>C&amp;reate case</source>
        <translation>新建案件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="90" />
        <source>Caller &amp;name</source>
        <translation>来电人(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="91" />
        <source>Ph&amp;one</source>
        <translation>联系电话(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="92" />
        <source>Cate&amp;gory</source>
        <translation>问题类别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="93" />
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="94" />
        <source>&amp;Street</source>
        <translation>街道(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="95" />
        <source>Coordina&amp;tes</source>
        <translation>坐标(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="96" />
        <source>&amp;Urgency</source>
        <translation>紧急程度(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="97" />
        <source>&amp;Description</source>
        <translation>来电内容(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="98" />
        <source>T&amp;itle</source>
        <translation>标题(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="115" />
        <source>Alt+N. Leave empty if the caller stays anonymous.</source>
        <translation>Alt+N。来电人匿名时可不填。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="116" />
        <source>Alt+O. Digits, +, - and spaces.</source>
        <translation>Alt+O。只能填数字、+、- 和空格。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="120" />
        <source>Alt+G. Type part of the name, the code or the department; ↓ lists all, Enter picks. The department it goes to is shown on the right.</source>
        <translation>Alt+G。输入名称、代码或部门的一部分；↓ 列出全部，Enter 选定。右侧显示承办部门。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="124" />
        <source>Alt+A. The street is recognised from the address.</source>
        <translation>Alt+A。根据地址自动识别街道。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="125" />
        <source>Alt+S. Choose a street to override the one recognised.</source>
        <translation>Alt+S。自动识别有误时在此选择街道。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="126" />
        <source>Alt+T. Latitude, longitude, when the caller shares it.</source>
        <translation>Alt+T。来电人提供位置时填写纬度、经度。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="127" />
        <source>Alt+U, then ← → to choose. Emergency runs a 24/7 clock.</source>
        <translation>Alt+U，再用 ← → 选择。特急案件按自然时间全天计时。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="128" />
        <source>Alt+D. Tab leaves; Ctrl+Enter creates the case.</source>
        <translation>Alt+D。Tab 离开；Ctrl+Enter 新建案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="129" />
        <source>Alt+I. Filled in for you until you edit it.</source>
        <translation>Alt+I。自动生成，手动修改后不再覆盖。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="130" />
        <source>Alt+E. Empties the form for the next call.</source>
        <translation>Alt+E。清空表单，受理下一个来电。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="131" />
        <source>Ctrl+Enter or Alt+R. Creates the case.</source>
        <translation>Ctrl+Enter 或 Alt+R：新建案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="262" />
        <source>Write latitude, longitude, e.g. 32.04, 120.87</source>
        <translation>请按“纬度, 经度”填写，如 32.04, 120.87</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="274" />
        <source>Only digits, +, - and spaces, e.g. 0513-8512 3456</source>
        <translation>只能填数字、+、- 和空格，如 0513-8512 3456</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="275" />
        <source>Too long for a phone number</source>
        <translation>电话号码过长</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="276" />
        <source>Too short for a phone number</source>
        <translation>电话号码过短</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="290" />
        <source>From the address: %1</source>
        <translation>按地址识别：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="292" />
        <source>From the address: not recognised — choose one</source>
        <translation>未能从地址识别街道，请选择</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="308" />
        <source>%1 (%2): %3</source>
        <translation>【%2】%1：%3</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="311" />
        <source>%1 (%2)</source>
        <translation>【%2】%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="313" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>IntakeWork</name>
    <message>
        <location filename="../../console/panes/call_intake_work.py" line="78" />
        <source>Looking for similar cases</source>
        <translation>查找相似案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_work.py" line="105" />
        <source>Creating the case</source>
        <translation>新建案件</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="41" />
        <source>Case KPIs today</source>
        <translation>今日案件督考</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="47" />
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="48" />
        <source>By street</source>
        <translation>按街道</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="92" />
        <source>On-time closure</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="93" />
        <source>Rework</source>
        <translation>返工率</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="94" />
        <source>Overdue open (click)</source>
        <translation>超期未办结（可点击）</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="132" />
        <source>Case KPIs today: on-time closure %1, rework %2, overdue open %3</source>
        <translation>今日督考：按期办结 %1，返工 %2，超期未办结 %3 件</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="137" />
        <source>No cases today yet.</source>
        <translation>今日尚无案件。</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="149" />
        <source>on time %1 · rework %2</source>
        <translation>按期 %1 · 返工 %2</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="163" />
        <source>%1
On-time closure %2 · rework %3
Intake %4 cases · closure %5</source>
        <translation>%1
按期办结率 %2 · 返工率 %3
受理 %4 件 · 办结率 %5</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="178" />
        <source>%1: %2 open cases overdue
Click to show them in the queue</source>
        <translation>%1：%2 件超期未办结
点击在案件队列中查看</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="204" />
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="204" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="205" />
        <source>Intake</source>
        <translation>受理量</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="206" />
        <source>On-time closure %</source>
        <translation>按期办结率 %</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="207" />
        <source>Rework %</source>
        <translation>返工率 %</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="208" />
        <source>Closure %</source>
        <translation>办结率 %</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="209" />
        <source>Overdue open</source>
        <translation>超期未办结</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="210" />
        <source>Score</source>
        <translation>得分</translation>
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
        <location filename="../../console/models/labels.py" line="98" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="99" />
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="100" />
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="104" />
        <source>The shift supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="105" />
        <source>The city command center</source>
        <translation>市指挥中心</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="168" />
        <source>%1 working days</source>
        <translation>%1个工作日</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="170" />
        <source>%1 working hours</source>
        <translation>%1工作小时</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="173" />
        <source>%1 days</source>
        <translation>%1天</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="174" />
        <source>%1 hours</source>
        <translation>%1小时</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="186" />
        <source>%1d %2</source>
        <translation>%1天 %2</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="199" />
        <source>%1d %2h</source>
        <translation>%1天%2时</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="202" />
        <source>%1h %2m</source>
        <translation>%1时%2分</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="204" />
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
        <location filename="../../console/panes/main_window.py" line="83" />
        <source>Chongchuan Governance Command Center — Duty Console</source>
        <translation>崇川区区域治理现代化指挥中心 — 值班台</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="84" />
        <location filename="../../console/panes/main_window.py" line="281" />
        <source>【DRILL】</source>
        <translation>【演练】</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="105" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="131" />
        <source>Loading reference data</source>
        <translation>读取基础数据</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="204" />
        <source>Outbox</source>
        <translation>待发送队列</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="237" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="238" />
        <source>Duty console of the Chongchuan district governance command center.</source>
        <translation>崇川区区域治理现代化指挥中心值班台。数据多跑路、群众少跑腿。</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="264" />
        <source>Connection to the server lost; reconnecting. The queue shows the last snapshot (%1) and catches up when the server is back.</source>
        <translation>与服务器的连接已中断，正在重连。队列显示的是 %1 的最后快照，恢复连接后自动补齐。</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="272" />
        <source>Your session has expired: restart the console and sign in again.</source>
        <translation>登录已失效：请重新启动值班台并登录。</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="275" />
        <source>Reloading all cases…</source>
        <translation>正在重新读取全部案件…</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="283" />
        <source>New overdue case: %1 %2</source>
        <translation>新的超时案件：%1 %2</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="296" />
        <source>The local server has stopped (exit code %1). Log: %2</source>
        <translation>本地服务器已停止(退出码 %1)。日志：%2</translation>
    </message>
</context>
<context>
    <name>OverdueChart</name>
    <message>
        <location filename="../../console/charts/overdue.py" line="22" />
        <source>Overdue open cases today</source>
        <translation>今日超期未办结案件</translation>
    </message>
    <message>
        <location filename="../../console/charts/overdue.py" line="41" />
        <source>No figures for today yet.</source>
        <translation>今日尚无数据。</translation>
    </message>
    <message>
        <location filename="../../console/charts/overdue.py" line="51" />
        <source>Overdue open cases today: now %1, peak %2</source>
        <translation>今日超期未办结：当前 %1 件，峰值 %2 件</translation>
    </message>
    <message>
        <location filename="../../console/charts/overdue.py" line="64" />
        <source>%1: %2 open cases overdue</source>
        <translation>%1：%2 件超期未办结</translation>
    </message>
    <message>
        <location filename="../../console/charts/overdue.py" line="70" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/charts/overdue.py" line="70" />
        <source>Overdue open</source>
        <translation>超期未办结</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <location filename="../../console/panes/catalog.py" line="19" />
        <source>Case detail</source>
        <translation>案件详情</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="29" />
        <source>Dispatch</source>
        <translation>派遣处置</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="40" />
        <source>Action results</source>
        <translation>操作结果</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="51" />
        <source>New call</source>
        <translation>来电登记</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="63" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="74" />
        <source>Video</source>
        <translation>视频监控</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="184" />
        <source>Loading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="207" />
        <source>The photo could not be loaded: %1</source>
        <translation>照片未能加载：%1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../console/panes/problem_text.py" line="23" />
        <source>This case is not dispatched to your department.</source>
        <translation>此案件未派遣给你的部门。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="24" />
        <source>In this state only the shift supervisor may do this.</source>
        <translation>此状态下只有值班长可以执行此操作。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="27" />
        <source>Your role may not do this.</source>
        <translation>你的角色无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="28" />
        <source>The case no longer exists, or you may not see it.</source>
        <translation>案件不存在，或你无权查看。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="35" />
        <source>An extension is already awaiting approval.</source>
        <translation>已有延期申请在等待审批。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="39" />
        <source>No extension is awaiting approval: it was approved or rejected meanwhile.</source>
        <translation>没有待审批的延期申请：它已被批准或驳回。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="45" />
        <source>A closed case is reopened only after an unsatisfied callback.</source>
        <translation>已结案件只有在回访不满意后才能重新办理。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="49" />
        <source>A case cannot be merged into itself.</source>
        <translation>案件不能并入自身。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="52" />
        <source>The chosen case is closed, voided or merged already and cannot take a merge.</source>
        <translation>所选案件已结案、作废或合并，不能再并入其他案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="61" />
        <source>A reason is required: say why in the note.</source>
        <translation>必须说明理由：请在说明中填写原因。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="62" />
        <source>Choose a department that handles cases.</source>
        <translation>请选择一个承办案件的部门。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="63" />
        <source>Choose the case to merge into.</source>
        <translation>请选择要并入的案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="64" />
        <source>Give the length of the extension.</source>
        <translation>请填写延期时长。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="65" />
        <source>Choose the callback result.</source>
        <translation>请选择回访结果。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="66" />
        <source>Choose whom to escalate to.</source>
        <translation>请选择上报对象。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="98" />
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="101" />
        <source>Not possible while the case is %1. Possible now: %2.</source>
        <translation>案件当前为“%1”，不能执行此操作。现在可以：%2。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="111" />
        <source>The server refused the request: %1</source>
        <translation>服务器拒绝了请求：%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="119" />
        <source>Your session has expired: sign in again. The action is kept and sent afterwards.</source>
        <translation>登录已失效：请重新登录。操作已保存，登录后发送。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="126" />
        <source>The server cannot be reached. The action is kept and sent when the connection is back.</source>
        <translation>无法连接服务器。操作已保存，恢复连接后自动发送。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="138" />
        <source>someone else</source>
        <translation>他人更改</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="146" />
        <source>%1 at %2: %3</source>
        <translation>%1 于 %2 %3</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="154" />
        <source>Not done: the case was changed meanwhile by %1. Nothing was overwritten; the case now shows as it is (%2). Review it and act again.</source>
        <translation>未执行：案件已被 %1。未覆盖任何内容，已刷新为最新状态(%2)，请核对后再操作。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="167" />
        <source>Applied.</source>
        <translation>已生效。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="169" />
        <source>Saved; waiting to be sent.</source>
        <translation>已保存，等待发送。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="172" />
        <source>Not sent: an earlier action on this case did not go through, and this one depended on it.</source>
        <translation>未发送：本案的前一项操作未成功，此操作依赖于它。</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="189" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="190" />
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="191" />
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../console/panes/problem_text.py" line="192" />
        <source>Waiting to sync</source>
        <translation>待同步</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="56" />
        <source>【DRILL】</source>
        <translation>【演练】</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="76" />
        <source>Case queue</source>
        <translation>案件队列</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="103" />
        <source>Search ref, title, address, reporter…</source>
        <translation>搜索编号、标题、地址、反映人…</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="104" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="105" />
        <source>Open cases</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="109" />
        <source>All colors</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="112" />
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="115" />
        <source>All streets</source>
        <translation>全部街道</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="116" />
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="323" />
        <source>%1 shown of %2</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <location filename="../../console/charts/ranking.py" line="32" />
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="98" />
        <source>Ranking (%1)</source>
        <translation>排名（%1）</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="99" />
        <source>No data for this period.</source>
        <translation>本期无数据。</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="123" />
        <source>%1 (%2)
Value %3 %4, %5
Growth %6, %7, %8</source>
        <translation>%1（%2）
总量 %3 %4，%5
同比 %6，增速%7，%8</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="136" />
        <source>Rank by value</source>
        <translation>总量排名</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="137" />
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="138" />
        <source>Value</source>
        <translation>总量</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="139" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="140" />
        <source>Growth %</source>
        <translation>同比增长 %</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="141" />
        <source>Rank by growth</source>
        <translation>增速排名</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="142" />
        <source>Tier</source>
        <translation>位次</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="143" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <location filename="../../console/panes/results_pane.py" line="64" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="64" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="64" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="64" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="73" />
        <source>Acknowledge selected</source>
        <translation>确认所选</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="75" />
        <source>Acknowledge all</source>
        <translation>全部确认</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="77" />
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="128" />
        <source> (seen)</source>
        <translation>(已确认)</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="228" />
        <source>Waiting %1 · done %2 · conflicts %3 · refused %4 · to acknowledge %5</source>
        <translation>待同步 %1 · 完成 %2 · 冲突 %3 · 被拒绝 %4 · 待确认 %5</translation>
    </message>
</context>
<context>
    <name>RiverChart</name>
    <message>
        <location filename="../../console/charts/river.py" line="29" />
        <source>River patrols</source>
        <translation>河长巡河</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="35" />
        <source>All rivers</source>
        <translation>全部河道</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="51" />
        <location filename="../../console/charts/river.py" line="122" />
        <source>Patrols</source>
        <translation>巡河次数</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="52" />
        <location filename="../../console/charts/river.py" line="124" />
        <source>Problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="53" />
        <location filename="../../console/charts/river.py" line="125" />
        <source>Problems resolved</source>
        <translation>解决问题</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="94" />
        <source>Patrols in %1 weeks: %2 (%3 km)</source>
        <translation>近%1周巡河%2次(%3公里)</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="99" />
        <source>No patrols recorded.</source>
        <translation>尚无巡河记录。</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="108" />
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
        <location filename="../../console/charts/river.py" line="120" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="121" />
        <source>Week from</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="123" />
        <source>Km</source>
        <translation>公里</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="126" />
        <source>Debris t</source>
        <translation>漂浮物(吨)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../console/panes/shortcuts.py" line="25" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../console/panes/shortcuts.py" line="28" />
        <source>Working a case without the mouse: Alt+↓ / Alt+↑ move through the queue, Ctrl+Shift+R registers, Ctrl+Shift+D dispatches to the suggested department, Ctrl+Shift+V verifies and closes. Ctrl+Shift+A opens the other actions; in the dispatch pane Ctrl+Enter sends.</source>
        <translation>不用鼠标办理案件：Alt+↓ / Alt+↑ 在队列中移动，Ctrl+Shift+R 受理立案，Ctrl+Shift+D 派遣到建议部门，Ctrl+Shift+V 核查结案。Ctrl+Shift+A 选择其他操作；在派遣窗格中 Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <location filename="../../console/panes/shortcuts.py" line="38" />
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../console/panes/shortcuts.py" line="38" />
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>SimilarCases</name>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="88" />
        <source>Si&amp;milar open cases</source>
        <translation>相似的未办结案件(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="101" />
        <source>Key</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="102" />
        <source>Likeness</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="103" />
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="104" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="105" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="106" />
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="107" />
        <source>How long ago</source>
        <translation>距今</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="119" />
        <source>Alt+M. Enter or Ctrl+1…9 attaches the call to that case instead of creating a new one</source>
        <translation>Alt+M。按 Enter 或 Ctrl+1…9 将来电关联到该案件，而不新建案件</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="124" />
        <source>Attach call to se&amp;lected case</source>
        <translation>关联到所选案件(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="128" />
        <source>Alt+L. Adds the caller and what they said to the case's history (Enter on the list, or Ctrl+1…9 from anywhere in the form)</source>
        <translation>Alt+L。把来电人和来电内容记入该案件的办理记录(在列表上按 Enter，或在表单任意处按 Ctrl+1…9)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="149" />
        <source>Pick a category and give the address to see similar cases.</source>
        <translation>选择问题类别并填写地址后，这里显示相似案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="172" />
        <source>%1 similar open case(s): attach the call if it is the same matter.</source>
        <translation>%1 件相似的未办结案件：如为同一事项，请关联来电。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="177" />
        <source>No similar open case nearby: create a new case.</source>
        <translation>附近没有相似的未办结案件：请新建案件。</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="195" />
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="197" />
        <source>same street</source>
        <translation>同一街道</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="201" />
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="203" />
        <source>just now</source>
        <translation>刚刚</translation>
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
<context>
    <name>TilesChart</name>
    <message>
        <location filename="../../console/charts/tiles.py" line="103" />
        <source>Economic indicators</source>
        <translation>经济指标</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="125" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="138" />
        <source>No indicator data for this period yet.</source>
        <translation>本期尚无指标数据。</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="147" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="148" />
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="149" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="150" />
        <source>Value</source>
        <translation>总量</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="151" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="152" />
        <source>Growth %</source>
        <translation>同比增长 %</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="153" />
        <source>Target %</source>
        <translation>目标增速 %</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="154" />
        <source>Rank by value</source>
        <translation>总量排名</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="155" />
        <source>Rank by growth</source>
        <translation>增速排名</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="156" />
        <source>Tier</source>
        <translation>位次</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="157" />
        <source>Color</source>
        <translation>颜色</translation>
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
    <name>VideoPane</name>
    <message>
        <location filename="../../console/video/pane.py" line="56" />
        <source>%1 slots</source>
        <translation>%1 画面</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="62" />
        <source>Show nearest</source>
        <translation>显示附近摄像头</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="63" />
        <source>Fill the wall with the cameras near the case</source>
        <translation>用案件附近的摄像头填满画面墙</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="65" />
        <source>Pin city relay</source>
        <translation>固定市中心转播</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="67" />
        <source>Keep the city relay in the chosen slot</source>
        <translation>把市中心转播固定在所选画面，其他画面切换时不变</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="68" />
        <source>Snapshot to case</source>
        <translation>截图存证</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="70" />
        <source>Attach the chosen slot's picture to the selected case as evidence</source>
        <translation>把所选画面的当前图像作为证据附到所选案件</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="72" />
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="73" />
        <source>Show the chosen slot full screen (Esc returns)</source>
        <translation>全屏显示所选画面(按 Esc 返回)</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="74" />
        <location filename="../../console/video/pane.py" line="330" />
        <source>Sound off</source>
        <translation>已静音</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="132" />
        <source>The only slot holds the pinned relay: unpin it first.</source>
        <translation>唯一的画面固定为市中心转播：请先取消固定。</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="151" />
        <source>Select a case first: the snapshot is attached to it.</source>
        <translation>请先选择案件：截图将附到该案件。</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="155" />
        <source>The chosen slot shows no live picture to keep.</source>
        <translation>所选画面没有可保存的实时图像。</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="159" />
        <source>Attaching the snapshot to %1…</source>
        <translation>正在把截图附到 %1…</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="166" />
        <source>Snapshot “%1” attached to %2.</source>
        <translation>截图“%1”已附到 %2。</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="235" />
        <source>Snapshot not attached: %1</source>
        <translation>截图未能附上：%1</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="172" />
        <source>Attaching a snapshot</source>
        <translation>上传截图</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="219" />
        <source>Loading cameras</source>
        <translation>加载摄像头列表</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="229" />
        <source>The server cannot take the snapshot now. It is kept on this computer and attached to %1 when the connection is back.</source>
        <translation>服务器暂时无法接收截图。截图已保存在本机，恢复连接后自动附到 %1。</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="246" />
        <source>Sending kept snapshots</source>
        <translation>补传本机保存的截图</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="254" />
        <source>Kept snapshots refused by the server: %1</source>
        <translation>本机保存的截图被服务器拒收：%1</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="260" />
        <source>Kept snapshots attached: %1.</source>
        <translation>本机保存的截图已补传：%1 张。</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="282" />
        <source>Cameras not loaded: %1</source>
        <translation>摄像头列表未能加载：%1</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="298" />
        <source>Finding cameras near the case</source>
        <translation>查找案件附近的摄像头</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="320" />
        <source>The server has no city relay to pin.</source>
        <translation>服务器没有可固定的市中心转播。</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="330" />
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
</TS>