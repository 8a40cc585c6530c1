<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../console/actions.py" line="16" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="17" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="18" />
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="19" />
        <source>&amp;Panes</source>
        <translation>&amp;Panes</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="20" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="44" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="45" />
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="46" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="49" />
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="58" />
        <source>Due soon only</source>
        <translation>Due soon only</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="63" />
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="66" />
        <source>Mute sound</source>
        <translation>Mute sound</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="73" />
        <source>Reset layout</source>
        <translation>Reset layout</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="74" />
        <source>Next case</source>
        <translation>Next case</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="75" />
        <source>Previous case</source>
        <translation>Previous case</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="76" />
        <source>Open case detail</source>
        <translation>Open case detail</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="79" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="89" />
        <source>Dispatch…</source>
        <translation>Dispatch…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="98" />
        <source>Verify and close</source>
        <translation>Verify and close</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="107" />
        <source>Urge…</source>
        <translation>Urge…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="116" />
        <source>Approve extension</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="124" />
        <source>Sign for case</source>
        <translation>Sign for case</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="133" />
        <source>Report result…</source>
        <translation>Report result…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="141" />
        <source>Comment…</source>
        <translation>Comment…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="147" />
        <source>About</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>CaseCommands</name>
    <message>
        <location filename="../../console/panes/case_commands.py" line="58" />
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../console/panes/case_commands.py" line="89" />
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="27" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="28" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="29" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="30" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="31" />
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="32" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="33" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="34" />
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="35" />
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="36" />
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="37" />
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="38" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="39" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="40" />
        <source>Suggested department</source>
        <translation>Suggested department</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="41" />
        <source>SLA step</source>
        <translation>SLA step</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="42" />
        <source>Warning at</source>
        <translation>Warning at</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="43" />
        <source>Due at</source>
        <translation>Due at</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="44" />
        <source>Clock paused</source>
        <translation>Clock paused</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="45" />
        <source>Escalation level</source>
        <translation>Escalation level</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="46" />
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="47" />
        <source>Extension asked (min)</source>
        <translation>Extension asked (min)</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="48" />
        <source>Last callback</source>
        <translation>Last callback</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="49" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="50" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="51" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="52" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="53" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="78" />
        <location filename="../../console/panes/detail_pane.py" line="192" />
        <source>No case selected</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="109" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="110" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="111" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="112" />
        <source>From → to</source>
        <translation>From → to</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="113" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="121" />
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="122" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="181" />
        <source>Loading case %1</source>
        <translation>Loading case %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="238" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="238" />
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../console/models/columns.py" line="35" />
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="55" />
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="56" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="59" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="66" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="72" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="76" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="83" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="90" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="97" />
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="104" />
        <source>Esc.</source>
        <translation>Esc.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../console/models/labels.py" line="23" />
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="24" />
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="25" />
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="26" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="27" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="28" />
        <source>To verify</source>
        <translation>To verify</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="29" />
        <source>Parked</source>
        <translation>Parked</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="30" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="31" />
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="32" />
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="36" />
        <source>12345 hotline</source>
        <translation>12345 hotline</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="37" />
        <source>Grid report</source>
        <translation>Grid report</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="38" />
        <source>River patrol</source>
        <translation>River patrol</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="39" />
        <source>Video alert</source>
        <translation>Video alert</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="40" />
        <source>City assignment</source>
        <translation>City assignment</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="41" />
        <source>Open311</source>
        <translation>Open311</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="44" />
        <source>Duty officer</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="45" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="46" />
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="47" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="48" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="52" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="53" />
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="54" />
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="57" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="58" />
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="59" />
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="62" />
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="63" />
        <location filename="../../console/models/labels.py" line="73" />
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="64" />
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="65" />
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="66" />
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="69" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="70" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="71" />
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="72" />
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="74" />
        <source>Sign for</source>
        <translation>Sign for</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="75" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="76" />
        <source>Report result</source>
        <translation>Report result</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="77" />
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="78" />
        <source>Unpark</source>
        <translation>Unpark</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="79" />
        <source>Verify and close</source>
        <translation>Verify and close</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="80" />
        <source>Verify failed (rework)</source>
        <translation>Verify failed (rework)</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="81" />
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="82" />
        <source>Urge</source>
        <translation>Urge</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="83" />
        <source>Request extension</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="84" />
        <source>Approve extension</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="85" />
        <source>Reject extension</source>
        <translation>Reject extension</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="86" />
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="87" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="88" />
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="89" />
        <source>SLA warning</source>
        <translation>SLA warning</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="90" />
        <source>SLA overdue</source>
        <translation>SLA overdue</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="91" />
        <source>Color change</source>
        <translation>Color change</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="92" />
        <source>Auto reminder</source>
        <translation>Auto reminder</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="93" />
        <source>Auto supervision</source>
        <translation>Auto supervision</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="94" />
        <source>Public notice</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="149" />
        <source>%1d %2</source>
        <translation>%1d %2</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="162" />
        <source>%1d %2h</source>
        <translation>%1d %2h</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="165" />
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="167" />
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../console/panes/launcher.py" line="43" />
        <source>Starting the local command-center server…</source>
        <translation>Starting the local command-center server…</translation>
    </message>
    <message>
        <location filename="../../console/panes/launcher.py" line="46" />
        <location filename="../../console/panes/launcher.py" line="73" />
        <source>Duty Console</source>
        <translation>Duty Console</translation>
    </message>
    <message>
        <location filename="../../console/panes/launcher.py" line="71" />
        <source>The local server could not start:
