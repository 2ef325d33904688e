<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Application</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>改用本机默认数据库打开吗?</source>
        <translation>Open the default local database instead?</translation>
    </message>
    <message>
        <source>首次使用:正在导入示例新闻稿…</source>
        <translation>First run: importing the sample articles…</translation>
    </message>
    <message>
        <source>已导入示例:%1</source>
        <translation>Samples imported: %1</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>指派记者</source>
        <translation>Assign a reporter</translation>
    </message>
    <message>
        <source>跟进记者</source>
        <translation>Reporter</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>简报 — %1</source>
        <extracomment>PDF resolution (dots per inch); text is vector either way</extracomment>
        <translation>Brief — %1</translation>
    </message>
    <message>
        <source>正在整理简报…</source>
        <translation>Gathering the brief…</translation>
    </message>
    <message>
        <source>PDF 文件</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>简报</source>
        <translation>brief</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>复制文本</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>保存简报</source>
        <translation>Save the brief</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <source>更正记录</source>
        <translation>Correct an entry</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>部门兑现情况(点击部门查看其条目)</source>
        <translation>Departments keeping their word (click one to see its items)</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>条目</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>已兑现</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>部分兑现</source>
        <translation>Partly kept</translation>
    </message>
    <message>
        <source>未兑现</source>
        <translation>Broken</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>兑现率</source>
        <translation>Kept rate</translation>
    </message>
    <message>
        <source>逾期天数中位数</source>
        <translation>Median days late</translation>
    </message>
    <message>
        <source>7 天内到期</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <source>30 天内到期</source>
        <translation>Due within 30 days</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <source>可输入 2024-11-22、2024/11/22 或 2024年11月22日</source>
        <translation>Type 2024-11-22, 2024/11/22 or 2024年11月22日</translation>
    </message>
    <message>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>DepartmentChart</name>
    <message>
        <source>已兑现</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>部分兑现</source>
        <translation>Partly kept</translation>
    </message>
    <message>
        <source>未兑现</source>
        <translation>Broken</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>未到期/无时限</source>
        <translation>Not due / no deadline</translation>
    </message>
    <message>
        <source>其他结案</source>
        <translation>Other closed</translation>
    </message>
    <message>
        <source>还没有已采纳的条目</source>
        <translation>No accepted items yet</translation>
    </message>
    <message numerus="yes">
        <source>%n 条 · 兑现 %1</source>
        <translation>
            <numerusform>%n item · %1 kept</numerusform>
            <numerusform>%n items · %1 kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>待确认的证据建议(收件箱):%1</source>
        <translation>Suggested evidence to review (inbox): %1</translation>
    </message>
    <message>
        <source>在左侧表格中选择一条记录</source>
        <translation>Select an item in the table</translation>
    </message>
    <message>
        <source>核实结论…</source>
        <translation>Verdict…</translation>
    </message>
    <message>
        <source>延期…</source>
        <translation>Postpone…</translation>
    </message>
    <message>
        <source>指派…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>备注…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>复制引用</source>
        <translation>Copy citation</translation>
    </message>
    <message>
        <source>原文</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>撤回…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>跟进记录</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>(无标题)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>未注明部门</source>
        <translation>No department named</translation>
    </message>
    <message>
        <source>(原文:%1)</source>
        <translation> (as printed: %1)</translation>
    </message>
    <message>
        <source>记者:%1</source>
        <translation>Reporter: %1</translation>
    </message>
    <message>
        <source>约数:原文的期限有“左右/力争/预计”等留有余地的说法</source>
        <translation>Approximate: the deadline is hedged (about / strive to / expected)</translation>
    </message>
    <message>
        <source>附条件:承诺以某个前提为条件</source>
        <translation>Conditional: the promise depends on a condition</translation>
    </message>
    <message>
        <source>原定 %1,已调整为 %2</source>
        <translation>Originally %1, moved to %2</translation>
    </message>
    <message>
        <source>网友提问</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>部门答复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>承诺原文</source>
        <translation>Promise as printed</translation>
    </message>
    <message>
        <source>答复中的承诺</source>
        <translation>Commitment in the reply</translation>
    </message>
    <message>
        <source>还没有跟进记录</source>
        <translation>No follow-up yet</translation>
    </message>
    <message>
        <source>跟进记录 (%1)</source>
        <translation>Follow-up (%1)</translation>
    </message>
    <message>
        <source>出处</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>出处(%1 处)</source>
        <translation>Sources (%1)</translation>
    </message>
    <message>
        <source>(原文无期限)</source>
        <translation>(no deadline in the text)</translation>
    </message>
    <message>
        <source>无法确定日期</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>(未署名)</source>
        <translation>(unsigned)</translation>
    </message>
    <message>
        <source>已撤回:%1,%2</source>
        <translation>withdrawn by %1, %2</translation>
    </message>
    <message>
        <source>已更正:%1,%2</source>
        <translation>corrected by %1, %2</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>调整期限(延期)</source>
        <translation>Move the deadline (postpone)</translation>
    </message>
    <message>
        <source>新的到期日</source>
        <translation>New due date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>如:株洲日报 2020-06-01 第3版</source>
        <translation>e.g. Zhuzhou Daily 2020-06-01 page 3</translation>
    </message>
    <message>
        <source>公布出处</source>
        <translation>Announced in</translation>
    </message>
