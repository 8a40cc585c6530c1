<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../console/shell/about_dialog.py" line="60" />
        <source>About — Duty Console</source>
        <translation>About — Duty Console</translation>
    </message>
    <message>
        <location filename="../../console/shell/about_dialog.py" line="62" />
        <source>Chongchuan Governance Command Center — Duty Console</source>
        <translation>Chongchuan Governance Command Center — Duty Console</translation>
    </message>
    <message>
        <location filename="../../console/shell/about_dialog.py" line="74" />
        <source>This program uses Qt and Qt for Python (PySide6, shiboken6), © The Qt Company Ltd and other contributors, under the GNU Lesser General Public License version 3 (LGPLv3). You may replace these libraries with versions of your own; their source code is at %1. The licence text: %2</source>
        <translation>This program uses Qt and Qt for Python (PySide6, shiboken6), © The Qt Company Ltd and other contributors, under the GNU Lesser General Public License version 3 (LGPLv3). You may replace these libraries with versions of your own; their source code is at %1. The licence text: %2</translation>
    </message>
    <message>
        <location filename="../../console/shell/about_dialog.py" line="86" />
        <source>Show the LGPLv3 text</source>
        <translation>Show the LGPLv3 text</translation>
    </message>
</context>
<context>
    <name>ActionSync</name>
    <message>
        <location filename="../../console/controllers/action_sync.py" line="94" />
        <source>Opening the outbox</source>
        <translation>Opening the outbox</translation>
    </message>
    <message>
        <location filename="../../console/controllers/action_sync.py" line="100" />
        <source>Closing the outbox</source>
        <translation>Closing the outbox</translation>
    </message>
    <message>
        <location filename="../../console/controllers/action_sync.py" line="106" />
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../../console/controllers/action_sync.py" line="118" />
        <source>Sending pending actions</source>
        <translation>Sending pending actions</translation>
    </message>
    <message>
        <location filename="../../console/controllers/action_sync.py" line="127" />
        <source>Acknowledging</source>
        <translation>Acknowledging</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../console/actions.py" line="20" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="21" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="22" />
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="23" />
        <source>&amp;Panes</source>
        <translation>&amp;Panes</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="24" />
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="25" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="60" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="61" />
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="62" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="65" />
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="74" />
        <source>Due soon only</source>
        <translation>Due soon only</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="79" />
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="82" />
        <source>Mute sound</source>
        <translation>Mute sound</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="89" />
        <source>Reset layout</source>
        <translation>Reset layout</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="90" />
        <source>Next case</source>
        <translation>Next case</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="91" />
        <source>Previous case</source>
        <translation>Previous case</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="92" />
        <source>Open case detail</source>
        <translation>Open case detail</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="95" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="104" />
        <source>Dispatch to the suggested department</source>
        <translation>Dispatch to the suggested department</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="112" />
        <source>Dispatch to another department…</source>
        <translation>Dispatch to another department…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="120" />
        <source>Verify and close</source>
        <translation>Verify and close</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="128" />
        <source>Urge…</source>
        <translation>Urge…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="137" />
        <source>Approve extension</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="144" />
        <source>Sign for case</source>
        <translation>Sign for case</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="152" />
        <source>Report result…</source>
        <translation>Report result…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="160" />
        <source>Comment…</source>
        <translation>Comment…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="168" />
        <source>Other action…</source>
        <translation>Other action…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="175" />
        <source>Send the chosen action</source>
        <translation>Send the chosen action</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="183" />
        <source>Acknowledge the alert</source>
        <translation>Acknowledge the alert</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="190" />
        <source>Dispatch selected cases…</source>
        <translation>Dispatch selected cases…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="198" />
        <source>Urge selected cases…</source>
        <translation>Urge selected cases…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="204" />
        <source>Holiday calendar…</source>
        <translation>Holiday calendar…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="206" />
        <source>SLA rules…</source>
        <translation>SLA rules…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="207" />
        <source>Users…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="208" />
        <source>Cameras…</source>
        <translation>Cameras…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="211" />
        <source>Admin log…</source>
        <translation>Admin log…</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="216" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../console/actions.py" line="217" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="130" />
        <source>Import indicator data…</source>
        <translation>Import indicator data…</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="39" />
        <source>Correct case…</source>
        <translation>Correct case…</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="47" />
        <source>Attach photo from disk…</source>
        <translation>Attach photo from disk…</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="54" />
        <source>Print assignment sheet…</source>
        <translation>Print assignment sheet…</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="60" />
        <source>Save assignment sheet as PDF…</source>
        <translation>Save assignment sheet as PDF…</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="66" />
        <source>Find caller by phone…</source>
        <translation>Find caller by phone…</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="74" />
        <source>Callbacks (回访)…</source>
        <translation>Callbacks (回访)…</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="81" />
        <source>Export queue to Excel…</source>
        <translation>Export queue to Excel…</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="49" />
        <source>Board: urge…</source>
        <translation>Board: urge…</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="52" />
        <source>Board: supervise (督办)…</source>
        <translation>Board: supervise (督办)…</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="58" />
        <source>Board: approve the request</source>
        <translation>Board: approve the request</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="64" />
        <source>Board: refuse the request…</source>
        <translation>Board: refuse the request…</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="68" />
        <source>Board: void…</source>
        <translation>Board: void…</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="71" />
        <source>Board: escalate to the city…</source>
        <translation>Board: escalate to the city…</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="77" />
        <source>Board: open the bulletin (通报)</source>
        <translation>Board: open the bulletin (通报)</translation>
    </message>
    <message>
        <location filename="../../console/shell/session_switch.py" line="47" />
        <source>Switch user…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <location filename="../../console/shell/session_switch.py" line="51" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="38" />
        <source>Handover (交接班)…</source>
        <translation>Handover (交接班)…</translation>
    </message>
</context>
<context>
    <name>AdminLog</name>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="21" />
        <source>Holiday calendar</source>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="22" />
        <source>SLA rules</source>
        <translation>SLA rules</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="23" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="24" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="25" />
        <source>Economic indicators</source>
        <translation>Economic indicators</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="26" />
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="27" />
        <source>Score weights</source>
        <translation>Score weights</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="28" />
        <source>Map layer</source>
        <translation>Map layer</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="29" />
        <source>Volunteer service</source>
        <translation>Volunteer service</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="32" />
        <source>Set day</source>
        <translation>Set day</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="33" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="34" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="35" />
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="36" />
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="37" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="38" />
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="39" />
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="40" />
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="41" />
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="42" />
        <source>Color rule</source>
        <translation>Color rule</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="43" />
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="44" />
        <source>Sign-in refused</source>
        <translation>Sign-in refused</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="45" />
        <source>Sign-in unlocked</source>
        <translation>Sign-in unlocked</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="46" />
        <source>Add team</source>
        <translation>Add team</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="47" />
        <source>Change team</source>
        <translation>Change team</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="48" />
        <source>Add service category</source>
        <translation>Add service category</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="49" />
        <source>Change service category</source>
        <translation>Change service category</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="53" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="54" />
        <source>Back to the library</source>
        <translation>Back to the library</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_labels.py" line="55" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_model.py" line="22" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_model.py" line="23" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_model.py" line="24" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_model.py" line="25" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_model.py" line="26" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_model.py" line="27" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>AdminLogDetail</name>
    <message>
        <location filename="../../console/admin/admin_log_detail.py" line="30" />
        <source>&amp;Only what changed</source>
        <translation>&amp;Only what changed</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_detail.py" line="32" />
        <source>Leave out what is the same on both sides</source>
        <translation>Leave out what is the same on both sides</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_detail.py" line="39" />
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_detail.py" line="39" />
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_detail.py" line="63" />
        <source>Choose a record to see what it changed.</source>
        <translation>Choose a record to see what it changed.</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_detail.py" line="81" />
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_detail.py" line="82" />
        <source>… %1 unchanged</source>
        <translation>… %1 unchanged</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_detail.py" line="83" />
        <source>(nothing)</source>
        <translation>(nothing)</translation>
    </message>