%1</source>
        <translation>The local server could not start:
%1</translation>
    </message>
</context>
<context>
    <name>LiveQueue</name>
    <message>
        <location filename="../../console/panes/live.py" line="76" />
        <source>Loading cases</source>
        <translation>Loading cases</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../console/panes/login_dialog.py" line="37" />
        <source>Sign in — Duty Console</source>
        <translation>Sign in — Duty Console</translation>
    </message>
    <message>
        <location filename="../../console/panes/login_dialog.py" line="41" />
        <source>Chongchuan Governance Command Center</source>
        <translation>Chongchuan Governance Command Center</translation>
    </message>
    <message>
        <location filename="../../console/panes/login_dialog.py" line="55" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../console/panes/login_dialog.py" line="56" />
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../console/panes/login_dialog.py" line="57" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../console/panes/login_dialog.py" line="60" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../console/panes/login_dialog.py" line="77" />
        <source>Enter your username and password.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../console/panes/login_dialog.py" line="97" />
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/panes/main_window.py" line="70" />
        <source>Chongchuan Governance Command Center — Duty Console</source>
        <translation>Chongchuan Governance Command Center — Duty Console</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="71" />
        <location filename="../../console/panes/main_window.py" line="233" />
        <source>【DRILL】</source>
        <translation>【DRILL】</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="90" />
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="117" />
        <source>Loading reference data</source>
        <translation>Loading reference data</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="197" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="198" />
        <source>Duty console of the Chongchuan district governance command center.</source>
        <translation>Duty console of the Chongchuan district governance command center.</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="216" />
        <source>Connection to the server lost; reconnecting. The queue shows the last snapshot (%1) and catches up when the server is back.</source>
        <translation>Connection to the server lost; reconnecting. The queue shows the last snapshot (%1) and catches up when the server is back.</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="224" />
        <source>Your session has expired: restart the console and sign in again.</source>
        <translation>Your session has expired: restart the console and sign in again.</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="227" />
        <source>Reloading all cases…</source>
        <translation>Reloading all cases…</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="235" />
        <source>New overdue case: %1 %2</source>
        <translation>New overdue case: %1 %2</translation>
    </message>
    <message>
        <location filename="../../console/panes/main_window.py" line="248" />
        <source>The local server has stopped (exit code %1). Log: %2</source>
        <translation>The local server has stopped (exit code %1). Log: %2</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <location filename="../../console/panes/catalog.py" line="13" />
        <source>Case detail</source>
        <translation>Case detail</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="55" />
        <source>【DRILL】</source>
        <translation>【DRILL】</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="75" />
        <source>Case queue</source>
        <translation>Case queue</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="102" />
        <source>Search ref, title, address, reporter…</source>
        <translation>Search ref, title, address, reporter…</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="103" />
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="104" />
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="108" />
        <source>All colors</source>
        <translation>All colors</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="111" />
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="114" />
        <source>All streets</source>
        <translation>All streets</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="115" />
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="274" />
        <source>%1 shown of %2</source>
        <translation>%1 shown of %2</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../console/panes/status.py" line="12" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../console/panes/status.py" line="13" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../console/panes/status.py" line="14" />
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <location filename="../../console/panes/status.py" line="15" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../console/panes/status.py" line="16" />
        <source>Reloading…</source>
        <translation>Reloading…</translation>
    </message>
    <message>
        <location filename="../../console/panes/status.py" line="17" />
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../console/panes/status.py" line="60" />
        <source>Feed #%1</source>
        <translation>Feed #%1</translation>
    </message>
    <message>
        <location filename="../../console/panes/status.py" line="62" />
        <source>Lag %1 s · feed #%2</source>
        <translation>Lag %1 s · feed #%2</translation>
    </message>
</context>
</TS>