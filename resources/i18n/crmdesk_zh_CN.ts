<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>PlanForm</source>
        <translation>方案表单</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>方案比较</translation>
    </message>
    <message>
        <source>CustomerStage</source>
        <translation>客户阶段</translation>
    </message>
    <message>
        <source>CustomerField</source>
        <translation>客户字段</translation>
    </message>
    <message>
        <source>CustomFieldKind</source>
        <translation>自定义字段类型</translation>
    </message>
    <message>
        <source>DuplicateReason</source>
        <translation>重复原因</translation>
    </message>
    <message>
        <source>FollowUpKind</source>
        <translation>跟进类型</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CRMDesk</source>
        <translation>关于 CRMDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CRMDesk %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;CRMDesk %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>An offline CRM and CRM budget planner for small businesses.</source>
        <translation>面向小企业的离线客户管理与 CRM 预算规划软件。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>许可：</translation>
    </message>
    <message>
        <source>Proprietary. All rights reserved by the publisher.</source>
        <translation>专有软件，发行方保留所有权利。</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>日志文件夹：</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <source>Versions and folders, to paste into a message to support; no customer data.</source>
        <translation>版本与文件夹信息，可粘贴到发给客服的消息中；不含客户数据。</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>诊断信息已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>A backup restores into a single-user data folder, not into the shared database.</source>
        <translation>备份只能恢复到单机数据文件夹，不能恢复到共享数据库。</translation>
    </message>
    <message>
        <source>Data restored from %1</source>
        <translation>已从 %1 恢复数据</translation>
    </message>
    <message>
        <source>Restore the latest backup (%1)?</source>
        <translation>要恢复最近的备份（%1）吗？</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Another CRMDesk program (process %1) is using the data folder %2: a command such as an import or a restore, or a window on another screen. Close it or let it finish, then try again.</source>
        <translation>另一个 CRMDesk 程序（进程 %1）正在使用数据文件夹 %2：可能是导入、恢复等命令，或另一个屏幕上的窗口。请关闭它或等它完成后重试。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <source>Baseline before go-live</source>
        <translation>上线前基准</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Fill from the 12 months before go-live</source>
        <translation>按上线前 12 个月的数据填写</translation>
    </message>
    <message>
        <source>Measures before go-live</source>
        <translation>上线前指标</translation>
    </message>
    <message>
        <source>Yearly margin per customer:</source>
        <translation>每客户年毛利：</translation>
    </message>
    <message>
        <source>Values for turning changes into money</source>
        <translation>用于将变化折算为金额的数值</translation>
    </message>
    <message>
        <source>measured or as planned</source>
        <translation>实测值或计划值</translation>
    </message>
    <message>
        <source>Realised benefit a year you know yourself (optional)</source>
        <translation>自行掌握的每年已实现效益（可选）</translation>
    </message>
</context>
<context>
    <name>BenefitsPage</name>
    <message>
        <source>What the CRM brings back each year. Be prudent: only margin counts, not revenue, and not every saved hour becomes money. Fill in what applies.</source>
        <translation>CRM 每年带来的回报。请保守估计：只计毛利而非收入，节省的工时也不会全部变成钱。只填适用的项目。</translation>
    </message>
    <message>
        <source>When benefits arrive</source>
        <translation>效益何时实现</translation>
    </message>
    <message>
        <source>More sales</source>
        <translation>增加销售</translation>
    </message>
    <message>
        <source>Annual revenue x extra sales x gross margin.</source>
        <translation>年收入 × 新增销售比例 × 毛利率。</translation>
    </message>
    <message>
        <source>Time saved</source>
        <translation>节省时间</translation>
    </message>
    <message>
        <source>People x hours saved per week x weeks x cost per hour x share that counts.</source>
        <translation>人数 × 每周节省小时 × 周数 × 每小时成本 × 计入比例。</translation>
    </message>
    <message>
        <source>Fewer customers lost</source>
        <translation>减少客户流失</translation>
    </message>
    <message>
        <source>Customers x fewer lost (percentage points) x margin per customer.</source>
        <translation>客户数 × 流失率下降（百分点）× 每客户毛利。</translation>
    </message>
    <message>
        <source>Cost savings per year</source>
        <translation>每年节约的成本</translation>
    </message>
    <message>
        <source>Other benefits</source>
        <translation>其他效益</translation>
    </message>
    <message>
        <source>Intangible benefits</source>
        <translation>无形效益</translation>
    </message>
    <message>
        <source>Listed in the plan and the report, never added up as money.</source>
        <translation>列入方案和报告，但不折算成金额。</translation>
    </message>
    <message>
        <source>Others, one per line:</source>
        <translation>其他（每行一项）：</translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