</context>
<context>
    <name>AdminLogFilters</name>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="35" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="40" />
        <source>username</source>
        <translation>username</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="49" />
        <source>F&amp;rom</source>
        <translation>F&amp;rom</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="51" />
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="55" />
        <source>Text in target or note (Ctrl+L)</source>
        <translation>Text in target or note (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="57" />
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="59" />
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="61" />
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_filters.py" line="63" />
        <source>T&amp;ext</source>
        <translation>T&amp;ext</translation>
    </message>
</context>
<context>
    <name>AdminLogScreen</name>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="44" />
        <source>Admin log</source>
        <translation>Admin log</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="78" />
        <source>Load &amp;more</source>
        <translation>Load &amp;more</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="79" />
        <source>Or scroll to the end of the list</source>
        <translation>Or scroll to the end of the list</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="80" />
        <source>Reloa&amp;d</source>
        <translation>Reloa&amp;d</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="80" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="169" />
        <source>The admin log could not be read: %1</source>
        <translation>The admin log could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="188" />
        <source>There are newer records: press F5 to show them.</source>
        <translation>There are newer records: press F5 to show them.</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="202" />
        <source>Reading the admin log</source>
        <translation>Reading the admin log</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="208" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="210" />
        <source>%1 records shown; older ones follow.</source>
        <translation>%1 records shown; older ones follow.</translation>
    </message>
    <message>
        <location filename="../../console/admin/admin_log_screen.py" line="212" />
        <source>%1 records.</source>
        <translation>%1 records.</translation>
    </message>
</context>
<context>
    <name>AdminScreens</name>
    <message>
        <location filename="../../console/admin/screens.py" line="61" />
        <source>Not available in this version of the console.</source>
        <translation>Not available in this version of the console.</translation>
    </message>
    <message>
        <location filename="../../console/admin/screens.py" line="105" />
        <source>This screen could not be opened (%1).</source>
        <translation>This screen could not be opened (%1).</translation>
    </message>
    <message>
        <location filename="../../console/admin/screens.py" line="109" />
        <source>This screen could not be opened.</source>
        <translation>This screen could not be opened.</translation>
    </message>
</context>
<context>
    <name>AlertCenter</name>
    <message>
        <location filename="../../console/shell/alert_center.py" line="63" />
        <source>【DRILL】</source>
        <translation>【DRILL】</translation>
    </message>
    <message>
        <location filename="../../console/shell/alert_center.py" line="65" />
        <source>New %1 case: %2 %3</source>
        <translation>New %1 case: %2 %3</translation>
    </message>
    <message>
        <location filename="../../console/shell/alert_center.py" line="67" />
        <source>Supervision opened on a case you hold: %2 %3</source>
        <translation>Supervision opened on a case you hold: %2 %3</translation>
    </message>
    <message>
        <location filename="../../console/shell/alert_center.py" line="69" />
        <source>New supervision (督办): %2 %3</source>
        <translation>New supervision (督办): %2 %3</translation>
    </message>
    <message>
        <location filename="../../console/shell/alert_center.py" line="71" />
        <source>New public notice (通报): %2 %3</source>
        <translation>New public notice (通报): %2 %3</translation>
    </message>
    <message>
        <location filename="../../console/shell/alert_center.py" line="73" />
        <source>New overdue case: %2 %3</source>
        <translation>New overdue case: %2 %3</translation>
    </message>
    <message>
        <location filename="../../console/shell/alert_center.py" line="91" />
        <source>The selected case has no alert to acknowledge.</source>
        <translation>The selected case has no alert to acknowledge.</translation>
    </message>
</context>
<context>
    <name>AlertsPane</name>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="37" />
        <source>New case: %1</source>
        <translation>New case: %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="38" />
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="39" />
        <source>Public notice</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="74" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="74" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="74" />
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="74" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="79" />
        <source>Acknowledge (Space)</source>
        <translation>Acknowledge (Space)</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="81" />
        <source>Acknowledge all</source>
        <translation>Acknowledge all</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="149" />
        <source>%1 alert(s) to acknowledge</source>
        <translation>%1 alert(s) to acknowledge</translation>
    </message>
    <message>
        <location filename="../../console/panes/alerts_pane.py" line="151" />
        <source>No alert waits to be acknowledged.</source>
        <translation>No alert waits to be acknowledged.</translation>
    </message>
</context>
<context>
    <name>AssignmentSheet</name>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="120" />
        <source>Assignment sheet %1.pdf</source>
        <translation>Assignment sheet %1.pdf</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="123" />
        <source>Save the assignment sheet</source>
        <translation>Save the assignment sheet</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="123" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="136" />
        <source>Saving the assignment sheet</source>
        <translation>Saving the assignment sheet</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="145" />
        <source>Assignment sheet %1</source>
        <translation>Assignment sheet %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="159" />
        <source>Printing the assignment sheet</source>
        <translation>Printing the assignment sheet</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="170" />
        <source>Reading the case for its assignment sheet</source>
        <translation>Reading the case for its assignment sheet</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="185" />
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="186" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="187" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="188" />
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="189" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="190" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="191" />
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="192" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="193" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="193" />
        <source>not dispatched</source>
        <translation>not dispatched</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="194" />
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="194" />
        <source>no clock running</source>
        <translation>no clock running</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="195" />
        <location filename="../../console/panes/assignment_sheet.py" line="205" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="196" />
        <source>Reported at</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="199" />
        <source>City reference</source>
        <translation>City reference</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="201" />
        <source>City deadline</source>
        <translation>City deadline</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="205" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="205" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="205" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="206" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="207" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="209" />
        <source>Printed by %1 at %2</source>
        <translation>Printed by %1 at %2</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="211" />
        <source>Chongchuan District Governance Command Center</source>
        <translation>Chongchuan District Governance Command Center</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="212" />
        <source>Assignment sheet</source>
        <translation>Assignment sheet</translation>
    </message>
    <message>
        <location filename="../../console/panes/assignment_sheet.py" line="228" />
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
</context>
<context>
    <name>AttachFromDisk</name>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="44" />
        <source>Attach photos to %1</source>
        <translation>Attach photos to %1</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="46" />
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="55" />
        <source>From disk: %1</source>
        <translation>From disk: %1</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="58" />
        <source>Attaching “%1” to %2…</source>
        <translation>Attaching “%1” to %2…</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="64" />
        <source>Attaching a photo</source>
        <translation>Attaching a photo</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="70" />
        <source>Photo “%1” attached to %2.</source>
        <translation>Photo “%1” attached to %2.</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="81" />
        <source>Photo not attached</source>
        <translation>Photo not attached</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="82" />
        <source>“%1” was not attached to %2.</source>
        <translation>“%1” was not attached to %2.</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="98" />
        <source>The file is not a JPEG or PNG photo, whatever its name says (the server checks the content): %1 Only photos can be kept as evidence.</source>
        <translation>The file is not a JPEG or PNG photo, whatever its name says (the server checks the content): %1 Only photos can be kept as evidence.</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="102" />
        <source>The photo is too large for the server (at most 5 MB): %1</source>
        <translation>The photo is too large for the server (at most 5 MB): %1</translation>
    </message>
    <message>
        <location filename="../../console/controllers/attach_file.py" line="109" />
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="124" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="127" />
        <location filename="../../console/panes/attachment_strip.py" line="214" />
        <source>No preview</source>
        <translation>No preview</translation>
    </message>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="143" />
        <source>Attach photo from disk…</source>
        <translation>Attach photo from disk…</translation>
    </message>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="214" />
        <source>Not loaded</source>
        <translation>Not loaded</translation>
    </message>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="236" />
        <source>Loading the photo</source>
        <translation>Loading the photo</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="180" />
        <source>Not possible on this case now.</source>
        <translation>Not possible on this case now.</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="210" />
        <source>%1 %2: saved; sending…</source>
        <translation>%1 %2: saved; sending…</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="212" />
        <source>%1 %2: saved while offline; it is sent when the connection is back.</source>
        <translation>%1 %2: saved while offline; it is sent when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="222" />
        <source>Escalated to: %1</source>
        <translation>Escalated to: %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="224" />
        <source>Approve the department's request to park the case (the clock stops).</source>
        <translation>Approve the department's request to park the case (the clock stops).</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="241" />
        <source>Done: %1 %2.</source>
        <translation>Done: %1 %2.</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_actions.py" line="245" />
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="63" />
        <source>Supervision and notices</source>
        <translation>Supervision and notices</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="91" />
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="92" />
        <source>By street</source>
        <translation>By street</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="116" />
        <source>Enter: open the case · Space: alert seen · Ctrl+Tab: requests · a counter: its cases in the queue</source>
        <translation>Enter: open the case · Space: alert seen · Ctrl+Tab: requests · a counter: its cases in the queue</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="130" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="131" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="132" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="185" />
        <source>By department and street</source>
        <translation>By department and street</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="222" />
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="223" />
        <source>All streets</source>
        <translation>All streets</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="286" />
        <source>%1 of %2 shown (the most late)</source>
        <translation>%1 of %2 shown (the most late)</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="294" />
        <source>Supervision %1 · notices %2 · waiting for a decision %3</source>
        <translation>Supervision %1 · notices %2 · waiting for a decision %3</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="299" />
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="302" />
        <source>Supervision and notices (%1)</source>
        <translation>Supervision and notices (%1)</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="304" />
        <source>Requests (%1)</source>
        <translation>Requests (%1)</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="317" />
        <source>Show the open cases of %1 in the queue</source>
        <translation>Show the open cases of %1 in the queue</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_view.py" line="333" />
        <source>The queue cannot show cases without one.</source>
        <translation>The queue cannot show cases without one.</translation>
    </message>
</context>
<context>
    <name>BriefPrinter</name>
    <message>
        <location filename="../../console/shell/handover_print.py" line="39" />
        <source>Handover %1.pdf</source>
        <translation>Handover %1.pdf</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_print.py" line="42" />
        <source>Save the handover brief</source>
        <translation>Save the handover brief</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_print.py" line="42" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_print.py" line="53" />
        <source>Saving the handover brief</source>
        <translation>Saving the handover brief</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_print.py" line="61" />
        <source>Handover %1</source>
        <translation>Handover %1</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_print.py" line="70" />
        <source>Printing the handover brief</source>
        <translation>Printing the handover brief</translation>
    </message>
</context>
<context>
    <name>BriefText</name>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="49" />
        <source>Came in during the shift</source>
        <translation>Came in during the shift</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="50" />
        <source>Turned red (督办 reached)</source>
        <translation>Turned red (督办 reached)</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="51" />
        <source>Open 督办 items</source>
        <translation>Open 督办 items</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="52" />
        <source>Extension requests awaiting a decision</source>
        <translation>Extension requests awaiting a decision</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="53" />
        <source>Cases parked</source>
        <translation>Cases parked</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="59" />
        <location filename="../../console/shell/handover_brief.py" line="163" />
        <source>Unsent outbox items</source>
        <translation>Unsent outbox items</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="65" />
        <source>Draft: not handed over yet</source>
        <translation>Draft: not handed over yet</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="67" />
        <source>Signed by %1 at %2</source>
        <translation>Signed by %1 at %2</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="69" />
        <source>Awaiting the incoming officer's signature</source>
        <translation>Awaiting the incoming officer's signature</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="77" />
        <source>Brief number</source>
        <translation>Brief number</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="78" />
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="79" />
        <source>Handed over by</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="80" />
        <location filename="../../console/shell/handover_brief.py" line="167" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="94" />
        <source>Chongchuan District Governance Command Center</source>
        <translation>Chongchuan District Governance Command Center</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="95" />
        <source>Shift handover brief</source>
        <translation>Shift handover brief</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="97" />
        <source>Figures of the shift</source>
        <translation>Figures of the shift</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="98" />
        <source>Came in by channel</source>
        <translation>Came in by channel</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="100" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="100" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="115" />
        <source>Printed by %1 at %2</source>
        <translation>Printed by %1 at %2</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="123" />
        <location filename="../../console/shell/handover_brief.py" line="163" />
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="126" />
        <location filename="../../console/shell/handover_brief.py" line="167" />
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="126" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="126" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="126" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="127" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="133" />
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="168" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="147" />
        <source>%1 minutes asked</source>
        <translation>%1 minutes asked</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="167" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="168" />
        <source>Queued at</source>
        <translation>Queued at</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="171" />
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="172" />
        <source>conflict: case changed meanwhile</source>
        <translation>conflict: case changed meanwhile</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="173" />
        <source>refused by the server</source>
        <translation>refused by the server</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="187" />
        <source>Handed over by: %1</source>
        <translation>Handed over by: %1</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="189" />
        <source>Taken over by: %1 (%2)</source>
        <translation>Taken over by: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_brief.py" line="192" />
        <source>Taken over by: ____________</source>
        <translation>Taken over by: ____________</translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message>
        <location filename="../../console/controllers/bulk.py" line="50" />
        <source>%1 %2 cases</source>
        <translation>%1 %2 cases</translation>
    </message>
    <message>
        <location filename="../../console/controllers/bulk.py" line="52" />
        <source>%1 cases selected; %2 will get “%3”.</source>
        <translation>%1 cases selected; %2 will get “%3”.</translation>
    </message>
    <message>
        <location filename="../../console/controllers/bulk.py" line="56" />
        <source>%1 cannot in their present state and are left out.</source>
        <translation>%1 cannot in their present state and are left out.</translation>
    </message>
    <message>
        <location filename="../../console/controllers/bulk.py" line="72" />
        <source>(category rule for %1 of them)</source>
        <translation>(category rule for %1 of them)</translation>
    </message>
    <message>
        <location filename="../../console/controllers/bulk.py" line="78" />
        <source>Note sent with every case (optional)</source>
        <translation>Note sent with every case (optional)</translation>
    </message>
    <message>
        <location filename="../../console/controllers/bulk.py" line="87" />
        <source>Dispatch all of them to:</source>
        <translation>Dispatch all of them to:</translation>
    </message>
</context>
<context>
    <name>BulletinOpener</name>
    <message>
        <location filename="../../console/panes/supervision_board_bulletin.py" line="48" />
        <source>The server has no bulletin for this item.</source>
        <translation>The server has no bulletin for this item.</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_bulletin.py" line="52" />
        <source>Fetching the bulletin of %1…</source>
        <translation>Fetching the bulletin of %1…</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_bulletin.py" line="57" />
        <source>The bulletin could not be opened: %1</source>
        <translation>The bulletin could not be opened: %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_bulletin.py" line="59" />
        <source>Fetching the bulletin</source>
        <translation>Fetching the bulletin</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_bulletin.py" line="65" />
        <source>Bulletin opened: %1</source>
        <translation>Bulletin opened: %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_bulletin.py" line="68" />
        <source>Bulletin saved as %1 (no viewer could open it).</source>
        <translation>Bulletin saved as %1 (no viewer could open it).</translation>
    </message>
</context>
<context>
    <name>CalendarBanner</name>
    <message>
        <location filename="../../console/admin/calendar_banner.py" line="57" />
        <source>Open the holiday calendar</source>
        <translation>Open the holiday calendar</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_banner.py" line="89" />
        <source>Checking the holiday calendar</source>
        <translation>Checking the holiday calendar</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_banner.py" line="100" />
        <source>The %1 public holidays have not been entered yet; deadlines count Monday to Friday.</source>
        <translation>The %1 public holidays have not been entered yet; deadlines count Monday to Friday.</translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="47" />
        <source>Import the holiday notice</source>
        <translation>Import the holiday notice</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="54" />
        <source>A CSV with one day or a range per line: date, kind (holiday/workday, or 放假/上班), name. Nothing is stored unless every line is right.</source>
        <translation>A CSV with one day or a range per line: date, kind (holiday/workday, or 放假/上班), name. Nothing is stored unless every line is right.</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="66" />
        <source>The notice saved as CSV</source>
        <translation>The notice saved as CSV</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="67" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="69" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="76" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="76" />
        <source>What to fix</source>
        <translation>What to fix</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="98" />
        <source>Choose a CSV file first.</source>
        <translation>Choose a CSV file first.</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="103" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="109" />
        <source>Importing the holiday notice</source>
        <translation>Importing the holiday notice</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="120" />
        <source>Holiday notice</source>
        <translation>Holiday notice</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="120" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="129" />
        <source>Stored %1 days (%2). Running clocks moved: %3.</source>
        <translation>Stored %1 days (%2). Running clocks moved: %3.</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="140" />
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="145" />
        <source>Nothing was stored: fix the %1 lines below and import again.</source>
        <translation>Nothing was stored: fix the %1 lines below and import again.</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_import.py" line="149" />
        <source>Nothing was stored: %1</source>
        <translation>Nothing was stored: %1</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="32" />
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="33" />
        <source>Make-up workday</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="34" />
        <source>Weekend (off)</source>
        <translation>Weekend (off)</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="35" />
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="38" />
        <source>entered</source>
        <translation>entered</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="39" />
        <source>library</source>
        <translation>library</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="90" />
        <source>Name, e.g. 春节</source>
        <translation>Name, e.g. 春节</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="91" />
        <source>Holiday (&amp;H)</source>
        <translation>Holiday (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="93" />
        <source>Make-up workday (&amp;W)</source>
        <translation>Make-up workday (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="95" />
        <source>Back to library (Del)</source>
        <translation>Back to library (Del)</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="107" />
        <source>Keys: arrows move the day (PgUp/PgDn a month) · H holiday · W make-up workday · Del back to the library · Enter types the name</source>
        <translation>Keys: arrows move the day (PgUp/PgDn a month) · H holiday · W make-up workday · Del back to the library · Enter types the name</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="120" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="120" />
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="120" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="120" />
        <location filename="../../console/admin/calendar_panel.py" line="130" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="120" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="151" />
        <source>Holiday, entered</source>
        <translation>Holiday, entered</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="152" />
        <source>Holiday, from the library</source>
        <translation>Holiday, from the library</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="153" />
        <source>Make-up workday, entered</source>
        <translation>Make-up workday, entered</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="154" />
        <source>Make-up workday, library</source>
        <translation>Make-up workday, library</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_panel.py" line="155" />
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
</context>
<context>
    <name>CalendarScreen</name>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="38" />
        <source>%1: the official calendar from the library; nothing entered.</source>
        <translation>%1: the official calendar from the library; nothing entered.</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="41" />
        <source>%1: entered by an administrator (the library does not know this year).</source>
        <translation>%1: entered by an administrator (the library does not know this year).</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="44" />
        <source>%1: the library's calendar with days entered by an administrator.</source>
        <translation>%1: the library's calendar with days entered by an administrator.</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="47" />
        <source>%1: no holiday schedule yet, so deadlines count Monday to Friday. Enter the State Council's notice.</source>
        <translation>%1: no holiday schedule yet, so deadlines count Monday to Friday. Enter the State Council's notice.</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="61" />
        <source>Holiday calendar — Administration</source>
        <translation>Holiday calendar — Administration</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="79" />
        <source>Import notice…</source>
        <translation>Import notice…</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="82" />
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="87" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="136" />
        <source>%1: loading…</source>
        <translation>%1: loading…</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="147" />
        <source>Loading the holiday calendar</source>
        <translation>Loading the holiday calendar</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="157" />
        <source>Only administrators change the calendar.</source>
        <translation>Only administrators change the calendar.</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="163" />
        <location filename="../../console/admin/calendar_screen.py" line="226" />
        <source>Nothing was entered for %1: it follows the library already.</source>
        <translation>Nothing was entered for %1: it follows the library already.</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="171" />
        <source>Type the name first (e.g. 春节), then press the key.</source>
        <translation>Type the name first (e.g. 春节), then press the key.</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="198" />
        <source>Sending %1…</source>
        <translation>Sending %1…</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="203" />
        <source>Changing the holiday calendar</source>
        <translation>Changing the holiday calendar</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="213" />
        <source>back to the library</source>
        <translation>back to the library</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="216" />
        <source>%1: %2. Running clocks moved: %3.</source>
        <translation>%1: %2. Running clocks moved: %3.</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="232" />
        <source>only administrators change the calendar</source>
        <translation>only administrators change the calendar</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="235" />
        <source>%1 not changed: %2</source>
        <translation>%1 not changed: %2</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="262" />
        <source>The calendar was not read: %1</source>
        <translation>The calendar was not read: %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/calendar_screen.py" line="276" />
        <source>Notice imported: %1 days stored. Running clocks moved: %2.</source>
        <translation>Notice imported: %1 days stored. Running clocks moved: %2.</translation>
    </message>
</context>
<context>
    <name>CallIntakePane</name>
    <message>
        <location filename="../../console/panes/call_intake.py" line="58" />
        <source>12345 call intake</source>
        <translation>12345 call intake</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="61" />
        <source>【DRILL】</source>
        <translation>【DRILL】</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="189" />
        <source>Creating the case…</source>
        <translation>Creating the case…</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="196" />
        <source>Attaching the call to %1…</source>
        <translation>Attaching the call to %1…</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="208" />
        <source>Write latitude, longitude, e.g. 32.04, 120.87</source>
        <translation>Write latitude, longitude, e.g. 32.04, 120.87</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="211" />
        <source>Too long: at most %1 characters</source>
        <translation>Too long: at most %1 characters</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="216" />
        <source>Write what the caller said before attaching</source>
        <translation>Write what the caller said before attaching</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="219" />
        <source>Pick a category from the list</source>
        <translation>Pick a category from the list</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="221" />
        <source>Give the case a title</source>
        <translation>Give the case a title</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="227" />
        <source>Nothing was sent: correct the marked fields.</source>
        <translation>Nothing was sent: correct the marked fields.</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="238" />
        <source>Pick a category to see similar open cases.</source>
        <translation>Pick a category to see similar open cases.</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="244" />
        <source>Give an address with its street (or choose the street) to see similar open cases.</source>
        <translation>Give an address with its street (or choose the street) to see similar open cases.</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="255" />
        <source>Looking for similar open cases…</source>
        <translation>Looking for similar open cases…</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake.py" line="267" />
        <source>Similar cases could not be looked up: %1</source>
        <translation>Similar cases could not be looked up: %1</translation>
    </message>
</context>
<context>
    <name>CallbackForm</name>
    <message>
        <location filename="../../console/panes/callback_form.py" line="59" />
        <source>&amp;Record callback</source>
        <translation>&amp;Record callback</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="61" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="63" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="64" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="104" />
        <source>Choose a case in the list.</source>
        <translation>Choose a case in the list.</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="108" />
        <source>Caller: %1  %2</source>
        <translation>Caller: %1  %2</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="109" />
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="111" />
        <source>Handled by %1, closed %2</source>
        <translation>Handled by %1, closed %2</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="116" />
        <source>To verify: verify and close the case first, then call back.</source>
        <translation>To verify: verify and close the case first, then call back.</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="134" />
        <source>Choose the result: satisfied, basically satisfied or unsatisfied.</source>
        <translation>Choose the result: satisfied, basically satisfied or unsatisfied.</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="136" />
        <source>Unsatisfied: write why in the note (it is the reason to reopen).</source>
        <translation>Unsatisfied: write why in the note (it is the reason to reopen).</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="152" />
        <source>Required: why the caller is unsatisfied</source>
        <translation>Required: why the caller is unsatisfied</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_form.py" line="154" />
        <source>What the caller said (optional)</source>
        <translation>What the caller said (optional)</translation>
    </message>
</context>
<context>
    <name>CallbackWorklist</name>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="54" />
        <source>Callbacks (回访)</source>
        <translation>Callbacks (回访)</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="62" />
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="73" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="74" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="75" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="76" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="77" />
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="78" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="124" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="129" />
        <source>Loading the callback worklist</source>
        <translation>Loading the callback worklist</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="163" />
        <source>Recording the callback…</source>
        <translation>Recording the callback…</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="184" />
        <source>The worklist could not be loaded: %1</source>
        <translation>The worklist could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="207" />
        <source>%1 closed case(s) of the last %2 days wait for a callback; %3 to verify.</source>
        <translation>%1 closed case(s) of the last %2 days wait for a callback; %3 to verify.</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="220" />
        <source>Reading the caller's number</source>
        <translation>Reading the caller's number</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="233" />
        <source>Offline: the callback is saved and sent when the connection is back.</source>
        <translation>Offline: the callback is saved and sent when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="244" />
        <source>Callback of %1 recorded: %2.</source>
        <translation>Callback of %1 recorded: %2.</translation>
    </message>
    <message>
        <location filename="../../console/panes/callback_worklist.py" line="249" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CallerSearchDialog</name>
    <message>
        <location filename="../../console/panes/caller_search.py" line="45" />
        <source>Find caller by phone</source>
        <translation>Find caller by phone</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="50" />
        <source>Caller's &amp;phone (part of it)</source>
        <translation>Caller's &amp;phone (part of it)</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="53" />
        <source>at least 3 digits, e.g. 5678</source>
        <translation>at least 3 digits, e.g. 5678</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="68" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="69" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="70" />
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="71" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="72" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="73" />
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="92" />
        <location filename="../../console/panes/caller_search.py" line="116" />
        <source>Type at least 3 digits of the caller's number.</source>
        <translation>Type at least 3 digits of the caller's number.</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="122" />
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="127" />
        <source>Finding the caller</source>
        <translation>Finding the caller</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="165" />
        <source>%1 case(s): ↓ to the list, Enter shows the case in the queue.</source>
        <translation>%1 case(s): ↓ to the list, Enter shows the case in the queue.</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="168" />
        <source>No case with these digits in the caller's number.</source>
        <translation>No case with these digits in the caller's number.</translation>
    </message>
    <message>
        <location filename="../../console/panes/caller_search.py" line="174" />
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
</context>
<context>
    <name>CameraForm</name>
    <message>
        <location filename="../../console/admin/camera_form.py" line="25" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="26" />
        <source>City center relay</source>
        <translation>City center relay</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="29" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="30" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="31" />
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="73" />
        <source>e.g. 学田街道 工农路口</source>
        <translation>e.g. 学田街道 工农路口</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="84" />
        <source>Street centre</source>
        <translation>Street centre</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="85" />
        <source>Put the camera at the centre of its street</source>
        <translation>Put the camera at the centre of its street</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="90" />
        <source>Test stream</source>
        <translation>Test stream</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="93" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="97" />
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="104" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="105" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="106" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="107" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="108" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="109" />
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="110" />
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="111" />
        <source>Stream URL</source>
        <translation>Stream URL</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="165" />
        <source>New camera</source>
        <translation>New camera</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_form.py" line="167" />
        <source>Camera %1</source>
        <translation>Camera %1</translation>
    </message>
</context>
<context>
    <name>CameraReplies</name>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="30" />
        <source>This code is taken by another camera: choose another code.</source>
        <translation>This code is taken by another camera: choose another code.</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="33" />
        <source>Not saved: the code is in use. Your entries are kept.</source>
        <translation>Not saved: the code is in use. Your entries are kept.</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="37" />
        <source>Not saved: fix the marked fields. Your entries are kept.</source>
        <translation>Not saved: fix the marked fields. Your entries are kept.</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="44" />
        <source>This camera was removed meanwhile. Your entries are kept: Save adds it as a new camera.</source>
        <translation>This camera was removed meanwhile. Your entries are kept: Save adds it as a new camera.</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="51" />
        <source>Only administrators may change the cameras.</source>
        <translation>Only administrators may change the cameras.</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="54" />
        <source>Not saved: %1 Your entries are kept.</source>
        <translation>Not saved: %1 Your entries are kept.</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="68" />
        <source>Camera %1 was removed by another administrator. What the form shows is kept: Save adds it again.</source>
        <translation>Camera %1 was removed by another administrator. What the form shows is kept: Save adds it again.</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="78" />
        <source>Camera %1 was changed by another administrator meanwhile. Your edits are kept; Save sends only the fields you changed.</source>
        <translation>Camera %1 was changed by another administrator meanwhile. Your edits are kept; Save sends only the fields you changed.</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_replies.py" line="86" />
        <source>New camera</source>
        <translation>New camera</translation>
    </message>
</context>
<context>
    <name>CameraTable</name>
    <message>
        <location filename="../../console/admin/camera_table.py" line="36" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_table.py" line="37" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_table.py" line="38" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_table.py" line="39" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_table.py" line="40" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_table.py" line="41" />
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../console/admin/camera_table.py" line="42" />
        <source>Stream URL</source>
        <translation>Stream URL</translation>
    </message>
</context>
<context>
    <name>CameraTree</name>
    <message>
        <location filename="../../console/video/cameras.py" line="87" />
        <source>Near %1</source>
        <translation>Near %1</translation>
    </message>
    <message>
        <location filename="../../console/video/cameras.py" line="94" />
        <source>City center relay</source>
        <translation>City center relay</translation>
    </message>
    <message>
        <location filename="../../console/video/cameras.py" line="102" />
        <source>%1 street</source>
        <translation>%1 street</translation>
    </message>
    <message>
        <location filename="../../console/video/cameras.py" line="102" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../console/video/cameras.py" line="131" />
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../console/video/cameras.py" line="133" />
        <source>maintenance</source>
        <translation>maintenance</translation>
    </message>
</context>
<context>
    <name>CamerasScreen</name>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="43" />
        <source>Cameras — Administration</source>
        <translation>Cameras — Administration</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="51" />
        <source>Filter: code, name, street, URL…</source>
        <translation>Filter: code, name, street, URL…</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="53" />
        <source>New camera</source>
        <translation>New camera</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="54" />
        <source>Move…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="55" />
        <source>Change the chosen camera's coordinates</source>
        <translation>Change the chosen camera's coordinates</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="56" />
        <source>Set status</source>
        <translation>Set status</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="63" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="64" />
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="122" />
        <source>Cameras not loaded: %1</source>
        <translation>Cameras not loaded: %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="123" />
        <source>Loading cameras</source>
        <translation>Loading cameras</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="139" />
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="151" />
        <location filename="../../console/admin/cameras_screen.py" line="160" />
        <location filename="../../console/admin/cameras_screen.py" line="217" />
        <source>Choose a camera in the list first.</source>
        <translation>Choose a camera in the list first.</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="162" />
        <source>Remove camera %1 (%2) from the registry? Consoles stop showing it.</source>
        <translation>Remove camera %1 (%2) from the registry? Consoles stop showing it.</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="164" />
        <source>Delete camera</source>
        <translation>Delete camera</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="178" />
        <source>Give a stream URL first.</source>
        <translation>Give a stream URL first.</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="181" />
        <source>Stream test</source>
        <translation>Stream test</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="221" />
        <source>Type the new latitude and longitude (or take the street centre), then Save.</source>
        <translation>Type the new latitude and longitude (or take the street centre), then Save.</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="235" />
        <source>Camera %1 saved.</source>
        <translation>Camera %1 saved.</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="245" />
        <source>Camera %1 is now %2.</source>
        <translation>Camera %1 is now %2.</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="252" />
        <source>Camera %1 deleted.</source>
        <translation>Camera %1 deleted.</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="283" />
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="285" />
        <source>Changing the cameras</source>
        <translation>Changing the cameras</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="296" />
        <source>the new camera</source>
        <translation>the new camera</translation>
    </message>
    <message>
        <location filename="../../console/admin/cameras_screen.py" line="298" />
        <source>Save or revert the changes to %1 first.</source>
        <translation>Save or revert the changes to %1 first.</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="33" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="34" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="35" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="36" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="37" />
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="38" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="39" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="40" />
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="41" />
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="42" />
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="43" />
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="44" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="45" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="46" />
        <source>Suggested department</source>
        <translation>Suggested department</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="47" />
        <source>SLA step</source>
        <translation>SLA step</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="48" />
        <source>Warning at</source>
        <translation>Warning at</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="49" />
        <source>Due at</source>
        <translation>Due at</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="50" />
        <source>Clock paused</source>
        <translation>Clock paused</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="51" />
        <source>SLA rules version</source>
        <translation>SLA rules version</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="52" />
        <source>Escalation level</source>
        <translation>Escalation level</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="53" />
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="54" />
        <source>Extension asked (min)</source>
        <translation>Extension asked (min)</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="55" />
        <source>Last callback</source>
        <translation>Last callback</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="56" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="57" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="58" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="59" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="60" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="85" />
        <location filename="../../console/panes/detail_pane.py" line="191" />
        <source>No case selected</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="116" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="116" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="116" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="116" />
        <source>From → to</source>
        <translation>From → to</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="123" />
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="124" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="180" />
        <source>Loading case %1</source>
        <translation>Loading case %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="229" />
        <location filename="../../console/panes/detail_pane.py" line="235" />
        <source>To %1.</source>
        <translation>To %1.</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="231" />
        <source>Merged into %1.</source>
        <translation>Merged into %1.</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="243" />
        <source>Extension: %1.</source>
        <translation>Extension: %1.</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="258" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../console/panes/detail_pane.py" line="258" />
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../console/models/pending.py" line="26" />
        <source>Not yet synchronized: an action taken here waits to be sent</source>
        <translation>Not yet synchronized: an action taken here waits to be sent</translation>
    </message>
</context>
<context>
    <name>ChannelFields</name>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="73" />
        <source>The number on the city's 交办单</source>
        <translation>The number on the city's 交办单</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="86" />
        <source>Type part of the camera's name</source>
        <translation>Type part of the camera's name</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="93" />
        <source>Take the wall's frame (&amp;Z)</source>
        <translation>Take the wall's frame (&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="95" />
        <source>Photo from disk… (&amp;X)</source>
        <translation>Photo from disk… (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="106" />
        <source>The chosen slot of the video wall (F8): its camera and its picture now</source>
        <translation>The chosen slot of the video wall (F8): its camera and its picture now</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="108" />
        <source>A JPEG or PNG photo saved on this computer</source>
        <translation>A JPEG or PNG photo saved on this computer</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="116" />
        <source>&amp;Where from</source>
        <translation>&amp;Where from</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="117" />
        <source>City &amp;job no.</source>
        <translation>City &amp;job no.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="118" />
        <source>Due b&amp;y</source>
        <translation>Due b&amp;y</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="119" />
        <source>Camera (&amp;K)</source>
        <translation>Camera (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="120" />
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="128" />
        <source>Alt+W. A 12345 call, a case the city assigned, or a camera sighting.</source>
        <translation>Alt+W. A 12345 call, a case the city assigned, or a camera sighting.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="130" />
        <source>Alt+J. As printed on the city's sheet.</source>
        <translation>Alt+J. As printed on the city's sheet.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="131" />
        <source>Alt+Y. The deadline the city set; it must lie ahead.</source>
        <translation>Alt+Y. The deadline the city set; it must lie ahead.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="132" />
        <source>Alt+K. The camera that saw it.</source>
        <translation>Alt+K. The camera that saw it.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="138" />
        <source>At most 40 characters, as on the city's sheet</source>
        <translation>At most 40 characters, as on the city's sheet</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="139" />
        <source>Give the city's deadline: ahead of now, within a year</source>
        <translation>Give the city's deadline: ahead of now, within a year</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="140" />
        <source>Choose a camera from the list</source>
        <translation>Choose a camera from the list</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="141" />
        <source>Choose where the case came from</source>
        <translation>Choose where the case came from</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="218" />
        <source>no frame</source>
        <translation>no frame</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="261" />
        <source>no live picture</source>
        <translation>no live picture</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="272" />
        <source>Frame or photo of the sighting</source>
        <translation>Frame or photo of the sighting</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="274" />
        <source>Photos (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_channel.py" line="281" />
        <source>From disk: %1</source>
        <translation>From disk: %1</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <location filename="../../console/charts/frame.py" line="58" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="59" />
        <source>Save the chart as a PNG picture or its data as CSV</source>
        <translation>Save the chart as a PNG picture or its data as CSV</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="62" />
        <source>Picture (PNG)…</source>
        <translation>Picture (PNG)…</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="63" />
        <source>Data (CSV)…</source>
        <translation>Data (CSV)…</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="128" />
        <source>Saving the chart picture</source>
        <translation>Saving the chart picture</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="138" />
        <source>Saving the chart data</source>
        <translation>Saving the chart data</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="143" />
        <source>Save chart picture</source>
        <translation>Save chart picture</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="143" />
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="150" />
        <source>Save chart data</source>
        <translation>Save chart data</translation>
    </message>
    <message>
        <location filename="../../console/charts/frame.py" line="150" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../console/charts/fmt.py" line="12" />
        <source>Advantage</source>
        <translation>Advantage</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="13" />
        <source>Middle</source>
        <translation>Middle</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="14" />
        <source>Lagging</source>
        <translation>Lagging</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="17" />
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="18" />
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="19" />
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../console/charts/fmt.py" line="54" />
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
</context>
<context>
    <name>ChartsData</name>
    <message>
        <location filename="../../console/charts/data.py" line="127" />
        <source>Loading chart data</source>
        <translation>Loading chart data</translation>
    </message>
</context>
<context>
    <name>ChartsPane</name>
    <message>
        <location filename="../../console/charts/pane.py" line="78" />
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="79" />
        <source>Economy review</source>
        <translation>Economy review</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="83" />
        <source>Cases today</source>
        <translation>Cases today</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="84" />
        <source>Departments and streets</source>
        <translation>Departments and streets</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="89" />
        <source>River patrols</source>
        <translation>River patrols</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="126" />
        <source>Import indicators…</source>
        <translation>Import indicators…</translation>
    </message>
    <message>
        <location filename="../../console/charts/pane.py" line="239" />
        <source>Not available: %1</source>
        <translation>Not available: %1</translation>
    </message>
</context>
<context>
    <name>ColumnFitter</name>
    <message>
        <location filename="../../console/panes/queue_columns.py" line="133" />
        <source>Fit the columns</source>
        <translation>Fit the columns</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../console/models/columns.py" line="62" />
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="113" />
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="121" />
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="129" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="137" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="145" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="153" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="161" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="169" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="177" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="185" />
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../console/models/columns.py" line="193" />
        <source>Escalation</source>
        <translation>Escalation</translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="40" />
        <source>River / segment</source>
        <translation>River / segment</translation>
    </message>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="41" />
        <source>Chief</source>
        <translation>Chief</translation>
    </message>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="42" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="43" />
        <source>Patrols</source>
        <translation>Patrols</translation>
    </message>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="44" />
        <source>Last patrol</source>
        <translation>Last patrol</translation>
    </message>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="88" />
        <source>none since Monday</source>
        <translation>none since Monday</translation>
    </message>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="100" />
        <source>%1 of %2 segments have no patrol since Monday %3.</source>
        <translation>%1 of %2 segments have no patrol since Monday %3.</translation>
    </message>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="102" />
        <source>%1 of %2 segments had no patrol in the week of %3.</source>
        <translation>%1 of %2 segments had no patrol in the week of %3.</translation>
    </message>
    <message>
        <location filename="../../console/patrols/compliance_view.py" line="105" />
        <source>Every segment was patrolled in the week of %3.</source>
        <translation>Every segment was patrolled in the week of %3.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../console/shell/connection_banner.py" line="29" />
        <source>Connection to the server lost; reconnecting. The queue shows the last snapshot (%1) and catches up when the server is back.</source>
        <translation>Connection to the server lost; reconnecting. The queue shows the last snapshot (%1) and catches up when the server is back.</translation>
    </message>
    <message>
        <location filename="../../console/shell/connection_banner.py" line="36" />
        <source>Reloading all cases…</source>
        <translation>Reloading all cases…</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="57" />
        <source>Correct case %1</source>
        <translation>Correct case %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="75" />
        <source>Required: why the case is corrected</source>
        <translation>Required: why the case is corrected</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="82" />
        <source>&amp;Send correction</source>
        <translation>&amp;Send correction</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="84" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="85" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="107" />
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="108" />
        <source>S&amp;treet</source>
        <translation>S&amp;treet</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="109" />
        <source>&amp;Urgency</source>
        <translation>&amp;Urgency</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="110" />
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="111" />
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="138" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="148" />
        <source>%1 %2 — %3, version %4</source>
        <translation>%1 %2 — %3, version %4</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="210" />
        <source>Give the reason for the correction.</source>
        <translation>Give the reason for the correction.</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="215" />
        <source>Sending the correction…</source>
        <translation>Sending the correction…</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="229" />
        <source>Offline: the correction is saved and sent when the connection is back.</source>
        <translation>Offline: the correction is saved and sent when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="240" />
        <source>Correction applied.</source>
        <translation>Correction applied.</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_dialog.py" line="258" />
        <source>Reading the correction</source>
        <translation>Reading the correction</translation>
    </message>
</context>
<context>
    <name>CorrectionTexts</name>
    <message>
        <location filename="../../console/panes/correct_text.py" line="28" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="29" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="30" />
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="31" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="32" />
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="33" />
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="41" />
        <location filename="../../console/panes/correct_text.py" line="42" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="44" />
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="53" />
        <source>Nothing changed yet: change a field, then give the reason.</source>
        <translation>Nothing changed yet: change a field, then give the reason.</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="55" />
        <source>Will change: %1</source>
        <translation>Will change: %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="59" />
        <source>Category not recognised: pick one from the list (↓ lists them).</source>
        <translation>Category not recognised: pick one from the list (↓ lists them).</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="68" />
        <source>Corrected: %1.</source>
        <translation>Corrected: %1.</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="68" />
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="74" />
        <source>SLA clock: unchanged, it runs on as before.</source>
        <translation>SLA clock: unchanged, it runs on as before.</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="76" />
        <source>SLA clock of the %1 step: limit %2 → %3; due %4 → %5.</source>
        <translation>SLA clock of the %1 step: limit %2 → %3; due %4 → %5.</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="85" />
        <source>Now: %1.</source>
        <translation>Now: %1.</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="91" />
        <source>It now counts natural time, nights and holidays included.</source>
        <translation>It now counts natural time, nights and holidays included.</translation>
    </message>
    <message>
        <location filename="../../console/panes/correct_text.py" line="92" />
        <source>It now counts working time only.</source>
        <translation>It now counts working time only.</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <location filename="../../widgets/countdown.py" line="69" />
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../widgets/countdown.py" line="71" />
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../console/shell/crash_report.py" line="63" />
        <source>Unexpected error — Duty Console</source>
        <translation>Unexpected error — Duty Console</translation>
    </message>
    <message>
        <location filename="../../console/shell/crash_report.py" line="68" />
        <source>The console met an error it did not expect. It goes on running, but what you were doing may not have been finished: check it. The report below is in the log; send it with the log folder to your administrator.</source>
        <translation>The console met an error it did not expect. It goes on running, but what you were doing may not have been finished: check it. The report below is in the log; send it with the log folder to your administrator.</translation>
    </message>
    <message>
        <location filename="../../console/shell/crash_report.py" line="80" />
        <source>Copy report</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location filename="../../console/shell/crash_report.py" line="84" />
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
</context>
<context>
    <name>DemoMode</name>
    <message>
        <location filename="../../console/shell/demo_mode.py" line="28" />
        <source>【Demo data】</source>
        <translation>【Demo data】</translation>
    </message>
    <message>
        <location filename="../../console/shell/demo_mode.py" line="31" />
        <source>Demo data: invented cases, nothing reaches the district's server</source>
        <translation>Demo data: invented cases, nothing reaches the district's server</translation>
    </message>
    <message>
        <location filename="../../console/shell/demo_mode.py" line="34" />
        <source>Demo data: this console runs its own server with invented cases and a simulator that adds new ones. Nothing done here reaches the district's server. To work on the district's server: File → Sign out, then Settings… in the sign-in dialog.</source>
        <translation>Demo data: this console runs its own server with invented cases and a simulator that adds new ones. Nothing done here reaches the district's server. To work on the district's server: File → Sign out, then Settings… in the sign-in dialog.</translation>
    </message>
</context>
<context>
    <name>DepartmentPicker</name>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="69" />
        <source>Returns of this case</source>
        <translation>Returns of this case</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="105" />
        <source>Category rule</source>
        <translation>Category rule</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="126" />
        <source>Suggested: %1</source>
        <translation>Suggested: %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="128" />
        <source>returned this case %1×</source>
        <translation>returned this case %1×</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="157" />
        <source>Returns of this case: %1</source>
        <translation>Returns of this case: %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="159" />
        <source>Returns of this case: none</source>
        <translation>Returns of this case: none</translation>
    </message>
</context>
<context>
    <name>DirectAnswer</name>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="26" />
        <source>Answered on the phone — close at intake (&amp;B)</source>
        <translation>Answered on the phone — close at intake (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="30" />
        <source>Alt+B. For a consultation or a request for help the officer answered: the case is created closed, with the answer, and is never dispatched.</source>
        <translation>Alt+B. For a consultation or a request for help the officer answered: the case is created closed, with the answer, and is never dispatched.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="37" />
        <source>The answer given to the caller (required)</source>
        <translation>The answer given to the caller (required)</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="41" />
        <source>The case will be created CLOSED: it is not dispatched.</source>
        <translation>The case will be created CLOSED: it is not dispatched.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="55" />
        <source>Direct answer</source>
        <translation>Direct answer</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="61" />
        <source>Alt+Q. Kept as the note of the closing step.</source>
        <translation>Alt+Q. Kept as the note of the closing step.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="68" />
        <source>Write the answer given (only consultations and requests for help are answered at intake)</source>
        <translation>Write the answer given (only consultations and requests for help are answered at intake)</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="74" />
        <source>Answe&amp;r and close</source>
        <translation>Answe&amp;r and close</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_direct.py" line="56" />
        <source>Answer (&amp;Q)</source>
        <translation>Answer (&amp;Q)</translation>
    </message>
</context>
<context>
    <name>DispatchAidsView</name>
    <message>
        <location filename="../../console/panes/dispatch_helped.py" line="37" />
        <source>Category rule (routing suggestions could not be read)</source>
        <translation>Category rule (routing suggestions could not be read)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_helped.py" line="39" />
        <source>Category rule; reading the routing suggestions…</source>
        <translation>Category rule; reading the routing suggestions…</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_helped.py" line="59" />
        <source>The handling clock starts when this is sent.</source>
        <translation>The handling clock starts when this is sent.</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_helped.py" line="93" />
        <source>Deadline preview unavailable: %1</source>
        <translation>Deadline preview unavailable: %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_helped.py" line="98" />
        <source>Routing suggestions unavailable; the category rule is shown.</source>
        <translation>Routing suggestions unavailable; the category rule is shown.</translation>
    </message>
</context>
<context>
    <name>DispatchForm</name>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="60" />
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="61" />
        <source>Comment (required)</source>
        <translation>Comment (required)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="62" />
        <source>Urging note</source>
        <translation>Urging note</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="63" />
        <source>How it was handled</source>
        <translation>How it was handled</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="64" />
        <source>Callback record</source>
        <translation>Callback record</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="65" />
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="69" />
        <source>Select a case in the queue.</source>
        <translation>Select a case in the queue.</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="70" />
        <source>Choose what to do.</source>
        <translation>Choose what to do.</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="71" />
        <source>Choose the department to dispatch to.</source>
        <translation>Choose the department to dispatch to.</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="72" />
        <source>Choose the case to merge into, in the list of likely duplicates.</source>
        <translation>Choose the case to merge into, in the list of likely duplicates.</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="75" />
        <source>Choose the callback result.</source>
        <translation>Choose the callback result.</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="76" />
        <source>Choose whom to escalate to.</source>
        <translation>Choose whom to escalate to.</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="77" />
        <source>Write the comment.</source>
        <translation>Write the comment.</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="78" />
        <source>Give the reason: %1 needs one.</source>
        <translation>Give the reason: %1 needs one.</translation>
    </message>
</context>
<context>
    <name>DispatchPane</name>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="133" />
        <source>Correct the case in its own form: Ctrl+Shift+C (Case menu).</source>
        <translation>Correct the case in its own form: Ctrl+Shift+C (Case menu).</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="141" />
        <source>Saved; waiting for the server before this can be done again.</source>
        <translation>Saved; waiting for the server before this can be done again.</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="165" />
        <source>Saved; sending…</source>
        <translation>Saved; sending…</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="167" />
        <source>Saved while offline: it is sent when the connection is back.</source>
        <translation>Saved while offline: it is sent when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="197" />
        <source>⏳ %1 action(s) on this case wait to be synchronized</source>
        <translation>⏳ %1 action(s) on this case wait to be synchronized</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_pane.py" line="298" />
        <source>Deadline: loading…</source>
        <translation>Deadline: loading…</translation>
    </message>
</context>
<context>
    <name>DispatchTexts</name>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="31" />
        <source>No case selected</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="43" />
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="45" />
        <source>returned %1×</source>
        <translation>returned %1×</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="52" />
        <source>Choose a case in the list of likely duplicates →</source>
        <translation>Choose a case in the list of likely duplicates →</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="55" />
        <source>Merge this case into %1 %2. Both histories are kept; this case closes as merged.</source>
        <translation>Merge this case into %1 %2. Both histories are kept; this case closes as merged.</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="62" />
        <source>Likely duplicates (500 m, 72 h): %1</source>
        <translation>Likely duplicates (500 m, 72 h): %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="70" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="73" />
        <source>Register + dispatch</source>
        <translation>Register + dispatch</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="92" />
        <source>Just now: %1. The pane shows the case as it is now.</source>
        <translation>Just now: %1. The pane shows the case as it is now.</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="99" />
        <source>Done: %1.</source>
        <translation>Done: %1.</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="103" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="108" />
        <source>After this the clock is paused.</source>
        <translation>After this the clock is paused.</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="110" />
        <source>After this no clock runs.</source>
        <translation>After this no clock runs.</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="114" />
        <source>If approved: %1 step, limit %2; due</source>
        <translation>If approved: %1 step, limit %2; due</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="116" />
        <source>Clock unchanged: %1 step, limit %2; due</source>
        <translation>Clock unchanged: %1 step, limit %2; due</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_texts.py" line="118" />
        <source>After this: %1 step, limit %2; due</source>
        <translation>After this: %1 step, limit %2; due</translation>
    </message>
</context>
<context>
    <name>DispatchView</name>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="45" />
        <source>No case selected</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="64" />
        <source>Likely duplicates (500 m, 72 h)</source>
        <translation>Likely duplicates (500 m, 72 h)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="66" />
        <source>Actions allowed now</source>
        <translation>Actions allowed now</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="67" />
        <source>↑↓ choose · Enter: to the form
Ctrl+Enter: send</source>
        <translation>↑↓ choose · Enter: to the form
Ctrl+Enter: send</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="105" />
        <source> h (clock hours of the step)</source>
        <translation> h (clock hours of the step)</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="116" />
        <location filename="../../console/panes/dispatch_view.py" line="121" />
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="134" />
        <source>Ctrl+Enter wherever a case is selected; Enter on the department list</source>
        <translation>Ctrl+Enter wherever a case is selected; Enter on the department list</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="153" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="154" />
        <source>Merge into</source>
        <translation>Merge into</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="155" />
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="156" />
        <source>Callback result</source>
        <translation>Callback result</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_view.py" line="157" />
        <source>Escalate to</source>
        <translation>Escalate to</translation>
    </message>
</context>
<context>
    <name>Drills</name>
    <message>
        <location filename="../../console/drills/banner.py" line="59" />
        <source>%1 · %2 · injects arrived %3 of %4 · trainees: %5</source>
        <translation>%1 · %2 · injects arrived %3 of %4 · trainees: %5</translation>
    </message>
    <message>
        <location filename="../../console/drills/banner.py" line="79" />
        <source>Drill clock %1</source>
        <translation>Drill clock %1</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reading.py" line="65" />
        <source>Loading the trainees</source>
        <translation>Loading the trainees</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reading.py" line="70" />
        <source>Loading the scenarios</source>
        <translation>Loading the scenarios</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reading.py" line="81" />
        <source>Loading the runs</source>
        <translation>Loading the runs</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reading.py" line="96" />
        <location filename="../../console/drills/control_reading.py" line="224" />
        <source>Reading the run</source>
        <translation>Reading the run</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reading.py" line="113" />
        <location filename="../../console/drills/control_reading.py" line="132" />
        <source>Reading the scores</source>
        <translation>Reading the scores</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="25" />
        <source>Choose a scenario.</source>
        <translation>Choose a scenario.</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="30" />
        <location filename="../../console/drills/control_reading.py" line="182" />
        <source>This scenario has errors: %1</source>
        <translation>This scenario has errors: %1</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="38" />
        <source>Tick at least one trainee.</source>
        <translation>Tick at least one trainee.</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="53" />
        <source>Starting the run</source>
        <translation>Starting the run</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="64" />
        <source>Paused: the drill clock stands.</source>
        <translation>Paused: the drill clock stands.</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="65" />
        <source>Resumed: the drill clock runs on.</source>
        <translation>Resumed: the drill clock runs on.</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="66" />
        <source>The run has ended; its report is ready.</source>
        <translation>The run has ended; its report is ready.</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="71" />
        <location filename="../../console/drills/control_commands.py" line="90" />
        <location filename="../../console/drills/control_commands.py" line="109" />
        <source>The run</source>
        <translation>The run</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="72" />
        <source>Controlling the run</source>
        <translation>Controlling the run</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="86" />
        <source>The drill clock runs at %1.</source>
        <translation>The drill clock runs at %1.</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="91" />
        <source>Changing the drill clock's speed</source>
        <translation>Changing the drill clock's speed</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="105" />
        <source>Started again as run #%1.</source>
        <translation>Started again as run #%1.</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="110" />
        <source>Resetting the run</source>
        <translation>Resetting the run</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="41" />
        <source>Choose a run in the list.</source>
        <translation>Choose a run in the list.</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="58" />
        <source>The report</source>
        <translation>The report</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="60" />
        <source>Fetching the report</source>
        <translation>Fetching the report</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="67" />
        <source>Show a report first.</source>
        <translation>Show a report first.</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="71" />
        <source>Save the after-action report</source>
        <translation>Save the after-action report</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="75" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="98" />
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="100" />
        <source>Saving the report</source>
        <translation>Saving the report</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="110" />
        <source>Name the trainee whose runs to compare.</source>
        <translation>Name the trainee whose runs to compare.</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="128" />
        <source>The trainee's runs</source>
        <translation>The trainee's runs</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="130" />
        <source>Comparing the trainee's runs</source>
        <translation>Comparing the trainee's runs</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reading.py" line="157" />
        <source>%1 (%2 injects, %3 min)</source>
        <translation>%1 (%2 injects, %3 min)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reading.py" line="163" />
        <source>%1: has errors</source>
        <translation>%1: has errors</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="116" />
        <source>Run #%1 started for %2 at %3.</source>
        <translation>Run #%1 started for %2 at %3.</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_commands.py" line="130" />
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="140" />
        <source>The PDF is not available: %1</source>
        <translation>The PDF is not available: %1</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="148" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reports.py" line="157" />
        <source>%1 has no scored runs yet.</source>
        <translation>%1 has no scored runs yet.</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_reading.py" line="276" />
        <source>Reading the case</source>
        <translation>Reading the case</translation>
    </message>
    <message>
        <location filename="../../console/drills/control.py" line="124" />
        <source>Drill run #%1 has ended: back to normal.</source>
        <translation>Drill run #%1 has ended: back to normal.</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="87" />
        <source>Tick the trainees of the run (Space ticks)</source>
        <translation>Tick the trainees of the run (Space ticks)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="99" />
        <source>&amp;Start the run</source>
        <translation>&amp;Start the run</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="102" />
        <source>Scenario editor…</source>
        <translation>Scenario editor…</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="108" />
        <source>Sc&amp;enario</source>
        <translation>Sc&amp;enario</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="112" />
        <source>&amp;Trainees</source>
        <translation>&amp;Trainees</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="115" />
        <source>Spee&amp;d</source>
        <translation>Spee&amp;d</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="118" />
        <source>Si&amp;mulated start</source>
        <translation>Si&amp;mulated start</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="142" />
        <source>%v of %m drill minutes</source>
        <translation>%v of %m drill minutes</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="143" />
        <location filename="../../console/drills/control_view.py" line="309" />
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="149" />
        <source>St&amp;op</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="152" />
        <source>Reset (start a&amp;gain)</source>
        <translation>Reset (start a&amp;gain)</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="155" />
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="159" />
        <source>You are a trainee in this run: the trainer steers it.</source>
        <translation>You are a trainee in this run: the trainer steers it.</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="170" />
        <source>R&amp;un</source>
        <translation>R&amp;un</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="180" />
        <source>Speed no&amp;w</source>
        <translation>Speed no&amp;w</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="199" />
        <source>Act as a department or the supervisor</source>
        <translation>Act as a department or the supervisor</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="221" />
        <source>&amp;New run</source>
        <translation>&amp;New run</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="222" />
        <source>&amp;Injects</source>
        <translation>&amp;Injects</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="223" />
        <source>Score&amp;board</source>
        <translation>Score&amp;board</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="224" />
        <source>Reports &amp;and progress</source>
        <translation>Reports &amp;and progress</translation>
    </message>
    <message>
        <location filename="../../console/drills/control_view.py" line="307" />
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="36" />
        <source>Status: %1 · trainees: %2</source>
        <translation>Status: %1 · trainees: %2</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="39" />
        <source>Points: %1 · findings: %2</source>
        <translation>Points: %1 · findings: %2</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="46" />
        <source>%1: %2, register %3, dispatch %4</source>
        <translation>%1: %2, register %3, dispatch %4</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="55" />
        <source>register %1 (target %2), dispatch %3 (target %4)</source>
        <translation>register %1 (target %2), dispatch %3 (target %4)</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="68" />
        <source>by %1 · now %2, expected %3</source>
        <translation>by %1 · now %2, expected %3</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="87" />
        <source>&amp;View the report</source>
        <translation>&amp;View the report</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="90" />
        <source>Save as PD&amp;F…</source>
        <translation>Save as PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="97" />
        <source>The report's first page shows here.</source>
        <translation>The report's first page shows here.</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="108" />
        <source>Compare the trainee's runs</source>
        <translation>Compare the trainee's runs</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="121" />
        <location filename="../../console/drills/tables.py" line="125" />
        <location filename="../../console/drills/tables.py" line="184" />
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <location filename="../../console/drills/report_view.py" line="152" />
        <source>The server sent no PDF page to show.</source>
        <translation>The server sent no PDF page to show.</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="65" />
        <location filename="../../console/drills/stand_in.py" line="117" />
        <location filename="../../console/drills/stand_in.py" line="211" />
        <source>Choose an arrived inject above.</source>
        <translation>Choose an arrived inject above.</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="80" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="81" />
        <source>Act as t&amp;hem</source>
        <translation>Act as t&amp;hem</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="86" />
        <source>A&amp;ct as</source>
        <translation>A&amp;ct as</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="87" />
        <source>Ac&amp;tion</source>
        <translation>Ac&amp;tion</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="88" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="93" />
        <source>E&amp;xtension</source>
        <translation>E&amp;xtension</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="121" />
        <source>no department yet</source>
        <translation>no department yet</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="164" />
        <source>Acting for a department</source>
        <translation>Acting for a department</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="175" />
        <source>The shift supervisor (值班长)</source>
        <translation>The shift supervisor (值班长)</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="214" />
        <source>Nothing to do as them in this state.</source>
        <translation>Nothing to do as them in this state.</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="217" />
        <source>This action needs a reason: say why in the note.</source>
        <translation>This action needs a reason: say why in the note.</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="233" />
        <source>Done as %1: %2 %3.</source>
        <translation>Done as %1: %2 %3.</translation>
    </message>
    <message>
        <location filename="../../console/drills/stand_in.py" line="245" />
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <location filename="../../console/drills/start_moments.py" line="43" />
        <source>The scenario's own start</source>
        <translation>The scenario's own start</translation>
    </message>
    <message>
        <location filename="../../console/drills/start_moments.py" line="46" />
        <source>Friday 16:50 (before the weekend)</source>
        <translation>Friday 16:50 (before the weekend)</translation>
    </message>
    <message>
        <location filename="../../console/drills/start_moments.py" line="51" />
        <source>The day before National Day, 16:50</source>
        <translation>The day before National Day, 16:50</translation>
    </message>
    <message>
        <location filename="../../console/drills/start_moments.py" line="56" />
        <source>Monday 08:30 (the week's first rush)</source>
        <translation>Monday 08:30 (the week's first rush)</translation>
    </message>
    <message>
        <location filename="../../console/drills/start_moments.py" line="59" />
        <source>Tonight 23:30</source>
        <translation>Tonight 23:30</translation>
    </message>
    <message>
        <location filename="../../console/drills/start_moments.py" line="60" />
        <source>Another moment…</source>
        <translation>Another moment…</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="90" />
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="91" />
        <location filename="../../console/drills/tables.py" line="182" />
        <source>Inject</source>
        <translation>Inject</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="92" />
        <location filename="../../console/drills/tables.py" line="259" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="93" />
        <location filename="../../console/drills/tables.py" line="183" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="94" />
        <source>State now</source>
        <translation>State now</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="95" />
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="96" />
        <source>Script step</source>
        <translation>Script step</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="126" />
        <location filename="../../console/drills/tables.py" line="185" />
        <location filename="../../console/drills/tables.py" line="294" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="127" />
        <source>Injects</source>
        <translation>Injects</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="128" />
        <location filename="../../console/drills/tables.py" line="295" />
        <source>Register (mean)</source>
        <translation>Register (mean)</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="129" />
        <location filename="../../console/drills/tables.py" line="296" />
        <source>Dispatch (mean)</source>
        <translation>Dispatch (mean)</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="130" />
        <location filename="../../console/drills/tables.py" line="297" />
        <source>Right dept. first</source>
        <translation>Right dept. first</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="131" />
        <source>Wrong dept. first</source>
        <translation>Wrong dept. first</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="132" />
        <location filename="../../console/drills/tables.py" line="298" />
        <source>Duplicates merged</source>
        <translation>Duplicates merged</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="133" />
        <source>Duplicates dispatched</source>
        <translation>Duplicates dispatched</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="134" />
        <location filename="../../console/drills/tables.py" line="189" />
        <source>SLA kept</source>
        <translation>SLA kept</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="135" />
        <location filename="../../console/drills/tables.py" line="190" />
        <source>Escalations handled</source>
        <translation>Escalations handled</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="136" />
        <location filename="../../console/drills/tables.py" line="191" />
        <source>Keystrokes</source>
        <translation>Keystrokes</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="137" />
        <location filename="../../console/drills/tables.py" line="192" />
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="186" />
        <source>Registered after (target)</source>
        <translation>Registered after (target)</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="187" />
        <source>Dispatched after (target)</source>
        <translation>Dispatched after (target)</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="188" />
        <source>First department</source>
        <translation>First department</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="193" />
        <source>What went wrong</source>
        <translation>What went wrong</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="215" />
        <source>duplicate: merged</source>
        <translation>duplicate: merged</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="217" />
        <source>duplicate: not merged</source>
        <translation>duplicate: not merged</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="257" />
        <location filename="../../console/drills/tables.py" line="291" />
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="258" />
        <location filename="../../console/drills/tables.py" line="292" />
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="260" />
        <location filename="../../console/drills/tables.py" line="293" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="261" />
        <source>Trainees</source>
        <translation>Trainees</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="262" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../console/drills/tables.py" line="299" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="14" />
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="15" />
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="16" />
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="19" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="20" />
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="24" />
        <source>Never taken up</source>
        <translation>Never taken up</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="25" />
        <source>Registered late</source>
        <translation>Registered late</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="26" />
        <source>Never dispatched</source>
        <translation>Never dispatched</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="27" />
        <source>Dispatched late</source>
        <translation>Dispatched late</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="28" />
        <source>Wrong department first</source>
        <translation>Wrong department first</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="29" />
        <source>Duplicate dispatched again</source>
        <translation>Duplicate dispatched again</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="30" />
        <source>Duplicate not merged</source>
        <translation>Duplicate not merged</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="31" />
        <source>Deadline missed</source>
        <translation>Deadline missed</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="32" />
        <source>Escalation not answered</source>
        <translation>Escalation not answered</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="33" />
        <source>Did not reach the expected state</source>
        <translation>Did not reach the expected state</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="35" />
        <source>【DRILL】</source>
        <translation>【DRILL】</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="75" />
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="76" />
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="77" />
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="78" />
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="79" />
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="80" />
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="81" />
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../console/drills/texts.py" line="94" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../console/drills/trainee_mode.py" line="155" />
        <source>Looking for a drill run</source>
        <translation>Looking for a drill run</translation>
    </message>
    <message>
        <location filename="../../console/drills/trainee_mode.py" line="312" />
        <source>Reporting keys and clicks</source>
        <translation>Reporting keys and clicks</translation>
    </message>
</context>
<context>
    <name>DuplicateList</name>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="211" />
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="211" />
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="211" />
        <source>Apart</source>
        <translation>Apart</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="211" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="227" />
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="229" />
        <source>same street</source>
        <translation>same street</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_fields.py" line="230" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>EconomyReview</name>
    <message>
        <location filename="../../console/charts/economy.py" line="42" />
        <source>Economy: the meeting's view</source>
        <translation>Economy: the meeting's view</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="47" />
        <source>A month, a quarter (cumulative to its last month)</source>
        <translation>A month, a quarter (cumulative to its last month)</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="51" />
        <source>Brief (PDF)…</source>
        <translation>Brief (PDF)…</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="53" />
        <source>The economic brief of this period, for paper</source>
        <translation>The economic brief of this period, for paper</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="104" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="75" />
        <location filename="../../console/charts/economy.py" line="105" />
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="75" />
        <location filename="../../console/charts/economy.py" line="106" />
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="75" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="75" />
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="107" />
        <source>Rank (value)</source>
        <translation>Rank (value)</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="108" />
        <source>Rank (growth)</source>
        <translation>Rank (growth)</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="109" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="110" />
        <source>Since year-end</source>
        <translation>Since year-end</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="111" />
        <source>To catch up</source>
        <translation>To catch up</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="112" />
        <source>Year target</source>
        <translation>Year target</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="113" />
        <source>Good start</source>
        <translation>Good start</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="144" />
        <source>Could not load: %1</source>
        <translation>Could not load: %1</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="146" />
        <source>Loading the economy review</source>
        <translation>Loading the economy review</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="157" />
        <source>First in the city by value: %1</source>
        <translation>First in the city by value: %1</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="160" />
        <source>Good first quarter: %1 of %2 indicators</source>
        <translation>Good first quarter: %1 of %2 indicators</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="165" />
        <source>Time gone by: %1</source>
        <translation>Time gone by: %1</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="194" />
        <source>%1 by street</source>
        <translation>%1 by street</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="201" />
        <source>Loading the streets</source>
        <translation>Loading the streets</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="221" />
        <source>no street figures imported</source>
        <translation>no street figures imported</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="229" />
        <source>%1 pts, %2</source>
        <translation>%1 pts, %2</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="236" />
        <source> pts</source>
        <translation> pts</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="242" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="242" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="266" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="284" />
        <source>Save the brief</source>
        <translation>Save the brief</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="302" />
        <source>Saving the economy brief</source>
        <translation>Saving the economy brief</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="310" />
        <source>%1 first quarter</source>
        <translation>%1 first quarter</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="311" />
        <source>%1 Q%2</source>
        <translation>%1 Q%2</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="316" />
        <source>%1 Jan–Feb</source>
        <translation>%1 Jan–Feb</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="317" />
        <source>%1 Jan–%2</source>
        <translation>%1 Jan–%2</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="321" />
        <source>Lagging: catch up</source>
        <translation>Lagging: catch up</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="322" />
        <source>Middle: close in on the best</source>
        <translation>Middle: close in on the best</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="323" />
        <source>Advantage: widen the lead</source>
        <translation>Advantage: widen the lead</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="328" />
        <source>lagging</source>
        <translation>lagging</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="329" />
        <source>middle</source>
        <translation>middle</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="330" />
        <source>advantage</source>
        <translation>advantage</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="335" />
        <source>up %1</source>
        <translation>up %1</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="337" />
        <source>down %1</source>
        <translation>down %1</translation>
    </message>
    <message>
        <location filename="../../console/charts/economy.py" line="338" />
        <source>held</source>
        <translation>held</translation>
    </message>
</context>
<context>
    <name>EconomyView</name>
    <message>
        <location filename="../../console/wall/view_economy.py" line="27" />
        <source>Economy: the meeting's view</source>
        <translation>Economy: the meeting's view</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_economy.py" line="68" />
        <source>Economy: %1</source>
        <translation>Economy: %1</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_economy.py" line="72" />
        <source>First in the city by value: %1</source>
        <translation>First in the city by value: %1</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_economy.py" line="75" />
        <source>Good first quarter: %1 of %2 indicators</source>
        <translation>Good first quarter: %1 of %2 indicators</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_economy.py" line="88" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_economy.py" line="92" />
        <source>Lagging</source>
        <translation>Lagging</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_economy.py" line="93" />
        <source>Middle</source>
        <translation>Middle</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_economy.py" line="94" />
        <source>Advantage</source>
        <translation>Advantage</translation>
    </message>
</context>
<context>
    <name>Everyday</name>
    <message>
        <location filename="../../console/shell/everyday.py" line="187" />
        <source>Select an open case to correct.</source>
        <translation>Select an open case to correct.</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="215" />
        <source>Select a case first: the photo is attached to it.</source>
        <translation>Select a case first: the photo is attached to it.</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="240" />
        <source>%1 (%2) selected.</source>
        <translation>%1 (%2) selected.</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="257" />
        <source>Queue exported to %1</source>
        <translation>Queue exported to %1</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="260" />
        <source>Assignment sheet saved: %1</source>
        <translation>Assignment sheet saved: %1</translation>
    </message>
    <message>
        <location filename="../../console/shell/everyday.py" line="263" />
        <source>Assignment sheet of %1 sent to the printer.</source>
        <translation>Assignment sheet of %1 sent to the printer.</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../console/volunteers/figures.py" line="47" />
        <source>Last %1 days</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="47" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="50" />
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="56" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="57" />
        <location filename="../../console/volunteers/figures.py" line="68" />
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="58" />
        <location filename="../../console/volunteers/figures.py" line="71" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="59" />
        <location filename="../../console/volunteers/figures.py" line="72" />
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="60" />
        <source>Rated</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="61" />
        <location filename="../../console/volunteers/figures.py" line="73" />
        <source>Average rating</source>
        <translation>Average rating</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="67" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="69" />
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="70" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="74" />
        <source>Median minutes to accept</source>
        <translation>Median minutes to accept</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="79" />
        <source>Requests made:</source>
        <translation>Requests made:</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/figures.py" line="143" />
        <source>%1 request(s), %2 done, %3 hours of service; average rating %4; median %5 minutes from an offer to its acceptance.</source>
        <translation>%1 request(s), %2 done, %3 hours of service; average rating %4; median %5 minutes from an offer to its acceptance.</translation>
    </message>
</context>
<context>
    <name>FullScreenHost</name>
    <message>
        <location filename="../../console/video/grid.py" line="31" />
        <source>Video — full screen (Esc to return)</source>
        <translation>Video — full screen (Esc to return)</translation>
    </message>
</context>
<context>
    <name>GridPicker</name>
    <message>
        <location filename="../../console/admin/users_ties.py" line="136" />
        <source>(every street)</source>
        <translation>(every street)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_ties.py" line="160" />
        <source>(choose a grid)</source>
        <translation>(choose a grid)</translation>
    </message>
</context>
<context>
    <name>HandoverDesk</name>
    <message>
        <location filename="../../console/shell/handover_install.py" line="134" />
        <source>Handing over…</source>
        <translation>Handing over…</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="139" />
        <source>Writing the handover brief</source>
        <translation>Writing the handover brief</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="150" />
        <source>Signing the handover brief</source>
        <translation>Signing the handover brief</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="172" />
        <source>Reading the shift's figures</source>
        <translation>Reading the shift's figures</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="179" />
        <source>Reading the outbox</source>
        <translation>Reading the outbox</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="194" />
        <source>Reading the latest handover brief</source>
        <translation>Reading the latest handover brief</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="248" />
        <source>Brief %1 handed over; the incoming officer signs it.</source>
        <translation>Brief %1 handed over; the incoming officer signs it.</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="257" />
        <source>You signed brief %1: the shift is yours.</source>
        <translation>You signed brief %1: the shift is yours.</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="262" />
        <source>Handover brief saved: %1</source>
        <translation>Handover brief saved: %1</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="300" />
        <source>%1 handed over the shift: File → Handover… to read and sign.</source>
        <translation>%1 handed over the shift: File → Handover… to read and sign.</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="308" />
        <source>You wrote this brief: the officer taking over the shift signs it.</source>
        <translation>You wrote this brief: the officer taking over the shift signs it.</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_install.py" line="311" />
        <source>This brief was signed already, by %1.</source>
        <translation>This brief was signed already, by %1.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="43" />
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="50" />
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="51" />
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="58" />
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="59" />
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="60" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="82" />
        <source>Notes for the incoming officer: what to watch, what was promised to whom</source>
        <translation>Notes for the incoming officer: what to watch, what was promised to whom</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="86" />
        <source>Re&amp;fresh figures</source>
        <translation>Re&amp;fresh figures</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="87" />
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="89" />
        <source>Write the brief (Ctrl+Enter)</source>
        <translation>Write the brief (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="102" />
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="112" />
        <source>Looking for a brief to sign…</source>
        <translation>Looking for a brief to sign…</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="118" />
        <source>&amp;Sign as incoming officer</source>
        <translation>&amp;Sign as incoming officer</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="148" />
        <source>No handover brief awaits a signature.</source>
        <translation>No handover brief awaits a signature.</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="156" />
        <source>Your own brief: the officer taking over the shift signs it.</source>
        <translation>Your own brief: the officer taking over the shift signs it.</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="159" />
        <source>Brief %1 by %2 awaits your signature.</source>
        <translation>Brief %1 by %2 awaits your signature.</translation>
    </message>
    <message>
        <location filename="../../console/shell/handover_dialog.py" line="202" />
        <source>Notes are kept to 5000 characters.</source>
        <translation>Notes are kept to 5000 characters.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="32" />
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="33" />
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="34" />
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="35" />
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="36" />
        <source>growth</source>
        <translation>growth</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="37" />
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="56" />
        <source>Import indicator data</source>
        <translation>Import indicator data</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="62" />
        <source>CSV saved from the statistics bureau's sheet</source>
        <translation>CSV saved from the statistics bureau's sheet</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="63" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="65" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="75" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="75" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="75" />
        <source>What to fix</source>
        <translation>What to fix</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="82" />
        <source>Columns: period, area, indicator, value, growth, target (Chinese or English names). Nothing is stored unless every line is right.</source>
        <translation>Columns: period, area, indicator, value, growth, target (Chinese or English names). Nothing is stored unless every line is right.</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="105" />
        <source>Choose a CSV file first.</source>
        <translation>Choose a CSV file first.</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="110" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="116" />
        <source>Importing indicator data</source>
        <translation>Importing indicator data</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="126" />
        <source>Indicator CSV</source>
        <translation>Indicator CSV</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="126" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="134" />
        <source>Imported %1 rows (%2 replaced) for %3.</source>
        <translation>Imported %1 rows (%2 replaced) for %3.</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="145" />
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="149" />
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <location filename="../../console/charts/import_dialog.py" line="151" />
        <source>Fix the %1 lines below and import again.</source>
        <translation>Fix the %1 lines below and import again.</translation>
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
        <translation>%1, %2: %3 %4
Growth %5 (target %6)
Rank by value %7, by growth %8, %9</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <location filename="../../console/wall/view_charts.py" line="84" />
        <source>Economic indicators</source>
        <translation>Economic indicators</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_charts.py" line="125" />
        <source>Economic indicators: %1</source>
        <translation>Economic indicators: %1</translation>
    </message>
</context>
<context>
    <name>IntakeChart</name>
    <message>
        <location filename="../../console/charts/intake.py" line="36" />
        <source>Cases reported per hour</source>
        <translation>Cases reported per hour</translation>
    </message>
    <message>
        <location filename="../../console/charts/intake.py" line="112" />
        <source>Cases reported per hour today: %1</source>
        <translation>Cases reported per hour today: %1</translation>
    </message>
    <message>
        <location filename="../../console/charts/intake.py" line="132" />
        <source>%1–%2: %3 cases</source>
        <translation>%1–%2: %3 cases</translation>
    </message>
    <message>
        <location filename="../../console/charts/intake.py" line="144" />
        <source>Hour from</source>
        <translation>Hour from</translation>
    </message>
    <message>
        <location filename="../../console/charts/intake.py" line="145" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>IntakeExtras</name>
    <message>
        <location filename="../../console/shell/intake_extras.py" line="73" />
        <source>Case %1 answered on the phone and closed at intake (直办). Ready for the next call.</source>
        <translation>Case %1 answered on the phone and closed at intake (直办). Ready for the next call.</translation>
    </message>
    <message>
        <location filename="../../console/shell/intake_extras.py" line="83" />
        <source>Case %1 created with its frame attached. Ready for the next call.</source>
        <translation>Case %1 created with its frame attached. Ready for the next call.</translation>
    </message>
    <message>
        <location filename="../../console/shell/intake_extras.py" line="89" />
        <source>Case %1 was created, but its frame was not attached: %2 Select the case and attach it from disk (Ctrl+Shift+I).</source>
        <translation>Case %1 was created, but its frame was not attached: %2 Select the case and attach it from disk (Ctrl+Shift+I).</translation>
    </message>
    <message>
        <location filename="../../console/shell/intake_extras.py" line="101" />
        <source>Loading the cameras</source>
        <translation>Loading the cameras</translation>
    </message>
    <message>
        <location filename="../../console/shell/intake_extras.py" line="106" />
        <source>The cameras could not be loaded: %1</source>
        <translation>The cameras could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="56" />
        <source>Caller's name</source>
        <translation>Caller's name</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="57" />
        <source>e.g. 138 1234 5678</source>
        <translation>e.g. 138 1234 5678</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="60" />
        <source>Type part of a name or code, e.g. 噪声</source>
        <translation>Type part of a name or code, e.g. 噪声</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="63" />
        <source>Street, community, building, landmark</source>
        <translation>Street, community, building, landmark</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="67" />
        <source>lat, lon — optional</source>
        <translation>lat, lon — optional</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="70" />
        <source>On map…</source>
        <translation>On map…</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="72" />
        <source>Click the point on the map (F12); the street is then taken from the map</source>
        <translation>Click the point on the map (F12); the street is then taken from the map</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="80" />
        <source>What the caller reports, in their words</source>
        <translation>What the caller reports, in their words</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="82" />
        <source>Filled in from category, street and description</source>
        <translation>Filled in from category, street and description</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="83" />
        <source>Cl&amp;ear form</source>
        <translation>Cl&amp;ear form</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="85" />
        <source>C&amp;reate case</source>
        <translation>C&amp;reate case</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="125" />
        <source>Caller &amp;name</source>
        <translation>Caller &amp;name</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="126" />
        <source>Ph&amp;one</source>
        <translation>Ph&amp;one</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="127" />
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="128" />
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="129" />
        <source>&amp;Street</source>
        <translation>&amp;Street</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="130" />
        <source>Coordina&amp;tes</source>
        <translation>Coordina&amp;tes</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="131" />
        <source>&amp;Urgency</source>
        <translation>&amp;Urgency</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="132" />
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_form.py" line="133" />
        <source>T&amp;itle</source>
        <translation>T&amp;itle</translation>
    </message>
</context>
<context>
    <name>IntakeResults</name>
    <message>
        <location filename="../../console/panes/intake_results.py" line="36" />
        <source>12345 call about the same matter.</source>
        <translation>12345 call about the same matter.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="38" />
        <source>Caller: %1</source>
        <translation>Caller: %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="39" />
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="40" />
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="41" />
        <source>Said: %1</source>
        <translation>Said: %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="50" />
        <source>Case %1 created; registering and dispatching it to the suggested department (Action results, F4). Ready for the next call.</source>
        <translation>Case %1 created; registering and dispatching it to the suggested department (Action results, F4). Ready for the next call.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="57" />
        <source>Case %1 registered and dispatched to %2. Ready for the next call.</source>
        <translation>Case %1 registered and dispatched to %2. Ready for the next call.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="63" />
        <source>Case %1 created: %2. Ready for the next call.</source>
        <translation>Case %1 created: %2. Ready for the next call.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="65" />
        <source>Last created: %1</source>
        <translation>Last created: %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="72" />
        <source>Adding the call to case %1; no new case was created.</source>
        <translation>Adding the call to case %1; no new case was created.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="75" />
        <source>Offline: the call is saved and will be added to case %1 when the connection returns; no new case was created.</source>
        <translation>Offline: the call is saved and will be added to case %1 when the connection returns; no new case was created.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="81" />
        <source>Call attached to case %1 (%2); no new case was created.</source>
        <translation>Call attached to case %1 (%2); no new case was created.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="95" />
        <source>The server refused the case: correct the marked fields.</source>
        <translation>The server refused the case: correct the marked fields.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="101" />
        <source>The call could not be added to case %1: %2 Its note is kept under Action results (F4).</source>
        <translation>The call could not be added to case %1: %2 Its note is kept under Action results (F4).</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="109" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="109" />
        <source>Enter on the case</source>
        <translation>Enter on the case</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="110" />
        <source>Not saved: %1 What you typed is kept; press %2 to try again.</source>
        <translation>Not saved: %1 What you typed is kept; press %2 to try again.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="116" />
        <source>the server cannot be reached or is failing.</source>
        <translation>the server cannot be reached or is failing.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="118" />
        <source>your session has expired; sign in again.</source>
        <translation>your session has expired; sign in again.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="120" />
        <source>your role may not do this.</source>
        <translation>your role may not do this.</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="126" />
        <source>Unknown category: pick one from the list</source>
        <translation>Unknown category: pick one from the list</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="127" />
        <source>Unknown street: choose one from the list</source>
        <translation>Unknown street: choose one from the list</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="128" />
        <source>Give a title of at most 200 characters</source>
        <translation>Give a title of at most 200 characters</translation>
    </message>
    <message>
        <location filename="../../console/panes/intake_results.py" line="129" />
        <location filename="../../console/panes/intake_results.py" line="130" />
        <source>Write latitude, longitude, e.g. 32.04, 120.87</source>
        <translation>Write latitude, longitude, e.g. 32.04, 120.87</translation>
    </message>
</context>
<context>
    <name>IntakeTexts</name>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="14" />
        <source>Alt+N. Leave empty if the caller stays anonymous.</source>
        <translation>Alt+N. Leave empty if the caller stays anonymous.</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="15" />
        <source>Alt+O. Digits, +, - and spaces.</source>
        <translation>Alt+O. Digits, +, - and spaces.</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="17" />
        <source>Alt+G. Type part of the name, the code or the department; ↓ lists all, Enter picks. The department it goes to is shown on the right.</source>
        <translation>Alt+G. Type part of the name, the code or the department; ↓ lists all, Enter picks. The department it goes to is shown on the right.</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="20" />
        <source>Alt+A. The street is recognised from the address.</source>
        <translation>Alt+A. The street is recognised from the address.</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="21" />
        <source>Alt+S. Choose a street to override the one recognised.</source>
        <translation>Alt+S. Choose a street to override the one recognised.</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="22" />
        <source>Alt+T. Latitude, longitude, when the caller shares it.</source>
        <translation>Alt+T. Latitude, longitude, when the caller shares it.</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="23" />
        <source>Alt+U, then ← → to choose. Emergency runs a 24/7 clock.</source>
        <translation>Alt+U, then ← → to choose. Emergency runs a 24/7 clock.</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="24" />
        <source>Alt+D. Tab leaves; Ctrl+Enter creates the case.</source>
        <translation>Alt+D. Tab leaves; Ctrl+Enter creates the case.</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="25" />
        <source>Alt+I. Filled in for you until you edit it.</source>
        <translation>Alt+I. Filled in for you until you edit it.</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="26" />
        <source>Alt+E. Empties the form for the next call.</source>
        <translation>Alt+E. Empties the form for the next call.</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="27" />
        <source>Ctrl+Enter or Alt+R. Creates the case.</source>
        <translation>Ctrl+Enter or Alt+R. Creates the case.</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="33" />
        <source>Only digits, +, - and spaces, e.g. 0513-8512 3456</source>
        <translation>Only digits, +, - and spaces, e.g. 0513-8512 3456</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="34" />
        <source>Too long for a phone number</source>
        <translation>Too long for a phone number</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="35" />
        <source>Too short for a phone number</source>
        <translation>Too short for a phone number</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="40" />
        <source>Write latitude, longitude, e.g. 32.04, 120.87</source>
        <translation>Write latitude, longitude, e.g. 32.04, 120.87</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="45" />
        <source>From the address: %1</source>
        <translation>From the address: %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="46" />
        <source>From the address: not recognised — choose one</source>
        <translation>From the address: not recognised — choose one</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="53" />
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="56" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="58" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_texts.py" line="63" />
        <source>C&amp;reate case</source>
        <translation>C&amp;reate case</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../console/wall/view_charts.py" line="38" />
        <source>Cases reported today</source>
        <translation>Cases reported today</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_charts.py" line="70" />
        <source>Cases reported today: %1</source>
        <translation>Cases reported today: %1</translation>
    </message>
</context>
<context>
    <name>IntakeWork</name>
    <message>
        <location filename="../../console/panes/call_intake_work.py" line="86" />
        <source>Looking for similar cases</source>
        <translation>Looking for similar cases</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_work.py" line="116" />
        <source>Creating the case</source>
        <translation>Creating the case</translation>
    </message>
</context>
<context>
    <name>KpiCasesDialog</name>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="45" />
        <source>Cases behind the figure</source>
        <translation>Cases behind the figure</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="62" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="62" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="62" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="62" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="63" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="63" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="83" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="88" />
        <source>Cases behind: %1</source>
        <translation>Cases behind: %1</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="89" />
        <source>Loading the cases…</source>
        <translation>Loading the cases…</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="105" />
        <source>Could not load the cases: %1</source>
        <translation>Could not load the cases: %1</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="107" />
        <source>Loading the cases</source>
        <translation>Loading the cases</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="129" />
        <source>%1 cases; the first %2 are listed. Enter shows one in the queue.</source>
        <translation>%1 cases; the first %2 are listed. Enter shows one in the queue.</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_cases.py" line="132" />
        <source>%1 cases. Enter shows one in the queue and the detail pane.</source>
        <translation>%1 cases. Enter shows one in the queue and the detail pane.</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="46" />
        <source>Case KPIs today</source>
        <translation>Case KPIs today</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="48" />
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="55" />
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="56" />
        <source>By street</source>
        <translation>By street</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="103" />
        <source>Overdue open (click)</source>
        <translation>Overdue open (click)</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="143" />
        <source>Case KPIs %4: on-time closure %1, rework %2, overdue open %3</source>
        <translation>Case KPIs %4: on-time closure %1, rework %2, overdue open %3</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="145" />
        <source>On-time closure %1, rework %2, overdue open %3</source>
        <translation>On-time closure %1, rework %2, overdue open %3</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="155" />
        <source> (the worst %1 of %2 rows)</source>
        <translation> (the worst %1 of %2 rows)</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="160" />
        <source>No cases in this period.</source>
        <translation>No cases in this period.</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="172" />
        <source>on time %1 · rework %2</source>
        <translation>on time %1 · rework %2</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="186" />
        <source>%1
On-time closure %2 · rework %3
Intake %4 cases · closure %5</source>
        <translation>%1
On-time closure %2 · rework %3
Intake %4 cases · closure %5</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="201" />
        <source>%1: %2 open cases overdue
Click to show them in the queue</source>
        <translation>%1: %2 open cases overdue
Click to show them in the queue</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="232" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="232" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="233" />
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="234" />
        <source>On-time closure %</source>
        <translation>On-time closure %</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="235" />
        <source>Rework %</source>
        <translation>Rework %</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="236" />
        <source>Closure %</source>
        <translation>Closure %</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="237" />
        <source>Overdue open</source>
        <translation>Overdue open</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_bars.py" line="238" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>KpiColumns</name>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="66" />
        <source>%1 of %2 cases</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="71" />
        <source>%1 cases</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="73" />
        <source>Double-click to list them</source>
        <translation>Double-click to list them</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="78" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="81" />
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="86" />
        <source>On-time dispatch</source>
        <translation>On-time dispatch</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="92" />
        <source>Closure</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="96" />
        <source>On-time closure</source>
        <translation>On-time closure</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="102" />
        <source>Rework</source>
        <translation>Rework</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="104" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="107" />
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="114" />
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="120" />
        <source>Mean hours</source>
        <translation>Mean hours</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="82" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="83" />
        <source>Overdue now</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="80" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="129" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="131" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_columns.py" line="144" />
        <source>Score = volume tier (%1/%2/%3) + %4 × closure + %5 × on-time closure + %6 × (100 − rework)</source>
        <translation>Score = volume tier (%1/%2/%3) + %4 × closure + %5 × on-time closure + %6 × (100 − rework)</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="55" />
        <source>Case KPIs (督考)</source>
        <translation>Case KPIs (督考)</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="67" />
        <source>Score weights…</source>
        <translation>Score weights…</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="72" />
        <source>Workbook (.xlsx)…</source>
        <translation>Workbook (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="74" />
        <source>Save the page as a picture, or the table as CSV or an Excel workbook</source>
        <translation>Save the page as a picture, or the table as CSV or an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="114" />
        <source>Case KPIs, %1: intake %2 · closure %3 · overdue now %4 · score %5</source>
        <translation>Case KPIs, %1: intake %2 · closure %3 · overdue now %4 · score %5</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="125" />
        <source> (weights version %1, set by %2)</source>
        <translation> (weights version %1, set by %2)</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="130" />
        <source> (the default weights)</source>
        <translation> (the default weights)</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="133" />
        <source>No cases in this period.</source>
        <translation>No cases in this period.</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="151" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="152" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="153" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="154" />
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="155" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="156" />
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="157" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="160" />
        <source>Case KPIs</source>
        <translation>Case KPIs</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="176" />
        <source>Exporting the KPI table</source>
        <translation>Exporting the KPI table</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="183" />
        <source>Case KPIs %1.xlsx</source>
        <translation>Case KPIs %1.xlsx</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="186" />
        <source>Export the KPI table</source>
        <translation>Export the KPI table</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_page.py" line="186" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>KpiWeightsDialog</name>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="42" />
        <source>Score weights</source>
        <translation>Score weights</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="50" />
        <source>Volume tier, intake ≥ ⅔ of the largest (points)</source>
        <translation>Volume tier, intake ≥ ⅔ of the largest (points)</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="51" />
        <source>Volume tier, intake ≥ ⅓ of the largest (points)</source>
        <translation>Volume tier, intake ≥ ⅓ of the largest (points)</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="52" />
        <source>Volume tier, any smaller intake (points)</source>
        <translation>Volume tier, any smaller intake (points)</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="53" />
        <source>× closure rate</source>
        <translation>× closure rate</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="54" />
        <source>× on-time closure rate</source>
        <translation>× on-time closure rate</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="55" />
        <source>× (100 − rework rate)</source>
        <translation>× (100 − rework rate)</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="69" />
        <source>why (kept in the admin log)</source>
        <translation>why (kept in the admin log)</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="70" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="81" />
        <source>Domain defaults</source>
        <translation>Domain defaults</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="96" />
        <source>Loading the weights…</source>
        <translation>Loading the weights…</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="102" />
        <source>Loading the score weights</source>
        <translation>Loading the score weights</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="118" />
        <source>Version %1, set by %2.</source>
        <translation>Version %1, set by %2.</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="120" />
        <source>The domain's default weights (version 0).</source>
        <translation>The domain's default weights (version 0).</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="133" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="138" />
        <source>Saving the score weights</source>
        <translation>Saving the score weights</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="156" />
        <source>Another administrator saved version %1 meanwhile: start again from it.</source>
        <translation>Another administrator saved version %1 meanwhile: start again from it.</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_weights_dialog.py" line="168" />
        <source>Best possible score: %1 + 100 × (%2 + %3 + %4) = %5 (must be 100)</source>
        <translation>Best possible score: %1 + 100 × (%2 + %3 + %4) = %5 (must be 100)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../console/models/labels.py" line="22" />
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="23" />
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="24" />
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="25" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="26" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="27" />
        <source>To verify</source>
        <translation>To verify</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="28" />
        <source>Parked</source>
        <translation>Parked</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="29" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="30" />
        <source>Voided</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="31" />
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="35" />
        <source>12345 hotline</source>
        <translation>12345 hotline</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="36" />
        <source>Grid report</source>
        <translation>Grid report</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="37" />
        <source>River patrol</source>
        <translation>River patrol</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="38" />
        <source>Video alert</source>
        <translation>Video alert</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="39" />
        <source>City assignment</source>
        <translation>City assignment</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="40" />
        <source>Open311</source>
        <translation>Open311</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="43" />
        <source>Duty officer</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="44" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="45" />
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="46" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="47" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="51" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="52" />
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="53" />
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="56" />
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="57" />
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="58" />
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="61" />
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="62" />
        <location filename="../../console/models/labels.py" line="72" />
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="63" />
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="64" />
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="65" />
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="68" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="69" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="70" />
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="71" />
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="73" />
        <source>Sign for</source>
        <translation>Sign for</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="74" />
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="75" />
        <source>Report result</source>
        <translation>Report result</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="76" />
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="77" />
        <source>Unpark</source>
        <translation>Unpark</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="78" />
        <source>Verify and close</source>
        <translation>Verify and close</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="79" />
        <source>Verify failed (rework)</source>
        <translation>Verify failed (rework)</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="80" />
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="81" />
        <source>Urge</source>
        <translation>Urge</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="82" />
        <source>Request extension</source>
        <translation>Request extension</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="83" />
        <source>Approve extension</source>
        <translation>Approve extension</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="84" />
        <source>Reject extension</source>
        <translation>Reject extension</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="85" />
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="86" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="87" />
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="88" />
        <source>Supervise</source>
        <translation>Supervise</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="89" />
        <source>Request parking</source>
        <translation>Request parking</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="90" />
        <source>Refuse parking</source>
        <translation>Refuse parking</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="91" />
        <source>SLA warning</source>
        <translation>SLA warning</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="92" />
        <source>SLA overdue</source>
        <translation>SLA overdue</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="93" />
        <source>Color change</source>
        <translation>Color change</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="94" />
        <source>Auto reminder</source>
        <translation>Auto reminder</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="95" />
        <source>Auto supervision</source>
        <translation>Auto supervision</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="96" />
        <source>Public notice</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="97" />
        <source>Holiday calendar changed</source>
        <translation>Holiday calendar changed</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="98" />
        <source>Evidence attached</source>
        <translation>Evidence attached</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="99" />
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="100" />
        <source>Answered on the phone</source>
        <translation>Answered on the phone</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="105" />
        <source>Reminded</source>
        <translation>Reminded</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="106" />
        <source>Supervised</source>
        <translation>Supervised</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="107" />
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="111" />
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="112" />
        <source>Basically satisfied</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="113" />
        <source>Unsatisfied</source>
        <translation>Unsatisfied</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="117" />
        <source>The shift supervisor</source>
        <translation>The shift supervisor</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="118" />
        <source>The city command center</source>
        <translation>The city command center</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="122" />
        <source>%1 working days</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="123" />
        <source>%1 working hours</source>
        <translation>%1 working hours</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="124" />
        <source>%1 working days %2 working hours</source>
        <translation>%1 working days %2 working hours</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="127" />
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="128" />
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="129" />
        <source>%1 days %2 hours</source>
        <translation>%1 days %2 hours</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="220" />
        <source>%1d %2</source>
        <translation>%1d %2</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="233" />
        <source>%1d %2h</source>
        <translation>%1d %2h</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="236" />
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <location filename="../../console/models/labels.py" line="238" />
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../console/shell/launcher.py" line="90" />
        <source>Starting this computer's own demo server…</source>
        <translation>Starting this computer's own demo server…</translation>
    </message>
    <message>
        <location filename="../../console/shell/launcher.py" line="93" />
        <location filename="../../console/shell/launcher.py" line="149" />
        <source>Duty Console</source>
        <translation>Duty Console</translation>
    </message>
    <message>
        <location filename="../../console/shell/launcher.py" line="147" />
        <source>The local server could not start:
%1</source>
        <translation>The local server could not start:
%1</translation>
    </message>
    <message>
        <location filename="../../console/shell/launcher.py" line="257" />
        <source>Saving settings</source>
        <translation>Saving settings</translation>
    </message>
</context>
<context>
    <name>LiveQueue</name>
    <message>
        <location filename="../../console/controllers/live.py" line="120" />
        <source>Loading cases</source>
        <translation>Loading cases</translation>
    </message>
    <message>
        <location filename="../../console/controllers/live.py" line="158" />
        <source>Loading older closed cases</source>
        <translation>Loading older closed cases</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="57" />
        <source>Sign in — Duty Console</source>
        <translation>Sign in — Duty Console</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="61" />
        <source>Chongchuan Governance Command Center</source>
        <translation>Chongchuan Governance Command Center</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="90" />
        <source>Your password was set by an administrator. Choose your own to continue.</source>
        <translation>Your password was set by an administrator. Choose your own to continue.</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="101" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="102" />
        <source>Demo user</source>
        <translation>Demo user</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="103" />
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="104" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="105" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="106" />
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="112" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="117" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="144" />
        <source>This computer's demo server (%1)</source>
        <translation>This computer's demo server (%1)</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="148" />
        <source>Demo data: this server holds invented cases, for trying the console out and for training. Choose a demo user (password: %1) and press Enter.</source>
        <translation>Demo data: this server holds invented cases, for trying the console out and for training. Choose a demo user (password: %1) and press Enter.</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="169" />
        <source>The server at this address does not answer. Check the network, or the address under Settings…; the console does not switch to demo data by itself. Details: %1</source>
        <translation>The server at this address does not answer. Check the network, or the address under Settings…; the console does not switch to demo data by itself. Details: %1</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="181" />
        <source>Something answers at this address, but it is not a command-center server (HTTP %1). Check the address under Settings… (host and port of cc-server).</source>
        <translation>Something answers at this address, but it is not a command-center server (HTTP %1). Check the address under Settings… (host and port of cc-server).</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="207" />
        <source>Enter your username and password.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="232" />
        <source>Change password and sign in</source>
        <translation>Change password and sign in</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="239" />
        <source>A password has at least %1 characters.</source>
        <translation>A password has at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="243" />
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="246" />
        <source>Choose a password other than the one you were given.</source>
        <translation>Choose a password other than the one you were given.</translation>
    </message>
    <message>
        <location filename="../../console/shell/login_dialog.py" line="264" />
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/shell/main_window.py" line="106" />
        <source>Chongchuan Governance Command Center — Duty Console</source>
        <translation>Chongchuan Governance Command Center — Duty Console</translation>
    </message>
    <message>
        <location filename="../../console/shell/main_window.py" line="107" />
        <source>【DRILL】</source>
        <translation>【DRILL】</translation>
    </message>
    <message>
        <location filename="../../console/shell/main_window.py" line="127" />
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../console/panes/dispatch_form.py" line="68" />
        <location filename="../../console/shell/main_window.py" line="201" />
        <location filename="../../console/shell/main_window.py" line="207" />
        <source>Loading reference data</source>
        <translation>Loading reference data</translation>
    </message>
    <message>
        <location filename="../../console/shell/main_window.py" line="249" />
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../console/shell/main_window.py" line="305" />
        <source>The local server has stopped (exit code %1). Log: %2</source>
        <translation>The local server has stopped (exit code %1). Log: %2</translation>
    </message>
</context>
<context>
    <name>MapBar</name>
    <message>
        <location filename="../../console/map/panel.py" line="25" />
        <source>No heat</source>
        <translation>No heat</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="26" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="27" />
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="28" />
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="78" />
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="85" />
        <source>Intake by area over a period (the hot spots)</source>
        <translation>Intake by area over a period (the hot spots)</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="94" />
        <source>by street</source>
        <translation>by street</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="95" />
        <source>by grid</source>
        <translation>by grid</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="100" />
        <source>Patrol tracks of</source>
        <translation>Patrol tracks of</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="112" />
        <source>Select area</source>
        <translation>Select area</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="113" />
        <source>Drag a rectangle to mark cases (Shift+drag does it too)</source>
        <translation>Drag a rectangle to mark cases (Shift+drag does it too)</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="117" />
        <source>Dispatch marked…</source>
        <translation>Dispatch marked…</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="119" />
        <source>Urge marked…</source>
        <translation>Urge marked…</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="121" />
        <source>Set call point</source>
        <translation>Set call point</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="122" />
        <source>Click on the map to set the point of the call being taken</source>
        <translation>Click on the map to set the point of the call being taken</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="124" />
        <source>Whole district</source>
        <translation>Whole district</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="173" />
        <source>%1 marked</source>
        <translation>%1 marked</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <location filename="../../console/map/pane.py" line="154" />
        <source>Loading the map</source>
        <translation>Loading the map</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="156" />
        <source>Cameras not loaded: %1</source>
        <translation>Cameras not loaded: %1</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="157" />
        <source>Loading the cameras</source>
        <translation>Loading the cameras</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="167" />
        <source>Patrols not loaded: %1</source>
        <translation>Patrols not loaded: %1</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="168" />
        <source>Loading the patrols</source>
        <translation>Loading the patrols</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="184" />
        <source>Intake heat not loaded: %1</source>
        <translation>Intake heat not loaded: %1</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="185" />
        <source>Loading the intake heat</source>
        <translation>Loading the intake heat</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="198" />
        <source>Patrol tracks not loaded: %1</source>
        <translation>Patrol tracks not loaded: %1</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="199" />
        <source>Loading the patrol tracks</source>
        <translation>Loading the patrol tracks</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="281" />
        <source>Schematic (示意): %1</source>
        <translation>Schematic (示意): %1</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="289" />
        <source>Layers not drawn: %1</source>
        <translation>Layers not drawn: %1</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="297" />
        <source>The map layers could not be loaded: %1</source>
        <translation>The map layers could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="387" />
        <source>Finding the street of the point</source>
        <translation>Finding the street of the point</translation>
    </message>
    <message>
        <location filename="../../console/map/pane.py" line="397" />
        <source>The street of the point is not known: %1</source>
        <translation>The street of the point is not known: %1</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="45" />
        <source>New volunteer service request</source>
        <translation>New volunteer service request</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="55" />
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="65" />
        <source>What the resident needs, when, who lives there</source>
        <translation>What the resident needs, when, who lives there</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="81" />
        <source>Create request</source>
        <translation>Create request</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="85" />
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="86" />
        <source>Street:</source>
        <translation>Street:</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="87" />
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="88" />
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="89" />
        <source>Resident:</source>
        <translation>Resident:</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="90" />
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="97" />
        <source>No service category is active: ask the administrator.</source>
        <translation>No service category is active: ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="118" />
        <source>Choose the service.</source>
        <translation>Choose the service.</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="120" />
        <source>Describe what the resident needs.</source>
        <translation>Describe what the resident needs.</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="122" />
        <source>The description is longer than 2000 characters.</source>
        <translation>The description is longer than 2000 characters.</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="124" />
        <source>The phone number may hold digits, spaces, + and - only.</source>
        <translation>The phone number may hold digits, spaces, + and - only.</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/order_form.py" line="132" />
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>OverdueChart</name>
    <message>
        <location filename="../../console/charts/overdue.py" line="23" />
        <source>Overdue open cases today</source>
        <translation>Overdue open cases today</translation>
    </message>
    <message>
        <location filename="../../console/charts/overdue.py" line="42" />
        <source>No figures for today yet.</source>
        <translation>No figures for today yet.</translation>
    </message>
    <message>
        <location filename="../../console/charts/overdue.py" line="52" />
        <source>Overdue open cases today: now %1, peak %2</source>
        <translation>Overdue open cases today: now %1, peak %2</translation>
    </message>
    <message>
        <location filename="../../console/charts/overdue.py" line="65" />
        <source>%1: %2 open cases overdue</source>
        <translation>%1: %2 open cases overdue</translation>
    </message>
    <message>
        <location filename="../../console/charts/overdue.py" line="71" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../console/charts/overdue.py" line="71" />
        <source>Overdue open</source>
        <translation>Overdue open</translation>
    </message>
</context>
<context>
    <name>OverdueView</name>
    <message>
        <location filename="../../console/wall/view_overdue.py" line="21" />
        <source>Overdue open cases</source>
        <translation>Overdue open cases</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_overdue.py" line="25" />
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_overdue.py" line="25" />
        <source>By street</source>
        <translation>By street</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_overdue.py" line="32" />
        <source>No overdue cases</source>
        <translation>No overdue cases</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_overdue.py" line="33" />
        <source>%1 more with %2 cases</source>
        <translation>%1 more with %2 cases</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_overdue.py" line="99" />
        <source>By department: %1</source>
        <translation>By department: %1</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_overdue.py" line="99" />
        <source>By street: %1</source>
        <translation>By street: %1</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <location filename="../../console/panes/catalog.py" line="44" />
        <source>Case detail</source>
        <translation>Case detail</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="55" />
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="67" />
        <source>Action results</source>
        <translation>Action results</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="78" />
        <source>New call</source>
        <translation>New call</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="90" />
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="101" />
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="112" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="124" />
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../console/panes/catalog.py" line="158" />
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../console/drills/control.py" line="31" />
        <location filename="../../console/panes/catalog.py" line="144" />
        <source>Drill control</source>
        <translation>Drill control</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="44" />
        <source>Patrol view</source>
        <translation>Patrol view</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="50" />
        <source>Volunteer requests</source>
        <translation>Volunteer requests</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../console/admin/users_password.py" line="39" />
        <source>Reset password — %1</source>
        <translation>Reset password — %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_password.py" line="42" />
        <source>%1 must change this password at the next sign-in. Every session they have open ends at once.</source>
        <translation>%1 must change this password at the next sign-in. Every session they have open ends at once.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_password.py" line="59" />
        <source>&amp;Reset password</source>
        <translation>&amp;Reset password</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_password.py" line="67" />
        <source>New &amp;password</source>
        <translation>New &amp;password</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_password.py" line="69" />
        <source>&amp;Again</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_password.py" line="83" />
        <source>A password is 8–128 characters.</source>
        <translation>A password is 8–128 characters.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_password.py" line="87" />
        <source>The two passwords differ: type the same twice.</source>
        <translation>The two passwords differ: type the same twice.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_password.py" line="91" />
        <source>Resetting…</source>
        <translation>Resetting…</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_password.py" line="97" />
        <source>Resetting a password</source>
        <translation>Resetting a password</translation>
    </message>
</context>
<context>
    <name>PatrolDetail</name>
    <message>
        <location filename="../../console/patrols/detail.py" line="50" />
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="68" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="68" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="68" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="68" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="72" />
        <source>Double-click a problem to show its case in the queue</source>
        <translation>Double-click a problem to show its case in the queue</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="103" />
        <source>Choose a patrol in the list.</source>
        <translation>Choose a patrol in the list.</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="126" />
        <source>not yours</source>
        <translation>not yours</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="151" />
        <source>No photos</source>
        <translation>No photos</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="177" />
        <source>%1 — %2, %3, %4 min, %5 km, %6 problem(s)</source>
        <translation>%1 — %2, %3, %4 min, %5 km, %6 problem(s)</translation>
    </message>
    <message>
        <location filename="../../console/patrols/detail.py" line="190" />
        <source>The app reported %1 km: it does not agree with the track.</source>
        <translation>The app reported %1 km: it does not agree with the track.</translation>
    </message>
</context>
<context>
    <name>PatrolPane</name>
    <message>
        <location filename="../../console/patrols/pane.py" line="92" />
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="95" />
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="96" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="108" />
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="116" />
        <source>River:</source>
        <translation>River:</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="118" />
        <source>Patroller:</source>
        <translation>Patroller:</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="131" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="132" />
        <source>River</source>
        <translation>River</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="133" />
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="134" />
        <source>Patroller</source>
        <translation>Patroller</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="135" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="136" />
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="137" />
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="154" />
        <source>Patrol list</source>
        <translation>Patrol list</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="155" />
        <source>Action day (Monday)</source>
        <translation>Action day (Monday)</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="189" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="198" />
        <source>Loading patrols</source>
        <translation>Loading patrols</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="214" />
        <source>%1 patrol(s) this week</source>
        <translation>%1 patrol(s) this week</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="220" />
        <source>Not loaded: %1</source>
        <translation>Not loaded: %1</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="226" />
        <source>Week %1: %2 – %3</source>
        <translation>Week %1: %2 – %3</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="241" />
        <source>All rivers</source>
        <translation>All rivers</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="244" />
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="318" />
        <source>Loading a patrol</source>
        <translation>Loading a patrol</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="335" />
        <source>Loading a photo</source>
        <translation>Loading a photo</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="341" />
        <source>Patrol not loaded: %1</source>
        <translation>Patrol not loaded: %1</translation>
    </message>
    <message>
        <location filename="../../console/patrols/pane.py" line="354" />
        <source>This window has no map to show the track on.</source>
        <translation>This window has no map to show the track on.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../console/charts/kpi_period.py" line="46" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_period.py" line="47" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_period.py" line="48" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_period.py" line="49" />
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_period.py" line="50" />
        <source>Days…</source>
        <translation>Days…</translation>
    </message>
    <message>
        <location filename="../../console/charts/kpi_period.py" line="53" />
        <source>The period of the table (Asia/Shanghai)</source>
        <translation>The period of the table (Asia/Shanghai)</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="248" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../console/panes/attachment_strip.py" line="271" />
        <source>The photo could not be loaded: %1</source>
        <translation>The photo could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../console/models/problem_text.py" line="24" />
        <source>This case is not dispatched to your department.</source>
        <translation>This case is not dispatched to your department.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="27" />
        <source>In this state only the shift supervisor may do this.</source>
        <translation>In this state only the shift supervisor may do this.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="15" />
        <source>Your role may not do this.</source>
        <translation>Your role may not do this.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="16" />
        <source>The case no longer exists, or you may not see it.</source>
        <translation>The case no longer exists, or you may not see it.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="30" />
        <source>An extension is already awaiting approval.</source>
        <translation>An extension is already awaiting approval.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="33" />
        <source>No extension is awaiting approval: it was approved or rejected meanwhile.</source>
        <translation>No extension is awaiting approval: it was approved or rejected meanwhile.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="36" />
        <source>A closed case is reopened only after an unsatisfied callback.</source>
        <translation>A closed case is reopened only after an unsatisfied callback.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="39" />
        <source>This case was answered at intake and never dispatched, so it cannot be reopened: take the caller's request as a new case.</source>
        <translation>This case was answered at intake and never dispatched, so it cannot be reopened: take the caller's request as a new case.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="44" />
        <source>A case cannot be merged into itself.</source>
        <translation>A case cannot be merged into itself.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="45" />
        <source>The chosen case is closed, voided or merged already and cannot take a merge.</source>
        <translation>The chosen case is closed, voided or merged already and cannot take a merge.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="49" />
        <source>The case to merge into no longer exists.</source>
        <translation>The case to merge into no longer exists.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="52" />
        <source>A reason is required: say why in the note.</source>
        <translation>A reason is required: say why in the note.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="57" />
        <source>The server failed to handle the request; nothing was changed. Try again.</source>
        <translation>The server failed to handle the request; nothing was changed. Try again.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="63" />
        <source>Choose a department that handles cases.</source>
        <translation>Choose a department that handles cases.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="64" />
        <source>Choose the case to merge into.</source>
        <translation>Choose the case to merge into.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="65" />
        <source>Give the length of the extension.</source>
        <translation>Give the length of the extension.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="66" />
        <source>Choose the callback result.</source>
        <translation>Choose the callback result.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="67" />
        <source>Choose whom to escalate to.</source>
        <translation>Choose whom to escalate to.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="95" />
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="90" />
        <source>Not possible while the case is %1. Possible now: %2.</source>
        <translation>Not possible while the case is %1. Possible now: %2.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="118" />
        <source>The server refused the request: %1</source>
        <translation>The server refused the request: %1</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="17" />
        <source>Your session has expired: sign in again. The action is kept and sent afterwards.</source>
        <translation>Your session has expired: sign in again. The action is kept and sent afterwards.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="103" />
        <source>The server cannot be reached. The action is kept and sent when the connection is back.</source>
        <translation>The server cannot be reached. The action is kept and sent when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="125" />
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="133" />
        <source>%1 at %2: %3</source>
        <translation>%1 at %2: %3</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="147" />
        <source>Not done: the case was changed meanwhile by %1. Nothing was overwritten; the case now shows as it is (%2). Review it and act again.</source>
        <translation>Not done: the case was changed meanwhile by %1. Nothing was overwritten; the case now shows as it is (%2). Review it and act again.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="160" />
        <source>Applied.</source>
        <translation>Applied.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="162" />
        <source>Saved; waiting to be sent.</source>
        <translation>Saved; waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="165" />
        <source>Not sent: an earlier action on this case did not go through, and this one depended on it.</source>
        <translation>Not sent: an earlier action on this case did not go through, and this one depended on it.</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="184" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="185" />
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="186" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../console/models/problem_text.py" line="187" />
        <source>Waiting to sync</source>
        <translation>Waiting to sync</translation>
    </message>
</context>
<context>
    <name>QueueExport</name>
    <message>
        <location filename="../../console/panes/queue_export.py" line="121" />
        <source>Case queue %1.xlsx</source>
        <translation>Case queue %1.xlsx</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_export.py" line="124" />
        <source>Export the queue</source>
        <translation>Export the queue</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_export.py" line="124" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_export.py" line="135" />
        <source>Case queue</source>
        <translation>Case queue</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_export.py" line="141" />
        <source>Exporting the queue</source>
        <translation>Exporting the queue</translation>
    </message>
</context>
<context>
    <name>QueueFilters</name>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="57" />
        <source>Search ref, title, address, reporter…</source>
        <translation>Search ref, title, address, reporter…</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="58" />
        <location filename="../../console/panes/queue_filters.py" line="62" />
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="61" />
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="67" />
        <source>Click or Space ticks a state; several states can be shown at once</source>
        <translation>Click or Space ticks a state; several states can be shown at once</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="69" />
        <source>All colors</source>
        <translation>All colors</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="72" />
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="75" />
        <source>All streets</source>
        <translation>All streets</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="76" />
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="107" />
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="108" />
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="109" />
        <source>What the queue shows (Alt+Q; then ↑↓)</source>
        <translation>What the queue shows (Alt+Q; then ↑↓)</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_filters.py" line="110" />
        <source>&amp;Queue:</source>
        <translation>&amp;Queue:</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="89" />
        <source>【DRILL】</source>
        <translation>【DRILL】</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="137" />
        <source>Case queue</source>
        <translation>Case queue</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="150" />
        <source>All open cases of this color, whatever the filter shows</source>
        <translation>All open cases of this color, whatever the filter shows</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="158" />
        <source>More closed cases…</source>
        <translation>More closed cases…</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="161" />
        <source>Closed cases older than the last days are kept on the server: load more</source>
        <translation>Closed cases older than the last days are kept on the server: load more</translation>
    </message>
    <message>
        <location filename="../../console/panes/queue_pane.py" line="389" />
        <source>%1 shown of %2</source>
        <translation>%1 shown of %2</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <location filename="../../console/charts/ranking.py" line="33" />
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="99" />
        <source>Ranking (%1)</source>
        <translation>Ranking (%1)</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="100" />
        <source>No data for this period.</source>
        <translation>No data for this period.</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="124" />
        <source>%1 (%2)
Value %3 %4, %5
Growth %6, %7, %8</source>
        <translation>%1 (%2)
Value %3 %4, %5
Growth %6, %7, %8</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="137" />
        <source>Rank by value</source>
        <translation>Rank by value</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="138" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="139" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="140" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="141" />
        <source>Growth %</source>
        <translation>Growth %</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="142" />
        <source>Rank by growth</source>
        <translation>Rank by growth</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="143" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../console/charts/ranking.py" line="144" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="161" />
        <source>Rate the service</source>
        <translation>Rate the service</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="165" />
        <source>Ask %1 how the service by %2 went (%3 h).</source>
        <translation>Ask %1 how the service by %2 went (%3 h).</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="166" />
        <source>the resident</source>
        <translation>the resident</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="173" />
        <source>1 very poor</source>
        <translation>1 very poor</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="174" />
        <source>2 poor</source>
        <translation>2 poor</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="175" />
        <source>3 fair</source>
        <translation>3 fair</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="176" />
        <source>4 good</source>
        <translation>4 good</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="177" />
        <source>5 very good</source>
        <translation>5 very good</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="186" />
        <source>The resident's comment</source>
        <translation>The resident's comment</translation>
    </message>
</context>
<context>
    <name>Reauth</name>
    <message>
        <location filename="../../console/shell/reauth.py" line="176" />
        <source>You are signed out; the window is read only. Enter your password to go on.</source>
        <translation>You are signed out; the window is read only. Enter your password to go on.</translation>
    </message>
    <message>
        <location filename="../../console/shell/reauth.py" line="179" />
        <source>%1 Enter your password to go on: the window, the queue and the actions waiting to be sent stay as they are.</source>
        <translation>%1 Enter your password to go on: the window, the queue and the actions waiting to be sent stay as they are.</translation>
    </message>
    <message>
        <location filename="../../console/shell/reauth.py" line="193" />
        <source>Sign in again — Duty Console</source>
        <translation>Sign in again — Duty Console</translation>
    </message>
    <message>
        <location filename="../../console/shell/reauth.py" line="212" />
        <source>Your session has expired.</source>
        <translation>Your session has expired.</translation>
    </message>
    <message>
        <location filename="../../console/shell/reauth.py" line="214" />
        <source>Your session was ended: your password or your role was changed.</source>
        <translation>Your session was ended: your password or your role was changed.</translation>
    </message>
    <message>
        <location filename="../../console/shell/reauth.py" line="216" />
        <source>This account is disabled; ask the administrator.</source>
        <translation>This account is disabled; ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../console/shell/reauth.py" line="217" />
        <source>The server no longer accepts your session.</source>
        <translation>The server no longer accepts your session.</translation>
    </message>
    <message>
        <location filename="../../console/shell/reauth.py" line="278" />
        <source>Signed out — read only. The queue shows the cases as they were and is no longer updated; nothing is sent. Sign in again to go on.</source>
        <translation>Signed out — read only. The queue shows the cases as they were and is no longer updated; nothing is sent. Sign in again to go on.</translation>
    </message>
</context>
<context>
    <name>RequestBook</name>
    <message>
        <location filename="../../console/volunteers/book.py" line="76" />
        <source>Loading volunteer requests</source>
        <translation>Loading volunteer requests</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/book.py" line="119" />
        <source>Loading a volunteer request</source>
        <translation>Loading a volunteer request</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/book.py" line="133" />
        <source>Suggesting volunteer teams</source>
        <translation>Suggesting volunteer teams</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/book.py" line="231" />
        <source>New volunteer request</source>
        <translation>New volunteer request</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <location filename="../../console/panes/results_pane.py" line="62" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="62" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="62" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="62" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="71" />
        <source>Acknowledge selected</source>
        <translation>Acknowledge selected</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="73" />
        <source>Acknowledge all</source>
        <translation>Acknowledge all</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="75" />
        <source>Clear finished</source>
        <translation>Clear finished</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="126" />
        <source> (seen)</source>
        <translation> (seen)</translation>
    </message>
    <message>
        <location filename="../../console/panes/results_pane.py" line="226" />
        <source>Waiting %1 · done %2 · conflicts %3 · refused %4 · to acknowledge %5</source>
        <translation>Waiting %1 · done %2 · conflicts %3 · refused %4 · to acknowledge %5</translation>
    </message>
</context>
<context>
    <name>RiverChart</name>
    <message>
        <location filename="../../console/charts/river.py" line="30" />
        <source>River patrols</source>
        <translation>River patrols</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="36" />
        <source>All rivers</source>
        <translation>All rivers</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="52" />
        <location filename="../../console/charts/river.py" line="123" />
        <source>Patrols</source>
        <translation>Patrols</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="53" />
        <location filename="../../console/charts/river.py" line="125" />
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="54" />
        <location filename="../../console/charts/river.py" line="126" />
        <source>Problems resolved</source>
        <translation>Problems resolved</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="95" />
        <source>Patrols in %1 weeks: %2 (%3 km)</source>
        <translation>Patrols in %1 weeks: %2 (%3 km)</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="100" />
        <source>No patrols recorded.</source>
        <translation>No patrols recorded.</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="109" />
        <source>%1 (from %2)
%3 patrols, %4 km
Problems found %5, resolved %6
Debris %7 t</source>
        <translation>%1 (from %2)
%3 patrols, %4 km
Problems found %5, resolved %6
Debris %7 t</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="121" />
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="122" />
        <source>Week from</source>
        <translation>Week from</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="124" />
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <location filename="../../console/charts/river.py" line="127" />
        <source>Debris t</source>
        <translation>Debris t</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="45" />
        <source>Open file…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="48" />
        <source>Save to file…</source>
        <translation>Save to file…</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="54" />
        <source>Open from server</source>
        <translation>Open from server</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="56" />
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="59" />
        <source>scenario id</source>
        <translation>scenario id</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="62" />
        <source>Save to server</source>
        <translation>Save to server</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="75" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="76" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="77" />
        <source>What to fix</source>
        <translation>What to fix</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="84" />
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="85" />
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="119" />
        <source>A district scenario: save your changes under a new id (or to a file).</source>
        <translation>A district scenario: save your changes under a new id (or to a file).</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="159" />
        <source>Dry run (%1)</source>
        <translation>Dry run (%1)</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="166" />
        <source>Valid: %1 injects. The dry run lists them by drill minute.</source>
        <translation>Valid: %1 injects. The dry run lists them by drill minute.</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="173" />
        <source>%1 error(s): click one to go to its line.</source>
        <translation>%1 error(s): click one to go to its line.</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="117" />
        <source>Errors (%1)</source>
        <translation>Errors (%1)</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="186" />
        <source>Open a scenario</source>
        <translation>Open a scenario</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="196" />
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="209" />
        <source>Save the scenario</source>
        <translation>Save the scenario</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="221" />
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="230" />
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="238" />
        <source>Give the scenario an id: letters, digits, _ . - (at most 80).</source>
        <translation>Give the scenario an id: letters, digits, _ . - (at most 80).</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="254" />
        <source>Saved on the server as %1: trainers can pick it for a run.</source>
        <translation>Saved on the server as %1: trainers can pick it for a run.</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="265" />
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor.py" line="272" />
        <source>The server did not answer: %1</source>
        <translation>The server did not answer: %1</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="135" />
        <source>new scenario</source>
        <translation>new scenario</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="140" />
        <source>Drill scenario editor</source>
        <translation>Drill scenario editor</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="150" />
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_editor_view.py" line="151" />
        <source>The scenario has changes that are not saved. Discard them?</source>
        <translation>The scenario has changes that are not saved. Discard them?</translation>
    </message>
</context>
<context>
    <name>ScenarioTimeline</name>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="25" />
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="26" />
        <source>Drill time</source>
        <translation>Drill time</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="27" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="28" />
        <source>Inject</source>
        <translation>Inject</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="29" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="30" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="31" />
        <source>Action / expected</source>
        <translation>Action / expected</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="32" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="35" />
        <source>Arrives</source>
        <translation>Arrives</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="36" />
        <source>Dispatch due</source>
        <translation>Dispatch due</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="37" />
        <source>Department acts</source>
        <translation>Department acts</translation>
    </message>
    <message>
        <location filename="../../console/drills/scenario_timeline.py" line="43" />
        <source>to %1 by this minute</source>
        <translation>to %1 by this minute</translation>
    </message>
</context>
<context>
    <name>SessionSwitch</name>
    <message>
        <location filename="../../console/shell/session_switch.py" line="114" />
        <source>%1 action(s) you took have not reached the server yet. They stay yours: they wait in this console's outbox and are sent under your name (%2) the next time you sign in here, never under another officer's. Stay signed in to send them now.</source>
        <translation>%1 action(s) you took have not reached the server yet. They stay yours: they wait in this console's outbox and are sent under your name (%2) the next time you sign in here, never under another officer's. Stay signed in to send them now.</translation>
    </message>
    <message>
        <location filename="../../console/shell/session_switch.py" line="118" />
        <source>Switch user anyway?</source>
        <translation>Switch user anyway?</translation>
    </message>
    <message>
        <location filename="../../console/shell/session_switch.py" line="118" />
        <source>Sign out anyway?</source>
        <translation>Sign out anyway?</translation>
    </message>
    <message>
        <location filename="../../console/shell/session_switch.py" line="121" />
        <source>Actions not yet sent</source>
        <translation>Actions not yet sent</translation>
    </message>
    <message>
        <location filename="../../console/shell/session_switch.py" line="152" />
        <source>Signed in: %1. Sign in as the officer taking over.</source>
        <translation>Signed in: %1. Sign in as the officer taking over.</translation>
    </message>
    <message>
        <location filename="../../console/shell/session_switch.py" line="160" />
        <source>Switch user — Duty Console</source>
        <translation>Switch user — Duty Console</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="49" />
        <source>Settings — Duty Console</source>
        <translation>Settings — Duty Console</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="55" />
        <source>e.g. http://10.1.2.3:8700</source>
        <translation>e.g. http://10.1.2.3:8700</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="71" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="73" />
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="75" />
        <source>Language (at the next start)</source>
        <translation>Language (at the next start)</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="76" />
        <source>Ended cases in the queue</source>
        <translation>Ended cases in the queue</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="77" />
        <source>Saved in %1</source>
        <translation>Saved in %1</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="105" />
        <source>“%1” is not a server address: type it as http://host:port, e.g. http://10.1.2.3:8700.</source>
        <translation>“%1” is not a server address: type it as http://host:port, e.g. http://10.1.2.3:8700.</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="131" />
        <source>The settings could not be saved: %1</source>
        <translation>The settings could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="139" />
        <source>The console signs in to this server.</source>
        <translation>The console signs in to this server.</translation>
    </message>
    <message>
        <location filename="../../console/shell/settings_dialog.py" line="143" />
        <source>Empty: the console runs its own server with demo data (for trying it out and training; nothing reaches the district's server).</source>
        <translation>Empty: the console runs its own server with demo data (for trying it out and training; nothing reaches the district's server).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../console/shell/shortcuts.py" line="25" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../console/shell/shortcuts.py" line="28" />
        <source>A call without the mouse: F6 opens the call form, Ctrl+Enter creates the case and offers its dispatch to the suggested department, Enter sends it (Ctrl+Shift+Enter does both at once). F2–F12 bring their pane forward with the keyboard in it; pressed again there, they hide it. Working a case: Alt+↓ / Alt+↑ move through the queue, Ctrl+Shift+R registers, Ctrl+Shift+D dispatches to the suggested department, Ctrl+Shift+V verifies and closes, Ctrl+Shift+A opens the other actions; Ctrl+Enter sends the chosen action wherever a case is selected. Alerts: Space or Ctrl+K acknowledges the selected one, F9 lists them. Alt+Q chooses what the queue shows: cases or volunteer requests (志愿服务).</source>
        <translation>A call without the mouse: F6 opens the call form, Ctrl+Enter creates the case and offers its dispatch to the suggested department, Enter sends it (Ctrl+Shift+Enter does both at once). F2–F12 bring their pane forward with the keyboard in it; pressed again there, they hide it. Working a case: Alt+↓ / Alt+↑ move through the queue, Ctrl+Shift+R registers, Ctrl+Shift+D dispatches to the suggested department, Ctrl+Shift+V verifies and closes, Ctrl+Shift+A opens the other actions; Ctrl+Enter sends the chosen action wherever a case is selected. Alerts: Space or Ctrl+K acknowledges the selected one, F9 lists them. Alt+Q chooses what the queue shows: cases or volunteer requests (志愿服务).</translation>
    </message>
    <message>
        <location filename="../../console/shell/shortcuts.py" line="43" />
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../console/shell/shortcuts.py" line="43" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../../console/map/panel.py" line="206" />
        <source>Patrols of the day</source>
        <translation>Patrols of the day</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="235" />
        <source>Intake: %1 cases</source>
        <translation>Intake: %1 cases</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="238" />
        <source>Area colour: dark few … bright %1 cases</source>
        <translation>Area colour: dark few … bright %1 cases</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="245" />
        <source>Top areas</source>
        <translation>Top areas</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="249" />
        <source>Top categories</source>
        <translation>Top categories</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="265" />
        <source>No cases in the period</source>
        <translation>No cases in the period</translation>
    </message>
    <message>
        <location filename="../../console/map/panel.py" line="277" />
        <source>No patrol that day</source>
        <translation>No patrol that day</translation>
    </message>
</context>
<context>
    <name>SignedOutBanner</name>
    <message>
        <location filename="../../console/shell/reauth.py" line="66" />
        <source>Sign in again…</source>
        <translation>Sign in again…</translation>
    </message>
</context>
<context>
    <name>SimilarCases</name>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="102" />
        <source>Si&amp;milar open cases</source>
        <translation>Si&amp;milar open cases</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="115" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="116" />
        <source>Likeness</source>
        <translation>Likeness</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="117" />
        <source>Ref</source>
        <translation>Ref</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="118" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="119" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="120" />
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="121" />
        <source>How long ago</source>
        <translation>How long ago</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="133" />
        <source>Alt+M. Enter or Ctrl+1…9 attaches the call to that case instead of creating a new one</source>
        <translation>Alt+M. Enter or Ctrl+1…9 attaches the call to that case instead of creating a new one</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="138" />
        <source>Attach call to se&amp;lected case</source>
        <translation>Attach call to se&amp;lected case</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="142" />
        <source>Alt+L. Adds the caller and what they said to the case's history (Enter on the list, or Ctrl+1…9 from anywhere in the form)</source>
        <translation>Alt+L. Adds the caller and what they said to the case's history (Enter on the list, or Ctrl+1…9 from anywhere in the form)</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="163" />
        <source>Pick a category and give the address to see similar cases.</source>
        <translation>Pick a category and give the address to see similar cases.</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="186" />
        <source>%1 similar open case(s): attach the call if it is the same matter.</source>
        <translation>%1 similar open case(s): attach the call if it is the same matter.</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="192" />
        <source>No similar open case nearby: create a new case.</source>
        <translation>No similar open case nearby: create a new case.</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="221" />
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="223" />
        <source>same street</source>
        <translation>same street</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="227" />
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <location filename="../../console/panes/call_intake_similar.py" line="229" />
        <source>just now</source>
        <translation>just now</translation>
    </message>
</context>
<context>
    <name>SimilarHints</name>
    <message>
        <location filename="../../console/panes/intake_hints.py" line="13" />
        <source>★ likely the same matter (preselected).</source>
        <translation>★ likely the same matter (preselected).</translation>
    </message>
</context>
<context>
    <name>SlaRules</name>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="39" />
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="40" />
        <source>yellow at %1 % of the limit</source>
        <translation>yellow at %1 % of the limit</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="56" />
        <source>Version %2 was published meanwhile, while you were editing version %4: publishing your edits would be refused. Reload version %2 to start from it.</source>
        <translation>Version %2 was published meanwhile, while you were editing version %4: publishing your edits would be refused. Reload version %2 to start from it.</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="64" />
        <source>Not published: %1 published version %2 (%3) while you were editing version %4. Your edits are still here; reload version %2 to start from it.</source>
        <translation>Not published: %1 published version %2 (%3) while you were editing version %4. Your edits are still here; reload version %2 to start from it.</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="70" />
        <source>another administrator</source>
        <translation>another administrator</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="35" />
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="36" />
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="37" />
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="38" />
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="39" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="40" />
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="115" />
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="118" />
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_model.py" line="119" />
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="24" />
        <source>working days</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="25" />
        <source>working hours</source>
        <translation>working hours</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="26" />
        <source>hours (24/7)</source>
        <translation>hours (24/7)</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="29" />
        <source>Working time</source>
        <translation>Working time</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="30" />
        <source>Natural time (24/7)</source>
        <translation>Natural time (24/7)</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="33" />
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="34" />
        <source>Request for help</source>
        <translation>Request for help</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="35" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="36" />
        <source>Problem report</source>
        <translation>Problem report</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="37" />
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="145" />
        <location filename="../../console/admin/sla_rules_rows.py" line="189" />
        <source>The warn ratio must lie between 0 and 1.</source>
        <translation>The warn ratio must lie between 0 and 1.</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="152" />
        <source>The limit must be a whole number of minutes from 1 to 525,600 (%1 %2 is %3 minutes).</source>
        <translation>The limit must be a whole number of minutes from 1 to 525,600 (%1 %2 is %3 minutes).</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="163" />
        <source>Rows %1 and %2 are rules for the same scope, urgency and step.</source>
        <translation>Rows %1 and %2 are rules for the same scope, urgency and step.</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="174" />
        <source>%1, %2: there is no rule for all categories. Add one: it applies wherever no kind or category rule does.</source>
        <translation>%1, %2: there is no rule for all categories. Add one: it applies wherever no kind or category rule does.</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="186" />
        <source>The limit must be a whole number of minutes from 1 to 525,600.</source>
        <translation>The limit must be a whole number of minutes from 1 to 525,600.</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="190" />
        <source>Choose working time or natural time.</source>
        <translation>Choose working time or natural time.</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_rows.py" line="191" />
        <location filename="../../console/admin/sla_rules_rows.py" line="194" />
        <source>Choose one scope: all categories, a kind, or a category the server knows.</source>
        <translation>Choose one scope: all categories, a kind, or a category the server knows.</translation>
    </message>
</context>
<context>
    <name>SlaRulesEditor</name>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="69" />
        <source>&amp;Add rule</source>
        <translation>&amp;Add rule</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="71" />
        <source>Ctrl+Insert: a copy of the chosen rule below it</source>
        <translation>Ctrl+Insert: a copy of the chosen rule below it</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="72" />
        <source>&amp;Remove rule</source>
        <translation>&amp;Remove rule</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="74" />
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="85" />
        <source>What changes and why (shown in the history)</source>
        <translation>What changes and why (shown in the history)</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="90" />
        <source>&amp;Warn ratio</source>
        <translation>&amp;Warn ratio</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="92" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="200" />
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_editor.py" line="215" />
        <source>yellow at %1 % of the limit</source>
        <translation>yellow at %1 % of the limit</translation>
    </message>
</context>
<context>
    <name>SlaRulesScreen</name>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="39" />
        <location filename="../../console/admin/sla_rules_screen.py" line="261" />
        <source>SLA rules</source>
        <translation>SLA rules</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="51" />
        <source>Loading the SLA rules…</source>
        <translation>Loading the SLA rules…</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="55" />
        <source>A published change applies to SLA steps started after it. Clocks already running keep the rule and warn ratio they started with; each case shows the rule version it runs on.</source>
        <translation>A published change applies to SLA steps started after it. Clocks already running keep the rule and warn ratio they started with; each case shows the rule version it runs on.</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="65" />
        <source>&amp;Publish…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="65" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="66" />
        <source>Discar&amp;d changes</source>
        <translation>Discar&amp;d changes</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="70" />
        <source>&amp;View version</source>
        <translation>&amp;View version</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="71" />
        <source>Version &amp;history</source>
        <translation>Version &amp;history</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="136" />
        <source>Loading the SLA rules</source>
        <translation>Loading the SLA rules</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="148" />
        <source>Loading the SLA rule versions</source>
        <translation>Loading the SLA rule versions</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="160" />
        <source>Not published: fix the %1 problems listed below the table first.</source>
        <translation>Not published: fix the %1 problems listed below the table first.</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="164" />
        <source>Nothing to publish: the rules are those of version %1.</source>
        <translation>Nothing to publish: the rules are those of version %1.</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="168" />
        <source>Publish these rules as version %1? They apply to SLA steps started from now on; clocks already running keep the rule they started with.</source>
        <translation>Publish these rules as version %1? They apply to SLA steps started from now on; clocks already running keep the rule they started with.</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="171" />
        <source>Publish SLA rules</source>
        <translation>Publish SLA rules</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="175" />
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="188" />
        <source>Publishing the SLA rules</source>
        <translation>Publishing the SLA rules</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="198" />
        <source>Loading SLA rule version %1</source>
        <translation>Loading SLA rule version %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="209" />
        <source>In force: %1</source>
        <translation>In force: %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="212" />
        <source>The SLA rules could not be loaded: %1</source>
        <translation>The SLA rules could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="220" />
        <source>Version %1 published. It applies to SLA steps started from now on; clocks already running keep their rule.</source>
        <translation>Version %1 published. It applies to SLA steps started from now on; clocks already running keep their rule.</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="235" />
        <source>Not published: the server found %1 problems, listed below the table.</source>
        <translation>Not published: the server found %1 problems, listed below the table.</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="238" />
        <source>Not published: %1 Your edits are still here.</source>
        <translation>Not published: %1 Your edits are still here.</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="250" />
        <source>The rules of version %1 are in the editor: publish them to bring them back.</source>
        <translation>The rules of version %1 are in the editor: publish them to bring them back.</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="261" />
        <source>Discard your changes and reload the rules in force?</source>
        <translation>Discard your changes and reload the rules in force?</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="268" />
        <source>Changed: not published yet</source>
        <translation>Changed: not published yet</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_screen.py" line="291" />
        <source>Re&amp;load version %1</source>
        <translation>Re&amp;load version %1</translation>
    </message>
</context>
<context>
    <name>SlotView</name>
    <message>
        <location filename="../../console/video/slot_view.py" line="52" />
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
    <message>
        <location filename="../../console/video/slot_view.py" line="53" />
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <location filename="../../console/video/slot_view.py" line="54" />
        <source>Playing</source>
        <translation>Playing</translation>
    </message>
    <message>
        <location filename="../../console/video/slot_view.py" line="55" />
        <source>Buffering</source>
        <translation>Buffering</translation>
    </message>
    <message>
        <location filename="../../console/video/slot_view.py" line="56" />
        <location filename="../../console/video/slot_view.py" line="155" />
        <source>Signal lost</source>
        <translation>Signal lost</translation>
    </message>
    <message>
        <location filename="../../console/video/slot_view.py" line="117" />
        <source>pinned</source>
        <translation>pinned</translation>
    </message>
    <message>
        <location filename="../../console/video/slot_view.py" line="135" />
        <source>Empty slot: double-click a camera in the list</source>
        <translation>Empty slot: double-click a camera in the list</translation>
    </message>
    <message>
        <location filename="../../console/video/slot_view.py" line="161" />
        <source>Reconnecting in %1 s</source>
        <translation>Reconnecting in %1 s</translation>
    </message>
    <message>
        <location filename="../../console/video/slot_view.py" line="163" />
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../console/shell/status.py" line="14" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../console/shell/status.py" line="15" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../console/shell/status.py" line="16" />
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <location filename="../../console/shell/status.py" line="17" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../console/shell/status.py" line="18" />
        <source>Reloading…</source>
        <translation>Reloading…</translation>
    </message>
    <message>
        <location filename="../../console/shell/status.py" line="19" />
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../console/shell/status.py" line="41" />
        <source>Alerts to acknowledge: click for the list (F9)</source>
        <translation>Alerts to acknowledge: click for the list (F9)</translation>
    </message>
    <message>
        <location filename="../../console/shell/status.py" line="61" />
        <source>⚠ Alerts %1</source>
        <translation>⚠ Alerts %1</translation>
    </message>
    <message>
        <location filename="../../console/shell/status.py" line="76" />
        <source>Feed #%1</source>
        <translation>Feed #%1</translation>
    </message>
    <message>
        <location filename="../../console/shell/status.py" line="78" />
        <source>Lag %1 s · feed #%2</source>
        <translation>Lag %1 s · feed #%2</translation>
    </message>
</context>
<context>
    <name>StreamPreview</name>
    <message>
        <location filename="../../console/admin/stream_preview.py" line="30" />
        <source>Stream test</source>
        <translation>Stream test</translation>
    </message>
    <message>
        <location filename="../../console/admin/stream_preview.py" line="37" />
        <source>Test stream plays the URL here, as the video wall will, before you save it.</source>
        <translation>Test stream plays the URL here, as the video wall will, before you save it.</translation>
    </message>
    <message>
        <location filename="../../console/admin/stream_preview.py" line="43" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../console/admin/stream_preview.py" line="94" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../console/admin/stream_preview.py" line="97" />
        <source>The stream plays (%1 × %2).</source>
        <translation>The stream plays (%1 × %2).</translation>
    </message>
    <message>
        <location filename="../../console/admin/stream_preview.py" line="101" />
        <source>The stream plays but stalls (buffering).</source>
        <translation>The stream plays but stalls (buffering).</translation>
    </message>
    <message>
        <location filename="../../console/admin/stream_preview.py" line="103" />
        <source>No picture: %1. Trying again in %2 s.</source>
        <translation>No picture: %1. Trying again in %2 s.</translation>
    </message>
    <message>
        <location filename="../../console/admin/stream_preview.py" line="104" />
        <source>the stream could not be opened</source>
        <translation>the stream could not be opened</translation>
    </message>
</context>
<context>
    <name>SupervisionBoard</name>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="34" />
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="35" />
        <source>Public notice</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="38" />
        <location filename="../../console/panes/supervision_board_model.py" line="74" />
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="39" />
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="44" />
        <source>Supervise</source>
        <translation>Supervise</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="45" />
        <source>Request parking</source>
        <translation>Request parking</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="46" />
        <source>Refuse parking</source>
        <translation>Refuse parking</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="48" />
        <source>Not dispatched</source>
        <translation>Not dispatched</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="49" />
        <source>No street</source>
        <translation>No street</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="50" />
        <source>Not yet overdue</source>
        <translation>Not yet overdue</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="51" />
        <source>Overdue %1d %2h</source>
        <translation>Overdue %1d %2h</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="52" />
        <source>Overdue %1h %2m</source>
        <translation>Overdue %1h %2m</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="53" />
        <source>Overdue %1m</source>
        <translation>Overdue %1m</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="54" />
        <location filename="../../console/panes/supervision_board_model.py" line="63" />
        <source>Ladder</source>
        <translation>Ladder</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="55" />
        <source>Working time past the %1 step's deadline</source>
        <translation>Working time past the %1 step's deadline</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="57" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="58" />
        <location filename="../../console/panes/supervision_board_model.py" line="69" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="59" />
        <location filename="../../console/panes/supervision_board_model.py" line="70" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="60" />
        <location filename="../../console/panes/supervision_board_model.py" line="71" />
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="61" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="62" />
        <source>Overdue (work time)</source>
        <translation>Overdue (work time)</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="64" />
        <source>Last urge</source>
        <translation>Last urge</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="65" />
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="68" />
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="72" />
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="73" />
        <source>Asked at</source>
        <translation>Asked at</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_model.py" line="75" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_parts.py" line="17" />
        <source>Urge</source>
        <translation>Urge</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_parts.py" line="18" />
        <source>Supervise (督办)</source>
        <translation>Supervise (督办)</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_parts.py" line="19" />
        <source>Approve request</source>
        <translation>Approve request</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_parts.py" line="20" />
        <source>Refuse request</source>
        <translation>Refuse request</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_parts.py" line="21" />
        <source>Void</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_parts.py" line="22" />
        <source>To the city</source>
        <translation>To the city</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board_parts.py" line="23" />
        <source>Open bulletin</source>
        <translation>Open bulletin</translation>
    </message>
</context>
<context>
    <name>SupervisionBoardPane</name>
    <message>
        <location filename="../../console/panes/supervision_board.py" line="126" />
        <source>Loading the supervision board</source>
        <translation>Loading the supervision board</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board.py" line="161" />
        <source>The board could not be read: %1</source>
        <translation>The board could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/supervision_board.py" line="212" />
        <source>The queue shows the open cases of %1.</source>
        <translation>The queue shows the open cases of %1.</translation>
    </message>
</context>
<context>
    <name>SupervisionModel</name>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="50" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="51" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="52" />
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="53" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="54" />
        <source>Late (working)</source>
        <translation>Late (working)</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="55" />
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="106" />
        <source>Not dispatched</source>
        <translation>Not dispatched</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="114" />
        <source>paused</source>
        <translation>paused</translation>
    </message>
</context>
<context>
    <name>SupervisionView</name>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="144" />
        <source>Supervision list</source>
        <translation>Supervision list</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="223" />
        <source>%1 open items</source>
        <translation>%1 open items</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="225" />
        <source>, %1 more not shown</source>
        <translation>, %1 more not shown</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="226" />
        <source>No open supervision items</source>
        <translation>No open supervision items</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_supervision.py" line="227" />
        <source>Supervision list: %1</source>
        <translation>Supervision list: %1</translation>
    </message>
</context>
<context>
    <name>TeamList</name>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="57" />
        <source>same street</source>
        <translation>same street</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="59" />
        <source>has the skill</source>
        <translation>has the skill</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="60" />
        <source>%1 in hand</source>
        <translation>%1 in hand</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="62" />
        <source>declined it</source>
        <translation>declined it</translation>
    </message>
</context>
<context>
    <name>TeamPicker</name>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="84" />
        <source>Offer to a team</source>
        <translation>Offer to a team</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="89" />
        <source>Request %1: %2 in %3. Teams best first (same street, the skill, fewer in hand).</source>
        <translation>Request %1: %2 in %3. Teams best first (same street, the skill, fewer in hand).</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="100" />
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/dialogs.py" line="109" />
        <source>No active team: ask the administrator.</source>
        <translation>No active team: ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_ties.py" line="183" />
        <source>(choose a team)</source>
        <translation>(choose a team)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_ties.py" line="187" />
        <source> — led by %1</source>
        <translation> — led by %1</translation>
    </message>
</context>
<context>
    <name>TilesChart</name>
    <message>
        <location filename="../../console/charts/tiles.py" line="107" />
        <source>Economic indicators</source>
        <translation>Economic indicators</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="129" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="142" />
        <source>No indicator data for this period yet.</source>
        <translation>No indicator data for this period yet.</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="151" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="152" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="153" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="154" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="155" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="156" />
        <source>Growth %</source>
        <translation>Growth %</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="157" />
        <source>Target %</source>
        <translation>Target %</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="158" />
        <source>Rank by value</source>
        <translation>Rank by value</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="159" />
        <source>Rank by growth</source>
        <translation>Rank by growth</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="160" />
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../console/charts/tiles.py" line="161" />
        <source>Color</source>
        <translation>Color</translation>
    </message>
</context>
<context>
    <name>TotalsView</name>
    <message>
        <location filename="../../console/wall/view_totals.py" line="89" />
        <source>Open cases by SLA color</source>
        <translation>Open cases by SLA color</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_totals.py" line="92" />
        <location filename="../../console/wall/view_totals.py" line="124" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_totals.py" line="93" />
        <location filename="../../console/wall/view_totals.py" line="125" />
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_totals.py" line="94" />
        <location filename="../../console/wall/view_totals.py" line="126" />
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_totals.py" line="130" />
        <source>last 24 hours</source>
        <translation>last 24 hours</translation>
    </message>
</context>
<context>
    <name>TrackView</name>
    <message>
        <location filename="../../console/patrols/track_view.py" line="92" />
        <source>No track recorded</source>
        <translation>No track recorded</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../console/charts/trend.py" line="27" />
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="38" />
        <location filename="../../console/charts/trend.py" line="162" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="38" />
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="101" />
        <source>Other areas</source>
        <translation>Other areas</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="131" />
        <source>No trend data yet.</source>
        <translation>No trend data yet.</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="145" />
        <source>%1: %2 %3, growth %4</source>
        <translation>%1: %2 %3, growth %4</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="160" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="161" />
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="163" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../console/charts/trend.py" line="164" />
        <source>Growth %</source>
        <translation>Growth %</translation>
    </message>
</context>
<context>
    <name>UserErrors</name>
    <message>
        <location filename="../../console/admin/users_errors.py" line="13" />
        <source>Not saved: you cannot disable your own account or take away your own role.</source>
        <translation>Not saved: you cannot disable your own account or take away your own role.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_errors.py" line="16" />
        <source>Not saved: %1 is the last active administrator. Make another user an administrator first.</source>
        <translation>Not saved: %1 is the last active administrator. Make another user an administrator first.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_errors.py" line="20" />
        <source>Not created: the username %1 is in use. Choose another one.</source>
        <translation>Not created: the username %1 is in use. Choose another one.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_errors.py" line="23" />
        <source>Not saved: correct the marked fields. %1</source>
        <translation>Not saved: correct the marked fields. %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_errors.py" line="24" />
        <source>Only an administrator may manage users.</source>
        <translation>Only an administrator may manage users.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_errors.py" line="25" />
        <source>Your session has expired: sign in again. What you typed is still here.</source>
        <translation>Your session has expired: sign in again. What you typed is still here.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_errors.py" line="28" />
        <source>No answer from the server: the change may not have been made. Reload the list to check before trying again.</source>
        <translation>No answer from the server: the change may not have been made. Reload the list to check before trying again.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_errors.py" line="33" />
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../console/admin/users_form.py" line="35" />
        <source>A username is 2–40 letters, digits, _ . or -, and not in use.</source>
        <translation>A username is 2–40 letters, digits, _ . or -, and not in use.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="38" />
        <source>Give the name shown to colleagues.</source>
        <translation>Give the name shown to colleagues.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="39" />
        <source>Choose a role.</source>
        <translation>Choose a role.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="40" />
        <source>Choose the department: required for, and only for, department staff.</source>
        <translation>Choose the department: required for, and only for, department staff.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="43" />
        <source>Tick the river segments this river chief patrols (one at least).</source>
        <translation>Tick the river segments this river chief patrols (one at least).</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="46" />
        <source>Choose the grid this grid member reports from (its street first).</source>
        <translation>Choose the grid this grid member reports from (its street first).</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="49" />
        <source>Choose the volunteer team this account leads (its lead until now is replaced).</source>
        <translation>Choose the volunteer team this account leads (its lead until now is replaced).</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="52" />
        <source>A password is 8–128 characters.</source>
        <translation>A password is 8–128 characters.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="55" />
        <source>River chief</source>
        <translation>River chief</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="56" />
        <source>Grid member</source>
        <translation>Grid member</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="57" />
        <source>Volunteer team lead</source>
        <translation>Volunteer team lead</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="64" />
        <source>Department staff</source>
        <translation>Department staff</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="100" />
        <source>The user changes it at the first sign-in</source>
        <translation>The user changes it at the first sign-in</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="106" />
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="107" />
        <source>Display na&amp;me</source>
        <translation>Display na&amp;me</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="108" />
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="109" />
        <source>Depar&amp;tment</source>
        <translation>Depar&amp;tment</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="110" />
        <source>Ri&amp;ver segments</source>
        <translation>Ri&amp;ver segments</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="112" />
        <source>Volunteer te&amp;am</source>
        <translation>Volunteer te&amp;am</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="111" />
        <source>&amp;Grid</source>
        <translation>&amp;Grid</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="113" />
        <source>Initial pass&amp;word</source>
        <translation>Initial pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="144" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="173" />
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_form.py" line="187" />
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
</context>
<context>
    <name>UsersList</name>
    <message>
        <location filename="../../console/admin/users_list.py" line="35" />
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="36" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="37" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="38" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="39" />
        <source>Tied to</source>
        <translation>Tied to</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="40" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="41" />
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="42" />
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="59" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_list.py" line="59" />
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../console/admin/users_screen.py" line="35" />
        <location filename="../../console/admin/users_screen.py" line="217" />
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="52" />
        <source>Find a user (Ctrl+L): username, name</source>
        <translation>Find a user (Ctrl+L): username, name</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="54" />
        <source>&amp;New user</source>
        <translation>&amp;New user</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="54" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="55" />
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
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
        <translation>&amp;Save</translation>
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
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="59" />
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="61" />
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="61" />
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="80" />
        <source>A new user, and one whose password was reset, must choose a password of their own at the next sign-in. Disabling a user, or changing their role or department, ends their sessions at once.</source>
        <translation>A new user, and one whose password was reset, must choose a password of their own at the next sign-in. Disabling a user, or changing their role or department, ends their sessions at once.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="143" />
        <source>Loading users</source>
        <translation>Loading users</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="152" />
        <source>Loading river segments and volunteer teams</source>
        <translation>Loading river segments and volunteer teams</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="181" />
        <source>Not saved: correct the marked fields.</source>
        <translation>Not saved: correct the marked fields.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="189" />
        <source>Creating user %1</source>
        <translation>Creating user %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="190" />
        <source>User %1 created: they choose their own password at the first sign-in.</source>
        <translation>User %1 created: they choose their own password at the first sign-in.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="194" />
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="198" />
        <location filename="../../console/admin/users_screen.py" line="225" />
        <source>Saving user %1</source>
        <translation>Saving user %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="199" />
        <source>User %1 saved.</source>
        <translation>User %1 saved.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="201" />
        <source>User %1 saved: their sessions have ended.</source>
        <translation>User %1 saved: their sessions have ended.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="212" />
        <source>Disable %1? They cannot sign in any more, and the sessions they have open end at once.</source>
        <translation>Disable %1? They cannot sign in any more, and the sessions they have open end at once.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="216" />
        <source>Enable %1 again? They can sign in with their password.</source>
        <translation>Enable %1 again? They can sign in with their password.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="220" />
        <source>User %1 enabled.</source>
        <translation>User %1 enabled.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="222" />
        <source>User %1 disabled: their sessions have ended.</source>
        <translation>User %1 disabled: their sessions have ended.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="253" />
        <source>The river segments and volunteer teams could not be loaded: %1</source>
        <translation>The river segments and volunteer teams could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="286" />
        <source>The users could not be loaded: %1</source>
        <translation>The users could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="310" />
        <source>Password of %1 reset: they must change it at the next sign-in.</source>
        <translation>Password of %1 reset: they must change it at the next sign-in.</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="320" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="335" />
        <source>&amp;Enable…</source>
        <translation>&amp;Enable…</translation>
    </message>
    <message>
        <location filename="../../console/admin/users_screen.py" line="338" />
        <source>&amp;Create user</source>
        <translation>&amp;Create user</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="147" />
        <source>SLA rules — version %1 (read-only)</source>
        <translation>SLA rules — version %1 (read-only)</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="148" />
        <source>Read-only: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="164" />
        <source>&amp;Start from this version</source>
        <translation>&amp;Start from this version</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="168" />
        <source>Copies these rules and this ratio into the editor, to publish them again as a new version.</source>
        <translation>Copies these rules and this ratio into the editor, to publish them again as a new version.</translation>
    </message>
</context>
<context>
    <name>VersionList</name>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="88" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="89" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="90" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="91" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="92" />
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="93" />
        <source>Yellow at</source>
        <translation>Yellow at</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="100" />
        <source>Enter or double-click: view this version</source>
        <translation>Enter or double-click: view this version</translation>
    </message>
    <message>
        <location filename="../../console/admin/sla_rules_history.py" line="110" />
        <source>%1 (current)</source>
        <translation>%1 (current)</translation>
    </message>
</context>
<context>
    <name>VideoPane</name>
    <message>
        <location filename="../../console/video/pane.py" line="57" />
        <source>%1 slots</source>
        <translation>%1 slots</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="63" />
        <source>Show nearest</source>
        <translation>Show nearest</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="64" />
        <source>Fill the wall with the cameras near the case</source>
        <translation>Fill the wall with the cameras near the case</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="66" />
        <source>Pin city relay</source>
        <translation>Pin city relay</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="68" />
        <source>Keep the city relay in the chosen slot</source>
        <translation>Keep the city relay in the chosen slot</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="69" />
        <source>Snapshot to case</source>
        <translation>Snapshot to case</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="71" />
        <source>Attach the chosen slot's picture to the selected case as evidence</source>
        <translation>Attach the chosen slot's picture to the selected case as evidence</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="73" />
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="74" />
        <source>Show the chosen slot full screen (Esc returns)</source>
        <translation>Show the chosen slot full screen (Esc returns)</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="75" />
        <location filename="../../console/video/pane.py" line="331" />
        <source>Sound off</source>
        <translation>Sound off</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="133" />
        <source>The only slot holds the pinned relay: unpin it first.</source>
        <translation>The only slot holds the pinned relay: unpin it first.</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="152" />
        <source>Select a case first: the snapshot is attached to it.</source>
        <translation>Select a case first: the snapshot is attached to it.</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="156" />
        <source>The chosen slot shows no live picture to keep.</source>
        <translation>The chosen slot shows no live picture to keep.</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="160" />
        <source>Attaching the snapshot to %1…</source>
        <translation>Attaching the snapshot to %1…</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="167" />
        <source>Snapshot “%1” attached to %2.</source>
        <translation>Snapshot “%1” attached to %2.</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="236" />
        <source>Snapshot not attached: %1</source>
        <translation>Snapshot not attached: %1</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="173" />
        <source>Attaching a snapshot</source>
        <translation>Attaching a snapshot</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="220" />
        <source>Loading cameras</source>
        <translation>Loading cameras</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="230" />
        <source>The server cannot take the snapshot now. It is kept on this computer and attached to %1 when the connection is back.</source>
        <translation>The server cannot take the snapshot now. It is kept on this computer and attached to %1 when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="247" />
        <source>Sending kept snapshots</source>
        <translation>Sending kept snapshots</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="255" />
        <source>Kept snapshots refused by the server: %1</source>
        <translation>Kept snapshots refused by the server: %1</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="261" />
        <source>Kept snapshots attached: %1.</source>
        <translation>Kept snapshots attached: %1.</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="283" />
        <source>Cameras not loaded: %1</source>
        <translation>Cameras not loaded: %1</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="299" />
        <source>Finding cameras near the case</source>
        <translation>Finding cameras near the case</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="321" />
        <source>The server has no city relay to pin.</source>
        <translation>The server has no city relay to pin.</translation>
    </message>
    <message>
        <location filename="../../console/video/pane.py" line="331" />
        <source>Sound on</source>
        <translation>Sound on</translation>
    </message>
</context>
<context>
    <name>VideoSlot</name>
    <message>
        <location filename="../../console/video/slot.py" line="125" />
        <source>earlier connections are still closing</source>
        <translation>earlier connections are still closing</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <location filename="../../console/wall/view_video.py" line="27" />
        <source>City relay</source>
        <translation>City relay</translation>
    </message>
    <message>
        <location filename="../../console/wall/view_video.py" line="30" />
        <location filename="../../console/wall/view_video.py" line="52" />
        <source>No city relay on this server</source>
        <translation>No city relay on this server</translation>
    </message>
</context>
<context>
    <name>VolunteerDispatchPage</name>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="48" />
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="212" />
        <source>No volunteer request selected</source>
        <translation>No volunteer request selected</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="56" />
        <source>Teams, best first (same street, the skill, fewer in hand)</source>
        <translation>Teams, best first (same street, the skill, fewer in hand)</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="64" />
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="267" />
        <source>Enter on the team list; Ctrl+Enter</source>
        <translation>Enter on the team list; Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="83" />
        <source>↑↓ choose a team · Enter: offer it</source>
        <translation>↑↓ choose a team · Enter: offer it</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="136" />
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="213" />
        <source>Choose a volunteer request in the queue.</source>
        <translation>Choose a volunteer request in the queue.</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="138" />
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="180" />
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="140" />
        <source>Not to be offered now: it is %1.</source>
        <translation>Not to be offered now: it is %1.</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="144" />
        <source>Choose the team in the list.</source>
        <translation>Choose the team in the list.</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="192" />
        <source>Done: %1 (#%2).</source>
        <translation>Done: %1 (#%2).</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="217" />
        <source>Volunteer request #%1 %2</source>
        <translation>Volunteer request #%1 %2</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="224" />
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="253" />
        <source>Teams not loaded: %1</source>
        <translation>Teams not loaded: %1</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue_dispatch.py" line="264" />
        <source>Offer to %1</source>
        <translation>Offer to %1</translation>
    </message>
</context>
<context>
    <name>VolunteerPane</name>
    <message>
        <location filename="../../console/volunteers/pane.py" line="120" />
        <source>New request…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="122" />
        <source>Take down a resident's request (点单)</source>
        <translation>Take down a resident's request (点单)</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="123" />
        <source>Open only</source>
        <translation>Open only</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="125" />
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/columns.py" line="16" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/columns.py" line="17" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/columns.py" line="18" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/columns.py" line="19" />
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/columns.py" line="20" />
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/columns.py" line="21" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/columns.py" line="22" />
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/columns.py" line="23" />
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="168" />
        <source>Trail:</source>
        <translation>Trail:</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="181" />
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="182" />
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="90" />
        <source>Requests not loaded: %1</source>
        <translation>Requests not loaded: %1</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="208" />
        <source>Figures not loaded: %1</source>
        <translation>Figures not loaded: %1</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="210" />
        <source>Loading volunteer figures</source>
        <translation>Loading volunteer figures</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="254" />
        <source>%1 open, %2 overdue</source>
        <translation>%1 open, %2 overdue</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="296" />
        <source>Choose a request in the list.</source>
        <translation>Choose a request in the list.</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/asking.py" line="32" />
        <source>Where: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/asking.py" line="37" />
        <source>Resident: %1</source>
        <translation>Resident: %1</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/asking.py" line="40" />
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/asking.py" line="44" />
        <source>Done: %1 h. %2</source>
        <translation>Done: %1 h. %2</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/asking.py" line="50" />
        <source>Rated %1/5: %2</source>
        <translation>Rated %1/5: %2</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="310" />
        <source>Asking the server for the best teams…</source>
        <translation>Asking the server for the best teams…</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="316" />
        <source>Teams not loaded: %1</source>
        <translation>Teams not loaded: %1</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="318" />
        <source>Suggesting volunteer teams</source>
        <translation>Suggesting volunteer teams</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/asking.py" line="66" />
        <source>Why is the offer withdrawn? The request goes back to waiting for a team.</source>
        <translation>Why is the offer withdrawn? The request goes back to waiting for a team.</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/asking.py" line="70" />
        <source>Why is the request cancelled (the resident no longer needs it, …)?</source>
        <translation>Why is the request cancelled (the resident no longer needs it, …)?</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="347" />
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/pane.py" line="357" />
        <source>Done: %1 (#%2).</source>
        <translation>Done: %1 (#%2).</translation>
    </message>
</context>
<context>
    <name>VolunteerQueueView</name>
    <message>
        <location filename="../../console/panes/volunteer_queue.py" line="138" />
        <source>Enter: offer it to a team in the dispatch pane (F3)</source>
        <translation>Enter: offer it to a team in the dispatch pane (F3)</translation>
    </message>
    <message>
        <location filename="../../console/panes/volunteer_queue.py" line="240" />
        <source>Volunteer service: %1 open, %2 overdue</source>
        <translation>Volunteer service: %1 open, %2 overdue</translation>
    </message>
</context>
<context>
    <name>Volunteers</name>
    <message>
        <location filename="../../console/volunteers/texts.py" line="18" />
        <source>Waiting for a team</source>
        <translation>Waiting for a team</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="19" />
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="20" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="21" />
        <source>Done, to rate</source>
        <translation>Done, to rate</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="22" />
        <source>Rated</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="23" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="26" />
        <source>Offer to a team</source>
        <translation>Offer to a team</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="27" />
        <source>Withdraw the offer</source>
        <translation>Withdraw the offer</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="28" />
        <source>Accept the request</source>
        <translation>Accept the request</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="29" />
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="30" />
        <source>Report done</source>
        <translation>Report done</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="31" />
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="32" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="33" />
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="36" />
        <source>12345 hotline</source>
        <translation>12345 hotline</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="37" />
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="38" />
        <source>Open311</source>
        <translation>Open311</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="40" />
        <source>The server cannot be reached: nothing was sent. Act again once the connection is back.</source>
        <translation>The server cannot be reached: nothing was sent. Act again once the connection is back.</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="44" />
        <source>Your session has expired: sign in again, then act again.</source>
        <translation>Your session has expired: sign in again, then act again.</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="100" />
        <source>Not done: the request was changed meanwhile (%1). Nothing was overwritten; it now shows as it is (%2). Review it and act again.</source>
        <translation>Not done: the request was changed meanwhile (%1). Nothing was overwritten; it now shows as it is (%2). Review it and act again.</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="109" />
        <source>by someone</source>
        <translation>by someone</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="114" />
        <source>Not possible while the request is %1. Possible now: %2.</source>
        <translation>Not possible while the request is %1. Possible now: %2.</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="120" />
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../console/volunteers/texts.py" line="124" />
        <source>The request no longer exists, or you may not see it.</source>
        <translation>The request no longer exists, or you may not see it.</translation>
    </message>
</context>
<context>
    <name>WallLauncher</name>
    <message>
        <location filename="../../console/wall/launcher.py" line="103" />
        <source>Starting the local command-center server…</source>
        <translation>Starting the local command-center server…</translation>
    </message>
    <message>
        <location filename="../../console/wall/launcher.py" line="132" />
        <source>The local server could not start: %1 — trying again</source>
        <translation>The local server could not start: %1 — trying again</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <location filename="../../console/wall/window.py" line="100" />
        <source>Chongchuan Governance Command Center — Wall</source>
        <translation>Chongchuan Governance Command Center — Wall</translation>
    </message>
    <message>
        <location filename="../../console/wall/window.py" line="108" />
        <source>Chongchuan Governance Command Center</source>
        <translation>Chongchuan Governance Command Center</translation>
    </message>
    <message>
        <location filename="../../console/wall/window.py" line="281" />
        <source>Connection lost — reconnecting</source>
        <translation>Connection lost — reconnecting</translation>
    </message>
    <message>
        <location filename="../../console/wall/window.py" line="284" />
        <source>Sign-in refused (%1) — trying again</source>
        <translation>Sign-in refused (%1) — trying again</translation>
    </message>
    <message>
        <location filename="../../console/wall/window.py" line="287" />
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location filename="../../console/wall/window.py" line="297" />
        <source>data %1</source>
        <translation>data %1</translation>
    </message>
    <message>
        <location filename="../../console/wall/window.py" line="311" />
        <source>Not available: %1</source>
        <translation>Not available: %1</translation>
    </message>
</context>
</TS>