</context>
<context>
    <name>EditItemDialog</name>
    <message>
        <source>编辑条目</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>期限原文</source>
        <translation>Deadline as printed</translation>
    </message>
    <message>
        <source>有到期日</source>
        <translation>Has a due date</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>网友提问</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>部门答复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>承诺原文</source>
        <translation>Promise as printed</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>当前筛选的 %1 条</source>
        <translation>The %1 items of the current filter</translation>
    </message>
    <message>
        <source>选中的 %1 条</source>
        <translation>The %1 selected items</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>导出到</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>请填写文件名</source>
        <translation>Please enter a file name</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 %1 条 → %2</source>
        <translation>Exported %1 items → %2</translation>
    </message>
    <message>
        <source>导出失败:%1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source> 天前提醒</source>
        <translation> days before</translation>
    </message>
    <message>
        <source>日历事件在到期日前几天提醒(0 = 到期当天)</source>
        <translation>How many days before the due date calendar events remind you (0 = on the day)</translation>
    </message>
    <message>
        <source>日历提醒</source>
        <translation>Calendar reminder</translation>
    </message>
</context>
<context>
    <name>FacetSidebar</name>
    <message>
        <source>类型</source>
        <extracomment>the due-date drop-down&apos;s last choice: a custom from/to range source-date presets (index of the 来源日期 drop-down); &quot;custom&quot; shows two date fields items shown in the main table; the review inbox shows the pending ones</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>核实结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>7 天内到期</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <source>30 天内到期</source>
        <translation>Due within 30 days</translation>
    </message>
    <message>
        <source>到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>来源日期</source>
        <translation>Source date</translation>
    </message>
    <message>
        <source>近7天</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>近30天</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>今年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>自定义…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>未注明</source>
        <translation>Not named</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>媒体</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>记者</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>导入新闻稿</source>
        <translation>Import articles</translation>
    </message>
    <message>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>添加文件夹…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <source>移除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>支持 .txt(UTF-8/GB18030/UTF-16)、.html、.docx、.pdf;也可以把文件或文件夹拖到这里。</source>
        <translation>Reads .txt (UTF-8/GB18030/UTF-16), .html, .docx and .pdf; you can also drop files or folders here.</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>在此粘贴一篇报道或网络问政栏目的全文</source>
        <translation>Paste the full text of an article or a public-inquiry column here</translation>
    </message>
    <message>
        <source>预览粘贴的文本</source>
        <translation>Preview the pasted text</translation>
    </message>
    <message>
        <source>粘贴文本</source>
        <translation>Paste text</translation>
    </message>
    <message>
        <source>文档</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>发布日期</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>日期来源</source>
        <translation>Date from</translation>
    </message>
    <message>
        <source>媒体</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>候选条目</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>直接采纳新条目(跳过收件箱)</source>
        <translation>Accept new items at once (skip the inbox)</translation>
    </message>
    <message>
        <source>添加文档后先预览,确认日期和媒体再导入。</source>
        <translation>Add documents to preview them; check the date and outlet, then import.</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消导入</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>新闻稿 (*.txt *.html *.htm *.mhtml *.mht *.docx *.pdf);;所有文件 (*)</source>
        <translation>Articles (*.txt *.html *.htm *.mhtml *.mht *.docx *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>选择文档</source>
        <translation>Choose documents</translation>
    </message>
    <message>
        <source>选择文件夹</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <source>正在预览 %1 个文档…</source>
        <translation>Previewing %1 documents…</translation>
    </message>
    <message>
        <source>%1 个文档,%2 个候选条目,%3 个文件无法读取。请核对发布日期和媒体,然后导入。</source>
        <translation>%1 documents, %2 candidates, %3 files unreadable. Check the dates and outlets, then import.</translation>
    </message>
    <message>
        <source>版面日期</source>
        <translation>page header</translation>
    </message>
    <message>
        <source>正文推断</source>
        <translation>inferred</translation>
    </message>
    <message>
        <source>手动指定</source>
        <translation>set by you</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>无法读取:%1</source>
        <translation>Cannot read: %1</translation>
    </message>
    <message>
        <source>未找到发布日期:相对期限(如“5月底”)将无法换算,请填写</source>
        <translation>No publication date found: relative deadlines (“5月底”) cannot be resolved; please enter it</translation>
    </message>
    <message>
        <source>待导入</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>已导入:新条目 %1,转载 %2</source>
        <translation>Imported: %1 new items, %2 reprints</translation>
    </message>
    <message>
        <source>已导入过,跳过</source>
        <translation>Already imported, skipped</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>失败:%1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>日期格式应为 YYYY-MM-DD:%1</source>
        <translation>Dates are written YYYY-MM-DD: %1</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>已停止。</source>
        <translation>Stopped.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>期限原文</source>
        <translation>Deadline as printed</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>原文句子</source>
        <translation>Source sentence</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>采纳 (A)</source>
        <extracomment>the open &quot;accept all?&quot; question, if any</extracomment>
        <translation>Accept (A)</translation>
    </message>
    <message>
        <source>编辑… (E)</source>
        <translation>Edit… (E)</translation>
    </message>
    <message>
        <source>驳回 (R)</source>
        <translation>Reject (R)</translation>
    </message>
    <message>
        <source>合并 (M)</source>
        <translation>Merge (M)</translation>
    </message>
    <message>
        <source>全部采纳</source>
        <translation>Accept all</translation>
    </message>
    <message>
        <source>收件箱是空的:没有待审核的条目</source>
        <translation>The inbox is empty: nothing to review</translation>
    </message>
    <message numerus="yes">
        <source>待审核 %n 条:新导入的候选条目,采纳后进入追踪表</source>
        <translation>
            <numerusform>%n to review: a candidate from new imports; accepted ones join the tracker</numerusform>
            <numerusform>%n to review: candidates from new imports; accepted ones join the tracker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>采纳全部 %n 条候选条目?采纳后进入追踪表。</source>
        <translation>
            <numerusform>Accept the %n candidate? It goes to the tracker.</numerusform>
            <numerusform>Accept all %n candidates? They go to the tracker.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>类型</source>
        <extracomment>placeholder for an id behind the first page that has not arrived yet kinds of change after which the id list may differ (membership or order) rows fetched per page when a view asks for data rows of the first answer after a refresh</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>期限原文</source>
        <translation>Deadline as printed</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>剩余/逾期</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>核实结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>跟进记者</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>媒体</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>见报日期</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>原文:%1</source>
        <translation>As printed: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>问政追踪</source>
        <extracomment>verdict shortcuts: Ctrl+1 … Ctrl+7</extracomment>
        <translation>Inquiry Tracker</translation>
    </message>
    <message>
        <source>工具栏</source>
        <extracomment>the item the reporter chose (kept by id across reloads; None: nothing chosen)</extracomment>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>简报…</source>
        <translation>Brief…</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>搜索事项、部门、原文… (Ctrl+F)</source>
        <translation>Search subjects, departments, text… (Ctrl+F)</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>追踪表</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>收件箱</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>后台处理中…</source>
        <translation>Working in the background…</translation>
    </message>
    <message>
        <source>已撤销上一步(记录保留,划线显示)</source>
        <translation>Last action undone (kept in the timeline, struck through)</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>· 待审核 %n 条</source>
        <translation>
            <numerusform>· %n to review</numerusform>
            <numerusform>· %n to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 条 → %1</source>
        <translation>
            <numerusform>Exported %n item → %1</numerusform>
            <numerusform>Exported %n items → %1</numerusform>
        </translation>
    </message>
    <message>
        <source>收件箱 (%1)</source>
        <translation>Inbox (%1)</translation>
    </message>
    <message>
        <source>导入完成:%1</source>
        <translation>Import finished: %1</translation>
    </message>
    <message>
        <source>复制引用</source>
        <translation>Copy citation</translation>
    </message>
    <message>
        <source>打开原文</source>
        <translation>Open source</translation>
    </message>
    <message>
        <source>简报(本条)</source>
        <translation>Brief (this item)</translation>
    </message>
    <message numerus="yes">
        <source>简报(所选 %n 条)</source>
        <translation>
            <numerusform>Brief (%n selected item)</numerusform>
            <numerusform>Brief (%n selected items)</numerusform>
        </translation>
    </message>
    <message>
        <source>简报(部门:%1)</source>
        <translation>Brief (department: %1)</translation>
    </message>
    <message>
        <source>指派所选…</source>
        <translation>Assign selected…</translation>
    </message>
    <message>
        <source>核实结论(所选)…</source>
        <translation>Verdict for selected…</translation>
    </message>
    <message>
        <source>导出所选…</source>
        <translation>Export selected…</translation>
    </message>
    <message numerus="yes">
        <source>所选 %n 条</source>
        <translation>
            <numerusform>%n selected item</numerusform>
            <numerusform>%n selected items</numerusform>
        </translation>
    </message>
    <message>
        <source>简报已保存:%1</source>
        <translation>Brief saved: %1</translation>
    </message>
    <message numerus="yes">
        <source>指派所选 %n 条</source>
        <translation>
            <numerusform>Assign %n selected item</numerusform>
            <numerusform>Assign %n selected items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>核实结论(所选 %n 条)</source>
        <translation>
            <numerusform>Verdict for %n selected item</numerusform>
            <numerusform>Verdict for %n selected items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>你的名字</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>同事会在跟进记录里看到这个名字(以后可在“设置”中修改)。</source>
        <translation>Colleagues see this name on your timeline entries (you can change it in Settings).</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>添加备注</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>记在每条跟进记录上,如:王小明</source>
        <translation>Recorded with every timeline entry, e.g. Wang Xiaoming</translation>
    </message>
    <message>
        <source>你的名字</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>本机 SQLite 文件</source>
        <translation>Local SQLite file</translation>
    </message>
    <message>
        <source>PostgreSQL 服务器</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>留空使用默认文件</source>
        <translation>Leave empty for the default file</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>SQLite 文件</source>
        <translation>SQLite file</translation>
    </message>
    <message>
        <source>PostgreSQL 地址</source>
        <translation>PostgreSQL URL</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>当前使用:%1</source>
        <translation>In use: %1</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>数据库文件</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>SQLite 数据库 (*.sqlite *.db);;所有文件 (*)</source>
        <translation>SQLite databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>连接正常:%1 还不存在,打开时会新建。</source>
        <translation>Connection fine: %1 does not exist yet and will be created.</translation>
    </message>
    <message>
        <source>连接正常:%1 是空数据库,打开时会建表。</source>
        <translation>Connection fine: %1 is empty; the tables will be created on opening.</translation>
    </message>
    <message>
        <source>连接正常:%1,数据库结构版本 %2(本程序 %3)。</source>
        <translation>Connection fine: %1, schema %2 (this program: %3).</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>另有 %1 处转载:</source>
        <extracomment>characters shown around the span of a very long document</extracomment>
        <translation>Reprinted in %1 more: </translation>
    </message>
    <message>
        <source>仅此一处来源</source>
        <translation>One source</translation>
    </message>
    <message>
        <source>没有来源文档</source>
        <translation>No source document</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>条目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>判断</source>
        <translation>Stance</translation>
    </message>
    <message>
        <source>新文章中的报道</source>
        <translation>Report in the new article</translation>
    </message>
    <message>
        <source>出处</source>
        <translation>Printed in</translation>
    </message>
    <message>
        <source>把握</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>已兑现</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>延期至 %1</source>
        <translation>Delayed to %1</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <source>进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>确认</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>仅记为证据</source>
        <translation>Evidence only</translation>
    </message>
    <message>
        <source>忽略</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>证据建议 %1 条:新文章说到这些条目已兑现、延期或有进展,请逐条确认</source>
        <translation>%1 suggested evidence: new articles say these items were kept, delayed or advanced; confirm each</translation>
    </message>
    <message>
        <source>没有证据建议</source>
        <translation>No suggested evidence</translation>
    </message>
    <message>
        <source>确认后:记为已兑现(%1),以此文为证据</source>
        <translation>Confirming records the item kept (%1), with this article as evidence</translation>
    </message>
    <message>
        <source>确认后:期限延至 %1,注明见 %2</source>
        <translation>Confirming moves the due date to %1, as printed in %2</translation>
    </message>
    <message>
        <source>确认后:在时间线上记一条进展(见 %1)</source>
        <translation>Confirming adds a progress entry to the timeline (printed in %1)</translation>
    </message>
    <message>
        <source>兑现日期</source>
        <translation>Kept on</translation>
    </message>
    <message>
        <source>新期限</source>
        <translation>New due date</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>核实结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>核实经过:走访、电话、官方通报……</source>
        <translation>How it was checked: site visit, phone call, official notice…</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>核实日期</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <source>这个结论需要写明核实经过,或附上证据</source>
        <translation>This verdict needs a note on how it was checked, or evidence</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>撤回记录</source>
        <translation>Withdraw an entry</translation>
    </message>
    <message>
        <source>如:记错了条目</source>
        <translation>e.g. recorded on the wrong item</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>证据链接</source>
        <extracomment>the field the keyboard starts in</extracomment>
        <translation>Evidence URL</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>证据文件</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <source>选择证据文件</source>
        <translation>Choose an evidence file</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>条目已被他人修改</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>这条记录刚被别人改过,已重新载入最新内容,请再操作一次。</source>
        <translation>Someone else changed this item just now. It has been reloaded; please try again.</translation>
    </message>
    <message>
        <source>数据库被占用</source>
        <translation>Database locked</translation>
    </message>
    <message>
        <source>另一个程序正在写入数据库,请稍后再试。</source>
        <translation>Another program is writing to the database; try again in a moment.</translation>
    </message>
    <message>
        <source>无法连接数据库</source>
        <translation>Cannot reach the database</translation>
    </message>
    <message>
        <source>请检查数据库文件或服务器地址(设置 → 数据库)。</source>
        <translation>Check the database file or server address (Settings → Database).</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>无法执行此操作</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>找不到记录</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>文件操作失败</source>
        <translation>File error</translation>
    </message>
    <message>
        <source>文件无法读取</source>
        <translation>Unreadable file</translation>
    </message>
    <message>
        <source>操作失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>(未写日志文件)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <source>程序遇到了意外错误。您的数据已保存;可以继续使用,但最好重启程序。</source>
        <translation>Something unexpected went wrong. Your data is saved; you can go on, but restarting the program is safer.</translation>
    </message>
    <message>
        <source>日志文件:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <source>报告问题时请附上该文件。</source>
        <translation>Please attach it when you report the problem.</translation>
    </message>
    <message>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>问政</source>
        <extracomment>language codes the settings offer, with their names as shown in the picker the vocabulary&apos;s labels, listed so ``lupdate`` puts them in the catalogue</extracomment>
        <translation>Inquiry</translation>
    </message>
    <message>
        <source>承诺</source>
        <translation>Promise</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>已采纳</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>已合并</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>待核实</source>
        <translation>Unchecked</translation>
    </message>
    <message>
        <source>推进中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已兑现</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>部分兑现</source>
        <translation>Partly kept</translation>
    </message>
    <message>
        <source>已延期</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <source>未兑现</source>
        <translation>Broken</translation>
    </message>
    <message>
        <source>无法核实</source>
        <translation>Unverifiable</translation>
    </message>
    <message>
        <source>已撤回</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>无时限</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not due</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Deadline moved</translation>
    </message>
    <message>
        <source>指派</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>审核</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>新闻报道(证据)</source>
        <translation>News report (evidence)</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>撤回</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>网友提问</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>部门答复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>承诺原文</source>
        <translation>Promise as printed</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>期限原文</source>
        <translation>Deadline as printed</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>约数</source>
        <translation>Approximate</translation>
    </message>
    <message>
        <source>附条件</source>
        <translation>Conditional</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>期限:%1 → %2</source>
        <translation>Due: %1 → %2</translation>
    </message>
    <message>
        <source>指派给:%1</source>
        <translation>Assigned to: %1</translation>
    </message>
    <message>
        <source>无人</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>出处:%1</source>
        <translation>Announced in: %1</translation>
    </message>
    <message>
        <source>问政追踪 · 简报(%1)</source>
        <translation>Inquiry Tracker · brief (%1)</translation>
    </message>
    <message>
        <source>(原定 %1)</source>
        <translation>(originally %1)</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>核实结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>跟进记录</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>出处</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>无法确定日期</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>(无标题)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>未注明</source>
        <translation>Not named</translation>
    </message>
    <message>
        <source>[已撤回]</source>
        <translation>[withdrawn]</translation>
    </message>
    <message>
        <source>[已更正]</source>
        <translation>[corrected]</translation>
    </message>
    <message>
        <source>部门记分</source>
        <translation>Department score</translation>
    </message>
    <message>
        <source>%1:%2 条,兑现 %3,部分兑现 %4,未兑现 %5,逾期 %6,兑现率 %7,逾期天数中位 %8</source>
        <translation>%1: %2 items, kept %3, partly kept %4, broken %5, overdue %6, kept rate %7, median days late %8</translation>
    </message>
    <message>
        <source>文档</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>新条目</source>
        <translation>new items</translation>
    </message>
    <message>
        <source>转载</source>
        <translation>reprints</translation>
    </message>
    <message>
        <source>重复</source>
        <translation>duplicates</translation>
    </message>
    <message>
        <source>失败</source>
        <translation>failures</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>证据建议</source>
        <translation>suggested evidence</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>已停止</source>
        <translation>stopped</translation>
    </message>
    <message numerus="yes">
        <source>逾期 %n 天</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>Due today</translation>
    </message>
    <message numerus="yes">
        <source>剩 %n 天</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
</TS>