</context>
<context>
    <name>CadenceDialog</name>
    <message>
        <source>Stay in touch</source>
        <translation>定期联系</translation>
    </message>
    <message>
        <source>&amp;No regular contact</source>
        <translation>不定期联系(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>每隔(&amp;E)</translation>
    </message>
    <message>
        <source>How often should you contact %1?</source>
        <translation>多久联系一次 %1？</translation>
    </message>
    <message>
        <source>The next call is planned from the last real contact, so an early visit moves it later instead of adding another one.</source>
        <translation>下次联系从最近一次实际联系起算，因此提前拜访会顺延下次联系，而不会再多加一次。</translation>
    </message>
</context>
<context>
    <name>CashFlowTable</name>
    <message>
        <source>Total costs</source>
        <translation>成本合计</translation>
    </message>
    <message>
        <source>Total benefits</source>
        <translation>效益合计</translation>
    </message>
    <message>
        <source>Net (benefits - costs)</source>
        <translation>净额（效益 - 成本）</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Discounted cumulative</source>
        <translation>折现累计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation>将此图表保存为图片</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>%1: %2</source>
        <comment>a series and its value in a chart&apos;s tooltip</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Dry run</source>
        <translation>预检</translation>
    </message>
    <message>
        <source>What the import will do. Nothing has been written yet.</source>
        <translation>导入将执行的操作。目前尚未写入任何数据。</translation>
    </message>
    <message>
        <source>&amp;Skip rows that match a customer you have (same phone or e-mail)</source>
        <translation>跳过与现有客户匹配的行（电话或电子邮件相同）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Update that customer with the row&apos;s values</source>
        <translation>用该行的值更新现有客户(&amp;U)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Checking every row...</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <source>will be updated</source>
        <translation>将更新</translation>
    </message>
    <message>
        <source>will be skipped</source>
        <translation>将跳过</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new customers · &lt;b&gt;%2&lt;/b&gt; already in your list (%3) · &lt;b&gt;%4&lt;/b&gt; repeated in the file · &lt;b&gt;%5&lt;/b&gt; cannot be imported</source>
        <translation>新客户 &lt;b&gt;%1&lt;/b&gt; 位 · 已在列表中 &lt;b&gt;%2&lt;/b&gt; 位（%3）· 文件内重复 &lt;b&gt;%4&lt;/b&gt; 位 · 无法导入 &lt;b&gt;%5&lt;/b&gt; 位</translation>
    </message>
    <message numerus="yes">
        <source>%n rows are imported with a value they could not use left in the notes (listed below).</source>
        <translation>
            <numerusform>%n 行将照常导入，其中无法使用的值会保留在备注中（见下方列表）。</numerusform>
        </translation>
    </message>
    <message>
        <source>same %1 as %2</source>
        <translation>%1与 %2 相同</translation>
    </message>
    <message>
        <source>same %1 as row %2</source>
        <translation>%1与第 %2 行相同</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Benefits at least twice the costs</source>
        <translation>效益至少为成本的两倍</translation>
    </message>
    <message>
        <source>Payback within 12 months</source>
        <translation>12 个月内收回投资</translation>
    </message>
    <message>
        <source>Deployment within 6 months</source>
        <translation>6 个月内完成部署</translation>
    </message>
    <message>
        <source>Business costs included</source>
        <translation>已计入业务成本</translation>
    </message>
    <message>
        <source>Maintenance share plausible</source>
        <translation>运维占比合理</translation>
    </message>
    <message>
        <source>Contingency reserve included</source>
        <translation>已列入应急储备金</translation>
    </message>
    <message>
        <source>Skipped: the plan has no costs or benefits yet.</source>
        <translation>已跳过：方案尚无成本或效益。</translation>
    </message>
    <message>
        <source>Benefits ({benefits}) are at least twice the costs ({costs}) in present value, which leaves room for overruns and late benefits.</source>
        <translation>按现值计，效益（{benefits}）至少为成本（{costs}）的两倍，足以应对超支和效益延迟。</translation>
    </message>
    <message>
        <source>Benefits ({benefits}) are less than twice the costs ({costs}) in present value. Overruns and late benefits are the norm, so aim for benefits of at least {needed}: cut costs or find firmer benefits.</source>
        <translation>按现值计，效益（{benefits}）不足成本（{costs}）的两倍。超支和效益延迟很常见，效益应至少达到 {needed}：请削减成本或寻找更可靠的效益。</translation>
    </message>
    <message>
        <source>Skipped: the plan has no cash flows yet.</source>
        <translation>已跳过：方案尚无现金流。</translation>
    </message>
    <message>
        <source>The plan pays back after {years} years, within 12 months.</source>
        <translation>方案在 {years} 年后收回投资，在 12 个月以内。</translation>
    </message>
    <message>
        <source>Payback takes {years} years; it should come within 12 months. Lower the initial spend, phase the rollout or bring benefits forward.</source>
        <translation>投资回收期为 {years} 年，应在 12 个月以内。请降低初始投入、分阶段上线或让效益提前实现。</translation>
    </message>
    <message>
        <source>The plan does not pay back within its {horizon}-year horizon; payback should come within 12 months. Lower the initial spend, phase the rollout or bring benefits forward.</source>
        <translation>方案在 {horizon} 年规划期内无法收回投资，而回收期应在 12 个月以内。请降低初始投入、分阶段上线或让效益提前实现。</translation>
    </message>
    <message>
        <source>The cumulative cash flow reaches zero after {years} years but turns negative again in year {dip_year} and is still negative at the end of the horizon, so the plan does not pay back. Lower the later costs or bring benefits forward.</source>
        <translation>累计现金流在 {years} 年后回到零，但在第 {dip_year} 年再次转负，到测算期末仍为负，因此该方案无法收回投资。请降低后期成本或让收益提前到来。</translation>
    </message>
    <message>
        <source>Skipped: the plan gives no deployment time.</source>
        <translation>已跳过：方案未填写部署时间。</translation>
    </message>
    <message>
        <source>Deployment takes {months} months, within six.</source>
        <translation>部署需要 {months} 个月，在 6 个月以内。</translation>
    </message>
    <message>
        <source>Deployment takes {months} months, more than six. Phase it: start with one sales or service function, or one user group, and extend from there.</source>
        <translation>部署需要 {months} 个月，超过 6 个月。建议分阶段实施：先从一项销售或服务职能、或一个用户群体开始，再逐步推广。</translation>
    </message>
    <message>
        <source>Skipped: the plan has no costs yet.</source>
        <translation>已跳过：方案尚无成本。</translation>
    </message>
    <message>
        <source>Business costs (training, project and change management) come to {business}, against {it} of IT costs.</source>
        <translation>业务成本（培训、项目与变革管理）为 {business}，IT 成本为 {it}。</translation>
    </message>
    <message>
        <source>The plan has only IT costs ({it}). Add training (courses and staff learning time) and project and change management: they are usually about as large as the IT costs.</source>
        <translation>方案只有 IT 成本（{it}）。请补充培训（课程及员工学习时间）和项目与变革管理成本：它们通常与 IT 成本相当。</translation>
    </message>
    <message>
        <source>Skipped: no one-off implementation labour (customisation, data migration, project management) to compare maintenance with.</source>
        <translation>已跳过：没有可与运维成本比较的一次性实施人工（定制开发、数据迁移、项目管理）。</translation>
    </message>
    <message>
        <source>Yearly maintenance (at most {maintenance}) is {share} of the initial implementation labour and services ({labour}), within the 40% it can reach.</source>
        <translation>每年运维成本（最高 {maintenance}）占初始实施人工和服务费用（{labour}）的 {share}，未超过 40% 的上限。</translation>
    </message>
    <message>
        <source>The plan has {labour} of one-off implementation labour and services but no maintenance at all. Customised systems need upgrades, fixes and support every year: add a yearly maintenance line (often 15% to 40% of the implementation labour).</source>
        <translation>方案包含 {labour} 的一次性实施人工与服务，却完全没有运维费用。定制系统每年都需要升级、修复和技术支持：请添加年度运维项（通常为实施人工的 15% 至 40%）。</translation>
    </message>
    <message>
        <source>Yearly maintenance reaches {maintenance}, {share} of the initial implementation labour and services ({labour}). Even demanding systems stay near 40%: check the estimate, or whether implementation labour is missing from the plan.</source>
        <translation>每年运维成本达到 {maintenance}，占初始实施人工和服务费用（{labour}）的 {share}。即使要求较高的系统也通常在 40% 左右：请核对估算，或检查方案是否漏列了实施人工。</translation>
    </message>
    <message>
        <source>A contingency reserve of {rate} of the year-0 costs ({amount}) is included.</source>
        <translation>已列入第 0 年成本 {rate} 的应急储备金（{amount}）。</translation>
    </message>
    <message>
        <source>No contingency reserve. Hold back a share of the initial investment (for example 10%) for risks and surprises.</source>
        <translation>没有应急储备金。请预留一部分初始投资（例如 10%）以应对风险和意外。</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Satisfaction for %1</source>
        <translation>%1 的满意度</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>关闭 %1</translation>
    </message>
    <message>
        <source>How satisfied is the customer?</source>
        <translation>客户满意度如何？</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>尚未询问</translation>
    </message>
    <message>
        <source>1 very unhappy</source>
        <translation>1 非常不满意</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>5 very happy</source>
        <translation>5 非常满意</translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>客户的反馈（可选）</translation>
    </message>
    <message>
        <source>Plan a satisfaction &amp;call on</source>
        <translation>安排满意度回访(&amp;C)，日期</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lose ticket</source>
        <translation>关闭工单(&amp;L)</translation>
    </message>
    <message>
        <source>This ticket has no resolution on record.</source>
        <translation>此工单尚无解决记录。</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Choose a score from 1 to 5.</source>
        <translation>请选择 1 到 5 分。</translation>
    </message>
</context>
<context>
    <name>CompanyProfileBox</name>
    <message>
        <source>Your business</source>
        <translation>您的企业</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <source>Shown on printed budgets and work orders</source>
        <translation>打印在预算和工单上</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>税号：</translation>
    </message>
    <message>
        <source>e.g. unified social credit code or VAT number</source>
        <translation>例如统一社会信用代码或增值税号</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>Choose logo...</source>
        <translation>选择标志…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>移除标志</translation>
    </message>
    <message>
        <source>Logo for reports:</source>
        <translation>报告上的标志：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>货币：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The logo file is larger than 2 MB.</source>
        <translation>标志文件超过 2 MB。</translation>
    </message>
    <message>
        <source>That file is not a picture CRMDesk can read.</source>
        <translation>CRMDesk 无法读取该图片文件。</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>选择标志</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare plans</source>
        <translation>比较方案</translation>
    </message>
    <message>
        <source>Add to comparison</source>
        <translation>加入比较</translation>
    </message>
    <message>
        <source>Add &quot;do nothing&quot;</source>
        <translation>加入“不实施”</translation>
    </message>
    <message>
        <source>A baseline with no CRM: no benefits and no new costs.</source>
        <translation>不上 CRM 的基准：没有效益，也没有新增成本。</translation>
    </message>
    <message>
        <source>Measure every other plan against this one: the extra NPV, IRR and payback of choosing it instead.</source>
        <translation>以此方案为基准衡量其他方案：改选其他方案带来的增量净现值、内部收益率和投资回收期。</translation>
    </message>
    <message>
        <source>Evaluation scorecard...</source>
        <translation>评估打分表…</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>基准方案：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>不实施</translation>
    </message>
    <message>
        <source>Highest equivalent annual value: %1 (the horizons differ).</source>
        <translation>等额年值最高：%1（各方案测算期不同）。</translation>
    </message>
    <message>
        <source>Highest NPV: %1.</source>
        <translation>净现值最高：%1。</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>相对于 %1</translation>
    </message>
    <message>
        <source>Cumulative net cash flow</source>
        <translation>累计净现金流</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Complete follow-up</source>
        <translation>完成跟进</translation>
    </message>
    <message>
        <source>%1 with %2, due %3</source>
        <translation>%1 · %2，截止 %3</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>无客户</translation>
    </message>
    <message>
        <source>What came of it? (e.g. wants a quote by Friday)</source>
        <translation>结果如何？（例如：客户希望周五前收到报价）</translation>
    </message>
    <message>
        <source>Schedule the &amp;next step</source>
        <translation>安排下一步(&amp;N)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Remind me (%1)</source>
        <translation>提醒我（%1）</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>间隔：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>标记为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>CRMDesk: unexpected error</source>
        <translation>CRMDesk：意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside CRMDesk. Your saved data is safe; what you were typing is still in its window. Please send the details below to support.</source>
        <translation>CRMDesk 内部出错。已保存的数据是安全的，正在输入的内容仍保留在原窗口中。请将以下详细信息发送给技术支持。</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>CustomFieldKind</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete custom field</source>
        <translation>删除自定义字段</translation>
    </message>
    <message>
        <source>Delete the field %1 and the values every customer has in it?</source>
        <translation>要删除字段 %1 以及所有客户在该字段中的值吗？</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <source>&amp;Log contact</source>
        <translation>记录联系(&amp;L)</translation>
    </message>
    <message>
        <source>Log a &amp;call...</source>
        <translation>记录一次通话(&amp;C)…</translation>
    </message>
    <message>
        <source>Log a &amp;visit...</source>
        <translation>记录一次拜访(&amp;V)…</translation>
    </message>
    <message>
        <source>Log a &amp;WeChat message...</source>
        <translation>记录一条微信消息(&amp;W)…</translation>
    </message>
    <message>
        <source>Log an &amp;e-mail...</source>
        <translation>记录一封邮件(&amp;E)…</translation>
    </message>
    <message>
        <source>New &amp;follow-up...</source>
        <translation>新建跟进(&amp;F)…</translation>
    </message>
    <message>
        <source>New &amp;ticket...</source>
        <translation>新建工单(&amp;T)…</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>拨打电话(&amp;A)</translation>
    </message>
    <message>
        <source>Send e-&amp;mail</source>
        <translation>发送邮件(&amp;M)</translation>
    </message>
    <message>
        <source>Copy &amp;phone</source>
        <translation>复制电话(&amp;P)</translation>
    </message>
    <message>
        <source>Copy &amp;WeChat ID</source>
        <translation>复制微信号(&amp;W)</translation>
    </message>
    <message>
        <source>Copy &amp;QQ</source>
        <translation>复制QQ号(&amp;Q)</translation>
    </message>
    <message>
        <source>Contact with %1 logged.</source>
        <translation>已记录与 %1 的联系。</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>已复制 %1。</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPanel</name>
    <message>
        <source>Select a customer to see their details and history.</source>
        <translation>选择一位客户以查看其详情和历史记录。</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print record...</source>
        <translation>打印档案(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xport data...</source>
        <translation>导出数据(&amp;X)…</translation>
    </message>
    <message>
        <source>Save everything stored about this customer in one file, for them to keep</source>
        <translation>将该客户的全部已存数据保存为一个文件，供其本人留存</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;时间线&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>暂无记录。</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Required, e.g. 张伟 or Olivia Smith</source>
        <translation>必填，例如 张伟 或 Olivia Smith</translation>
    </message>
    <message>
        <source>One per line, e.g. +86 138 0013 8000</source>
        <translation>每行一个，例如 +86 138 0013 8000</translation>
    </message>
    <message>
        <source>One per line, e.g. name@example.com</source>
        <translation>每行一个，例如 name@example.com</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. VIP, 批发</source>
        <translation>用逗号分隔，例如 VIP, 批发</translation>
    </message>
    <message>
        <source>Year-month-day, e.g. 1980-03-05</source>
        <translation>年-月-日，例如 1980-03-05</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>姓名(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>公司(&amp;C)</translation>
    </message>
    <message>
        <source>Job &amp;title</source>
        <translation>职务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;WeChat ID</source>
        <translation>微信号(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;QQ</source>
        <translation>&amp;QQ</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>标签(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Birthday</source>
        <translation>生日(&amp;B)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>A number, e.g. 1200.50</source>
        <translation>数字，例如 1200.50</translation>
    </message>
    <message>
        <source>Year-month-day, e.g. 2027-03-05</source>
        <translation>年-月-日，例如 2027-03-05</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation>出生月份</translation>
    </message>
    <message>
        <source>Birth day</source>
        <translation>出生日</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Type a name, company or phone number</source>
        <translation>输入姓名、公司或电话号码</translation>
    </message>
</context>
<context>
    <name>CustomerStage</name>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>成交客户</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>休眠客户</translation>
    </message>
</context>
<context>
    <name>CustomerTools</name>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>This looks like a customer you already have:

%1</source>
        <translation>这似乎是一位已有客户：

%1</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>打开已有客户</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Tag customers</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Tag for %1 customer(s):</source>
        <translation>为 %1 位客户添加标签：</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>添加标签 %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>移除标签 %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing customers</source>
        <translation>正在导入客户</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>%1 customer(s) exported to %2</source>
        <translation>已将 %1 位客户导出到 %2</translation>
    </message>
    <message>
        <source>Exporting customers</source>
        <translation>正在导出客户</translation>
    </message>
    <message>
        <source>Export their data</source>
        <translation>导出其个人数据</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Everything stored about %1 saved to %2</source>
        <translation>%1 的全部已存数据已保存到 %2</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>所选客户</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <source>Search name, company, phone, e-mail, address, notes or pinyin (Ctrl+F)</source>
        <translation>搜索姓名、公司、电话、电子邮件、地址、备注或拼音（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tag...</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Remove tag...</source>
        <translation>移除标签(&amp;R)…</translation>
    </message>
    <message>
        <source>Change &amp;stage</source>
        <translation>更改阶段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;history...</source>
        <translation>导入历史(&amp;H)…</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print list...</source>
        <translation>打印列表(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Duplicates...</source>
        <translation>重复客户(&amp;D)…</translation>
    </message>
    <message>
        <source>Recycle &amp;bin...</source>
        <translation>回收站(&amp;B)…</translation>
    </message>
    <message>
        <source>Custom &amp;fields...</source>
        <translation>自定义字段(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches. Try fewer letters, or clear the search and filter.</source>
        <translation>没有匹配的客户。请减少输入的字符，或清除搜索和筛选条件。</translation>
    </message>
    <message>
        <source>No customers yet. Add one with Ctrl+N, or import a spreadsheet, CSV or phone contacts (vCard) with Import.</source>
        <translation>还没有客户。按 Ctrl+N 添加，或通过“导入”导入电子表格、CSV 或手机通讯录（vCard）。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) selected</source>
        <translation>
            <numerusform>已选择 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Customer %1 added.</source>
        <translation>已添加客户 %1。</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3, after you opened it.</source>
        <translation>在您打开之后，%2 于 %3 修改了“%1”。</translation>
    </message>
    <message>
        <source>Keep their version (your edit is not saved), or save yours over it?</source>
        <translation>保留对方的版本（您的修改不保存），还是用您的版本覆盖？</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <source>Save mine</source>
        <translation>保存我的</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s)</source>
        <translation>
            <numerusform>删除 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) moved to the recycle bin. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>已将 %n 位客户移到回收站。按 Ctrl+Z 可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change stage to %1</source>
        <translation>将阶段更改为 %1</translation>
    </message>
</context>
<context>
    <name>CustomisationPage</name>
    <message>
        <source>Work to fit the CRM to your business and move your data in. Give person-days (multiplied by the day rate) or the amount quoted; leave the rest empty.</source>
        <translation>让 CRM 适配业务并导入数据的工作。填写人天数（乘以人天单价）或报价金额，其余留空。</translation>
    </message>
    <message>
        <source>Day rate</source>
        <translation>人天单价</translation>
    </message>
    <message>
        <source>Customisation and integration</source>
        <translation>定制开发与集成</translation>
    </message>
    <message>
        <source>Prefer the standard product: every customisation must also be maintained.</source>
        <translation>优先使用标准产品：每项定制开发都需要后续维护。</translation>
    </message>
    <message>
        <source>Data migration and go-live</source>
        <translation>数据迁移与上线</translation>
    </message>
    <message>
        <source>Clean data before it goes in: garbage in, garbage out.</source>
        <translation>导入前先清洗数据：垃圾进，垃圾出。</translation>
    </message>
    <message>
        <source>Other customisation or data lines</source>
        <translation>其他定制开发或数据项</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>d MMM</source>
        <comment>day and month on chart axes</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>No new customers in the last twelve months.</source>
        <translation>近十二个月没有新增客户。</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 当周</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>已完成跟进</translation>
    </message>
    <message>
        <source>No follow-ups done in the last twelve weeks.</source>
        <translation>近十二周没有完成的跟进。</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No service tickets in the last twelve months.</source>
        <translation>近十二个月没有售后工单。</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>No satisfaction scores in the last twelve months.</source>
        <translation>近十二个月没有满意度评分。</translation>
    </message>
    <message>
        <source>No budget plan yet. Make one in the Budget planner to follow its spending here.</source>
        <translation>还没有预算方案。在“预算规划”中创建方案后，可在此跟踪其支出。</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Dashboard</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>重新读取数据（F5）</translation>
    </message>
    <message>
        <source>New customers this month</source>
        <translation>本月新增客户</translation>
    </message>
    <message>
        <source>Follow-ups due today</source>
        <translation>今日待跟进</translation>
    </message>
    <message>
        <source>Open service tickets</source>
        <translation>未结售后工单</translation>
    </message>
    <message>
        <source>Satisfaction, last 12 months</source>
        <translation>近 12 个月满意度</translation>
    </message>
    <message>
        <source>Budget plan</source>
        <translation>预算方案</translation>
    </message>
    <message>
        <source>Spending and actuals…</source>
        <translation>支出与实际…</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>每月新增客户</translation>
    </message>
    <message>
        <source>Follow-ups done per week</source>
        <translation>每周完成跟进</translation>
    </message>
    <message>
        <source>Service tickets opened and closed</source>
        <translation>售后工单新建与关闭</translation>
    </message>
    <message>
        <source>Average satisfaction (1-5)</source>
        <translation>平均满意度（1-5）</translation>
    </message>
    <message>
        <source>Budget and actual spending, cumulative</source>
        <translation>预算与实际支出（累计）</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>%1 customers in all</source>
        <translation>共 %1 位客户</translation>
    </message>
    <message>
        <source>No ratings yet</source>
        <translation>暂无评分</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message numerus="yes">
        <source>from %n rating(s)</source>
        <translation>
            <numerusform>共 %n 个评分</numerusform>
        </translation>
    </message>
    <message>
        <source>None overdue</source>
        <translation>无逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 条逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>No budget plan yet</source>
        <translation>暂无预算方案</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>预算：%1</translation>
    </message>
    <message>
        <source>spent of %1 budgeted to date (%2)</source>
        <translation>已支出，截至目前预算 %1（%2）</translation>
    </message>
    <message>
        <source>spent; nothing budgeted yet</source>
        <translation>已支出；尚无预算</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条警告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>same phone number</source>
        <translation>电话号码相同</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>电子邮件地址相同</translation>
    </message>
    <message>
        <source>same name in the same company</source>
        <translation>同一公司中姓名相同</translation>
    </message>
    <message>
        <source>very similar name in the same company</source>
        <translation>同一公司中姓名非常相似</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Duplicate customers</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <source>Looking for duplicates...</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Merge...</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>正在查找重复客户</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate pair(s).</source>
        <translation>
            <numerusform>发现 %n 对可能重复的客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>未发现可能重复的客户。</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
</context>
<context>
    <name>Evaluation</name>
    <message>
        <source>Functionality</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Technology and performance</source>
        <translation>技术与性能</translation>
    </message>
    <message>
        <source>Cost-benefit</source>
        <translation>成本效益</translation>
    </message>
    <message>
        <source>Service and support</source>
        <translation>服务与支持</translation>
    </message>
    <message>
        <source>Security and compliance</source>
        <translation>安全与合规</translation>
    </message>
    <message>
        <source>Market and user feedback</source>
        <translation>市场与用户反馈</translation>
    </message>
    <message>
        <source>Completeness (customer, sales, marketing, service, analysis)</source>
        <translation>功能完整性（客户、销售、营销、服务、分析）</translation>
    </message>
    <message>
        <source>Extensibility</source>
        <translation>可扩展性</translation>
    </message>
    <message>
        <source>Customisation</source>
        <translation>可定制性</translation>
    </message>
    <message>
        <source>Ease of use</source>
        <translation>易用性</translation>
    </message>
    <message>
        <source>Multi-platform access</source>
        <translation>多平台访问</translation>
    </message>
    <message>
        <source>Stability and response time</source>
        <translation>稳定性与响应速度</translation>
    </message>
    <message>
        <source>Scalability and fault recovery</source>
        <translation>可伸缩性与故障恢复</translation>
    </message>
    <message>
        <source>Security: encryption, access control, audit</source>
        <translation>安全：加密、访问控制、审计</translation>
    </message>
    <message>
        <source>Return: NPV</source>
        <translation>回报：净现值</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>Cost: TCO per user-month</source>
        <translation>成本：每用户每月总拥有成本</translation>
    </message>
    <message>
        <source>Benefit-cost ratio</source>
        <translation>效益成本比</translation>
    </message>
    <message>
        <source>After-sales support</source>
        <translation>售后支持</translation>
    </message>
    <message>
        <source>Implementation team&apos;s experience</source>
        <translation>实施团队经验</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Personal-information protection (PIPL)</source>
        <translation>个人信息保护（《个人信息保护法》）</translation>
    </message>
    <message>
        <source>Market reputation and references</source>
        <translation>市场口碑与参考案例</translation>
    </message>
    <message>
        <source>User feedback and satisfaction</source>
        <translation>用户反馈与满意度</translation>
    </message>
    <message>
        <source>NPV: 1 if zero or less; else its share of the best NPV: 80% or more 5, 60% 4, 40% 3, less 2.</source>
        <translation>净现值：为零或负得 1 分；否则按占最高净现值的比例：80% 及以上 5 分，60% 4 分，40% 3 分，更低 2 分。</translation>
    </message>
    <message>
        <source>Payback: within 1 year 5, 2 years 4, 3 years 3, later within the horizon 2, never 1.</source>
        <translation>投资回收期：1 年内 5 分，2 年内 4 分，3 年内 3 分，评估期内更晚 2 分，无法回收 1 分。</translation>
    </message>
    <message>
        <source>TCO per user-month against the cheapest candidate with costs: no dearer 5, up to 1.25 times 4, 1.5 times 3, 2 times 2, dearer 1.</source>
        <translation>每用户每月总拥有成本，与有成本的最便宜候选方案相比：不高于它 5 分，不超过 1.25 倍 4 分，1.5 倍 3 分，2 倍 2 分，更高 1 分。</translation>
    </message>
    <message>
        <source>Benefit-cost ratio: below 1 scores 1, below 1.5 2, below 2 3, below 3 4, 3 or more 5.</source>
        <translation>效益成本比：低于 1 得 1 分，低于 1.5 得 2 分，低于 2 得 3 分，低于 3 得 4 分，3 及以上得 5 分。</translation>
    </message>
    <message>
        <source>A candidate without benefits (such as do nothing) scores 1 on NPV, payback and benefit-cost ratio.</source>
        <translation>没有收益的候选方案（如“维持现状”）在净现值、投资回收期和效益成本比上均得 1 分。</translation>
    </message>
    <message>
        <source>{rank}. {name} ({total})</source>
        <translation>{rank}. {name}（{total}）</translation>
    </message>
    <message>
        <source>Not ranked yet: {names} (every criterion with a weight needs a score).</source>
        <translation>尚未排名：{names}（每个有权重的评估项都需要打分）。</translation>
    </message>
    <message>
        <source>{first} and {second} are level on {total}: the scorecard does not separate them.</source>
        <translation>{first} 与 {second} 同为 {total} 分：打分表无法区分二者。</translation>
    </message>
    <message>
        <source>{first} leads {second} by {lead}. The smallest change of one weight that would swap them: {criterion} from {old} to {new} ({change} points, the other weights scaled in proportion).</source>
        <translation>{first} 领先 {second} {lead} 分。能使二者名次互换的最小单项权重变化：{criterion}从 {old} 调到 {new}（{change} 个百分点，其他权重按比例缩放）。</translation>
    </message>
    <message>
        <source>{first} leads {second} by {lead}, and no change of a single weight would swap them.</source>
        <translation>{first} 领先 {second} {lead} 分，调整任何单项权重都不会使二者名次互换。</translation>
    </message>
    <message>
        <source>Rank the candidates once at least two are fully scored.</source>
        <translation>至少两个候选方案全部打分后才能排名。</translation>
    </message>
</context>
<context>
    <name>ExtraLinesEditor</name>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Year / from</source>
        <translation>年份/起始年</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>截止年</translation>
    </message>
    <message>
        <source>Rise per year</source>
        <translation>年增长率</translation>
    </message>
    <message>
        <source>Any other line. One-off: paid once in the year given (0 = at the start). Every year / per user per month: from the first to the last year given.</source>
        <translation>其他任意项目。一次性：在所填年份支付一次（0 = 期初）。每年/每用户每月：从起始年到截止年。</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除一行</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <source>Custom field</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>For a choice field: Gold, Silver, Bronze</source>
        <translation>选项字段示例：金牌, 银牌, 铜牌</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Choices</source>
        <translation>选项(&amp;C)</translation>
    </message>
    <message>
        <source>A custom field needs a name.</source>
        <translation>自定义字段必须有名称。</translation>
    </message>
    <message>
        <source>List the choices, separated by commas.</source>
        <translation>请列出选项，用逗号分隔。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A spreadsheet (.xlsx), a CSV file in any common encoding, or phone contacts exported as vCard (.vcf).</source>
        <translation>电子表格（.xlsx）、任意常见编码的 CSV 文件，或导出为 vCard（.vcf）的手机通讯录。</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Customer files (*.xlsx *.csv *.txt *.vcf);;All files (*)</source>
        <translation>客户文件 (*.xlsx *.csv *.txt *.vcf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>CSV, %1, separated by %2</source>
        <translation>CSV，%1，分隔符为%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) found (%1).</source>
        <translation>
            <numerusform>找到 %n 行（%1）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;More filters...</source>
        <translation>更多筛选(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Save this filter...</source>
        <translation>保存此筛选(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Delete this saved filter</source>
        <translation>删除此已保存的筛选(&amp;D)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message numerus="yes">
        <source>No contact in %n days</source>
        <translation>
            <numerusform>%n 天未联系</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag: %1 (%2)</source>
        <translation>标签：%1（%2）</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Custom filter</source>
        <translation>自定义筛选</translation>
    </message>
    <message>
        <source>New this month</source>
        <translation>本月新增</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <source>Filter customers</source>
        <translation>筛选客户</translation>
    </message>
    <message>
        <source>Stage (any of)</source>
        <translation>阶段（任一）</translation>
    </message>
    <message>
        <source>Tags (all of)</source>
        <translation>标签（全部）</translation>
    </message>
    <message>
        <source>No contact in the last</source>
        <translation>最近未联系</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>提醒(&amp;R)：</translation>
    </message>
    <message>
        <source>Choose a customer from the suggestions.</source>
        <translation>请从建议列表中选择客户。</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>新建跟进</translation>
    </message>
</context>
<context>
    <name>FollowUpHooks</name>
    <message>
        <source>New &amp;follow-up...</source>
        <translation>新建跟进(&amp;F)…</translation>
    </message>
    <message>
        <source>Plan a follow-up from anywhere (Ctrl+Shift+F)</source>
        <translation>随时安排跟进（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>&amp;Export follow-ups to calendar (.ics)...</source>
        <translation>导出跟进到日历 (.ics)(&amp;E)…</translation>
    </message>
    <message>
        <source>Start with the system, minimised to &amp;tray</source>
        <translation>开机启动并最小化到托盘(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open CRMDesk</source>
        <translation>打开 CRMDesk(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up reminder(s)</source>
        <translation>
            <numerusform>%n 条跟进提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>Export follow-ups</source>
        <translation>导出跟进</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Exported %1 follow-ups to %2</source>
        <translation>已将 %1 条跟进导出到 %2</translation>
    </message>
    <message>
        <source>Exporting follow-ups</source>
        <translation>正在导出跟进</translation>
    </message>
    <message>
        <source>Follow-up reminders</source>
        <translation>跟进提醒</translation>
    </message>
    <message>
        <source>Start with the system</source>
        <translation>开机启动</translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>WeChat / message</source>
        <translation>微信/短信</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Planned</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source>At the time</source>
        <translation>准时提醒</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>提前 1 天</translation>
    </message>
    <message>
        <source>%1 days before</source>
        <translation>提前 %1 天</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>提前 1 小时</translation>
    </message>
    <message>
        <source>%1 hours before</source>
        <translation>提前 %1 小时</translation>
    </message>
    <message>
        <source>1 minute before</source>
        <translation>提前 1 分钟</translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation>提前 %1 分钟</translation>
    </message>
</context>
<context>
    <name>FollowUpsScreen</name>
    <message>
        <source>&amp;New follow-up</source>
        <translation>新建跟进(&amp;N)</translation>
    </message>
    <message>
        <source>Plan a call, visit or message (Ctrl+Shift+F)</source>
        <translation>安排电话、拜访或消息（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>&amp;Done...</source>
        <translation>完成(&amp;D)…</translation>
    </message>
    <message>
        <source>Record the outcome and plan the next step</source>
        <translation>记录结果并安排下一步</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>推迟(&amp;S)</translation>
    </message>
    <message>
        <source>Plan &amp;greetings...</source>
        <translation>安排节日问候(&amp;G)…</translation>
    </message>
    <message>
        <source>Birthday, New Year, Spring Festival, Mid-Autumn</source>
        <translation>生日、元旦、春节、中秋</translation>
    </message>
    <message>
        <source>Stay in &amp;touch...</source>
        <translation>定期联系(&amp;T)…</translation>
    </message>
    <message>
        <source>Contact this customer every N days/weeks/months</source>
        <translation>每隔 N 天/周/月联系该客户</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Everyone&apos;s</source>
        <translation>所有人的(&amp;E)</translation>
    </message>
    <message>
        <source>Show the follow-ups of every user, not only yours</source>
        <translation>显示所有用户的跟进，而不只是您的</translation>
    </message>
    <message>
        <source>Nothing planned. Press Ctrl+Shift+F anywhere to plan a follow-up.</source>
        <translation>暂无计划。在任意位置按 Ctrl+Shift+F 即可安排跟进。</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>日程(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月视图(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 条跟进</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 planned</source>
        <translation>%1：已计划 %2 项</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>编辑跟进</translation>
    </message>
    <message>
        <source>Delete follow-up %1</source>
        <translation>删除跟进“%1”</translation>
    </message>
    <message>
        <source>Follow-up deleted. Press Ctrl+Z to undo.</source>
        <translation>跟进已删除。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>定期联系</translation>
    </message>
    <message>
        <source>Select a follow-up of the customer, or choose the customer in the filter.</source>
        <translation>请选择该客户的一条跟进，或在筛选中选择客户。</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>This page</source>
        <translation>本页</translation>
    </message>
    <message>
        <source>Line %1 of the table</source>
        <translation>表格第 %1 行</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Please check the marked fields before going on:</source>
        <translation>继续之前，请检查标记的字段：</translation>
    </message>
</context>
<context>
    <name>GreetingsDialog</name>
    <message>
        <source>Plan greetings</source>
        <translation>安排节日问候</translation>
    </message>
    <message>
        <source>A WeChat / message follow-up is planned at 09:00 on the day for every customer (for birthdays: every customer with a birthday recorded). Customers who already have it planned are skipped.</source>
        <translation>为每位客户在当天 09:00 安排一条微信/短信跟进（生日问候仅针对已记录生日的客户）。已安排过的客户将被跳过。</translation>
    </message>
    <message>
        <source>&amp;Occasion:</source>
        <translation>场合(&amp;O)：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>安排(&amp;P)</translation>
    </message>
    <message>
        <source>Each customer&apos;s next birthday</source>
        <translation>每位客户的下一个生日</translation>
    </message>
    <message>
        <source>Planned %1 greetings (%2 skipped).</source>
        <translation>已安排 %1 条问候（跳过 %2 条）。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Getting started</source>
        <translation>快速入门</translation>
    </message>
    <message>
        <source>The budget planner</source>
        <translation>预算规划向导</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Your data and backups</source>
        <translation>数据和备份</translation>
    </message>
    <message>
        <source>CRMDesk Help</source>
        <translation>CRMDesk 帮助</translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Tomb-sweeping Day</source>
        <translation>清明节</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>Mid-autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>Anti-Fascist 70th Day</source>
        <translation>抗战胜利70周年纪念日</translation>
    </message>
</context>
<context>
    <name>ICalExport</name>
    <message>
        <source>CRMDesk follow-ups</source>
        <translation>CRMDesk 跟进</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>Two columns are named “{name}”: check which field each one goes into (a second name, company or title column is left out unless you choose).</source>
        <translation>有两列都叫“{name}”：请核对每一列导入到哪个字段（第二个姓名、公司或职位列除非您选择，否则不导入）。</translation>
    </message>
    <message>
        <source>The file mixes encodings: line(s) {lines} are UTF-8 in a {encoding} file and were read as UTF-8; check these customers after the import.</source>
        <translation>文件混用了编码：第 {lines} 行在 {encoding} 文件中是 UTF-8 编码，已按 UTF-8 读取；导入后请核对这些客户。</translation>
    </message>
    <message>
        <source>The card that starts on line {line} has no END:VCARD; it was read up to the next card or the end of the file.</source>
        <translation>从第 {line} 行开始的名片缺少 END:VCARD；已读到下一张名片或文件末尾为止。</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>%1: %2 new customers, %3 updated, %4 duplicates skipped, %5 rows could not be imported.

You can undo the whole import now or later (More &gt; Import history).</source>
        <translation>%1：新增客户 %2 位，更新 %3 位，跳过重复 %4 位，%5 行无法导入。

您可以现在或稍后撤销整个导入（更多 &gt; 导入历史）。</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>This import was already undone: nothing has changed.</source>
        <translation>此次导入已被撤销，没有任何更改。</translation>
    </message>
    <message>
        <source>This import no longer exists: nothing has changed.</source>
        <translation>此次导入已不存在，没有任何更改。</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>导入已撤销</translation>
    </message>
    <message>
        <source>%1: %2 customers removed, %3 kept in the recycle bin because they have follow-ups or tickets, %4 updated customers put back as they were.</source>
        <translation>%1：已删除 %2 位客户，%3 位因有跟进或工单而保留在回收站中，%4 位被更新的客户已恢复原样。</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>正在撤销导入</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>撤销此次导入(&amp;U)</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Remove the customers added by %1 and put back the ones it updated?</source>
        <translation>要删除 %1 新增的客户，并还原其更新过的客户吗？</translation>
    </message>
</context>
<context>
    <name>ImportProfile</name>
    <message>
        <source>Google Contacts export (old format)</source>
        <translation>Google 通讯录导出（旧格式）</translation>
    </message>
    <message>
        <source>Google Contacts export</source>
        <translation>Google 通讯录导出</translation>
    </message>
    <message>
        <source>Outlook export</source>
        <translation>Outlook 导出</translation>
    </message>
    <message>
        <source>Outlook export (Chinese)</source>
        <translation>Outlook 导出（中文）</translation>
    </message>
    <message>
        <source>Thunderbird address book</source>
        <translation>Thunderbird 通讯录</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>领英人脉</translation>
    </message>
    <message>
        <source>Salesforce export</source>
        <translation>Salesforce 导出</translation>
    </message>
    <message>
        <source>HubSpot export</source>
        <translation>HubSpot 导出</translation>
    </message>
    <message>
        <source>Zoho CRM export</source>
        <translation>Zoho CRM 导出</translation>
    </message>
    <message>
        <source>Odoo contacts export</source>
        <translation>Odoo 联系人导出</translation>
    </message>
    <message>
        <source>WeCom (企业微信) customer export</source>
        <translation>企业微信客户导出</translation>
    </message>
    <message>
        <source>DingTalk (钉钉) customer export</source>
        <translation>钉钉客户导出</translation>
    </message>
    <message>
        <source>Chinese customer sheet</source>
        <translation>中文客户表</translation>
    </message>
    <message>
        <source>Apple/iCloud contacts (vCard)</source>
        <translation>Apple/iCloud 通讯录（vCard）</translation>
    </message>
    <message>
        <source>Android contacts (vCard)</source>
        <translation>安卓通讯录（vCard）</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>无方案</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Undo last import…</source>
        <translation>撤销上次导入…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, %1 in total</source>
        <translation>
            <numerusform>%n 条记录，合计 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import spending</source>
        <translation>导入支出</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message numerus="yes">
        <source>%n entries added; %1 skipped.</source>
        <translation>
            <numerusform>已添加 %n 条记录；跳过 %1 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n entries imported from %1?</source>
        <translation>
            <numerusform>要删除从 %1 导入的 %n 条记录吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicencePage</name>
    <message>
        <source>Choose how the CRM is licensed. Fill in the price by hand or take it from a dated list price, then change anything that differs in your quote.</source>
        <translation>选择 CRM 的许可方式。手动填写价格，或从注明日期的公开价目中选取，再按实际报价修改不同之处。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Perpetual licence</source>
        <translation>永久许可</translation>
    </message>
    <message>
        <source>Open source or free</source>
        <translation>开源或免费</translation>
    </message>
    <message>
        <source>No licence fee. Hosting, customisation and upkeep are the real cost: fill them in on the next pages (cloud hosting, administrator time, support).</source>
        <translation>无许可费。托管、定制开发和维护才是真正的成本：请在后续页面填写（云托管、管理员工时、技术支持）。</translation>
    </message>
    <message>
        <source>Other software</source>
        <translation>其他软件</translation>
    </message>
    <message>
        <source>Other licence lines</source>
        <translation>其他许可项</translation>
    </message>
    <message>
        <source>Licence model</source>
        <translation>许可模式</translation>
    </message>
    <message>
        <source>Subscription: a price per user per month (SaaS)</source>
        <translation>订阅：按每用户每月计价（SaaS）</translation>
    </message>
    <message>
        <source>Perpetual licence plus a yearly maintenance contract</source>
        <translation>永久许可加年度维护合同</translation>
    </message>
    <message>
        <source>Per module: each module priced per user per month</source>
        <translation>按模块：每个模块按每用户每月计价</translation>
    </message>
    <message>
        <source>Most SaaS CRMs: every user costs a monthly fee, usually billed yearly.</source>
        <translation>大多数 SaaS CRM：每个用户按月收费，通常按年结算。</translation>
    </message>
    <message>
        <source>You buy the licence once and pay 18-22% of its price every year for updates and support.</source>
        <translation>一次性购买许可，之后每年支付许可价格的 18-22% 作为更新和支持费用。</translation>
    </message>
    <message>
        <source>Each module (sales, service, marketing...) has its own price.</source>
        <translation>每个模块（销售、服务、营销……）单独计价。</translation>
    </message>
    <message>
        <source>An open-source CRM you host yourself: no licence fee.</source>
        <translation>自行托管的开源 CRM：无许可费。</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Price per user per month</source>
        <translation>每用户每月价格</translation>
    </message>
    <message>
        <source>Paid users</source>
        <translation>付费用户数</translation>
    </message>
    <message>
        <source>Fill from a list price</source>
        <translation>按公开价目填写</translation>
    </message>
    <message>
        <source>Use this price</source>
        <translation>使用此价格</translation>
    </message>
    <message>
        <source>Price lists could not be read: %1</source>
        <translation>无法读取价目表：%1</translation>
    </message>
    <message>
        <source>Choose a product...</source>
        <translation>选择产品…</translation>
    </message>
    <message>
        <source>quote on request</source>
        <translation>需询价</translation>
    </message>
    <message>
        <source>%1: %2 per user per month</source>
        <translation>%1：每用户每月 %2</translation>
    </message>
    <message>
        <source>Public list prices seen in 2025-2026, as examples. Vendors change prices often and Chinese vendors mostly quote on request: check your quote.</source>
        <translation>2025-2026 年的公开价目，仅供参考。厂商经常调价，国内厂商多为询价报价：请以实际报价为准。</translation>
    </message>
    <message>
        <source>Prices as of %1. Source: %2</source>
        <translation>价格截至 %1。来源：%2</translation>
    </message>
    <message>
        <source>Minimum term: %1 months.</source>
        <translation>最短期限：%1 个月。</translation>
    </message>
    <message>
        <source>One-off fee: %1.</source>
        <translation>一次性费用：%1。</translation>
    </message>
    <message>
        <source>These prices are in %1 but your plan is in %2: convert them before use.</source>
        <translation>这些价格以 %1 计，而方案以 %2 计：使用前请先换算。</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>, </source>
        <comment>separator between items of a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <source>&amp;Log it</source>
        <translation>记录(&amp;L)</translation>
    </message>
    <message>
        <source>Log a contact with %1</source>
        <translation>记录与 %1 的联系</translation>
    </message>
    <message>
        <source>e.g. Asked about the new price list</source>
        <translation>例如：询问新价目表</translation>
    </message>
    <message>
        <source>What came of it? (e.g. wants a quote by Friday)</source>
        <translation>结果如何？（例如：周五前要报价）</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Schedule the &amp;next step</source>
        <translation>安排下一步(&amp;N)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>间隔：</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>That is in the future: plan it as a follow-up instead.</source>
        <translation>该时间在将来：请改为安排一个跟进。</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>记录联系</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>New item on this screen (Ctrl+N)</source>
        <translation>在当前页面新建（Ctrl+N）</translation>
    </message>
    <message>
        <source>New &amp;customer...</source>
        <translation>新建客户(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;follow-up...</source>
        <translation>新建跟进(&amp;F)…</translation>
    </message>
    <message>
        <source>New &amp;ticket...</source>
        <translation>新建工单(&amp;T)…</translation>
    </message>
    <message>
        <source>New &amp;budget plan...</source>
        <translation>新建预算方案(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Search on this screen (Ctrl+F)</source>
        <translation>在当前页面搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;Back up...</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Save a backup of all your data to one file</source>
        <translation>将全部数据备份到一个文件</translation>
    </message>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>快速入门(&amp;G)</translation>
    </message>
    <message>
        <source>The &amp;budget planner</source>
        <translation>预算规划向导(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Where your &amp;data and backups live</source>
        <translation>数据和备份存放在哪里(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About CRMDesk</source>
        <translation>关于 CRMDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>New customer, follow-up, ticket or budget plan (Ctrl+N)</source>
        <translation>新建客户、跟进、工单或预算方案（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search customers (Ctrl+F)</source>
        <translation>搜索客户（Ctrl+F）</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>CRMDesk backups (*.crmbackup)</source>
        <translation>CRMDesk 备份 (*.crmbackup)</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>备份已保存到 %1</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>正在备份</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace all current data with the backup %1?

A safety copy of the current data is saved in the backups folder first.</source>
        <translation>要用备份 %1 替换当前全部数据吗？

替换前会先将当前数据的安全副本保存到备份文件夹。</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <source>Running the CRM year after year. Yearly maintenance can reach 40% of the initial implementation labour and grows as the system ages.</source>
        <translation>CRM 的逐年运行费用。每年运维费用可达初始实施人工的 40%，并随系统老化而增加。</translation>
    </message>
    <message>
        <source>Yearly rise</source>
        <translation>年增长率</translation>
    </message>
    <message>
        <source>Support, upgrades and administration</source>
        <translation>支持、升级与管理</translation>
    </message>
    <message>
        <source>Hosting and hardware</source>
        <translation>托管与硬件</translation>
    </message>
    <message>
        <source>Security, backup and compliance</source>
        <translation>安全、备份与合规</translation>
    </message>
    <message>
        <source>Customer data is personal information: budget for protecting it.</source>
        <translation>客户数据属于个人信息：请为其保护安排预算。</translation>
    </message>
    <message>
        <source>Other maintenance and operations lines</source>
        <translation>其他运维项</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>核对列</translation>
    </message>
    <message>
        <source>Each column of the file goes into the field shown. Rows with a problem are marked; point at a cell to see why.</source>
        <translation>文件的每一列将导入所示字段。有问题的行已标出；将鼠标指向单元格可查看原因。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>&amp;Save this mapping</source>
        <translation>保存此对应关系(&amp;S)</translation>
    </message>
    <message>
        <source>The next file with the same columns is mapped the same way.</source>
        <translation>下次导入列相同的文件时，将按同样的方式对应。</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>前几行：</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Your saved mapping for these columns is used.</source>
        <translation>已使用您为这些列保存的对应关系。</translation>
    </message>
    <message>
        <source>Recognised: %1</source>
        <translation>已识别：%1</translation>
    </message>
    <message>
        <source>Two columns are named “%1”: both are listed below.</source>
        <translation>有两列都叫“%1”：两列都列在下面。</translation>
    </message>
    <message>
        <source>Saved: the next file with these columns is mapped the same way.</source>
        <translation>已保存：下次导入列相同的文件时，将按同样的方式对应。</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer&apos;s name.</source>
        <translation>请选择包含客户姓名的列。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows cannot be imported as they are (marked).</source>
        <translation>
            <numerusform>前几行中有 %n 行无法按原样导入（已标出）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;字段&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer A&lt;/b&gt;</source>
        <translation>&lt;b&gt;客户 A&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer B&lt;/b&gt;</source>
        <translation>&lt;b&gt;客户 B&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Keep A&apos;s record (its history stays)</source>
        <translation>保留 A 的档案（保留其历史记录）</translation>
    </message>
    <message>
        <source>Keep B&apos;s record</source>
        <translation>保留 B 的档案</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Phones, e-mails and tags of both are kept. Follow-ups, tickets and history move to the merged customer. Ctrl+Z undoes the merge.</source>
        <translation>双方的电话、电子邮件和标签都会保留。跟进、工单和历史记录将转到合并后的客户。按 Ctrl+Z 可撤销合并。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>undefined: flows never change sign</source>
        <translation>无法计算：现金流始终不变号</translation>
    </message>
    <message>
        <source>no real IRR</source>
        <translation>不存在实数内部收益率</translation>
    </message>
    <message>
        <source>multiple: {rates}</source>
        <translation>多个：{rates}</translation>
    </message>
    <message>
        <source>Pays back after {years} years.</source>
        <translation>{years} 年后收回投资。</translation>
    </message>
    <message>
        <source>Pays back at once: the cumulative cash flow is never negative.</source>
        <translation>立即收回投资：累计现金流始终不为负。</translation>
    </message>
    <message>
        <source>No cash flows: there is nothing to pay back.</source>
        <translation>没有现金流：无需收回投资。</translation>
    </message>
    <message>
        <source>Not paid back within the {horizon}-year horizon.</source>
        <translation>在 {horizon} 年规划期内未收回投资。</translation>
    </message>
    <message>
        <source>Pays back after {years} years, but the cumulative cash flow turns negative again in year {dip_year}; it is back at or above zero for good after {final_years} years.</source>
        <translation>{years} 年后收回投资，但累计现金流在第 {dip_year} 年再次转负；{final_years} 年后才持续不低于零。</translation>
    </message>
    <message>
        <source>Pays back after {years} years, but the cumulative cash flow turns negative again in year {dip_year} and is still negative at the end of the horizon.</source>
        <translation>{years} 年后收回投资，但累计现金流在第 {dip_year} 年再次转负，到规划期末仍为负。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Budget planner</source>
        <translation>预算规划</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>%1万</source>
        <comment>amount in ten-thousands</comment>
        <translation>%1万</translation>
    </message>
    <message>
        <source>万 (%1)</source>
        <translation>万元（%1）</translation>
    </message>
</context>
<context>
    <name>Occasion</name>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>New Year</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>定期联系</translation>
    </message>
    <message>
        <source>Satisfaction call</source>
        <translation>满意度回访</translation>
    </message>
</context>
<context>
    <name>OtherPage</name>
    <message>
        <source>This page (with contingency)</source>
        <translation>本页（含应急储备金）</translation>
    </message>
    <message>
        <source>Planning meetings, process change and anything else, then a reserve for surprises. Overruns and late benefits are the norm in CRM projects.</source>
        <translation>规划会议、流程变革及其他费用，再加上应对意外的储备金。CRM 项目超支和效益延迟很常见。</translation>
    </message>
    <message>
        <source>Project and change management</source>
        <translation>项目与变革管理</translation>
    </message>
    <message>
        <source>Business costs are usually about as large as the IT costs.</source>
        <translation>业务成本通常与 IT 成本相当。</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <source>Contingency and risk</source>
        <translation>应急储备与风险</translation>
    </message>
    <message>
        <source>The reserve is added as its own line in year 0. The risk-adjusted case is shown next to the plan on the summary: it does not change the plan itself.</source>
        <translation>储备金作为单独一项计入第 0 年。风险调整情景在汇总页与方案并列显示，不会改变方案本身。</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Licence</source>
        <translation>许可费</translation>
    </message>
    <message>
        <source>Customisation</source>
        <translation>定制开发</translation>
    </message>
    <message>
        <source>Data migration &amp; go-live</source>
        <translation>数据迁移与上线</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Maintenance &amp; support</source>
        <translation>运维与支持</translation>
    </message>
    <message>
        <source>Hardware &amp; hosting</source>
        <translation>硬件与托管</translation>
    </message>
    <message>
        <source>Security &amp; backup</source>
        <translation>安全与备份</translation>
    </message>
    <message>
        <source>Legal &amp; compliance</source>
        <translation>法务与合规</translation>
    </message>
    <message>
        <source>Project &amp; change management</source>
        <translation>项目与变革管理</translation>
    </message>
    <message>
        <source>Contingency reserve</source>
        <translation>应急储备金</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>其他成本</translation>
    </message>
    <message>
        <source>Revenue (margin on extra sales)</source>
        <translation>收入（新增销售毛利）</translation>
    </message>
    <message>
        <source>Cost savings</source>
        <translation>成本节约</translation>
    </message>
    <message>
        <source>Time saved</source>
        <translation>节省时间</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>客户留存</translation>
    </message>
    <message>
        <source>Other benefits</source>
        <translation>其他效益</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Per user per month</source>
        <translation>每用户每月</translation>
    </message>
    <message>
        <source>Per-user subscription</source>
        <translation>按用户订阅</translation>
    </message>
    <message>
        <source>Perpetual licence</source>
        <translation>永久许可</translation>
    </message>
    <message>
        <source>Per-module licence</source>
        <translation>按模块许可</translation>
    </message>
    <message>
        <source>Annual maintenance/support contract (perpetual licence)</source>
        <translation>年度维护/支持合同（永久许可）</translation>
    </message>
    <message>
        <source>Database, OS and other software</source>
        <translation>数据库、操作系统及其他软件</translation>
    </message>
    <message>
        <source>One-off onboarding and set-up fee</source>
        <translation>一次性开通及实施费</translation>
    </message>
    <message>
        <source>Requirements analysis</source>
        <translation>需求分析</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>开发</translation>
    </message>
    <message>
        <source>Testing (unit, integration, stress)</source>
        <translation>测试（单元、集成、压力）</translation>
    </message>
    <message>
        <source>Integration with ERP, finance, e-commerce</source>
        <translation>与 ERP、财务、电商系统集成</translation>
    </message>
    <message>
        <source>Integration with ERP</source>
        <translation>与 ERP 集成</translation>
    </message>
    <message>
        <source>Integration with finance</source>
        <translation>与财务系统集成</translation>
    </message>
    <message>
        <source>Integration with e-commerce</source>
        <translation>与电商系统集成</translation>
    </message>
    <message>
        <source>Data collection</source>
        <translation>数据收集</translation>
    </message>
    <message>
        <source>Data cleaning</source>
        <translation>数据清洗</translation>
    </message>
    <message>
        <source>Deduplication</source>
        <translation>数据去重</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>数据转换</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>系统配置</translation>
    </message>
    <message>
        <source>Course fees</source>
        <translation>课程费</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>讲师费</translation>
    </message>
    <message>
        <source>Training materials</source>
        <translation>培训资料</translation>
    </message>
    <message>
        <source>Staff learning time (lost productivity)</source>
        <translation>员工学习时间（生产力损失）</translation>
    </message>
    <message>
        <source>Refresher training (new staff, new features)</source>
        <translation>复训（新员工、新功能）</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Bug fixes</source>
        <translation>缺陷修复</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>补丁</translation>
    </message>
    <message>
        <source>Technical support (phone, help desk, remote)</source>
        <translation>技术支持（电话、服务台、远程）</translation>
    </message>
    <message>
        <source>Administrator time</source>
        <translation>管理员工时</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>PCs</source>
        <translation>电脑</translation>
    </message>
    <message>
        <source>Cloud hosting</source>
        <translation>云托管</translation>
    </message>
    <message>
        <source>Backup devices</source>
        <translation>备份设备</translation>
    </message>
    <message>
        <source>Backup strategy and media</source>
        <translation>备份策略与介质</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>防火墙</translation>
    </message>
    <message>
        <source>Intrusion detection</source>
        <translation>入侵检测</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>法律审查</translation>
    </message>
    <message>
        <source>Personal-information protection (PIPL)</source>
        <translation>个人信息保护（《个人信息保护法》）</translation>
    </message>
    <message>
        <source>Licences and permits</source>
        <translation>许可证与资质</translation>
    </message>
    <message>
        <source>Planning and requirements meetings</source>
        <translation>规划与需求会议</translation>
    </message>
    <message>
        <source>Process change</source>
        <translation>流程变革</translation>
    </message>
    <message>
        <source>Internal promotion</source>
        <translation>内部推广</translation>
    </message>
    <message>
        <source>Revenue uplift (margin)</source>
        <translation>收入增长（毛利）</translation>
    </message>
    <message>
        <source>Higher close/conversion rate</source>
        <translation>成交率/转化率提升</translation>
    </message>
    <message>
        <source>Shorter sales cycle</source>
        <translation>销售周期缩短</translation>
    </message>
    <message>
        <source>Software retired</source>
        <translation>停用原有软件</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印费用</translation>
    </message>
    <message>
        <source>Less duplicate data entry</source>
        <translation>减少重复录入</translation>
    </message>
    <message>
        <source>Fewer order errors</source>
        <translation>减少订单差错</translation>
    </message>
    <message>
        <source>Less marketing waste</source>
        <translation>减少营销浪费</translation>
    </message>
    <message>
        <source>Time saved through automation</source>
        <translation>自动化节省的时间</translation>
    </message>
    <message>
        <source>Less sales administration</source>
        <translation>减少销售管理工作</translation>
    </message>
    <message>
        <source>Faster service response and resolution</source>
        <translation>服务响应和解决更快</translation>
    </message>
    <message>
        <source>Lower churn</source>
        <translation>降低客户流失</translation>
    </message>
    <message>
        <source>More repeat purchases</source>
        <translation>提高复购</translation>
    </message>
    <message>
        <source>Customer information management</source>
        <translation>客户信息管理</translation>
    </message>
    <message>
        <source>Sales follow-up</source>
        <translation>销售跟进</translation>
    </message>
    <message>
        <source>Service management</source>
        <translation>服务管理</translation>
    </message>
    <message>
        <source>Marketing campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Analysis, reports and dashboards</source>
        <translation>分析、报表与仪表盘</translation>
    </message>
    <message>
        <source>Data security and compliance</source>
        <translation>数据安全与合规</translation>
    </message>
    <message>
        <source>Data import/export and integration</source>
        <translation>数据导入/导出与集成</translation>
    </message>
    <message>
        <source>Better decisions from a single customer view</source>
        <translation>统一客户视图带来更好的决策</translation>
    </message>
    <message>
        <source>Brand image and customer experience</source>
        <translation>品牌形象与客户体验</translation>
    </message>
    <message>
        <source>Staff skills</source>
        <translation>员工技能</translation>
    </message>
    <message>
        <source>Higher customer satisfaction and willingness to recommend</source>
        <translation>客户满意度和推荐意愿提升</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Company and scope</source>
        <translation>企业与范围</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可费</translation>
    </message>
    <message>
        <source>Customisation and data</source>
        <translation>定制开发与数据</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Maintenance and operations</source>
        <translation>运维</translation>
    </message>
    <message>
        <source>Other costs and contingency</source>
        <translation>其他成本与应急储备金</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>效益</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <source>A name you will recognise in the list of plans, e.g. &quot;Sales team CRM 2027&quot;.</source>
        <translation>便于在方案列表中识别的名称，例如“销售团队 CRM 2027”。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Printed on the report&apos;s cover.</source>
        <translation>打印在报告封面上。</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>What the business does, e.g. wholesale, manufacturing, services.</source>
        <translation>企业的业务类型，例如批发、制造、服务。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <source>How many people work in the business (for context; costs use the number of CRM users).</source>
        <translation>企业员工总数（仅供参考；成本按 CRM 用户数计算）。</translation>
    </message>
    <message>
        <source>CRM users</source>
        <translation>CRM 用户数</translation>
    </message>
    <message>
        <source>How many people will log in to the CRM. Per-user licences and training are priced for them.</source>
        <translation>将登录 CRM 的人数。按用户计价的许可费和培训费按此人数计算。</translation>
    </message>
    <message>
        <source>Horizon (years)</source>
        <translation>规划期（年）</translation>
    </message>
    <message>
        <source>How many years the plan covers after the investment; 3 to 5 is usual.</source>
        <translation>方案覆盖投资后的年数，通常为 3 到 5 年。</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <source>What money tied up in this project costs you per year (your loan rate, or the return you would get elsewhere). Future amounts are worth less today; 8-12% is usual for a small business.</source>
        <translation>投入本项目的资金每年的成本（贷款利率，或资金用于其他用途可获得的回报）。未来的金额在今天价值更低；小企业通常取 8-12%。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Every amount in the plan is in this currency.</source>
        <translation>方案中的所有金额均以此货币计。</translation>
    </message>
    <message>
        <source>Amounts include VAT</source>
        <translation>金额含增值税</translation>
    </message>
    <message>
        <source>Say whether the amounts you type include VAT. In China VAT is 6% on SaaS and software services, 13% on hardware, 1-3% for small-scale taxpayers.</source>
        <translation>说明所填金额是否含增值税。在中国，SaaS 和软件服务的增值税率为 6%，硬件为 13%，小规模纳税人为 1-3%。</translation>
    </message>
    <message>
        <source>VAT note</source>
        <translation>增值税说明</translation>
    </message>
    <message>
        <source>Anything a reader should know about tax, e.g. &quot;software at 6%, hardware at 13%&quot;.</source>
        <translation>读者需要了解的税务信息，例如“软件 6%，硬件 13%”。</translation>
    </message>
    <message>
        <source>Deployment (months)</source>
        <translation>部署周期（月）</translation>
    </message>
    <message>
        <source>Months from the decision to everyone using the CRM. Aim for six or fewer; if it takes longer, start with one team or function.</source>
        <translation>从决策到全员使用 CRM 的月数。目标是六个月以内；如需更长时间，请先从一个团队或一项职能开始。</translation>
    </message>
    <message>
        <source>Licence model</source>
        <translation>许可模式</translation>
    </message>
    <message>
        <source>How the CRM software is paid for.</source>
        <translation>CRM 软件的付费方式。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>The product and edition, e.g. &quot;Zoho CRM Professional&quot;; shown as the name of the licence line.</source>
        <translation>产品及版本，例如“Zoho CRM Professional”；作为许可费项目的名称显示。</translation>
    </message>
    <message>
        <source>Price per user per month</source>
        <translation>每用户每月价格</translation>
    </message>
    <message>
        <source>The list price of one user for one month. Yearly billing is usually quoted per month too.</source>
        <translation>一个用户一个月的标价。按年计费的产品通常也按月报价。</translation>
    </message>
    <message>
        <source>Paid users</source>
        <translation>付费用户数</translation>
    </message>
    <message>
        <source>Leave empty to pay for every CRM user; fill in if fewer (or more) seats are bought.</source>
        <translation>留空表示为每个 CRM 用户付费；如购买的席位更少（或更多），请填写。</translation>
    </message>
    <message>
        <source>One-off set-up fee</source>
        <translation>一次性开通费</translation>
    </message>
    <message>
        <source>An onboarding or set-up fee charged once at the start (HubSpot Professional charges about USD 1,500).</source>
        <translation>期初一次性收取的开通或实施费（HubSpot Professional 约为 1,500 美元）。</translation>
    </message>
    <message>
        <source>Licence price</source>
        <translation>许可价格</translation>
    </message>
    <message>
        <source>The one-off price of a perpetual licence for all users.</source>
        <translation>所有用户永久许可的一次性价格。</translation>
    </message>
    <message>
        <source>Yearly maintenance</source>
        <translation>年度维护费</translation>
    </message>
    <message>
        <source>The yearly maintenance and support contract as a share of the licence price; 18-22% is usual.</source>
        <translation>年度维护和支持合同费用占许可价格的比例，通常为 18-22%。</translation>
    </message>
    <message>
        <source>Price rise per year</source>
        <translation>年涨价幅度</translation>
    </message>
    <message>
        <source>How much the yearly licence cost rises each year, e.g. 3%. A negative figure is a price cut.</source>
        <translation>每年许可费用的上涨幅度，例如 3%。负数表示降价。</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>The module&apos;s name, e.g. &quot;Sales&quot; or &quot;Service desk&quot;.</source>
        <translation>模块名称，例如“销售”或“服务台”。</translation>
    </message>
    <message>
        <source>The module&apos;s price for one user for one month.</source>
        <translation>该模块一个用户一个月的价格。</translation>
    </message>
    <message>
        <source>Leave empty when every CRM user gets the module.</source>
        <translation>如果每个 CRM 用户都使用该模块，请留空。</translation>
    </message>
    <message>
        <source>Day rate</source>
        <translation>人天单价</translation>
    </message>
    <message>
        <source>What one person-day of a consultant or developer costs. In China CNY 800-4,000, by seniority and city.</source>
        <translation>顾问或开发人员每人天的费用。在中国约为 800-4,000 元，视资历和城市而定。</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>培训人数</translation>
    </message>
    <message>
        <source>Everyone who will use the CRM; usually the number of CRM users.</source>
        <translation>所有将使用 CRM 的人，通常等于 CRM 用户数。</translation>
    </message>
    <message>
        <source>Hours each</source>
        <translation>人均小时数</translation>
    </message>
    <message>
        <source>Hours each person spends in training and learning the system in the first months.</source>
        <translation>每人在最初几个月用于培训和学习系统的小时数。</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>每小时成本</translation>
    </message>
    <message>
        <source>What an hour of a trainee&apos;s time costs the business (wage plus social insurance). Learning time is a real cost even though no invoice comes.</source>
        <translation>受训人员每小时时间给企业带来的成本（工资加社保）。学习时间虽然没有发票，但也是实实在在的成本。</translation>
    </message>
    <message>
        <source>Course fees</source>
        <translation>课程费</translation>
    </message>
    <message>
        <source>Fees for courses or the vendor&apos;s training package.</source>
        <translation>课程费用或厂商的培训套餐费用。</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>讲师费</translation>
    </message>
    <message>
        <source>An outside trainer or consultant who teaches your staff.</source>
        <translation>为员工授课的外部讲师或顾问。</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>培训资料</translation>
    </message>
    <message>
        <source>Manuals, videos and quick-reference cards.</source>
        <translation>手册、视频和速查卡。</translation>
    </message>
    <message>
        <source>Refresher each year</source>
        <translation>每年复训</translation>
    </message>
    <message>
        <source>Training for new staff and new features every year, as a share of the first training (learning time plus course fees), e.g. 20%.</source>
        <translation>每年为新员工和新功能进行的培训，按首次培训（学习时间加课程费）的比例计，例如 20%。</translation>
    </message>
    <message>
        <source>Rise per year</source>
        <translation>年增长率</translation>
    </message>
    <message>
        <source>How much the yearly amounts on this page rise each year. Maintenance grows as the system ages and grows; 3-5% is common.</source>
        <translation>本页每年金额的年增长幅度。运维费用随系统老化和扩大而增加，通常为 3-5%。</translation>
    </message>
    <message>
        <source>Contingency reserve</source>
        <translation>应急储备金</translation>
    </message>
    <message>
        <source>A share of the year-0 spending held back for risks and surprises; 10% is a common choice.</source>
        <translation>从第 0 年支出中预留、用于应对风险和意外的比例，常取 10%。</translation>
    </message>
    <message>
        <source>Benefits may fall short by</source>
        <translation>效益可能减少</translation>
    </message>
    <message>
        <source>For the risk-adjusted case: benefits are cut by this share. Leave both risk fields empty for no risk-adjusted case.</source>
        <translation>用于风险调整情景：效益按此比例减少。两个风险字段都留空则不做风险调整。</translation>
    </message>
    <message>
        <source>Costs may overrun by</source>
        <translation>成本可能超支</translation>
    </message>
    <message>
        <source>For the risk-adjusted case: costs are raised by this share. Overruns are the norm in CRM projects.</source>
        <translation>用于风险调整情景：成本按此比例增加。CRM 项目超支很常见。</translation>
    </message>
    <message>
        <source>Benefits start in year</source>
        <translation>效益起始年</translation>
    </message>
    <message>
        <source>The first year benefits arrive; 1 means the first year after the investment.</source>
        <translation>效益开始实现的年份；1 表示投资后的第一年。</translation>
    </message>
    <message>
        <source>Share in the first year</source>
        <translation>首年实现比例</translation>
    </message>
    <message>
        <source>Benefits build up while people learn the system: 50% means half the yearly benefit in the first year, the full amount afterwards.</source>
        <translation>员工学习系统期间效益逐步提升：50% 表示首年实现一半的年效益，之后全额实现。</translation>
    </message>
    <message>
        <source>Growth per year</source>
        <translation>年增长率</translation>
    </message>
    <message>
        <source>How much the yearly benefits grow each year after the first; leave empty to keep them flat.</source>
        <translation>首年之后每年效益的增长幅度；留空则保持不变。</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>Your sales in a normal year today.</source>
        <translation>目前正常年份的销售额。</translation>
    </message>
    <message>
        <source>Extra sales</source>
        <translation>新增销售比例</translation>
    </message>
    <message>
        <source>How much more you expect to sell thanks to the CRM (better follow-up, fewer lost leads), e.g. 3%.</source>
        <translation>预计借助 CRM（更好的跟进、更少的线索流失）增加的销售比例，例如 3%。</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Only the margin on extra sales is a benefit, not the whole sale. E.g. 30%.</source>
        <translation>只有新增销售的毛利才算效益，而非全部销售额。例如 30%。</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>How many people save time (fewer duplicate entries, automatic reminders and reports).</source>
        <translation>能节省时间的人数（减少重复录入、自动提醒和报表）。</translation>
    </message>
    <message>
        <source>Hours saved per week</source>
        <translation>每周节省小时数</translation>
    </message>
    <message>
        <source>Hours each of them saves in a week.</source>
        <translation>每人每周节省的小时数。</translation>
    </message>
    <message>
        <source>Weeks worked per year</source>
        <translation>每年工作周数</translation>
    </message>
    <message>
        <source>Working weeks in a year, after holidays.</source>
        <translation>扣除节假日后一年的工作周数。</translation>
    </message>
    <message>
        <source>What an hour of their time costs the business (wage plus social insurance).</source>
        <translation>这些人员每小时时间给企业带来的成本（工资加社保）。</translation>
    </message>
    <message>
        <source>Hours that become value</source>
        <translation>转化为价值的工时比例</translation>
    </message>
    <message>
        <source>Not every saved hour turns into money; 50-80% is a usual assumption.</source>
        <translation>并非每个节省的小时都能变成钱；通常假设为 50-80%。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>How many active customers you have.</source>
        <translation>现有活跃客户数。</translation>
    </message>
    <message>
        <source>Fewer customers lost</source>
        <translation>客户流失率下降</translation>
    </message>
    <message>
        <source>How many percentage points fewer customers you lose per year, e.g. 2% if churn falls from 12% to 10%.</source>
        <translation>每年客户流失率下降的百分点，例如流失率从 12% 降到 10% 则为 2%。</translation>
    </message>
    <message>
        <source>Margin per customer per year</source>
        <translation>每客户年毛利</translation>
    </message>
    <message>
        <source>The gross margin an average customer brings in a year. A 5% rise in retention can lift profit by 25-95%.</source>
        <translation>平均每位客户每年带来的毛利。客户留存率提高 5% 可使利润提升 25-95%。</translation>
    </message>
    <message>
        <source>Person-days of work; multiplied by the day rate above.</source>
        <translation>工作人天数，乘以上方的人天单价。</translation>
    </message>
    <message>
        <source>Or type the quoted amount directly (then leave person-days empty).</source>
        <translation>或直接填写报价金额（此时人天数留空）。</translation>
    </message>
    <message>
        <source>Paid once, at the start (year 0).</source>
        <translation>期初（第 0 年）一次性支付。</translation>
    </message>
    <message>
        <source>Paid (or, for benefits, gained) every year of the horizon.</source>
        <translation>规划期内每年支付（效益则为每年获得）。</translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation>人天数</translation>
    </message>
    <message>
        <source>or amount</source>
        <translation>或金额</translation>
    </message>
    <message>
        <source>One-off</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>{days} person-days x {rate} = {amount}</source>
        <translation>{days} 人天 × {rate} = {amount}</translation>
    </message>
    <message>
        <source>{amount} once, in year 0</source>
        <translation>第 0 年一次性 {amount}</translation>
    </message>
    <message>
        <source>{amount} a year, years {first}-{last}</source>
        <translation>第 {first}-{last} 年每年 {amount}</translation>
    </message>
    <message>
        <source>{amount} a year, years {first}-{last}, rising {rate} a year</source>
        <translation>第 {first}-{last} 年每年 {amount}，每年增长 {rate}</translation>
    </message>
    <message>
        <source>{price} x {users} users x 12 months = {amount} a year</source>
        <translation>{price} × {users} 个用户 × 12 个月 = 每年 {amount}</translation>
    </message>
    <message>
        <source>{rate} of {price} = {amount} a year for support, years {first}-{last}</source>
        <translation>{price} 的 {rate} = 第 {first}-{last} 年每年支持费 {amount}</translation>
    </message>
    <message>
        <source>{people} people x {hours} h x {cost} = {amount} of learning time</source>
        <translation>{people} 人 × {hours} 小时 × {cost} = 学习时间成本 {amount}</translation>
    </message>
    <message>
        <source>Refresher: {rate} of the first training = {amount} a year</source>
        <translation>复训：首次培训的 {rate} = 每年 {amount}</translation>
    </message>
    <message>
        <source>{revenue} x {uplift} extra sales x {margin} margin = {amount} a year</source>
        <translation>{revenue} × 新增销售 {uplift} × 毛利率 {margin} = 每年 {amount}</translation>
    </message>
    <message>
        <source>{people} people x {hours} h x {weeks} weeks x {cost} x {share} = {amount} a year</source>
        <translation>{people} 人 × {hours} 小时 × {weeks} 周 × {cost} × {share} = 每年 {amount}</translation>
    </message>
    <message>
        <source>{customers} customers x {points} fewer lost x {margin} = {amount} a year</source>
        <translation>{customers} 个客户 × 流失率下降 {points} × {margin} = 每年 {amount}</translation>
    </message>
    <message>
        <source>{share} of it in year {year}, while people learn the system</source>
        <translation>第 {year} 年实现 {share}（员工学习系统期间）</translation>
    </message>
    <message>
        <source>Workshops to write down what the CRM must do.</source>
        <translation>通过研讨会明确 CRM 必须实现的功能。</translation>
    </message>
    <message>
        <source>Designing fields, screens, workflows and reports.</source>
        <translation>设计字段、界面、流程和报表。</translation>
    </message>
    <message>
        <source>Building what the standard product lacks. Prefer the standard product: customisation also raises maintenance.</source>
        <translation>开发标准产品缺少的功能。优先使用标准产品：定制开发也会增加运维费用。</translation>
    </message>
    <message>
        <source>Unit, integration and stress testing before go-live.</source>
        <translation>上线前的单元测试、集成测试和压力测试。</translation>
    </message>
    <message>
        <source>Linking the CRM with your ERP (orders, stock, customers).</source>
        <translation>将 CRM 与 ERP 对接（订单、库存、客户）。</translation>
    </message>
    <message>
        <source>Linking the CRM with your finance or invoicing software.</source>
        <translation>将 CRM 与财务或开票软件对接。</translation>
    </message>
    <message>
        <source>Linking the CRM with your online shop or marketplace accounts.</source>
        <translation>将 CRM 与网店或电商平台账户对接。</translation>
    </message>
    <message>
        <source>Gathering customer data from spreadsheets, phones and old systems.</source>
        <translation>从电子表格、手机和旧系统中收集客户数据。</translation>
    </message>
    <message>
        <source>Correcting wrong and placeholder data: garbage in, garbage out.</source>
        <translation>纠正错误和占位数据：垃圾进，垃圾出。</translation>
    </message>
    <message>
        <source>Merging customers entered twice.</source>
        <translation>合并重复录入的客户。</translation>
    </message>
    <message>
        <source>Converting the data into the new system&apos;s format and importing it.</source>
        <translation>将数据转换为新系统的格式并导入。</translation>
    </message>
    <message>
        <source>Setting up users, rights, fields and go-live checks.</source>
        <translation>设置用户、权限、字段和上线检查。</translation>
    </message>
    <message>
        <source>Database, operating system or other software the CRM needs.</source>
        <translation>CRM 所需的数据库、操作系统或其他软件。</translation>
    </message>
    <message>
        <source>A support contract: phone, help desk and remote help.</source>
        <translation>支持合同：电话、服务台和远程协助。</translation>
    </message>
    <message>
        <source>Upgrades, bug fixes and patches, including upkeep of your customisations.</source>
        <translation>升级、缺陷修复和补丁，包括定制功能的维护。</translation>
    </message>
    <message>
        <source>Time your own administrator spends on users, rights and data each year.</source>
        <translation>自有管理员每年在用户、权限和数据上花费的时间。</translation>
    </message>
    <message>
        <source>Servers, storage and network for a system you host yourself.</source>
        <translation>自行托管系统所需的服务器、存储和网络。</translation>
    </message>
    <message>
        <source>New or upgraded PCs and phones for CRM users.</source>
        <translation>为 CRM 用户新购或升级的电脑和手机。</translation>
    </message>
    <message>
        <source>Cloud servers for a self-hosted or open-source CRM.</source>
        <translation>用于自托管或开源 CRM 的云服务器。</translation>
    </message>
    <message>
        <source>Backup strategy, media and off-site copies.</source>
        <translation>备份策略、介质和异地备份。</translation>
    </message>
    <message>
        <source>Firewall, intrusion detection and monitoring.</source>
        <translation>防火墙、入侵检测和监控。</translation>
    </message>
    <message>
        <source>Meeting China&apos;s Personal Information Protection Law (PIPL): consent, access rules, audits.</source>
        <translation>满足《个人信息保护法》（PIPL）的要求：取得同意、访问规则、审计。</translation>
    </message>
    <message>
        <source>A lawyer&apos;s review of contracts and data processing.</source>
        <translation>由律师审查合同和数据处理。</translation>
    </message>
    <message>
        <source>Planning and requirements meetings: the time of managers and staff counts.</source>
        <translation>规划与需求会议：管理者和员工的时间也是成本。</translation>
    </message>
    <message>
        <source>Changing how sales and service work so the CRM is actually used.</source>
        <translation>调整销售和服务的工作方式，确保 CRM 真正用起来。</translation>
    </message>
    <message>
        <source>Promoting the CRM inside the company: launch, champions, follow-up.</source>
        <translation>在公司内部推广 CRM：启动会、骨干用户、持续跟进。</translation>
    </message>
    <message>
        <source>Software or spreadsheets&apos; subscriptions you will no longer pay for.</source>
        <translation>不再需要付费的软件或表格工具订阅。</translation>
    </message>
    <message>
        <source>Printing, paper forms and postage saved.</source>
        <translation>节省的打印、纸质表单和邮寄费用。</translation>
    </message>
    <message>
        <source>Cost of wrong orders, returns and re-deliveries avoided.</source>
        <translation>避免的错单、退货和重新发货成本。</translation>
    </message>
    <message>
        <source>Marketing spent on the wrong customers, saved by better targeting.</source>
        <translation>通过更精准的定位，节省花在错误客户上的营销费用。</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总成本</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>净现值</translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>投资回收期（年）</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Not paid back within the plan&apos;s horizon</source>
        <translation>在方案规划期内未收回投资</translation>
    </message>
</context>
<context>
    <name>PlanRecovery</name>
    <message>
        <source>Unsaved budget plan</source>
        <translation>未保存的预算方案</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（尚未命名）</translation>
    </message>
    <message>
        <source>CRMDesk found a budget plan you were working on that was not saved.</source>
        <translation>CRMDesk 发现了一个您正在编辑但未保存的预算方案。</translation>
    </message>
    <message>
        <source>“%1”, last saved automatically on %2. Open it now?</source>
        <translation>“%1”，最近一次自动保存于 %2。现在打开吗？</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>PlanVsActual</name>
    <message>
        <source>Plan versus actual</source>
        <translation>计划与实际对比</translation>
    </message>
    <message>
        <source>Went live on {date}</source>
        <translation>已于 {date} 上线</translation>
    </message>
    <message>
        <source>Expected to go live on {date}</source>
        <translation>预计于 {date} 上线</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>截至 {date}</translation>
    </message>
    <message>
        <source>{reserve}, used {used} ({share}), {left} left</source>
        <translation>{reserve}，已用 {used}（{share}），剩余 {left}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Spent to date</source>
        <translation>截至目前支出</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Whole-plan budget</source>
        <translation>方案总预算</translation>
    </message>
    <message>
        <source>Plan year now</source>
        <translation>当前方案年份</translation>
    </message>
    <message>
        <source>Spending by category</source>
        <translation>按类别列示的支出</translation>
    </message>
    <message>
        <source>Budget and actual spending, cumulative</source>
        <translation>预算与实际支出（累计）</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Cost lines budgeted to date</source>
        <translation>截至目前的成本项预算</translation>
    </message>
    <message>
        <source>Contingency reserve to date</source>
        <translation>截至目前的应急储备金</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>差异率</translation>
    </message>
    <message>
        <source>Category ({currency})</source>
        <translation>类别（{currency}）</translation>
    </message>
    <message>
        <source>Budget to date</source>
        <translation>截至目前预算</translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation>截至目前实际支出</translation>
    </message>
    <message>
        <source>Total of the cost lines</source>
        <translation>成本项合计</translation>
    </message>
    <message>
        <source>Budget (dashed)</source>
        <translation>预算（虚线）</translation>
    </message>
    <message>
        <source>Benefit ({currency})</source>
        <translation>效益（{currency}）</translation>
    </message>
    <message>
        <source>Planned a year</source>
        <translation>计划年效益</translation>
    </message>
    <message>
        <source>Realised a year</source>
        <translation>实际年效益</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>As planned: NPV {npv}, simple ROI {roi}, payback {payback}. Re-estimated from actual spending and realised benefits: NPV {new_npv}, simple ROI {new_roi}, payback {new_payback}.</source>
        <translation>按计划：净现值 {npv}，简单投资回报率 {roi}，投资回收期 {payback}。按实际支出和已实现效益重新估算：净现值 {new_npv}，简单投资回报率 {new_roi}，投资回收期 {new_payback}。</translation>
    </message>
    <message>
        <source>Realised return</source>
        <translation>实际回报</translation>
    </message>
    <message>
        <source>Measured from go-live on {start} to the end of {end}.</source>
        <translation>统计期间：自 {start} 上线起至 {end} 日终。</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>不在规划期内</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <source>Budget planner</source>
        <translation>预算规划</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>保存方案(&amp;S)</translation>
    </message>
    <message>
        <source>Click a page to go there</source>
        <translation>点击页面即可跳转</translation>
    </message>
    <message>
        <source>Save the changes to this plan before closing?</source>
        <translation>关闭前保存对此方案的修改吗？</translation>
    </message>
    <message>
        <source>If you discard them, what you typed since the last save is lost.</source>
        <translation>如果放弃，自上次保存以来输入的内容将丢失。</translation>
    </message>
</context>
<context>
    <name>PlanYears</name>
    <message>
        <source>At the start
(year 0)</source>
        <translation>开始时
（第 0 年）</translation>
    </message>
    <message>
        <source>Year %1
(%2)</source>
        <translation>第 %1 年
（%2）</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>第 %1 年</translation>
    </message>
</context>
<context>
    <name>PlannerCharts</name>
    <message>
        <source>Year %1</source>
        <translation>第 %1 年</translation>
    </message>
    <message>
        <source>NPV if lower: %1</source>
        <translation>取低值时净现值：%1</translation>
    </message>
    <message>
        <source>NPV if higher: %1</source>
        <translation>取高值时净现值：%1</translation>
    </message>
    <message>
        <source>The plan&apos;s NPV: %1</source>
        <translation>方案的净现值：%1</translation>
    </message>
</context>
<context>
    <name>PlannerScreen</name>
    <message>
        <source>Budget planner</source>
        <translation>预算规划</translation>
    </message>
    <message>
        <source>Plan what a CRM will cost and bring back, check it against the rules of thumb, and print it for your bank or partner.</source>
        <translation>规划 CRM 的成本和回报，用经验法则检验，并打印给银行或合作伙伴。</translation>
    </message>
    <message>
        <source>New plan...</source>
        <translation>新建方案…</translation>
    </message>
    <message>
        <source>Build a budget step by step (Ctrl+N)</source>
        <translation>逐步编制预算（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Open the plan in the wizard</source>
        <translation>在向导中打开方案</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save a copy to try a variant</source>
        <translation>保存副本以尝试其他方案</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move to deleted plans (Ctrl+Z undoes)</source>
        <translation>移到已删除方案（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Open file...</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Open a plan saved as a .json file</source>
        <translation>打开保存为 .json 文件的方案</translation>
    </message>
    <message>
        <source>Save as file...</source>
        <translation>另存为文件…</translation>
    </message>
    <message>
        <source>Save the plan as a .json file</source>
        <translation>将方案保存为 .json 文件</translation>
    </message>
    <message>
        <source>Compare...</source>
        <translation>比较…</translation>
    </message>
    <message>
        <source>Compare the selected plans (select up to four) side by side</source>
        <translation>并列比较所选方案（最多选四个）</translation>
    </message>
    <message>
        <source>Sensitivity...</source>
        <translation>敏感性分析…</translation>
    </message>
    <message>
        <source>See which figures move NPV most</source>
        <translation>查看哪些数值对净现值影响最大</translation>
    </message>
    <message>
        <source>Print / PDF...</source>
        <translation>打印/PDF…</translation>
    </message>
    <message>
        <source>Preview, print or save the budget report</source>
        <translation>预览、打印或保存预算报告</translation>
    </message>
    <message>
        <source>Deleted plans</source>
        <translation>已删除方案</translation>
    </message>
    <message>
        <source>Show deleted plans to restore them</source>
        <translation>显示已删除方案以便恢复</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Start a budget plan</source>
        <translation>开始编制预算方案</translation>
    </message>
    <message>
        <source>No deleted plans.</source>
        <translation>没有已删除的方案。</translation>
    </message>
    <message>
        <source>No budget plans yet.

The wizard walks you through licence, customisation, training, maintenance and benefits in about ten minutes.</source>
        <translation>还没有预算方案。

向导将带您在大约十分钟内完成许可费、定制开发、培训、运维和效益的填写。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <source>Delete plans</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Moved to deleted plans: %1. You can undo this, or restore it later.</source>
        <translation>已移到已删除方案：%1。可以撤销，也可以稍后恢复。</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>打开方案</translation>
    </message>
    <message>
        <source>Budget plans (*.json)</source>
        <translation>预算方案 (*.json)</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>方案另存为</translation>
    </message>
    <message>
        <source>Compare plans</source>
        <translation>比较方案</translation>
    </message>
    <message>
        <source>Only plans in the same currency can be compared.</source>
        <translation>只能比较货币相同的方案。</translation>
    </message>
</context>
<context>
    <name>PreferencesBox</name>
    <message>
        <source>Reports and follow-ups</source>
        <translation>报表与跟进</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>纸张大小：</translation>
    </message>
    <message>
        <source>Default reminder:</source>
        <translation>默认提醒：</translation>
    </message>
    <message>
        <source> days later</source>
        <translation> 天后</translation>
    </message>
    <message>
        <source>Next step after a follow-up:</source>
        <translation>跟进后下一步间隔：</translation>
    </message>
</context>
<context>
    <name>Realised</name>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>New customers a month</source>
        <translation>每月新增客户</translation>
    </message>
    <message>
        <source>Follow-ups done a month</source>
        <translation>每月完成跟进</translation>
    </message>
    <message>
        <source>Average resolution time (hours)</source>
        <translation>平均解决时间（小时）</translation>
    </message>
    <message>
        <source>Average satisfaction (1-5)</source>
        <translation>平均满意度（1-5）</translation>
    </message>
    <message>
        <source>Repeat-order rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>{change} new customers a month more than before x 12 x {margin} margin each</source>
        <translation>每月比以前多 {change} 个新客户 × 12 × 每客户毛利 {margin}</translation>
    </message>
    <message>
        <source>repeat-order rate {change} points x {customers} customers x {margin} margin each</source>
        <translation>复购率提升 {change} 个百分点 × {customers} 个客户 × 每客户毛利 {margin}</translation>
    </message>
    <message>
        <source>figure you entered</source>
        <translation>手工填写的数值</translation>
    </message>
    <message>
        <source>not measured: taken as planned</source>
        <translation>未测量：按计划值计</translation>
    </message>
    <message>
        <source>not enough data yet: taken as planned</source>
        <translation>数据尚不足：按计划值计</translation>
    </message>
</context>
<context>
    <name>RealisedPage</name>
    <message>
        <source>The CRM went live on</source>
        <translation>CRM 上线日期</translation>
    </message>
    <message>
        <source>Save date</source>
        <translation>保存日期</translation>
    </message>
    <message>
        <source>Edit baseline…</source>
        <translation>编辑基准…</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Before go-live</source>
        <translation>上线前</translation>
    </message>
    <message>
        <source>Since go-live</source>
        <translation>上线后</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>效益</translation>
    </message>
    <message>
        <source>Planned a year</source>
        <translation>计划年效益</translation>
    </message>
    <message>
        <source>Realised a year</source>
        <translation>实际年效益</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>Choose a plan to see its realised return.</source>
        <translation>选择一个方案以查看其实际回报。</translation>
    </message>
    <message>
        <source>Mark the day the CRM went live: the app then measures the same figures since that day and compares them with the baseline.</source>
        <translation>请标记 CRM 的上线日期：本软件会统计该日以来的相同指标，并与基准进行比较。</translation>
    </message>
    <message>
        <source>Nothing measured yet: figures are measured from go-live up to the end of yesterday.</source>
        <translation>尚无统计数据：各项数据从上线之日起统计至昨日日终。</translation>
    </message>
    <message>
        <source>Measured over %1 months since go-live, up to the end of %2.</source>
        <translation>自上线以来统计了 %1 个月，截至 %2 日终。</translation>
    </message>
    <message>
        <source>%1 (typed)</source>
        <translation>%1（手工填写）</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>not within the horizon</source>
        <translation>不在规划期内</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>As planned: NPV %1, simple ROI %2, payback %3.</source>
        <translation>按计划：净现值 %1，简单投资回报率 %2，投资回收期 %3。</translation>
    </message>
    <message>
        <source>Re-estimated from actual spending and realised benefits: NPV %1, simple ROI %2, payback %3.</source>
        <translation>按实际支出和已实现效益重新估算：净现值 %1，简单投资回报率 %2，投资回收期 %3。</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Deleted customers stay here until you delete them for good.</source>
        <translation>已删除的客户会保留在这里，直到您将其永久删除。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Delete for &amp;good...</source>
        <translation>永久删除(&amp;G)…</translation>
    </message>
    <message>
        <source>The recycle bin is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n customer(s)</source>
        <translation>
            <numerusform>恢复 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s) for good, with their follow-ups and tickets? This cannot be undone.</source>
        <translation>
            <numerusform>要永久删除 %n 位客户及其跟进和工单吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Follow-up reminders</source>
        <translation>跟进提醒</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Done...</source>
        <translation>完成(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>推迟(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>%1  %2 · %3 · %4</source>
        <translation>%1  %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) came due while CRMDesk was closed</source>
        <translation>
            <numerusform>CRMDesk 关闭期间有 %n 条提醒到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n 条跟进到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{who}: signature and date</source>
        <translation>{who}：签字及日期</translation>
    </message>
    <message>
        <source>Unknown paper size {paper}: use A4 or Letter.</source>
        <translation>未知的纸张尺寸 {paper}：请使用 A4 或 Letter。</translation>
    </message>
    <message>
        <source>Generated on {date} with CRMDesk</source>
        <translation>由 CRMDesk 于 {date} 生成</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} 年</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>第 {year} 年</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>permission denied, or the file is open in another program</source>
        <translation>没有权限，或文件已在其他程序中打开</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}.</source>
        <translation>无法写入 {file}：{reason}。</translation>
    </message>
    <message>
        <source>Service work order</source>
        <translation>售后服务工单</translation>
    </message>
    <message>
        <source>Work order no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Parts and labour</source>
        <translation>配件与工时</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>{rate} of year-0 costs</source>
        <translation>第 0 年成本的 {rate}</translation>
    </message>
    <message>
        <source>Total costs</source>
        <translation>成本合计</translation>
    </message>
    <message>
        <source>Total benefits</source>
        <translation>效益合计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Years {first}–{last}</source>
        <translation>第 {first}–{last} 年</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>{years}, and totals</source>
        <translation>{years}及合计</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Total cost of ownership</source>
        <translation>总拥有成本</translation>
    </message>
    <message>
        <source>TCO per year</source>
        <translation>每年总拥有成本</translation>
    </message>
    <message>
        <source>TCO per user</source>
        <translation>每用户总拥有成本</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>效益</translation>
    </message>
    <message>
        <source>Net cash flow</source>
        <translation>净现金流</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Discount factor</source>
        <translation>折现系数</translation>
    </message>
    <message>
        <source>Present value</source>
        <translation>现值</translation>
    </message>
    <message>
        <source>Cumulative present value</source>
        <translation>累计现值</translation>
    </message>
    <message>
        <source>Present value of benefits</source>
        <translation>效益现值</translation>
    </message>
    <message>
        <source>Present value of costs</source>
        <translation>成本现值</translation>
    </message>
    <message>
        <source>Total benefits (undiscounted)</source>
        <translation>效益合计（未折现）</translation>
    </message>
    <message>
        <source>Total costs (undiscounted)</source>
        <translation>成本合计（未折现）</translation>
    </message>
    <message>
        <source>ROI, simple</source>
        <translation>投资回报率（简单）</translation>
    </message>
    <message>
        <source>ROI, discounted (NPV / PV of costs)</source>
        <translation>投资回报率（折现，净现值/成本现值）</translation>
    </message>
    <message>
        <source>Internal rate of return (IRR)</source>
        <translation>内部收益率（IRR）</translation>
    </message>
    <message>
        <source>Modified IRR (MIRR)</source>
        <translation>修正内部收益率（MIRR）</translation>
    </message>
    <message>
        <source>Discounted payback period</source>
        <translation>折现投资回收期</translation>
    </message>
    <message>
        <source>Break-even annual benefit</source>
        <translation>盈亏平衡年效益</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>按计划</translation>
    </message>
    <message>
        <source>Risk-adjusted</source>
        <translation>风险调整后</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title}（续）</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>（续）</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Tax ID: {value}</source>
        <translation>税号：{value}</translation>
    </message>
    <message>
        <source>Phone: {value}</source>
        <translation>电话：{value}</translation>
    </message>
    <message>
        <source>E-mail: {value}</source>
        <translation>电子邮件：{value}</translation>
    </message>
    <message>
        <source>  ·  </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Customer record</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>成为客户日期</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>待办跟进</translation>
    </message>
    <message>
        <source>Service tickets</source>
        <translation>售后工单</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Customer satisfaction: {score} of 5</source>
        <translation>客户满意度：{score} 分（满分 5 分）</translation>
    </message>
    <message>
        <source>Customer satisfaction (1 = poor, 5 = excellent):</source>
        <translation>客户满意度（1 = 很差，5 = 非常满意）：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>including VAT</source>
        <translation>含增值税</translation>
    </message>
    <message>
        <source>excluding VAT</source>
        <translation>不含增值税</translation>
    </message>
    <message>
        <source>{vat} ({note})</source>
        <translation>{vat}（{note}）</translation>
    </message>
    <message>
        <source>benefits −{benefits}, costs +{costs}</source>
        <translation>效益 −{benefits}，成本 +{costs}</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工人数</translation>
    </message>
    <message>
        <source>CRM users</source>
        <translation>CRM 用户数</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>规划期</translation>
    </message>
    <message>
        <source>{years} years after the investment date (year 0)</source>
        <translation>投资日（第 0 年）后 {years} 年</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>金额口径</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署周期</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} 个月</translation>
    </message>
    <message>
        <source>Contingency reserve</source>
        <translation>应急储备金</translation>
    </message>
    <message>
        <source>Risk adjustment</source>
        <translation>风险调整</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总成本</translation>
    </message>
    <message>
        <source>Total benefit</source>
        <translation>总效益</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>净现值</translation>
    </message>
    <message>
        <source>Internal rate of return</source>
        <translation>内部收益率</translation>
    </message>
    <message>
        <source>Payback period</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>Benefit-cost ratio</source>
        <translation>效益成本比</translation>
    </message>
    <message>
        <source>TCO per user-month</source>
        <translation>每用户每月总拥有成本</translation>
    </message>
    <message>
        <source>Funding need: none, the cumulative cash flow is never negative.</source>
        <translation>资金需求：无，累计现金流从未为负。</translation>
    </message>
    <message>
        <source>Funding need: {amount}, the deepest point of the cumulative cash flow, at the investment date (year 0).</source>
        <translation>资金需求：{amount}，即累计现金流的最低点，出现在投资日（第 0 年）。</translation>
    </message>
    <message>
        <source>Funding need: {amount}, the deepest point of the cumulative cash flow, at the end of year {year}.</source>
        <translation>资金需求：{amount}，即累计现金流的最低点，出现在第 {year} 年末。</translation>
    </message>
    <message>
        <source>CRM budget plan</source>
        <translation>CRM 预算方案</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>编制日期：{date}</translation>
    </message>
    <message>
        <source>Amounts in {currency}; figures as planned, before risk adjustment.</source>
        <translation>金额单位：{currency}；数据为计划值，未经风险调整。</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Rule-of-thumb checks</source>
        <translation>经验法则检查</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客户名单</translation>
    </message>
    <message>
        <source>{shown} of {total} customers</source>
        <translation>共 {total} 位客户，显示 {shown} 位</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>{count} 位客户</translation>
    </message>
    <message>
        <source>Filter: {filter}</source>
        <translation>筛选条件：{filter}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>No customers match the filter.</source>
        <translation>没有符合筛选条件的客户。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received via</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Problem reported</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>At a {rate} discount rate the plan creates value: its net present value is {npv} and the present value of benefits is {bcr} times that of costs.</source>
        <translation>按 {rate} 的折现率计算，方案能创造价值：净现值为 {npv}，效益现值是成本现值的 {bcr} 倍。</translation>
    </message>
    <message>
        <source>At a {rate} discount rate the plan does not pay for itself: its net present value is {npv}.</source>
        <translation>按 {rate} 的折现率计算，方案无法收回成本：净现值为 {npv}。</translation>
    </message>
    <message>
        <source>With benefits {benefits} lower and costs {costs} higher, NPV is still positive at {npv}.</source>
        <translation>即使效益减少 {benefits}、成本增加 {costs}，净现值仍为正，为 {npv}。</translation>
    </message>
    <message>
        <source>With benefits {benefits} lower and costs {costs} higher, NPV falls to {npv}.</source>
        <translation>如果效益减少 {benefits}、成本增加 {costs}，净现值将降至 {npv}。</translation>
    </message>
    <message>
        <source>It passes all {count} rule-of-thumb checks that apply.</source>
        <translation>通过了全部 {count} 项适用的经验法则检查。</translation>
    </message>
    <message>
        <source>It fails {failed} of {count} rule-of-thumb checks: {names}.</source>
        <translation>{count} 项经验法则检查中有 {failed} 项未通过：{names}。</translation>
    </message>
    <message>
        <source>Not viable as planned</source>
        <translation>按现有方案不可行</translation>
    </message>
    <message>
        <source>Worth doing, with changes</source>
        <translation>调整后值得实施</translation>
    </message>
    <message>
        <source>Sound investment</source>
        <translation>稳健的投资</translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation>第 {year} 年</translation>
    </message>
    <message>
        <source>years {first}–{last}</source>
        <translation>第 {first}–{last} 年</translation>
    </message>
    <message>
        <source>{amount} once, in year {year}</source>
        <translation>第 {year} 年一次性 {amount}</translation>
    </message>
    <message>
        <source>{amount} a year, {years}</source>
        <translation>{years}每年 {amount}</translation>
    </message>
    <message>
        <source>{amount} per user per month × {users} users, {years}</source>
        <translation>{years}每用户每月 {amount} × {users} 个用户</translation>
    </message>
    <message>
        <source>rising {rate} a year</source>
        <translation>每年增长 {rate}</translation>
    </message>
    <message>
        <source>falling {rate} a year</source>
        <translation>每年下降 {rate}</translation>
    </message>
    <message>
        <source>NPV = Σ CF_t / (1 + r)^t for t = 0 ... N, with the discount rate r = {rate} and the horizon N in years. The present values of benefits, PV(B), and of costs, PV(C), are discounted the same way.</source>
        <translation>NPV = Σ CF_t / (1 + r)^t，t = 0 … N，其中折现率 r = {rate}，N 为规划期年数。效益现值 PV(B) 和成本现值 PV(C) 按同样方法折现。</translation>
    </message>
    <message>
        <source>The IRR is the rate at which NPV = 0. NPV is a polynomial in x = 1 / (1 + r); every one of its roots with r above −100% is found in exact fractions: the repeated factors are divided out, Sturm&apos;s theorem counts the roots in an interval, and bisection isolates each root and narrows it to about 24 significant digits. No rate is too large or too close to another to be found, and where NPV comes near zero without reaching it there is no root. If the flows never change sign there is no IRR; if NPV has no root there is no real IRR; if it has several, all are listed and none should be used alone. The MIRR finances outflows and reinvests inflows at the discount rate ({rate}).</source>
        <translation>内部收益率（IRR）是使 NPV = 0 的折现率。NPV 是关于 x = 1 / (1 + r) 的多项式；所有 r 高于 −100% 的根都以精确分数求得：先除去重复因子，再用斯图姆定理统计区间内的根数，以二分法隔离每个根并精确到约 24 位有效数字。再大的收益率、再接近的两个根都不会遗漏；NPV 只是接近零而未到达零时，则没有根。如果现金流从不变号，则没有 IRR；如果 NPV 没有根，则没有实数 IRR；如果有多个根，将全部列出，任何一个都不宜单独使用。修正内部收益率（MIRR）按折现率（{rate}）计算流出资金的融资成本和流入资金的再投资收益。</translation>
    </message>
    <message>
        <source>Payback is the time from year 0 until the cumulative net cash flow first reaches zero, interpolated linearly within the year in which it does. If the cumulative flow later turns negative again, this is stated together with the final crossing, after which it stays at or above zero; the check &quot;payback within 12 months&quot; is judged on that final crossing. Discounted payback does the same with discounted flows.</source>
        <translation>投资回收期是从第 0 年起到累计净现金流首次回到零的时间，在回到零的那一年内按线性插值计算。如果累计现金流之后再次转负，将一并说明，并给出最终回正的时点（此后不再低于零）；“12 个月内收回投资”的检查以该最终时点为准。折现投资回收期对折现后的现金流作同样计算。</translation>
    </message>
    <message>
        <source>The break-even annual benefit is the level yearly benefit in years 1 ... N whose present value equals PV(C), so that NPV = 0. Total cost of ownership (TCO) is the undiscounted sum of all costs over years 0 ... N; per year it is divided by N, per user by the number of users, per user-month by users × 12 × N.</source>
        <translation>盈亏平衡年效益是第 1 … N 年中每年相等、现值等于 PV(C) 从而使 NPV = 0 的年效益。总拥有成本（TCO）是第 0 … N 年全部成本的未折现合计；每年总拥有成本为其除以 N，每用户总拥有成本为其除以用户数，每用户每月总拥有成本为其除以 用户数 × 12 × N。</translation>
    </message>
    <message>
        <source>{share} in year {year}</source>
        <translation>第 {year} 年 {share}</translation>
    </message>
    <message>
        <source>The plan has no costs or benefits yet, so there is nothing to judge.</source>
        <translation>方案尚无成本或效益，暂无法评判。</translation>
    </message>
    <message>
        <source>Nothing to judge yet</source>
        <translation>暂无法评判</translation>
    </message>
    <message>
        <source>ramp-up: {steps}</source>
        <translation>爬坡期：{steps}</translation>
    </message>
    <message>
        <source>Cash flows and timing</source>
        <translation>现金流与时间</translation>
    </message>
    <message>
        <source>All flows are yearly and fall at the end of each year. Year 0 is the investment date and is not discounted. The net cash flow of year t is benefits minus costs: CF_t = B_t − C_t.</source>
        <translation>所有现金流均按年计，发生在每年年末。第 0 年为投资日，不折现。第 t 年的净现金流等于效益减成本：CF_t = B_t − C_t。</translation>
    </message>
    <message>
        <source>Net present value (NPV)</source>
        <translation>净现值（NPV）</translation>
    </message>
    <message>
        <source>Benefit-cost ratio and ROI</source>
        <translation>效益成本比与投资回报率</translation>
    </message>
    <message>
        <source>Benefit-cost ratio = PV(B) / PV(C). Simple ROI = (ΣB − ΣC) / ΣC, from undiscounted totals. Discounted ROI = NPV / PV(C).</source>
        <translation>效益成本比 = PV(B) / PV(C)。简单投资回报率 = (ΣB − ΣC) / ΣC，按未折现合计计算。折现投资回报率 = NPV / PV(C)。</translation>
    </message>
    <message>
        <source>Internal rate of return (IRR) and MIRR</source>
        <translation>内部收益率（IRR）与修正内部收益率（MIRR）</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>Break-even annual benefit and TCO</source>
        <translation>盈亏平衡年效益与总拥有成本</translation>
    </message>
    <message>
        <source>Escalation, ramp-up, contingency and risk adjustment</source>
        <translation>年增长、爬坡期、应急储备金与风险调整</translation>
    </message>
    <message>
        <source>An item escalating at g a year costs amount × (1 + g)^(t − first year) in year t. A ramp-up factor scales an item&apos;s first years. Per-user-month items cost amount × users × 12 a year. The contingency reserve is the contingency rate × year-0 costs, booked in year 0. The risk-adjusted case multiplies every benefit by (1 − b) and every cost by (1 + c) and recomputes all figures.</source>
        <translation>每年增长 g 的项目在第 t 年的金额为 金额 × (1 + g)^(t − 起始年)。爬坡系数用于调整项目最初几年的金额。按每用户每月计价的项目每年金额为 金额 × 用户数 × 12。应急储备金 = 应急储备比例 × 第 0 年成本，计入第 0 年。风险调整情景将每项效益乘以 (1 − b)、每项成本乘以 (1 + c)，并重新计算所有指标。</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>舍入</translation>
    </message>
    <message>
        <source>Figures are computed exactly in decimal arithmetic and rounded half-up to cents only when printed, so a printed total may differ by a cent from the sum of printed parts. Percentages are rounded half-up to the places shown.</source>
        <translation>所有数字均以十进制精确计算，仅在打印时四舍五入到分，因此打印的合计可能与各分项打印值之和相差一分。百分比按显示的位数四舍五入。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Finding and advice</source>
        <translation>发现与建议</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>added for this plan</source>
        <translation>本方案新增</translation>
    </message>
    <message>
        <source>{users} users</source>
        <translation>{users} 个用户</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>影响因素</translation>
    </message>
    <message>
        <source>Low / high value</source>
        <translation>低值/高值</translation>
    </message>
    <message>
        <source>NPV at low</source>
        <translation>低值时净现值</translation>
    </message>
    <message>
        <source>NPV at high</source>
        <translation>高值时净现值</translation>
    </message>
    <message>
        <source>Where NPV is zero</source>
        <translation>净现值为零的点</translation>
    </message>
    <message>
        <source>Each driver is moved on its own, the others kept as planned: amounts (costs, benefits, users) by the same relative step, the discount rate by percentage points, each range printed beside its bar. The bars are sorted by how far NPV moves, widest first: those are the assumptions to check first. The last column gives the break-even value of each driver.</source>
        <translation>每次只变动一个因素，其余保持计划值：金额类因素（成本、收益、用户数）按相同的相对幅度变动，折现率按百分点变动，变动范围标在各条形旁。条形按 NPV 的变动幅度排序，最宽的在前：这些是最先需要核实的假设。最后一列给出各因素的盈亏平衡值。</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Against {baseline}</source>
        <translation>相对于 {baseline}</translation>
    </message>
    <message>
        <source>Highest equivalent annual value: {plan} (the horizons differ).</source>
        <translation>等额年值最高：{plan}（各方案测算期不同）。</translation>
    </message>
    <message>
        <source>Highest NPV: {plan}.</source>
        <translation>净现值最高：{plan}。</translation>
    </message>
    <message>
        <source>Cash flows are yearly, at the end of each year; year 0 is the investment date and is not discounted.</source>
        <translation>现金流按年计，发生在每年年末；第 0 年为投资日，不折现。</translation>
    </message>
    <message>
        <source>Amounts are in {currency} as entered in the plan, with price changes only where an item states an escalation.</source>
        <translation>金额以 {currency} 计，按方案中录入的数值；仅在项目注明年增长率时才考虑价格变动。</translation>
    </message>
    <message>
        <source>Intangible benefits are described, never counted as cash.</source>
        <translation>无形效益仅作描述，不计入现金。</translation>
    </message>
    <message>
        <source>CRM modules planned</source>
        <translation>计划使用的 CRM 模块</translation>
    </message>
    <message>
        <source>Intangible benefits</source>
        <translation>无形效益</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Amounts in {currency}.</source>
        <translation>金额单位：{currency}。</translation>
    </message>
    <message>
        <source>Costs by category and year</source>
        <translation>按类别和年份列示的成本</translation>
    </message>
    <message>
        <source>Where the money goes</source>
        <translation>资金去向</translation>
    </message>
    <message>
        <source>Benefits by category and year</source>
        <translation>按类别和年份列示的效益</translation>
    </message>
    <message>
        <source>Cash flow</source>
        <translation>现金流</translation>
    </message>
    <message>
        <source>Cumulative cash flow and payback</source>
        <translation>累计现金流与投资回收</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>The risk-adjusted case lowers every benefit by {benefits} and raises every cost by {costs}, then recomputes all figures.</source>
        <translation>风险调整情景将每项效益降低 {benefits}、每项成本提高 {costs}，然后重新计算所有指标。</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>方案比较</translation>
    </message>
    <message>
        <source>Evaluation scorecard</source>
        <translation>评估打分表</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感性分析</translation>
    </message>
    <message>
        <source>Risks and mitigations</source>
        <translation>风险与应对措施</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设条件</translation>
    </message>
    <message>
        <source>Appendix: formulas and conventions</source>
        <translation>附录：公式与约定</translation>
    </message>
    <message>
        <source>Payback: {years}</source>
        <translation>投资回收期：{years}</translation>
    </message>
    <message>
        <source>Net cash flow (bars)</source>
        <translation>净现金流（柱）</translation>
    </message>
    <message>
        <source>Cumulative cash flow (line)</source>
        <translation>累计现金流（线）</translation>
    </message>
    <message>
        <source>Plan NPV {npv}</source>
        <translation>方案净现值 {npv}</translation>
    </message>
    <message>
        <source>Weights in percent add up to 100; scores run from 1 (poor) to 5 (excellent). A candidate&apos;s weighted total is the sum of weight times score divided by 100, on the same 1-5 scale. Cost-benefit scores come from each plan&apos;s figures (shown in brackets) by the rule below.</source>
        <translation>权重以百分比表示，合计为 100；评分从 1（差）到 5（优）。候选方案的加权总分为各项权重乘以评分之和除以 100，同样为 1–5 分制。成本效益类评分按下列规则由各方案的财务数据（括号内）得出。</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评估项</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>加权总分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Ranking and how robust it is</source>
        <translation>排名及其稳健性</translation>
    </message>
    <message>
        <source>How the cost-benefit scores are set</source>
        <translation>成本效益评分规则</translation>
    </message>
    <message>
        <source>Evidence behind the scores (*)</source>
        <translation>评分依据（*）</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选方案</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>不实施</translation>
    </message>
</context>
<context>
    <name>ReportPreviewDialog</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>The report could not be prepared: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message>
        <source>The report could not be prepared because of an error.</source>
        <translation>因出错，无法生成报告。</translation>
    </message>
    <message>
        <source>The pages could not be shown: the PDF could not be read. Saving it may still work.</source>
        <translation>无法显示页面：无法读取该 PDF。仍可尝试保存它。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>已将 %1 页发送到打印机。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve %1</source>
        <translation>解决 %1</translation>
    </message>
    <message>
        <source>&amp;How was it resolved?</source>
        <translation>如何解决的(&amp;H)？</translation>
    </message>
    <message>
        <source>e.g. Replaced the fuser unit, printed 20 test pages</source>
        <translation>例如：更换了定影组件，打印了 20 张测试页</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>解决(&amp;R)</translation>
    </message>
    <message>
        <source>Describe the resolution: it is printed on the work order.</source>
        <translation>请填写解决方案：它会打印在工单上。</translation>
    </message>
</context>
<context>
    <name>Risks</name>
    <message>
        <source>Budget overrun and schedule slip</source>
        <translation>预算超支和进度延误</translation>
    </message>
    <message>
        <source>Hold a contingency reserve, deploy in phases and compare actual spending with the plan every month.</source>
        <translation>预留应急储备金，分阶段部署，并每月对比实际支出与计划。</translation>
    </message>
    <message>
        <source>Low user adoption</source>
        <translation>用户使用率低</translation>
    </message>
    <message>
        <source>Involve users in choosing and configuring the system, train everyone before go-live and have managers work from the CRM themselves.</source>
        <translation>让用户参与系统选型和配置，上线前培训所有人，并让管理者带头使用 CRM 开展工作。</translation>
    </message>
    <message>
        <source>High maintenance and support cost</source>
        <translation>运维与支持成本高</translation>
    </message>
    <message>
        <source>Prefer the standard product to customisation, budget maintenance explicitly and train users well, since weak training raises support cost.</source>
        <translation>优先选用标准产品而非定制开发，单独列出运维预算并做好用户培训，因为培训不足会推高支持成本。</translation>
    </message>
    <message>
        <source>Data silos between departments</source>
        <translation>部门间数据孤岛</translation>
    </message>
    <message>
        <source>Agree one customer record for sales, service and finance, and plan the integrations and data import from the start.</source>
        <translation>销售、服务和财务共用同一份客户档案，并从一开始就规划好系统集成和数据导入。</translation>
    </message>
    <message>
        <source>Garbage in, garbage out: placeholder or wrong data entered by users</source>
        <translation>垃圾进，垃圾出：用户录入占位或错误数据</translation>
    </message>
    <message>
        <source>Clean and deduplicate data before migration, make key fields mandatory and check data quality regularly.</source>
        <translation>迁移前清洗并去重数据，将关键字段设为必填，并定期检查数据质量。</translation>
    </message>
    <message>
        <source>Vendor lock-in</source>
        <translation>供应商锁定</translation>
    </message>
    <message>
        <source>Check that all data can be exported in open formats, keep regular exports and avoid long contracts until the system has proved itself.</source>
        <translation>确认所有数据都能以开放格式导出，定期导出备份，在系统证明可靠之前避免签订长期合同。</translation>
    </message>
    <message>
        <source>Security incident or data leak</source>
        <translation>安全事件或数据泄露</translation>
    </message>
    <message>
        <source>Give each user only the access they need, keep backups and an audit trail, and follow personal-information law (PIPL).</source>
        <translation>只授予每个用户必要的权限，保留备份和审计记录，并遵守《个人信息保护法》（PIPL）。</translation>
    </message>
</context>
<context>
    <name>RisksEditor</name>
    <message>
        <source>Add a risk</source>
        <translation>添加风险</translation>
    </message>
    <message>
        <source>Your own risk</source>
        <translation>自定义风险</translation>
    </message>
    <message>
        <source>How you will handle it</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>Leave empty to keep the suggested mitigation shown in grey.</source>
        <translation>留空则使用灰色显示的建议措施。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>RunningTotalsTable</name>
    <message>
        <source>Updated as you type. Year 0 is the investment date; years 1 onwards are the years after it. Amounts are not discounted here; the summary shows NPV.</source>
        <translation>随输入实时更新。第 0 年为投资日，第 1 年起为其后各年。此处金额未折现；净现值见汇总页。</translation>
    </message>
    <message>
        <source>All costs</source>
        <translation>全部成本</translation>
    </message>
    <message>
        <source>All benefits</source>
        <translation>全部效益</translation>
    </message>
    <message>
        <source>Net (benefits - costs)</source>
        <translation>净额（效益 - 成本）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>SatisfactionCall</name>
    <message>
        <source>Plan a satisfaction call</source>
        <translation>安排满意度回访</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>The plans have different horizons, so NPV and totals cover different numbers of years; compare them on equivalent annual value (NPV spread evenly over each plan&apos;s years at its rate).</source>
        <translation>各方案的测算期不同，净现值和合计覆盖的年数不一样；请比较等额年值（按各方案自身的折现率，把净现值平均分摊到其各年）。</translation>
    </message>
    <message>
        <source>The plans use different discount rates, so their NPVs are not directly comparable and no plan is named best.</source>
        <translation>各方案使用的折现率不同，净现值不能直接比较，因此不指定最佳方案。</translation>
    </message>
    <message>
        <source>The figures against the baseline discount the difference of the flows at the baseline&apos;s rate ({rate}).</source>
        <translation>相对基准方案的各项数字，按基准方案的折现率（{rate}）对现金流差额折现。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <source>Horizon (years)</source>
        <translation>测算期（年）</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Risk adjustment: benefits lower by</source>
        <translation>风险调整：收益下调</translation>
    </message>
    <message>
        <source>Risk adjustment: costs higher by</source>
        <translation>风险调整：成本上调</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>净现值</translation>
    </message>
    <message>
        <source>Equivalent annual value</source>
        <translation>等额年值</translation>
    </message>
    <message>
        <source>PV of benefits</source>
        <translation>效益现值</translation>
    </message>
    <message>
        <source>PV of costs</source>
        <translation>成本现值</translation>
    </message>
    <message>
        <source>Total cost of ownership</source>
        <translation>总拥有成本</translation>
    </message>
    <message>
        <source>TCO per user-month</source>
        <translation>每用户每月总拥有成本</translation>
    </message>
    <message>
        <source>Benefit-cost ratio</source>
        <translation>效益成本比</translation>
    </message>
    <message>
        <source>ROI (simple)</source>
        <translation>投资回报率（简单）</translation>
    </message>
    <message>
        <source>ROI (discounted)</source>
        <translation>投资回报率（折现）</translation>
    </message>
    <message>
        <source>IRR</source>
        <translation>内部收益率</translation>
    </message>
    <message>
        <source>MIRR</source>
        <translation>修正内部收益率</translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>投资回收期（年）</translation>
    </message>
    <message>
        <source>Discounted payback (years)</source>
        <translation>折现投资回收期（年）</translation>
    </message>
    <message>
        <source>Risk-adjusted NPV</source>
        <translation>风险调整后净现值</translation>
    </message>
    <message>
        <source>Δ NPV</source>
        <translation>Δ 净现值</translation>
    </message>
    <message>
        <source>Δ total cost of ownership</source>
        <translation>Δ 总拥有成本</translation>
    </message>
    <message>
        <source>Δ total benefits</source>
        <translation>Δ 总效益</translation>
    </message>
    <message>
        <source>Incremental IRR</source>
        <translation>增量内部收益率</translation>
    </message>
    <message>
        <source>Payback of the difference (years)</source>
        <translation>差额回收期（年）</translation>
    </message>
    <message>
        <source>Δ equivalent annual value</source>
        <translation>Δ 等额年值</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>Who the plan is for and how it is measured. Fields marked * are needed; hover over any field for an explanation.</source>
        <translation>方案的适用对象和测算口径。标 * 的字段为必填；鼠标悬停在字段上可查看说明。</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>企业信息</translation>
    </message>
    <message>
        <source>Horizon, money and tax</source>
        <translation>规划期、货币与税</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Yes, amounts include VAT</source>
        <translation>是，金额含增值税</translation>
    </message>
    <message>
        <source>No, amounts exclude VAT</source>
        <translation>否，金额不含增值税</translation>
    </message>
    <message>
        <source>CRM modules you need</source>
        <translation>所需 CRM 模块</translation>
    </message>
    <message>
        <source>Tick what the CRM must do. Small businesses should start with the basic edition and standard features, and add modules later.</source>
        <translation>勾选 CRM 必须具备的功能。小企业宜从基础版和标准功能起步，以后再增加模块。</translation>
    </message>
    <message>
        <source>Listed in the plan and the report; it does not change the figures.</source>
        <translation>列入方案和报告，不影响计算结果。</translation>
    </message>
</context>
<context>
    <name>ScorecardDialog</name>
    <message>
        <source>Evaluation scorecard</source>
        <translation>评估打分表</translation>
    </message>
    <message>
        <source>Weigh what matters to you (weights in percent, adding up to 100) and score each candidate from 1 (poor) to 5 (excellent) from demos, reference calls and documents. Cost-benefit scores come from the plans&apos; figures.</source>
        <translation>为您看重的方面设定权重（百分比，合计 100），并根据产品演示、参考客户回访和文档，为每个候选方案打 1（差）到 5（优）分。成本效益类评分由方案的财务数据得出。</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>添加评估项</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>删除评估项</translation>
    </message>
    <message>
        <source>Default criteria</source>
        <translation>默认评估项</translation>
    </message>
    <message>
        <source>Go back to the default criteria and weights.</source>
        <translation>恢复默认的评估项和权重。</translation>
    </message>
    <message>
        <source>Evidence for the selected score:</source>
        <translation>所选评分的依据：</translation>
    </message>
    <message>
        <source>demo, reference call, expert review...</source>
        <translation>产品演示、参考客户回访、专家评审…</translation>
    </message>
    <message>
        <source>Save as file...</source>
        <translation>另存为文件…</translation>
    </message>
    <message>
        <source>Write the scorecard as a file for crmdesk plan report --evaluation.</source>
        <translation>将打分表写入文件，供 crmdesk plan report --evaluation 使用。</translation>
    </message>
    <message>
        <source>Print report...</source>
        <translation>打印报告…</translation>
    </message>
    <message>
        <source>The first plan&apos;s budget report with the comparison and this scorecard.</source>
        <translation>第一个方案的预算报告，含方案对比和本打分表。</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评估项</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>New criterion %1</source>
        <translation>新评估项 %1</translation>
    </message>
    <message>
        <source>Weights add up to 100%.</source>
        <translation>权重合计 100%。</translation>
    </message>
    <message>
        <source>Weights add up to %1%: they must add up to 100% before saving.</source>
        <translation>权重合计 %1%：必须合计 100% 才能保存。</translation>
    </message>
    <message>
        <source>The ranking appears when the weights add up to 100%.</source>
        <translation>权重合计为 100% 时显示排名。</translation>
    </message>
    <message>
        <source>Ranking (weighted total, 1-5):</source>
        <translation>排名（加权总分，1–5）：</translation>
    </message>
    <message>
        <source>The weights must add up to exactly 100% before the scorecard is saved.</source>
        <translation>权重必须恰好合计 100% 才能保存打分表。</translation>
    </message>
    <message>
        <source>Save scorecard as</source>
        <translation>打分表另存为</translation>
    </message>
    <message>
        <source>Evaluation files (*.json)</source>
        <translation>评估文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>ScorecardSummary</name>
    <message>
        <source>; </source>
        <comment>between the ranked candidates</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Scorecard: %1. %2</source>
        <translation>打分表：%1。%2</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>{driver} (±{step})</source>
        <translation>{driver}（±{step}）</translation>
    </message>
    <message>
        <source>{driver} (−{down} / +{up})</source>
        <translation>{driver}（−{down} / +{up}）</translation>
    </message>
    <message>
        <source>{driver} (±{points} points)</source>
        <translation>{driver}（±{points} 个百分点）</translation>
    </message>
    <message>
        <source>{driver} (−{down} / +{up} points)</source>
        <translation>{driver}（−{down} / +{up} 个百分点）</translation>
    </message>
    <message>
        <source>Costs: {category}</source>
        <translation>成本：{category}</translation>
    </message>
    <message>
        <source>Benefits: {category}</source>
        <translation>效益：{category}</translation>
    </message>
    <message>
        <source>Item: {item}</source>
        <translation>明细：{item}</translation>
    </message>
    <message>
        <source>Number of users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <source>NPV is zero at {percent} of the planned amount.</source>
        <translation>金额为计划值的 {percent} 时，净现值为零。</translation>
    </message>
    <message>
        <source>NPV is zero at {users} users.</source>
        <translation>用户数为 {users} 时，净现值为零。</translation>
    </message>
    <message>
        <source>NPV is zero at a discount rate of {rate} (the IRR).</source>
        <translation>折现率为 {rate}（即内部收益率）时，净现值为零。</translation>
    </message>
    <message>
        <source>No single break-even rate: IRR {note}.</source>
        <translation>没有唯一的盈亏平衡折现率：内部收益率{note}。</translation>
    </message>
    <message>
        <source>NPV does not depend on this driver.</source>
        <translation>净现值不受此因素影响。</translation>
    </message>
    <message>
        <source>NPV stays positive at any value.</source>
        <translation>无论取何值，净现值始终为正。</translation>
    </message>
    <message>
        <source>NPV stays negative at any value.</source>
        <translation>无论取何值，净现值始终为负。</translation>
    </message>
</context>
<context>
    <name>SensitivityDialog</name>
    <message>
        <source>Sensitivity: %1</source>
        <translation>敏感性分析：%1</translation>
    </message>
    <message>
        <source>Each bar shows the NPV when one figure is lower (red) or higher (green) than planned, everything else unchanged. The longest bars are the figures to check twice. The line is the plan&apos;s NPV: %1.</source>
        <translation>每个条形表示某一数值低于（红色）或高于（绿色）计划值、其余不变时的净现值。条形越长，越需要反复核实该数值。竖线为方案的净现值：%1。</translation>
    </message>
    <message>
        <source>What moves NPV most</source>
        <translation>对净现值影响最大的因素</translation>
    </message>
    <message>
        <source>NPV (%1)</source>
        <translation>净现值：%1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>影响因素</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低值</translation>
    </message>
    <message>
        <source>NPV at low</source>
        <translation>低值时净现值</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高值</translation>
    </message>
    <message>
        <source>NPV at high</source>
        <translation>高值时净现值</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>盈亏平衡点</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 to respond</source>
        <translation>响应剩余 %1</translation>
    </message>
    <message>
        <source>Waiting for the customer: the clock is paused.</source>
        <translation>等待客户：计时已暂停。</translation>
    </message>
    <message>
        <source>First response due %1</source>
        <translation>首次响应期限 %1</translation>
    </message>
    <message>
        <source>Resolution due %1</source>
        <translation>解决期限 %1</translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>工单已创建</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>状态：%1 → %2</translation>
    </message>
    <message>
        <source>Priority: %1 → %2</source>
        <translation>优先级：%1 → %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>Assigned: %1 → %2</source>
        <translation>负责人：%1 → %2</translation>
    </message>
    <message>
        <source>Resolution due date moved to %1</source>
        <translation>解决期限改为 %1</translation>
    </message>
    <message>
        <source>Resolution: %1</source>
        <translation>解决方案：%1</translation>
    </message>
    <message>
        <source>Satisfaction: %1</source>
        <translation>满意度：%1</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>详情已修改</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Open (unresolved)</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>全部工单</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <source>Search number, customer, product, serial no. (Ctrl+F)</source>
        <translation>搜索编号、客户、产品、序列号（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New ticket</source>
        <translation>新建工单(&amp;N)</translation>
    </message>
    <message>
        <source>Open a new service ticket (Ctrl+N)</source>
        <translation>新建售后工单（Ctrl+N）</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <source>No service tickets yet.

Press Ctrl+N (or New ticket) to log a repair request, a complaint or a question from a customer.</source>
        <translation>还没有售后工单。

按 Ctrl+N（或点击“新建工单”）登记客户的维修请求、投诉或咨询。</translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation>没有符合筛选条件的工单。</translation>
    </message>
</context>
<context>
    <name>ServiceSettingsBox</name>
    <message>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>工作日：</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>工作时间：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&lt;b&gt;Targets&lt;/b&gt; (business hours)</source>
        <translation>&lt;b&gt;时限目标&lt;/b&gt;（工作小时）</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>&lt;b&gt;Holidays and closing days&lt;/b&gt;</source>
        <translation>&lt;b&gt;节假日与休息日&lt;/b&gt;</translation>
    </message>
    <message>
        <source>e.g. Spring Festival</source>
        <translation>例如 春节</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>A weekend day that is worked to bridge a holiday (调休)</source>
        <translation>为衔接假期而上班的周末（调休）</translation>
    </message>
    <message>
        <source>China (official)</source>
        <translation>中国（官方）</translation>
    </message>
    <message>
        <source>Add China&apos;s public holidays and make-up working days from this year on; you can still change any day afterwards</source>
        <translation>添加今年起的中国法定节假日和调休上班日；之后仍可修改任何一天</translation>
    </message>
    <message>
        <source>Due dates count only working time. Changes apply to tickets opened from now on and to tickets whose priority changes.</source>
        <translation>期限只计算工作时间。更改适用于今后新建的工单以及优先级发生变化的工单。</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>请至少勾选一个工作日。</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>工作日的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>%1: the resolution target cannot be shorter than the response target.</source>
        <translation>%1：解决时限不能短于响应时限。</translation>
    </message>
    <message>
        <source>%1 (working day)</source>
        <translation>%1（调休上班）</translation>
    </message>
    <message>
        <source>Added %1 holidays and %2 make-up working days. The official calendar is known up to %3: add later years by hand once they are announced.</source>
        <translation>已添加 %1 个节假日和 %2 个调休上班日。官方日历目前只公布到 %3 年：以后的年份公布后请手动添加。</translation>
    </message>
    <message>
        <source>Added %1 holidays and %2 make-up working days (official up to %3).</source>
        <translation>已添加 %1 个节假日和 %2 个调休上班日（官方日历至 %3 年）。</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>数据与备份</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Back up automatically once a day at start-up</source>
        <translation>每天首次启动时自动备份</translation>
    </message>
    <message>
        <source>Daily backups to keep:</source>
        <translation>保留每日备份数：</translation>
    </message>
    <message>
        <source>Weekly backups to keep:</source>
        <translation>保留每周备份数：</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseBox</name>
    <message>
        <source>Shared database</source>
        <translation>共享数据库</translation>
    </message>
    <message>
        <source>Leave the server empty to keep the data on this PC. With a server, CRMDesk starts on the shared database and asks who signs in.</source>
        <translation>服务器留空则数据保存在本机。填写服务器后，CRMDesk 启动时打开共享数据库并要求登录。</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or office-server</source>
        <translation>例如 192.168.1.10 或 office-server</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>数据库(&amp;B)：</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>登录名(&amp;G)：</translation>
    </message>
    <message>
        <source>Kept in the system keyring, not in a file</source>
        <translation>保存在系统钥匙串中，不写入文件</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Saved. CRMDesk opens the shared database the next time it starts.</source>
        <translation>已保存。CRMDesk 下次启动时将打开共享数据库。</translation>
    </message>
    <message>
        <source>Saved. CRMDesk keeps the data on this PC.</source>
        <translation>已保存。CRMDesk 将数据保存在本机。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connection works: the shared database answers.</source>
        <translation>连接成功：共享数据库有响应。</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>CRMDesk&apos;s data is on the shared database %1.</source>
        <translation>CRMDesk 的数据在共享数据库 %1 上。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>This name is locked after too many wrong passwords: try again in a few minutes, or ask an owner.</source>
        <translation>密码错误次数过多，此用户已被锁定：请几分钟后再试，或请店主解锁。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
</context>
<context>
    <name>Snooze</name>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>明天上午</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
</context>
<context>
    <name>Spending</name>
    <message>
        <source>add spending</source>
        <translation>添加支出</translation>
    </message>
    <message>
        <source>edit spending</source>
        <translation>编辑支出</translation>
    </message>
    <message>
        <source>delete %1 entries</source>
        <translation>删除 %1 条记录</translation>
    </message>
</context>
<context>
    <name>SpendingDialog</name>
    <message>
        <source>Spending and actuals</source>
        <translation>支出与实际</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>方案(&amp;P)：</translation>
    </message>
    <message>
        <source>Spending and realised figures up to the end of this day.</source>
        <translation>支出与实际收益统计到这一天结束为止。</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>支出台账</translation>
    </message>
    <message>
        <source>Plan versus actual</source>
        <translation>计划与实际对比</translation>
    </message>
    <message>
        <source>Realised return</source>
        <translation>实际回报</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>Spending linked to no plan</source>
        <translation>未关联方案的支出</translation>
    </message>
    <message>
        <source>All spending</source>
        <translation>全部支出</translation>
    </message>
    <message>
        <source>Choose a plan above to compare it with the spending.</source>
        <translation>请在上方选择一个方案，与支出进行比较。</translation>
    </message>
    <message>
        <source>%1 - plan vs actual.pdf</source>
        <translation>%1 - 计划与实际对比.pdf</translation>
    </message>
    <message>
        <source>Save plan versus actual</source>
        <translation>保存计划与实际对比</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF</source>
        <translation>正在生成 PDF</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF 已保存</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>SpendingEntryDialog</name>
    <message>
        <source>Edit spending</source>
        <translation>编辑支出</translation>
    </message>
    <message>
        <source>Add spending</source>
        <translation>添加支出</translation>
    </message>
    <message>
        <source>e.g. 12,800.00</source>
        <translation>例如 12,800.00</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>无方案</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>供应商(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>方案(&amp;P)：</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SpendingImportDialog</name>
    <message>
        <source>Import spending from %1</source>
        <translation>从 %1 导入支出</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source>Import %n entries</source>
        <translation>
            <numerusform>导入 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>%1 new, %2 already in the ledger (skipped), %3 with problems (skipped). Encoding %4, columns separated by %5.</source>
        <translation>新增 %1 条，%2 条已在台账中（跳过），%3 条有问题（跳过）。编码 %4，列分隔符为 %5。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Already in the ledger: skipped</source>
        <translation>已在台账中：跳过</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>StaleRecord</name>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3, after you opened it.</source>
        <translation>在您打开之后，%2 于 %3 修改了“%1”。</translation>
    </message>
    <message>
        <source>Keep their version (your edit is not saved), or save yours over it?</source>
        <translation>保留对方的版本（您的修改不保存），还是用您的版本覆盖？</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <source>Save mine</source>
        <translation>保存我的</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Another program is using the database, so this could not be saved. Close it or wait until it finishes, then try again.</source>
        <translation>另一个程序正在使用数据库，因此未能保存。请关闭该程序或等它完成后重试。</translation>
    </message>
    <message>
        <source>The disk is full, so this could not be saved. Free some space, then try again.</source>
        <translation>磁盘已满，因此未能保存。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The data folder is read-only, so this could not be saved. Copy the data folder somewhere you may write to and open it there.</source>
        <translation>数据文件夹是只读的，因此未能保存。请将数据文件夹复制到可写入的位置，然后在那里打开。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check the figures and the rule checks, note how you will handle each risk, then save the plan. Use the list on the left to change any page.</source>
        <translation>核对各项数据和规则检查，写下每项风险的应对措施，然后保存方案。可通过左侧列表修改任意页面。</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Costs and benefits by year</source>
        <translation>各年成本与效益</translation>
    </message>
    <message>
        <source>Rule checks</source>
        <translation>规则检查</translation>
    </message>
    <message>
        <source>Rules of thumb from CRM projects. A red mark says what to change.</source>
        <translation>来自 CRM 项目的经验法则。红色标记说明需要修改的地方。</translation>
    </message>
    <message>
        <source>Risks and how you will handle them</source>
        <translation>风险及应对措施</translation>
    </message>
    <message>
        <source>Every CRM plan should list these. Change a mitigation to your own words.</source>
        <translation>每个 CRM 方案都应列出这些风险。可将应对措施改为自己的表述。</translation>
    </message>
    <message>
        <source>Intangible benefits (not counted as money)</source>
        <translation>无形效益（不计入金额）</translation>
    </message>
    <message>
        <source>Total cost of ownership</source>
        <translation>总拥有成本</translation>
    </message>
    <message>
        <source>Total benefits</source>
        <translation>效益合计</translation>
    </message>
    <message>
        <source>Net present value (NPV)</source>
        <translation>净现值（NPV）</translation>
    </message>
    <message>
        <source>Internal rate of return (IRR)</source>
        <translation>内部收益率（IRR）</translation>
    </message>
    <message>
        <source>Return on investment (ROI)</source>
        <translation>投资回报率（ROI）</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>投资回收期</translation>
    </message>
    <message>
        <source>Benefit-cost ratio (BCR)</source>
        <translation>效益成本比（BCR）</translation>
    </message>
    <message>
        <source>Cost per user per month</source>
        <translation>每用户每月成本</translation>
    </message>
    <message>
        <source>Break-even yearly benefit</source>
        <translation>盈亏平衡年效益</translation>
    </message>
    <message>
        <source>Risk-adjusted NPV</source>
        <translation>风险调整后净现值</translation>
    </message>
    <message>
        <source>Every cost over the horizon, contingency included, not discounted.</source>
        <translation>规划期内全部成本（含应急储备金），未折现。</translation>
    </message>
    <message>
        <source>Every cash benefit over the horizon, not discounted.</source>
        <translation>规划期内全部现金效益，未折现。</translation>
    </message>
    <message>
        <source>Benefits minus costs, with future years discounted at your rate. Above zero, the plan earns more than the money would elsewhere.</source>
        <translation>效益减成本，未来各年按您的折现率折现。大于零表示方案的收益高于资金用于其他用途的收益。</translation>
    </message>
    <message>
        <source>The discount rate at which NPV would be zero: the plan&apos;s own yield.</source>
        <translation>使净现值为零的折现率，即方案自身的收益率。</translation>
    </message>
    <message>
        <source>Simple: (benefits - costs) / costs. Discounted: NPV / present value of costs.</source>
        <translation>简单：(效益 - 成本) / 成本。折现：净现值 / 成本现值。</translation>
    </message>
    <message>
        <source>When the cumulative benefits first cover the cumulative costs; the second figure counts discounted amounts.</source>
        <translation>累计效益首次覆盖累计成本的时间；第二个数字按折现金额计算。</translation>
    </message>
    <message>
        <source>Present value of benefits divided by that of costs; aim for 2 or more.</source>
        <translation>效益现值除以成本现值；目标为 2 或以上。</translation>
    </message>
    <message>
        <source>Total cost of ownership spread over users and months.</source>
        <translation>总拥有成本按用户数和月数分摊。</translation>
    </message>
    <message>
        <source>The level yearly benefit that would make NPV exactly zero.</source>
        <translation>使净现值恰好为零的每年等额效益。</translation>
    </message>
    <message>
        <source>NPV with benefits cut and costs raised by your risk shares.</source>
        <translation>按风险比例降低效益、提高成本后的净现值。</translation>
    </message>
    <message>
        <source>Save as file...</source>
        <translation>另存为文件…</translation>
    </message>
    <message>
        <source>Save a copy of the plan as a .json file</source>
        <translation>将方案副本保存为 .json 文件</translation>
    </message>
    <message>
        <source>Print / PDF...</source>
        <translation>打印/PDF…</translation>
    </message>
    <message>
        <source>Compare scenarios...</source>
        <translation>比较方案…</translation>
    </message>
    <message>
        <source>Sensitivity...</source>
        <translation>敏感性分析…</translation>
    </message>
    <message>
        <source>Some fields still need attention (%1); the figures leave them out.</source>
        <translation>仍有字段需要处理（%1）；计算结果未包含这些字段。</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>未列出。</translation>
    </message>
    <message>
        <source>Add costs and benefits to see the return.</source>
        <translation>请填写成本和收益，即可看到回报。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 simple, %2 discounted</source>
        <translation>简单 %1，折现 %2</translation>
    </message>
    <message>
        <source>No risk-adjusted case</source>
        <translation>无风险调整情景</translation>
    </message>
    <message>
        <source>More than one: %1</source>
        <translation>不止一个：%1</translation>
    </message>
    <message>
        <source>None: the yearly figures never turn from spending to earning.</source>
        <translation>无：各年现金流始终没有由支出转为收益。</translation>
    </message>
    <message>
        <source>None: no discount rate makes this plan break even.</source>
        <translation>无：没有任何折现率能使该方案收支平衡。</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>%1 years (discounted: %2)</source>
        <translation>%1 年（折现：%2）</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>CRMDesk</source>
        <translation>CRMDesk</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <source>In &amp;progress</source>
        <translation>开始处理(&amp;P)</translation>
    </message>
    <message>
        <source>Start work on the ticket (first response)</source>
        <translation>开始处理工单（首次响应）</translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation>等待客户(&amp;W)</translation>
    </message>
    <message>
        <source>Waiting for the customer: pauses the clock</source>
        <translation>等待客户：暂停计时</translation>
    </message>
    <message>
        <source>&amp;Resolve...</source>
        <translation>解决(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close...</source>
        <translation>关闭(&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Satis&amp;faction...</source>
        <translation>满意度(&amp;F)…</translation>
    </message>
    <message>
        <source>Record the customer&apos;s satisfaction score</source>
        <translation>记录客户满意度评分</translation>
    </message>
    <message>
        <source>&amp;Print work order...</source>
        <translation>打印工单(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview the work order, then print or save it</source>
        <translation>预览工单，然后打印或保存</translation>
    </message>
    <message>
        <source>&amp;Save work order as PDF...</source>
        <translation>将工单另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Work order</source>
        <translation>工单(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move the ticket to the recycle bin (Ctrl+Z undoes)</source>
        <translation>将工单移到回收站（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>恢复(&amp;T)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Close without a resolution?</source>
        <translation>不填写解决方案就关闭？</translation>
    </message>
    <message>
        <source>%1 was never resolved and has no resolution on record.

Close it anyway (for example a duplicate, or a request the customer withdrew)?</source>
        <translation>%1 从未解决，也没有解决记录。

仍要关闭吗（例如重复工单，或客户已撤回的请求）？</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>%1 deleted. Press Ctrl+Z to undo.</source>
        <translation>%1 已删除。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>%1 已恢复。</translation>
    </message>
</context>
<context>
    <name>TicketCategory</name>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
</context>
<context>
    <name>TicketChannel</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat / message</source>
        <translation>微信/短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Walk-in / visit</source>
        <translation>到店/上门</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>TicketDetailPanel</name>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系方式：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Warranty:</source>
        <translation>保修：</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>首次响应：</translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation>解决时限：</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>解决时间：</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resolution&lt;/b&gt;</source>
        <translation>&lt;b&gt;解决方案&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add a comment to the history (Ctrl+Enter)</source>
        <translation>向处理记录添加备注（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation>添加备注(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problem&lt;/b&gt;</source>
        <translation>&lt;b&gt;问题&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;处理记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No ticket selected</source>
        <translation>未选择工单</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>渠道：%1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1（序列号 %2）</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚未分配</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>%1, closed %2</source>
        <translation>%1，%2 关闭</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>in warranty, until %1</source>
        <translation>在保修期内，至 %1</translation>
    </message>
    <message>
        <source>out of warranty since %1</source>
        <translation>已于 %1 过保</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>New service ticket</source>
        <translation>新建售后工单</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>e.g. Printer jams on every page</source>
        <translation>例如：打印机每页都卡纸</translation>
    </message>
    <message>
        <source>Warranty until</source>
        <translation>保修截止</translation>
    </message>
    <message>
        <source>Who handles it</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>What the customer reported, error messages, when it happens</source>
        <translation>客户反映的问题、错误信息、发生时间</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>&amp;Serial no.:</source>
        <translation>序列号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>主题(&amp;B)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>类别(&amp;G)：</translation>
    </message>
    <message>
        <source>Contact &amp;via:</source>
        <translation>联系渠道(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>Warranty:</source>
        <translation>保修：</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>负责人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>In warranty</source>
        <translation>保修期内</translation>
    </message>
    <message>
        <source>Out of warranty</source>
        <translation>已过保</translation>
    </message>
    <message>
        <source>First response due %1, resolution due %2 (business hours).</source>
        <translation>首次响应期限 %1，解决期限 %2（按工作时间计）。</translation>
    </message>
    <message>
        <source>Choose the customer from the suggestions.</source>
        <translation>请从建议列表中选择客户。</translation>
    </message>
    <message>
        <source>Say in a few words what the problem is.</source>
        <translation>请简要描述问题。</translation>
    </message>
</context>
<context>
    <name>TicketModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理时间</translation>
    </message>
</context>
<context>
    <name>TicketPriority</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month and year, in full</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>month and year on chart axes</comment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Customer added</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>已编辑：%1</translation>
    </message>
    <message>
        <source>Moved to the recycle bin</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Restored from the recycle bin</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation>与 %1 合并</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>合并到 %1</translation>
    </message>
    <message>
        <source>Merge with %1 undone</source>
        <translation>已撤销与 %1 的合并</translation>
    </message>
    <message>
        <source>%1 planned: %2</source>
        <translation>已计划%1：%2</translation>
    </message>
    <message>
        <source>%1 done: %2</source>
        <translation>已完成%1：%2</translation>
    </message>
    <message>
        <source>%1 cancelled: %2</source>
        <translation>已取消%1：%2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1（%2 操作）</translation>
    </message>
    <message>
        <source>Service ticket %1 (%2)</source>
        <translation>售后工单 %1（%2）</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>撤销合并</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training is a business cost that plans often forget: staff learning time counts even though no invoice comes. Poor training raises support costs.</source>
        <translation>培训是方案中常被遗漏的业务成本：员工学习时间虽然没有发票，但也是成本。培训不足会推高支持成本。</translation>
    </message>
    <message>
        <source>Staff learning time</source>
        <translation>员工学习时间</translation>
    </message>
    <message>
        <source>Courses and trainers (one-off)</source>
        <translation>课程与讲师（一次性）</translation>
    </message>
    <message>
        <source>Every year after</source>
        <translation>此后每年</translation>
    </message>
    <message>
        <source>Other training lines</source>
        <translation>其他培训项</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>enter a value</source>
        <translation>请输入一个值</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>数值过大</translation>
    </message>
    <message>
        <source>thousands separators must group digits in threes; use a point for decimals</source>
        <translation>千位分隔符必须每三位一组；小数请使用小数点</translation>
    </message>
    <message>
        <source>write a rate as a percentage (10%) or a fraction below 1 (0.10)</source>
        <translation>比率请写成百分数（10%）或小于 1 的小数（0.10）</translation>
    </message>
    <message>
        <source>must be above -100%</source>
        <translation>必须大于 -100%</translation>
    </message>
    <message>
        <source>this is not a CRMDesk evaluation file</source>
        <translation>这不是 CRMDesk 评估文件</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a three-letter currency code such as CNY</source>
        <translation>必须是三个字母的货币代码，例如 CNY</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>必须介于 {low} 和 {high} 之间</translation>
    </message>
    <message>
        <source>must be between 0 and {horizon} (the horizon)</source>
        <translation>必须介于 0 和 {horizon}（规划期）之间</translation>
    </message>
    <message>
        <source>must not be after to_year ({to_year})</source>
        <translation>不能晚于 to_year（{to_year}）</translation>
    </message>
    <message>
        <source>is required for {kind} items</source>
        <translation>{kind}项目必须填写</translation>
    </message>
    <message>
        <source>does not apply to {kind} items</source>
        <translation>不适用于{kind}项目</translation>
    </message>
    <message>
        <source>has more factors than the item has years</source>
        <translation>系数个数多于该项目的年数</translation>
    </message>
    <message>
        <source>is not a sub-item of {category}</source>
        <translation>不是{category}的子项</translation>
    </message>
    <message>
        <source>this is not a CRMDesk plan file</source>
        <translation>这不是 CRMDesk 方案文件</translation>
    </message>
    <message>
        <source>version {version} is not supported (this CRMDesk reads version 1)</source>
        <translation>不支持版本 {version}（当前 CRMDesk 只能读取版本 1）</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>不是可识别的字段</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>fill in either person-days or an amount, not both</source>
        <translation>人天数和金额只能填写其中一项</translation>
    </message>
    <message>
        <source>enter the day rate to price person-days</source>
        <translation>请输入人天单价以计算人天费用</translation>
    </message>
    <message>
        <source>needed together with {other}</source>
        <translation>必须与 {other} 一起填写</translation>
    </message>
    <message>
        <source>choose one of the offered values</source>
        <translation>请从提供的选项中选择</translation>
    </message>
    <message>
        <source>must not be after the horizon ({horizon})</source>
        <translation>不能晚于规划期（{horizon}）</translation>
    </message>
    <message>
        <source>must be at most 100%</source>
        <translation>不能超过 100%</translation>
    </message>
    <message>
        <source>must be a decimal number, as a string such as &quot;0.10&quot; or a number</source>
        <translation>必须是小数，可写成字符串（如 &quot;0.10&quot;）或数字</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>必须是以下之一：{choices}</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} at line {line}, column {column}</source>
        <translation>不是有效的 JSON：第 {line} 行第 {column} 列出现 {error}</translation>
    </message>
    <message>
        <source>the key &quot;{key}&quot; appears twice</source>
        <translation>键 &quot;{key}&quot; 出现了两次</translation>
    </message>
    <message>
        <source>{value} is not allowed in a plan file</source>
        <translation>方案文件中不允许出现 {value}</translation>
    </message>
    <message>
        <source>compare between one and four plans</source>
        <translation>请比较一至四个方案</translation>
    </message>
    <message>
        <source>all plans compared must use the same currency</source>
        <translation>参与比较的方案必须使用相同的货币</translation>
    </message>
    <message>
        <source>must be the position of one of the plans</source>
        <translation>必须是其中一个方案的序号</translation>
    </message>
    <message>
        <source>must be a whole year between 0 and {horizon}</source>
        <translation>必须是 0 到 {horizon} 之间的整年数</translation>
    </message>
    <message>
        <source>must not be after the last year ({to_year})</source>
        <translation>不能晚于最后一年（{to_year}）</translation>
    </message>
    <message>
        <source>“{value}” is not a number (e.g. 1200.50)</source>
        <translation>“{value}”不是数字（例如 1200.50）</translation>
    </message>
    <message>
        <source>“{value}” is not a date: write it as year-month-day (2027-03-05)</source>
        <translation>“{value}”不是日期：请按 年-月-日 格式填写（2027-03-05）</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {choices}</source>
        <translation>“{value}”不在以下选项中：{choices}</translation>
    </message>
    <message>
        <source>a customer needs a name</source>
        <translation>客户必须有姓名</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>姓名超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>必须是以下之一：{choices}</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number: use 5 to 15 digits; spaces, dashes, brackets and a leading + are fine (e.g. +86 138 0013 8000)</source>
        <translation>“{value}”不是电话号码：请填写 5 到 15 位数字，可包含空格、短横线、括号和开头的 +（例如 +86 138 0013 8000）</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address: it needs a name, @ and a domain (e.g. name@example.com)</source>
        <translation>“{value}”不是电子邮件地址：需要包含用户名、@ 和域名（例如 name@example.com）</translation>
    </message>
    <message>
        <source>the tag “{value}” is longer than {limit}</source>
        <translation>标签“{value}”超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>“{value}” is not a stage (lead, prospect, customer, inactive)</source>
        <translation>“{value}”不是有效的阶段（lead、prospect、customer、inactive）</translation>
    </message>
    <message>
        <source>“{value}” is not a date: write it as year-month-day (1980-03-05)</source>
        <translation>“{value}”不是日期：请按 年-月-日 格式填写（1980-03-05）</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters: cut, whole in the notes</source>
        <translation>名称超过 {limit} 个字符：已截短，完整名称保留在备注中</translation>
    </message>
    <message>
        <source>the tag “{value}” is longer than {limit}: kept in the notes</source>
        <translation>标签“{value}”超过 {limit} 个字符：已保留在备注中</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number: kept in the notes</source>
        <translation>“{value}”不是电话号码：已保留在备注中</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address: kept in the notes</source>
        <translation>“{value}”不是电子邮件地址：已保留在备注中</translation>
    </message>
    <message>
        <source>must not be more than {high}</source>
        <translation>不能大于 {high}</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date; write it as 2026-03-05 or 2026年3月5日</source>
        <translation>“{value}”不是日期，请写成 2026-03-05 或 2026年3月5日</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a cost category (for example licence, training, 培训)</source>
        <translation>“{value}”不是成本类别（例如 licence、training、培训）</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>must be more than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>is nested more than {depth} levels deep; a plan file never is</source>
        <translation>嵌套超过 {depth} 层；方案文件不会有这么深的嵌套</translation>
    </message>
    <message>
        <source>the number {value} is too long or too large for a plan file</source>
        <translation>数字 {value} 过长或过大，不是方案文件中的有效数字</translation>
    </message>
    <message>
        <source>holds a broken character (a lone UTF-16 surrogate, \u{code})</source>
        <translation>含有损坏的字符（孤立的 UTF-16 代理项 \u{code}）</translation>
    </message>
    <message>
        <source>the weights add up to {total}%; they must add up to exactly 100%</source>
        <translation>权重合计为 {total}%，必须恰好为 100%</translation>
    </message>
    <message>
        <source>must be between 0 and 100 (percent)</source>
        <translation>必须在 0 到 100（百分比）之间</translation>
    </message>
    <message>
        <source>must be a whole score from 1 to 5</source>
        <translation>必须是 1 到 5 的整数分</translation>
    </message>
    <message>
        <source>needs at least one criterion</source>
        <translation>至少需要一个评估项</translation>
    </message>
    <message>
        <source>needs at least one candidate</source>
        <translation>至少需要一个候选方案</translation>
    </message>
    <message>
        <source>{value} appears twice</source>
        <translation>{value} 出现了两次</translation>
    </message>
    <message>
        <source>{value} is not one of the candidates</source>
        <translation>{value} 不是候选方案之一</translation>
    </message>
    <message>
        <source>{value} is not one of the criteria</source>
        <translation>{value} 不是评估项之一</translation>
    </message>
    <message>
        <source>{value} is scored from the plan&apos;s figures and cannot be typed</source>
        <translation>{value} 由方案的财务数据评分，不能手动输入</translation>
    </message>
    <message>
        <source>cost-benefit criteria are scored from a figure: npv, payback, tco or bcr</source>
        <translation>成本效益类评估项按财务指标评分：npv、payback、tco 或 bcr</translation>
    </message>
    <message>
        <source>only cost-benefit criteria take a metric</source>
        <translation>只有成本效益类评估项才能指定财务指标</translation>
    </message>
</context>
<context>
    <name>Variance</name>
    <message>
        <source>{category} is over budget {when}: {actual} spent against {budget} ({ratio} over).</source>
        <translation>{category}{when}超出预算：实际支出 {actual}，预算 {budget}（超出 {ratio}）。</translation>
    </message>
    <message>
        <source>{category}: {actual} spent {when}, where the plan has no budget.</source>
        <translation>{category}：{when}支出 {actual}，而计划中没有这笔预算。</translation>
    </message>
    <message>
        <source>The contingency reserve of {reserve} is used up: spending at the start (year 0) is {overspend} over its budget.</source>
        <translation>应急储备金 {reserve} 已用完：开始时（第 0 年）的支出超出预算 {overspend}。</translation>
    </message>
    <message>
        <source>Spending at the start (year 0) is {overspend} over its budget and the plan has no contingency reserve.</source>
        <translation>开始时（第 0 年）的支出超出预算 {overspend}，而计划没有应急储备金。</translation>
    </message>
    <message>
        <source>at the start (year 0)</source>
        <translation>开始时（第 0 年）</translation>
    </message>
    <message>
        <source>in year {year}</source>
        <translation>第 {year} 年</translation>
    </message>
    <message>
        <source>in {calendar} (year {year})</source>
        <translation>{calendar} 年（第 {year} 年）</translation>
    </message>
    <message>
        <source>{actual} was spent after the plan&apos;s horizon and is not compared to a budget.</source>
        <translation>{actual} 的支出发生在方案规划期之后，不与预算比较。</translation>
    </message>
    <message>
        <source>Spending to date is {variance} ({ratio}) over the planned cost lines of {budget}.</source>
        <translation>截至目前的支出比计划成本项 {budget} 超出 {variance}（{ratio}）。</translation>
    </message>
    <message>
        <source>Spending to date is {variance} ({ratio}) under the planned cost lines of {budget}.</source>
        <translation>截至目前的支出比计划成本项 {budget} 少 {variance}（{ratio}）。</translation>
    </message>
    <message>
        <source>Spending to date matches the planned cost lines of {budget}.</source>
        <translation>截至目前的支出与计划成本项 {budget} 持平。</translation>
    </message>
    <message>
        <source>No cost lines are budgeted to date; {spent} has been spent.</source>
        <translation>截至目前没有成本项预算；已支出 {spent}。</translation>
    </message>
    <message>
        <source>The contingency reserve of {reserve} is untouched.</source>
        <translation>应急储备金 {reserve} 尚未动用。</translation>
    </message>
    <message>
        <source>The contingency reserve of {reserve} covers the overrun: {used} of it is used ({share}), {left} is left.</source>
        <translation>超支由应急储备金 {reserve} 承担：已动用 {used}（{share}），剩余 {left}。</translation>
    </message>
    <message>
        <source>The contingency reserve of {reserve} is used up and {beyond} of the overrun is not covered.</source>
        <translation>应急储备金 {reserve} 已用完，超支中还有 {beyond} 未被覆盖。</translation>
    </message>
    <message>
        <source>The plan has no contingency reserve.</source>
        <translation>该方案没有应急储备金。</translation>
    </message>
</context>
<context>
    <name>VarianceModel</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>差异率</translation>
    </message>
</context>
<context>
    <name>VariancePage</name>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Plan year:</source>
        <translation>方案年份：</translation>
    </message>
    <message>
        <source>Choose a plan to compare its budget with the spending.</source>
        <translation>选择一个方案，将其预算与实际支出进行比较。</translation>
    </message>
    <message>
        <source>Went live on %1</source>
        <translation>已于 %1 上线</translation>
    </message>
    <message>
        <source>Expected to go live on %1 (mark the real date on the Realised return page)</source>
        <translation>预计于 %1 上线（请在“实际回报”页标记实际日期）</translation>
    </message>
    <message>
        <source>Up to today</source>
        <translation>截至今天</translation>
    </message>
    <message>
        <source>Year 0: before go-live</source>
        <translation>第 0 年：上线前</translation>
    </message>
    <message>
        <source>Year %1 (from %2)</source>
        <translation>第 %1 年（自 %2 起）</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>整个方案</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>没有警告。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to CRMDesk</source>
        <translation>欢迎使用 CRMDesk</translation>
    </message>
    <message>
        <source>Set up your business in a minute: what you type here is printed on your reports. You can change it any time in Settings.</source>
        <translation>一分钟设置好您的企业：这里填写的内容会打印在报告上，之后随时可以在“设置”中修改。</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;下一步&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Import customers...</source>
        <translation>导入客户…</translation>
    </message>
    <message>
        <source>From Excel, CSV or a phone&apos;s contacts (vCard): the wizard maps the columns</source>
        <translation>从 Excel、CSV 或手机通讯录（vCard）导入：向导会自动对应各列</translation>
    </message>
    <message>
        <source>Try sample data</source>
        <translation>试用示例数据</translation>
    </message>
    <message>
        <source>200 made-up customers with follow-ups, tickets and a budget plan</source>
        <translation>200 个虚构客户，附带跟进、工单和一份预算计划</translation>
    </message>
    <message>
        <source>Remove sample data</source>
        <translation>删除示例数据</translation>
    </message>
    <message>
        <source>Deletes only the sample records; your own customers stay</source>
        <translation>只删除示例记录，您自己的客户会保留</translation>
    </message>
    <message>
        <source>Start a budget plan...</source>
        <translation>开始做预算计划…</translation>
    </message>
    <message>
        <source>Work out what a CRM will cost and return, and print it for the bank</source>
        <translation>算出 CRM 的成本和回报，并打印给银行看</translation>
    </message>
    <message>
        <source>Done: show the dashboard</source>
        <translation>完成：进入首页</translation>
    </message>
    <message>
        <source>Adding sample data</source>
        <translation>正在添加示例数据</translation>
    </message>
    <message>
        <source>Added %1 sample customers with follow-ups, tickets and a budget plan. Remove sample data deletes them again and keeps your own records.</source>
        <translation>已添加 %1 个示例客户，附带跟进、工单和一份预算计划。“删除示例数据”会再次删除它们，并保留您自己的记录。</translation>
    </message>
    <message>
        <source>Could not add the sample data: %1</source>
        <translation>无法添加示例数据：%1</translation>
    </message>
    <message>
        <source>Removed %1 sample customers and %2 sample plans.</source>
        <translation>已删除 %1 个示例客户和 %2 份示例计划。</translation>
    </message>
</context>
<context>
    <name>WizardActions</name>
    <message>
        <source>Budget planner</source>
        <translation>预算规划</translation>
    </message>
    <message>
        <source>Some fields still need attention; they are listed on the summary page.</source>
        <translation>仍有字段需要处理，详见汇总页。</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>方案另存为</translation>
    </message>
    <message>
        <source>Budget plans (*.json)</source>
        <translation>预算方案 (*.json)</translation>
    </message>
</context>
<context>
    <name>WorkOrder</name>
    <message>
        <source>Save work order as PDF</source>
        <translation>将工单另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Work order saved to %1</source>
        <translation>工单已保存到 %1</translation>
    </message>
    <message>
        <source>Saving the work order</source>
        <translation>正在保存工单</translation>
    </message>
</context>
</TS>
