<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="161"/>
        <source>授权进入涉密区域</source>
        <translation>Authorise Access to Secret Area</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="168"/>
        <source>长期有效（至撤销）</source>
        <translation>Valid until revoked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="176"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="177"/>
        <source>起始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="178"/>
        <source>截止日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="181"/>
        <source>请选择人员</source>
        <translation>Please select a person</translation>
    </message>
</context>
<context>
    <name>AccessTab</name>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="131"/>
        <source>含已到期、已撤销的授权</source>
        <translation>Include expired and revoked grants</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="133"/>
        <source>撤销所选授权</source>
        <translation>Revoke selected grant</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="136"/>
        <source>可知悉的商业秘密</source>
        <translation>Trade secrets they may know</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="147"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="148"/>
        <source>秘密主题</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="149"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="150"/>
        <source>知悉程度</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="151"/>
        <source>生效</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="152"/>
        <source>有效至</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="153"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="184"/>
        <source>可进入的涉密区域：{areas}</source>
        <translation>Secret areas they may enter: {areas}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="188"/>
        <source>可进入的涉密区域：无</source>
        <translation>Secret areas they may enter: none</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="199"/>
        <source>撤销为止</source>
        <translation>Until revoked</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="382"/>
        <source>新增整改措施</source>
        <translation>Add corrective action</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="390"/>
        <source>选择人员，或直接填写姓名</source>
        <translation>Choose a person, or type a name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="392"/>
        <source>整改措施</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="393"/>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="394"/>
        <source>整改期限</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>AddEvidenceDialog</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="100"/>
        <source>登记证据</source>
        <translation>Register evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="110"/>
        <source>从何处取得：网址、设备、当事人…</source>
        <translation>Where it came from: URL, device, person…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="122"/>
        <source>证据类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="123"/>
        <source>证据名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="124"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="125"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="126"/>
        <source>取证方式</source>
        <translation>Collection method</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="127"/>
        <source>收集人</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="128"/>
        <source>收集时间</source>
        <translation>Collected at</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="129"/>
        <source>原件保管人</source>
        <translation>Keeper of the original</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="130"/>
        <source>原件存放位置</source>
        <translation>Original kept at</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="131"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="132"/>
        <source>文件的 SHA-256 在收取时计算并记录，之后可随时核对文件是否被改动。</source>
        <translation>The file&apos;s SHA-256 is computed and recorded at intake, so you can check at any time whether the file was changed.</translation>
    </message>
</context>
<context>
    <name>AddOperatorDialog</name>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="68"/>
        <source>新增操作员</source>
        <translation>Add operator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="70"/>
        <source>登录用，2–32 个字母、数字、汉字或 . _ -</source>
        <translation>For login: 2–32 letters, digits, Chinese characters or . _ -</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="75"/>
        <source>至少 {n} 个字符</source>
        <translation>At least {n} characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="78"/>
        <source>操作员名</source>
        <translation>Operator name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="79"/>
        <source>显示名</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="80"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="81"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="82"/>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
</context>
<context>
    <name>AddStepDialog</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="270"/>
        <source>增加处置步骤</source>
        <translation>Add a response step</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="275"/>
        <source>必办（未完成不能结案）</source>
        <translation>Mandatory (the case cannot close while it is open)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="278"/>
        <source>如 保密负责人、法务、信息技术部门</source>
        <translation>e.g. secrecy lead, legal, IT department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="279"/>
        <source>设期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="283"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="284"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="286"/>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="221"/>
        <source>第一位管理员</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="222"/>
        <source>管理员可以添加其他操作员并分配角色。请记住密码：它不能被找回。</source>
        <translation>The administrator can add other operators and assign their roles. Remember the password: it cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="224"/>
        <source>创建数据库(&amp;C)</source>
        <translation>&amp;Create database</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="229"/>
        <source>例如：张伟（可不填）</source>
        <translation>e.g. Zhang Wei (optional)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="239"/>
        <source>正在创建加密数据库…</source>
        <translation>Creating the encrypted database…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="244"/>
        <source>操作员名(&amp;A)：</source>
        <translation>Operator n&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="245"/>
        <source>登录时使用，2–32 个字母、数字、汉字或 . _ -</source>
        <translation>Used to log in: 2–32 letters, digits, Chinese characters or . _ -</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="246"/>
        <source>姓名(&amp;D)：</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="247"/>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="248"/>
        <source>再次输入密码(&amp;R)：</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="265"/>
        <source>密码至少 {n} 个字符</source>
        <translation>The password must have at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="267"/>
        <location filename="../../tsdesk/ui/wizard.py" line="296"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="269"/>
        <source>请再次输入密码</source>
        <translation>Please enter the password again</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="271"/>
        <source>✓ 密码可用</source>
        <translation>✓ Password accepted</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="101"/>
        <source>新建协议</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="101"/>
        <source>编辑协议</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="125"/>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="131"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="127"/>
        <source>（已离职）</source>
        <translation> (left)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="136"/>
        <source>默认为协议种类名称</source>
        <translation>Defaults to the kind&apos;s name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="137"/>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="139"/>
        <source>指定</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="138"/>
        <source>不指定时，自签署之日起生效</source>
        <translation>Unset: effective from the day of signing</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="140"/>
        <source>不指定为长期有效</source>
        <translation>Unset: no end date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="142"/>
        <source>元，如 200000（约定固定金额便于主张）</source>
        <translation>yuan, e.g. 200000 (a fixed amount is easier to claim)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="144"/>
        <source>商业秘密编号，逗号分隔</source>
        <translation>Trade secret numbers, comma-separated</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="145"/>
        <source>按知悉授权填入</source>
        <translation>From grants</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="146"/>
        <source>填入所选员工当前可知悉的商业秘密</source>
        <translation>Fill in the secrets the selected employee may currently know</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="152"/>
        <source>交接的载体编号，逗号分隔</source>
        <translation>Numbers of the carriers handed over, comma-separated</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="154"/>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="155"/>
        <source>员工</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="156"/>
        <source>相对方</source>
        <translation>Outside party</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="157"/>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="158"/>
        <source>生效日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="159"/>
        <source>终止日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="160"/>
        <source>违约金</source>
        <translation>Liquidated damages</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="161"/>
        <source>所涉商业秘密</source>
        <translation>Secrets covered</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="162"/>
        <source>交接载体</source>
        <translation>Carriers handed over</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="163"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="168"/>
        <source>已离职，自</source>
        <translation>Left, from</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="172"/>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="174"/>
        <source>元/月</source>
        <translation>yuan/month</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="176"/>
        <source>离职前十二个月平均工资，元/月</source>
        <translation>Average wage of the last 12 months, yuan/month</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="187"/>
        <source>竞业起算</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="188"/>
        <source>竞业期限</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="189"/>
        <source>每月补偿</source>
        <translation>Monthly compensation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="190"/>
        <source>平均工资</source>
        <translation>Average wage</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="191"/>
        <source>限制地域</source>
        <translation>Restricted area</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="192"/>
        <source>限制业务</source>
        <translation>Restricted business</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="193"/>
        <source>竞争单位</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="216"/>
        <source>最长 24 个月（劳动合同法第二十四条）；终止日期按起算日和期限计算。</source>
        <translation>At most 24 months (Labour Contract Law, art. 24); the end date follows from the start and the term.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="225"/>
        <source>补偿下限参考：平均工资的 30% 即 {floor} 元/月，且不低于当地最低工资。</source>
        <translation>Reference floor: 30 % of the average wage, i.e. {floor} yuan/month, and not below the local minimum wage.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="229"/>
        <source>⚠ 当前月补偿低于该参考下限（可保存，建议提高）。</source>
        <translation>⚠ The monthly compensation is below this reference floor (it may be saved; raising it is advised).</translation>
    </message>
</context>
<context>
    <name>AgreementStatusDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="291"/>
        <source>签署协议</source>
        <translation>Sign agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="292"/>
        <source>协议终止</source>
        <translation>End agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="293"/>
        <source>解除协议</source>
        <translation>Terminate agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="294"/>
        <source>登记违约</source>
        <translation>Record a breach</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="296"/>
        <source>协议状态</source>
        <translation>Agreement status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="302"/>
        <source>{number}（{who}）已由双方签字。生效日期已到的，签署后即生效；请随后附上签字扫描件。</source>
        <translation>{number} ({who}) has been signed by both sides. If its effective date has come it is in force at once; please attach the signed scan afterwards.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="308"/>
        <source>{number}（{who}）自该日起不再约束对方。</source>
        <translation>{number} ({who}) no longer binds the other side from this day.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="314"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="317"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>AgreementTemplatesDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="697"/>
        <source>协议模板</source>
        <translation>Agreement templates</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="708"/>
        <source>双击插入字段</source>
        <translation>Double-click to insert a field</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="715"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="717"/>
        <source>恢复默认…</source>
        <translation>Reset to default…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="719"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="722"/>
        <source>协议种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="750"/>
        <source>本单位模板</source>
        <translation>Your own template</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="750"/>
        <source>TSDesk 默认文本</source>
        <translation>TSDesk default text</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="775"/>
        <source>恢复默认</source>
        <translation>Reset to default</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="776"/>
        <source>以 TSDesk 默认文本替换本单位的“{kind}”模板？</source>
        <translation>Replace your &quot;{kind}&quot; template with the TSDesk default text?</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="69"/>
        <location filename="../../tsdesk/ui/people/agreements.py" line="229"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="70"/>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="71"/>
        <source>对方</source>
        <translation>Other side</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="72"/>
        <location filename="../../tsdesk/ui/people/agreements.py" line="141"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="73"/>
        <source>签署</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="74"/>
        <source>终止日期</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="118"/>
        <source>检索编号、姓名、工号、相对方</source>
        <translation>Search number, name, staff no., outside party</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="122"/>
        <source>全部种类</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="126"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="128"/>
        <source>30 天内到期</source>
        <translation>Ending within 30 days</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="129"/>
        <source>未签署</source>
        <translation>Unsigned</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="130"/>
        <source>补偿 1 个月未付</source>
        <translation>Compensation unpaid 1 month</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="131"/>
        <source>补偿 2 个月未付</source>
        <translation>Compensation unpaid 2 months</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="132"/>
        <source>补偿 3 个月以上未付</source>
        <translation>Compensation unpaid 3+ months</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="135"/>
        <source>新建…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="136"/>
        <source>新建协议（Ctrl+N）</source>
        <translation>New agreement (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="138"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="143"/>
        <source>签署…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="145"/>
        <source>生效</source>
        <translation>Put in force</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="147"/>
        <source>终止…</source>
        <translation>End…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="149"/>
        <source>解除…</source>
        <translation>Terminate…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="153"/>
        <source>登记违约…</source>
        <translation>Record a breach…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="165"/>
        <source>打印协议…</source>
        <translation>Print agreement…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="170"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="171"/>
        <source>打印协议文本（Ctrl+P）</source>
        <translation>Print the agreement text (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="173"/>
        <source>竞业限制补偿…</source>
        <translation>Non-compete compensation…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="175"/>
        <source>相对方…</source>
        <translation>Outside parties…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="177"/>
        <source>模板…</source>
        <translation>Templates…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="229"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="229"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="246"/>
        <source>所涉商业秘密</source>
        <translation>Secrets covered</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="250"/>
        <source>签署文本扫描件</source>
        <translation>Signed copy (scan)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="270"/>
        <source>协议</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="329"/>
        <source>共 {n} 份协议</source>
        <translation>{n} agreements</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="334"/>
        <source> 等 {n} 人</source>
        <translation> and others ({n} people)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="337"/>
        <source>⚠ 以下在职人员可知悉商业秘密，但没有生效中的员工保密协议：{names}{more}。请为其签订保密协议。</source>
        <translation>⚠ These employees may know trade secrets but have no employee NDA in force: {names}{more}. Please have them sign one.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="361"/>
        <source>（未选择协议）</source>
        <translation>(no agreement selected)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="382"/>
        <source>对方：{who}</source>
        <translation>Other side: {who}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="383"/>
        <source>状态：{status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="384"/>
        <source>签署：{signed}&#x3000;生效：{effective}&#x3000;终止：{end}</source>
        <translation>Signed: {signed}  Effective: {effective}  Ends: {end}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="387"/>
        <source>长期</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="392"/>
        <source>违约金：{amount} 元</source>
        <translation>Liquidated damages: {amount} yuan</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="396"/>
        <source>竞业限制：{months} 个月，每月补偿 {monthly} 元；{scope}</source>
        <translation>Non-compete: {months} months, {monthly} yuan a month; {scope}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="404"/>
        <source>结束：{day} {reason}</source>
        <translation>Ended: {day} {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="407"/>
        <source>备注：{note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="411"/>
        <source>已过终止日期，不再约束对方：请续签或标记终止。</source>
        <translation>Past its end date, it no longer binds the other side: renew it or mark it ended.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="413"/>
        <source>尚未签署：打印后由双方签字，再点“状态 → 签署”。</source>
        <translation>Not signed yet: print it, have both sides sign, then choose Status → Sign.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="417"/>
        <source>所涉商业秘密 {numbers} 已解密，不再受本协议保护。</source>
        <translation>Covered secret(s) {numbers} have been declassified and are no longer protected by this agreement.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="422"/>
        <source>竞业限制补偿 {n} 个月逾期未付。</source>
        <translation>Non-compete compensation unpaid for {n} month(s).</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="430"/>
        <source>（已解密）</source>
        <translation> (declassified)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="439"/>
        <source>交接载体：{items}</source>
        <translation>Carriers handed over: {items}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="440"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreements.py" line="497"/>
        <source>协议 {number}</source>
        <translation>Agreement {number}</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="161"/>
        <source>填写自评项</source>
        <translation>Answer an assessment item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="168"/>
        <source>达到</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="169"/>
        <source>未达到</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="173"/>
        <source>数值或简述，如：办公面积 30 平方米</source>
        <translation>A figure or a short text, e.g. office of 30 m²</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="175"/>
        <source>证明材料所在，如：年度预算批复文件</source>
        <translation>Where the evidence is, e.g. the approved annual budget</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="176"/>
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="177"/>
        <source>情况</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="178"/>
        <source>证明材料</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>ApplicationTab</name>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="51"/>
        <source>申报年度 </source>
        <translation>Year </translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="53"/>
        <source>计划在该年度申报</source>
        <translation>Apply in this year</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="55"/>
        <source>勾选后，工作台显示距 9 月 30 日申报截止的天数和自评未达标的条件</source>
        <translation>When ticked, the dashboard shows the days left to the 30 September deadline and the conditions the self-assessment finds unmet</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="60"/>
        <source>按数据重新起草</source>
        <translation>Re-draft from the records</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="62"/>
        <source>用截至今天的数据重新起草“工作开展情况”，替换框中文字</source>
        <translation>Draft the work summary again from today&apos;s records, replacing the text in the box</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="65"/>
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="68"/>
        <source>预览并打印…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="71"/>
        <source>同时保存到企业信息</source>
        <translation>Also save to the company profile</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="73"/>
        <source>不勾选时，修改只保存在本年度的申报表草稿中，企业信息不变</source>
        <translation>Unticked, changes are kept only in this year&apos;s draft of the form; the company profile stays as it is</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="94"/>
        <location filename="../../tsdesk/ui/compliance/application.py" line="119"/>
        <source>商业秘密保护工作开展情况</source>
        <translation>Trade-secret protection work carried out</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="105"/>
        <source>数据项</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="105"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="105"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="114"/>
        <source>起草所用数据</source>
        <translation>Figures the draft uses</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="172"/>
        <source>未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="173"/>
        <source>申报表有未保存的修改，放弃这些修改吗？</source>
        <translation>The form has unsaved changes. Discard them?</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="255"/>
        <source>{n} 字，表内约可容纳 {room} 字</source>
        <translation>{n} characters; the box holds about {room}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="257"/>
        <source>；超出的 {rest} 字将续印在附页</source>
        <translation>; the {rest} characters beyond it continue on an attached page</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="266"/>
        <source>有未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="268"/>
        <source>已保存草稿</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="270"/>
        <source>（已打印）</source>
        <translation> (printed)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/application.py" line="272"/>
        <source>按企业信息和数据预填，尚未保存</source>
        <translation>Prefilled from the profile and the records; not saved yet</translation>
    </message>
</context>
<context>
    <name>AreaDialog</name>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="67"/>
        <source>修改涉密区域</source>
        <translation>Edit Secret Area</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="67"/>
        <source>新增涉密区域</source>
        <translation>New Secret Area</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="83"/>
        <source>楼栋、楼层、房间号</source>
        <translation>Building, floor, room number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="85"/>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="89"/>
        <source>（未指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="91"/>
        <source>区域名称</source>
        <translation>Area name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="92"/>
        <source>区域类别</source>
        <translation>Area type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="93"/>
        <source>保密等级</source>
        <translation>Confidentiality grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="94"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="95"/>
        <source>主责部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="96"/>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="98"/>
        <source>保护措施</source>
        <translation>Protective measures</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="110"/>
        <source>落实情况或计划</source>
        <translation>Implemented or planned</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="119"/>
        <source>编号 {number}</source>
        <translation>No. {number}</translation>
    </message>
</context>
<context>
    <name>AreaSignDialog</name>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="111"/>
        <source>涉密区域标识牌</source>
        <translation>Secret Area Sign</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="119"/>
        <source>涉密区域</source>
        <translation>Secret area</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="120"/>
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="124"/>
        <source>请先登记涉密区域</source>
        <translation>Please register a secret area first</translation>
    </message>
</context>
<context>
    <name>AreasTab</name>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="199"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="200"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="201"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="202"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="203"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="204"/>
        <source>主责部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="205"/>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="206"/>
        <source>保护措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="207"/>
        <source>准入人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="208"/>
        <source>载体</source>
        <translation>Carriers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="209"/>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="258"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="209"/>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="209"/>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="222"/>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="371"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="218"/>
        <source>新增区域…</source>
        <translation>New Area…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="220"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="224"/>
        <source>打印登记表…</source>
        <translation>Print Register Form…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="225"/>
        <source>区域信息、保护措施落实情况和当日准入人员名单</source>
        <translation>Area details, implementation of protective measures and today&apos;s list of authorised persons</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="227"/>
        <source>打印区域标识牌…</source>
        <translation>Print Area Sign…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="230"/>
        <source>张贴于出入口的保密警示标识（依据《海淀区互联网企业商业秘密保护指引》第9.2.2条）</source>
        <translation>Confidentiality warning sign for the entrance (under the Haidian district guide for internet enterprises on trade-secret protection, art. 9.2.2)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="245"/>
        <source>超过 6 个月未盘点</source>
        <translation>Not stock-taken for 6 months</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="246"/>
        <source>存放载体的在用区域，6 个月内没有完成的盘点</source>
        <translation>Areas in use that hold carriers and have no finished stock-take in the last 6 months</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="253"/>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="254"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="255"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="256"/>
        <source>起始</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="257"/>
        <source>截止</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="257"/>
        <source>长期</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="259"/>
        <source>授权人</source>
        <translation>Authorised by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="267"/>
        <source>含已过期、已撤销</source>
        <translation>Include expired and revoked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="269"/>
        <source>授权进入…</source>
        <translation>Authorise Access…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="271"/>
        <source>撤销授权</source>
        <translation>Revoke Authorisation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="284"/>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="356"/>
        <source>准入人员</source>
        <translation>Authorised persons</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="304"/>
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="306"/>
        <source>未生效</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="308"/>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="309"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="361"/>
        <source>准入人员：{name}</source>
        <translation>Authorised persons: {name}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="371"/>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="425"/>
        <source>涉密区域登记表 {number}</source>
        <translation>Secret Area Register Form {number}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/areas_tab.py" line="440"/>
        <source>区域标识牌 {number}</source>
        <translation>Area Sign {number}</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="75"/>
        <source>打印自评报告…</source>
        <translation>Print assessment report…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="76"/>
        <source>预览、打印或保存自评报告（含证据索引）</source>
        <translation>Preview, print or save the self-assessment report (with its evidence index)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="78"/>
        <source>登记不侵权声明…</source>
        <translation>Record no-infringement declaration…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="80"/>
        <source>填写…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="81"/>
        <source>填写所选的手工自评项</source>
        <translation>Answer the selected hand-entered item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="84"/>
        <source>申报类别</source>
        <translation>Application type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="94"/>
        <source>条件</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="95"/>
        <source>自评项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="96"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="97"/>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="111"/>
        <source>去处理</source>
        <translation>Go and fix</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="112"/>
        <source>打开可以补齐这一项的页面</source>
        <translation>Open the page that closes this gap</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="123"/>
        <source>双击或回车打开补齐差距的页面</source>
        <translation>Double-click or press Enter to open the page that closes the gap</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="147"/>
        <source>参考</source>
        <translation>For information</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="148"/>
        <source>✓ 达到</source>
        <translation>✓ Met</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="148"/>
        <source>✗ 未达到</source>
        <translation>✗ Not met</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="159"/>
        <source>{met} / {total} 项达到（{percent}%）</source>
        <translation>{met} / {total} items met ({percent}%)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="168"/>
        <source>差距 {n} 项（双击打开补齐的页面）</source>
        <translation>{n} gaps (double-click to open the page that closes them)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="170"/>
        <source>没有差距：各项均已达到</source>
        <translation>No gaps: every item is met</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="215"/>
        <source>要求：{rule}</source>
        <translation>Requirement: {rule}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="216"/>
        <source>判定：{how}</source>
        <translation>Evaluated by: {how}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="217"/>
        <source>结果：{result}</source>
        <translation>Result: {result}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/assessment.py" line="264"/>
        <source>基地申报自评报告</source>
        <translation>Base application self-assessment report</translation>
    </message>
</context>
<context>
    <name>AttachmentPreviewDialog</name>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="447"/>
        <source>适合窗口</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="448"/>
        <source>原始大小</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="449"/>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="450"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="475"/>
        <source>无法显示此图片</source>
        <translation>This image cannot be displayed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="478"/>
        <source>原图 {width} × {height} 像素，已缩小显示</source>
        <translation>Original {width} × {height} pixels, shown reduced</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="70"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="71"/>
        <location filename="../../tsdesk/ui/attachments.py" line="72"/>
        <location filename="../../tsdesk/ui/attachments.py" line="73"/>
        <location filename="../../tsdesk/ui/attachments.py" line="74"/>
        <location filename="../../tsdesk/ui/attachments.py" line="75"/>
        <source>图片</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="76"/>
        <location filename="../../tsdesk/ui/attachments.py" line="79"/>
        <source>Office 文档</source>
        <translation>Office document</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="80"/>
        <source>文本</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="130"/>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="131"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="132"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="133"/>
        <source>添加人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="134"/>
        <source>添加时间</source>
        <translation>Added at</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="135"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="136"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="136"/>
        <source>已替换</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="153"/>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="154"/>
        <location filename="../../tsdesk/ui/attachments.py" line="379"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="155"/>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="156"/>
        <source>替换…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="161"/>
        <source>可将文件拖放到此处添加</source>
        <translation>Drop files here to add them</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="233"/>
        <source>添加附件</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="235"/>
        <source>附件 ({patterns});;所有文件 (*)</source>
        <translation>Attachments ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="270"/>
        <source>不是文件</source>
        <translation>not a file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="289"/>
        <source>无法添加</source>
        <translation>Cannot add</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="290"/>
        <source>无法读取“{name}”：{reason}</source>
        <translation>Cannot read “{name}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="331"/>
        <source>替换附件“{name}”</source>
        <translation>Replace attachment “{name}”</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="380"/>
        <source>“{name}”无法在程序内预览。可另存为后用其他程序打开。</source>
        <translation>“{name}” cannot be previewed in TSDesk. Save a copy to open it with another program.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="404"/>
        <location filename="../../tsdesk/ui/attachments.py" line="416"/>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="406"/>
        <source>另存的文件不再受数据库加密保护，任何能打开该文件的人都能看到其内容。本次另存将记入审计日志。

请妥善保管，用后及时删除。确定要另存吗？</source>
        <translation>The saved file is no longer protected by the database encryption: anyone who can open it can see its content. This copy will be recorded in the audit log.

Keep it safe and delete it when done. Save a copy?</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="431"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/attachments.py" line="432"/>
        <source>无法写入文件：{reason}</source>
        <translation>Cannot write the file: {reason}</translation>
    </message>
</context>
<context>
    <name>AuditDetailDialog</name>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="184"/>
        <source>审计事件 第 {seq} 号</source>
        <translation>Audit Event No. {seq}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="190"/>
        <source>序号</source>
        <translation>Seq.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="191"/>
        <source>时间（本地）</source>
        <translation>Time (local)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="192"/>
        <source>时间（UTC）</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="193"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="194"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="195"/>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="196"/>
        <location filename="../../tsdesk/ui/admin/audit.py" line="202"/>
        <source>前一哈希</source>
        <translation>Previous hash</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="197"/>
        <location filename="../../tsdesk/ui/admin/audit.py" line="202"/>
        <source>本事件哈希</source>
        <translation>Event hash</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="209"/>
        <source>变更前</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="209"/>
        <source>变更后</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="253"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="262"/>
        <source>清除筛选</source>
        <translation>Clear Filters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="266"/>
        <source>搜索编号、人员或内容…</source>
        <translation>Search number, person or text...</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="279"/>
        <source>扫描或粘贴打印件页脚的审计链头…</source>
        <translation>Scan or paste the chain head from a printed footer…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="282"/>
        <source>核对链头(&amp;K)</source>
        <translation>Chec&amp;k head</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="296"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="297"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="298"/>
        <source>对象类型</source>
        <translation>Object type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="305"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="326"/>
        <source>选择一条记录以查看原始内容</source>
        <translation>Select an event to see the record as stored</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="328"/>
        <location filename="../../tsdesk/ui/admin/audit.py" line="492"/>
        <source>显示原始记录</source>
        <translation>Show raw record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="340"/>
        <source>校验审计链</source>
        <translation>Verify Audit Chain</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="342"/>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="361"/>
        <source>当前操作员无权查看审计日志。请以管理员、保密员或审计员身份登录。</source>
        <translation>The current operator may not view the audit log. Please log in as an administrator, secrecy officer or auditor.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="378"/>
        <source>审计</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="435"/>
        <location filename="../../tsdesk/ui/admin/audit.py" line="436"/>
        <location filename="../../tsdesk/ui/admin/audit.py" line="439"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="452"/>
        <source>{group}（全部）</source>
        <translation>{group} (all)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="484"/>
        <source>超过 {n} 条</source>
        <translation>More than {n}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="486"/>
        <source>共 {n} 条</source>
        <translation>{n} in total</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="492"/>
        <source>隐藏原始记录</source>
        <translation>Hide raw record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="527"/>
        <source>扫描框</source>
        <translation>scan box</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="536"/>
        <source>✔ 审计链仍包含第 {seq} 号事件 {hash}：打印之后没有被截短或改写</source>
        <translation>✔ The audit chain still contains event {seq} {hash}: not cut short or rewritten since it was printed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="550"/>
        <source>正在校验审计链…</source>
        <translation>Verifying the audit chain…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="571"/>
        <source>✔ 审计链完整，共 {n} 条事件；数据与记录一致；锚点 {a} 个相符</source>
        <translation>✔ Audit chain intact, {n} events; data matches the record; {a} anchors hold</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="579"/>
        <source>✘ 审计链本身完整，但发现 {n} 处问题：{first}</source>
        <translation>✘ The audit chain itself is intact, but {n} problems were found: {first}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="587"/>
        <source>✘ 第 {seq} 号事件：{problem}</source>
        <translation>✘ Event No. {seq}: {problem}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="595"/>
        <source>✘ 无法校验：{reason}</source>
        <translation>✘ Cannot verify: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="600"/>
        <location filename="../../tsdesk/ui/admin/audit.py" line="609"/>
        <location filename="../../tsdesk/ui/admin/audit.py" line="628"/>
        <source>导出审计日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="602"/>
        <source>导出的 CSV 文件不加密，离开了受保护的数据库。请将其保存在安全的位置，用完后妥善删除。

是否继续？</source>
        <translation>The exported CSV file is not encrypted and leaves the protected database. Keep it in a safe place and delete it securely when you no longer need it.

Continue?</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="609"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="621"/>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="621"/>
        <source>无法写入文件：{reason}</source>
        <translation>Cannot write the file: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="629"/>
        <source>已导出 {n} 条事件到：
{path}</source>
        <translation>Exported {n} events to:
{path}</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="58"/>
        <source>尚未选择（如 U 盘或网络共享上的文件夹）</source>
        <translation>Not chosen yet (a folder on a USB stick or network share)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="59"/>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="66"/>
        <location filename="../../tsdesk/ui/admin/backup.py" line="67"/>
        <source> 天</source>
        <translation> day(s)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="68"/>
        <source>退出 TSDesk 时自动备份（到期时）</source>
        <translation>Back up automatically when TSDesk exits (when due)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="69"/>
        <source>保存策略</source>
        <translation>Save policy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="72"/>
        <source>备份位置与策略</source>
        <translation>Location and policy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="75"/>
        <source>备份文件夹（本机）</source>
        <translation>Backup folder (this PC)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="76"/>
        <source>保留代数</source>
        <translation>Generations kept</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="77"/>
        <source>备份间隔</source>
        <translation>Backup interval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="78"/>
        <source>恢复演练间隔</source>
        <translation>Restore drill interval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="91"/>
        <source>备份是一个独立加密的文件：备份时各操作员的密码或当时的恢复密钥可以打开它。恢复只生成新的数据库文件，不覆盖正在使用的数据库。</source>
        <translation>A backup is one independently encrypted file: the operators&apos; passwords at backup time or the recovery key of that time open it. A restore makes a new database file and never overwrites the database in use.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="97"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="108"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="109"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="112"/>
        <location filename="../../tsdesk/ui/admin/backup.py" line="191"/>
        <source>恢复演练</source>
        <translation>Restore drill</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="114"/>
        <location filename="../../tsdesk/ui/admin/backup.py" line="191"/>
        <source>校验</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="116"/>
        <source>恢复为新文件…</source>
        <translation>Restore as new file…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="118"/>
        <source>打开其他备份文件…</source>
        <translation>Drill another backup file…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="129"/>
        <source>备份时间</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="130"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="131"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="133"/>
        <source>审计链末端</source>
        <translation>Chain head</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="136"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="136"/>
        <source>本库</source>
        <translation>This one</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="136"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="166"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="185"/>
        <source>最近一次备份：{when}（{file}）</source>
        <translation>Last backup: {when} ({file})</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="189"/>
        <source>最近一次备份：从未备份</source>
        <translation>Last backup: never</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="193"/>
        <source>最近一次{kind}：{when}（{file}）</source>
        <translation>Last {kind}: {when} ({file})</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="197"/>
        <source>最近一次恢复演练：从未做过</source>
        <translation>Last restore drill: never</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="242"/>
        <source>选择备份文件夹</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="271"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="285"/>
        <source>已备份到 {path}（审计链末端第 {seq} 号）。</source>
        <translation>Backed up to {path} (chain head #{seq}).</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="293"/>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="294"/>
        <source>TSDesk 备份 (*.tsdesk-backup)</source>
        <translation>TSDesk backups (*.tsdesk-backup)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="314"/>
        <source>恢复演练通过：{events} 条审计事件重新计算无误，各表记录数与清单一致，抽查附件 {sampled} 个；临时副本已删除。</source>
        <translation>Restore drill passed: {events} audit events recomputed without error, every table&apos;s row count matches the manifest, {sampled} attachments sampled; the temporary copy was deleted.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="318"/>
        <source>备份文件完整，可以打开。</source>
        <translation>The backup file is intact and opens.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="322"/>
        <source>但当前审计链不包含此备份记录的末端（第 {seq} 号）！</source>
        <translation> But today&apos;s audit chain does not contain the head this backup recorded (#{seq})!</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="342"/>
        <source>恢复为新的数据库文件</source>
        <translation>Restore into a new database file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="343"/>
        <source>TSDesk 数据库 (*.tsdesk)</source>
        <translation>TSDesk databases (*.tsdesk)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="352"/>
        <source>恢复为新文件</source>
        <translation>Restore as new file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="353"/>
        <source>把备份 {file} 恢复为新文件 {target}？正在使用的数据库不会改动。</source>
        <translation>Restore the backup {file} as the new file {target}? The database in use is not changed.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="369"/>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="371"/>
        <source>已恢复到 {path}，并已核对。用“文件 → 打开数据库”打开它；操作员 {names} 使用备份时的密码登录。</source>
        <translation>Restored to {path} and checked. Open it with File → Open database; operators {names} log in with their passwords at backup time.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/backup.py" line="390"/>
        <source>自动备份未完成</source>
        <translation>Automatic backup not completed</translation>
    </message>
</context>
<context>
    <name>BasicTab</name>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="70"/>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="71"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="72"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="73"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="74"/>
        <source>重点岗位</source>
        <translation>Key post</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="75"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="76"/>
        <source>入职日期</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="77"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="78"/>
        <source>保密协议</source>
        <translation>NDA</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="79"/>
        <source>竞业限制</source>
        <translation>Non-compete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="80"/>
        <source>最近培训</source>
        <translation>Last training</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="95"/>
        <source>未指定部门</source>
        <translation>No department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="97"/>
        <source>是（涉密人员）</source>
        <translation>Yes (secret-holding)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="97"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="99"/>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="103"/>
        <source>无记录</source>
        <translation>None recorded</translation>
    </message>
</context>
<context>
    <name>BinderTab</name>
    <message>
        <location filename="../../tsdesk/ui/compliance/binder.py" line="44"/>
        <source>申报年度 </source>
        <translation>Year </translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/binder.py" line="46"/>
        <source>附上每份协议的文本（默认只附汇总表）</source>
        <translation>Include each agreement&apos;s text (by default only the summary)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/binder.py" line="48"/>
        <source>生成资料汇编…</source>
        <translation>Make binder…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/binder.py" line="50"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/binder.py" line="58"/>
        <source>部分</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/binder.py" line="58"/>
        <source>份数</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/binder.py" line="67"/>
        <source>实地考察时提交的资料汇编：申报表、自评报告、制度目录、台账、协议汇总、培训记录及签到表、检查报告、销毁清册、涉密区域登记表、演练记录，附目录和各部分的哈希索引。生成时每一份打印都记入审计。</source>
        <translation>The binder handed over at the inspection visit: the application form, self-assessment report, rules register, ledger, agreements summary, training records with sign-in sheets, inspection reports, destruction lists, secret-area records and drill records, with a table of contents and a hash index of the sections. Every print in it is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/binder.py" line="82"/>
        <source>将包含的部分</source>
        <translation>Sections it will hold</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/binder.py" line="111"/>
        <source>无记录，略去</source>
        <translation>no records, left out</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/binder.py" line="135"/>
        <source>正在生成…</source>
        <translation>Making the binder…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/binder.py" line="147"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/binder.py" line="171"/>
        <source>已生成资料汇编</source>
        <translation>Binder made</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/binder.py" line="173"/>
        <source>实地考察资料汇编</source>
        <translation>Inspection visit binder</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/binder.py" line="181"/>
        <source>已取消，未生成任何文件，也未记录打印</source>
        <translation>Cancelled: no file was made and no print was recorded</translation>
    </message>
</context>
<context>
    <name>CarrierDetail</name>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="234"/>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="260"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="235"/>
        <source>保密等级</source>
        <translation>Confidentiality grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="236"/>
        <source>保密期限</source>
        <translation>Confidentiality term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="237"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="238"/>
        <source>保管人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="239"/>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="240"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="241"/>
        <source>设备信息</source>
        <translation>Device details</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="242"/>
        <source>原件/复制件</source>
        <translation>Original/copies</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="243"/>
        <source>商业秘密</source>
        <translation>Trade secrets</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="259"/>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="272"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="261"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="262"/>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="273"/>
        <source>事项</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="263"/>
        <source>应还</source>
        <translation>Due back</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="264"/>
        <source>完成</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="265"/>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="266"/>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="274"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="280"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="281"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="282"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="283"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="289"/>
        <source>流转记录</source>
        <translation>Movements</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="290"/>
        <source>封存与检查</source>
        <translation>Sealing and Checks</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="291"/>
        <source>审计历史</source>
        <translation>Audit History</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="299"/>
        <source>选择一个载体查看详情，或在搜索框扫描标签。</source>
        <translation>Select a carrier to see its details, or scan its label into the search box.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="309"/>
        <source>立案…</source>
        <translation>Open a case…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="310"/>
        <source>伪造的保密标识：在应急处置中立案</source>
        <translation>A forged confidentiality label: open a case under Incident response</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="328"/>
        <source>逾期未还</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="328"/>
        <source>未还</source>
        <translation>Not returned</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="375"/>
        <source>（逾期未还）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="378"/>
        <source>（已届满）</source>
        <translation> (expired)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="389"/>
        <source>复制件，原件 {number}</source>
        <translation>Copy of original {number}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="391"/>
        <source>原件；复制件 {numbers}</source>
        <translation>Original; copies {numbers}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="401"/>
        <source>封存</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="402"/>
        <source>封条 {number}，{place}；{reason}{note}；每 {days} 天检查</source>
        <translation>Seal {number}, {place}; {reason}{note}; checked every {days} days</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="415"/>
        <source>检查：完好</source>
        <translation>Check: intact</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="415"/>
        <source>检查：发现问题</source>
        <translation>Check: problem found</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="420"/>
        <source>启封</source>
        <translation>Unsealed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="422"/>
        <source>下次检查</source>
        <translation>Next check</translation>
    </message>
</context>
<context>
    <name>CarrierDialog</name>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="208"/>
        <source>修改载体</source>
        <translation>Edit carrier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="208"/>
        <source>登记载体</source>
        <translation>Register carrier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="219"/>
        <source>如：主轴热处理工艺图纸（A 版）</source>
        <translation>e.g. Spindle heat-treatment process drawings (rev. A)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="225"/>
        <source>（未指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="229"/>
        <source>柜、架、层，如：A 柜第 2 层</source>
        <translation>Cabinet, rack, shelf, e.g. cabinet A, shelf 2</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="231"/>
        <source>存储设备的型号、序列号、容量</source>
        <translation>Model, serial number and capacity of the storage device</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="241"/>
        <source>编号 {number}（编号、状态不在此修改）</source>
        <translation>No. {number} (number and status are not changed here)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="243"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="244"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="245"/>
        <source>商业秘密</source>
        <translation>Trade secrets</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="246"/>
        <source>等级与期限</source>
        <translation>Grade and Term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="247"/>
        <source>保管人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="248"/>
        <source>涉密区域</source>
        <translation>Secret area</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="249"/>
        <source>存放位置</source>
        <translation>Storage location</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="250"/>
        <source>设备信息</source>
        <translation>Device details</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="251"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="265"/>
        <source>（勾选商业秘密后按其中最高等级、最长期限确定）</source>
        <translation>(set by the highest grade and longest term of the ticked trade secrets)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="270"/>
        <source>{grade} · 保密期限 {term}</source>
        <translation>{grade} · confidentiality term {term}</translation>
    </message>
</context>
<context>
    <name>CarriersPage</name>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="374"/>
        <source>标签真实：防伪码校验通过</source>
        <translation>Genuine label: the authenticity code verifies</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="379"/>
        <source>此为第 {issue} 次打印的旧标签，已被第 {current} 次补打取代：应收回</source>
        <translation>This is the old label of print {issue}, replaced by reprint {current}: withdraw it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="387"/>
        <source>此标签的打印未记入打印记录</source>
        <translation>This label&apos;s printing is not in the print log</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="392"/>
        <source>标签上的等级、期限或责任单位与台账不一致：应重新打印</source>
        <translation>The grade, term or responsible unit on the label differs from the ledger: reprint it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="401"/>
        <source>标签伪造或内容被改动：防伪码校验失败，请扣留该标签并报告</source>
        <translation>Label forged or altered: the authenticity code does not verify. Keep the label and report it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="407"/>
        <source>手工输入的编号：标签未经防伪校验</source>
        <translation>Number typed by hand: the label was not verified</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="412"/>
        <source>无法识别的标签：本库没有对应的载体，或尚未打印过标签</source>
        <translation>Unrecognised label: no such carrier in this database, or no label has been printed for it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="423"/>
        <source>台账中 {number} 为“{status}”：此标签不是它的真实标签，请核对手中实物</source>
        <translation>The ledger has {number} as “{status}”: this is not its genuine label; check the item in hand</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="435"/>
        <source>该载体已登记销毁，不应存在：请收缴并报告</source>
        <translation>This carrier is registered as destroyed and should not exist: seize it and report</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="438"/>
        <source>该载体登记为遗失：请核实后登记找回</source>
        <translation>This carrier is registered as lost: check it, then record it as found</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="441"/>
        <source>借出中</source>
        <translation>On loan</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="443"/>
        <source>送外维修中</source>
        <translation>Out for repair</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="448"/>
        <source>：{person}，{kind}于 {start}</source>
        <translation>: {person}, {kind} on {start}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="459"/>
        <source>，应还 {due}</source>
        <translation>, due back {due}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="465"/>
        <source>（已逾期 {days} 天）</source>
        <translation> ({days} d overdue)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="471"/>
        <source>封存中</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="475"/>
        <source>：封条 {number}，{place}；下次检查 {next}</source>
        <translation>: seal {number}, {place}; next check {next}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="480"/>
        <source>（检查已到期）</source>
        <translation> (check due)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="487"/>
        <source>所涉商业秘密均已作废或销毁：该载体不应再存在</source>
        <translation>All its trade secrets are void or destroyed: this carrier should no longer exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="494"/>
        <source>保密期限已于 {date} 届满：请评估解密或销毁</source>
        <translation>The confidentiality term ended on {date}: assess declassification or destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="499"/>
        <source>在库，现行有效</source>
        <translation>In store and current</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="134"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="135"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="136"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="137"/>
        <source>保密等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="138"/>
        <source>保密期限</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="139"/>
        <source>保管人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="140"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="141"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="175"/>
        <source>（逾期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="864"/>
        <source>涉密载体</source>
        <translation>Carriers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="865"/>
        <source>涉密区域</source>
        <translation>Secret Areas</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="874"/>
        <source>载体与区域</source>
        <translation>Carriers &amp; Areas</translation>
    </message>
</context>
<context>
    <name>CarriersTab</name>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="454"/>
        <source>编号、名称、位置、保管人…</source>
        <translation>Number, name, location, custodian…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="459"/>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="463"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="467"/>
        <source>逾期未还</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="468"/>
        <source>封存检查到期</source>
        <translation>Seal check due</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="469"/>
        <source>未打印标识</source>
        <translation>No label printed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="494"/>
        <source>登记载体…</source>
        <translation>Register Carrier…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="495"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="498"/>
        <source>借出…</source>
        <translation>Lend…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="499"/>
        <source>查阅…</source>
        <translation>Consult…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="500"/>
        <source>复制…</source>
        <translation>Copy…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="501"/>
        <source>送修…</source>
        <translation>Send for Repair…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="502"/>
        <source>移交…</source>
        <translation>Hand Over…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="503"/>
        <source>归还…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="506"/>
        <source>封存…</source>
        <translation>Seal…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="507"/>
        <source>检查…</source>
        <translation>Check…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="508"/>
        <source>启封…</source>
        <translation>Unseal…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="509"/>
        <source>遗失…</source>
        <translation>Report Lost…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="510"/>
        <source>找回…</source>
        <translation>Report Found…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="511"/>
        <source>标记为已被替代…</source>
        <translation>Mark as superseded…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="513"/>
        <source>申请销毁…</source>
        <translation>Request destruction…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="514"/>
        <source>法律保全…</source>
        <translation>Legal holds…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="608"/>
        <source>全部区域</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="638"/>
        <source>共 {n} 件</source>
        <translation>{n} in total</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="763"/>
        <source>启封</source>
        <translation>Unseal</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="764"/>
        <source>启封 {number} {title}：载体回到在库状态，封存及检查记录保留。</source>
        <translation>Unseal {number} {title}: the carrier returns to “in stock”; the sealing and check records are kept.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="765"/>
        <source>启封原因</source>
        <translation>Reason for unsealing</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="774"/>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="787"/>
        <source>登记遗失</source>
        <translation>Report carrier lost</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="776"/>
        <source>将 {number} {title} 登记为遗失，找回后可登记找回。如涉嫌泄密，请立即报告保密负责人，并写明遗失经过。</source>
        <translation>Record {number} {title} as lost; once it turns up, record it as found. If a leak is suspected, report it to the person responsible for confidentiality at once and describe how it was lost.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="779"/>
        <source>遗失情况</source>
        <translation>Circumstances of the loss</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="788"/>
        <source>{number} 已登记为遗失。现在为此立案，启动应急处置吗？</source>
        <translation>{number} is recorded as lost. Open an incident case for it now and start the response?</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="797"/>
        <source>标记为已被替代</source>
        <translation>Mark as Superseded</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="799"/>
        <source>{number} {title} 已被新的版本或副本替代：标记后列入销毁页的待销毁载体，并在工作台提醒，直至销毁。</source>
        <translation>{number} {title} has been replaced by a newer version or copy: once marked, it is listed on the Destruction page as due for destruction and shown on the dashboard until it is destroyed.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="802"/>
        <source>被哪一份替代</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="808"/>
        <source>登记找回</source>
        <translation>Report carrier found</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="809"/>
        <source>{number} {title} 已找回，回到在库状态。</source>
        <translation>{number} {title} has been found and returns to “in stock”.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carriers.py" line="810"/>
        <source>找回情况</source>
        <translation>Circumstances of the recovery</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="240"/>
        <location filename="../../tsdesk/ui/people/person.py" line="255"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="241"/>
        <location filename="../../tsdesk/ui/people/person.py" line="256"/>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="243"/>
        <source>流转</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="248"/>
        <source>借出日期</source>
        <translation>Out since</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="249"/>
        <source>应还日期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="258"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="283"/>
        <source>借出在此人处未归还（{n}）</source>
        <translation>Out with this person, not returned ({n})</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="285"/>
        <source>此人名下没有未归还的载体。</source>
        <translation>No carriers are out with this person.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="287"/>
        <source>由此人保管（{n}）</source>
        <translation>In this person&apos;s custody ({n})</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="67"/>
        <source>立案</source>
        <translation>Open a case</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="73"/>
        <source>来源：{source}。已关联的记录可取消勾选。</source>
        <translation>Source: {source}. Untick any linked record that does not belong.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="84"/>
        <source>报告人或发现人姓名</source>
        <translation>Name of the reporter or discoverer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="96"/>
        <source>商业秘密编号，多个用逗号分隔</source>
        <translation>Trade secret numbers, separated by commas</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="98"/>
        <source>载体编号，多个用逗号分隔</source>
        <translation>Carrier numbers, separated by commas</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="100"/>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="104"/>
        <source>工号或姓名，多个用逗号分隔</source>
        <translation>Staff numbers or names, separated by commas</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="102"/>
        <source>外部单位名称（须已登记），多个用逗号分隔</source>
        <translation>Outside parties (already registered), separated by commas</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="106"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="107"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="108"/>
        <source>发现时间</source>
        <translation>Discovered at</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="109"/>
        <source>发现人</source>
        <translation>Discovered by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="111"/>
        <source>已关联</source>
        <translation>Linked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="114"/>
        <source>涉及的秘密</source>
        <translation>Secrets involved</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="115"/>
        <source>涉及的载体</source>
        <translation>Carriers involved</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="116"/>
        <source>嫌疑人（人员）</source>
        <translation>Suspects (staff)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="117"/>
        <source>嫌疑人（外部单位）</source>
        <translation>Suspects (outside parties)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="118"/>
        <source>知情人</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="119"/>
        <source>初步情况</source>
        <translation>Initial facts</translation>
    </message>
</context>
<context>
    <name>CaseLinkDialog</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="348"/>
        <source>关联记录</source>
        <translation>Link a record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="355"/>
        <source>编号或工号；区域、人员和外部单位也可填名称</source>
        <translation>Number or staff number; areas, people and outside parties also by name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="357"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="358"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="359"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="360"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CaseNoteDialog</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="315"/>
        <source>更正记录</source>
        <translation>Correct an entry</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="315"/>
        <source>添加记录</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="319"/>
        <source>原记录保留不变，更正作为新记录附在时间线上：
{text}</source>
        <translation>The original entry stays as it is; the correction is appended to the timeline as a new entry:
{text}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="324"/>
        <source>更正为</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="324"/>
        <source>内容</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="94"/>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="323"/>
        <source>定级…</source>
        <translation>Grade…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="95"/>
        <source>记录…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="95"/>
        <source>在时间线上添加记录</source>
        <translation>Add a note to the timeline</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="96"/>
        <source>关联…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="97"/>
        <source>结案…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="110"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="111"/>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="177"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="112"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="113"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="120"/>
        <source>取消关联…</source>
        <translation>Unlink…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="130"/>
        <source>关联的记录</source>
        <translation>Linked records</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="140"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="141"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="142"/>
        <source>必办</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="142"/>
        <source>选办</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="143"/>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="144"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="145"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="146"/>
        <source>办理情况</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="154"/>
        <source>完成…</source>
        <translation>Done…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="155"/>
        <source>跳过…</source>
        <translation>Skip…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="155"/>
        <source>仅选办步骤可跳过</source>
        <translation>Only optional steps can be skipped</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="156"/>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="416"/>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="432"/>
        <source>一键执行</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="157"/>
        <source>增加步骤…</source>
        <translation>Add step…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="175"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="176"/>
        <source>记录人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="178"/>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="185"/>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="191"/>
        <source>时间线只增不改：有误的记录以新的更正记录说明。</source>
        <translation>The timeline is append-only: a wrong entry is corrected by a new correction entry.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="199"/>
        <source>概况</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="200"/>
        <source>处置步骤</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="201"/>
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="203"/>
        <source>选择左侧的事件，或新建事件。</source>
        <translation>Select a case on the left, or open a new one.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="228"/>
        <source>（更正 {at} 的记录）{text}</source>
        <translation>(corrects the entry of {at}) {text}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="268"/>
        <source>来源：{source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="271"/>
        <source>发现：{at}，{by}&#x3000;立案：{opened}，{opener}</source>
        <translation>Discovered: {at}, {by}   Opened: {opened}, {opener}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="278"/>
        <source>初步情况：{facts}</source>
        <translation>Initial facts: {facts}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="280"/>
        <source>处理结论：{c}
经验教训与整改：{l}</source>
        <translation>Conclusion: {c}
Lessons and corrective actions: {l}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="295"/>
        <source>尚未定级：定级后按预案生成处置步骤。</source>
        <translation>Not graded yet: grading creates the steps from the playbook.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="298"/>
        <source>级别：{level}（规则建议：{suggested}）&#x3000;预案：{template}</source>
        <translation>Level: {level} (rule suggests: {suggested})   Playbook: {template}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="303"/>
        <source>理由：{reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="323"/>
        <source>重新定级…</source>
        <translation>Regrade…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/case_view.py" line="417"/>
        <source>{action}：将对关联的真实记录执行，并记入时间线。继续吗？</source>
        <translation>{action}: this acts on the real linked records and is recorded on the timeline. Continue?</translation>
    </message>
</context>
<context>
    <name>ChangeOwnPasswordDialog</name>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="145"/>
        <source>修改我的密码</source>
        <translation>Change My Password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="149"/>
        <source>当前密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="150"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="151"/>
        <source>确认新密码</source>
        <translation>Confirm new password</translation>
    </message>
</context>
<context>
    <name>CloseActionDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="421"/>
        <source>关闭整改措施</source>
        <translation>Close corrective action</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="425"/>
        <source>{what}
责任人：{owner}&#x3000;期限：{due}</source>
        <translation>{what}
Owner: {owner}   Due: {due}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="430"/>
        <source>整改情况，如“已补录门禁记录并签字确认”</source>
        <translation>What was done, e.g. “access log completed and signed”</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="434"/>
        <source>（未添加文件）</source>
        <translation>(no file)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="436"/>
        <source>添加佐证文件…</source>
        <translation>Attach evidence…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="442"/>
        <source>整改佐证</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="444"/>
        <source>关闭日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="449"/>
        <source>添加佐证文件</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="451"/>
        <source>扫描件、照片或文档 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.docx *.xlsx)</source>
        <translation>Scans, photos or documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.docx *.xlsx)</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="410"/>
        <source>结案 {number}</source>
        <translation>Close {number}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="416"/>
        <source>还有必办步骤未完成，结案前须办完：{steps}</source>
        <translation>Mandatory steps are still open and must be done before closing: {steps}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="421"/>
        <source>查明的原因、范围、责任人及处理</source>
        <translation>Causes, scope, who is responsible and how they were dealt with</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="423"/>
        <source>经验教训，以及要落实的整改措施</source>
        <translation>Lessons learned and the corrective actions to take</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="424"/>
        <source>处理结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="425"/>
        <source>经验教训与整改</source>
        <translation>Lessons and corrective actions</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="435"/>
        <source>参加演练的人员</source>
        <translation>Drill participants</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="170"/>
        <source>组织类别</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="181"/>
        <source>商业秘密保护部门</source>
        <translation>Trade secret protection department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="186"/>
        <source>市场监管部门</source>
        <translation>Market regulator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="187"/>
        <source>地址、电话、受理窗口</source>
        <translation>Address, phone, service window</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="197"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="198"/>
        <source>保存企业信息（Ctrl+S）</source>
        <translation>Save company information (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="209"/>
        <source>基本信息（基地申报表）</source>
        <translation>Basic Information (Base Application Form)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="214"/>
        <source>所在地市场监管部门（维权投诉材料的致函对象）</source>
        <translation>Local market regulator (addressee of the complaint pack)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="226"/>
        <source>部门名称</source>
        <translation>Department name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="227"/>
        <source>重点部门</source>
        <translation>Key department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="227"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="232"/>
        <location filename="../../tsdesk/ui/admin/company.py" line="260"/>
        <source>新增…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="234"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="241"/>
        <location filename="../../tsdesk/ui/admin/company.py" line="254"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="251"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="252"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="253"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="255"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="262"/>
        <source>撤销…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="267"/>
        <source>保护工作领导小组与保密员</source>
        <translation>Protection Leading Group and Secrecy Officers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="274"/>
        <source>只读：当前操作员无权修改企业信息。</source>
        <translation>Read-only: the current operator may not change the company information.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="305"/>
        <source>企业信息</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="336"/>
        <source>（未指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="387"/>
        <source>没有需要保存的更改。</source>
        <translation>There are no changes to save.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="400"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="449"/>
        <source>请先选择一个部门。</source>
        <translation>Please select a department first.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="461"/>
        <source>请先选择要撤销的人员。</source>
        <translation>Please select the person to revoke first.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="463"/>
        <source>撤销 {name} 的“{kind}”指定？此操作会记入审计日志。</source>
        <translation>Revoke {name}&apos;s designation as “{kind}”? This will be recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="466"/>
        <source>撤销人员指定</source>
        <translation>Revoke designation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="155"/>
        <source>企业与数据库位置</source>
        <translation>Company and Database Location</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="156"/>
        <source>企业名称显示在登录窗口和所有打印文件上，以后可以修改。</source>
        <translation>The company name appears in the login window and on every printout. You can change it later.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="158"/>
        <source>例如：某某精密机械有限公司</source>
        <translation>e.g. Example Precision Machinery Co., Ltd.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="160"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="166"/>
        <source>企业名称(&amp;M)：</source>
        <translation>Company na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="167"/>
        <source>数据库文件(&amp;F)：</source>
        <translation>Database &amp;file:</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="173"/>
        <source>同一位置还会生成密钥槽文件（.keys）。请将数据库放在定期备份的文件夹中。</source>
        <translation>A key slot file (.keys) is created in the same place. Keep the database in a folder that is backed up regularly.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="191"/>
        <source>新数据库的位置</source>
        <translation>Location of the new database</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="202"/>
        <source>请填写企业名称</source>
        <translation>Please enter the company name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="205"/>
        <source>请选择数据库文件的位置</source>
        <translation>Please choose where to put the database file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="207"/>
        <source>文件 {path} 已存在，不会覆盖。请另选位置。</source>
        <translation>The file {path} already exists and will not be overwritten. Please choose another location.</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <location filename="../../tsdesk/ui/compliance/page.py" line="31"/>
        <source>自评</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/page.py" line="32"/>
        <source>制度</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/page.py" line="33"/>
        <source>年度方案</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/page.py" line="35"/>
        <source>申报表</source>
        <translation>Application form</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/page.py" line="37"/>
        <source>证据汇编</source>
        <translation>Evidence binder</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/page.py" line="47"/>
        <source>基地申报</source>
        <translation>Base application</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="165"/>
        <source>证据归还</source>
        <translation>Return of evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="165"/>
        <source>证据移交</source>
        <translation>Hand-over of evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="177"/>
        <source>{label} 由 {holder} 归还 {keeper}。</source>
        <translation>{label} is returned by {holder} to {keeper}.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="182"/>
        <source>原件现由 {keeper} 保管。</source>
        <translation>The original is now kept by {keeper}.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="183"/>
        <source>接收人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="184"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="185"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="186"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CustomTemplateDialog</name>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="34"/>
        <source>自定义标签尺寸</source>
        <translation>Custom Label Size</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="37"/>
        <source>按标签纸包装上的尺寸填写（毫米）。卷标每页一枚；A4 标签纸需填写行列、边距和间距。</source>
        <translation>Enter the sizes printed on the label pack (millimetres). A roll has one label per page; for A4 label sheets also enter rows, columns, margins and pitch.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="41"/>
        <source>热敏卷标（页面即标签）</source>
        <translation>Thermal roll (page = label)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="42"/>
        <source>A4 标签纸</source>
        <translation>A4 label sheet</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="51"/>
        <source>同标签宽</source>
        <translation>Same as label width</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="52"/>
        <source>同标签高</source>
        <translation>Same as label height</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="53"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="54"/>
        <source>标签宽</source>
        <translation>Label width</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="55"/>
        <source>标签高</source>
        <translation>Label height</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="56"/>
        <source>列数</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="57"/>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="58"/>
        <source>左边距</source>
        <translation>Left margin</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="59"/>
        <source>上边距</source>
        <translation>Top margin</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="60"/>
        <source>横向间距（标签左缘到下一枚左缘）</source>
        <translation>Horizontal pitch (left edge to next left edge)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="61"/>
        <source>纵向间距（标签上缘到下一枚上缘）</source>
        <translation>Vertical pitch (top edge to next top edge)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="199"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="147"/>
        <source>校验审计链</source>
        <translation>Verify audit chain</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="149"/>
        <source>逐条重新计算审计链，检查记录是否被改动或删除</source>
        <translation>Recompute the audit chain event by event to check that no record was changed or deleted</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="159"/>
        <source>审计链</source>
        <translation>Audit chain</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="177"/>
        <source>待办事项</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="195"/>
        <source>最近操作</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="199"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="199"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="199"/>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="209"/>
        <source>当前操作员无权查看审计记录。</source>
        <translation>The current operator may not view the audit records.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="241"/>
        <source>工作台</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="251"/>
        <source>当前操作员：{who}</source>
        <translation>Current operator: {who}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="252"/>
        <source>只读打开</source>
        <translation>Opened read-only</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="286"/>
        <source>正在统计…</source>
        <translation>Counting...</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="298"/>
        <source>统计未能完成，详情已写入日志</source>
        <translation>Counting failed; the details are in the log</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="309"/>
        <source>共 {n} 项待处理 · 点击方块查看清单</source>
        <translation>{n} things to do · click a tile to see the list</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="311"/>
        <source>没有待处理的事项</source>
        <translation>Nothing to do</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="378"/>
        <source>✓ 已校验至第 {seq} 条：{at} 校验了新增的 {n} 条，全链于 {full} 完整校验</source>
        <translation>✓ Verified up to event {seq}: the {n} new events checked at {at}; the whole chain verified on {full}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="381"/>
        <source>✓ 完整：{at} 校验了 {n} 条事件</source>
        <translation>✓ Intact: {n} events verified at {at}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="384"/>
        <source>（之后新增 {n} 条）</source>
        <translation> ({n} added since)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="364"/>
        <source>第 {seq} 号 · {hash}</source>
        <translation>No. {seq} · {hash}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="368"/>
        <source>正在校验…</source>
        <translation>Verifying...</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="370"/>
        <source>校验未能完成，详情已写入日志</source>
        <translation>Verification failed; the details are in the log</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/dashboard/dashboard.py" line="387"/>
        <source>✗ 第 {seq} 号事件起链条断开：{problem}</source>
        <translation>✗ Chain broken from event No. {seq}: {problem}</translation>
    </message>
</context>
<context>
    <name>DeclarationDialog</name>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="127"/>
        <source>登记不侵权声明</source>
        <translation>Record a no-infringement declaration</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="129"/>
        <source>登记已签署的书面声明；签字原件请扫描后妥善保存。</source>
        <translation>Record a signed written declaration; scan the signed original and keep it safe.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="132"/>
        <source>如：法定代表人姓名</source>
        <translation>e.g. the legal representative&apos;s name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="137"/>
        <source>声明日期</source>
        <translation>Declared on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="138"/>
        <source>签署人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="139"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="140"/>
        <source>声明内容</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="75"/>
        <source>新增部门</source>
        <translation>Add department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="75"/>
        <source>编辑部门</source>
        <translation>Edit department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="80"/>
        <source>重点部门（须配备本部门保密员）</source>
        <translation>Key department (needs its own secrecy officer)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="82"/>
        <source>部门名称</source>
        <translation>Department name</translation>
    </message>
</context>
<context>
    <name>DesignationDialog</name>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="105"/>
        <source>新增人员指定</source>
        <translation>Add designation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="111"/>
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="118"/>
        <source>（不关联）</source>
        <translation>(not linked)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="122"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="123"/>
        <source>人员名录</source>
        <translation>Staff directory</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="124"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="125"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="126"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="127"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>DestructionPage</name>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="86"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="90"/>
        <source>逾期未执行</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="91"/>
        <source>待销毁的载体</source>
        <translation>Carriers due for destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="94"/>
        <source>检索申请编号、载体编号或名称</source>
        <translation>Search request number, carrier number or title</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="107"/>
        <source>新建申请…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="107"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="109"/>
        <source>提交审批</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="111"/>
        <source>审批…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="111"/>
        <source>另一名审批人当面输入本人密码批准整批销毁</source>
        <translation>Another operator with approval rights approves the whole batch with their own password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="113"/>
        <source>退回…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="114"/>
        <source>执行销毁…</source>
        <translation>Carry out…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="116"/>
        <location filename="../../tsdesk/ui/destruction/page.py" line="130"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="121"/>
        <source>销毁审批表…</source>
        <translation>Approval form…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="122"/>
        <source>销毁清册…</source>
        <translation>Destruction list…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="123"/>
        <source>销毁证明…</source>
        <translation>Certificate…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="124"/>
        <source>数据销毁记录…</source>
        <translation>Data sanitization record…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="135"/>
        <source>撤销…</source>
        <translation>Cancel request…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="137"/>
        <source>批注…</source>
        <translation>Annotate…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="139"/>
        <source>销毁方法…</source>
        <translation>Methods…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="141"/>
        <source>法律保全…</source>
        <translation>Legal holds…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="142"/>
        <source>所选项目的载体或秘密的法律保全</source>
        <translation>Legal holds on the selected item&apos;s carrier or secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="164"/>
        <location filename="../../tsdesk/ui/destruction/page.py" line="196"/>
        <location filename="../../tsdesk/ui/destruction/page.py" line="237"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="165"/>
        <location filename="../../tsdesk/ui/destruction/page.py" line="240"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="166"/>
        <source>项数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="167"/>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="168"/>
        <source>申请时间</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="169"/>
        <source>审批人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="170"/>
        <source>销毁日期</source>
        <translation>Destroyed on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="194"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="195"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="197"/>
        <location filename="../../tsdesk/ui/destruction/page.py" line="238"/>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="198"/>
        <location filename="../../tsdesk/ui/destruction/page.py" line="239"/>
        <source>密级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="199"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="200"/>
        <source>保全检查</source>
        <translation>Hold check</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="201"/>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="202"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="209"/>
        <location filename="../../tsdesk/ui/destruction/page.py" line="225"/>
        <source>监销人</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="209"/>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="209"/>
        <source>确认</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="230"/>
        <source>照片、录像截图与签字清册扫描件</source>
        <translation>Photos, video stills and the signed list&apos;s scan</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="241"/>
        <source>存放位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="254"/>
        <source>所载商业秘密已解密或保密期限届满、仍在库的载体。选择后点“新建申请…”，或决定保留。</source>
        <translation>Carriers still in store whose trade secret is declassified or past its term. Select them and click “New request…”, or decide to keep them.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="284"/>
        <source>销毁</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="334"/>
        <location filename="../../tsdesk/ui/destruction/page.py" line="341"/>
        <source>销毁证明</source>
        <translation>Destruction certificate</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="364"/>
        <source>（未选择销毁申请）</source>
        <translation>(no request selected)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="375"/>
        <source>申请人：{who} {when}</source>
        <translation>Requested by: {who} {when}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="380"/>
        <source>审批人：{who}</source>
        <translation>Approved by: {who}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="383"/>
        <source>销毁：{day} {place}，执行人 {who}</source>
        <translation>Destroyed: {day} {place}, executed by {who}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="388"/>
        <source>录像：{where}</source>
        <translation>Video: {where}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="390"/>
        <source>证明校验码：{code}</source>
        <translation>Certificate check code: {code}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="392"/>
        <source>说明：{text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="412"/>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="422"/>
        <source>{operator} 密码确认 {when}</source>
        <translation>{operator} confirmed with password {when}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="426"/>
        <source>在清册上签字</source>
        <translation>Signs the list</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="432"/>
        <source>批注（{who} {when}）：{text}</source>
        <translation>Annotation ({who} {when}): {text}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="502"/>
        <source>销毁审批：{number}，共 {n} 项</source>
        <translation>Destruction approval: {number}, {n} item(s)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="528"/>
        <source>退回销毁申请</source>
        <translation>Return the request</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="528"/>
        <source>退回原因</source>
        <translation>Why returned</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="533"/>
        <source>撤销销毁申请</source>
        <translation>Cancel the request</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="533"/>
        <source>撤销原因</source>
        <translation>Why cancelled</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/page.py" line="537"/>
        <source>批注</source>
        <translation>Annotation</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="233"/>
        <source>确认事项完成</source>
        <translation>Confirm the item done</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="238"/>
        <source>如：内刊第 3 期专栏</source>
        <translation>e.g. column in staff newsletter no. 3</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="239"/>
        <source>完成日期</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="240"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="244"/>
        <source>登记演练</source>
        <translation>Record drill</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="244"/>
        <source>编辑演练</source>
        <translation>Edit drill</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="254"/>
        <source>如：研发人员通过个人网盘外传图纸</source>
        <translation>e.g. an engineer sends drawings out through a personal cloud drive</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="258"/>
        <source>每行一步，如：09:00 发现异常外发</source>
        <translation>One step a line, e.g. 09:00 unusual upload detected</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="261"/>
        <source>演练场景</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="262"/>
        <source>演练日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="263"/>
        <source>过程记录</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="264"/>
        <source>发现的问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="265"/>
        <source>参加人员</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>DrillsTab</name>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="324"/>
        <source>检索场景或发现的问题</source>
        <translation>Search scenario or findings</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="327"/>
        <source>登记演练…</source>
        <translation>Record drill…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="329"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="337"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="338"/>
        <source>演练场景</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="339"/>
        <source>参加人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="340"/>
        <source>发现的问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="354"/>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="354"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="354"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="393"/>
        <source>（未选择演练）</source>
        <translation>(no drill selected)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="399"/>
        <source>过程：
{timeline}
发现的问题：{findings}</source>
        <translation>Timeline:
{timeline}
Findings: {findings}</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="210"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="211"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="212"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="213"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="214"/>
        <source>保管</source>
        <translation>Kept by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="226"/>
        <source>登记证据…</source>
        <translation>Register evidence…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="228"/>
        <source>登记证据（Ctrl+E）</source>
        <translation>Register evidence (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="230"/>
        <source>移交／归还…</source>
        <translation>Hand over / return…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="232"/>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="338"/>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="346"/>
        <source>复核存储</source>
        <translation>Recheck stored file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="233"/>
        <source>重新计算已存文件的 SHA-256，与收取时记录的比对</source>
        <translation>Recompute the stored file&apos;s SHA-256 and compare it with the one recorded at intake</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="235"/>
        <source>核对文件…</source>
        <translation>Verify a file…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="236"/>
        <source>选择一个文件，查找 SHA-256 与之相同的证据</source>
        <translation>Choose a file and find evidence with the same SHA-256</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="238"/>
        <source>打印证据清单…</source>
        <translation>Print evidence list…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="258"/>
        <source>移交中：{holder}</source>
        <translation>Handed over: {holder}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="294"/>
        <source>文件 {name}，SHA-256：{sha}</source>
        <translation>File {name}, SHA-256: {sha}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="297"/>
        <source>无文件</source>
        <translation>No file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="317"/>
        <source>证据已登记</source>
        <translation>Evidence registered</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="318"/>
        <source>{label} 已登记。
文件 SHA-256：
{sha}</source>
        <translation>{label} registered.
File SHA-256:
{sha}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="339"/>
        <source>{label} 的已存文件与收取时记录的 SHA-256 一致：
{sha}</source>
        <translation>The stored file of {label} matches the SHA-256 recorded at intake:
{sha}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="347"/>
        <source>{label} 的已存文件与记录不符！
记录：{recorded}
现为：{actual}</source>
        <translation>The stored file of {label} does NOT match!
Recorded: {recorded}
Now: {actual}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="353"/>
        <source>选择要核对的文件</source>
        <translation>Choose the file to verify</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="365"/>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="373"/>
        <source>核对文件</source>
        <translation>Verify a file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="366"/>
        <source>相符：该文件是以下证据
{found}
SHA-256：{sha}</source>
        <translation>Match: this file is the evidence
{found}
SHA-256: {sha}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="374"/>
        <source>不符：没有证据记录的 SHA-256 为
{sha}</source>
        <translation>No match: no evidence record has SHA-256
{sha}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="394"/>
        <source>证据清单</source>
        <translation>Evidence list</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="407"/>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="414"/>
        <source>证据二维码</source>
        <translation>Evidence QR code</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="408"/>
        <source>真实：{case} {label}「{title}」
SHA-256：{sha}</source>
        <translation>Genuine: {case} {label} “{title}”
SHA-256: {sha}</translation>
    </message>
</context>
<context>
    <name>ExecuteDialog</name>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="270"/>
        <source>执行销毁</source>
        <translation>Carry out destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="275"/>
        <source>销毁申请 {number}，共 {n} 项。监销人至少两名，且不能是执行人。</source>
        <translation>Request {number}, {n} item(s). At least two supervisors, none of them the executor.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="286"/>
        <source>如：公司保密室</source>
        <translation>e.g. the company&apos;s secure room</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="294"/>
        <source>添加监销人</source>
        <translation>Add supervisor</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="297"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="305"/>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="361"/>
        <source>监销人</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="305"/>
        <source>操作员（本人密码确认）</source>
        <translation>Operator (confirms with own password)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="305"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="310"/>
        <source>不是操作员的监销人在打印的销毁清册上签字。</source>
        <translation>Supervisors who are not operators sign the printed destruction list.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="314"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="315"/>
        <source>销毁方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="316"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="317"/>
        <source>未销毁原因</source>
        <translation>Why not destroyed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="318"/>
        <source>介质类型</source>
        <translation>Media type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="319"/>
        <source>序列号</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="320"/>
        <source>工具</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="321"/>
        <source>验证方式</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="357"/>
        <source>视频存放位置（照片请在页面的附件中添加）</source>
        <translation>Where the video is kept (add photos as attachments on the page)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="358"/>
        <source>销毁日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="359"/>
        <source>销毁地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="360"/>
        <source>执行人</source>
        <translation>Executor</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="364"/>
        <source>销毁项目</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="365"/>
        <source>录像</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="384"/>
        <source>（不是操作员：签字）</source>
        <translation>(not an operator: signs)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="419"/>
        <source>请至少添加两名监销人</source>
        <translation>Add at least two supervisors</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="144"/>
        <source>办理离职</source>
        <translation>Leaving</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="148"/>
        <source>{name}（{number}）离职。须收回全部载体和设备（或擦除），撤销 {grants} 项知悉授权和 {areas} 个区域准入，签署离职保密承诺书，并决定是否签订竞业限制；办完后完成离职，自离职日期起其权限全部终止。</source>
        <translation>{name} ({number}) leaves. All carriers and devices must come back (or be wiped), {grants} grants and {areas} area accesses be revoked, the exit pledge be signed and the non-compete decided; then the leaving completes and all access ends as of the leaving date.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="160"/>
        <source>离职日期</source>
        <translation>Leaving date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="161"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="57"/>
        <source>选择或拖入证据文件（可不附文件）</source>
        <translation>Choose or drop the evidence file (optional)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="58"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="70"/>
        <source>选择证据文件</source>
        <translation>Choose the evidence file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/evidence_tab.py" line="72"/>
        <source>证据文件 ({pattern})</source>
        <translation>Evidence files ({pattern})</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="78"/>
        <source>选择要导入的文件</source>
        <translation>Choose the File to Import</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="81"/>
        <source>支持 Excel 工作簿（.xlsx）和 CSV 文件（UTF-8 或 GBK 编码）。读取第一张工作表。</source>
        <translation>Excel workbooks (.xlsx) and CSV files (UTF-8 or GBK encoded) are supported. The first worksheet is read.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="86"/>
        <source>尚未选择文件</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="87"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="88"/>
        <source>下载导入模板…</source>
        <translation>Download Import Template…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="102"/>
        <source>没有现成的表格？下载模板，照示例填写后再导入。常见列名（如 名称、密级、责任部门、知悉范围）会被自动识别，其他列可在下一步手动对应。任何一行有问题时整个文件都不会导入，并逐行列出问题。</source>
        <translation>No spreadsheet yet? Download the template, fill it in following the example, then import it. Common column names (such as 名称, 密级, 责任部门, 知悉范围) are recognised automatically; other columns can be mapped by hand in the next step. If any row has a problem, nothing from the file is imported and the problems are listed row by row.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="116"/>
        <source>选择文件</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="118"/>
        <source>表格文件 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="128"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="142"/>
        <source>已读取 {rows} 行、{cols} 列，自动识别 {known} 列。</source>
        <translation>Read {rows} rows and {cols} columns; {known} columns recognised automatically.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="159"/>
        <source>保存导入模板</source>
        <translation>Save import template</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="159"/>
        <source>商业秘密清单导入模板.xlsx</source>
        <translation>trade-secret-register-import-template.xlsx</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="169"/>
        <source>无法保存</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="172"/>
        <source>模板已保存到 {path}</source>
        <translation>Template saved to {path}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="455"/>
        <source>TSDesk — 首次使用</source>
        <translation>TSDesk — First Run</translation>
    </message>
</context>
<context>
    <name>FourEyesDialog</name>
    <message>
        <location filename="../../tsdesk/ui/four_eyes.py" line="73"/>
        <source>双人审批</source>
        <translation>Four-Eyes Approval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/four_eyes.py" line="78"/>
        <source>此操作需要另一名有审批权限的操作员当面确认。请审批人选择自己的名字并输入本人密码。</source>
        <translation>This action must be confirmed in person by another operator who may approve. The approver selects their own name and enters their own password.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/four_eyes.py" line="93"/>
        <source>审批事项</source>
        <translation>Action to approve</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/four_eyes.py" line="94"/>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/four_eyes.py" line="95"/>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/four_eyes.py" line="96"/>
        <source>审批人密码</source>
        <translation>Approver&apos;s password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/four_eyes.py" line="105"/>
        <source>审批通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/four_eyes.py" line="118"/>
        <source>没有可以审批的其他操作员。请管理员先添加一名审批人（或管理员）账户。</source>
        <translation>There is no other operator who can approve. An administrator must first add an approver (or administrator) account.</translation>
    </message>
</context>
<context>
    <name>GradesDialog</name>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="257"/>
        <source>保密等级设置</source>
        <translation>Confidentiality Grades</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="262"/>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="290"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="263"/>
        <source>次序</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="264"/>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="291"/>
        <source>审查周期</source>
        <translation>Review cycle</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="265"/>
        <source>默认期限</source>
        <translation>Default term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="266"/>
        <source>载体流转需审批</source>
        <translation>Movements need approval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="275"/>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="278"/>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="279"/>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="330"/>
        <source>长期</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="285"/>
        <source>载体借出、复制、携带须经审批</source>
        <translation>Lending, copying and taking out carriers requires approval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="287"/>
        <source>第 </source>
        <translation>Rank </translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="288"/>
        <source> 级（1 为最高）</source>
        <translation> (1 = highest)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="292"/>
        <source>默认保密期限</source>
        <translation>Default confidentiality term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="294"/>
        <source>新增时的次序</source>
        <translation>Rank of the new grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="296"/>
        <source>保存修改</source>
        <translation>Save Changes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="298"/>
        <source>新增等级</source>
        <translation>Add Grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="318"/>
        <source>只有管理员可以修改保密等级。</source>
        <translation>Only an administrator can change the confidentiality grades.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="329"/>
        <source>{n} 个月</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="332"/>
        <source>{n} 年</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="333"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="333"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="377"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>GradingDialog</name>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="63"/>
        <source>定级助手</source>
        <translation>Grading Assistant</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="80"/>
        <source>因素</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="81"/>
        <source>评分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="82"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="98"/>
        <source>权重 {w}</source>
        <translation>Weight {w}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="102"/>
        <source> 分</source>
        <translation> pts</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="105"/>
        <source>一句话说明为何给此分</source>
        <translation>One sentence on why this score</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="71"/>
        <source>按下列六项因素逐项评分（1 低 – 5 高），每项写一句理由。系统按下方规则给出建议等级；定级人可另选等级，但须说明理由。</source>
        <translation>Score the six factors below (1 low – 5 high) with a one-line reason each. A grade is suggested by the rules below; another may be chosen with a reason.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="114"/>
        <source>事关核心竞争力的信息</source>
        <translation>Information that bears on core competitiveness</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="147"/>
        <source>所定等级与建议不同时填写</source>
        <translation>Required when the chosen grade differs from the suggestion</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="149"/>
        <source>所定等级</source>
        <translation>Chosen grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="150"/>
        <source>另定理由</source>
        <translation>Reason for a different grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="157"/>
        <source>当前等级：{name}。</source>
        <translation>Current grade: {name}.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="167"/>
        <source>采用</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="204"/>
        <source>加权得分 S = {s:.2f}&#x3000;→&#x3000;建议：&lt;b&gt;{grade}&lt;/b&gt;</source>
        <translation>Weighted score S = {s:.2f}  →  suggested: &lt;b&gt;{grade}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/grading_dialog.py" line="208"/>
        <source>（涉及核心竞争力，由第 {base} 级上调）</source>
        <translation> (bears on core competitiveness: raised from rank {base})</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="95"/>
        <source>授予知悉权限</source>
        <translation>Grant knowledge access</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="109"/>
        <source>岗位工作需要，如：负责该机型装配调试</source>
        <translation>Needed for the job, e.g. responsible for assembling and commissioning this model</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="111"/>
        <source>临时授权，有效至</source>
        <translation>Temporary, valid until</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="119"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="120"/>
        <source>知悉程度</source>
        <translation>Access tier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="121"/>
        <source>授权理由</source>
        <translation>Reason for access</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="122"/>
        <source>生效日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="130"/>
        <source>请从列表中选择人员</source>
        <translation>Please select a person from the list</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="300"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="301"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="302"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="303"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>HoldsDialog</name>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="590"/>
        <source>法律保全：{what}</source>
        <translation>Legal holds: {what}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="594"/>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="654"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="595"/>
        <source>设置人</source>
        <translation>Placed by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="596"/>
        <source>设置时间</source>
        <translation>Placed at</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="597"/>
        <source>解除</source>
        <translation>Lifted</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="598"/>
        <source>解除原因</source>
        <translation>Lift reason</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="603"/>
        <source>设置保全…</source>
        <translation>Place hold…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="606"/>
        <source>解除保全…</source>
        <translation>Lift hold…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="658"/>
        <source>设置法律保全</source>
        <translation>Place legal hold</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="672"/>
        <source>解除法律保全</source>
        <translation>Lift legal hold</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="445"/>
        <source>导入商业秘密清单</source>
        <translation>Import Trade Secret Register</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="489"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>IncidentGradingDialog</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="171"/>
        <source>定级 {number}</source>
        <translation>Grade {number}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="211"/>
        <source>与建议不同时必填</source>
        <translation>Required when different from the suggestion</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="212"/>
        <source>规则建议</source>
        <translation>Rule suggests</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="213"/>
        <source>确定级别</source>
        <translation>Level decided</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="214"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="225"/>
        <source>{name}（第 {level} 级，S＝{s}）</source>
        <translation>{name} (level {level}, S = {s})</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="63"/>
        <source>未结案</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="64"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="67"/>
        <source>步骤超期</source>
        <translation>Steps overdue</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="71"/>
        <location filename="../../tsdesk/ui/incidents/page.py" line="106"/>
        <source>演练</source>
        <translation>Drills</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="73"/>
        <source>切换到演练：列出演练，新建的事件为演练</source>
        <translation>Switch to drills: list drills; new cases are drills</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="76"/>
        <source>检索编号或标题</source>
        <translation>Search number or title</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="79"/>
        <location filename="../../tsdesk/ui/incidents/page.py" line="211"/>
        <source>新建事件…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="80"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="82"/>
        <source>处置预案…</source>
        <translation>Playbooks…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="97"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="98"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="99"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="100"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="101"/>
        <source>立案时间</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="103"/>
        <source>下一期限</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="119"/>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="120"/>
        <source>维权与文书</source>
        <translation>Remedies and documents</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="144"/>
        <source>应急处置</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="172"/>
        <source>全部级别</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="177"/>
        <source>尚无应急演练记录：请组织一次演练。</source>
        <translation>No leak-response drill recorded yet: please hold one.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="179"/>
        <source>上次演练：{last}，已超过 {days} 天：请组织演练。</source>
        <translation>Last drill: {last}, more than {days} days ago: please hold a drill.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="183"/>
        <source>上次演练：{last}，下次应在 {next} 前。</source>
        <translation>Last drill: {last}; the next is due before {next}.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/page.py" line="211"/>
        <source>新建演练…</source>
        <translation>New drill…</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="288"/>
        <source>新增检查计划</source>
        <translation>New inspection plan</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="288"/>
        <source>编辑检查计划</source>
        <translation>Edit inspection plan</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="295"/>
        <source>如：2026 年第二季度保密检查</source>
        <translation>e.g. Q2 2026 secrecy inspection</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="302"/>
        <source>如：涉密区域管理制度；涉密载体管理制度</source>
        <translation>e.g. rules for secret areas; rules for carriers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="303"/>
        <source>检查名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="304"/>
        <source>计划日期</source>
        <translation>Planned on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="305"/>
        <source>检查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="306"/>
        <source>涉密区域</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="307"/>
        <source>涉密载体</source>
        <translation>Carriers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="308"/>
        <source>涉密人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="309"/>
        <source>检查依据</source>
        <translation>Rules checked</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="434"/>
        <source>全部检查</source>
        <translation>All inspections</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="439"/>
        <source>检索检查名称、检查人、问题</source>
        <translation>Search name, inspector, findings</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="442"/>
        <source>新增检查…</source>
        <translation>New inspection…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="444"/>
        <source>编辑计划…</source>
        <translation>Edit plan…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="446"/>
        <source>登记结果…</source>
        <translation>Result…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="448"/>
        <location filename="../../tsdesk/ui/people/training.py" line="688"/>
        <source>关闭检查</source>
        <translation>Close inspection</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="450"/>
        <location filename="../../tsdesk/ui/people/training.py" line="453"/>
        <source>打印检查报告…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="451"/>
        <source>打印所选检查的报告（Ctrl+P）</source>
        <translation>Print the selected inspection&apos;s report (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="467"/>
        <source>计划日期</source>
        <translation>Planned on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="468"/>
        <source>检查名称</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="469"/>
        <source>检查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="470"/>
        <location filename="../../tsdesk/ui/people/training.py" line="506"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="471"/>
        <source>整改</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="490"/>
        <source>新增整改措施…</source>
        <translation>Add action…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="492"/>
        <source>关闭整改措施…</source>
        <translation>Close action…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="495"/>
        <location filename="../../tsdesk/ui/people/training.py" line="503"/>
        <source>整改措施</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="504"/>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="505"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="507"/>
        <location filename="../../tsdesk/ui/people/training.py" line="526"/>
        <source>整改佐证</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="527"/>
        <source>检查附件</source>
        <translation>Inspection files</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="543"/>
        <source>{open}/{n} 未完成</source>
        <translation>{open}/{n} open</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="545"/>
        <source>{n} 项逾期</source>
        <translation>{n} overdue</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="581"/>
        <source>（未选择检查）</source>
        <translation>(no inspection selected)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="592"/>
        <source>范围：区域 {areas}；载体 {carriers}；人员 {people}</source>
        <translation>Scope: areas {areas}; carriers {carriers}; people {people}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="597"/>
        <source>检查依据：{rules}</source>
        <translation>Rules checked: {rules}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="598"/>
        <source>发现的问题：{findings}</source>
        <translation>Findings: {findings}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="599"/>
        <source>结论：{conclusion}</source>
        <translation>Conclusion: {conclusion}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="602"/>
        <source>已关联第 {n} 次盘点</source>
        <translation>Stock-take no. {n} attached</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="609"/>
        <source>已关闭 {day}</source>
        <translation>Closed {day}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="613"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="615"/>
        <source>整改中</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="617"/>
        <source>附件 {n} 份</source>
        <translation>{n} file(s)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="689"/>
        <source>关闭“{title}”？关闭后不能再修改计划、结果或整改措施。</source>
        <translation>Close “{title}”? Its plan, result and actions can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="712"/>
        <source>保密检查报告</source>
        <translation>Secrecy inspection report</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="80"/>
        <source>欢迎使用 TSDesk</source>
        <translation>Welcome to TSDesk</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="81"/>
        <source>商业秘密保护管理桌面系统。所有数据加密保存在本机，无需联网。</source>
        <translation>Trade secret protection management for the desktop. All data is stored encrypted on this computer; no network is needed.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="82"/>
        <source>新建数据库(&amp;N)</source>
        <translation>&amp;New database</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="83"/>
        <source>打开已有数据库(&amp;O)</source>
        <translation>&amp;Open an existing database</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="90"/>
        <source>数据库文件路径</source>
        <translation>Database file path</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="92"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="101"/>
        <source>为本企业创建加密数据库，并设置第一位管理员。</source>
        <translation>Create an encrypted database for your company and set up the first administrator.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="107"/>
        <source>数据库已在本机或共享位置（例如从备份恢复后），直接打开它。</source>
        <translation>The database is already on this computer or a shared location (e.g. restored from a backup): open it directly.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="135"/>
        <source>选择数据库</source>
        <translation>Choose database</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="145"/>
        <source>文件不存在</source>
        <translation>The file does not exist</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="173"/>
        <source>添加事项</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="180"/>
        <source>如“笔记本电脑 ThinkPad X1，序列号 PF2ABC”</source>
        <translation>e.g. &quot;ThinkPad X1 laptop, serial PF2ABC&quot;</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="182"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="183"/>
        <source>内容</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="184"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="61"/>
        <source>入职登记</source>
        <translation>Joining</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="66"/>
        <source>{name}（{number}）入职。清单：入职当日签订保密协议，{days} 天内参加保密培训，以及岗位所需的知悉授权等事项；各项到期日显示在工作台。</source>
        <translation>{name} ({number}) joins. Checklist: the NDA signed on the first day, secrecy training within {days} days, and the grants the post needs; each due date shows on the dashboard.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="72"/>
        <source>重点岗位 / 涉密人员</source>
        <translation>Key post / secret-holding staff</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="76"/>
        <source>岗位所需事项，每行一项，如“授予 MM-2026-0003 查阅权限”</source>
        <translation>What the post needs, one a line, e.g. &quot;grant consult access to MM-2026-0003&quot;</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="79"/>
        <source>入职日期</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="80"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="82"/>
        <source>岗位事项</source>
        <translation>Post tasks</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="345"/>
        <source>恢复密钥</source>
        <translation>Recovery Key</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="346"/>
        <source>恢复密钥只在此显示这一次。请现在保存。</source>
        <translation>The recovery key is shown only this once. Save it now.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="349"/>
        <source>恢复密钥就是数据库的数据密钥。全部操作员忘记密码、或密钥槽文件丢失时，只有凭它才能打开数据库；任何人拿到它也能打开数据库。请打印恢复密钥单并存放在保险柜中，不要把它保存在这台电脑上。</source>
        <translation>The recovery key is the database&apos;s data key. If every operator forgets their password or the key slot file is lost, only this key can open the database — and anyone who has it can open the database. Print the recovery sheet and keep it in a safe; do not store it on this computer.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="374"/>
        <source>复制(&amp;C)</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="377"/>
        <source>保存恢复密钥单 (PDF)(&amp;S)…</source>
        <translation>&amp;Save Recovery Sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="386"/>
        <source>我已将恢复密钥妥善保管(&amp;K)</source>
        <translation>I have &amp;kept the recovery key in a safe place</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="415"/>
        <source>已复制。{n} 秒后将自动从剪贴板清除。</source>
        <translation>Copied. It will be cleared from the clipboard in {n} seconds.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="420"/>
        <source>TSDesk-恢复密钥单-{name}.pdf</source>
        <translation>TSDesk-recovery-sheet-{name}.pdf</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="424"/>
        <source>保存恢复密钥单</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="424"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="436"/>
        <source>无法保存</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="437"/>
        <source>无法写入 {path}：{reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/wizard.py" line="441"/>
        <source>已保存到 {path}。打印后请删除该文件，或将其移出这台电脑。</source>
        <translation>Saved to {path}. After printing, delete the file or move it off this computer.</translation>
    </message>
</context>
<context>
    <name>LabelsPage</name>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="66"/>
        <source>编号、名称、保管人…，或扫描标识</source>
        <translation>Number, name, custodian… or scan a label</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="69"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="73"/>
        <location filename="../../tsdesk/ui/labels/batch.py" line="86"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="74"/>
        <location filename="../../tsdesk/ui/labels/batch.py" line="87"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="75"/>
        <location filename="../../tsdesk/ui/labels/batch.py" line="88"/>
        <source>密级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="76"/>
        <location filename="../../tsdesk/ui/labels/batch.py" line="90"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="80"/>
        <source>加入打印批次</source>
        <translation>Add to Print Batch</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="82"/>
        <source>加入载体页选中的载体</source>
        <translation>Add from Carriers Page</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="89"/>
        <source>保密期限</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="92"/>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="94"/>
        <source>{n} 次</source>
        <translation>{n}×</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="100"/>
        <source>移出</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="102"/>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="59"/>
        <source>选择载体</source>
        <translation>Choose Carriers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="120"/>
        <source>打印批次</source>
        <translation>Print Batch</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/setup.py" line="76"/>
        <source>自定义尺寸…</source>
        <translation>Custom Size…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/setup.py" line="78"/>
        <source>设为默认</source>
        <translation>Set as Default</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/setup.py" line="83"/>
        <source>用过一部分的标签纸：从第几枚开始打印（按行计数）</source>
        <translation>For a partly used label sheet: the label to start printing at (counted row by row)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/setup.py" line="86"/>
        <source>二维码只含编号和校验码（小标签自动采用）</source>
        <translation>QR code holds only number and check code (automatic on small labels)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/setup.py" line="94"/>
        <source>先打印对位测试页，对着标签纸透光比对；向右、向下为正，按打印机分别保存在本机。</source>
        <translation>Print the alignment test page first and hold it against a label sheet to the light. Right and down are positive; saved on this PC for each printer.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/setup.py" line="70"/>
        <source>标签与打印机</source>
        <translation>Labels and Printer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/print_log.py" line="24"/>
        <location filename="../../tsdesk/ui/labels/setup.py" line="107"/>
        <source>模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/setup.py" line="108"/>
        <source>起始位置</source>
        <translation>Start at</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/print_log.py" line="25"/>
        <location filename="../../tsdesk/ui/labels/setup.py" line="110"/>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/setup.py" line="112"/>
        <source>向右</source>
        <translation>Right</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/setup.py" line="114"/>
        <source>向下</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/setup.py" line="117"/>
        <source>偏移校准</source>
        <translation>Offset calibration</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/output.py" line="17"/>
        <source>预览…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/output.py" line="18"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/output.py" line="19"/>
        <source>保存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/output.py" line="20"/>
        <source>对位测试页…</source>
        <translation>Alignment Test Page…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/output.py" line="21"/>
        <source>纸质文件封面…</source>
        <translation>Paper Document Covers…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/output.py" line="23"/>
        <source>为批次中的纸质载体各打印一张 A4 封面（依据《海淀区互联网企业商业秘密保护指引》第9.1.2.1条）</source>
        <translation>Print an A4 cover for each paper carrier in the batch (under the Haidian district guide for internet enterprises on trade-secret protection, art. 9.1.2.1)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/output.py" line="31"/>
        <source>为 PDF 文件逐页加注页眉、页脚和水印（依据《海淀区互联网企业商业秘密保护指引》第9.2.2条）</source>
        <translation>Add a header, footer and watermark to every page of a PDF file (under the Haidian district guide for internet enterprises on trade-secret protection, art. 9.2.2)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/output.py" line="28"/>
        <source>涉密区域标识牌…</source>
        <translation>Secret Area Sign…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/output.py" line="29"/>
        <source>文档加注标记…</source>
        <translation>Mark a Document…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/output.py" line="16"/>
        <source>输出</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/print_log.py" line="22"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/print_log.py" line="23"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/print_log.py" line="26"/>
        <source>起始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/print_log.py" line="27"/>
        <source>标识</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/print_log.py" line="28"/>
        <source>补打原因</source>
        <translation>Reprint reason</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/print_log.py" line="18"/>
        <source>打印记录</source>
        <translation>Print Log</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/labels.py" line="95"/>
        <source>标识打印</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/setup.py" line="147"/>
        <source>（不校准）</source>
        <translation>(no calibration)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/setup.py" line="173"/>
        <source> / {n}</source>
        <translation> / {n}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="132"/>
        <source>共 {n} 个载体</source>
        <translation>{n} carriers in total</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="158"/>
        <source>标识无效或不属于本库：{text}</source>
        <translation>Invalid label, or not from this database: {text}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="168"/>
        <source>找到 {n} 个载体</source>
        <translation>Found {n} carriers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="170"/>
        <source>没有找到载体</source>
        <translation>No carrier found</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/batch.py" line="182"/>
        <source>载体页没有选中的载体</source>
        <translation>No carriers are selected on the Carriers page</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/labels.py" line="139"/>
        <source>补打标识</source>
        <translation>Reprint labels</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/labels.py" line="141"/>
        <source>以下载体的标识已打印过：{numbers}
补打的标识将标注“补 N”，旧标识应收回。请填写补打原因：</source>
        <translation>Labels for these carriers have been printed before: {numbers}
Reprinted labels are marked “补 N” (reprint N) and the old labels should be withdrawn. Please give the reason for the reprint:</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/labels.py" line="147"/>
        <source>补打须填写原因</source>
        <translation>A reprint needs a reason</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/labels.py" line="196"/>
        <source>标识预览 — {t}</source>
        <translation>Label Preview — {t}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/labels.py" line="208"/>
        <location filename="../../tsdesk/ui/labels/labels.py" line="243"/>
        <location filename="../../tsdesk/ui/labels/labels.py" line="287"/>
        <source>正在生成标识…</source>
        <translation>Generating labels…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/labels.py" line="225"/>
        <source>商业秘密标识</source>
        <translation>Trade secret labels</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/labels.py" line="239"/>
        <source>无法打开打印机，请检查打印机是否可用。</source>
        <translation>Cannot open the printer. Please check that it is available.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/labels.py" line="255"/>
        <source>已打印 {n} 枚标识，记入打印记录 #{id}</source>
        <translation>Printed {n} labels, recorded as print log #{id}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/labels.py" line="268"/>
        <source>保存标识 PDF</source>
        <translation>Save labels as PDF</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/labels.py" line="283"/>
        <source>已保存 {path}（打印记录 #{id}）</source>
        <translation>Saved {path} (print log #{id})</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/labels.py" line="299"/>
        <source>对位测试页 — {t}</source>
        <translation>Alignment Test Page — {t}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/setup.py" line="200"/>
        <source>默认模板：{t}</source>
        <translation>Default template: {t}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/labels.py" line="305"/>
        <source>涉密区域标识牌</source>
        <translation>Secret Area Sign</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/labels.py" line="311"/>
        <source>已加注标记（{n} 页）：{path}</source>
        <translation>Marked ({n} pages): {path}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="145"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="537"/>
        <source>TSDesk — 解锁</source>
        <translation>TSDesk — Unlock</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="537"/>
        <source>TSDesk — 登录</source>
        <translation>TSDesk — Log In</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="543"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="549"/>
        <source>新建数据库(&amp;N)…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="583"/>
        <source>审计记录可能被删改：{problem}

密钥槽文件记录的最后状态：第 {seq} 号事件（{at}）。此次发现已记入审计日志。请在“审计”页校验审计链，并用打印件页脚或备份上的审计链头核对。</source>
        <translation>The audit records may have been tampered with: {problem}

The key-slot file last recorded event {seq} ({at}). This finding has been written to the audit log. Verify the audit chain on the Audit page and check it against the chain heads on printed footers or backups.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="590"/>
        <source>审计链警告</source>
        <translation>Audit chain warning</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="89"/>
        <source>TSDesk 数据库 (*.tsdesk *.db);;所有文件 (*)</source>
        <translation>TSDesk databases (*.tsdesk *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="176"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="193"/>
        <location filename="../../tsdesk/ui/login.py" line="378"/>
        <source>在此 Windows 账户下解锁(&amp;W)</source>
        <translation>Unlock with this &amp;Windows account</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="205"/>
        <source>数据库(&amp;D)：</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="208"/>
        <source>操作员(&amp;O)：</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="209"/>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="211"/>
        <source>恢复密钥(&amp;R)：</source>
        <translation>&amp;Recovery key:</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="230"/>
        <source>解锁(&amp;U)</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="256"/>
        <source>已锁定。请输入密码解锁。</source>
        <translation>Locked. Enter your password to unlock.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="259"/>
        <source>商业秘密保护管理系统</source>
        <translation>Trade Secret Protection Management</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="298"/>
        <source>使用操作员密码</source>
        <translation>Use operator password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="298"/>
        <source>使用恢复密钥…</source>
        <translation>Use recovery key…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="383"/>
        <source>在此 Windows 账户下解锁（不可用：{reason}）</source>
        <translation>Unlock with this Windows account (unavailable: {reason})</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="411"/>
        <source>正在解锁…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="413"/>
        <source>正在解锁…（多次失败后需等待 {n} 秒）</source>
        <translation>Unlocking… (waiting {n} seconds after repeated failures)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="424"/>
        <source>选择数据库</source>
        <translation>Choose database</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="437"/>
        <source>请选择数据库文件</source>
        <translation>Please choose the database file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="442"/>
        <source>请输入恢复密钥</source>
        <translation>Please enter the recovery key</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="449"/>
        <source>请输入操作员名</source>
        <translation>Please enter the operator name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="457"/>
        <source>请输入密码</source>
        <translation>Please enter the password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="510"/>
        <source>数据库正在使用</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/login.py" line="511"/>
        <source>以只读方式打开？</source>
        <translation>Open it read-only?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="208"/>
        <source>搜索或扫描标签…</source>
        <translation>Search or scan a label…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="211"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="240"/>
        <source>只读</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="246"/>
        <source>数据库以只读方式打开（另一处正在使用），不能修改。</source>
        <translation>The database is open read-only (it is in use elsewhere) and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="260"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="261"/>
        <source>锁定(&amp;L)</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="264"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="269"/>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="272"/>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="277"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="278"/>
        <source>关于 TSDesk(&amp;A)</source>
        <translation>&amp;About TSDesk</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="334"/>
        <source>操作员：{who}</source>
        <translation>Operator: {who}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="338"/>
        <source>TSDesk — {company}</source>
        <translation>TSDesk — {company}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="344"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="344"/>
        <source>已解锁</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="360"/>
        <source>关于 TSDesk</source>
        <translation>About TSDesk</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="362"/>
        <source>&lt;h3&gt;TSDesk {version}&lt;/h3&gt;&lt;p&gt;商业秘密保护管理桌面系统&lt;/p&gt;&lt;p&gt;数据保存在本机的加密数据库（SQLCipher）中，所有更改记入可校验的审计链。&lt;/p&gt;&lt;p&gt;界面与打印文件内嵌的中文字体：{font}（许可证见安装目录 resources/fonts）。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TSDesk {version}&lt;/h3&gt;&lt;p&gt;Trade secret protection management&lt;/p&gt;&lt;p&gt;Data is kept on this PC in an encrypted database (SQLCipher); every change is recorded in a verifiable audit chain.&lt;/p&gt;&lt;p&gt;Chinese font embedded in the interface and printed files: {font} (licence in the installation folder, resources/fonts).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="461"/>
        <source>未找到：{text}</source>
        <translation>Not found: {text}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/main_window.py" line="531"/>
        <source>锁定前另一操作员未保存的表单内容已丢弃。</source>
        <translation>An unsaved form left open by another operator before the lock was discarded.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="184"/>
        <source>对应列</source>
        <translation>Map Columns</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="185"/>
        <source>为文件中的每一列选择对应的字段；不需要的列选“不导入”。</source>
        <translation>Choose the field for each column of the file; for columns you do not need, choose “Do not import”.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="186"/>
        <source>文件中的列</source>
        <translation>Column in file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="186"/>
        <source>示例内容</source>
        <translation>Sample content</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="186"/>
        <source>对应字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="217"/>
        <source>（不导入）</source>
        <translation>(Do not import)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="219"/>
        <source>（仅查看，不导入）</source>
        <translation>(View only, not imported)</translation>
    </message>
</context>
<context>
    <name>MethodDialog</name>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="496"/>
        <source>纸质</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="497"/>
        <source>存储介质</source>
        <translation>Storage media</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="498"/>
        <source>电子数据</source>
        <translation>Electronic data</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="499"/>
        <source>任何载体</source>
        <translation>Any carrier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="502"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="503"/>
        <source>净化</source>
        <translation>Purge</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="504"/>
        <source>销毁</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="515"/>
        <source>销毁方法</source>
        <translation>Destruction methods</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="519"/>
        <source>（新方法）</source>
        <translation>(new method)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="524"/>
        <source>如：shred_p5</source>
        <translation>e.g. shred_p5</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="533"/>
        <source>如：P-5</source>
        <translation>e.g. P-5</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="534"/>
        <source>可选用</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="536"/>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="537"/>
        <source>代码</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="538"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="539"/>
        <source>适用于</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="540"/>
        <source>处理程度</source>
        <translation>Sanitization</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="541"/>
        <source>安全级别</source>
        <translation>Security level</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="343"/>
        <source>{number}&#x3000;{title}&#x3000;（{grade}）</source>
        <translation>{number}  {title}  ({grade})</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="348"/>
        <source>该载体所涉商业秘密的等级要求流转须经审批：确定后请审批人当面输入密码。</source>
        <translation>The grade of the trade secrets on this carrier requires approval for movements: after OK, an approver enters their password in person.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="354"/>
        <source>（未指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="361"/>
        <source>已拆卸涉密存储介质（硬盘、存储卡等），由本单位留存</source>
        <translation>Classified storage media (hard disks, memory cards, etc.) removed and kept by the company</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="368"/>
        <source>故障与维修事项</source>
        <translation>Fault and repair</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="369"/>
        <source>查阅事项</source>
        <translation>Purpose of consultation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="370"/>
        <source>用途（使用事项）</source>
        <translation>Purpose (use)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="372"/>
        <source>复制内容</source>
        <translation>What is copied</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="373"/>
        <source>查阅内容</source>
        <translation>What is consulted</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="374"/>
        <source>借阅内容</source>
        <translation>What is borrowed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="376"/>
        <source>复制设备</source>
        <translation>Copying device</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="377"/>
        <source>维修单位</source>
        <translation>Repairer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="378"/>
        <source>指定使用设备</source>
        <translation>Designated device</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="379"/>
        <source>归还日期</source>
        <translation>Return date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="379"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="380"/>
        <source>应还日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="381"/>
        <source>存储介质</source>
        <translation>Storage media</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="382"/>
        <source>存放区域</source>
        <translation>Storage area</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="384"/>
        <source>复制件存放区域</source>
        <translation>Storage area for the copy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="385"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="404"/>
        <source>存放位置</source>
        <translation>Storage location</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="408"/>
        <source>（本单位员工）</source>
        <translation>(an employee)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="412"/>
        <source>或外部相对方</source>
        <translation>Or an outside party</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="428"/>
        <source>提交审批…</source>
        <translation>Submit for Approval…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="461"/>
        <source>{kind}载体 {number}</source>
        <translation>{kind}: carrier {number}</translation>
    </message>
</context>
<context>
    <name>NoncompeteLedgerDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="433"/>
        <source>竞业限制补偿</source>
        <translation>Non-compete compensation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="443"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="444"/>
        <source>应付日期</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="445"/>
        <source>应付（元）</source>
        <translation>Due (yuan)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="446"/>
        <source>支付日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="447"/>
        <source>实付（元）</source>
        <translation>Paid (yuan)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="448"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="453"/>
        <source>登记支付…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="455"/>
        <source>起算…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="457"/>
        <source>解除竞业限制…</source>
        <translation>Release the restriction…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="459"/>
        <source>打印明细…</source>
        <translation>Print statement…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="475"/>
        <source>所选月份的支付凭证</source>
        <translation>Vouchers for the selected month</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="489"/>
        <source>{who}&#x3000;{number}&#x3000;每月 {monthly} 元&#x3000;共 {months} 个月</source>
        <translation>{who}  {number}  {monthly} yuan a month  {months} months</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="496"/>
        <source>&#x3000;自 {start} 至 {end}</source>
        <translation>  from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="500"/>
        <source>&#x3000;已于 {day} 解除</source>
        <translation>  released on {day}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="507"/>
        <source>⚠ 已有 {n} 个月补偿逾期未付：劳动者可以解除竞业限制约定。</source>
        <translation>⚠ {n} months of compensation unpaid: the employee may end the restriction.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="513"/>
        <source>{n} 个月补偿逾期未付；连续三个月未付，劳动者可解除竞业限制。</source>
        <translation>{n} month(s) of compensation unpaid; after three unpaid months the employee may end the restriction.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="518"/>
        <source>每月补偿低于离职前十二个月平均工资的 30%。</source>
        <translation>The monthly compensation is below 30 % of the average wage of the last 12 months.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="520"/>
        <source>尚未起算：员工离职后请点“起算…”。</source>
        <translation>Not started: once the employee has left, click Start….</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="578"/>
        <source>竞业限制补偿明细</source>
        <translation>Non-compete compensation statement</translation>
    </message>
</context>
<context>
    <name>NoncompetePaymentDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="334"/>
        <source>登记补偿支付</source>
        <translation>Record compensation payment</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="337"/>
        <source>{month} 的竞业限制补偿，应付 {amount} 元，应付日期 {due}。</source>
        <translation>Non-compete compensation for {month}: {amount} yuan due on {due}.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="347"/>
        <source>如：银行转账，回单号</source>
        <translation>e.g. bank transfer, receipt number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="349"/>
        <source>（未选择）</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="351"/>
        <source>选择凭证…</source>
        <translation>Choose voucher…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="356"/>
        <source>支付日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="357"/>
        <source>实付金额</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="358"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="359"/>
        <source>支付凭证</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="362"/>
        <source>选择支付凭证</source>
        <translation>Choose the payment voucher</translation>
    </message>
</context>
<context>
    <name>NoncompeteStartDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="416"/>
        <source>竞业限制起算</source>
        <translation>Start the non-compete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="418"/>
        <source>自员工离职之日起计算竞业限制期，并按月生成补偿明细。</source>
        <translation>The restriction runs from the employee&apos;s leaving date; a monthly compensation ledger is made.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="421"/>
        <source>离职日期</source>
        <translation>Leaving date</translation>
    </message>
</context>
<context>
    <name>NoncompeteWaiverDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="390"/>
        <source>解除竞业限制</source>
        <translation>Release the non-compete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="395"/>
        <source>用人单位可随时解除竞业限制。司法实践中，解除时通常须额外支付三个月的补偿（约 {extra} 元）。解除后不再产生以后月份的补偿；此前已到期未付的仍应支付。</source>
        <translation>The employer may release the restriction at any time. In court practice, three more months&apos; compensation is usually paid on release (about {extra} yuan). No compensation accrues for later months; amounts already due remain payable.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="402"/>
        <source>如：经研究不再限制，已书面通知本人</source>
        <translation>e.g. no longer needed, the employee was told in writing</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="403"/>
        <source>解除日期</source>
        <translation>Released on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="404"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="58"/>
        <source>两次输入的密码不一致，请重新输入确认密码。</source>
        <translation>The two passwords do not match. Please re-enter the confirmation.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="171"/>
        <source>操作员名</source>
        <translation>Operator name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="172"/>
        <source>显示名</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="173"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="174"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="174"/>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="174"/>
        <location filename="../../tsdesk/ui/admin/operators.py" line="191"/>
        <location filename="../../tsdesk/ui/admin/operators.py" line="272"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="175"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="175"/>
        <source>已设置</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="176"/>
        <source>本机解锁</source>
        <translation>Unlock on this PC</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="176"/>
        <source>已启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="185"/>
        <source>新增操作员…</source>
        <translation>Add Operator…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="187"/>
        <source>重置密码…</source>
        <translation>Reset Password…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="189"/>
        <source>更改角色…</source>
        <translation>Change Role…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="204"/>
        <source>只有管理员可以新增、停用操作员或更改角色。</source>
        <translation>Only an administrator can add or disable operators or change roles.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="209"/>
        <source>修改我的密码…</source>
        <translation>Change My Password…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="211"/>
        <source>在此 Windows 账户下解锁</source>
        <translation>Unlock with this Windows account</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="214"/>
        <source>启用后，在本机以当前 Windows 账户登录时无需输入密码即可解锁。只在专人专用的计算机上启用。</source>
        <translation>When enabled, you can unlock without a password while logged in to this PC with the current Windows account. Enable it only on a computer used by you alone.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="222"/>
        <source>我的账户</source>
        <translation>My Account</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="239"/>
        <source>操作员</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="272"/>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="279"/>
        <source>当前操作员：{name}（{role}）</source>
        <translation>Current operator: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="288"/>
        <source>以恢复密钥打开时没有本人账户</source>
        <translation>There is no personal account when opened with the recovery key</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="289"/>
        <source>以恢复密钥打开时不可用。</source>
        <translation>Not available when opened with the recovery key.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="293"/>
        <source>不可用：{reason}</source>
        <translation>Unavailable: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="301"/>
        <source>解锁密钥保存在本机的系统凭据存储中（{backend}）。</source>
        <translation>The unlock key is kept in this PC&apos;s system credential store ({backend}).</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="329"/>
        <source>停用操作员</source>
        <translation>Disable operator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="331"/>
        <source>停用 {name}？停用后该操作员不能再登录（其密码和本机解锁失效），审计记录保留。之后可以重新启用，但需要重置密码。</source>
        <translation>Disable {name}? The operator will no longer be able to log in (their password and unlock on this PC stop working); audit records are kept. They can be re-enabled later, but their password must then be reset.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="335"/>
        <source>启用操作员</source>
        <translation>Enable operator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="336"/>
        <source>重新启用 {name}？启用后请为其重置密码。</source>
        <translation>Re-enable {name}? Afterwards, reset their password.</translation>
    </message>
</context>
<context>
    <name>PartiesDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="627"/>
        <source>相对方</source>
        <translation>Outside parties</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="630"/>
        <source>外部相对方须有生效中的商业保密协议，才能借阅、查阅或领取涉密载体的复制件。</source>
        <translation>An outside party may borrow, consult or receive a copy of a carrier only under a business NDA in force.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="635"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="635"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="635"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="635"/>
        <source>商业保密协议</source>
        <translation>Business NDA</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="638"/>
        <source>新增…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="640"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="665"/>
        <source>生效中</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="665"/>
        <source>无</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="591"/>
        <source>新增相对方</source>
        <translation>Add outside party</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="591"/>
        <source>编辑相对方</source>
        <translation>Edit outside party</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="595"/>
        <source>单位或个人名称</source>
        <translation>Organisation or person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="601"/>
        <source>联系人和电话</source>
        <translation>Contact person and phone</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="603"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="604"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="605"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_dialogs.py" line="606"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="149"/>
        <source>上一页</source>
        <translation>Previous Page</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="150"/>
        <source>下一页</source>
        <translation>Next Page</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="152"/>
        <source>缩小</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="153"/>
        <source>放大</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="154"/>
        <source>适合宽度</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="155"/>
        <source>整页</source>
        <translation>Whole Page</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="156"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="157"/>
        <source>另存为…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="158"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="219"/>
        <source>第 {page} / {count} 页</source>
        <translation>Page {page} / {count}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="230"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="237"/>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="237"/>
        <source>无法打开打印机，请检查打印机是否可用。</source>
        <translation>Cannot open the printer. Please check that it is available.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="248"/>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="259"/>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="250"/>
        <source>保存的 PDF 文件不再受数据库加密保护，任何能打开该文件的人都能看到其内容。请妥善保管，用后及时删除。

确定要保存吗？</source>
        <translation>A saved PDF file is no longer protected by the database&apos;s encryption: anyone who can open the file can read it. Keep it safe and delete it when you are done.

Save it anyway?</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="259"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="270"/>
        <source>无法保存</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/pdf_preview.py" line="271"/>
        <source>无法写入文件：{reason}</source>
        <translation>Cannot write the file: {reason}</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="111"/>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="112"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="113"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="114"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="115"/>
        <source>重点岗位</source>
        <translation>Key post</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="116"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="117"/>
        <source>保密协议</source>
        <translation>NDA</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="118"/>
        <source>竞业限制</source>
        <translation>Non-compete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="119"/>
        <source>最近培训</source>
        <translation>Last training</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="166"/>
        <source>检索姓名、工号、岗位</source>
        <translation>Search name, staff no., job</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="170"/>
        <source>全部人员</source>
        <translation>All people</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="177"/>
        <source>新增人员…</source>
        <translation>Add Person…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="179"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="181"/>
        <source>入职登记(&amp;J)…</source>
        <translation>&amp;Join…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="183"/>
        <source>调岗(&amp;T)…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="185"/>
        <location filename="../../tsdesk/ui/people/people.py" line="344"/>
        <source>离职(&amp;L)…</source>
        <translation>&amp;Leave…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="210"/>
        <source>协议</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="211"/>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="242"/>
        <source>人员与协议</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="261"/>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="344"/>
        <source>恢复在职</source>
        <translation>Reinstate</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="52"/>
        <source>检索姓名、工号、部门</source>
        <translation>Search name, staff no., department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="61"/>
        <source>添加 →</source>
        <translation>Add →</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="63"/>
        <source>全部添加</source>
        <translation>Add all</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="64"/>
        <source>添加左侧列出的全部人员</source>
        <translation>Add everyone listed on the left</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="66"/>
        <source>← 移除</source>
        <translation>← Remove</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="134"/>
        <source>已选 {n} 人</source>
        <translation>{n} chosen</translation>
    </message>
</context>
<context>
    <name>PersonAgreementsTab</name>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_widgets.py" line="57"/>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_widgets.py" line="58"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_widgets.py" line="59"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_widgets.py" line="60"/>
        <source>生效</source>
        <translation>Effective</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_widgets.py" line="61"/>
        <source>终止</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_widgets.py" line="88"/>
        <source>员工保密协议：生效中</source>
        <translation>Employee NDA: in force</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_widgets.py" line="88"/>
        <source>⚠ 没有生效中的员工保密协议</source>
        <translation>⚠ No employee NDA in force</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="51"/>
        <source>新增人员</source>
        <translation>Add Person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="51"/>
        <source>编辑人员</source>
        <translation>Edit Person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="55"/>
        <source>工号，如 YF041</source>
        <translation>Staff no., e.g. YF041</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="58"/>
        <source>（未指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="65"/>
        <source>已入职</source>
        <translation>Hired</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="73"/>
        <source>重点岗位 / 涉密人员</source>
        <translation>Key post / secret-holding staff</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="75"/>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="76"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="77"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="78"/>
        <source>岗位</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="79"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="80"/>
        <source>入职日期</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="84"/>
        <source>改动部门或岗位即开始调岗手续：其知悉授权、区域准入和载体须逐项复核。</source>
        <translation>Changing the department or post starts a job change: their grants, area access and carriers are reviewed one by one.</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="357"/>
        <source>办理手续(&amp;P)…</source>
        <translation>&amp;Procedure…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="374"/>
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="375"/>
        <source>知悉与准入</source>
        <translation>Grants and access</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="377"/>
        <source>载体</source>
        <translation>Carriers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="378"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="399"/>
        <source>（未选择人员）</source>
        <translation>(no person selected)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="406"/>
        <source>未指定部门</source>
        <translation>No department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="412"/>
        <source>⚠ 已于 {day} 离职，仍有 {n} 项有效的知悉权限、{m} 个区域的进入授权。请逐项撤销。</source>
        <translation>⚠ Left on {day} but still holds {n} current grants and access to {m} areas. Revoke them one by one.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="431"/>
        <source>{kind}手续办理中（{day} 开始）：还有 {n} 项未办结。</source>
        <translation>{kind} procedure under way (since {day}): {n} items open.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="435"/>
        <source>离职日期 {day}。</source>
        <translation>Leaving date {day}.</translation>
    </message>
</context>
<context>
    <name>PersonTrainingTab</name>
    <message>
        <location filename="../../tsdesk/ui/people/training_widgets.py" line="66"/>
        <location filename="../../tsdesk/ui/people/training_widgets.py" line="68"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_widgets.py" line="66"/>
        <source>培训主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_widgets.py" line="66"/>
        <source>培训对象</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_widgets.py" line="66"/>
        <source>成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_widgets.py" line="68"/>
        <source>演练场景</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_widgets.py" line="74"/>
        <source>培训记录</source>
        <translation>Training sessions</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_widgets.py" line="76"/>
        <source>参加的演练</source>
        <translation>Drills taken part in</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_widgets.py" line="90"/>
        <source>最近一次培训：{day}</source>
        <translation>Last trained: {day}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_widgets.py" line="92"/>
        <source>尚无培训记录</source>
        <translation>No training recorded</translation>
    </message>
</context>
<context>
    <name>PointsEditor</name>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="102"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="103"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="104"/>
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="105"/>
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="116"/>
        <source>每条写一个区别于公知信息的具体技术方案或经营信息，如“引纬凸轮的非对称廓线数据”。双击可修改。</source>
        <translation>Write one specific technical solution or business information per entry that sets it apart from public knowledge, e.g. &quot;asymmetric profile data of the weft-insertion cam&quot;. Double-click to edit.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="246"/>
        <source>预览与检查</source>
        <translation>Preview and Check</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="247"/>
        <source>已逐行检查。只有全部行都没有问题时才能导入。</source>
        <translation>Every row has been checked. The file can be imported only when no row has a problem.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="249"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="253"/>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="348"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="253"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="253"/>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="259"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="260"/>
        <source>前 {n} 行</source>
        <translation>First {n} rows</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="261"/>
        <source>将新建的部门和人员</source>
        <translation>Departments and people to be created</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="270"/>
        <source>正在检查每一行…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="300"/>
        <source>新建部门：</source>
        <translation>New departments:</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="303"/>
        <source>新建人员：</source>
        <translation>New people:</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="306"/>
        <source>文件中的部门和人员均已存在。</source>
        <translation>All departments and people in the file already exist.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="311"/>
        <source>发现 {n} 处问题，请修改文件后重新选择。整个文件都不会导入。</source>
        <translation>Found {n} problems. Correct the file and choose it again. Nothing from the file will be imported.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="324"/>
        <source>{rows} 行全部可以导入（沿用编号 {kept} 项，其余自动编号）；将新建部门 {d} 个、人员 {p} 名。导入的记录状态为“拟定”。</source>
        <translation>All {rows} rows can be imported ({kept} keep their numbers, the rest are numbered automatically); {d} departments and {p} people will be created. Imported records have the status “Draft”.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="339"/>
        <source>文件中有系统尚无的部门，新建部门需要管理员权限：请由管理员导入，或先请管理员添加这些部门。</source>
        <translation>The file names departments that do not exist yet, and creating departments needs an administrator: have an administrator import the file, or ask one to add these departments first.</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="224"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="224"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="224"/>
        <source>到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="224"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="224"/>
        <source>办结</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="235"/>
        <source>说明（可选），如“已格式化”“仍负责该项目”</source>
        <translation>Note (optional), e.g. &quot;formatted&quot;, &quot;still on the project&quot;</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="240"/>
        <source>保留</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="241"/>
        <source>撤销…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="242"/>
        <source>已归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="243"/>
        <source>已移交保管</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="244"/>
        <source>已擦除</source>
        <translation>Wiped</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="245"/>
        <source>已签署</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="246"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="247"/>
        <source>签订竞业限制</source>
        <translation>Sign non-compete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="248"/>
        <source>放弃竞业限制</source>
        <translation>Waive non-compete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="249"/>
        <source>不需要</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="258"/>
        <source>添加事项(&amp;A)…</source>
        <translation>&amp;Add item…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="260"/>
        <source>离职交接单(&amp;S)…</source>
        <translation>Hand-over &amp;sheet…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="262"/>
        <source>离职提醒函(&amp;R)…</source>
        <translation>&amp;Reminder letter…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="265"/>
        <source>申请销毁…</source>
        <translation>Request destruction…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="268"/>
        <source>疑似泄密，立案…</source>
        <translation>Suspected leak: open a case…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="270"/>
        <source>完成(&amp;C)</source>
        <translation>&amp;Complete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="272"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="304"/>
        <source>{kind}手续 — {name}（{number}）</source>
        <translation>{kind} procedure — {name} ({number})</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="309"/>
        <source>开始 {day}（{who}）</source>
        <translation>started {day} ({who})</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="310"/>
        <source>生效 {day}</source>
        <translation>effective {day}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="314"/>
        <source>由 {old} {old_post} 调往 {new} {new_post}</source>
        <translation>from {old} {old_post} to {new} {new_post}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="315"/>
        <location filename="../../tsdesk/ui/people/procedures.py" line="317"/>
        <source>未指定部门</source>
        <translation>no department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="323"/>
        <source>已于 {day} 完成（{who}）</source>
        <translation>completed on {day} ({who})</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="336"/>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="385"/>
        <source>尚未办结：
{items}</source>
        <translation>Still open:
{items}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="388"/>
        <source>手续已完成。</source>
        <translation>The procedure is completed.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="391"/>
        <source>还有 {n} 项未办结，办完后才能完成。</source>
        <translation>{n} items are open; the procedure completes once they are settled.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="394"/>
        <source>各项均已办结，可以完成。</source>
        <translation>Every item is settled: the procedure can be completed.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="424"/>
        <source>撤销授权</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="425"/>
        <source>撤销“{label}”？撤销立即生效并记入审计，不能恢复（只能重新授权）。</source>
        <translation>Revoke &quot;{label}&quot;? It takes effect at once and is audited; it cannot be undone (only granted anew).</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="447"/>
        <source>完成离职</source>
        <translation>Complete leaving</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="448"/>
        <source>完成后 {name} 的状态为离职（{day}），其余授权随即终止。继续？</source>
        <translation>After completing, {name} has left ({day}) and any access left ends. Continue?</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="471"/>
        <source>离职提醒函</source>
        <translation>Exit reminder letter</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="471"/>
        <source>离职交接单</source>
        <translation>Exit hand-over sheet</translation>
    </message>
</context>
<context>
    <name>ProgrammeItemDialog</name>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="197"/>
        <source>新增工作方案事项</source>
        <translation>New programme item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="200"/>
        <source>培训、检查、演练和清单复核事项由相应记录自动勾选；其他事项手工确认。</source>
        <translation>Training, inspection, drill and register-review items are ticked by their records; other items are confirmed by hand.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="205"/>
        <source>如：第二季度保密检查</source>
        <translation>e.g. Q2 secrecy inspection</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="208"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="209"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="210"/>
        <source>计划日期</source>
        <translation>Planned on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="211"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../tsdesk/ui/compliance/programme.py" line="52"/>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/programme.py" line="56"/>
        <source>新增事项…</source>
        <translation>New item…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/programme.py" line="57"/>
        <source>在方案中新增一个计划事项（Ctrl+N）</source>
        <translation>Add a planned item to the programme (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/programme.py" line="59"/>
        <source>确认完成…</source>
        <translation>Confirm done…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/programme.py" line="60"/>
        <source>宣传、交流等没有对应记录的事项，手工确认完成</source>
        <translation>Confirm by hand items with no record of their own (publicity, exchanges)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/programme.py" line="63"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/programme.py" line="70"/>
        <source>计划日期</source>
        <translation>Planned on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/programme.py" line="71"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/programme.py" line="72"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/programme.py" line="73"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/programme.py" line="75"/>
        <source>完成依据</source>
        <translation>Fulfilled by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/programme.py" line="82"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/programme.py" line="97"/>
        <source>已完成 {date}</source>
        <translation>Done {date}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/programme.py" line="98"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/programme.py" line="98"/>
        <source>未完成</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/programme.py" line="111"/>
        <source>共 {n} 项，已完成 {done} 项，逾期 {overdue} 项</source>
        <translation>{n} items, {done} done, {overdue} overdue</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/programme.py" line="115"/>
        <source>本年度尚未制定工作方案</source>
        <translation>No programme for this year yet</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="132"/>
        <source>新的恢复密钥</source>
        <translation>New Recovery Key</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="136"/>
        <source>这是本数据库新的恢复密钥，只显示这一次。凭它即使丢失密钥槽文件也能打开数据库。请保存恢复密钥单并打印，放入保险柜；旧的恢复密钥单请销毁。</source>
        <translation>This is the database&apos;s new recovery key, shown only this once. With it the database can be opened even if the key slot file is lost. Save and print the recovery sheet and keep it in a safe; destroy the old recovery sheet.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="146"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="148"/>
        <source>保存恢复密钥单 (PDF)…</source>
        <translation>Save Recovery Sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="154"/>
        <source>我已妥善保管</source>
        <translation>I have kept it safe</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="186"/>
        <source>保存恢复密钥单</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="188"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="205"/>
        <source>无法写入文件：{reason}</source>
        <translation>Cannot write the file: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="208"/>
        <source>已保存：{path}
该 PDF 含恢复密钥明文：打印后请立即删除此文件。</source>
        <translation>Saved: {path}
This PDF contains the recovery key in clear: delete the file as soon as it is printed.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="57"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="58"/>
        <source>秘密主题</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="59"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="60"/>
        <source>保密等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="61"/>
        <source>保密期限</source>
        <translation>Confidentiality term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="62"/>
        <source>主责部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="63"/>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="64"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="65"/>
        <source>下次审查</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="70"/>
        <source>期限：不限</source>
        <translation>Term: any</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="71"/>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="72"/>
        <source>30 天内到期</source>
        <translation>Expires within 30 days</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="73"/>
        <source>90 天内到期</source>
        <translation>Expires within 90 days</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="74"/>
        <source>180 天内到期</source>
        <translation>Expires within 180 days</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="212"/>
        <source>新增…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="213"/>
        <source>新增商业秘密（Ctrl+N）</source>
        <translation>New trade secret (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="223"/>
        <source>定级助手…</source>
        <translation>Grading Assistant…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="229"/>
        <source>导入…</source>
        <translation>Import...</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="231"/>
        <source>导出…</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="232"/>
        <source>把列表中的商业秘密导出为 Excel 或 CSV 文件</source>
        <translation>Export the listed trade secrets to an Excel or CSV file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="234"/>
        <source>下载导入模板</source>
        <translation>Download import template</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="236"/>
        <source>打印台账…</source>
        <translation>Print ledger...</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="237"/>
        <source>打印列表中的商业秘密台账</source>
        <translation>Print the ledger of the listed trade secrets</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="249"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="250"/>
        <source>导入、导出、下载导入模板、打印台账</source>
        <translation>Import, export, download the import template, print the ledger</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="254"/>
        <source>保密等级设置…</source>
        <translation>Grade Settings…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="260"/>
        <source>检索编号、主题、描述、秘密点</source>
        <translation>Search number, subject, text</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="269"/>
        <source>类别：全部</source>
        <translation>Category: all</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="274"/>
        <source>状态：全部</source>
        <translation>Status: all</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="280"/>
        <source>待审查</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="281"/>
        <source>已确定且下次审查日期已到</source>
        <translation>Confirmed and the next review date has come</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="332"/>
        <source>商业秘密</source>
        <translation>Trade Secrets</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="387"/>
        <source>等级：全部</source>
        <translation>Grade: all</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="392"/>
        <source>部门：全部</source>
        <translation>Department: all</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register.py" line="456"/>
        <source>共 {n} 项</source>
        <translation>{n} in total</translation>
    </message>
</context>
<context>
    <name>RekeyConfirmDialog</name>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="92"/>
        <source>更换数据密钥</source>
        <translation>Change data key</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="96"/>
        <source>将生成新的数据密钥，并用它重新加密整个数据库；各操作员的密码和本机解锁不受影响。

• 旧的恢复密钥以及已打印的恢复密钥单将立即失效，不能再打开本数据库，请在完成后销毁。
• 新的恢复密钥只显示一次，请当场打印恢复密钥单并放入保险柜。
• 此前制作的备份仍由旧密钥加密：在它们被新备份取代前，请继续保管旧的恢复密钥单，并注明仅用于旧备份。
• 数据库越大耗时越长，期间请勿关闭程序。</source>
        <translation>A new data key will be generated and the whole database re-encrypted with it; operators&apos; passwords and unlock on this PC are not affected.

• The old recovery key and any printed recovery sheets stop working at once and can no longer open this database; destroy them afterwards.
• The new recovery key is shown only once: print the recovery sheet right away and keep it in a safe.
• Backups made before are still encrypted with the old key: until newer backups replace them, keep the old recovery sheet and mark it “for old backups only”.
• The larger the database, the longer this takes; do not close the program meanwhile.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="105"/>
        <source>我已了解：旧的恢复密钥将失效</source>
        <translation>I understand that the old recovery key will stop working</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="110"/>
        <source>更换密钥</source>
        <translation>Change Key</translation>
    </message>
</context>
<context>
    <name>RemediesTab</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="148"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="174"/>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="221"/>
        <source>途径</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="175"/>
        <source>受理机关</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="176"/>
        <source>受理号／案号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="177"/>
        <source>提交</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="179"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="188"/>
        <source>登记途径…</source>
        <translation>Add route…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="190"/>
        <source>记录进展…</source>
        <translation>Record progress…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="216"/>
        <source>打印维权材料…</source>
        <translation>Print complaint pack…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="195"/>
        <source>维权途径</source>
        <translation>Legal routes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="218"/>
        <source>维权材料清单</source>
        <translation>Materials checklist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="233"/>
        <source>打印处置报告…</source>
        <translation>Print case report…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="235"/>
        <source>打印处置报告（Ctrl+P）</source>
        <translation>Print case report (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="237"/>
        <source>打印保密措施证据汇编…</source>
        <translation>Print measures bundle…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="240"/>
        <source>文书：</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="295"/>
        <source>（TSDesk 生成）</source>
        <translation> (produced by TSDesk)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="308"/>
        <source>还需补充 {n} 项；勾选时可注明材料所在。</source>
        <translation>{n} still to add; when ticking, note where the material is.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="318"/>
        <source>材料已备</source>
        <translation>Material ready</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="318"/>
        <source>材料所在或说明（可空）：</source>
        <translation>Where it is, or a note (optional):</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="373"/>
        <source>处置报告</source>
        <translation>Case report</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="380"/>
        <source>维权材料</source>
        <translation>Complaint pack</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="389"/>
        <source>保密措施证据汇编</source>
        <translation>Measures evidence bundle</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="407"/>
        <source>正在汇编 {title}…</source>
        <translation>Assembling {title}…</translation>
    </message>
</context>
<context>
    <name>RemedyDialog</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="87"/>
        <source>维权途径</source>
        <translation>Remedy route</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="87"/>
        <source>维权进展</source>
        <translation>Remedy progress</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="101"/>
        <source>刑事报案：记录的损失或获利金额（元）</source>
        <translation>Criminal report: the recorded loss or gain (yuan)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="103"/>
        <source>途径</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="104"/>
        <source>受理机关</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="105"/>
        <source>受理号／案号</source>
        <translation>Reference / case no.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="106"/>
        <source>提交日期</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="107"/>
        <source>结果日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="108"/>
        <source>进展／结果</source>
        <translation>Progress / outcome</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="109"/>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/remedies_tab.py" line="110"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RepealDialog</name>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="107"/>
        <source>废止制度</source>
        <translation>Repeal rule</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="110"/>
        <source>废止《{title}》？废止后它不再算作现行制度，登记和附件仍保留。</source>
        <translation>Repeal “{title}”? It no longer counts as a rule in force; its record and files are kept.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="115"/>
        <source>废止日期</source>
        <translation>Repealed on</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="97"/>
        <source>新建销毁申请</source>
        <translation>New destruction request</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="103"/>
        <source>输入载体编号或名称检索</source>
        <translation>Search carriers by number or title</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="110"/>
        <source>添加载体</source>
        <translation>Add carrier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="117"/>
        <source>系统 / 路径，及其中的内容</source>
        <translation>System / path, and what is on it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="118"/>
        <source>添加数据项</source>
        <translation>Add data set</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="125"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="125"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="125"/>
        <source>名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="125"/>
        <source>保全检查</source>
        <translation>Hold check</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="130"/>
        <source>移除所选项</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="139"/>
        <source>销毁原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="140"/>
        <source>载体</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="142"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="143"/>
        <source>销毁项目</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="146"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="204"/>
        <source>不能加入：{why}</source>
        <translation>Not added: {why}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="216"/>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="249"/>
        <source>请至少添加一个销毁项目</source>
        <translation>Add at least one item</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="105"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="108"/>
        <source>为 {name} 设置新密码。请当面告知本人，并提醒其登录后立即修改。</source>
        <translation>Set a new password for {name}. Tell it to them in person and remind them to change it right after logging in.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="114"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="115"/>
        <source>确认新密码</source>
        <translation>Confirm new password</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="332"/>
        <source>登记检查结果</source>
        <translation>Inspection result</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="340"/>
        <source>检查已完成，完成日期</source>
        <translation>Inspection done, on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="351"/>
        <source>（不关联盘点）</source>
        <translation>(no stock-take)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="356"/>
        <source>第 {n} 次盘点 {where} {day}</source>
        <translation>Stock-take no. {n} {where} {day}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="360"/>
        <source>发现的问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="361"/>
        <source>检查结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="363"/>
        <source>盘点结果</source>
        <translation>Stock-take</translation>
    </message>
</context>
<context>
    <name>ReviseDialog</name>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="85"/>
        <source>修订制度</source>
        <translation>Revise rule</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="87"/>
        <source>修订后的文本请在附件中“替换”原文件。</source>
        <translation>Put the revised text in the attachments with “Replace”.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="91"/>
        <source>修订日期</source>
        <translation>Revised on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="92"/>
        <source>制度名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="93"/>
        <source>文号</source>
        <translation>Reference no.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="131"/>
        <source>更改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="134"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/operators.py" line="135"/>
        <source>新角色</source>
        <translation>New role</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="43"/>
        <source>登记制度</source>
        <translation>Record a rule</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="49"/>
        <source>如：商业秘密保护管理制度</source>
        <translation>e.g. Trade secret protection rules</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="51"/>
        <source>如：〔2026〕3号</source>
        <translation>e.g. [2026] No. 3</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="55"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="56"/>
        <source>制度名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="57"/>
        <source>文号</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="58"/>
        <source>发布日期</source>
        <translation>Adopted on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="59"/>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/dialogs.py" line="60"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../tsdesk/ui/compliance/rules.py" line="45"/>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/rules.py" line="48"/>
        <source>登记制度…</source>
        <translation>Record rule…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/rules.py" line="49"/>
        <source>登记一份已发布的制度（Ctrl+N），再在下方添加其文本</source>
        <translation>Record an adopted rule (Ctrl+N), then add its text below</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/rules.py" line="51"/>
        <source>修订…</source>
        <translation>Revise…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/rules.py" line="53"/>
        <source>废止…</source>
        <translation>Repeal…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/rules.py" line="65"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/rules.py" line="66"/>
        <source>制度名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/rules.py" line="67"/>
        <source>文号</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/rules.py" line="68"/>
        <source>发布日期</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/rules.py" line="69"/>
        <source>修订日期</source>
        <translation>Revised</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/rules.py" line="71"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/rules.py" line="73"/>
        <source>现行有效</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/rules.py" line="75"/>
        <source>已废止 {date}</source>
        <translation>Repealed {date}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/rules.py" line="77"/>
        <source>尚未生效</source>
        <translation>Not yet in force</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/compliance/rules.py" line="88"/>
        <source>制度文本（附件）</source>
        <translation>Text of the rule (attachments)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="377"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="380"/>
        <source>全部行在一个事务中导入：要么全部成功，要么一行也不导入。取消不会留下任何记录。</source>
        <translation>All rows are imported in one transaction: either all succeed or none is imported. Cancelling leaves no records behind.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="384"/>
        <source>%v / %m 行</source>
        <translation>%v / %m rows</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="385"/>
        <source>取消导入</source>
        <translation>Cancel Import</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/import_wizard.py" line="403"/>
        <source>正在导入，请稍候…</source>
        <translation>Importing, please wait…</translation>
    </message>
</context>
<context>
    <name>ScoresDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="202"/>
        <source>登记培训成绩</source>
        <translation>Training scores</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="205"/>
        <source>成绩为 0–100 的整数；不考试的留空。</source>
        <translation>Scores are whole numbers 0–100; leave blank when there was no test.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="207"/>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="207"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="207"/>
        <source>成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="231"/>
        <source>成绩应为 0–100 的整数</source>
        <translation>A score must be a whole number 0–100</translation>
    </message>
</context>
<context>
    <name>SealCheckDialog</name>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="550"/>
        <source>封存检查</source>
        <translation>Seal check</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="559"/>
        <source>{number}&#x3000;封条 {seal}，{place}；应于 {due} 前检查</source>
        <translation>{number}  seal {seal}, {place}; check due by {due}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="566"/>
        <source>封存完好，内容完整且不可获得</source>
        <translation>Seal intact; contents complete and inaccessible</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="567"/>
        <source>发现问题</source>
        <translation>Problem found</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="581"/>
        <source>检查结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="582"/>
        <source>情况说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="583"/>
        <source>检查日期</source>
        <translation>Check date</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="490"/>
        <source>封存载体</source>
        <translation>Seal Carrier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="502"/>
        <source>选 c) 时必填</source>
        <translation>Required for c)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="511"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="512"/>
        <source>封存理由</source>
        <translation>Reason for sealing</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="513"/>
        <source>理由说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="514"/>
        <source>封条编号</source>
        <translation>Seal no.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="515"/>
        <source>封存地点</source>
        <translation>Place of sealing</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="516"/>
        <source>封存日期</source>
        <translation>Sealing date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="517"/>
        <source>检查周期</source>
        <translation>Check interval</translation>
    </message>
</context>
<context>
    <name>SecretDetailDialog</name>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="179"/>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="246"/>
        <source>序号</source>
        <translation>Seq.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="179"/>
        <source>秘密点</source>
        <translation>Secret points</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="181"/>
        <source>存储方式</source>
        <translation>Storage</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="181"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="190"/>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="191"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="192"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="194"/>
        <source>生效</source>
        <translation>Effective</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="195"/>
        <source>有效至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="196"/>
        <source>授权人</source>
        <translation>Authorised by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="197"/>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="423"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="198"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="202"/>
        <source>显示已到期、已撤销的授权</source>
        <translation>Show expired and revoked grants</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="204"/>
        <source>授权…</source>
        <translation>Grant…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="206"/>
        <source>撤销授权</source>
        <translation>Revoke Authorisation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="221"/>
        <source>审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="222"/>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="223"/>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="224"/>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="246"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="225"/>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="246"/>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="230"/>
        <source>审查日期</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="231"/>
        <source>结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="232"/>
        <source>审查人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="233"/>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="436"/>
        <source>下次审查</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="234"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="239"/>
        <source>审批记录</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="241"/>
        <source>审查记录</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="246"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="246"/>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="263"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="250"/>
        <source>取自审计链：每项更改及其前后内容，按时间倒序。</source>
        <translation>From the audit chain: every change with its before and after, newest first.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="256"/>
        <source>基本信息</source>
        <translation>Basic Information</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="257"/>
        <source>秘密点与存储</source>
        <translation>Secret Points and Storage</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="258"/>
        <source>知悉人员</source>
        <translation>Knowers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="259"/>
        <source>审批与审查</source>
        <translation>Approvals and Reviews</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="260"/>
        <source>历史记录</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="269"/>
        <source>打印详情单…</source>
        <translation>Print detail sheet...</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="272"/>
        <source>打印审批表</source>
        <translation>Print approval form</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="311"/>
        <source>商业秘密 {number}</source>
        <translation>Trade Secret {number}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="339"/>
        <source>撤销为止</source>
        <translation>Until revoked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="387"/>
        <source>{g1}，{t1} → {g2}，{t2}；{why}</source>
        <translation>{g1}, {t1} → {g2}, {t2}; {why}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="412"/>
        <source>秘密主题</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="413"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="414"/>
        <source>保密等级</source>
        <translation>Confidentiality grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="415"/>
        <source>保密期限</source>
        <translation>Confidentiality term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="416"/>
        <source>主责部门</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="417"/>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="418"/>
        <source>保密范围</source>
        <translation>Scope of knowers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="420"/>
        <source>隐密</source>
        <translation>Concealed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="420"/>
        <source>是：该商业秘密的存在本身也须保密</source>
        <translation>Yes: the very existence of this secret is confidential</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="421"/>
        <source>描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="422"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="425"/>
        <source>拟定</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="430"/>
        <source>定密审批</source>
        <translation>Confirmation approval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="437"/>
        <source>（已到期）</source>
        <translation> (expired)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="441"/>
        <source>结束</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="442"/>
        <source>不为公众所知悉</source>
        <translation>Not publicly known</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="443"/>
        <source>商业价值</source>
        <translation>Commercial value</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="444"/>
        <source>价值估算</source>
        <translation>Estimated value</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="445"/>
        <source>研发成本</source>
        <translation>Development cost</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="447"/>
        <source>排除情形</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="449"/>
        <source>已逐项确认不属于不应作为商业秘密的情形（公知信息、已公开的专利、可合法获得的信息、法律规定的其他情形）</source>
        <translation>Confirmed item by item as none of the cases that cannot be a trade secret (public knowledge, published patents, information obtainable by lawful means, other cases set by law)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="463"/>
        <source>数据、算法及代码的确定条件</source>
        <translation>Conditions for data, algorithms and code</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="502"/>
        <source>{kind}表（{on}，{approver}）</source>
        <translation>{kind} form ({on}, {approver})</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="513"/>
        <source>尚无审批记录</source>
        <translation>No approvals yet</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="452"/>
        <source>尚未确认</source>
        <translation>Not yet confirmed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="193"/>
        <source>知悉程度</source>
        <translation>Access tier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="464"/>
        <source>
尚缺 {n} 项</source>
        <translation>
{n} still missing</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="468"/>
        <source>加权得分 {s}，建议 {sg}，定为 {dg}（{by}，{on}）</source>
        <translation>Weighted score {s}, suggested {sg}, set as {dg} ({by}, {on})</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="476"/>
        <source>；另定理由：{r}</source>
        <translation>; reason for a different grade: {r}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="477"/>
        <source>定级评估</source>
        <translation>Grading assessment</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="230"/>
        <source>新增商业秘密</source>
        <translation>New Trade Secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="230"/>
        <source>编辑商业秘密</source>
        <translation>Edit Trade Secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="250"/>
        <source>保存时按编号规则自动生成</source>
        <translation>Generated by the numbering rule when saved</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="254"/>
        <source>如：GA798 型剑杆织机整机设计图纸</source>
        <translation>e.g. Complete design drawings of the GA798 rapier loom</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="262"/>
        <source>定级助手…</source>
        <translation>Grading Assistant…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="278"/>
        <source>如：产品正式发布</source>
        <translation>e.g. official product launch</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="291"/>
        <source>已确定的商业秘密，保密等级和期限须通过“变更等级/期限”审批修改。</source>
        <translation>For a confirmed trade secret, grade and term can only be changed through an approved “Change Grade/Term”.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="300"/>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="304"/>
        <source>（未指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="310"/>
        <source>保密范围，如：技术研发中心结构设计组</source>
        <translation>Scope of knowers, e.g. Technology Centre, structural design team</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="311"/>
        <source>隐密：该商业秘密的存在本身也须保密</source>
        <translation>Concealed: the very existence of this secret is confidential</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="312"/>
        <source>仅在确有必要时勾选；自评中作为“开展隐密工作”的依据</source>
        <translation>Tick only where truly needed; the self-assessment counts it as evidence of concealment work</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="319"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="320"/>
        <source>秘密主题 *</source>
        <translation>Subject *</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="321"/>
        <source>类别 *</source>
        <translation>Category *</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="322"/>
        <source>保密等级 *</source>
        <translation>Confidentiality grade *</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="323"/>
        <source>保密期限 *</source>
        <translation>Confidentiality term *</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="324"/>
        <source>主责部门</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="325"/>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="326"/>
        <source>保密范围</source>
        <translation>Scope of knowers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="328"/>
        <source>描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="329"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="338"/>
        <source>秘密点</source>
        <translation>Secret points</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="340"/>
        <source>存储方式</source>
        <translation>Storage</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="362"/>
        <source>保密措施即本系统中为它登记的知悉人员授权、载体及其所在涉密区域和保密标识，无需在此填写。</source>
        <translation>The confidentiality measures are what is recorded for it here: the people authorised to know it, its carriers and the secret areas they are kept in, and its confidentiality labels. Nothing to fill in.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="375"/>
        <source>构成要件</source>
        <translation>Constituent elements</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="379"/>
        <source>排除情形确认：经核实，该信息</source>
        <translation>Exclusions: it has been verified that this information</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="387"/>
        <source>数据、算法及代码的确定条件</source>
        <translation>Conditions for data, algorithms and code</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="350"/>
        <source>为何不为公众所知悉：未公开发表、未申请专利、同行无公开资料……</source>
        <translation>Why it is not publicly known: not published, no patent filed, no public material among competitors…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="353"/>
        <source>能带来的经济利益或竞争优势</source>
        <translation>The economic benefit or competitive advantage it brings</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="357"/>
        <source>选填，如：约 500 万元</source>
        <translation>Optional, e.g. about CNY 5 million</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="359"/>
        <source>选填，如：研发投入 120 万元</source>
        <translation>Optional, e.g. development spending of CNY 1.2 million</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="370"/>
        <source>不为公众所知悉</source>
        <translation>Not publicly known</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="371"/>
        <source>商业价值</source>
        <translation>Commercial value</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="372"/>
        <source>价值估算</source>
        <translation>Estimated value</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="373"/>
        <source>研发成本</source>
        <translation>Development cost</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="374"/>
        <source>保密措施</source>
        <translation>Confidentiality measures</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="393"/>
        <source>拟定时可暂不勾选；定密审批前须全部确认。</source>
        <translation>May be left unticked in a draft; all must be confirmed before the confirmation approval.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="405"/>
        <source>基本信息</source>
        <translation>Basic Information</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="406"/>
        <source>秘密点与存储</source>
        <translation>Secret Points and Storage</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="407"/>
        <source>构成要件与排除情形</source>
        <translation>Elements and Exclusions</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="533"/>
        <source>已手动选择等级，定级助手的评估不予保存</source>
        <translation>A grade was chosen by hand; the grading assistant&apos;s assessment is not saved</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="553"/>
        <source>定级助手建议：{g}</source>
        <translation>Grading assistant suggests: {g}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="556"/>
        <source>定级助手建议：{s}；另定为：{d}</source>
        <translation>Grading assistant suggests: {s}; set instead as: {d}</translation>
    </message>
</context>
<context>
    <name>SecretPicker</name>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="134"/>
        <source>按编号、主题或等级筛选…</source>
        <translation>Filter by number, subject or grade…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="140"/>
        <source>仅列出前 {n} 项，请输入更多字词缩小范围</source>
        <translation>Only the first {n} are listed; type more to narrow them down</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="161"/>
        <source>&#x3000;[已结束]</source>
        <translation>  [ended]</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="150"/>
        <source>新增培训</source>
        <translation>New training session</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="150"/>
        <source>编辑培训</source>
        <translation>Edit training session</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="161"/>
        <source>如：商业秘密保护制度宣讲</source>
        <translation>e.g. Trade-secret rules briefing</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="172"/>
        <source>培训主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="173"/>
        <source>培训对象</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="174"/>
        <source>培训日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="175"/>
        <source>讲师</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="176"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training_dialogs.py" line="177"/>
        <source>参训人员</source>
        <translation>Attendees</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="101"/>
        <source>培训记录</source>
        <translation>Training sessions</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="106"/>
        <source>检索主题、讲师或人员</source>
        <translation>Search topic, trainer or person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="109"/>
        <source>新增培训…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="110"/>
        <source>在待培训人员列表中点击时，参训人员即为列出的人员</source>
        <translation>From a list of people due for training, the new session takes the people listed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="112"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="114"/>
        <source>登记成绩…</source>
        <translation>Scores…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="116"/>
        <location filename="../../tsdesk/ui/people/training.py" line="119"/>
        <source>打印签到表…</source>
        <translation>Print sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="117"/>
        <source>打印所选培训的签到表（Ctrl+P）</source>
        <translation>Print the selected session&apos;s sign-in sheet (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="128"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="129"/>
        <source>培训主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="131"/>
        <source>培训对象</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="134"/>
        <source>讲师</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="135"/>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="136"/>
        <source>签到扫描件</source>
        <translation>Signed scans</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="136"/>
        <source>未上传</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="151"/>
        <location filename="../../tsdesk/ui/people/training.py" line="180"/>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="152"/>
        <location filename="../../tsdesk/ui/people/training.py" line="180"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="153"/>
        <location filename="../../tsdesk/ui/people/training.py" line="180"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="154"/>
        <source>入职日期</source>
        <translation>Hired on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="156"/>
        <source>最近一次培训</source>
        <translation>Last trained</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="157"/>
        <source>从未培训</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="180"/>
        <source>成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="188"/>
        <source>签到表扫描件</source>
        <translation>Signed sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="225"/>
        <source>在职人员中，超过培训周期（见设置）未参加培训的 {n} 人：</source>
        <translation>Staff in service not trained within the interval (see Settings): {n}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="227"/>
        <source>入职后超过规定天数（见设置）仍未参加培训的新员工 {n} 人：</source>
        <translation>New staff not trained within the set days of joining (see Settings): {n}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="251"/>
        <source>（未选择培训）</source>
        <translation>(no session selected)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="312"/>
        <source>培训签到表</source>
        <translation>Training sign-in sheet</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="52"/>
        <source>须先签保密协议的密级</source>
        <translation>Grade that requires an NDA</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="53"/>
        <source>无有效保密协议时授予知悉权限</source>
        <translation>Granting access without an NDA in force</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="55"/>
        <source>培训间隔上限</source>
        <translation>Longest interval between trainings</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="56"/>
        <source>新员工入职后培训期限</source>
        <translation>New staff trained within</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="57"/>
        <source>无操作自动锁定</source>
        <translation>Lock when idle for</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="58"/>
        <source>剪贴板自动清除</source>
        <translation>Clear clipboard after</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="60"/>
        <source>保密义务提示</source>
        <translation>Confidentiality notice</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="61"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="64"/>
        <source>一级商密</source>
        <translation>Grade 1 only</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="65"/>
        <source>二级商密及以上</source>
        <translation>Grade 2 and above</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="66"/>
        <source>三级商密及以上</source>
        <translation>Grade 3 and above</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="69"/>
        <source>拒绝授予</source>
        <translation>Refuse the grant</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="70"/>
        <source>允许，但提醒并记入审计</source>
        <translation>Allow, warn and record in the audit log</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="248"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="251"/>
        <source> 秒</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="258"/>
        <source>显示在登录界面和主窗口状态栏。</source>
        <translation>Shown on the login screen and in the main window&apos;s status bar.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="260"/>
        <source>安全</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="283"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="286"/>
        <source>人员与协议</source>
        <translation>People and agreements</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="303"/>
        <source>本机设置，重新启动 TSDesk 后生效。</source>
        <translation>A setting for this PC; takes effect when TSDesk is restarted.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="306"/>
        <source>界面</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="313"/>
        <source>只有管理员可以修改安全设置；界面语言可以修改。</source>
        <translation>Only an administrator can change the security settings; the interface language can be changed.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="317"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="323"/>
        <source>更换数据密钥 (Rekey)…</source>
        <translation>Change Data Key (Rekey)…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="327"/>
        <source>怀疑恢复密钥单泄露或遗失时，更换数据密钥：数据库用新密钥重新加密，旧的恢复密钥失效，并生成新的恢复密钥单。</source>
        <translation>If the recovery sheet may have leaked or been lost, change the data key: the database is re-encrypted with a new key, the old recovery key stops working, and a new recovery sheet is produced.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="332"/>
        <source>密钥管理</source>
        <translation>Key Management</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="357"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="412"/>
        <source>没有需要保存的更改。</source>
        <translation>There are no changes to save.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="425"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="428"/>
        <source>界面语言将在重新启动 TSDesk 后生效。</source>
        <translation>The interface language takes effect when TSDesk is restarted.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="467"/>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/settings.py" line="469"/>
        <source>更换数据密钥未能完成：{reason}
请重新启动 TSDesk，确认数据库能正常打开。</source>
        <translation>Changing the data key did not complete: {reason}
Please restart TSDesk and check that the database opens normally.</translation>
    </message>
</context>
<context>
    <name>StampDialog</name>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="137"/>
        <source>文档加注标记</source>
        <translation>Mark a Document</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="141"/>
        <source>为电子文档逐页加注页眉、页脚和斜向水印：商业秘密、密级、编号、保密期限和警示语。原文件不作任何改动，加注后的副本保存到您指定的位置。</source>
        <translation>Adds a header, footer and diagonal watermark to every page of an electronic document: trade secret, grade, number, confidentiality term and warning. The original file is left unchanged; the marked copy is saved where you choose.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="147"/>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="149"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="153"/>
        <source>按编号、主题或等级检索…</source>
        <translation>Search by number, subject or grade...</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="163"/>
        <source>原 PDF 文件</source>
        <translation>Original PDF</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="164"/>
        <source>商业秘密</source>
        <translation>Trade secrets</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="166"/>
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="178"/>
        <source>选择 PDF 文件</source>
        <translation>Choose PDF file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="187"/>
        <source>保存加注标记后的文件</source>
        <translation>Save the marked file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="194"/>
        <source>请选择原文件和保存位置</source>
        <translation>Please choose the original file and where to save</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/labels/dialogs.py" line="196"/>
        <source>请选择商业秘密</source>
        <translation>Please choose a trade secret</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="245"/>
        <source>跳过步骤</source>
        <translation>Skip step</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="245"/>
        <source>完成步骤</source>
        <translation>Complete step</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="254"/>
        <source>跳过的理由</source>
        <translation>Reason for skipping</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="254"/>
        <source>办理情况</source>
        <translation>What was done</translation>
    </message>
</context>
<context>
    <name>StockTakePage</name>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="56"/>
        <source>位置（可选，按开头匹配，如“A 柜”）</source>
        <translation>Location (optional, matches the beginning, e.g. “Cabinet A”)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="57"/>
        <source>开始盘点</source>
        <translation>Start Stock-take</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="61"/>
        <source>查看</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="64"/>
        <source>区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="69"/>
        <source>历史盘点</source>
        <translation>Past stock-takes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="74"/>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="183"/>
        <source>选择要盘点的区域或位置，然后开始盘点。</source>
        <translation>Choose the area or location to stock-take, then start.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="77"/>
        <source>扫描标签（扫码枪）或输入载体编号后按回车</source>
        <translation>Scan a label (barcode scanner) or type a carrier number and press Enter</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="86"/>
        <source>完成并保存</source>
        <translation>Finish and Save</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="88"/>
        <source>放弃</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="89"/>
        <source>不保存结果；本次盘点留作未完成记录</source>
        <translation>Do not save the results; this stock-take stays recorded as unfinished</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="91"/>
        <source>打印报告…</source>
        <translation>Print Report…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="108"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="109"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="110"/>
        <source>登记位置</source>
        <translation>Registered location</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="111"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="120"/>
        <source>立案…</source>
        <translation>Open a case…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="148"/>
        <source>盘点</source>
        <translation>Stock-take</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="154"/>
        <source>（不限区域，按位置）</source>
        <translation>(any area, by location)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="164"/>
        <source>{when} {where}（缺失 {missing}）</source>
        <translation>{when} {where} ({missing} missing)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="237"/>
        <source>正在盘点：{where}&#x3000;应在此处的载体 {n} 件</source>
        <translation>Stock-taking: {where}  —  {n} carriers expected here</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="257"/>
        <source>已扫描过，忽略：{code}</source>
        <translation>Already scanned, ignored: {code}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="266"/>
        <source>该载体已计入，忽略：{number}</source>
        <translation>Carrier already counted, ignored: {number}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="299"/>
        <source>盘点已保存：找到 {found}，缺失 {missing}，位置不符 {unexpected}，不应存在 {invalid}。</source>
        <translation>Stock-take saved: {found} found, {missing} missing, {unexpected} in the wrong place, {invalid} that should not exist.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="314"/>
        <source>已放弃本次盘点，结果未保存。</source>
        <translation>Stock-take abandoned; the results were not saved.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="328"/>
        <source>历史盘点：{text}</source>
        <translation>Past stock-take: {text}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/stocktake.py" line="344"/>
        <source>盘点报告</source>
        <translation>Stock-take report</translation>
    </message>
</context>
<context>
    <name>StoragesEditor</name>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="170"/>
        <source>存储方式</source>
        <translation>Storage</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="170"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="176"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_dialog.py" line="177"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="47"/>
        <source>处置预案</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="66"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="69"/>
        <source>用于演练</source>
        <translation>For drills</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="74"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="75"/>
        <source>必办</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="76"/>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="77"/>
        <source>期限（小时）</source>
        <translation>Deadline (hours)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="78"/>
        <source>一键操作</source>
        <translation>One-click action</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="79"/>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="88"/>
        <source>添加步骤</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="89"/>
        <source>删除步骤</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="90"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="91"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="103"/>
        <source>期限从定级时起算，留空为不设期限。必办步骤未完成时不能结案。</source>
        <translation>Deadlines run from the grading; none leaves the step without one. A case cannot close while a mandatory step is open.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="106"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="107"/>
        <source>适用级别</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="129"/>
        <source>不设</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="133"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="163"/>
        <source>新步骤</source>
        <translation>New step</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="202"/>
        <source>处置预案</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="208"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="209"/>
        <source>适用级别</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="210"/>
        <source>用于演练</source>
        <translation>For drills</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="210"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="211"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="211"/>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="277"/>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="211"/>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="220"/>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="277"/>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="218"/>
        <source>新建…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="219"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="221"/>
        <source>恢复默认…</source>
        <translation>Reset defaults…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="222"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="237"/>
        <source>定级时按级别选用启用的预案，步骤复制到事件中；修改预案不影响已定级的事件。</source>
        <translation>Grading picks the active playbook for the level and copies its steps into the case; editing a playbook leaves graded cases alone.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="304"/>
        <source>恢复默认预案</source>
        <translation>Reset default playbooks</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/templates.py" line="305"/>
        <source>将 TSDesk 自带的预案恢复为出厂内容并启用；企业自建的预案不变。继续吗？</source>
        <translation>Restore TSDesk&apos;s own playbooks as shipped and activate them; the enterprise&apos;s own playbooks stay as they are. Continue?</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <location filename="../../tsdesk/ui/destruction/dialogs.py" line="486"/>
        <source>请填写内容</source>
        <translation>Please enter the text</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="729"/>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="730"/>
        <source>演练</source>
        <translation>Drills</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="731"/>
        <source>检查</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/training.py" line="740"/>
        <source>培训与检查</source>
        <translation>Training</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="101"/>
        <source>调岗</source>
        <translation>Job change</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="105"/>
        <source>{name}（{number}）调岗。其现有 {grants} 项知悉授权、{areas} 个区域准入和所持载体将逐项列出，须逐项确认保留或撤销、归还，并签署岗位变动协议后才能完成。</source>
        <translation>{name} ({number}) changes job. Their {grants} grants, {areas} area accesses and the carriers they hold are listed; each must be kept or revoked/returned, and the job change agreement signed, before the change completes.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="115"/>
        <source>（未指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="122"/>
        <source>新部门</source>
        <translation>New department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="123"/>
        <source>新岗位</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="124"/>
        <source>调岗日期</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/procedures.py" line="125"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>UnlinkDialog</name>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="386"/>
        <source>取消关联</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="390"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>agreements</name>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="44"/>
        <source>员工保密协议</source>
        <translation>Employee NDA</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="45"/>
        <source>商业保密协议</source>
        <translation>Business NDA</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="46"/>
        <source>竞业限制协议</source>
        <translation>Non-compete agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="47"/>
        <source>离职保密承诺书</source>
        <translation>Exit confidentiality pledge</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="48"/>
        <source>岗位变动保密协议</source>
        <translation>Job-change agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="51"/>
        <source>草拟</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="52"/>
        <source>已签署</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="53"/>
        <source>生效中</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="54"/>
        <source>已终止</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="55"/>
        <source>已解除</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="56"/>
        <source>违约</source>
        <translation>Breached</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="59"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="60"/>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="61"/>
        <source>外包/合作方</source>
        <translation>Contractor/partner</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="62"/>
        <source>来访者</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="63"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="359"/>
        <source>月补偿 {amount} 元低于离职前十二个月平均工资的 30%（{floor} 元），且不得低于当地最低工资标准：建议提高</source>
        <translation>The monthly compensation of {amount} yuan is below 30 % of the last 12 months&apos; average wage ({floor} yuan), and must not be below the local minimum wage: raising it is advised</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/noncompete.py" line="68"/>
        <source>已支付</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/noncompete.py" line="69"/>
        <source>逾期未付</source>
        <translation>Unpaid</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/noncompete.py" line="70"/>
        <source>未到期</source>
        <translation>Not due</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="39"/>
        <source>协议的编号</source>
        <translation>The agreement&apos;s number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="40"/>
        <source>本单位名称（单位信息）</source>
        <translation>Your company&apos;s name (company profile)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="41"/>
        <source>签订协议的员工</source>
        <translation>The employee who signs</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="42"/>
        <source>员工工号</source>
        <translation>The employee&apos;s staff number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="43"/>
        <source>员工所在部门</source>
        <translation>The employee&apos;s department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="44"/>
        <source>员工岗位</source>
        <translation>The employee&apos;s post</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="45"/>
        <source>外部相对方名称</source>
        <translation>The outside party&apos;s name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="46"/>
        <source>签署日期</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="47"/>
        <source>生效日期</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="48"/>
        <source>终止日期（无则为“长期”）</source>
        <translation>End date (&quot;open-ended&quot; when none)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="49"/>
        <source>约定违约金（元）</source>
        <translation>Agreed liquidated damages (yuan)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="50"/>
        <source>所涉商业秘密：编号、名称、等级</source>
        <translation>Secrets covered: number, name, grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="51"/>
        <source>交接的涉密载体</source>
        <translation>Carriers handed over</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="52"/>
        <source>竞业限制期限（月）</source>
        <translation>Non-compete term (months)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="53"/>
        <source>竞业限制起算日（离职日）</source>
        <translation>Non-compete start (leaving date)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="54"/>
        <source>竞业限制地域</source>
        <translation>Restricted area</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="55"/>
        <source>竞业限制业务范围</source>
        <translation>Restricted business</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="56"/>
        <source>列明的竞争单位</source>
        <translation>Named competitors</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="57"/>
        <source>每月竞业限制补偿（元）</source>
        <translation>Monthly non-compete compensation (yuan)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/agreement_widgets.py" line="44"/>
        <source>（已过终止日期）</source>
        <translation> (past its end date)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../tsdesk/ui/app.py" line="76"/>
        <source>意外错误</source>
        <translation>Unexpected Error</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/app.py" line="77"/>
        <source>发生意外错误（{kind}）。

当前操作可能没有完成。建议关闭程序后重新打开；数据库中已保存的数据不受影响。

详情已写入日志：{path}</source>
        <translation>An unexpected error occurred ({kind}).

The current action may not have completed. Close the program and open it again; data already saved in the database is not affected.

Details were written to the log: {path}</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="46"/>
        <source>a) 产品研发工作区、设计实验室、信息数据中心和其他重要生产场所</source>
        <translation>a) Product development work areas, design laboratories, data centres and other important production sites</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="49"/>
        <source>b) 涉密档案室，财务、人力资源、销售等部门办公室的涉密档案存放区域</source>
        <translation>b) Classified archive rooms, and areas in finance, HR, sales and other offices where classified files are kept</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="52"/>
        <source>c) 未公开的样品存放地点</source>
        <translation>c) Places where unreleased samples are kept</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="53"/>
        <source>d) 重要原材料、重要半成品等涉密物资存放区域</source>
        <translation>d) Areas where classified materials such as key raw materials and semi-finished products are kept</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="56"/>
        <source>研发/数据中心/生产</source>
        <translation>Development / data centre / production</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="57"/>
        <source>涉密档案</source>
        <translation>Classified archives</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="58"/>
        <source>样品存放</source>
        <translation>Sample storage</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="59"/>
        <source>涉密物资存放</source>
        <translation>Classified materials storage</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="100"/>
        <source>涉密区域划分为相对独立的空间，进出口设置涉密区域标识</source>
        <translation>The secret area is a separate space with secret-area signs at its entrances and exits</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="101"/>
        <source>进入涉密区域需经过授权，设置门禁设施，可采取指纹、脸部、瞳孔等合法技术手段验证权限</source>
        <translation>Entry requires authorisation and access control, which may verify permission by lawful means such as fingerprint, face or iris</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="105"/>
        <source>进出口处安装视频监控设施和报警装置，非法闯入能立即告警</source>
        <translation>Video surveillance and alarms at entrances and exits raise an immediate alert on intrusion</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="106"/>
        <source>区域内严格限制使用具有录音、摄像、拍照、信息存储等功能的设备</source>
        <translation>Devices that can record sound, film, take photos or store data are strictly restricted in the area</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="107"/>
        <source>区域不接入外网，与内部网络相互隔离，采取分级管控</source>
        <translation>The area is not connected to the internet, is isolated from the internal network and is controlled by grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="108"/>
        <source>区域网络搭建独立的网络基础设施，远程访问须严格核验权限并搭配安全验证等措施</source>
        <translation>The area has its own network infrastructure; remote access needs strict permission checks together with security verification</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="103"/>
        <source>第十条（一） 组织架构完整</source>
        <translation>Art. 10 (1) Complete organisation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="104"/>
        <source>第十条（二） 工作保障到位</source>
        <translation>Art. 10 (2) Resources in place</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="105"/>
        <source>第十条（三） 制度建设完善</source>
        <translation>Art. 10 (3) Sound rules</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="106"/>
        <source>第十条（四） 运行措施有效</source>
        <translation>Art. 10 (4) Effective measures</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="107"/>
        <source>第十条（五） 示范作用突出</source>
        <translation>Art. 10 (5) Leading by example</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="108"/>
        <source>第八条（一） 组织架构完整</source>
        <translation>Art. 8 (1) Complete organisation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="109"/>
        <source>第八条（二） 工作保障到位</source>
        <translation>Art. 8 (2) Resources in place</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="110"/>
        <source>第八条（三） 制度建设完善</source>
        <translation>Art. 8 (3) Sound rules</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="111"/>
        <source>第八条（四） 服务机制创新</source>
        <translation>Art. 8 (4) Innovative services</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="112"/>
        <source>第八条（五） 服务成效突出</source>
        <translation>Art. 8 (5) Outstanding service results</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="113"/>
        <source>第六条（一） 工作基础扎实</source>
        <translation>Art. 6 (1) Solid groundwork</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="114"/>
        <source>第六条（二） 组织架构健全</source>
        <translation>Art. 6 (2) Sound organisation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="115"/>
        <source>第六条（三） 工作保障到位</source>
        <translation>Art. 6 (3) Resources in place</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="116"/>
        <source>第六条（四） 机制建设完善</source>
        <translation>Art. 6 (4) Sound mechanisms</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="117"/>
        <source>第六条（五） 运行措施落地</source>
        <translation>Art. 6 (5) Measures in operation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="118"/>
        <source>第六条（六） 部门协作密切</source>
        <translation>Art. 6 (6) Close cooperation between authorities</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="119"/>
        <source>第六条（七） 示范引领突出</source>
        <translation>Art. 6 (7) Leading by example</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="539"/>
        <source>手工填写：是否达到、数值和证明材料所在</source>
        <translation>Answered by hand: met or not, the figure and where the evidence is</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="544"/>
        <source>由主要负责人牵头的领导小组</source>
        <translation>Leading group headed by the principal</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="545"/>
        <source>成立由本单位主要负责人牵头的商业秘密（知识产权）保护工作领导小组</source>
        <translation>A trade secret (IP) protection leading group headed by the organisation&apos;s principal</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="548"/>
        <source>企业信息中登记了领导小组，组长为法定代表人（按关联人员或姓名）</source>
        <translation>The company profile lists a leading group whose head is the legal representative (by linked person or name)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="553"/>
        <source>设立或依托保护部门</source>
        <translation>Protection department set up or designated</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="554"/>
        <source>设立商业秘密保护部门或依托相关部门开展商业秘密保护工作</source>
        <translation>A trade secret protection department, or an existing department charged with the work</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="555"/>
        <source>企业信息中指定了商业秘密管理部门</source>
        <translation>The company profile names the management department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="558"/>
        <source>保密员不少于1名</source>
        <translation>At least one secrecy officer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="559"/>
        <source>配备专（兼）职保密员不少于1名</source>
        <translation>At least one full- or part-time secrecy officer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="560"/>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="817"/>
        <source>企业信息中登记了至少一名保密员</source>
        <translation>The company profile lists at least one secrecy officer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="563"/>
        <source>明确的工作职责</source>
        <translation>Written duties</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="564"/>
        <source>制定明确的工作职责</source>
        <translation>Clearly written duties</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="565"/>
        <source>制度登记中有现行有效的“机构与岗位职责”</source>
        <translation>The rules register holds an “Organisation and duties” rule in force</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="568"/>
        <source>年度工作方案</source>
        <translation>Annual programme</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="569"/>
        <source>制定实施商业秘密保护培训宣传、研讨交流、考察学习等年度工作方案</source>
        <translation>An annual programme of training, publicity, seminars, exchanges and study visits</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="572"/>
        <source>本年度工作方案至少有一个事项</source>
        <translation>This year&apos;s programme has at least one item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="575"/>
        <source>泄密应急处置制度</source>
        <translation>Leak emergency rules</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="576"/>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="581"/>
        <source>建立泄密应急处置和奖惩等管理制度</source>
        <translation>Rules for leak emergencies and for rewards and penalties</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="577"/>
        <source>制度登记中有现行有效的“泄密应急处置预案”</source>
        <translation>The rules register holds a “Leak emergency plan” in force</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="580"/>
        <source>奖惩制度</source>
        <translation>Rewards and penalties</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="582"/>
        <source>制度登记中有现行有效的“奖惩制度”</source>
        <translation>The rules register holds a “Rewards and penalties” rule in force</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="585"/>
        <source>固定的办公场所和设施</source>
        <translation>Fixed office and equipment</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="586"/>
        <source>有固定的办公场所，配备必要的办公设施</source>
        <translation>A fixed office with the necessary equipment</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="589"/>
        <source>落实工作经费</source>
        <translation>Funds allocated</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="590"/>
        <source>落实相应的工作经费，保障商业秘密保护工作正常开展</source>
        <translation>Funds allocated so that the protection work runs normally</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="611"/>
        <source>内部管理制度</source>
        <translation>Internal rules</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="612"/>
        <source>贯彻实施省级地方标准相关要求，完善内部管理制度</source>
        <translation>Provincial standards implemented and internal rules complete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="613"/>
        <source>制度登记中有现行有效的“商业秘密保护管理制度”</source>
        <translation>The rules register holds “Trade secret protection rules” in force</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="622"/>
        <source>全员轮训每年不少于1次</source>
        <translation>All staff trained at least once a year</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="623"/>
        <source>每年组织全员商业秘密保护轮训不少于1次</source>
        <translation>Trade secret training for all staff at least once a year</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="624"/>
        <source>每名在职人员本年度至少参加过一次培训（按签到记录）</source>
        <translation>Every person in post attended training this year (by attendance records)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="630"/>
        <source>重点部门</source>
        <translation>Key departments</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="631"/>
        <source>确定企业商业秘密保护重点部门</source>
        <translation>Key departments for trade secret protection designated</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="632"/>
        <source>至少确定一个重点部门，且每个重点部门都有保密员</source>
        <translation>At least one key department, each with a secrecy officer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="638"/>
        <source>重点岗位和重点人员</source>
        <translation>Key posts and key people</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="639"/>
        <source>确定重点岗位和重点人员</source>
        <translation>Key posts and key people designated</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="640"/>
        <source>人员名录中有在职的重点岗位/涉密人员</source>
        <translation>The people list holds key-post staff in post</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="646"/>
        <source>分级管理</source>
        <translation>Graded management</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="647"/>
        <source>实行分级管理措施</source>
        <translation>Graded management measures</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="648"/>
        <source>清单中已确定的商业秘密都定有保密等级</source>
        <translation>Every confirmed secret in the register has a grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="654"/>
        <source>分级管理制度</source>
        <translation>Grading rules</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="655"/>
        <source>实行分级管理措施并制定相应的制度</source>
        <translation>Graded management with rules of its own</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="656"/>
        <source>制度登记中有现行有效的“分级管理制度”</source>
        <translation>The rules register holds “Grading rules” in force</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="662"/>
        <source>定密</source>
        <translation>Confirm as secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="663"/>
        <source>企业对商业秘密进行核查和评估，开展定密</source>
        <translation>Secrets checked and assessed; secrets determined</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="664"/>
        <source>有经双人审批的定密记录</source>
        <translation>Determinations approved by two people are on record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="670"/>
        <source>解密与复核</source>
        <translation>Declassification and review</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="671"/>
        <source>开展解密等工作</source>
        <translation>Declassification carried out</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="672"/>
        <source>有解密审批或定期复核记录</source>
        <translation>Declassification approvals or periodic reviews are on record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="678"/>
        <location filename="../../tsdesk/services/compliance/report.py" line="29"/>
        <source>销毁</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="679"/>
        <source>开展销毁等工作</source>
        <translation>Destruction carried out</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="680"/>
        <source>有已完成的销毁批次</source>
        <translation>A destruction batch has been completed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="686"/>
        <source>隐密（如采用）</source>
        <translation>Concealment (if used)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="687"/>
        <source>开展定密、隐密、解密、销毁等工作</source>
        <translation>Determination, concealment, declassification and destruction carried out</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="688"/>
        <source>仅供参考：清单中标为隐密的商业秘密数</source>
        <translation>For information: secrets marked concealed in the register</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="695"/>
        <source>涉密区域管理</source>
        <translation>Secret areas</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="696"/>
        <source>加强对涉密区域管理，构建物防体系</source>
        <translation>Secret areas managed; physical protection in place</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="697"/>
        <source>登记了在用的涉密区域</source>
        <translation>Secret areas in use are recorded</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="703"/>
        <source>涉密载体与标识</source>
        <translation>Carriers and marks</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="704"/>
        <source>加强对涉密信息管理</source>
        <translation>Secret information managed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="705"/>
        <source>登记了涉密载体并使用保密标识（从未打印标识的载体另列）</source>
        <translation>Carriers recorded and marked (carriers never labelled are listed apart)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="711"/>
        <source>本年度盘点</source>
        <translation>Stock-take this year</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="712"/>
        <source>构建人防、技防、物防综合防护体系</source>
        <translation>People, technical and physical protection combined</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="713"/>
        <source>本年度至少完成一次载体盘点</source>
        <translation>At least one carrier stock-take completed this year</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="719"/>
        <source>近2年未侵犯他人商业秘密</source>
        <translation>No infringement of others&apos; secrets in 2 years</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="720"/>
        <source>近2年来没有发生侵犯他人商业秘密行为</source>
        <translation>No infringement of anyone else&apos;s trade secrets in the last 2 years</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="721"/>
        <source>12 个月内签署的不侵权声明（含日期和签署人）</source>
        <translation>A no-infringement declaration signed within 12 months (with date and signer)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="727"/>
        <source>侵权维权工作</source>
        <translation>Enforcement against infringement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="728"/>
        <source>积极开展商业秘密侵权维权工作</source>
        <translation>Active enforcement against trade secret infringement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="729"/>
        <source>仅供参考：已处置的泄密事件（演练不计）</source>
        <translation>For information: incidents handled (drills not counted)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="736"/>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="851"/>
        <source>示范引领</source>
        <translation>Leading by example</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="737"/>
        <source>积极发挥示范引领作用，倡导商业秘密保护，辐射周边、上下游、相关行业企业</source>
        <translation>Leads by example and promotes protection among neighbours, suppliers, customers and the industry</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="751"/>
        <source>综合服务体系</source>
        <translation>Comprehensive services</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="752"/>
        <source>发挥第三方社会服务机构作用，推动构建商业秘密综合服务体系</source>
        <translation>Third-party service providers engaged in a comprehensive trade secret service system</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="757"/>
        <source>培训企业数超会员30%</source>
        <translation>Training reaches over 30 % of members</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="758"/>
        <source>每年培训企业数超会员总数的30%以上</source>
        <translation>Enterprises trained each year exceed 30 % of the members</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="763"/>
        <source>开展保护工作超会员20%</source>
        <translation>Protection work at over 20 % of members</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="764"/>
        <source>开展商业秘密保护工作的比例超会员（或辖区企业）总数的20%以上</source>
        <translation>Over 20 % of members (or enterprises in the district) carry out protection work</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="771"/>
        <source>已建示范点</source>
        <translation>Demonstration points built</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="772"/>
        <source>建设省级商业秘密保护示范点1家（含）或市级商业秘密保护示范点2家（含）以上</source>
        <translation>At least 1 provincial or 2 municipal demonstration points built</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="775"/>
        <source>企业信息中的已建数：省级 ≥ 1 或市级 ≥ 2</source>
        <translation>Bases built in the company profile: provincial ≥ 1 or municipal ≥ 2</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="784"/>
        <source>政府出台保护政策</source>
        <translation>Government protection policy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="785"/>
        <source>以政府（或管委会）名义出台相关商业秘密保护政策措施</source>
        <translation>Protection policy issued in the name of the government (or management committee)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="790"/>
        <source>开展保护工作的企业达30%</source>
        <translation>30 % of enterprises carry out protection work</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="791"/>
        <source>园区内相关企业开展商业秘密保护工作的比例达30%以上</source>
        <translation>At least 30 % of the park&apos;s enterprises carry out protection work</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="796"/>
        <source>已建示范站（点）</source>
        <translation>Demonstration stations (points) built</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="797"/>
        <source>省级商业秘密保护示范站（点）1家（含）以上或者市级商业秘密保护示范站（点）3家（含）以上</source>
        <translation>At least 1 provincial or 3 municipal demonstration stations (points)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="801"/>
        <source>企业信息中的已建数：省级 ≥ 1 或市级 ≥ 3</source>
        <translation>Bases built in the company profile: provincial ≥ 1 or municipal ≥ 3</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="807"/>
        <source>综合服务中心（平台）</source>
        <translation>Service centre (platform)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="808"/>
        <source>建立包含商业秘密保护在内的相关知识产权综合服务中心（平台）</source>
        <translation>An IP service centre (platform) that includes trade secret protection</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="815"/>
        <source>专（兼）职人员1名以上</source>
        <translation>At least one full- or part-time officer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="816"/>
        <source>配备具有商业秘密保护经验的专（兼）职人员1名以上</source>
        <translation>At least one full- or part-time officer experienced in trade secret protection</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="825"/>
        <source>运行机制与协助维权</source>
        <translation>Working procedures and enforcement support</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="826"/>
        <source>商业秘密保护运行机制、工作流程设置科学，协助维权机制健全</source>
        <translation>Sound working procedures and a working mechanism to support enforcement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="831"/>
        <source>每年培训不少于2次、受训率30%</source>
        <translation>At least 2 trainings a year, 30 % trained</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="832"/>
        <source>每年组织企业商业秘密保护培训不少于2次，园区内企业受训率达30%以上</source>
        <translation>At least 2 trainings a year for enterprises; at least 30 % of the park&apos;s enterprises trained</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="839"/>
        <source>调研、指导服务不少于6次</source>
        <translation>At least 6 surveys or guidance visits</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="840"/>
        <source>每年开展调研、指导等服务不少于6次</source>
        <translation>At least 6 surveys, guidance visits or similar services a year</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="845"/>
        <source>部门协作</source>
        <translation>Cooperation between authorities</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="846"/>
        <source>与市场监管等部门协同保护长效机制顺畅</source>
        <translation>A lasting protection mechanism with market regulation and other authorities</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="852"/>
        <source>吸引商业秘密保护高端人才、第三方社会服务机构和优秀企业聚集入驻</source>
        <translation>Attracts trade secret experts, service providers and leading enterprises</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="871"/>
        <source>示范点（第十条）</source>
        <translation>Demonstration point (Art. 10)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="872"/>
        <source>示范指导站（第八条）</source>
        <translation>Guidance station (Art. 8)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="873"/>
        <source>示范区（第六条）</source>
        <translation>Demonstration zone (Art. 6)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/report.py" line="24"/>
        <source>企业信息</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/report.py" line="25"/>
        <source>基地申报（制度、工作方案、声明）</source>
        <translation>Base application (rules, programme, declarations)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/report.py" line="26"/>
        <source>培训与检查</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/report.py" line="27"/>
        <source>人员与协议</source>
        <translation>People and agreements</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/report.py" line="28"/>
        <source>商业秘密清单</source>
        <translation>Trade secret register</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/report.py" line="30"/>
        <source>涉密区域、盘点</source>
        <translation>Secret areas, stock-takes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/report.py" line="31"/>
        <source>涉密载体</source>
        <translation>Carriers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/report.py" line="32"/>
        <source>应急处置</source>
        <translation>Incidents</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="78"/>
        <source>登记载体</source>
        <translation>Register carrier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="79"/>
        <source>修改载体</source>
        <translation>Edit carrier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="80"/>
        <source>关联商业秘密</source>
        <translation>Link trade secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="81"/>
        <source>取消关联商业秘密</source>
        <translation>Unlink trade secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="82"/>
        <source>登记复制件</source>
        <translation>Register copy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="83"/>
        <source>登记遗失</source>
        <translation>Report carrier lost</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="84"/>
        <source>标记为已被替代</source>
        <translation>Marked as superseded</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="85"/>
        <source>登记找回</source>
        <translation>Report carrier found</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="86"/>
        <source>登记销毁</source>
        <translation>Record destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="87"/>
        <source>借阅</source>
        <translation>Borrowing</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="88"/>
        <source>查阅</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="89"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="90"/>
        <source>送外维修</source>
        <translation>Outside repair</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="91"/>
        <source>移交保管</source>
        <translation>Custody transfer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="92"/>
        <source>归还</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="93"/>
        <location filename="../../tsdesk/services/carriers/core.py" line="144"/>
        <source>封存</source>
        <translation>Seal</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="94"/>
        <source>封存检查</source>
        <translation>Seal check</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="95"/>
        <source>启封</source>
        <translation>Unseal</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="44"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="45"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="46"/>
        <source>{field}：{before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="47"/>
        <source>{field}：{value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="48"/>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="49"/>
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="77"/>
        <location filename="../../tsdesk/services/audit_text.py" line="98"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="78"/>
        <source>创建数据库</source>
        <translation>Create database</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="79"/>
        <source>更换数据密钥</source>
        <translation>Change data key</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="80"/>
        <source>清除失效的占用锁</source>
        <translation>Clear stale lock</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="81"/>
        <source>恢复被改动的登录页抬头</source>
        <translation>Restore altered login banner</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="82"/>
        <source>审计链与密钥槽文件记录的链头不符</source>
        <translation>Audit chain does not contain the head the key-slot file recorded</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="83"/>
        <source>登录</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="84"/>
        <source>登录失败</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="85"/>
        <source>只读登录</source>
        <translation>Read-only login</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="87"/>
        <source>查看商业秘密清单</source>
        <translation>Viewed the register</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="88"/>
        <source>查看商业秘密</source>
        <translation>Viewed a trade secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="89"/>
        <source>查看载体清单</source>
        <translation>Viewed the carrier list</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="90"/>
        <source>查看载体</source>
        <translation>Viewed a carrier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="91"/>
        <source>查看审计记录</source>
        <translation>Viewed the audit log</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="92"/>
        <source>查看操作员</source>
        <translation>Viewed the operators</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="93"/>
        <source>查看标识打印记录</source>
        <translation>Viewed the label print log</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="94"/>
        <source>锁定窗口</source>
        <translation>Lock window</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="101"/>
        <source>计算机</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="102"/>
        <location filename="../../tsdesk/services/backup.py" line="65"/>
        <location filename="../../tsdesk/services/register/core.py" line="158"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="105"/>
        <location filename="../../tsdesk/services/carriers/core.py" line="125"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="106"/>
        <location filename="../../tsdesk/services/carriers/core.py" line="126"/>
        <location filename="../../tsdesk/services/grading.py" line="131"/>
        <location filename="../../tsdesk/services/register/core.py" line="159"/>
        <location filename="../../tsdesk/services/training/__init__.py" line="176"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="107"/>
        <location filename="../../tsdesk/services/backup.py" line="51"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="108"/>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="136"/>
        <source>条数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="109"/>
        <source>事件序号</source>
        <translation>Event number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="110"/>
        <source>哈希</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="116"/>
        <source>密码错误</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="117"/>
        <source>恢复密钥错误</source>
        <translation>wrong recovery key</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="189"/>
        <source>{name}（{code}）</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="41"/>
        <location filename="../../tsdesk/services/operators.py" line="53"/>
        <location filename="../../tsdesk/ui/admin/audit.py" line="82"/>
        <source>操作员</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="42"/>
        <source>新增操作员</source>
        <translation>Add operator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="43"/>
        <source>更改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="44"/>
        <source>停用/启用操作员</source>
        <translation>Disable/enable operator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="45"/>
        <source>修改本人密码</source>
        <translation>Change own password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="46"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="49"/>
        <source>移除无主的密钥槽</source>
        <translation>Remove orphan key slot</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="50"/>
        <source>密码更改未生效（已核对）</source>
        <translation>Password change not applied (checked)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="163"/>
        <source>立案</source>
        <translation>Incident case opened</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="164"/>
        <source>事件定级</source>
        <translation>Incident graded</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="165"/>
        <source>关联事件记录</source>
        <translation>Record linked to incident</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="166"/>
        <source>取消关联事件记录</source>
        <translation>Record unlinked from incident</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="167"/>
        <source>结案</source>
        <translation>Incident case closed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="168"/>
        <source>查看事件清单</source>
        <translation>Viewed incident list</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="169"/>
        <source>查看事件</source>
        <translation>Viewed incident</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="173"/>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="79"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="174"/>
        <source>事件类别</source>
        <translation>Incident kind</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="175"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="177"/>
        <source>发现时间</source>
        <translation>Discovered at</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="178"/>
        <source>发现人</source>
        <translation>Discovered by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="179"/>
        <source>初步情况</source>
        <translation>Initial facts</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="180"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="181"/>
        <location filename="../../tsdesk/services/operators.py" line="56"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="184"/>
        <source>建议级别</source>
        <translation>Suggested level</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="187"/>
        <source>新增步骤数</source>
        <translation>Steps added</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="188"/>
        <source>处理结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="189"/>
        <source>经验教训与整改措施</source>
        <translation>Lessons and corrective actions</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="190"/>
        <source>演练记录</source>
        <translation>Drill record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="47"/>
        <source>启用本机解锁</source>
        <translation>Enable PC unlock</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="48"/>
        <source>关闭本机解锁</source>
        <translation>Disable PC unlock</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="107"/>
        <location filename="../../tsdesk/services/company.py" line="119"/>
        <source>企业信息</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="108"/>
        <source>修改企业信息</source>
        <translation>Edit company info</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="109"/>
        <location filename="../../tsdesk/services/company.py" line="120"/>
        <location filename="../../tsdesk/services/people.py" line="94"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="110"/>
        <source>新增部门</source>
        <translation>Add department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="111"/>
        <source>重命名部门</source>
        <translation>Rename department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="112"/>
        <location filename="../../tsdesk/services/company.py" line="121"/>
        <source>领导小组/保密员</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="113"/>
        <source>新增人员指定</source>
        <translation>Add designation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="114"/>
        <source>撤销人员指定</source>
        <translation>Revoke designation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="115"/>
        <source>关联人员名录</source>
        <translation>Linked person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="116"/>
        <location filename="../../tsdesk/services/company.py" line="145"/>
        <source>重点部门</source>
        <translation>Key department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="124"/>
        <source>企业名称</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="125"/>
        <source>组织类型</source>
        <translation>Organisation kind</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="126"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="127"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="128"/>
        <source>邮政编码</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="129"/>
        <source>职工人数</source>
        <translation>Headcount</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="130"/>
        <source>企业类型</source>
        <translation>Company type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="131"/>
        <source>所属行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="132"/>
        <source>年产值</source>
        <translation>Annual output</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="133"/>
        <source>省级示范点已建数</source>
        <translation>Provincial model sites built</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="134"/>
        <source>市级示范点已建数</source>
        <translation>Municipal model sites built</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="105"/>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="129"/>
        <source>协议</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="106"/>
        <source>新建协议</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="107"/>
        <source>修改协议</source>
        <translation>Change agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="108"/>
        <source>签署协议</source>
        <translation>Sign agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="109"/>
        <source>协议生效</source>
        <translation>Agreement in force</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="110"/>
        <source>协议终止</source>
        <translation>Agreement ended</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="111"/>
        <source>解除协议</source>
        <translation>Terminate agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="112"/>
        <source>协议违约</source>
        <translation>Agreement breached</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="113"/>
        <source>打印协议</source>
        <translation>Print agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="114"/>
        <source>修改协议模板</source>
        <translation>Change agreement template</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="115"/>
        <source>协议模板恢复默认</source>
        <translation>Agreement template reset to default</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="116"/>
        <source>竞业限制</source>
        <translation>Non-compete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="117"/>
        <source>竞业限制起算</source>
        <translation>Non-compete started</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="118"/>
        <source>支付竞业限制补偿</source>
        <translation>Pay non-compete compensation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="119"/>
        <source>解除竞业限制</source>
        <translation>Release non-compete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="120"/>
        <source>打印竞业限制补偿明细</source>
        <translation>Print non-compete compensation statement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="121"/>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="131"/>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="136"/>
        <source>相对方</source>
        <translation>Outside party</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="122"/>
        <source>查看协议清单</source>
        <translation>View agreement list</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="123"/>
        <source>查看协议</source>
        <translation>View agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="124"/>
        <source>查看竞业限制补偿明细</source>
        <translation>View non-compete payments</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="125"/>
        <source>新增相对方</source>
        <translation>Add outside party</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="126"/>
        <source>修改相对方</source>
        <translation>Change outside party</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="130"/>
        <source>协议模板</source>
        <translation>Agreement template</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="134"/>
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="138"/>
        <source>签署日期</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="140"/>
        <source>终止日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="141"/>
        <source>结束日期</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="142"/>
        <source>违约金（元）</source>
        <translation>Liquidated damages (yuan)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="143"/>
        <source>所涉商业秘密</source>
        <translation>Secrets covered</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="144"/>
        <source>交接载体</source>
        <translation>Carriers handed over</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="145"/>
        <source>竞业限制起算日</source>
        <translation>Non-compete start</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="146"/>
        <source>竞业限制期限（月）</source>
        <translation>Non-compete term (months)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="147"/>
        <source>竞业限制地域</source>
        <translation>Restricted area</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="148"/>
        <source>竞业限制业务</source>
        <translation>Restricted business</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="149"/>
        <source>竞争单位</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="150"/>
        <source>每月补偿（元）</source>
        <translation>Monthly compensation (yuan)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="151"/>
        <source>离职前月平均工资（元）</source>
        <translation>Average monthly wage before leaving (yuan)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="152"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="153"/>
        <source>支付日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="154"/>
        <source>实付（元）</source>
        <translation>Paid (yuan)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="155"/>
        <source>应付（元）</source>
        <translation>Due (yuan)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="156"/>
        <source>解除日期</source>
        <translation>Released on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="157"/>
        <source>解除说明</source>
        <translation>Release note</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="158"/>
        <source>参考额外补偿（元）</source>
        <translation>Reference extra compensation (yuan)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="159"/>
        <source>重印</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="160"/>
        <source>模板文本</source>
        <translation>Template text</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="161"/>
        <location filename="../../tsdesk/services/company.py" line="135"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="162"/>
        <source>保密协议提醒</source>
        <translation>NDA warning</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="136"/>
        <source>职务/职称</source>
        <translation>Position/title</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="137"/>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="138"/>
        <source>市场监管部门</source>
        <translation>Market regulator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="139"/>
        <source>市场监管部门联系方式</source>
        <translation>Market regulator contact</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="140"/>
        <source>商业秘密保护工作开展情况</source>
        <translation>Trade secret protection work</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="141"/>
        <source>商业秘密管理部门</source>
        <translation>Trade secret management department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="142"/>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="52"/>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="41"/>
        <location filename="../../tsdesk/services/register/core.py" line="147"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="143"/>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="47"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/settings.py" line="20"/>
        <location filename="../../tsdesk/services/settings.py" line="24"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/settings.py" line="21"/>
        <source>修改设置</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/settings.py" line="27"/>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="95"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="96"/>
        <source>打印恢复密钥单</source>
        <translation>Print recovery sheet</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/approvals.py" line="12"/>
        <location filename="../../tsdesk/services/approvals.py" line="16"/>
        <source>审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/approvals.py" line="13"/>
        <source>双人审批通过</source>
        <translation>Four-eyes approved</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/approvals.py" line="14"/>
        <source>审批人密码错误</source>
        <translation>Wrong approver password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/approvals.py" line="18"/>
        <source>申请人</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/approvals.py" line="19"/>
        <location filename="../../tsdesk/services/carriers/core.py" line="115"/>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="119"/>
        <location filename="../../tsdesk/services/register/core.py" line="157"/>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/approvals.py" line="20"/>
        <source>审批事项</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit.py" line="26"/>
        <location filename="../../tsdesk/services/audit.py" line="30"/>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit.py" line="27"/>
        <source>导出审计日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit.py" line="33"/>
        <source>筛选条件</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="128"/>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="114"/>
        <location filename="../../tsdesk/services/register/core.py" line="127"/>
        <location filename="../../tsdesk/services/register/core.py" line="142"/>
        <source>商业秘密</source>
        <translation>Trade secrets</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="128"/>
        <source>拟定商业秘密</source>
        <translation>Propose trade secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="129"/>
        <source>修改商业秘密</source>
        <translation>Edit trade secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="130"/>
        <source>定密</source>
        <translation>Confirm as secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="131"/>
        <source>变更等级/期限</source>
        <translation>Change grade/term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="132"/>
        <source>解密</source>
        <translation>Declassify</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="133"/>
        <source>作废商业秘密</source>
        <translation>Void trade secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="134"/>
        <source>商业秘密已销毁</source>
        <translation>Trade secret destroyed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="135"/>
        <source>记录审查</source>
        <translation>Record Review</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="149"/>
        <source>保密期限</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="152"/>
        <source>保密范围</source>
        <translation>Scope of knowers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="153"/>
        <source>隐密</source>
        <translation>Concealed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="155"/>
        <source>秘密点</source>
        <translation>Secret points</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="161"/>
        <source>审查结论</source>
        <translation>Review outcome</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="162"/>
        <source>审查日期</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="163"/>
        <source>下次审查</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="164"/>
        <location filename="../../tsdesk/services/register_io/columns.py" line="36"/>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="114"/>
        <source>定级评估</source>
        <translation>Grading assessment</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="80"/>
        <location filename="../../tsdesk/services/grading.py" line="111"/>
        <location filename="../../tsdesk/services/grading.py" line="117"/>
        <location filename="../../tsdesk/services/register/core.py" line="148"/>
        <source>保密等级</source>
        <translation>Confidentiality grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="112"/>
        <source>新增保密等级</source>
        <translation>Add grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="113"/>
        <source>修改保密等级</source>
        <translation>Edit grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="120"/>
        <source>次序</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="121"/>
        <source>审查周期（月）</source>
        <translation>Review interval (months)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="122"/>
        <source>默认期限（年）</source>
        <translation>Default term (years)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="123"/>
        <source>流转须审批</source>
        <translation>Movements need approval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="124"/>
        <source>评估人</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="125"/>
        <source>核心事项</source>
        <translation>Core items</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="126"/>
        <source>确定等级</source>
        <translation>Decided grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="127"/>
        <location filename="../../tsdesk/services/incidents/cases.py" line="186"/>
        <source>不采纳建议的理由</source>
        <translation>Reason for not following the suggestion</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="128"/>
        <location filename="../../tsdesk/services/incidents/cases.py" line="182"/>
        <source>评分</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="129"/>
        <source>建议等级</source>
        <translation>Suggested grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="130"/>
        <location filename="../../tsdesk/services/incidents/cases.py" line="183"/>
        <source>加权得分</source>
        <translation>Weighted score</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="135"/>
        <location filename="../../tsdesk/services/areas.py" line="86"/>
        <location filename="../../tsdesk/services/company.py" line="144"/>
        <location filename="../../tsdesk/services/people.py" line="73"/>
        <location filename="../../tsdesk/services/people.py" line="88"/>
        <location filename="../../tsdesk/services/people.py" line="99"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="74"/>
        <source>新增人员</source>
        <translation>Add Person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="75"/>
        <source>修改人员</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="76"/>
        <source>人员在职状态</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="77"/>
        <location filename="../../tsdesk/services/people.py" line="89"/>
        <source>知悉授权</source>
        <translation>Knower grant</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="78"/>
        <source>授予知悉权限</source>
        <translation>Grant knowledge access</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="79"/>
        <source>撤销知悉权限</source>
        <translation>Revoke knowledge access</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="81"/>
        <source>调岗待复核</source>
        <translation>Department change to review</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="82"/>
        <source>调岗复核完成</source>
        <translation>Department change reviewed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="84"/>
        <source>查看人员清单</source>
        <translation>View people list</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="85"/>
        <source>查看人员</source>
        <translation>View person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="92"/>
        <source>工号</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="93"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="95"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="96"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="97"/>
        <source>在职状态</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="98"/>
        <source>离职日期</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="100"/>
        <source>知悉程度</source>
        <translation>Access tier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="101"/>
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="105"/>
        <source>入职日期</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="106"/>
        <source>复核任务</source>
        <translation>Review task</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="107"/>
        <location filename="../../tsdesk/services/procedures.py" line="148"/>
        <source>原部门</source>
        <translation>Previous department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="108"/>
        <location filename="../../tsdesk/services/procedures.py" line="149"/>
        <source>新部门</source>
        <translation>New department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="110"/>
        <source>重点岗位</source>
        <translation>Key post</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="23"/>
        <source>清单导入导出</source>
        <translation>Register import/export</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="24"/>
        <source>导入商业秘密清单</source>
        <translation>Import Trade Secret Register</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="25"/>
        <source>导出商业秘密清单</source>
        <translation>Export the Trade Secret Register</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="31"/>
        <source>沿用编号</source>
        <translation>Numbers kept</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="32"/>
        <source>新生成编号</source>
        <translation>Numbers generated</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="33"/>
        <source>新建部门</source>
        <translation>Departments created</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="34"/>
        <source>新建人员</source>
        <translation>People created</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="35"/>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="136"/>
        <source>打印台账</source>
        <translation>Print ledger</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="137"/>
        <source>打印基地申报表</source>
        <translation>Print base application form</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="138"/>
        <source>打印详情单</source>
        <translation>Print detail sheet</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="139"/>
        <source>打印审批表</source>
        <translation>Print approval form</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="100"/>
        <location filename="../../tsdesk/services/carriers/core.py" line="142"/>
        <source>涉密载体</source>
        <translation>Carriers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="104"/>
        <source>载体类型</source>
        <translation>Carrier kind</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="106"/>
        <location filename="../../tsdesk/services/carriers/core.py" line="134"/>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="115"/>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="164"/>
        <location filename="../../tsdesk/services/people.py" line="109"/>
        <location filename="../../tsdesk/services/procedures.py" line="158"/>
        <location filename="../../tsdesk/services/training/__init__.py" line="200"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="107"/>
        <source>设备信息</source>
        <translation>Device details</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="108"/>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="81"/>
        <source>保管人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="110"/>
        <location filename="../../tsdesk/services/register/core.py" line="156"/>
        <source>存放位置</source>
        <translation>Storage</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="111"/>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="118"/>
        <location filename="../../tsdesk/services/register/core.py" line="154"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="112"/>
        <source>被替代日期</source>
        <translation>Superseded on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="113"/>
        <source>所载商业秘密</source>
        <translation>Secrets held</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="114"/>
        <source>复制自</source>
        <translation>Copied from</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="116"/>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="42"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="117"/>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="118"/>
        <source>应还日期</source>
        <translation>Due back</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="119"/>
        <source>已取出存储介质</source>
        <translation>Storage media removed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="120"/>
        <source>经办/使用人</source>
        <translation>Handled/used by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="121"/>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="86"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="122"/>
        <source>开始日期</source>
        <translation>Started on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="123"/>
        <source>复制件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="124"/>
        <source>保管人变更</source>
        <translation>Custodian change</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="127"/>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="106"/>
        <location filename="../../tsdesk/services/register/core.py" line="160"/>
        <source>销毁记录</source>
        <translation>Destruction record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="129"/>
        <location filename="../../tsdesk/services/training/__init__.py" line="193"/>
        <source>检查日期</source>
        <translation>Checked on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="130"/>
        <source>封存完好</source>
        <translation>Seal intact</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="131"/>
        <source>下次检查</source>
        <translation>Next check</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="132"/>
        <source>封存地点</source>
        <translation>Sealed at</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="133"/>
        <source>封存理由</source>
        <translation>Reason for sealing</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="135"/>
        <source>封条编号</source>
        <translation>Seal number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="136"/>
        <source>封存日期</source>
        <translation>Sealed on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="137"/>
        <source>检查间隔（天）</source>
        <translation>Check interval (days)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="138"/>
        <source>启封日期</source>
        <translation>Unsealed on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="143"/>
        <source>载体流转</source>
        <translation>Carrier movement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="65"/>
        <location filename="../../tsdesk/services/areas.py" line="74"/>
        <location filename="../../tsdesk/services/carriers/core.py" line="109"/>
        <location filename="../../tsdesk/services/stocktake.py" line="61"/>
        <source>涉密区域</source>
        <translation>Secret area</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="66"/>
        <source>新增涉密区域</source>
        <translation>New Secret Area</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="67"/>
        <source>修改涉密区域</source>
        <translation>Edit Secret Area</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="68"/>
        <source>停用/启用涉密区域</source>
        <translation>Disable/Enable area</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="69"/>
        <source>授予区域准入</source>
        <translation>Grant area access</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="70"/>
        <source>撤销区域准入</source>
        <translation>Revoke area access</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="77"/>
        <location filename="../../tsdesk/services/audit_text.py" line="103"/>
        <location filename="../../tsdesk/services/carriers/core.py" line="103"/>
        <location filename="../../tsdesk/services/incidents/cases.py" line="172"/>
        <location filename="../../tsdesk/services/incidents/prints.py" line="58"/>
        <location filename="../../tsdesk/services/register/core.py" line="145"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="137"/>
        <location filename="../../tsdesk/services/areas.py" line="78"/>
        <location filename="../../tsdesk/services/audit_text.py" line="104"/>
        <location filename="../../tsdesk/services/carriers/core.py" line="105"/>
        <location filename="../../tsdesk/services/compliance/rules.py" line="45"/>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="130"/>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="78"/>
        <location filename="../../tsdesk/services/register/core.py" line="146"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="79"/>
        <source>区域类别</source>
        <translation>Area kind</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="81"/>
        <location filename="../../tsdesk/services/backup.py" line="52"/>
        <location filename="../../tsdesk/services/stocktake.py" line="62"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="82"/>
        <location filename="../../tsdesk/services/register/core.py" line="150"/>
        <source>主责部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="83"/>
        <location filename="../../tsdesk/services/register/core.py" line="151"/>
        <location filename="../../tsdesk/services/training/__init__.py" line="197"/>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="84"/>
        <source>已落实的保护措施</source>
        <translation>Measures in place</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="85"/>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="134"/>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="76"/>
        <location filename="../../tsdesk/services/operators.py" line="57"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="139"/>
        <location filename="../../tsdesk/services/areas.py" line="87"/>
        <location filename="../../tsdesk/services/people.py" line="102"/>
        <location filename="../../tsdesk/services/procedures.py" line="147"/>
        <source>生效日期</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="88"/>
        <location filename="../../tsdesk/services/people.py" line="103"/>
        <source>截止日期</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="89"/>
        <location filename="../../tsdesk/services/people.py" line="104"/>
        <source>撤销日期</source>
        <translation>Revoked on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="90"/>
        <location filename="../../tsdesk/services/training/__init__.py" line="180"/>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="52"/>
        <location filename="../../tsdesk/services/stocktake.py" line="58"/>
        <source>盘点</source>
        <translation>Stock-take</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="53"/>
        <source>开始盘点</source>
        <translation>Start Stock-take</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="54"/>
        <source>完成盘点</source>
        <translation>Finish stock-take</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="63"/>
        <source>已扫描</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="64"/>
        <source>已找到</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="65"/>
        <source>缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="66"/>
        <source>位置不符</source>
        <translation>Wrong place</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="67"/>
        <source>不应存在</source>
        <translation>Should not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="68"/>
        <source>缺失的载体</source>
        <translation>Missing carriers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="69"/>
        <source>不应存在的标识</source>
        <translation>Labels that should not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="87"/>
        <source>打印标识</source>
        <translation>Print labels</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="88"/>
        <source>打印区域标识牌</source>
        <translation>Print area sign</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="71"/>
        <source>打印区域登记表</source>
        <translation>Print area record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="55"/>
        <source>打印盘点报告</source>
        <translation>Print stock-take report</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="85"/>
        <location filename="../../tsdesk/services/labels.py" line="94"/>
        <location filename="../../tsdesk/services/labels.py" line="102"/>
        <source>标识</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="86"/>
        <source>生成标识防伪密钥</source>
        <translation>Create label authenticity key</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="89"/>
        <location filename="../../tsdesk/services/labels.py" line="95"/>
        <source>文档</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="90"/>
        <source>文档加注标记</source>
        <translation>Mark a Document</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="98"/>
        <source>模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="99"/>
        <source>打印机</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="100"/>
        <source>起始位置</source>
        <translation>Start position</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="101"/>
        <source>补打原因</source>
        <translation>Reprint reason</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="103"/>
        <source>尺寸</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="104"/>
        <source>原文件</source>
        <translation>Source file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="105"/>
        <source>输出文件</source>
        <translation>Output file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/binder.py" line="47"/>
        <source>打印实地考察资料汇编</source>
        <translation>Printed the inspection visit binder</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/binder.py" line="48"/>
        <source>资料汇编</source>
        <translation>Binder</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/binder.py" line="50"/>
        <source>各部分</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/binder.py" line="51"/>
        <source>含协议文本</source>
        <translation>With agreement texts</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/binder.py" line="52"/>
        <location filename="../../tsdesk/services/labels.py" line="106"/>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="28"/>
        <source>商业秘密清单</source>
        <translation>Trade secret register</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="93"/>
        <source>标识打印</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_text.py" line="100"/>
        <location filename="../../tsdesk/ui/admin/audit.py" line="81"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="83"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="84"/>
        <source>对象编号</source>
        <translation>Object number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="85"/>
        <source>变更内容</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/audit.py" line="224"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/audit.py" line="224"/>
        <source>序号不连续：缺少此号事件</source>
        <translation>Gap in sequence: this event is missing</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/audit.py" line="226"/>
        <source>前一哈希与上一事件不符</source>
        <translation>Previous hash does not match the preceding event</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/audit.py" line="232"/>
        <source>事件内容不是有效的 JSON</source>
        <translation>Event content is not valid JSON</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/audit.py" line="234"/>
        <source>事件内容已被改动（哈希不符）</source>
        <translation>Event content has been altered (hash mismatch)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/audit.py" line="250"/>
        <source>已校验过的记录被改动或删除（与上次校验结果不符）</source>
        <translation>An already verified event was changed or deleted (it no longer matches the last verification)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="60"/>
        <location filename="../../tsdesk/services/attachments.py" line="66"/>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="61"/>
        <source>添加附件</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="62"/>
        <source>替换附件</source>
        <translation>Replace attachment</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="63"/>
        <source>附件另存为</source>
        <translation>Save attachment as</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="64"/>
        <source>查看附件</source>
        <translation>View attachment</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="68"/>
        <source>所属记录类型</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="69"/>
        <source>所属记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="70"/>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="71"/>
        <source>文件类型</source>
        <translation>File type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="72"/>
        <location filename="../../tsdesk/services/backup.py" line="56"/>
        <source>大小（字节）</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="73"/>
        <location filename="../../tsdesk/services/backup.py" line="55"/>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="83"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="74"/>
        <source>替换为</source>
        <translation>Superseded by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="75"/>
        <source>保存位置</source>
        <translation>Saved to</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="135"/>
        <location filename="../../tsdesk/services/procedures.py" line="143"/>
        <source>人事保密手续</source>
        <translation>Staff secrecy procedure</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="136"/>
        <source>开始办理人事保密手续</source>
        <translation>Staff secrecy procedure started</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="137"/>
        <source>添加手续事项</source>
        <translation>Procedure item added</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="138"/>
        <source>办结手续事项</source>
        <translation>Procedure item settled</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="139"/>
        <source>人事保密手续完成</source>
        <translation>Staff secrecy procedure completed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="140"/>
        <source>打印离职交接单</source>
        <translation>Print exit hand-over sheet</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="141"/>
        <source>打印离职提醒函</source>
        <translation>Print exit reminder letter</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="145"/>
        <source>手续</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="146"/>
        <source>手续类别</source>
        <translation>Procedure type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="150"/>
        <source>原岗位</source>
        <translation>Former post</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="151"/>
        <source>新岗位</source>
        <translation>New post</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="152"/>
        <source>事项数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="153"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="154"/>
        <source>事项类别</source>
        <translation>Item type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="61"/>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="70"/>
        <source>事件处置预案</source>
        <translation>Incident playbook</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="62"/>
        <source>保存事件处置预案</source>
        <translation>Incident playbook saved</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="63"/>
        <source>启用或停用事件处置预案</source>
        <translation>Incident playbook activated or deactivated</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="64"/>
        <source>恢复默认处置预案</source>
        <translation>Default incident playbook restored</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="65"/>
        <source>事件处置步骤</source>
        <translation>Incident step</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="66"/>
        <source>新增处置步骤</source>
        <translation>Incident step added</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="67"/>
        <source>完成处置步骤</source>
        <translation>Incident step done</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="68"/>
        <source>跳过处置步骤</source>
        <translation>Incident step skipped</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="72"/>
        <source>预案</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="73"/>
        <source>适用最低级别</source>
        <translation>Lowest level</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="74"/>
        <source>适用最高级别</source>
        <translation>Highest level</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="75"/>
        <source>用于演练</source>
        <translation>For drills</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="77"/>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="78"/>
        <source>步骤</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="80"/>
        <source>必办</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="81"/>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="82"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="83"/>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="161"/>
        <location filename="../../tsdesk/services/procedures.py" line="155"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="156"/>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="157"/>
        <source>竞业限制决定</source>
        <translation>Non-compete decision</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="149"/>
        <location filename="../../tsdesk/services/training/__init__.py" line="169"/>
        <source>培训</source>
        <translation>Training session</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="150"/>
        <source>登记培训</source>
        <translation>Training recorded</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="151"/>
        <source>修改培训记录</source>
        <translation>Training record changed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="152"/>
        <source>登记培训成绩</source>
        <translation>Training scores</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="176"/>
        <location filename="../../tsdesk/services/training/__init__.py" line="153"/>
        <location filename="../../tsdesk/services/training/__init__.py" line="170"/>
        <source>演练</source>
        <translation>Drill</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="154"/>
        <source>登记泄密应急演练</source>
        <translation>Leak-response drill recorded</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="155"/>
        <source>修改演练记录</source>
        <translation>Drill record changed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="156"/>
        <location filename="../../tsdesk/services/training/__init__.py" line="171"/>
        <source>保密检查</source>
        <translation>Secrecy inspection</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="157"/>
        <source>制定检查计划</source>
        <translation>Inspection planned</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="158"/>
        <source>修改检查计划</source>
        <translation>Inspection plan changed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="159"/>
        <source>登记检查结果</source>
        <translation>Inspection result recorded</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="160"/>
        <source>关联盘点结果</source>
        <translation>Stock-take linked to inspection</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="161"/>
        <source>新增整改措施</source>
        <translation>Corrective action added</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="162"/>
        <source>关闭整改措施</source>
        <translation>Corrective action closed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="163"/>
        <source>关闭检查</source>
        <translation>Inspection closed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="164"/>
        <source>打印培训签到表</source>
        <translation>Training sign-in sheet printed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="165"/>
        <source>打印检查报告</source>
        <translation>Inspection report printed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="166"/>
        <source>查看培训记录</source>
        <translation>Training records viewed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="174"/>
        <source>培训主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="175"/>
        <source>培训对象</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="177"/>
        <source>讲师</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="178"/>
        <source>参训人员</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="179"/>
        <source>成绩</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="181"/>
        <source>演练场景</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="182"/>
        <source>过程记录</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="183"/>
        <source>发现的问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="184"/>
        <source>参加人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="185"/>
        <source>检查名称</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="67"/>
        <source>年度工作方案</source>
        <translation>Annual programme</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="68"/>
        <source>新增工作方案事项</source>
        <translation>Add programme item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="69"/>
        <source>工作方案事项完成</source>
        <translation>Programme item done</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="70"/>
        <source>工作方案事项由记录完成</source>
        <translation>Programme item fulfilled by a record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="72"/>
        <source>工作方案事项</source>
        <translation>Programme item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="74"/>
        <location filename="../../tsdesk/services/training/__init__.py" line="186"/>
        <source>计划日期</source>
        <translation>Planned on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="75"/>
        <source>完成日期</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="76"/>
        <source>完成依据</source>
        <translation>Fulfilled by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="77"/>
        <source>依据记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="187"/>
        <source>检查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="188"/>
        <source>检查区域</source>
        <translation>Areas inspected</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="189"/>
        <source>检查载体</source>
        <translation>Carriers inspected</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="190"/>
        <source>检查人员范围</source>
        <translation>People inspected</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="191"/>
        <source>检查依据</source>
        <translation>Rules checked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="192"/>
        <source>检查结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="194"/>
        <source>关闭日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="195"/>
        <source>盘点记录</source>
        <translation>Stock-take</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="196"/>
        <source>整改措施</source>
        <translation>Corrective action</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="198"/>
        <source>整改期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="199"/>
        <source>整改佐证</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="83"/>
        <source>销毁</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="84"/>
        <source>销毁申请</source>
        <translation>Destruction request</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="85"/>
        <source>销毁申请增加项目</source>
        <translation>Add items to destruction request</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="86"/>
        <source>销毁申请移除项目</source>
        <translation>Remove item from destruction request</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="87"/>
        <source>提交销毁申请</source>
        <translation>Submit destruction request</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="88"/>
        <source>批准销毁</source>
        <translation>Approve destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="89"/>
        <source>退回销毁申请</source>
        <translation>Return destruction request</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="90"/>
        <source>撤销销毁申请</source>
        <translation>Cancel destruction request</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="91"/>
        <source>执行销毁</source>
        <translation>Carry out destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="92"/>
        <source>批注销毁记录</source>
        <translation>Annotate destruction record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="93"/>
        <source>保存销毁方法</source>
        <translation>Save destruction method</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="94"/>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="107"/>
        <source>法律保全</source>
        <translation>Legal hold</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="95"/>
        <source>设置法律保全</source>
        <translation>Place legal hold</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="96"/>
        <source>解除法律保全</source>
        <translation>Lift legal hold</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="98"/>
        <source>查看销毁记录清单</source>
        <translation>View destruction records</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="99"/>
        <source>查看销毁记录</source>
        <translation>View destruction record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="100"/>
        <source>打印销毁审批表</source>
        <translation>Print destruction approval form</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="101"/>
        <source>打印销毁清册</source>
        <translation>Print destruction list</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="102"/>
        <source>打印销毁证明</source>
        <translation>Print destruction certificate</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="103"/>
        <source>打印数据销毁记录</source>
        <translation>Print data destruction log</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="108"/>
        <source>销毁方法</source>
        <translation>Destruction method</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="111"/>
        <source>项目</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="112"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="113"/>
        <source>载体</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="116"/>
        <source>提示</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="117"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="120"/>
        <source>销毁日期</source>
        <translation>Date of destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="121"/>
        <source>销毁地点</source>
        <translation>Place of destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="122"/>
        <source>执行人</source>
        <translation>Executor</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="123"/>
        <source>监销人</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="124"/>
        <source>以密码确认的监销人</source>
        <translation>Supervisors confirmed by password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="125"/>
        <source>已销毁项数</source>
        <translation>Items destroyed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="126"/>
        <source>未能销毁项数</source>
        <translation>Items not destroyed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="127"/>
        <source>录像或照片存放处</source>
        <translation>Where the video or photos are kept</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="128"/>
        <source>保全对象类型</source>
        <translation>Held record type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="129"/>
        <source>保全对象</source>
        <translation>Held record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="131"/>
        <source>适用对象</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="132"/>
        <source>处理类别</source>
        <translation>Sanitization category</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="133"/>
        <location filename="../../tsdesk/services/incidents/cases.py" line="185"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="135"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_replay.py" line="195"/>
        <source>数据与审计记录不符</source>
        <translation>data does not match the audit record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_replay.py" line="196"/>
        <source>记录没有任何审计事件（可能是绕过程序直接写入的）</source>
        <translation>record has no audit event at all (possibly written around the program)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/audit_replay.py" line="197"/>
        <source>审计记录中的对象在数据库里已不存在</source>
        <translation>the audited record no longer exists in the database</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="37"/>
        <location filename="../../tsdesk/services/backup.py" line="48"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="38"/>
        <source>制作备份</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="39"/>
        <source>备份未完成</source>
        <translation>Backup not completed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="40"/>
        <source>删除过期备份</source>
        <translation>Old backups deleted</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="41"/>
        <source>校验备份</source>
        <translation>Backup checked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="42"/>
        <source>恢复演练</source>
        <translation>Restore drill</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="43"/>
        <source>从备份恢复</source>
        <translation>Restored from a backup</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="44"/>
        <source>由备份恢复而成</source>
        <translation>Made by restoring a backup</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="45"/>
        <source>制作备份（只读打开时）</source>
        <translation>Backup made (read-only session)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="53"/>
        <source>审计链末端序号</source>
        <translation>Chain head sequence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="54"/>
        <source>审计链末端哈希</source>
        <translation>Chain head hash</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="57"/>
        <source>记录数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="58"/>
        <source>附件数</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="59"/>
        <source>备份时间</source>
        <translation>Backup time</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="60"/>
        <source>已校验事件数</source>
        <translation>Events checked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="61"/>
        <source>抽查附件数</source>
        <translation>Attachments sampled</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="62"/>
        <source>当前审计链包含备份时的末端</source>
        <translation>Today&apos;s chain contains the backup&apos;s head</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="63"/>
        <source>恢复到</source>
        <translation>Restored to</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="64"/>
        <source>已删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="66"/>
        <source>备份编号</source>
        <translation>Backup ID</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/applications.py" line="42"/>
        <source>保存申报表草稿</source>
        <translation>Saved the application form draft</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/applications.py" line="43"/>
        <source>打印基地申报表（草稿）</source>
        <translation>Printed the base application form (draft)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/applications.py" line="45"/>
        <source>基地申报表草稿</source>
        <translation>Application form draft</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/applications.py" line="47"/>
        <source>申报年度</source>
        <translation>Application year</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/applications.py" line="48"/>
        <source>申报表</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/applications.py" line="49"/>
        <source>修改的栏目</source>
        <translation>Boxes changed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/applications.py" line="50"/>
        <source>开展情况字数</source>
        <translation>Work summary length</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/applications.py" line="51"/>
        <source>同时保存到企业信息</source>
        <translation>Also saved to the company profile</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/applications.py" line="52"/>
        <source>按已保存的草稿</source>
        <translation>From the saved draft</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="30"/>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="41"/>
        <source>声明</source>
        <translation>Declaration</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="31"/>
        <source>登记声明</source>
        <translation>Record declaration</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="32"/>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="40"/>
        <source>基地申报自评</source>
        <translation>Base application self-assessment</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="33"/>
        <source>填写自评项</source>
        <translation>Answer assessment item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="34"/>
        <source>打印自评报告</source>
        <translation>Print self-assessment report</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="35"/>
        <source>查看基地申报自评</source>
        <translation>View self-assessment</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="36"/>
        <source>查看制度登记</source>
        <translation>View rules register</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="37"/>
        <source>查看年度工作方案</source>
        <translation>View annual programme</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="42"/>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="49"/>
        <source>自评项</source>
        <translation>Assessment item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="45"/>
        <source>声明日期</source>
        <translation>Declared on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="46"/>
        <source>签署人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="48"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="50"/>
        <source>是否达到</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="51"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="53"/>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="38"/>
        <location filename="../../tsdesk/services/compliance/rules.py" line="43"/>
        <source>制度</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="39"/>
        <source>登记制度</source>
        <translation>Record rule</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="40"/>
        <source>修订制度</source>
        <translation>Revise rule</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="41"/>
        <source>废止制度</source>
        <translation>Repeal rule</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="46"/>
        <source>文号</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="47"/>
        <source>发布日期</source>
        <translation>Adopted on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="48"/>
        <source>修订日期</source>
        <translation>Revised on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="49"/>
        <source>废止日期</source>
        <translation>Repealed on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="50"/>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="65"/>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="73"/>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="66"/>
        <source>登记证据</source>
        <translation>Register evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="67"/>
        <source>证据附加文件</source>
        <translation>Attach a file to evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="68"/>
        <source>证据移交</source>
        <translation>Hand over evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="69"/>
        <source>证据归还</source>
        <translation>Return evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="70"/>
        <source>查看证据清单</source>
        <translation>View evidence list</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="71"/>
        <source>核对证据文件</source>
        <translation>Verify an evidence file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="75"/>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="155"/>
        <source>事件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="76"/>
        <source>证据编号</source>
        <translation>Evidence no.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="77"/>
        <source>证据类别</source>
        <translation>Evidence category</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="79"/>
        <source>取证方式</source>
        <translation>Collection method</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="80"/>
        <source>收集人</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="82"/>
        <source>原件存放</source>
        <translation>Original kept at</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="84"/>
        <source>移交人</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="85"/>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/prints.py" line="52"/>
        <source>打印事件处置报告</source>
        <translation>Print case report</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/prints.py" line="53"/>
        <source>打印证据清单</source>
        <translation>Print evidence list</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/prints.py" line="54"/>
        <source>打印合理保密措施证据汇编</source>
        <translation>Print measures evidence bundle</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/prints.py" line="55"/>
        <source>打印维权材料</source>
        <translation>Print complaint pack</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/prints.py" line="59"/>
        <source>项数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/prints.py" line="60"/>
        <source>部分</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/prints.py" line="61"/>
        <source>索引摘要</source>
        <translation>Index digest</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/prints.py" line="62"/>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="151"/>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="156"/>
        <source>维权途径</source>
        <translation>Remedy route</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="143"/>
        <source>维权</source>
        <translation>Remedies</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="144"/>
        <source>登记维权途径</source>
        <translation>Record a remedy route</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="145"/>
        <source>修改维权途径</source>
        <translation>Update a remedy route</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="146"/>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="152"/>
        <source>投诉材料</source>
        <translation>Complaint materials</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="147"/>
        <source>勾选投诉材料</source>
        <translation>Tick a complaint material</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="148"/>
        <source>取消勾选投诉材料</source>
        <translation>Untick a complaint material</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="157"/>
        <source>受理机关</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="158"/>
        <source>受理号／案号</source>
        <translation>Reference / case no.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="159"/>
        <source>提交日期</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="160"/>
        <source>结果日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="162"/>
        <source>损失金额（分）</source>
        <translation>Loss amount (fen)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="163"/>
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="36"/>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="39"/>
        <source>泄密事件</source>
        <translation>Leak incident</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="37"/>
        <source>事件时间线记录</source>
        <translation>Incident timeline entry</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="43"/>
        <source>更正的记录</source>
        <translation>Corrected entry</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/anchors.py" line="40"/>
        <source>纸质文件</source>
        <translation>paper</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/anchors.py" line="41"/>
        <source>备份文件</source>
        <translation>backup</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/anchors.py" line="42"/>
        <source>密钥槽文件</source>
        <translation>key-slot file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/anchors.py" line="59"/>
        <source>审计链中已没有第 {seq} 号事件：最新的事件被删除，或数据库被换成了旧副本</source>
        <translation>the audit chain no longer has event {seq}: the newest events were deleted, or the database was replaced by an older copy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/anchors.py" line="63"/>
        <source>审计链第 {seq} 号事件与锚点不符：审计链在此之前被改写过</source>
        <translation>event {seq} of the audit chain does not match the anchor: the chain was rewritten before it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/anchors.py" line="64"/>
        <source>密钥槽文件中记录的审计链头未通过校验：该记录被改动过</source>
        <translation>the chain head recorded in the key-slot file fails its check: the record was altered</translation>
    </message>
</context>
<context>
    <name>carriers</name>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="45"/>
        <source>纸质资料</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="46"/>
        <source>存储设备</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="47"/>
        <source>信息系统</source>
        <translation>IT system</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="48"/>
        <source>样品</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="49"/>
        <source>原材料/半成品</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="50"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="53"/>
        <source>在库</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="54"/>
        <source>借出</source>
        <translation>On loan</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="55"/>
        <location filename="../../tsdesk/services/carriers/core.py" line="64"/>
        <source>送外维修</source>
        <translation>Out for repair</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="56"/>
        <source>封存</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="57"/>
        <source>遗失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="58"/>
        <source>已销毁</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="61"/>
        <source>借阅</source>
        <translation>Borrowing</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="62"/>
        <source>查阅</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="63"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="65"/>
        <source>移交保管</source>
        <translation>Custody transfer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="66"/>
        <source>归还</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="70"/>
        <source>a) 所存储的商业秘密名称、内容等不再变化，且将长期发挥作用</source>
        <translation>a) The stored trade secrets&apos; names, contents, etc. will no longer change and will remain useful for a long time</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="73"/>
        <source>b) 可能作为商业秘密权利人的重要证据</source>
        <translation>b) May serve as important evidence for the trade secret holder</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="74"/>
        <source>c) 企业认为有必要进行封存的其他载体</source>
        <translation>c) Other carriers the company considers it necessary to seal</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="84"/>
        <source>输入工号或姓名</source>
        <translation>Type a staff no. or name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="103"/>
        <source>（未指定）</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="314"/>
        <source>借用人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="315"/>
        <source>查阅人</source>
        <translation>Consulted by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="316"/>
        <source>复制件领用人</source>
        <translation>Copy received by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="317"/>
        <source>送修经办人</source>
        <translation>Repair handled by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="318"/>
        <source>接收保管人</source>
        <translation>New custodian</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/carriers/carrier_dialogs.py" line="319"/>
        <source>归还人</source>
        <translation>Returned by</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../tsdesk/cli.py" line="73"/>
        <source>再次输入: </source>
        <translation>Enter again: </translation>
    </message>
    <message>
        <location filename="../../tsdesk/cli.py" line="103"/>
        <source>写在命令行上的恢复密钥，本机其他用户可在进程列表中看到。请改用环境变量 {env}、--recovery-key-file 文件或 --recovery-key -（提示输入）。</source>
        <translation>a recovery key written on the command line is visible to other users of this computer in the process list. Use the environment variable {env}, a --recovery-key-file file or --recovery-key - (prompt) instead.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/cli.py" line="116"/>
        <source>恢复密钥: </source>
        <translation>Recovery key: </translation>
    </message>
    <message>
        <location filename="../../tsdesk/cli.py" line="144"/>
        <location filename="../../tsdesk/commands/operators.py" line="51"/>
        <location filename="../../tsdesk/commands/operators.py" line="70"/>
        <source>{name} 的密码: </source>
        <translation>Password for {name}: </translation>
    </message>
    <message>
        <location filename="../../tsdesk/cli.py" line="173"/>
        <source>警告：{text}</source>
        <translation>Warning: {text}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/cli.py" line="234"/>
        <source>TSDesk 商业秘密保护管理桌面系统</source>
        <translation>TSDesk trade secret protection desktop system</translation>
    </message>
    <message>
        <location filename="../../tsdesk/cli.py" line="237"/>
        <source>数据库文件（默认：上次打开的数据库）</source>
        <translation>database file (default: the database opened last)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/cli.py" line="241"/>
        <source>操作员名（默认 admin）</source>
        <translation>operator name (default admin)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/cli.py" line="247"/>
        <source>用恢复密钥代替密码打开：“-”为不回显地输入（也可用环境变量 TSDESK_RECOVERY_KEY）</source>
        <translation>open with the recovery key instead of a password: &quot;-&quot; to type it without echo (or use the environment variable TSDESK_RECOVERY_KEY)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/cli.py" line="252"/>
        <source>从文件读取恢复密钥</source>
        <translation>read the recovery key from a file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/cli.py" line="353"/>
        <source>错误：{text}</source>
        <translation>Error: {text}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/cli.py" line="382"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../tsdesk/cli.py" line="392"/>
        <source>内部错误（{kind}），详情见日志：{log}</source>
        <translation>Internal error ({kind}), details in the log: {log}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/audit.py" line="29"/>
        <source>审计链完整：共 {count} 条事件</source>
        <translation>Audit chain intact: {count} events</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/audit.py" line="32"/>
        <source>审计链在第 {seq} 号事件处断开：{problem}</source>
        <translation>The audit chain is broken at event {seq}: {problem}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/audit.py" line="40"/>
        <source>数据与审计记录一致：核对了 {records} 条记录、{events} 条事件</source>
        <translation>Data matches the audit record: {records} records and {events} events replayed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/audit.py" line="46"/>
        <source>不一致：{text}</source>
        <translation>Mismatch: {text}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/audit.py" line="52"/>
        <source>锚点相符：{anchor}</source>
        <translation>Anchor holds: {anchor}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/audit.py" line="55"/>
        <source>锚点不符：{anchor}：{problem}</source>
        <translation>Anchor fails: {anchor}: {problem}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/audit.py" line="61"/>
        <source>没有找到审计链以外的锚点（纸质文件、备份或密钥槽文件）</source>
        <translation>No anchor outside the audit chain was found (paper, backups or the key-slot file)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/audit.py" line="112"/>
        <source>审计链</source>
        <translation>audit chain</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/audit.py" line="115"/>
        <source>校验审计链</source>
        <translation>verify the audit chain</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/audit.py" line="120"/>
        <source>纸质文件页脚上的审计链头（序号:哈希，或二维码内容），可重复；审计链须仍包含它</source>
        <translation>a chain head from a printed footer (SEQ:HASH, or the QR code&apos;s content), repeatable; the audit chain must still contain it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/audit.py" line="128"/>
        <source>另一个备份文件夹（本机设置的备份文件夹总会检查），可重复；每个备份记录的审计链头都须仍在审计链中</source>
        <translation>another backup folder (the folder set on this PC is always checked), repeatable; the chain head of every backup in it must still be in the audit chain</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/audit.py" line="133"/>
        <source>列出审计事件（最新在前）</source>
        <translation>list audit events (newest first)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/carriers.py" line="192"/>
        <source>涉密载体</source>
        <translation>classified carriers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/carriers.py" line="195"/>
        <source>登记载体（输出新编号）</source>
        <translation>register a carrier (prints the new number)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="71"/>
        <source>至 {day}</source>
        <translation>until {day}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="127"/>
        <source>对方：{who}</source>
        <translation>Other side: {who}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="129"/>
        <source>签署 {signed}&#x3000;生效 {effective}&#x3000;终止 {end}</source>
        <translation>Signed {signed}  effective {effective}  ends {end}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="134"/>
        <source>违约金 {amount} 元</source>
        <translation>Liquidated damages {amount} yuan</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="136"/>
        <source>（已解密）</source>
        <translation> (declassified)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="142"/>
        <source>竞业限制 {months} 个月，自 {start}；未付 {n} 个月</source>
        <translation>Non-compete {months} months from {start}; {n} month(s) unpaid</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="260"/>
        <source>保密协议与竞业限制</source>
        <translation>NDAs and non-competes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="262"/>
        <source>列出协议</source>
        <translation>List agreements</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="265"/>
        <source>30 天内到期</source>
        <translation>ending within 30 days</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="266"/>
        <source>尚未签署</source>
        <translation>not signed yet</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="267"/>
        <source>编号、姓名、工号或相对方</source>
        <translation>Number, name, staff number or outside party</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="269"/>
        <source>显示一份协议</source>
        <translation>Show one agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="272"/>
        <source>打印协议（PDF）</source>
        <translation>Print an agreement (PDF)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="276"/>
        <source>打印竞业限制补偿明细</source>
        <translation>Print the non-compete compensation statement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="278"/>
        <source>新建协议（输出编号）</source>
        <translation>Add an agreement (prints its number)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="280"/>
        <source>员工工号</source>
        <translation>Employee staff number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="281"/>
        <source>相对方名称</source>
        <translation>Outside party&apos;s name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="283"/>
        <source>生效日期 YYYY-MM-DD</source>
        <translation>Effective date YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="284"/>
        <source>终止日期 YYYY-MM-DD</source>
        <translation>End date YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="285"/>
        <source>违约金（元）</source>
        <translation>Liquidated damages (yuan)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="286"/>
        <location filename="../../tsdesk/commands/carriers.py" line="198"/>
        <location filename="../../tsdesk/commands/incidents.py" line="307"/>
        <source>商业秘密编号，逗号分隔</source>
        <translation>trade secret numbers, comma-separated</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="289"/>
        <source>已签署：签署日期 YYYY-MM-DD</source>
        <translation>Signed: the date of signing, YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="290"/>
        <source>竞业限制期限（月，最多 24）</source>
        <translation>Non-compete term (months, at most 24)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="291"/>
        <source>竞业限制起算日（离职日）</source>
        <translation>Non-compete start (leaving date)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="292"/>
        <source>每月补偿（元）</source>
        <translation>Monthly compensation (yuan)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="293"/>
        <source>离职前十二个月平均工资（元）</source>
        <translation>Average wage of the last 12 months (yuan)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="294"/>
        <source>竞业限制地域</source>
        <translation>Restricted area</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="295"/>
        <source>竞业限制业务</source>
        <translation>Restricted business</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="296"/>
        <source>竞争单位</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="298"/>
        <source>竞业限制补偿</source>
        <translation>Non-compete compensation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="301"/>
        <source>竞业限制补偿按月明细</source>
        <translation>Non-compete compensation by month</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="302"/>
        <source>只列应付未付</source>
        <translation>Only payments due and unpaid</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/carriers.py" line="199"/>
        <source>保管人工号</source>
        <translation>custodian&apos;s staff number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/carriers.py" line="200"/>
        <source>涉密区域编号</source>
        <translation>classified area number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/carriers.py" line="201"/>
        <source>存放位置（柜、架）</source>
        <translation>storage location (cabinet, shelf)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/carriers.py" line="202"/>
        <source>设备型号、序列号、容量</source>
        <translation>device model, serial number, capacity</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/carriers.py" line="203"/>
        <source>列出载体</source>
        <translation>list carriers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/carriers.py" line="205"/>
        <source>显示一个载体及其流转、封存记录</source>
        <translation>show a carrier with its movement and sealing records</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/forms.py" line="68"/>
        <source>已打印 {annex} {title}：{path}</source>
        <translation>Printed {annex} {title}: {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/forms.py" line="73"/>
        <source>企业信息中未填写（表中留空）：{fields}</source>
        <translation>Not filled in the company profile (left blank on the form): {fields}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/forms.py" line="96"/>
        <source>{year} 年草稿</source>
        <translation>{year} draft</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/forms.py" line="98"/>
        <source>{year} 年，按企业信息和数据预填</source>
        <translation>{year}, prefilled from the profile and the records</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/forms.py" line="101"/>
        <source>已打印 {annex} {title}（{which}）：{path}</source>
        <translation>Printed {annex} {title} ({which}): {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/forms.py" line="109"/>
        <source>基地申报表（附表1–3）</source>
        <translation>base application forms (Annexes 1-3)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/forms.py" line="112"/>
        <source>列出可打印的申报表</source>
        <translation>list the application forms that can be printed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/forms.py" line="114"/>
        <source>按企业信息填写申报表并打印为 PDF</source>
        <translation>fill in an application form from the company profile and print it as a PDF</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/forms.py" line="117"/>
        <source>base-zone（附表1）、base-station（附表2）或 base-point（附表3）</source>
        <translation>base-zone (Annex 1), base-station (Annex 2) or base-point (Annex 3)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/forms.py" line="123"/>
        <source>申报年度：打印该年度保存的草稿，未保存时按企业信息和数据预填</source>
        <translation>application year: print that year&apos;s saved draft, or the form prefilled from the profile and the records when none is saved</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/forms.py" line="126"/>
        <source>只打印已保存的草稿（没有则报错）</source>
        <translation>print the saved draft only (an error if there is none)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="57"/>
        <source>{n} 项</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="140"/>
        <source>提示：{text}</source>
        <translation>Warning: {text}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="143"/>
        <source>执行人 {who}，地点 {where}</source>
        <translation>Executor {who}, place {where}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="148"/>
        <source>监销人 {names}</source>
        <translation>Supervisors {names}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="150"/>
        <source>批注（{who}）：{text}</source>
        <translation>Note ({who}): {text}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="196"/>
        <source>审批人 {name} 的密码: </source>
        <translation>Password of approver {name}: </translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="202"/>
        <source>已批准 {number}</source>
        <translation>Approved {number}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="281"/>
        <source>已完成 {number}</source>
        <translation>Completed {number}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="317"/>
        <source>销毁</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="320"/>
        <source>列出销毁记录</source>
        <translation>List destruction records</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="322"/>
        <source>编号、说明、申请人或执行人</source>
        <translation>Number, note, requester or executor</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="324"/>
        <source>查看一条销毁记录</source>
        <translation>Show a destruction record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="328"/>
        <source>申请销毁并提交审批（输出编号）</source>
        <translation>Request a destruction and submit it for approval (prints the number)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="330"/>
        <source>载体编号（可重复）</source>
        <translation>Carrier number (repeatable)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="332"/>
        <source>整项销毁的商业秘密编号（可重复）</source>
        <translation>Number of a trade secret destroyed as a whole (repeatable)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="335"/>
        <source>电子数据：系统或路径及内容（可重复）</source>
        <translation>Electronic data: system or path and its content (repeatable)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="338"/>
        <source>申请说明</source>
        <translation>Request note</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="339"/>
        <source>只保存草稿，不提交审批</source>
        <translation>Save as draft only, do not submit for approval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="340"/>
        <source>批准销毁（双人审批）</source>
        <translation>Approve a destruction (four eyes)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="345"/>
        <source>审批人登录名（密码见 TSDESK_APPROVER_PASSWORD）</source>
        <translation>Approver&apos;s login name (password in TSDESK_APPROVER_PASSWORD)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="347"/>
        <source>登记销毁的执行</source>
        <translation>Record the execution of a destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="349"/>
        <source>销毁日期 YYYY-MM-DD（默认今天）</source>
        <translation>Date of destruction YYYY-MM-DD (default today)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="350"/>
        <source>销毁地点</source>
        <translation>Place of destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="351"/>
        <source>执行人工号</source>
        <translation>Executor&apos;s staff number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="352"/>
        <source>监销人工号（至少两名）</source>
        <translation>Supervisor&apos;s staff number (at least two)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="356"/>
        <source>工号=登录名：以操作员密码确认的监销人（密码见 TSDESK_SUPERVISOR_PASSWORD_工号）</source>
        <translation>STAFFNO=LOGIN: a supervisor who confirms with their operator password (password in TSDESK_SUPERVISOR_PASSWORD_STAFFNO)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="360"/>
        <source>销毁方法代码（各项默认）</source>
        <translation>Method key (default for every item)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="361"/>
        <source>序号=方法代码</source>
        <translation>NO=method key</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="362"/>
        <source>序号=工具及版本</source>
        <translation>NO=tool and version</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="363"/>
        <source>序号=校验方式</source>
        <translation>NO=how it was verified</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="364"/>
        <source>序号=未能销毁的原因</source>
        <translation>NO=why it could not be destroyed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="365"/>
        <source>录像或照片的存放处</source>
        <translation>Where the video or photos are kept</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="366"/>
        <source>打印销毁文书（PDF）</source>
        <translation>Print a destruction document (PDF)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/binder.py" line="40"/>
        <source>已生成 {year} 年实地考察资料汇编：{path}</source>
        <translation>Made the {year} inspection visit binder: {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/binder.py" line="45"/>
        <source>生成实地考察资料汇编（PDF）</source>
        <translation>make the inspection visit binder (PDF)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/binder.py" line="46"/>
        <location filename="../../tsdesk/commands/destruction.py" line="369"/>
        <location filename="../../tsdesk/commands/forms.py" line="119"/>
        <location filename="../../tsdesk/commands/people.py" line="175"/>
        <location filename="../../tsdesk/commands/people.py" line="180"/>
        <location filename="../../tsdesk/commands/secrets.py" line="307"/>
        <source>PDF 文件</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/binder.py" line="48"/>
        <source>申报年度（默认：计划申报年度或今年）</source>
        <translation>application year (default: the planned year, else this year)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/binder.py" line="53"/>
        <source>附上每份协议的文本（默认只附汇总表）</source>
        <translation>include each agreement&apos;s text (by default only the summary)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="370"/>
        <source>核对销毁证明的二维码内容</source>
        <translation>Verify a destruction certificate&apos;s QR code content</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="371"/>
        <source>二维码内容（- 从标准输入读取）</source>
        <translation>QR code content (- reads standard input)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="51"/>
        <source>自定义：custom:宽,高（卷标）或 custom:宽,高,列,行,左边距,上边距[,横向间距,纵向间距]（A4）</source>
        <translation>Custom: custom:width,height (roll) or custom:width,height,columns,rows,left margin,top margin[,horizontal gap,vertical gap] (A4)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="84"/>
        <source>已打印 {count} 枚标识（模板 {template}，打印记录 #{id}）：{path}</source>
        <translation>Printed {count} labels (template {template}, print record #{id}): {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="96"/>
        <source>对位测试页：{path}</source>
        <translation>Alignment test page: {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="188"/>
        <source>涉密区域标识牌：{path}</source>
        <translation>Classified area sign: {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="203"/>
        <source>已加注标记（{pages} 页）：{path}</source>
        <translation>Marked ({pages} pages): {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="209"/>
        <source>保密标识</source>
        <translation>confidentiality labels</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="213"/>
        <source>列出标签模板（无需数据库）</source>
        <translation>list label templates (no database needed)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="217"/>
        <source>打印载体标识到 PDF（记入打印记录）</source>
        <translation>print carrier labels to a PDF (recorded in the print log)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="287"/>
        <location filename="../../tsdesk/commands/incidents.py" line="308"/>
        <location filename="../../tsdesk/commands/labels.py" line="219"/>
        <source>载体编号，逗号分隔</source>
        <translation>carrier numbers, comma-separated</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="221"/>
        <source>模板名（见 labels templates）</source>
        <translation>template name (see labels templates)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="224"/>
        <source>从标签纸的第几枚开始（默认 1）</source>
        <translation>which label on the sheet to start from (default 1)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="227"/>
        <source>二维码只含编号和校验码</source>
        <translation>the QR code holds only the number and check code</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="229"/>
        <source>补打原因（标识已打印过时必填）</source>
        <translation>reprint reason (required when the label was printed before)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="230"/>
        <location filename="../../tsdesk/commands/labels.py" line="239"/>
        <source>打印机偏移校准“右,下”（毫米）</source>
        <translation>printer offset calibration &quot;right,down&quot; (mm)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="231"/>
        <source>输出 PDF 文件</source>
        <translation>output PDF file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="235"/>
        <source>标签对位测试页（只画标签边框，无需数据库）</source>
        <translation>label alignment test page (label outlines only, no database needed)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="244"/>
        <source>核验扫描到的标识内容（真实时退出码 0）</source>
        <translation>verify the content of a scanned label (exit code 0 when genuine)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="249"/>
        <source>标识打印记录（最新在前）</source>
        <translation>label print log (newest first)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="252"/>
        <source>打印涉密区域标识牌</source>
        <translation>print a classified area sign</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="253"/>
        <source>区域编号</source>
        <translation>area number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="259"/>
        <source>为 PDF 文件逐页加注商业秘密标记（原文件不变）</source>
        <translation>mark every page of a PDF file as a trade secret (the original stays unchanged)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="261"/>
        <source>原 PDF</source>
        <translation>the original PDF</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="262"/>
        <source>加注标记后的 PDF</source>
        <translation>the marked PDF</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="263"/>
        <source>商业秘密编号</source>
        <translation>trade secret number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/operators.py" line="58"/>
        <source>已添加操作员 {name}（{role}）</source>
        <translation>Operator {name} added ({role})</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/operators.py" line="77"/>
        <location filename="../../tsdesk/commands/vault.py" line="22"/>
        <source>{name} 的新密码: </source>
        <translation>New password for {name}: </translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/operators.py" line="87"/>
        <source>已更改 {name} 的密码</source>
        <translation>Password of {name} changed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/operators.py" line="92"/>
        <source>操作员</source>
        <translation>operators</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/operators.py" line="95"/>
        <source>列出操作员</source>
        <translation>list operators</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/operators.py" line="100"/>
        <source>添加操作员（密码取自 TSDESK_NEW_PASSWORD）</source>
        <translation>add an operator (password from TSDESK_NEW_PASSWORD)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/operators.py" line="109"/>
        <source>修改自己的密码，或（管理员）重置他人密码</source>
        <translation>change your own password, or (administrator) reset someone else&apos;s</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets.py" line="24"/>
        <source>商业秘密清单</source>
        <translation>trade secret register</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets.py" line="100"/>
        <source>共 {count} 项</source>
        <translation>{count} items</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets.py" line="266"/>
        <source>已打印商业秘密台账（{count} 项）：{path}</source>
        <translation>Printed the trade secret ledger ({count} items): {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets.py" line="277"/>
        <source>已打印 {count} 份商业秘密详情单：{path}</source>
        <translation>Printed {count} trade secret detail sheets: {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets.py" line="284"/>
        <source>注意：PDF 文件不受数据库加密保护，请妥善保管，用后及时删除。</source>
        <translation>Note: the PDF file is not protected by the database encryption; keep it safe and delete it after use.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets.py" line="292"/>
        <source>列出商业秘密（可检索、按等级筛选）</source>
        <translation>list trade secrets (search, filter by grade)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets.py" line="294"/>
        <source>按编号、主题、描述或秘密点检索（中文一个字起）</source>
        <translation>search by number, subject, description or secret point (from one Chinese character)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets.py" line="296"/>
        <source>只列此保密等级的，如 一级商密</source>
        <translation>only this confidentiality grade, e.g. 一级商密</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets.py" line="298"/>
        <source>显示一项商业秘密的全部内容</source>
        <translation>show everything about a trade secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets.py" line="304"/>
        <source>打印商业秘密台账或详情单（PDF，记入审计日志）</source>
        <translation>print the trade secret ledger or detail sheets (PDF, recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets.py" line="310"/>
        <source>只打印这些编号，以逗号分隔，如 TS-2026-0001,TS-2026-0002</source>
        <translation>print only these numbers, comma-separated, e.g. TS-2026-0001,TS-2026-0002</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets.py" line="316"/>
        <source>ledger 台账（默认），detail 每项一份详情单</source>
        <translation>ledger: the ledger (default); detail: one detail sheet per item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets_io.py" line="49"/>
        <source>{source}：{rows} 行均可导入；将新建部门 {departments} 个、人员 {people} 名。</source>
        <translation>{source}: all {rows} rows can be imported; {departments} departments and {people} people will be created.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets_io.py" line="84"/>
        <source>已导出 {count} 项商业秘密到 {path}</source>
        <translation>Exported {count} trade secrets to {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets_io.py" line="87"/>
        <source>注意：导出的文件不再受数据库加密保护，请妥善保管，用后及时删除。</source>
        <translation>Note: the exported file is no longer protected by the database encryption; keep it safe and delete it after use.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets_io.py" line="100"/>
        <source>从 .xlsx 或 .csv 导入商业秘密清单（全部成功或全部不导入）</source>
        <translation>import the trade secret register from .xlsx or .csv (all or nothing)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets_io.py" line="108"/>
        <source>手动指定列对应的字段（如 “密点=秘密点”；字段留空表示不导入该列），可重复</source>
        <translation>map a column to a field by hand (e.g. &quot;密点=秘密点&quot;; an empty field skips the column); may be repeated</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets_io.py" line="112"/>
        <source>只检查，不导入</source>
        <translation>check only, do not import</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets_io.py" line="116"/>
        <source>导出商业秘密清单为 .xlsx 或 .csv（按扩展名）</source>
        <translation>export the trade secret register as .xlsx or .csv (by extension)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets_io.py" line="120"/>
        <source>只导出检索到的</source>
        <translation>export only what the search finds</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets_io.py" line="121"/>
        <source>只导出此保密等级的</source>
        <translation>export only this confidentiality grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/vault.py" line="40"/>
        <source>已创建数据库：{path}</source>
        <translation>Database created: {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/vault.py" line="42"/>
        <source>请立即抄录或打印恢复密钥并存放于保险柜；它不会再次显示。</source>
        <translation>Copy or print the recovery key now and keep it in a safe; it will not be shown again.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/vault.py" line="54"/>
        <source>已创建演示数据库：{path}</source>
        <translation>Demo database created: {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/vault.py" line="56"/>
        <source>操作员 admin / baomi / shenpi / shenji，密码：{password}</source>
        <translation>Operators admin / baomi / shenpi / shenji, password: {password}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/vault.py" line="84"/>
        <source>上次更换数据密钥后新的恢复密钥未经确认；以下即当时生成的新恢复密钥。</source>
        <translation>The new recovery key from the last data key change was never confirmed; below is the new recovery key generated then.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/vault.py" line="93"/>
        <source>数据密钥已更换；旧的恢复密钥已失效。</source>
        <translation>The data key has been changed; the old recovery key no longer works.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/vault.py" line="98"/>
        <source>新建数据库</source>
        <translation>create a new database</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/vault.py" line="102"/>
        <source>同时写出恢复密钥单 PDF</source>
        <translation>also write the recovery key sheet as a PDF</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/vault.py" line="103"/>
        <source>新建演示数据库</source>
        <translation>create a demo database</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/vault.py" line="104"/>
        <source>启动图形界面（无命令时的默认）</source>
        <translation>start the graphical interface (the default without a command)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/vault.py" line="105"/>
        <source>更换数据密钥并生成新的恢复密钥</source>
        <translation>change the data key and generate a new recovery key</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/vault.py" line="106"/>
        <source>同时写出新的恢复密钥单 PDF</source>
        <translation>also write the new recovery key sheet as a PDF</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/people.py" line="157"/>
        <source>人员与协议</source>
        <translation>People and agreements</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/people.py" line="163"/>
        <source>列出人员（保密协议、竞业限制、培训、状态）</source>
        <translation>List people (NDA, non-compete, training, status)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/people.py" line="168"/>
        <source>姓名、工号或岗位中的文字</source>
        <translation>Text in the name, staff number or post</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/people.py" line="170"/>
        <source>查看人员：知悉、载体和手续</source>
        <translation>Show a person: grants, carriers and procedures</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/people.py" line="171"/>
        <location filename="../../tsdesk/commands/people.py" line="174"/>
        <location filename="../../tsdesk/commands/people.py" line="179"/>
        <source>工号</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/people.py" line="173"/>
        <source>打印离职交接单（PDF）</source>
        <translation>Print the exit hand-over sheet (PDF)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/people.py" line="177"/>
        <source>打印离职提醒函（PDF）</source>
        <translation>Print the exit reminder letter (PDF)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/training.py" line="86"/>
        <source>{n} 人</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/training.py" line="94"/>
        <source>保密培训</source>
        <translation>Secrecy training</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/training.py" line="97"/>
        <source>列出培训记录</source>
        <translation>List training sessions</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/training.py" line="99"/>
        <source>登记一次培训（输出其编号）</source>
        <translation>Record a training session (prints its id)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/training.py" line="100"/>
        <source>培训主题</source>
        <translation>Training topic</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/training.py" line="102"/>
        <source>培训日期，如 2026-03-01（默认今天）</source>
        <translation>Date, e.g. 2026-03-01 (default today)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/training.py" line="103"/>
        <source>讲师</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/training.py" line="104"/>
        <source>参训人员工号，逗号分隔</source>
        <translation>Attendees&apos; staff numbers, comma-separated</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="41"/>
        <source>已写入 {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="58"/>
        <source>{form}：{met}/{total} 项达到（{percent}%）</source>
        <translation>{form}: {met}/{total} items met ({percent}%)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="69"/>
        <source>差距 {n} 项：</source>
        <translation>{n} gaps:</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="105"/>
        <source>（已废止）</source>
        <translation>(repealed)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="176"/>
        <source>已完成 {date}</source>
        <translation>done {date}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="178"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="180"/>
        <source>未完成</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="224"/>
        <source>对照基地申报条件自评（得分、各项、差距）</source>
        <translation>Self-assessment against the base conditions (score, items, gaps)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="228"/>
        <source>申报类别（默认按企业信息）</source>
        <translation>Application type (default: from the company profile)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="230"/>
        <source>自评日期，如 2026-03-01（默认今天）</source>
        <translation>Assessment date, e.g. 2026-03-01 (default today)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="231"/>
        <source>打印自评报告到此 PDF 文件</source>
        <translation>Print the self-assessment report to this PDF file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="233"/>
        <source>制度登记</source>
        <translation>Rules register</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="236"/>
        <source>列出登记的制度</source>
        <translation>List the recorded rules</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="238"/>
        <source>登记一份制度（输出其编号）</source>
        <translation>Record a rule (prints its id)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="240"/>
        <source>制度名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="241"/>
        <source>发布日期，如 2026-03-01（默认今天）</source>
        <translation>Adopted on, e.g. 2026-03-01 (default today)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="242"/>
        <source>文号</source>
        <translation>Reference no.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="243"/>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="244"/>
        <source>制度文本文件（作为附件保存）</source>
        <translation>File with the rule&apos;s text (kept as an attachment)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="246"/>
        <source>年度工作方案</source>
        <translation>Annual programme</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="249"/>
        <source>列出年度工作方案事项</source>
        <translation>List the programme items</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="250"/>
        <source>年度（默认今年）</source>
        <translation>Year (default this year)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="253"/>
        <source>只读：不以已有记录勾选事项</source>
        <translation>Read only: do not tick items from records</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="256"/>
        <source>新增工作方案事项（输出其编号）</source>
        <translation>Add a programme item (prints its id)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="259"/>
        <source>事项名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="260"/>
        <source>计划日期，如 2026-03-01</source>
        <translation>Due date, e.g. 2026-03-01</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="261"/>
        <source>年度（默认为计划日期所在年）</source>
        <translation>Year (default: the due date&apos;s year)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="262"/>
        <location filename="../../tsdesk/commands/compliance.py" line="266"/>
        <location filename="../../tsdesk/commands/training.py" line="105"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="263"/>
        <source>手工确认事项完成</source>
        <translation>Confirm an item done by hand</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="264"/>
        <source>事项编号</source>
        <translation>Item id</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="265"/>
        <source>完成日期（默认今天）</source>
        <translation>Done on (default today)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="35"/>
        <source>已制作备份：{path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="37"/>
        <source>审计链末端：第 {seq} 号 {hash}</source>
        <translation>Audit chain head: #{seq} {hash}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="42"/>
        <source>已删除超出保留代数的备份：{path}</source>
        <translation>Deleted a backup beyond the generations kept: {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="68"/>
        <source>此文件夹中没有备份</source>
        <translation>No backups in this folder</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="87"/>
        <source>{name} 在备份时的密码: </source>
        <translation>{name}&apos;s password at backup time: </translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="105"/>
        <source>备份完整：{company}，{when}，架构 {schema}，审计链末端第 {seq} 号，{rows} 条记录，{files} 个附件</source>
        <translation>Backup intact: {company}, {when}, schema {schema}, chain head #{seq}, {rows} rows, {files} attachments</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="135"/>
        <source>已恢复到新文件：{path}</source>
        <translation>Restored into a new file: {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="137"/>
        <source>已核对：{events} 条审计事件、各表记录数与备份清单一致</source>
        <translation>Checked: {events} audit events and every table&apos;s row count match the backup&apos;s manifest</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="143"/>
        <source>可用备份时的密码登录的操作员：{names}</source>
        <translation>Operators who can log in with their password at backup time: {names}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="164"/>
        <source>恢复演练通过：{events} 条审计事件重新计算无误，记录数一致，抽查附件 {sampled} 个；临时副本已删除。</source>
        <translation>Restore drill passed: {events} audit events recomputed without error, row counts match, {sampled} attachments sampled; the temporary copy was deleted.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="171"/>
        <source>警告：当前审计链不包含此备份记录的末端（第 {seq} 号）。</source>
        <translation>Warning: today&apos;s audit chain does not contain the head this backup recorded (#{seq}).</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="182"/>
        <source>加密备份、恢复与恢复演练</source>
        <translation>Encrypted backups, restore and restore drills</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="184"/>
        <source>制作备份</source>
        <translation>Make a backup</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="185"/>
        <source>备份文件夹（默认：备份页所选）</source>
        <translation>Backup folder (default: the one chosen on the Backup page)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="186"/>
        <source>列出文件夹中的备份</source>
        <translation>List the backups in a folder</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="189"/>
        <source>校验备份文件（不写任何文件）</source>
        <translation>Check a backup file (writes no file)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="191"/>
        <source>把备份恢复为新的数据库文件</source>
        <translation>Restore a backup into a new database file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/backup.py" line="195"/>
        <source>恢复演练：恢复到临时位置、核对并记录</source>
        <translation>Restore drill: restore to a temporary place, check and record it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/evidence.py" line="38"/>
        <source>相符：{case} {label}「{title}」，SHA-256 {sha}</source>
        <translation>Match: {case} {label} “{title}”, SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/evidence.py" line="43"/>
        <source>不符：没有证据记录的 SHA-256 为 {sha}</source>
        <translation>No match: no evidence record has SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/evidence.py" line="48"/>
        <source>证据核对</source>
        <translation>Evidence verification</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/evidence.py" line="53"/>
        <source>核对文件是否为已登记的证据（按 SHA-256）</source>
        <translation>Check whether a file is registered evidence (by SHA-256)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="119"/>
        <source>（无证据）</source>
        <translation>(no evidence)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="121"/>
        <source>（移交中：{who}）</source>
        <translation> (handed over: {who})</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="195"/>
        <source>事件的证据</source>
        <translation>Evidence of a case</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="202"/>
        <source>登记证据（输出证据编号和 SHA-256）</source>
        <translation>Register evidence (prints its number and SHA-256)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="205"/>
        <source>事件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="208"/>
        <source>收集人</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="209"/>
        <source>收集时间，默认现在</source>
        <translation>Collection time, default now</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="210"/>
        <source>证据文件（收取时计算 SHA-256）</source>
        <translation>Evidence file (SHA-256 taken at intake)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="212"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="213"/>
        <source>取证方式：公证、截图、设备镜像…</source>
        <translation>Collection method: notarisation, screenshot, device image…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="214"/>
        <source>原件保管人</source>
        <translation>Keeper of the original</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="215"/>
        <source>原件存放位置</source>
        <translation>Where the original is kept</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="216"/>
        <source>列出事件的证据</source>
        <translation>List a case&apos;s evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="221"/>
        <source>证据移交（--to、--purpose）或归还（--returned）</source>
        <translation>Hand evidence over (--to, --purpose) or record its return (--returned)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="224"/>
        <source>证据编号，如 E-01</source>
        <translation>Evidence number, e.g. E-01</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="225"/>
        <source>接收人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="226"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="227"/>
        <source>原件已归还</source>
        <translation>The original has been returned</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="228"/>
        <source>时间，默认现在</source>
        <translation>Time, default now</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="230"/>
        <source>打印事件处置报告</source>
        <translation>Print the case report</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="235"/>
        <source>改为打印证据清单（每项附二维码）</source>
        <translation>Print the evidence list instead (a QR code per item)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="237"/>
        <source>打印合理保密措施证据汇编</source>
        <translation>Print the reasonable-measures evidence bundle</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="240"/>
        <source>打印维权材料（致函、索引与材料）</source>
        <translation>Print the complaint pack (cover letter, index and materials)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="132"/>
        <source>发现：{at} {by}</source>
        <translation>Discovered: {at} {by}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="229"/>
        <source>级别：{level}，新增步骤 {n} 个</source>
        <translation>Level: {level}; {n} steps added</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="292"/>
        <source>泄密事件应急处置</source>
        <translation>leak incident response</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="295"/>
        <source>列出事件（--drills 列出演练）</source>
        <translation>list cases (--drills lists drills)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="298"/>
        <source>显示一个事件：关联、步骤和时间线</source>
        <translation>show a case: links, steps and timeline</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="301"/>
        <source>立案（输出新编号）</source>
        <translation>open a case (prints the new number)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="304"/>
        <source>发现人或报告人</source>
        <translation>who discovered or reported it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="305"/>
        <source>发现时间 YYYY-MM-DD HH:MM</source>
        <translation>discovered at YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="306"/>
        <source>初步情况</source>
        <translation>initial facts</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="309"/>
        <source>嫌疑人工号，逗号分隔</source>
        <translation>suspects&apos; staff numbers, comma-separated</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="310"/>
        <source>嫌疑外部单位名称，逗号分隔</source>
        <translation>suspected outside parties by name, comma-separated</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="311"/>
        <source>知情人工号，逗号分隔</source>
        <translation>witnesses&apos; staff numbers, comma-separated</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="312"/>
        <source>演练</source>
        <translation>a drill</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="313"/>
        <source>定级（按 a–e 评分）</source>
        <translation>grade (scores for a–e)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="316"/>
        <source>如 a=4:理由，a–e 各一次</source>
        <translation>e.g. a=4:reason, once for each of a–e</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="319"/>
        <source>与建议级别不同时的理由</source>
        <translation>reason when the level differs from the suggestion</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="320"/>
        <source>办理一个处置步骤</source>
        <translation>complete, skip or run a step</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="324"/>
        <source>办理情况或跳过理由</source>
        <translation>what was done, or why skipped</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="325"/>
        <source>在时间线上添加记录或更正</source>
        <translation>add a note or a correction to the timeline</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="329"/>
        <source>更正的记录编号（show --json 的 id）</source>
        <translation>id of the entry corrected (the id in show --json)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="331"/>
        <source>结案</source>
        <translation>close a case</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="335"/>
        <source>演练参加人工号，逗号分隔</source>
        <translation>drill participants&apos; staff numbers, comma-separated</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../../tsdesk/ui/common.py" line="168"/>
        <source>更多</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/common.py" line="258"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/common.py" line="343"/>
        <source>放弃填写的内容？</source>
        <translation>Discard your changes?</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/common.py" line="344"/>
        <source>表单已填写的内容尚未保存。放弃这些内容吗？</source>
        <translation>What you entered in this form has not been saved. Discard it?</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/common.py" line="346"/>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/common.py" line="349"/>
        <source>继续编辑</source>
        <translation>Keep Editing</translation>
    </message>
</context>
<context>
    <name>company</name>
    <message>
        <location filename="../../tsdesk/services/company.py" line="29"/>
        <source>企业名称</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="30"/>
        <source>组织名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="31"/>
        <source>园区名称</source>
        <translation>Park name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="37"/>
        <location filename="../../tsdesk/services/company.py" line="38"/>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="39"/>
        <source>负责人</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="45"/>
        <source>经营地址</source>
        <translation>Business address</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="46"/>
        <source>注册地址</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="47"/>
        <source>联系地址</source>
        <translation>Contact address</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="50"/>
        <source>邮政编码</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="54"/>
        <source>员工数量</source>
        <translation>Number of employees</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="55"/>
        <source>会员数量</source>
        <translation>Number of members</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="56"/>
        <source>入园企业数量</source>
        <translation>Number of companies in the park</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="62"/>
        <source>企业类型</source>
        <translation>Company type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="63"/>
        <source>组织类型</source>
        <translation>Organisation type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="64"/>
        <source>园区类型</source>
        <translation>Park type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="70"/>
        <location filename="../../tsdesk/services/company.py" line="71"/>
        <source>所属行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="77"/>
        <source>年产值</source>
        <translation>Annual output value</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="78"/>
        <source>行业年产值</source>
        <translation>Industry annual output value</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="79"/>
        <source>园区产值</source>
        <translation>Park output value</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="85"/>
        <source>省级示范点已建数</source>
        <translation>Provincial demonstration sites built</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="86"/>
        <source>省级示范站(点)已建数</source>
        <translation>Provincial guidance stations (sites) built</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="92"/>
        <source>市级示范点已建数</source>
        <translation>Municipal demonstration sites built</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="93"/>
        <source>市级示范站(点)已建数</source>
        <translation>Municipal guidance stations (sites) built</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="96"/>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="97"/>
        <source>职务/职称</source>
        <translation>Position/title</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="98"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="101"/>
        <source>商业秘密保护工作开展情况</source>
        <translation>Trade secret protection work to date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="158"/>
        <location filename="../../tsdesk/ui/admin/company.py" line="40"/>
        <source>企业（附表3 示范点）</source>
        <translation>Company (Annex 3, demonstration site)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="159"/>
        <location filename="../../tsdesk/ui/admin/company.py" line="41"/>
        <source>协会等组织（附表2 示范指导站）</source>
        <translation>Association or similar (Annex 2, guidance station)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="160"/>
        <location filename="../../tsdesk/ui/admin/company.py" line="42"/>
        <source>园区（附表1 示范区）</source>
        <translation>Park (Annex 1, demonstration zone)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="151"/>
        <location filename="../../tsdesk/ui/admin/company.py" line="45"/>
        <source>领导小组成员</source>
        <translation>Leading group member</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="152"/>
        <location filename="../../tsdesk/ui/admin/company.py" line="46"/>
        <source>保密员</source>
        <translation>Secrecy officer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="51"/>
        <source>组长</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="52"/>
        <source>副组长</source>
        <translation>Deputy leader</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="53"/>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="56"/>
        <source>专职</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/admin/company.py" line="57"/>
        <source>兼职</source>
        <translation>Part-time</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/base_forms.py" line="41"/>
        <source>园区</source>
        <translation>park</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/base_forms.py" line="42"/>
        <source>行业组织</source>
        <translation>industry organisation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/base_forms.py" line="43"/>
        <source>企业</source>
        <translation>enterprise</translation>
    </message>
</context>
<context>
    <name>compliance</name>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="22"/>
        <source>本单位郑重声明：近2年来，本单位及其员工在生产经营活动中没有发生侵犯他人商业秘密的行为，未因侵犯商业秘密受到行政处罚或被人民法院判决承担责任。</source>
        <translation>We solemnly declare that in the last 2 years neither we nor our employees have infringed anyone else&apos;s trade secrets in our business, and that we have not been subject to an administrative penalty or a court judgment for infringing trade secrets.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="39"/>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="40"/>
        <source>宣传</source>
        <translation>Publicity</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="41"/>
        <source>研讨交流、考察学习</source>
        <translation>Seminars, exchanges and study visits</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="42"/>
        <source>保密检查</source>
        <translation>Secrecy inspection</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="43"/>
        <source>应急演练</source>
        <translation>Drill</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="44"/>
        <source>清单复核</source>
        <translation>Register review</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="45"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="58"/>
        <source>培训记录</source>
        <translation>Training sessions</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="59"/>
        <source>检查记录</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="60"/>
        <source>演练记录</source>
        <translation>Drill record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="61"/>
        <source>清单复核记录</source>
        <translation>Register review</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="62"/>
        <source>手工确认</source>
        <translation>Confirmed by hand</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="26"/>
        <source>商业秘密保护管理制度</source>
        <translation>Trade secret protection rules</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="27"/>
        <source>机构与岗位职责</source>
        <translation>Organisation and duties</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="28"/>
        <source>分级管理制度</source>
        <translation>Grading rules</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="29"/>
        <source>泄密应急处置预案</source>
        <translation>Leak emergency plan</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="30"/>
        <source>奖惩制度</source>
        <translation>Rewards and penalties</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="31"/>
        <source>载体与涉密区域管理制度</source>
        <translation>Carriers and secret areas rules</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="32"/>
        <source>涉密人员管理制度</source>
        <translation>Rules for people with access</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="33"/>
        <source>其他制度</source>
        <translation>Other rules</translation>
    </message>
</context>
<context>
    <name>destruction</name>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="47"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="48"/>
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="49"/>
        <source>待执行</source>
        <translation>Awaiting execution</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="50"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="51"/>
        <source>已撤销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="54"/>
        <source>保密期限届满</source>
        <translation>Term ended</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="55"/>
        <source>已解密</source>
        <translation>Declassified</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="56"/>
        <source>多余或被替代的副本</source>
        <translation>Surplus or superseded copy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="57"/>
        <source>离职人员交回的资料</source>
        <translation>Returned by a leaver</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="58"/>
        <source>损坏</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="59"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="62"/>
        <source>载体</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="63"/>
        <source>电子数据</source>
        <translation>Electronic data</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="64"/>
        <source>整项商业秘密</source>
        <translation>Whole trade secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="67"/>
        <source>未执行</source>
        <translation>Not executed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="68"/>
        <source>已销毁</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="69"/>
        <source>未能销毁</source>
        <translation>Not destroyed</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../tsdesk/cli.py" line="69"/>
        <source>请在环境变量 {env} 中提供密码，或在终端中运行以输入密码</source>
        <translation>Provide the password in the environment variable {env}, or run in a terminal to type it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/cli.py" line="74"/>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords do not match</translation>
    </message>
    <message>
        <location filename="../../tsdesk/cli.py" line="96"/>
        <source>无法读取恢复密钥文件 {path}：{reason}</source>
        <translation>Cannot read the recovery key file {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/cli.py" line="376"/>
        <source>--db 后面的数据库文件名是空的</source>
        <translation>The database file name after --db is empty</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/carriers.py" line="18"/>
        <location filename="../../tsdesk/services/carriers/core.py" line="320"/>
        <location filename="../../tsdesk/services/carriers/core.py" line="458"/>
        <source>载体须关联至少一项商业秘密</source>
        <translation>A carrier must be linked to at least one trade secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="274"/>
        <source>没有工号为 {number} 的人员</source>
        <translation>There is no person with staff no. {number}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="316"/>
        <source>没有编号为 {number} 的涉密区域</source>
        <translation>There is no secret area numbered {number}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/labels.py" line="22"/>
        <source>偏移应写作“右,下”（毫米），例如 0.5,-1</source>
        <translation>Write the offset as “right,down” (millimetres), e.g. 0.5,-1</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/forms.py" line="22"/>
        <location filename="../../tsdesk/commands/labels.py" line="67"/>
        <location filename="../../tsdesk/services/labels.py" line="854"/>
        <source>保存位置不存在：{path}</source>
        <translation>The save location does not exist: {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets.py" line="39"/>
        <source>没有名为 {name} 的保密等级</source>
        <translation>There is no confidentiality grade named {name}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets.py" line="257"/>
        <source>打印详情单须用 --numbers 指定编号</source>
        <translation>To print detail sheets, name the secrets with --numbers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/secrets_io.py" line="30"/>
        <source>无法识别列对应关系：{item}</source>
        <translation>Cannot understand the column mapping: {item}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/documents/label_templates.py" line="125"/>
        <source>标签至少 {min} mm 见方，二维码和警示语才能清晰可读</source>
        <translation>Labels must be at least {min} mm square for the QR code and warning to be legible</translation>
    </message>
    <message>
        <location filename="../../tsdesk/documents/label_templates.py" line="130"/>
        <source>行数、列数须至少为 1，边距不能为负，间距不能小于标签尺寸</source>
        <translation>Rows and columns must be at least 1, margins cannot be negative, and the pitch cannot be smaller than the label</translation>
    </message>
    <message>
        <location filename="../../tsdesk/documents/label_templates.py" line="136"/>
        <source>标签超出纸张范围，请检查尺寸、边距和间距</source>
        <translation>The labels do not fit on the paper; check the sizes, margins and pitch</translation>
    </message>
    <message>
        <location filename="../../tsdesk/documents/label_templates.py" line="177"/>
        <source>没有名为 {name} 的标签模板；可用模板：{names}</source>
        <translation>There is no label template named {name}; available templates: {names}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/documents/label_templates.py" line="187"/>
        <source>起始位置应在 1 到 {n} 之间（模板 {name} 每页 {n} 枚）</source>
        <translation>The start position must be between 1 and {n} (template {name} has {n} labels per page)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/documents/labels.py" line="449"/>
        <source>标签 {name} 太小，放不下 {number} 的标识内容和可识读的二维码，请选用更大的标签</source>
        <translation>Label {name} is too small for the label text of {number} and a readable QR code; choose a larger label</translation>
    </message>
    <message>
        <location filename="../../tsdesk/documents/labels.py" line="460"/>
        <source>{number} 的标识文字在标签 {name} 上即使用最小可读字号 {size} pt 也放不下，请选用更大的标签，或缩短责任单位、保密期限的写法</source>
        <translation>The mark of {number} does not fit label {name} even at the smallest legible size of {size} pt. Choose a larger label, or shorten the responsible unit or the term.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/documents/labels.py" line="879"/>
        <source>区域信息过长，标识牌放不下二维码</source>
        <translation>The area details are too long: the QR code does not fit on the sign</translation>
    </message>
    <message>
        <location filename="../../tsdesk/documents/recovery_sheet.py" line="140"/>
        <source>嵌入字体缺少以下字符的字形，无法打印恢复密钥：{chars}</source>
        <translation>The embedded font lacks glyphs for these characters, so the recovery key cannot be printed: {chars}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/documents/stamp.py" line="38"/>
        <source>无法读取该 PDF：文件已损坏或不是 PDF 文件，未作任何修改</source>
        <translation>Cannot read this PDF: the file is damaged or not a PDF. Nothing was changed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/documents/stamp.py" line="202"/>
        <source>该 PDF 已加密（设有密码或权限限制），请先解除加密再加注标记</source>
        <translation>This PDF is encrypted (password or permission restrictions); remove the encryption before marking it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/errors.py" line="24"/>
        <source>操作失败</source>
        <translation>The operation failed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/errors.py" line="84"/>
        <source>当前操作员无权执行此操作：{action}</source>
        <translation>The current operator is not allowed to do this: {action}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/errors.py" line="92"/>
        <source>操作员名或密码错误</source>
        <translation>Wrong operator name or password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/errors.py" line="96"/>
        <source>密码错误次数过多，请 {seconds} 秒后再试</source>
        <translation>Too many wrong passwords; try again in {seconds} seconds</translation>
    </message>
    <message>
        <location filename="../../tsdesk/errors.py" line="100"/>
        <source>本机凭据存储中没有此操作员的解锁项（可能已被删除或换了 Windows 账户），请用密码解锁</source>
        <translation>This PC&apos;s credential store has no unlock entry for this operator (it may have been deleted, or this is another Windows account). Unlock with the password.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/errors.py" line="107"/>
        <source>恢复密钥不正确</source>
        <translation>The recovery key is not correct</translation>
    </message>
    <message>
        <location filename="../../tsdesk/errors.py" line="111"/>
        <source>数据库文件已损坏或被截断，无法打开：{path}</source>
        <translation>The database file is damaged or truncated and cannot be opened: {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/errors.py" line="115"/>
        <source>找不到密钥槽文件 {path}。请用恢复密钥打开数据库，或从备份恢复该文件。</source>
        <translation>The key slot file {path} was not found. Open the database with the recovery key, or restore the file from a backup.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/errors.py" line="121"/>
        <source>数据库文件不存在：{path}</source>
        <translation>The database file does not exist: {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/errors.py" line="125"/>
        <source>此数据库由更新版本的 TSDesk 创建（架构版本 {revision}），请升级 TSDesk 后再打开。</source>
        <translation>This database was created by a newer version of TSDesk (schema revision {revision}). Upgrade TSDesk to open it.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/errors.py" line="132"/>
        <source>数据库正由 {operator} 在计算机 {machine} 上使用（自 {since} 起），可以只读方式打开。</source>
        <translation>The database is in use by {operator} on computer {machine} (since {since}); it can be opened read-only.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/errors.py" line="139"/>
        <source>数据库以只读方式打开，不能修改</source>
        <translation>The database is open read-only and cannot be changed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/errors.py" line="143"/>
        <source>系统凭据存储不可用：{reason}</source>
        <translation>The system credential store is unavailable: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/errors.py" line="150"/>
        <source>数据库文件 {path} 或其所在文件夹为只读（只读文件、只读磁盘或没有写权限），只能以只读方式打开。</source>
        <translation>The database file {path} or its folder is read-only (a read-only file, a read-only disk or no write permission); it can only be opened read-only.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/errors.py" line="158"/>
        <source>磁盘空间不足，无法写入 {path}。请释放磁盘空间后重试，未完成的操作没有保存。</source>
        <translation>Not enough disk space to write {path}. Free some disk space and try again; the unfinished operation was not saved.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/errors.py" line="166"/>
        <source>无法读写文件 {path}：{reason}</source>
        <translation>Cannot read or write the file {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/errors.py" line="170"/>
        <source>文件路径过长，请换一个较短的位置：{path}</source>
        <translation>The file path is too long; choose a shorter location: {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/approvals.py" line="26"/>
        <source>审批人不能是申请人本人</source>
        <translation>The approver cannot be the requester</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="212"/>
        <source>区域名称不能为空</source>
        <translation>The area name cannot be empty</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="215"/>
        <source>区域名称过长（最多 100 个字符）</source>
        <translation>The area name is too long (at most 100 characters)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="218"/>
        <source>请选择区域类别</source>
        <translation>Please choose the area type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="221"/>
        <location filename="../../tsdesk/services/grading.py" line="217"/>
        <location filename="../../tsdesk/services/register/core.py" line="217"/>
        <source>保密等级无效</source>
        <translation>Invalid confidentiality grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="223"/>
        <location filename="../../tsdesk/services/company.py" line="218"/>
        <location filename="../../tsdesk/services/company.py" line="268"/>
        <location filename="../../tsdesk/services/company.py" line="283"/>
        <location filename="../../tsdesk/services/people.py" line="158"/>
        <location filename="../../tsdesk/services/procedures.py" line="555"/>
        <source>部门不存在</source>
        <translation>The department does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="225"/>
        <location filename="../../tsdesk/services/register/core.py" line="271"/>
        <source>责任人不存在</source>
        <translation>The responsible person does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="227"/>
        <source>未知的保护措施项</source>
        <translation>Unknown protective measure</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="266"/>
        <location filename="../../tsdesk/services/areas.py" line="286"/>
        <source>已有同名的涉密区域</source>
        <translation>A secret area with this name already exists</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="302"/>
        <source>区域内仍登记有载体，请先移交后再停用</source>
        <translation>Carriers are still registered in this area; transfer them before disabling it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="311"/>
        <location filename="../../tsdesk/services/stocktake.py" line="173"/>
        <source>涉密区域不存在</source>
        <translation>The secret area does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="431"/>
        <source>该区域已停用</source>
        <translation>This area is disabled</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="114"/>
        <source>金额“{text}”无效：请填写元，最多两位小数</source>
        <translation>Invalid amount &quot;{text}&quot;: enter yuan with at most two decimals</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="194"/>
        <source>{name} 没有生效中的员工保密协议，不能知悉{grade}的商业秘密：请先在“协议”页签署保密协议</source>
        <translation>{name} has no employee NDA in force and may not know a {grade} trade secret: sign an NDA on the Agreements page first</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="213"/>
        <location filename="../../tsdesk/services/agreements/core.py" line="281"/>
        <location filename="../../tsdesk/services/agreements/core.py" line="381"/>
        <source>相对方不存在</source>
        <translation>The outside party does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="218"/>
        <source>{name} 没有生效中的商业保密协议，不能借阅、查阅或领取复制件</source>
        <translation>{name} has no business NDA in force and may not borrow, consult or receive a copy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="241"/>
        <source>请填写相对方名称</source>
        <translation>Enter the outside party&apos;s name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="243"/>
        <source>相对方名称最多 128 个字符</source>
        <translation>An outside party&apos;s name has at most 128 characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="246"/>
        <source>相对方“{name}”已存在</source>
        <translation>Outside party &quot;{name}&quot; already exists</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="295"/>
        <source>没有名为“{name}”的相对方</source>
        <translation>No outside party named &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="375"/>
        <source>请选择签订协议的员工</source>
        <translation>Choose the employee who signs</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="377"/>
        <source>商业保密协议须选择相对方</source>
        <translation>A business NDA needs an outside party</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="379"/>
        <location filename="../../tsdesk/services/areas.py" line="432"/>
        <location filename="../../tsdesk/services/areas.py" line="487"/>
        <location filename="../../tsdesk/services/carriers/movements.py" line="208"/>
        <location filename="../../tsdesk/services/company.py" line="313"/>
        <location filename="../../tsdesk/services/company.py" line="343"/>
        <location filename="../../tsdesk/services/people.py" line="268"/>
        <location filename="../../tsdesk/services/training/drills.py" line="60"/>
        <location filename="../../tsdesk/services/training/inspections.py" line="193"/>
        <location filename="../../tsdesk/services/training/sessions.py" line="114"/>
        <source>人员不存在</source>
        <translation>The person does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="383"/>
        <source>协议名称最多 200 个字符</source>
        <translation>An agreement&apos;s title has at most 200 characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="385"/>
        <source>违约金不能为负数</source>
        <translation>Liquidated damages cannot be negative</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="388"/>
        <source>请填写竞业限制期限（月）</source>
        <translation>Enter the non-compete term (months)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="392"/>
        <source>竞业限制期限不得超过二年（劳动合同法第二十四条），现为 {n} 个月</source>
        <translation>A non-compete may last at most two years (Labour Contract Law, art. 24); this one is {n} months</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="398"/>
        <source>请填写每月竞业限制补偿金额</source>
        <translation>Enter the monthly non-compete compensation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="402"/>
        <source>请填写竞业限制的范围：地域、业务或竞争单位</source>
        <translation>Enter the restriction&apos;s scope: area, business or competitors</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="405"/>
        <source>终止日期不能早于生效日期</source>
        <translation>The end date cannot be before the effective date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="525"/>
        <source>协议已{status}，不能再修改；如需变更请签订新协议</source>
        <translation>The agreement is {status} and can no longer be changed; sign a new one to change it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="529"/>
        <source>协议种类不能修改</source>
        <translation>An agreement&apos;s kind cannot be changed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="539"/>
        <location filename="../../tsdesk/services/agreements/core.py" line="835"/>
        <source>协议不存在</source>
        <translation>The agreement does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="545"/>
        <source>没有编号为 {number} 的协议</source>
        <translation>No agreement numbered {number}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="606"/>
        <source>协议当前为“{now}”，不能改为“{to}”</source>
        <translation>The agreement is &quot;{now}&quot; and cannot become &quot;{to}&quot;</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="612"/>
        <source>日期不能晚于今天</source>
        <translation>The date cannot be after today</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="624"/>
        <source>协议自 {day} 起生效，尚未到生效日期</source>
        <translation>The agreement takes effect on {day}; that day has not come</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="630"/>
        <source>请说明解除或违约的原因</source>
        <translation>Give the reason for the termination or breach</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="434"/>
        <source>该人员已离职，不能授权</source>
        <translation>This person has left and cannot be authorised</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="437"/>
        <source>授权截止日期不能早于起始日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="447"/>
        <source>{name} 在该期间已有进入授权</source>
        <translation>{name} already has access authorisation for this period</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="480"/>
        <source>授权记录不存在</source>
        <translation>The authorisation does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="483"/>
        <location filename="../../tsdesk/services/people.py" line="715"/>
        <source>该授权已撤销</source>
        <translation>This authorisation has already been revoked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/movements.py" line="52"/>
        <source>经办/使用人</source>
        <translation>Handler/user</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/movements.py" line="53"/>
        <source>用途（使用事项）</source>
        <translation>Purpose (use)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/movements.py" line="54"/>
        <source>复制/接触内容</source>
        <translation>Content copied/accessed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/movements.py" line="55"/>
        <source>使用期限（应还日期）</source>
        <translation>Period of use (due date)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/movements.py" line="56"/>
        <source>使用/复制设备</source>
        <translation>Device used/copied on</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="195"/>
        <source>载体当前状态为“{now}”，不能变为“{to}”</source>
        <translation>The carrier is currently “{now}” and cannot become “{to}”</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="311"/>
        <source>载体类型无效</source>
        <translation>Invalid carrier type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="313"/>
        <source>载体名称不能为空</source>
        <translation>The carrier name cannot be empty</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="316"/>
        <source>载体名称过长（最多 200 个字符）</source>
        <translation>The carrier name is too long (at most 200 characters)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="326"/>
        <location filename="../../tsdesk/services/carriers/core.py" line="439"/>
        <source>关联的商业秘密不存在或已结束</source>
        <translation>A linked trade secret does not exist or has ended</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="330"/>
        <source>保管人不存在</source>
        <translation>The custodian does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="335"/>
        <location filename="../../tsdesk/services/carriers/movements.py" line="224"/>
        <source>涉密区域不存在或已停用</source>
        <translation>The secret area does not exist or is disabled</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="338"/>
        <source>位置或设备信息过长</source>
        <translation>The location or device details are too long</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="398"/>
        <source>已销毁的载体不能再修改</source>
        <translation>A destroyed carrier can no longer be changed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="455"/>
        <source>该载体未关联此商业秘密</source>
        <translation>This carrier is not linked to this trade secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="412"/>
        <location filename="../../tsdesk/services/carriers/core.py" line="478"/>
        <location filename="../../tsdesk/services/carriers/core.py" line="591"/>
        <location filename="../../tsdesk/services/labels.py" line="204"/>
        <source>载体不存在</source>
        <translation>The carrier does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="483"/>
        <source>没有编号为 {number} 的载体</source>
        <translation>There is no carrier numbered {number}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/movements.py" line="184"/>
        <source>载体当前状态为“{now}”，不能办理此项流转</source>
        <translation>The carrier is currently “{now}”; this movement is not possible</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/movements.py" line="204"/>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="151"/>
        <source>请填写{field}</source>
        <translation>Please fill in: {field}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/movements.py" line="210"/>
        <source>该人员已离职，不能办理</source>
        <translation>This person has left; not possible</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/movements.py" line="213"/>
        <source>应还日期不能早于开始日期</source>
        <translation>The due date cannot be before the start date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/movements.py" line="217"/>
        <source>归还日期不能早于借出日期</source>
        <translation>The return date cannot be before the lending date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/movements.py" line="220"/>
        <source>送外维修前须拆卸涉密存储介质并确认</source>
        <translation>Before outside repair, classified storage media must be removed and this confirmed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/movements.py" line="246"/>
        <source>该载体所涉商业秘密的等级要求流转须经审批人批准</source>
        <translation>The grade of the trade secrets on this carrier requires an approver to approve movements</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="797"/>
        <source>请说明遗失情况</source>
        <translation>Please describe the circumstances of the loss</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="820"/>
        <source>请说明被哪一份替代</source>
        <translation>Say which carrier replaces it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="823"/>
        <source>已销毁或遗失的载体不能标记为已被替代</source>
        <translation>A destroyed or lost carrier cannot be marked as superseded</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="825"/>
        <source>该载体已标记为已被替代</source>
        <translation>This carrier is already marked as superseded</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="840"/>
        <source>只有遗失的载体才能登记找回</source>
        <translation>Only a lost carrier can be reported found</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="856"/>
        <source>请注明销毁记录</source>
        <translation>Please give the destruction record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/seals.py" line="71"/>
        <source>请选择封存理由</source>
        <translation>Please choose the reason for sealing</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/seals.py" line="73"/>
        <source>封存理由为“其他”时须说明理由</source>
        <translation>When the reason for sealing is “other”, explain it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/seals.py" line="75"/>
        <source>请填写封条编号</source>
        <translation>Please enter the seal number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/seals.py" line="77"/>
        <source>请填写封存地点</source>
        <translation>Please enter the place of sealing</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/seals.py" line="80"/>
        <source>检查周期应在 1 到 {max} 天之间</source>
        <translation>The check interval must be between 1 and {max} days</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/seals.py" line="120"/>
        <source>该载体未封存</source>
        <translation>This carrier is not sealed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/seals.py" line="132"/>
        <source>发现问题时须写明情况</source>
        <translation>Describe the problem found</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/seals.py" line="135"/>
        <source>检查日期不能早于封存日期</source>
        <translation>The check date cannot be before the sealing date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/seals.py" line="164"/>
        <source>请说明启封原因</source>
        <translation>Please give the reason for unsealing</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="204"/>
        <location filename="../../tsdesk/services/compliance/applications.py" line="172"/>
        <source>未知字段：{names}</source>
        <translation>Unknown fields: {names}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="207"/>
        <location filename="../../tsdesk/vault/vault.py" line="135"/>
        <source>请填写企业名称</source>
        <translation>Please enter the company name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="212"/>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="81"/>
        <location filename="../../tsdesk/services/compliance/programme.py" line="132"/>
        <location filename="../../tsdesk/services/compliance/rules.py" line="137"/>
        <source>{field} 过长（最多 {n} 个字符）</source>
        <translation>{field} is too long (at most {n} characters)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="254"/>
        <location filename="../../tsdesk/services/company.py" line="271"/>
        <source>请填写部门名称</source>
        <translation>Please enter the department name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="256"/>
        <source>部门 {name} 已存在</source>
        <translation>Department {name} already exists</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="315"/>
        <source>请填写姓名</source>
        <translation>Please enter the name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/company.py" line="341"/>
        <location filename="../../tsdesk/services/company.py" line="360"/>
        <source>记录不存在</source>
        <translation>The record does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="164"/>
        <location filename="../../tsdesk/services/grading.py" line="201"/>
        <source>每项因素须评 1–5 分</source>
        <translation>Each factor must be scored 1–5</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="178"/>
        <source>没有可用的保密等级</source>
        <translation>No confidentiality grade is available</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="205"/>
        <source>每项评分须写一句理由</source>
        <translation>Each score needs a one-sentence reason</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="210"/>
        <source>评分理由过长（最多 200 个字符）</source>
        <translation>A score reason is too long (at most 200 characters)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="214"/>
        <source>核心竞争力事项无效</source>
        <translation>Invalid core-competitiveness item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="225"/>
        <source>所定等级与建议等级不同，须说明理由</source>
        <translation>The chosen grade differs from the suggested grade; give a reason</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="302"/>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="146"/>
        <source>已确定的商业秘密变更等级或期限须经审批</source>
        <translation>Changing the grade or term of a confirmed trade secret requires approval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="339"/>
        <source>等级名称不能为空，最多 32 个字符</source>
        <translation>The grade name cannot be empty and has at most 32 characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="342"/>
        <source>已有名为 {name} 的等级</source>
        <translation>A grade named {name} already exists</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="344"/>
        <source>审查周期应在 1 到 60 个月之间</source>
        <translation>The review cycle must be between 1 and 60 months</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="347"/>
        <source>默认保密期限应在 1 到 100 年之间，或为长期</source>
        <translation>The default confidentiality term must be between 1 and 100 years, or long-term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="378"/>
        <source>等级次序无效</source>
        <translation>Invalid grade rank</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="242"/>
        <location filename="../../tsdesk/services/grading.py" line="412"/>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="198"/>
        <source>保密等级不存在</source>
        <translation>The confidentiality grade does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="183"/>
        <source>本数据库尚未打印过标识</source>
        <translation>No labels have been printed from this database yet</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="215"/>
        <source>该载体尚未打印过标识</source>
        <translation>No label has been printed for this carrier yet</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="596"/>
        <source>请选择要打印标识的载体</source>
        <translation>Please choose the carriers to print labels for</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="598"/>
        <source>同一载体在本批中重复出现</source>
        <translation>The same carrier appears twice in this batch</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="602"/>
        <source>载体 {number} 已销毁，不能打印标识</source>
        <translation>Carrier {number} has been destroyed; no label can be printed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="626"/>
        <source>以下载体的标识已打印过，补打须填写原因：{numbers}</source>
        <translation>Labels for these carriers have been printed before; a reprint needs a reason: {numbers}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="799"/>
        <source>标识牌纸张只能是 A4 或 A3</source>
        <translation>A sign can only be printed on A4 or A3</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/core.py" line="408"/>
        <location filename="../../tsdesk/services/carriers/core.py" line="460"/>
        <location filename="../../tsdesk/services/labels.py" line="822"/>
        <location filename="../../tsdesk/services/people.py" line="653"/>
        <location filename="../../tsdesk/services/register/core.py" line="513"/>
        <location filename="../../tsdesk/services/register/searching.py" line="337"/>
        <source>商业秘密不存在</source>
        <translation>The trade secret does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="825"/>
        <source>商业秘密 {number} 已解密、销毁或作废，不能加注标记</source>
        <translation>Trade secret {number} has been declassified, destroyed or voided and cannot be marked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="847"/>
        <source>找不到文件：{path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="850"/>
        <source>加注标记后的文件不能覆盖原文件，请另选位置</source>
        <translation>The marked file cannot overwrite the original; choose another location</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/numbering.py" line="33"/>
        <source>编号格式无效：须包含 {{seq}}，可含 {{year}}，例如 TS-{{year}}-{{seq:04}}</source>
        <translation>Invalid number format: it must contain {{seq}} and may contain {{year}}, e.g. TS-{{year}}-{{seq:04}}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/credentials.py" line="18"/>
        <source>操作员名须为 2–32 个字母、数字、汉字或 . _ - </source>
        <translation>An operator name must be 2–32 letters, digits, Chinese characters or . _ - </translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/credentials.py" line="24"/>
        <source>密码至少 {n} 个字符</source>
        <translation>The password must have at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="88"/>
        <source>没有名为 {name} 的操作员</source>
        <translation>There is no operator named {name}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="115"/>
        <source>操作员 {name} 已存在</source>
        <translation>Operator {name} already exists</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/slots.py" line="53"/>
        <source>更改已记入数据库，但密钥槽文件 {path} 无法写入（{reason}），更改尚未生效。请检查磁盘后重做。</source>
        <translation>The change was recorded in the database, but the key-slot file {path} could not be written ({reason}), so the change has not taken effect. Check the disk and do it again.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="168"/>
        <source>不能停用自己的账户</source>
        <translation>You cannot disable your own account</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="186"/>
        <source>至少要保留一名在用的管理员</source>
        <translation>At least one active administrator must remain</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="149"/>
        <source>工号和姓名不能为空</source>
        <translation>Staff no. and name cannot be empty</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="151"/>
        <source>工号最多 32 个字符，姓名最多 64 个字符</source>
        <translation>Staff no. has at most 32 characters, name at most 64</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="153"/>
        <location filename="../../tsdesk/services/procedures.py" line="509"/>
        <location filename="../../tsdesk/services/procedures.py" line="558"/>
        <source>岗位最多 64 个字符，电话最多 32 个字符</source>
        <translation>Job has at most 64 characters, phone at most 32</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="156"/>
        <source>工号 {number} 已存在</source>
        <translation>Staff no. {number} already exists</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="234"/>
        <source>离职日期不能晚于今天：请在离职当天或之后登记</source>
        <translation>The leaving date cannot be later than today: record a leave on or after the day</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="655"/>
        <source>已结束的商业秘密不能再授予知悉权限</source>
        <translation>Access to a trade secret that has ended can no longer be granted</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="659"/>
        <source>{name} 已离职，不能授予知悉权限</source>
        <translation>{name} has left; access cannot be granted</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="662"/>
        <source>请选择知悉程度</source>
        <translation>Please choose the access scope</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="664"/>
        <source>须说明授权理由（工作需要）</source>
        <translation>Give the reason for access (job need)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="667"/>
        <source>有效期截止日不能早于起始日</source>
        <translation>The end of validity cannot be before the start</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="680"/>
        <source>{name} 在此期间已是该商业秘密的知悉人；如需调整，请先撤销原授权</source>
        <translation>{name} already knows this trade secret in this period; to change that, revoke the existing grant first</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="710"/>
        <source>知悉授权不存在</source>
        <translation>The access grant does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="717"/>
        <source>该授权已到期，无需撤销</source>
        <translation>This grant has already expired; no need to revoke it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/permissions.py" line="37"/>
        <source>管理操作员</source>
        <translation>Manage operators</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/permissions.py" line="38"/>
        <source>修改企业信息</source>
        <translation>Edit company info</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/permissions.py" line="39"/>
        <source>修改设置</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/permissions.py" line="40"/>
        <source>管理密钥</source>
        <translation>Manage keys</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/permissions.py" line="41"/>
        <source>修改台账数据</source>
        <translation>Change ledger data</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/permissions.py" line="42"/>
        <source>审批</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/permissions.py" line="43"/>
        <source>查看数据</source>
        <translation>View data</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/permissions.py" line="44"/>
        <source>查看审计日志</source>
        <translation>View the audit log</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/permissions.py" line="45"/>
        <source>导出数据</source>
        <translation>Export data</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="224"/>
        <source>保密期限类型无效</source>
        <translation>Invalid confidentiality term type</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="227"/>
        <source>保密期限为日期时须填写截止日期</source>
        <translation>A term until a date needs the end date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="232"/>
        <source>保密期限为事件时须写明事件</source>
        <translation>A term until an event needs the event</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="237"/>
        <source>期限事件过长（最多 200 个字符）</source>
        <translation>The term event is too long (at most 200 characters)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="253"/>
        <source>秘密主题不能为空</source>
        <translation>The subject cannot be empty</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="255"/>
        <source>秘密主题过长（最多 200 个字符）</source>
        <translation>The subject is too long (at most 200 characters)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="257"/>
        <source>类别无效</source>
        <translation>Invalid category</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="261"/>
        <source>秘密点不能为空行</source>
        <translation>A secret point cannot be empty</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="263"/>
        <source>秘密点过长（每条最多 500 个字符）</source>
        <translation>A secret point is too long (at most 500 characters each)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="265"/>
        <source>存储方式无效</source>
        <translation>Invalid storage</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="267"/>
        <source>存储位置过长（最多 200 个字符）</source>
        <translation>The storage location is too long (at most 200 characters)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="269"/>
        <source>主责部门不存在</source>
        <translation>The responsible department does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="274"/>
        <source>编号不能为空</source>
        <translation>The number cannot be empty</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="278"/>
        <source>编号已被使用</source>
        <translation>The number is already in use</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="518"/>
        <source>没有编号为 {number} 的商业秘密</source>
        <translation>There is no trade secret numbered {number}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="80"/>
        <source>已结束的商业秘密不能再修改</source>
        <translation>A trade secret that has ended can no longer be changed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="85"/>
        <source>只有拟定状态的商业秘密可以定密</source>
        <translation>Only a draft trade secret can be confirmed as secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="90"/>
        <source>只有已确定的商业秘密需经审批变更等级或期限；拟定的可直接编辑</source>
        <translation>Only a confirmed trade secret needs approval to change grade or term; a draft can be edited directly</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="95"/>
        <source>只有已确定的商业秘密需要定期审查</source>
        <translation>Only confirmed trade secrets need periodic review</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="100"/>
        <source>只有已确定的商业秘密可以解密</source>
        <translation>Only a confirmed trade secret can be declassified</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="105"/>
        <source>只有拟定或已确定的商业秘密可以作废</source>
        <translation>Only a draft or confirmed trade secret can be voided</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="111"/>
        <source>只有已确定或已解密的商业秘密可以登记为已销毁</source>
        <translation>Only a confirmed or declassified trade secret can be recorded as destroyed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="224"/>
        <source>定密前须写明该信息不为公众所知悉的依据</source>
        <translation>Before confirming, state why the information is not known to the public</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="231"/>
        <source>定密前须写明该信息的商业价值</source>
        <translation>Before confirming, state the commercial value of the information</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="237"/>
        <source>定密前须至少列明一个秘密点</source>
        <translation>List at least one secret point before confirming as secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="244"/>
        <source>定密前须逐项确认该信息不属于不应作为商业秘密的情形（a–d）</source>
        <translation>Before confirming as secret, confirm item by item that the information is none of the excluded cases (a–d)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="256"/>
        <source>数据、算法及代码类商业秘密须满足 a–c 三项条件后方可定密</source>
        <translation>A data, algorithm or code trade secret can be confirmed only when it meets all three conditions a–c</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="272"/>
        <source>定密须由拟定人以外的审批人批准</source>
        <translation>Confirmation as secret must be approved by an approver other than the drafter</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="316"/>
        <source>等级和期限均未改变</source>
        <translation>Neither grade nor term has changed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="318"/>
        <source>须说明变更理由</source>
        <translation>Give the reason for the change</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="370"/>
        <source>请选择解密情形</source>
        <translation>Please choose the declassification case</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="372"/>
        <source>须写明解密的具体理由</source>
        <translation>Give the specific reason for declassification</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="375"/>
        <source>解密日期不能晚于今天</source>
        <translation>The declassification date cannot be after today</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="377"/>
        <source>解密日期不能早于定密日期</source>
        <translation>The declassification date cannot be before the confirmation date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="432"/>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="278"/>
        <source>须说明作废原因</source>
        <translation>Give the reason for voiding</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="435"/>
        <source>作废已确定的商业秘密须经审批</source>
        <translation>Voiding a confirmed trade secret requires approval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="456"/>
        <source>须注明销毁记录</source>
        <translation>Give the destruction record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="483"/>
        <source>请选择审查结论</source>
        <translation>Please choose the review conclusion</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="486"/>
        <source>结论为变更或解密时须说明理由</source>
        <translation>A conclusion to change or declassify needs a reason</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/lifecycle.py" line="489"/>
        <source>审查日期不能晚于今天</source>
        <translation>The review date cannot be after today</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/searching.py" line="283"/>
        <source>无法按此列排序</source>
        <translation>Cannot sort by this column</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="91"/>
        <source>文件是空的</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="115"/>
        <source>不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV 后再导入</source>
        <translation>Old .xls files are not supported; save the file as .xlsx or CSV in Excel, then import it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="120"/>
        <source>只能导入 .xlsx 或 .csv 文件</source>
        <translation>Only .xlsx or .csv files can be imported</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="165"/>
        <source>“{field}”对应了多列，请只选一列</source>
        <translation>“{field}” is mapped to several columns; choose only one</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="173"/>
        <source>请为以下字段指定列：{fields}</source>
        <translation>Choose a column for these fields: {fields}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="213"/>
        <source>类别不能为空</source>
        <translation>The category cannot be empty</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="218"/>
        <source>类别“{value}”无法识别（可填：{allowed}，或其简称）</source>
        <translation>Category “{value}” is not recognised (allowed: {allowed}, or their short forms)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="228"/>
        <source>保密等级不能为空</source>
        <translation>The confidentiality grade cannot be empty</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="232"/>
        <source>保密等级“{name}”不存在（可填：{allowed}）</source>
        <translation>Confidentiality grade “{name}” does not exist (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="266"/>
        <source>保密期限“{value}”不是有效日期</source>
        <translation>Confidentiality term “{value}” is not a valid date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="272"/>
        <source>保密期限的年数应大于 0</source>
        <translation>The number of years in the confidentiality term must be greater than 0</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="306"/>
        <source>存储方式“{value}”无法识别（可填：{allowed}，括号内写位置）</source>
        <translation>Storage “{value}” is not recognised (allowed: {allowed}, with the location in brackets)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="437"/>
        <source>导入文件有 {count} 处问题，未导入任何记录</source>
        <translation>The import file has {count} problems; nothing was imported</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="445"/>
        <source>导入已取消，未导入任何记录</source>
        <translation>Import cancelled; nothing was imported</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="484"/>
        <source>人员名录中有 {n} 名“{name}”，无法确定是哪一位，请先在人员页区分同名人员</source>
        <translation>There are {n} people named “{name}” in the directory, so it is unclear which one is meant; tell them apart on the People page first</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="516"/>
        <source>文件中没有这些列：{names}</source>
        <translation>The file has no such columns: {names}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="545"/>
        <source>部门名称过长（最多 {n} 个字符）</source>
        <translation>Department name is too long (at most {n} characters)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="554"/>
        <source>责任人姓名过长（最多 {n} 个字符）</source>
        <translation>Responsible person&apos;s name is too long (at most {n} characters)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="563"/>
        <source>编号过长（最多 {n} 个字符）</source>
        <translation>Number is too long (at most {n} characters)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="567"/>
        <source>编号“{number}”与第 {row} 行重复</source>
        <translation>Number “{number}” duplicates row {row}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="611"/>
        <source>文件中没有可导入的记录</source>
        <translation>The file has no records to import</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/exporting.py" line="331"/>
        <source>只能导出为 .xlsx 或 .csv 文件</source>
        <translation>Can only export to .xlsx or .csv files</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/exporting.py" line="356"/>
        <source>无法写入文件 {name}：{reason}</source>
        <translation>Cannot write the file {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_print.py" line="133"/>
        <source>已取消打印</source>
        <translation>Printing cancelled</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_print.py" line="428"/>
        <source>审批记录不存在</source>
        <translation>The approval record does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/settings.py" line="46"/>
        <source>未知设置项：{key}</source>
        <translation>Unknown setting: {key}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/settings.py" line="51"/>
        <source>{key} 应为整数</source>
        <translation>{key} must be a whole number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/settings.py" line="54"/>
        <source>{key} 应在 {lo} 到 {hi} 之间</source>
        <translation>{key} must be between {lo} and {hi}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/settings.py" line="62"/>
        <source>{key} 不能为空</source>
        <translation>{key} cannot be empty</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/settings.py" line="65"/>
        <source>{key} 只能是 {choices} 之一</source>
        <translation>{key} must be one of {choices}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/spreadsheet.py" line="136"/>
        <source>无法读取 Excel 文件 {name}：文件已损坏或不是 .xlsx 格式</source>
        <translation>Cannot read the Excel file {name}: it is damaged or not in .xlsx format</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/spreadsheet.py" line="376"/>
        <source>无法识别文件 {name} 的字符编码（应为 UTF-8 或 GBK）</source>
        <translation>Cannot recognise the character encoding of {name} (should be UTF-8 or GBK)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/spreadsheet.py" line="96"/>
        <location filename="../../tsdesk/services/spreadsheet.py" line="116"/>
        <source>无法读取文件 {name}：{reason}</source>
        <translation>Cannot read the file {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/spreadsheet.py" line="61"/>
        <source>文件 {name} 过大：{what}超过上限 {limit}，请拆分后分批导入</source>
        <translation>The file {name} is too large: {what} exceeds the limit of {limit}. Split it and import the parts one by one.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/spreadsheet.py" line="69"/>
        <source>行数</source>
        <translation>the number of rows</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/spreadsheet.py" line="73"/>
        <source>列数</source>
        <translation>the number of columns</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/spreadsheet.py" line="77"/>
        <source>单元格数</source>
        <translation>the number of cells</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/spreadsheet.py" line="82"/>
        <source>文件 {name} 的单元格 {cell} 超过 {limit} 个字符</source>
        <translation>Cell {cell} of the file {name} has more than {limit} characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/spreadsheet.py" line="102"/>
        <source>{name} 不是普通文件，不能导入</source>
        <translation>{name} is not a regular file and cannot be imported</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/spreadsheet.py" line="105"/>
        <location filename="../../tsdesk/services/spreadsheet.py" line="121"/>
        <source>文件大小（字节）</source>
        <translation>the file size (bytes)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/spreadsheet.py" line="130"/>
        <source>解压后大小（字节）</source>
        <translation>the uncompressed size (bytes)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/spreadsheet.py" line="256"/>
        <source>文件 {name} 的单元格 {cell} 不是有效日期（{value}），日期应在 1900-01-01 至 9999-12-31 之间</source>
        <translation>Cell {cell} of the file {name} is not a valid date ({value}); dates must lie between 1900-01-01 and 9999-12-31</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/spreadsheet.py" line="406"/>
        <source>CSV 文件 {name} 格式有误：{reason}</source>
        <translation>The CSV file {name} is malformed: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="171"/>
        <source>请选择盘点的区域或填写位置</source>
        <translation>Please choose the area or enter the location to stock-take</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="186"/>
        <location filename="../../tsdesk/services/training/inspections.py" line="167"/>
        <source>盘点记录不存在</source>
        <translation>The stock-take does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="246"/>
        <source>扫描内容为空</source>
        <translation>The scan is empty</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="315"/>
        <source>该次盘点已完成</source>
        <translation>This stock-take is already finished</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="341"/>
        <location filename="../../tsdesk/services/training/inspections.py" line="170"/>
        <source>该次盘点尚未完成</source>
        <translation>This stock-take is not finished yet</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/keys.py" line="126"/>
        <source>恢复密钥应为 64 位十六进制数字（8 组，每组 8 位，以“-”分隔）</source>
        <translation>The recovery key must be 64 hex digits (8 groups of 8, separated by “-”)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/keys.py" line="255"/>
        <source>密钥槽文件 {path} 与此数据库不符（可能是旧副本或其他数据库的文件）。请用恢复密钥打开数据库。</source>
        <translation>The key-slot file {path} does not belong to this database (it may be an old copy or another database&apos;s file). Open the database with the recovery key.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/keys.py" line="262"/>
        <source>密钥槽文件 {path} 已损坏或被改动，无法使用。为免恢复已更改的旧密码，不会自动改用其备份副本。请用恢复密钥打开数据库。</source>
        <translation>The key-slot file {path} is damaged or has been altered and cannot be used. Its backup copy is not used automatically, so that passwords changed since are not brought back. Open the database with the recovery key.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/cli.py" line="313"/>
        <source>密钥槽文件 {path} 已损坏，且没有可用的备份副本。请用恢复密钥打开。</source>
        <translation>The key slot file {path} is damaged and there is no usable backup copy. Open the database with the recovery key.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/keys.py" line="573"/>
        <source>本机没有可用的系统凭据存储（keyring 后端）</source>
        <translation>This PC has no usable system credential store (keyring backend)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/vault.py" line="140"/>
        <source>文件 {path} 已存在，不会覆盖。请另选位置。</source>
        <translation>The file {path} already exists and will not be overwritten. Please choose another location.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/vault.py" line="276"/>
        <source>数据库需要升级架构，只读方式无法打开。请以读写方式打开一次。</source>
        <translation>The database schema needs an upgrade, which is not possible read-only. Open it once for writing.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/base_forms.py" line="57"/>
        <location filename="../../tsdesk/services/base_forms.py" line="68"/>
        <source>没有名为 {name} 的申报表，可用：{names}</source>
        <translation>There is no application form named {name}; available: {names}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/attempts.py" line="65"/>
        <source>登录尝试记录 {path} 无法读写或已被改动。为安全起见，在修复之前每次登录都要先等待 {seconds} 秒。</source>
        <translation>The login attempt record {path} cannot be read or written, or has been altered. For safety, every login waits {seconds} seconds until it is repaired.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/rekey.py" line="282"/>
        <source>其他程序正在读取数据库，未更换数据密钥。请关闭其他程序后重试；数据库与密钥均未改动。</source>
        <translation>Another program is reading the database, so the data key was not changed. Close the other program and try again; the database and the keys are unchanged.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/rekey.py" line="285"/>
        <source>未更换数据密钥：新副本与原数据库不一致。数据库与密钥均保持原样。</source>
        <translation>The data key was not changed: the new copy does not match the original database. The database and the keys are unchanged.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/agreements.py" line="21"/>
        <source>日期“{text}”无效，应为 YYYY-MM-DD</source>
        <translation>Invalid date &quot;{text}&quot;: use YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/compliance.py" line="22"/>
        <location filename="../../tsdesk/commands/training.py" line="20"/>
        <source>日期“{text}”无效，请写作 2026-03-01</source>
        <translation>Invalid date “{text}”: write it as 2026-03-01</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/noncompete.py" line="77"/>
        <location filename="../../tsdesk/services/agreements/prints.py" line="128"/>
        <source>该协议不是竞业限制协议</source>
        <translation>This agreement is not a non-compete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/noncompete.py" line="119"/>
        <source>竞业限制已自 {day} 起算</source>
        <translation>The restriction has run since {day}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/noncompete.py" line="122"/>
        <source>协议须已签署才能起算竞业限制期</source>
        <translation>The agreement must be signed before the restriction can start</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/noncompete.py" line="124"/>
        <source>起算日期不能晚于今天</source>
        <translation>The start date cannot be after today</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/noncompete.py" line="151"/>
        <source>补偿记录不存在</source>
        <translation>The compensation record does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/noncompete.py" line="155"/>
        <source>该月补偿已于 {day} 登记支付</source>
        <translation>This month&apos;s compensation was recorded as paid on {day}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/noncompete.py" line="158"/>
        <source>支付日期不能晚于今天</source>
        <translation>The payment date cannot be after today</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/noncompete.py" line="161"/>
        <source>支付金额须大于零</source>
        <translation>The amount paid must be more than zero</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/noncompete.py" line="195"/>
        <source>只有已签署或生效中的竞业限制可以解除</source>
        <translation>Only a signed or in-force non-compete can be released</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/noncompete.py" line="197"/>
        <source>解除日期不能晚于今天</source>
        <translation>The release date cannot be after today</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="186"/>
        <source>模板内容不能为空</source>
        <translation>The template cannot be empty</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="188"/>
        <source>模板最多 20000 个字符</source>
        <translation>A template has at most 20,000 characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/templates.py" line="192"/>
        <source>模板中有未知字段：{fields}；可用字段见右侧列表</source>
        <translation>Unknown field(s) in the template: {fields}; the fields you may use are listed on the right</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="108"/>
        <source>不支持的附件类型“{extension}”：可添加 PDF、图片、Office 文档或文本</source>
        <translation>Attachment type “{extension}” is not supported: add a PDF, an image, an Office document or text</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="114"/>
        <source>文件“{name}”的内容与扩展名不符，未添加</source>
        <translation>The content of “{name}” does not match its extension; not added</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="131"/>
        <source>附件文件名不能为空，最多 255 个字符</source>
        <translation>An attachment file name must not be empty and may have at most 255 characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="134"/>
        <source>附件文件名“{name}”含有路径分隔符或控制字符</source>
        <translation>Attachment file name “{name}” contains a path separator or a control character</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="141"/>
        <source>附件是空文件</source>
        <translation>The attachment is an empty file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="144"/>
        <source>附件过大（{mb} MB），单个附件最大 {limit} MB</source>
        <translation>The attachment is too large ({mb} MB); an attachment may be at most {limit} MB</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="179"/>
        <source>该附件已被替换，请替换最新的版本</source>
        <translation>This attachment has already been superseded; replace the newest version</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="205"/>
        <source>附件“{name}”的内容与登记的 SHA-256 不符</source>
        <translation>The content of attachment “{name}” does not match its recorded SHA-256</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/attachments.py" line="247"/>
        <source>附件不存在</source>
        <translation>The attachment does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="237"/>
        <location filename="../../tsdesk/services/procedures.py" line="677"/>
        <source>手续不存在</source>
        <translation>No such procedure</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="409"/>
        <source>{name} 的{kind}手续尚未完成，请先办完</source>
        <translation>{name}&apos;s {kind} procedure is not completed yet; finish it first</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="498"/>
        <location filename="../../tsdesk/services/procedures.py" line="552"/>
        <location filename="../../tsdesk/services/procedures.py" line="626"/>
        <source>{name} 已离职</source>
        <translation>{name} has left</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="501"/>
        <source>请填写入职日期</source>
        <translation>Please enter the hire date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="560"/>
        <source>新部门和新岗位与现在相同</source>
        <translation>The new department and post are the same as now</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="629"/>
        <source>请填写离职日期</source>
        <translation>Please enter the leaving date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="632"/>
        <source>离职日期不能早于一年以前</source>
        <translation>The leaving date cannot be more than a year ago</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="650"/>
        <source>此手续不能添加该类事项</source>
        <translation>This procedure cannot take that kind of item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="653"/>
        <source>请填写事项内容</source>
        <translation>Please describe the item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="655"/>
        <source>事项内容最多 200 个字符</source>
        <translation>An item is at most 200 characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="679"/>
        <source>该手续已完成</source>
        <translation>This procedure is already completed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="745"/>
        <source>{number} 仍由其保管：请先在载体页办理“移交保管”给接手人</source>
        <translation>{number} is still in their custody: hand it over to the successor on the carriers page first</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="754"/>
        <source>尚未登记已签署的{what}：请先在协议中登记签署</source>
        <translation>No signed {what} is recorded: record the signature under agreements first</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="763"/>
        <source>入职后尚无培训签到记录：请先在培训中登记</source>
        <translation>No training attendance since joining: record it under training first</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="772"/>
        <source>保密协议</source>
        <translation>NDA</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="773"/>
        <source>岗位变动协议</source>
        <translation>job change agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="774"/>
        <source>离职保密承诺书</source>
        <translation>exit confidentiality pledge</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="786"/>
        <source>事项不存在</source>
        <translation>No such item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="789"/>
        <source>该事项已办结</source>
        <translation>This item is already settled</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="791"/>
        <source>该事项不能这样办结</source>
        <translation>This item cannot be settled that way</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="865"/>
        <source>还有 {n} 项未办结：{items}</source>
        <translation>{n} items are still open: {items}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="873"/>
        <source>离职日期 {day} 尚未到：请在离职当天或之后完成</source>
        <translation>The leaving date {day} has not come yet: complete on or after that day</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="897"/>
        <source>该人员没有离职手续</source>
        <translation>This person has no leaving procedure</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="907"/>
        <source>只有离职手续打印离职交接单</source>
        <translation>Only a leaving procedure prints an exit hand-over sheet</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="973"/>
        <source>只有离职手续打印离职提醒函</source>
        <translation>Only a leaving procedure prints an exit reminder letter</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/drills.py" line="50"/>
        <source>请填写演练场景</source>
        <translation>Enter the drill scenario</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/drills.py" line="52"/>
        <source>请填写演练日期</source>
        <translation>Enter the drill date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/drills.py" line="54"/>
        <source>演练日期不能晚于今天：演练结束后再记录</source>
        <translation>The drill date cannot be later than today: record a drill after it was held</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/drills.py" line="57"/>
        <source>请选择参加演练的人员</source>
        <translation>Choose the people who took part in the drill</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/drills.py" line="106"/>
        <source>演练记录不存在</source>
        <translation>No such drill</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="99"/>
        <source>该检查已关闭，不能再修改</source>
        <translation>This inspection is closed and can no longer be changed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="105"/>
        <source>请填写检查名称</source>
        <translation>Enter the inspection&apos;s name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="108"/>
        <source>检查名称最多 200 个字符，检查人最多 64 个字符</source>
        <translation>The inspection&apos;s name may be at most 200 characters, the inspector at most 64</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="111"/>
        <source>请填写计划检查日期</source>
        <translation>Enter the planned date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="152"/>
        <source>检查完成日期不能晚于今天</source>
        <translation>The inspection date cannot be later than today</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="154"/>
        <source>完成检查前请填写检查结论</source>
        <translation>Enter the conclusion before marking the inspection done</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="190"/>
        <source>请填写整改措施</source>
        <translation>Enter the corrective action</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="197"/>
        <source>请指定整改责任人</source>
        <translation>Name the action&apos;s owner</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="199"/>
        <source>责任人最多 64 个字符</source>
        <translation>The owner may be at most 64 characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="201"/>
        <source>请填写整改期限</source>
        <translation>Enter the due date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="228"/>
        <source>该整改措施已关闭</source>
        <translation>This corrective action is already closed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="231"/>
        <source>关闭日期不能晚于今天</source>
        <translation>The closing date cannot be later than today</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="235"/>
        <source>关闭整改措施须有佐证：请填写整改情况或添加附件</source>
        <translation>Closing a corrective action needs evidence: describe what was done or attach a file</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="262"/>
        <source>请先记录检查结果和结论</source>
        <translation>Record the inspection&apos;s findings and conclusion first</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="270"/>
        <source>还有 {n} 项整改措施未关闭，不能关闭检查</source>
        <translation>{n} corrective action(s) still open: the inspection cannot be closed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="282"/>
        <source>检查记录不存在</source>
        <translation>No such inspection</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="288"/>
        <source>整改措施不存在</source>
        <translation>No such corrective action</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/sessions.py" line="98"/>
        <source>请填写培训主题</source>
        <translation>Enter the training topic</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/sessions.py" line="101"/>
        <source>培训主题最多 200 个字符，讲师最多 64 个字符</source>
        <translation>The topic may be at most 200 characters, the trainer at most 64</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/sessions.py" line="104"/>
        <source>请选择培训对象</source>
        <translation>Choose the audience</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/sessions.py" line="106"/>
        <source>请填写培训日期</source>
        <translation>Enter the training date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/sessions.py" line="109"/>
        <source>请选择参加培训的人员</source>
        <translation>Choose the attendees</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/sessions.py" line="118"/>
        <source>{name} 已离职，不能列为参训人员</source>
        <translation>{name} has left and cannot be added as an attendee</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/sessions.py" line="192"/>
        <source>该人员未参加本次培训</source>
        <translation>This person did not attend this session</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/sessions.py" line="194"/>
        <source>成绩应在 0 到 100 之间</source>
        <translation>A score must be between 0 and 100</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/sessions.py" line="223"/>
        <source>培训记录不存在</source>
        <translation>No such training session</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="212"/>
        <source>{what} 应写作 序号=内容：{value}</source>
        <translation>{what} must be written as NO=TEXT: {value}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/destruction.py" line="260"/>
        <source>请在环境变量 {env} 中提供监销人的密码</source>
        <translation>Provide the supervisor&apos;s password in the environment variable {env}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="176"/>
        <source>载体 {number} 已借出，须先归还</source>
        <translation>Carrier {number} is lent out: it must be returned first</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="179"/>
        <source>载体 {number} 外送维修中，须先收回</source>
        <translation>Carrier {number} is out for repair: get it back first</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="184"/>
        <source>载体 {number} 状态为“{status}”，不能销毁</source>
        <translation>Carrier {number} is &quot;{status}&quot; and cannot be destroyed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="193"/>
        <source>载体 {number} 作为证据封存（封条 {seal}），不能销毁</source>
        <translation>Carrier {number} is sealed as evidence (seal {seal}) and cannot be destroyed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="201"/>
        <source>载体 {number} 处于法律保全中：{reason}</source>
        <translation>Carrier {number} is under a legal hold: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="213"/>
        <location filename="../../tsdesk/services/destruction/core.py" line="284"/>
        <location filename="../../tsdesk/services/destruction/core.py" line="301"/>
        <source>商业秘密 {number} 处于法律保全中：{reason}</source>
        <translation>Trade secret {number} is under a legal hold: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="224"/>
        <source>载体 {number} 是仍有效的商业秘密 {secret} 的最后一份载体，按规定须保留一份</source>
        <translation>Carrier {number} is the last copy of trade secret {secret}, still in force: the rule keeps one copy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="235"/>
        <source>载体 {number} 所载商业秘密 {secret} 的保密期限尚未届满</source>
        <translation>The term of trade secret {secret} on carrier {number} has not ended</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="251"/>
        <source>数量须至少为 1</source>
        <translation>The quantity must be at least 1</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="253"/>
        <source>页数不能为负数</source>
        <translation>Pages cannot be negative</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="255"/>
        <source>请选择销毁原因</source>
        <translation>Choose the reason for destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="259"/>
        <source>请选择要销毁的载体</source>
        <translation>Choose the carrier to destroy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="264"/>
        <source>请选择要销毁的商业秘密</source>
        <translation>Choose the trade secret to destroy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="268"/>
        <source>商业秘密 {number} 已销毁或作废</source>
        <translation>Trade secret {number} is destroyed or void</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="275"/>
        <source>商业秘密 {number} 既未解密，保密期限也未届满，不能整项销毁</source>
        <translation>Trade secret {number} is neither declassified nor past its term: it cannot be destroyed as a whole</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="294"/>
        <source>请写明数据所在的系统或路径以及其中的内容</source>
        <translation>Give the system or path of the data and what it held</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="309"/>
        <source>数据所载商业秘密 {secret} 的保密期限尚未届满</source>
        <translation>The term of trade secret {secret} in this data has not ended</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="314"/>
        <source>请选择销毁项目的类型</source>
        <translation>Choose the kind of item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="316"/>
        <source>未发现阻止销毁的情况</source>
        <translation>Nothing prevents destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="341"/>
        <source>销毁记录不存在</source>
        <translation>The destruction record does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="348"/>
        <source>销毁记录 {number} 当前为“{status}”，不能这样操作</source>
        <translation>Destruction record {number} is &quot;{status}&quot;: this is not possible now</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="395"/>
        <source>同一项目不能在销毁清单中重复列出</source>
        <translation>The same item cannot be listed twice</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="431"/>
        <source>该项目已列入销毁记录 {number}</source>
        <translation>This item is already listed in destruction record {number}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="478"/>
        <location filename="../../tsdesk/services/destruction/core.py" line="524"/>
        <location filename="../../tsdesk/services/destruction/core.py" line="546"/>
        <source>销毁申请须列出至少一个项目</source>
        <translation>A destruction request must list at least one item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="520"/>
        <source>销毁项目不存在</source>
        <translation>The destruction item does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="589"/>
        <source>请说明退回的理由</source>
        <translation>Give the reason for returning it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="608"/>
        <source>请说明撤销的理由</source>
        <translation>Give the reason for cancelling</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="698"/>
        <source>第 {position} 项：请选择销毁方法</source>
        <translation>Item {position}: choose a destruction method</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="704"/>
        <source>第 {position} 项：方法“{method}”不适用于该项目</source>
        <translation>Item {position}: the method &quot;{method}&quot; does not apply to it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="716"/>
        <source>第 {position} 项：粉碎级别 {level} 低于规定的 {needed}</source>
        <translation>Item {position}: shredding level {level} is below the required {needed}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="733"/>
        <source>销毁日期不能晚于今天</source>
        <translation>The date of destruction cannot be after today</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="735"/>
        <source>请填写销毁地点</source>
        <translation>Enter the place of destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="740"/>
        <source>请选择销毁执行人</source>
        <translation>Choose the executor</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="743"/>
        <source>销毁须有至少两名监销人</source>
        <translation>A destruction needs at least two supervisors</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="745"/>
        <source>执行人不能同时担任监销人</source>
        <translation>The executor cannot also be a supervisor</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="748"/>
        <source>监销人不存在</source>
        <translation>The supervisor does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="752"/>
        <source>一名操作员只能确认一名监销人</source>
        <translation>One operator can confirm only one supervisor</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="755"/>
        <source>确认密码的人不是本次的监销人</source>
        <translation>The person who confirmed is not a supervisor of this destruction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="758"/>
        <source>监销人 {name} 须用自己的密码确认</source>
        <translation>Supervisor {name} must confirm with their own password</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="762"/>
        <location filename="../../tsdesk/services/destruction/core.py" line="775"/>
        <source>须为每个项目填写销毁结果</source>
        <translation>Give a result for every item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="771"/>
        <source>第 {position} 项：请说明未能销毁的原因</source>
        <translation>Item {position}: say why it could not be destroyed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="890"/>
        <source>请填写批注内容</source>
        <translation>Enter the note</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="938"/>
        <source>不是本系统出具的销毁证明</source>
        <translation>Not a destruction certificate issued by this system</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="948"/>
        <source>校验码不符：证明内容被改动或伪造</source>
        <translation>Check code mismatch: the certificate was altered or forged</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="960"/>
        <source>本数据库中没有与证明相符的销毁记录</source>
        <translation>No destruction record in this database matches the certificate</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="967"/>
        <source>真实：{number}，{on} 销毁 {n} 项，未能销毁 {f} 项</source>
        <translation>Genuine: {number}, {n} items destroyed on {on}, {f} not destroyed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="995"/>
        <source>请说明保全的理由</source>
        <translation>Give the reason for the hold</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="998"/>
        <source>要保全的记录不存在</source>
        <translation>The record to hold does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="1020"/>
        <source>保全记录不存在</source>
        <translation>The legal hold does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="1022"/>
        <source>该保全已经解除</source>
        <translation>This hold has already been lifted</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="1024"/>
        <source>请说明解除保全的理由</source>
        <translation>Give the reason for lifting the hold</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="1261"/>
        <source>没有编号为 {number} 的销毁记录</source>
        <translation>No destruction record numbered {number}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="1310"/>
        <source>请填写方法的代码和名称</source>
        <translation>Enter the method&apos;s key and name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="1312"/>
        <source>方法的适用对象或处理类别无效</source>
        <translation>Invalid &apos;applies to&apos; or sanitization category</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/core.py" line="1314"/>
        <source>粉碎级别应写作 P-4 这样的形式</source>
        <translation>Write the shredding level like P-4</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/prints.py" line="102"/>
        <location filename="../../tsdesk/services/destruction/prints.py" line="123"/>
        <source>销毁完成后才能出具销毁证明</source>
        <translation>The certificate is issued only after the destruction is done</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/prints.py" line="115"/>
        <source>已撤销的销毁申请不能打印审批表</source>
        <translation>A cancelled request has no approval form</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/prints.py" line="119"/>
        <source>批准后才能打印销毁清册</source>
        <translation>The destruction list can be printed only after approval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/prints.py" line="127"/>
        <source>本次销毁没有电子数据项目</source>
        <translation>This destruction has no electronic data items</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/prints.py" line="160"/>
        <source>未知的文书：{which}</source>
        <translation>Unknown document: {which}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="22"/>
        <source>时间格式应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM：{text}</source>
        <translation>Time must be YYYY-MM-DD or YYYY-MM-DDTHH:MM: {text}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incident_docs.py" line="144"/>
        <source>移交须写明 --to 接收人和 --purpose 用途</source>
        <translation>A hand-over needs --to (recipient) and --purpose</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="177"/>
        <source>发现时间格式应为 YYYY-MM-DD HH:MM</source>
        <translation>The discovery time must be YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../../tsdesk/commands/incidents.py" line="208"/>
        <source>评分格式应为 a=4:理由</source>
        <translation>A score must read a=4:reason</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="71"/>
        <source>尚未选择备份位置。请在“备份”页选择一个文件夹（如 U 盘或网络共享）。</source>
        <translation>No backup location chosen yet. Choose a folder (such as a USB stick or a network share) on the Backup page.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="74"/>
        <source>备份 {path} 属于另一个数据库，不能在此数据库中演练或校验。</source>
        <translation>The backup {path} belongs to another database; it cannot be drilled or checked in this one.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/applications.py" line="167"/>
        <source>申报年度无效：{year}</source>
        <translation>Invalid application year: {year}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/applications.py" line="275"/>
        <source>{year} 年没有已保存的 {name} 草稿</source>
        <translation>There is no saved {name} draft for {year}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/assessment.py" line="883"/>
        <source>没有自评项 {key}</source>
        <translation>No assessment item {key}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="78"/>
        <source>请填写签署人</source>
        <translation>Enter who signed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="86"/>
        <source>请填写声明内容</source>
        <translation>Enter the declaration&apos;s text</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="89"/>
        <source>声明日期不能晚于今天</source>
        <translation>The declaration date cannot be after today</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="165"/>
        <source>没有需要手工填写的自评项 {key}</source>
        <translation>No hand-entered assessment item {key}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/declarations.py" line="168"/>
        <source>年度应在 2000–2100 之间</source>
        <translation>The year must be between 2000 and 2100</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="119"/>
        <source>工作方案事项不存在</source>
        <translation>No such programme item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="129"/>
        <source>请填写事项名称</source>
        <translation>Enter the item</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="138"/>
        <source>计划日期应在 {year} 年内</source>
        <translation>The due date must be in {year}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="165"/>
        <source>该事项已于 {date} 完成</source>
        <translation>This item was done on {date}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="168"/>
        <source>完成日期不能晚于今天</source>
        <translation>The done date cannot be after today</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="124"/>
        <source>制度不存在</source>
        <translation>No such rule</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="129"/>
        <source>请填写制度名称</source>
        <translation>Enter the rule&apos;s title</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="176"/>
        <source>制度已废止，不能修订</source>
        <translation>The rule is repealed and cannot be revised</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="179"/>
        <source>修订日期不能早于发布日期 {date}</source>
        <translation>The revision date cannot be before the adoption date {date}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="200"/>
        <source>制度已于 {date} 废止</source>
        <translation>The rule was repealed on {date}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/rules.py" line="203"/>
        <source>废止日期不能早于发布或修订日期</source>
        <translation>The repeal date cannot be before the adoption or revision date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/bundle.py" line="316"/>
        <location filename="../../tsdesk/services/incidents/cases.py" line="654"/>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="548"/>
        <location filename="../../tsdesk/services/incidents/prints.py" line="109"/>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="54"/>
        <source>找不到该事件</source>
        <translation>Case not found</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="277"/>
        <source>请填写要关联的记录</source>
        <translation>Please enter the record to link</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="287"/>
        <source>找不到{what}“{text}”，或有重名：请填写编号</source>
        <translation>No {what} “{text}”, or more than one by that name: please enter its number</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="297"/>
        <source>要关联的记录不存在</source>
        <translation>The record to link does not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="299"/>
        <source>请选择关联角色</source>
        <translation>Please choose the role</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="301"/>
        <source>嫌疑人只能是人员或外部单位</source>
        <translation>A suspect can only be a person or an outside party</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="303"/>
        <source>知情人只能是人员</source>
        <translation>A witness can only be a person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="308"/>
        <source>请填写事件标题（最多 200 个字）</source>
        <translation>Please enter the case title (at most 200 characters)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="310"/>
        <source>请选择事件类别</source>
        <translation>Please choose the kind of incident</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="312"/>
        <source>请填写发现人（最多 64 个字）</source>
        <translation>Please enter who discovered it (at most 64 characters)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="314"/>
        <source>请填写发现时间</source>
        <translation>Please enter when it was discovered</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="316"/>
        <source>发现时间不能晚于现在</source>
        <translation>The discovery time cannot be in the future</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="318"/>
        <source>初步情况最多 4000 个字</source>
        <translation>The initial facts may be at most 4000 characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="457"/>
        <source>该记录已关联</source>
        <translation>That record is already linked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="488"/>
        <source>该记录未关联</source>
        <translation>That record is not linked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="490"/>
        <source>请说明取消关联的理由</source>
        <translation>Please give the reason for unlinking</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="586"/>
        <source>请为 a–e 五项因素逐一评分</source>
        <translation>Please score each of the five factors a–e</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="589"/>
        <source>评分应在 1 到 5 之间</source>
        <translation>A score must be between 1 and 5</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="592"/>
        <source>请写明第 {key} 项评分的理由（最多 200 个字）</source>
        <translation>Please give the reason for score {key} (at most 200 characters)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="596"/>
        <source>请选择事件级别</source>
        <translation>Please choose the level</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="599"/>
        <source>定级与建议不同，须说明理由</source>
        <translation>The level differs from the suggestion: please give the reason</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="604"/>
        <source>没有适用于该级别的启用预案：请在预案中设置</source>
        <translation>No active playbook covers this level: please set one up under Playbooks</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="686"/>
        <source>请先定级，再按预案处置后结案</source>
        <translation>Grade the case and run its playbook before closing it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="690"/>
        <source>还有必办步骤未完成，不能结案：{steps}</source>
        <translation>Mandatory steps are still open, so the case cannot close: {steps}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="695"/>
        <source>结案须填写处理结论和经验教训</source>
        <translation>Closing needs a conclusion and the lessons learned</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="697"/>
        <source>处理结论和经验教训各最多 4000 个字</source>
        <translation>The conclusion and the lessons may be at most 4000 characters each</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="821"/>
        <source>没有编号为 {number} 的事件</source>
        <translation>No incident case numbered {number}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="154"/>
        <source>{field}不能超过 {n} 个字</source>
        <translation>{field} cannot exceed {n} characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="178"/>
        <source>证据名称</source>
        <translation>the evidence name</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="179"/>
        <source>收集人</source>
        <translation>collected by</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="183"/>
        <source>收集时间不能晚于现在</source>
        <translation>The collection time cannot be in the future</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="196"/>
        <source>说明</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="197"/>
        <source>来源</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="198"/>
        <source>取证方式</source>
        <translation>collection method</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="201"/>
        <source>保管人</source>
        <translation>keeper</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="202"/>
        <source>原件存放位置</source>
        <translation>where the original is kept</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="235"/>
        <source>证据 {label} 已有文件；另一份文件请登记为新证据</source>
        <translation>Evidence {label} already has a file; register another file as new evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="254"/>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="412"/>
        <source>找不到该证据</source>
        <translation>Evidence not found</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="280"/>
        <source>接收人</source>
        <translation>recipient</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="281"/>
        <source>用途</source>
        <translation>purpose</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="285"/>
        <source>证据 {label} 已移交给 {holder}，尚未归还</source>
        <translation>Evidence {label} was handed over to {holder} and has not been returned</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="291"/>
        <source>接收人就是现在的保管人</source>
        <translation>The recipient is the current keeper</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="298"/>
        <source>备注</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="331"/>
        <source>证据 {label} 没有未归还的移交</source>
        <translation>Evidence {label} has no open hand-over</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="336"/>
        <source>归还时间不能早于移交时间</source>
        <translation>The return cannot be earlier than the hand-over</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="423"/>
        <source>该事件没有证据 {label}</source>
        <translation>The case has no evidence {label}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="506"/>
        <source>不是本系统打印的证据二维码</source>
        <translation>Not an evidence QR code printed by this system</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="510"/>
        <source>校验码不符：二维码内容被改动或不是本单位出具</source>
        <translation>Check code mismatch: the QR content was altered or not issued by this company</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="521"/>
        <source>本数据库中没有与二维码相符的证据记录</source>
        <translation>No evidence record in this database matches the QR code</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="523"/>
        <source>证据记录相符</source>
        <translation>Matches the evidence record</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="530"/>
        <source>找不到事件 {number}</source>
        <translation>Case {number} not found</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="226"/>
        <source>请填写预案名称（最多 100 个字）</source>
        <translation>Please enter the playbook name (at most 100 characters)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="229"/>
        <source>已有名为 {name} 的预案</source>
        <translation>A playbook named {name} already exists</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="231"/>
        <source>适用级别应在 1 到 4 之间，且由低到高</source>
        <translation>Levels must be between 1 and 4, lowest first</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="233"/>
        <source>预案至少要有一个步骤</source>
        <translation>A playbook needs at least one step</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="239"/>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="534"/>
        <source>步骤“{title}”重复</source>
        <translation>Step “{title}” appears twice</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="244"/>
        <source>期限应在 1 到 {max} 小时之间</source>
        <translation>A deadline must be between 1 and {max} hours</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="247"/>
        <source>未知的一键操作</source>
        <translation>Unknown one-click action</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="252"/>
        <source>请填写步骤名称（最多 200 个字）</source>
        <translation>Please enter the step (at most 200 characters)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="254"/>
        <source>负责人最多 64 个字，说明最多 2000 个字</source>
        <translation>The owner may be at most 64 characters, the description at most 2000</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="367"/>
        <source>找不到该预案</source>
        <translation>Playbook not found</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="461"/>
        <source>找不到该处置步骤</source>
        <translation>Step not found</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="464"/>
        <source>步骤“{title}”已办理</source>
        <translation>Step “{title}” has already been dealt with</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="475"/>
        <source>该事件没有第 {n} 步</source>
        <translation>The case has no step {n}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="499"/>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="514"/>
        <source>说明最多 2000 个字</source>
        <translation>The note may be at most 2000 characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="509"/>
        <source>“{title}”是必办步骤，不能跳过</source>
        <translation>“{title}” is mandatory and cannot be skipped</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="512"/>
        <source>请说明跳过的理由</source>
        <translation>Please give the reason for skipping</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="741"/>
        <source>该步骤没有一键操作</source>
        <translation>This step has no one-click action</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="743"/>
        <source>请先定级</source>
        <translation>Please grade the case first</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="746"/>
        <source>演练不改动真实记录：请手工演练此步后标记完成</source>
        <translation>A drill does not change real records: rehearse this step by hand, then mark it done</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/prints.py" line="508"/>
        <source>未知的维权途径</source>
        <translation>Unknown remedy route</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="200"/>
        <source>受理机关不能超过 200 个字</source>
        <translation>The authority cannot exceed 200 characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="202"/>
        <source>受理号／案号不能超过 100 个字</source>
        <translation>The reference cannot exceed 100 characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="204"/>
        <source>结果日期不能早于提交日期</source>
        <translation>The decision date cannot be earlier than the filing date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="206"/>
        <source>金额不能为负数</source>
        <translation>The amount cannot be negative</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="208"/>
        <source>有结果日期时请填写结果</source>
        <translation>Please fill in the outcome when there is a decision date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="274"/>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="310"/>
        <source>找不到该维权记录</source>
        <translation>Remedy record not found</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="359"/>
        <source>该维权途径没有这项材料：{key}</source>
        <translation>This route has no such material: {key}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="362"/>
        <source>这项材料由 TSDesk 生成，无需勾选</source>
        <translation>TSDesk produces this material; no need to tick it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="372"/>
        <source>说明不能超过 1000 个字</source>
        <translation>The note cannot exceed 1000 characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="57"/>
        <source>事件 {number} 已结案，不能再修改</source>
        <translation>Case {number} is closed and cannot be changed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="75"/>
        <source>请填写记录内容</source>
        <translation>Please enter the text</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="77"/>
        <source>记录内容不能超过 {n} 个字</source>
        <translation>The text may be at most {n} characters</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="81"/>
        <source>要更正的记录不属于该事件</source>
        <translation>The entry to correct does not belong to this case</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/anchors.py" line="98"/>
        <source>无法识别审计链头“{text}”：应为“序号:哈希”（哈希至少 12 位十六进制），或页脚二维码的内容</source>
        <translation>Cannot read the chain head &quot;{text}&quot;: expected &quot;SEQ:HASH&quot; (at least 12 hex digits of the hash) or the content of a footer QR code</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="99"/>
        <source>备份操作失败：{reason}</source>
        <translation>The backup operation failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="103"/>
        <source>备份位置 {folder} 不可用（{reason}）。请检查 U 盘或网络共享是否已连接；以前的备份未受影响。</source>
        <translation>The backup location {folder} is not available ({reason}). Check that the USB stick or network share is connected; earlier backups are unaffected.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="111"/>
        <source>备份未完成：写入 {path} 时出错（{reason}）。未完成的文件已删除，以前的备份未受影响。</source>
        <translation>The backup was not completed: writing {path} failed ({reason}). The unfinished file was deleted; earlier backups are unaffected.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="118"/>
        <source>文件 {path} 被其他程序占用（可能是杀毒软件），操作未完成。请稍后重试；以前的备份和数据库均未受影响。</source>
        <translation>The file {path} is held by another program (perhaps antivirus software); the operation was not completed. Try again later; earlier backups and the database are unaffected.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="126"/>
        <source>{path} 不是 TSDesk 备份文件，或其文件头已损坏。</source>
        <translation>{path} is not a TSDesk backup, or its header is damaged.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="130"/>
        <source>备份 {path} 由更新版本的 TSDesk 制作（格式 {version}），请升级后再打开。</source>
        <translation>The backup {path} was made by a newer TSDesk (format {version}); upgrade before opening it.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="136"/>
        <source>备份文件 {path} 已损坏或被改动（{reason}），不能用于恢复。</source>
        <translation>The backup file {path} is damaged or was altered ({reason}) and cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="142"/>
        <source>无法打开备份 {path}：所给密码或恢复密钥不能打开它。请使用备份时该操作员的密码，或备份时有效的恢复密钥。</source>
        <translation>Cannot open the backup {path}: the password or recovery key given does not open it. Use the operator&apos;s password as it was when the backup was made, or the recovery key valid at that time.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="150"/>
        <source>目标文件 {path} 已存在，不会覆盖。请另选一个新文件名。</source>
        <translation>The target file {path} already exists and will not be overwritten. Choose a new file name.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="154"/>
        <source>恢复出的数据库未通过核对（{reason}{detail}），已删除；备份文件未改动。</source>
        <translation>The restored database failed its check ({reason}{detail}) and was deleted; the backup file is unchanged.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="162"/>
        <source>文件不完整</source>
        <translation>the file is incomplete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="163"/>
        <source>SHA-256 与文件头不符</source>
        <translation>the SHA-256 does not match the header</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="164"/>
        <source>加密内容校验失败</source>
        <translation>the encrypted content failed its check</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="165"/>
        <source>清单与文件头不符</source>
        <translation>the manifest does not match the header</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="166"/>
        <source>记录数与清单不符：</source>
        <translation>row counts differ from the manifest: </translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="167"/>
        <source>审计链断开，事件序号：</source>
        <translation>the audit chain is broken at event </translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="168"/>
        <source>审计链末端与清单不符</source>
        <translation>the audit chain head differs from the manifest</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="169"/>
        <source>数据库页校验失败</source>
        <translation>database pages failed their check</translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="170"/>
        <source>附件内容与其 SHA-256 不符，附件编号：</source>
        <translation>an attachment&apos;s content does not match its SHA-256, attachment </translation>
    </message>
    <message>
        <location filename="../../tsdesk/vault/backup.py" line="171"/>
        <source>密钥槽文件与备份不符</source>
        <translation>the key-slot file does not belong to the backup</translation>
    </message>
</context>
<context>
    <name>grading</name>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="57"/>
        <source>a) 商业秘密可能带来的商业价值</source>
        <translation>a) The commercial value the trade secret may bring</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="58"/>
        <source>5＝带来重大的直接或潜在经济利益、竞争优势；1＝价值很小</source>
        <translation>5 = brings major direct or potential economic benefit or competitive advantage; 1 = little value</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="63"/>
        <source>b) 泄露后对企业造成的危害程度</source>
        <translation>b) The harm a leak would do to the company</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="64"/>
        <source>5＝泄露将造成重大损失或丧失核心竞争优势；1＝影响轻微</source>
        <translation>5 = a leak would cause major loss or cost a core competitive advantage; 1 = minor impact</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="69"/>
        <source>c) 研发成本、生命周期、技术成熟度、保密可行性及反向工程难易程度</source>
        <translation>c) Development cost, life cycle, maturity, feasibility of secrecy, ease of reverse engineering</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="72"/>
        <source>5＝投入大、生命周期长、技术成熟且难以反向工程；1＝投入小、即将过时或易被破解</source>
        <translation>5 = costly, long-lived, mature, hard to reverse-engineer; 1 = cheap, soon obsolete or easily cracked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="80"/>
        <source>d) 所在行业领域的情况、周边技术情况</source>
        <translation>d) The state of the industry and of related technologies</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="81"/>
        <source>5＝行业内领先、周边无替代方案；1＝行业内已较普遍</source>
        <translation>5 = leading in the industry with no alternatives around; 1 = already common in the industry</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="86"/>
        <source>e) 泄露后可能承担的法律责任</source>
        <translation>e) The legal liability a leak could incur</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="87"/>
        <source>5＝可能对客户、合作方承担重大违约或法律责任；1＝几乎没有</source>
        <translation>5 = major contractual or legal liability towards customers or partners; 1 = almost none</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="92"/>
        <source>f) 目前在企业内被知悉的范围</source>
        <translation>f) How widely it is currently known within the company</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="93"/>
        <source>5＝仅极少数人知悉、可严格限定；1＝已在企业内广泛知悉</source>
        <translation>5 = known to very few and strictly limited; 1 = already widely known in the company</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="101"/>
        <source>企业发展规划</source>
        <translation>Corporate development plans</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="102"/>
        <source>产品技术方案</source>
        <translation>Product technical solutions</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="103"/>
        <source>原材料资源</source>
        <translation>Raw material resources</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="104"/>
        <source>研发成本</source>
        <translation>Development cost</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="105"/>
        <source>数据、算法及代码</source>
        <translation>Data, algorithms and code</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/grading.py" line="141"/>
        <source>规则：六项因素各评 1–5 分，加权平均 S＝Σ(权重×分)/Σ权重，权重 a、b 为 3，c 为 2，d、e、f 为 1。S≥4.0 建议最高一级；S≥2.5 建议第二级；否则第三级。涉及核心竞争力（企业发展规划、产品技术方案、原材料资源、研发成本，或数据、算法及代码）的，至少建议第二级；其中 a 或 b 为 5 分的，建议最高一级。定级人可另选等级，但须说明理由。</source>
        <translation>Rule: each factor scores 1–5; weighted mean S = Σ(weight × score) / Σ weight, weights a, b = 3; c = 2; d, e, f = 1. S ≥ 4.0 suggests the highest grade, S ≥ 2.5 the second, otherwise the third. Core-competitiveness information (development plans, product technical solutions, raw material resources, development cost, or data, algorithms and code) gets at least the second grade, and the highest if a or b scores 5. The grader may choose another grade with a reason.</translation>
    </message>
</context>
<context>
    <name>incidents</name>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="70"/>
        <source>载体遗失、失窃</source>
        <translation>Carrier lost or stolen</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="71"/>
        <source>以不正当手段获取</source>
        <translation>Obtained by improper means</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="72"/>
        <source>披露、使用不正当获取的秘密</source>
        <translation>Disclosure or use of improperly obtained secrets</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="73"/>
        <source>违反保密义务披露、使用</source>
        <translation>Disclosure or use in breach of a duty of confidentiality</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="74"/>
        <source>教唆、引诱、帮助他人违反保密义务</source>
        <translation>Inducing or helping others to breach confidentiality</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="75"/>
        <source>第三人明知或应知仍获取、使用</source>
        <translation>A third party obtaining or using knowingly</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="76"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="79"/>
        <source>待定级</source>
        <translation>To grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="80"/>
        <source>处置中</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="81"/>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="84"/>
        <source>人员报告</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="85"/>
        <source>载体遗失</source>
        <translation>Carrier lost</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="86"/>
        <source>盘点缺失</source>
        <translation>Missing at stock-take</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="87"/>
        <source>伪造或未知标识</source>
        <translation>Forged or unknown label</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="88"/>
        <source>人员离职</source>
        <translation>Leaver</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="91"/>
        <source>涉及</source>
        <translation>Involved</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="92"/>
        <source>嫌疑人</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="93"/>
        <source>知情人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="96"/>
        <source>商业秘密</source>
        <translation>Trade secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="97"/>
        <source>载体</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="98"/>
        <source>涉密区域</source>
        <translation>Secret area</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="99"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="100"/>
        <source>外部单位</source>
        <translation>Outside party</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="102"/>
        <source>演练</source>
        <translation>Drill</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="117"/>
        <source>a) 商业秘密等级</source>
        <translation>a) Grade of the trade secrets</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="118"/>
        <source>5＝涉及最高等级的秘密；1＝等级很低或未涉及秘密</source>
        <translation>5 = secrets of the highest grade; 1 = a low grade or no secret involved</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="123"/>
        <source>b) 侵权方式</source>
        <translation>b) Manner of infringement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="124"/>
        <source>5＝公开或披露给第三方；4＝使用；3＝未经许可复制；1＝仅可能接触</source>
        <translation>5 = published or disclosed to a third party; 4 = used; 3 = copied without permission; 1 = only possible access</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="131"/>
        <source>c) 侵权范围、内容及涉及领域</source>
        <translation>c) Scope, content and fields concerned</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="132"/>
        <source>5＝范围广、涉及核心领域；1＝范围很小</source>
        <translation>5 = wide, core fields concerned; 1 = very narrow</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="137"/>
        <source>d) 对企业造成的影响</source>
        <translation>d) Impact on the enterprise</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="138"/>
        <source>5＝重大损失或丧失竞争优势；1＝影响轻微</source>
        <translation>5 = major loss or loss of competitive advantage; 1 = slight</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="143"/>
        <source>e) 侵权嫌疑人的情况</source>
        <translation>e) The suspect&apos;s situation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="144"/>
        <source>5＝已离职到竞争对手或身份不明、难以控制；1＝在职、可控、已配合</source>
        <translation>5 = gone to a competitor, unknown or beyond control; 1 = in post, under control, cooperating</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="153"/>
        <source>规则：五项因素各评 1–5 分，加权平均 S＝Σ(权重×分)/Σ权重，权重 a、b、d 为 2，c、e 为 1。S≥4.25 建议第 4 级；S≥3.5 建议第 3 级；S≥2.5 建议第 2 级；否则第 1 级。最高等级的秘密（a 为 5 分）被公开或披露给第三方（b 为 5 分）的，至少建议第 3 级。定级人可另选级别，但须说明理由。</source>
        <translation>Rule: each of the five factors is scored 1–5; weighted mean S = Σ(weight × score) / Σ weights, with a, b and d weighing 2 and c and e 1. S ≥ 4.25 suggests level 4; S ≥ 3.5 level 3; S ≥ 2.5 level 2; otherwise level 1. A secret of the highest grade (a = 5) published or disclosed to a third party (b = 5) suggests at least level 3. The grader may choose another level but must give the reason.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="39"/>
        <source>权利归属证据</source>
        <translation>Ownership evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="40"/>
        <source>秘密性证据</source>
        <translation>Secrecy evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="41"/>
        <source>保密措施证据</source>
        <translation>Evidence of protection measures</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="42"/>
        <source>价值性证据</source>
        <translation>Evidence of value</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="43"/>
        <source>接触行为证据</source>
        <translation>Evidence of access</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="44"/>
        <source>侵权行为证据</source>
        <translation>Evidence of the infringing act</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="45"/>
        <source>实际损失证据</source>
        <translation>Evidence of actual loss</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="46"/>
        <source>侵权获利证据</source>
        <translation>Evidence of the infringer&apos;s gain</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="47"/>
        <source>司法鉴定意见</source>
        <translation>Forensic appraisal opinion</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="48"/>
        <source>其他证据</source>
        <translation>Other evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="53"/>
        <source>公证保全</source>
        <translation>Notarised preservation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="54"/>
        <source>截图（注明时间来源）</source>
        <translation>Screenshot (with time source)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="55"/>
        <source>设备镜像</source>
        <translation>Device image</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="56"/>
        <source>原件复制</source>
        <translation>Copy of the original</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="57"/>
        <source>从 TSDesk 导出</source>
        <translation>Export from TSDesk</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/evidence.py" line="58"/>
        <source>书面证言</source>
        <translation>Written testimony</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="49"/>
        <source>法律保全所涉秘密和载体</source>
        <translation>Place legal holds on the secrets and carriers involved</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="50"/>
        <source>撤销嫌疑人的知悉权限和区域准入</source>
        <translation>Revoke the suspects&apos; access to secrets and areas</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="51"/>
        <source>封存在库的所涉载体</source>
        <translation>Seal the carriers involved that are in store</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="54"/>
        <source>待办</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="55"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/playbook.py" line="56"/>
        <source>已跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="30"/>
        <source>协商和解</source>
        <translation>Negotiated settlement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="31"/>
        <source>申请调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="32"/>
        <source>申请仲裁</source>
        <translation>Arbitration</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="33"/>
        <source>劳动仲裁</source>
        <translation>Labour arbitration</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="34"/>
        <source>行政投诉（市场监管）</source>
        <translation>Administrative complaint (market regulator)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="35"/>
        <source>民事诉讼</source>
        <translation>Civil suit</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="36"/>
        <source>诉前禁令</source>
        <translation>Pre-suit injunction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="37"/>
        <source>证据保全</source>
        <translation>Evidence preservation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="38"/>
        <source>刑事报案（公安）</source>
        <translation>Criminal report (police)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="39"/>
        <source>检察监督</source>
        <translation>Procuratorial supervision</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="75"/>
        <source>商业秘密权利人主体信息</source>
        <translation>Information on the trade-secret holder</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="76"/>
        <source>涉案商业秘密的内容和载体</source>
        <translation>Content and carriers of the secrets concerned</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="79"/>
        <source>自主研发／开发的证明材料或转让授权材料</source>
        <translation>Proof of own development, or of transfer or licence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="83"/>
        <source>不为公众所知悉的证据（如鉴定意见）</source>
        <translation>Evidence that the information is not publicly known (e.g. an appraisal)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="85"/>
        <source>现实或潜在商业价值的证据</source>
        <translation>Evidence of actual or potential commercial value</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="87"/>
        <source>采取保密措施的证据（合理保密措施证据汇编）</source>
        <translation>Evidence of protection measures (measures evidence bundle)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="89"/>
        <source>因侵权行为导致的损失</source>
        <translation>Loss caused by the infringement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="90"/>
        <source>侵权人主体信息</source>
        <translation>Information on the infringer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="92"/>
        <source>侵权人签订的保密、竞业限制协议</source>
        <translation>Confidentiality and non-compete agreements signed by the infringer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="96"/>
        <source>侵权人接触或实施侵权行为的证明材料（证据清单）</source>
        <translation>Proof of the infringer&apos;s access or infringing act (evidence list)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="101"/>
        <source>侵权行为的时间、地点、手段、后果及其他情节说明</source>
        <translation>Statement of the time, place, means, consequences and circumstances of the infringement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="104"/>
        <source>起诉状</source>
        <translation>Statement of claim</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="105"/>
        <source>申请书及担保材料</source>
        <translation>Application and security</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="108"/>
        <source>损失或获利数额的证明（立案追诉标准）</source>
        <translation>Proof of the loss or gain amount (prosecution thresholds)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="112"/>
        <source>仲裁协议</source>
        <translation>Arbitration agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="115"/>
        <source>劳动合同</source>
        <translation>Labour contract</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="118"/>
        <source>生效裁判文书及申请监督的理由</source>
        <translation>Effective judgment and the grounds for supervision</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/remedies.py" line="120"/>
        <source>受理机关要求的其他材料</source>
        <translation>Other materials the authority requires</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="18"/>
        <source>立案</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="19"/>
        <source>记录</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="20"/>
        <source>更正</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="21"/>
        <source>定级</source>
        <translation>Grading</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="22"/>
        <source>处置步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="23"/>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="24"/>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="25"/>
        <source>证据流转</source>
        <translation>Custody</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="26"/>
        <source>关联</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="27"/>
        <source>保全冻结</source>
        <translation>Legal hold</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="28"/>
        <source>控制措施</source>
        <translation>Containment</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="29"/>
        <source>维权</source>
        <translation>Remedy</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="30"/>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/timeline.py" line="31"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="456"/>
        <source>已完成：{result}</source>
        <translation>Done: {result}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/incidents/dialogs.py" line="457"/>
        <source>步骤仍待办：{result}</source>
        <translation>The step stays open: {result}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../tsdesk/ui/messages.py" line="17"/>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../tsdesk/services/people.py" line="53"/>
        <location filename="../../tsdesk/services/people.py" line="315"/>
        <source>在职</source>
        <translation>Employed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="54"/>
        <location filename="../../tsdesk/services/people.py" line="318"/>
        <source>离职</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="58"/>
        <source>全部知悉</source>
        <translation>Full knowledge</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="59"/>
        <source>部分知悉（限定秘密点）</source>
        <translation>Partial (listed secret points)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="60"/>
        <source>仅限查阅</source>
        <translation>Consultation only</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="63"/>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="64"/>
        <source>未生效</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="65"/>
        <source>已到期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="66"/>
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="306"/>
        <location filename="../../tsdesk/services/people.py" line="316"/>
        <source>调岗中</source>
        <translation>Changing job</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="307"/>
        <location filename="../../tsdesk/services/people.py" line="317"/>
        <source>离职中</source>
        <translation>Leaving</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="308"/>
        <source>手续事项到期</source>
        <translation>Procedure items due</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="309"/>
        <source>缺保密协议</source>
        <translation>No NDA</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="310"/>
        <source>离职仍有权限</source>
        <translation>Left, still holding access</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="311"/>
        <source>临时授权 30 天内到期</source>
        <translation>Temporary grant ends within 30 days</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/people.py" line="143"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/people/person.py" line="113"/>
        <source>缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="332"/>
        <source>（离职）</source>
        <translation> (left)</translation>
    </message>
</context>
<context>
    <name>procedures</name>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="64"/>
        <source>入职</source>
        <translation>Joining</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="65"/>
        <source>调岗</source>
        <translation>Job change</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="66"/>
        <source>离职</source>
        <translation>Leaving</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="71"/>
        <source>签订保密协议</source>
        <translation>Sign the NDA</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="72"/>
        <source>参加入职保密培训</source>
        <translation>Attend induction secrecy training</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="73"/>
        <source>事项</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="74"/>
        <source>知悉授权</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="75"/>
        <source>区域准入</source>
        <translation>Area access</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="76"/>
        <source>载体</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="77"/>
        <source>保管的载体</source>
        <translation>Carrier in custody</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="78"/>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="79"/>
        <source>签署岗位变动协议</source>
        <translation>Sign the job change agreement</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="80"/>
        <source>签署离职保密承诺书</source>
        <translation>Sign the exit confidentiality pledge</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="81"/>
        <source>竞业限制决定</source>
        <translation>Non-compete decision</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="85"/>
        <source>保留</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="86"/>
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="87"/>
        <source>已归还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="88"/>
        <source>已擦除</source>
        <translation>Wiped</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="89"/>
        <source>已签署</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="90"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="91"/>
        <source>不需要</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="92"/>
        <source>签订竞业限制</source>
        <translation>Sign a non-compete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="93"/>
        <source>放弃竞业限制</source>
        <translation>Waive non-compete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/procedures.py" line="94"/>
        <source>已移交保管</source>
        <translation>Custody handed over</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="57"/>
        <source>技术信息—设计信息</source>
        <translation>Technical—Design</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="58"/>
        <source>技术信息—软件信息</source>
        <translation>Technical—Software</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="59"/>
        <source>技术信息—其他技术信息</source>
        <translation>Technical—Other technical</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="60"/>
        <source>经营信息—经营信息</source>
        <translation>Business—Operations</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="61"/>
        <source>经营信息—管理信息</source>
        <translation>Business—Management</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="62"/>
        <source>经营信息—客户、供应商与合作方信息</source>
        <translation>Business—Customers/suppliers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="63"/>
        <source>经营信息—财务信息</source>
        <translation>Business—Finance</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="64"/>
        <source>经营信息—人力资源信息</source>
        <translation>Business—Human resources</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="65"/>
        <source>经营信息—其他经营信息</source>
        <translation>Business—Other business</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="66"/>
        <source>其他商业信息</source>
        <translation>Other commercial information</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="69"/>
        <source>拟定</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="70"/>
        <source>已确定</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="71"/>
        <source>已解密</source>
        <translation>Declassified</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="72"/>
        <source>已销毁</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="73"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="76"/>
        <source>本地信息系统</source>
        <translation>Local information system</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="77"/>
        <source>云端存储</source>
        <translation>Cloud storage</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="78"/>
        <source>硬件存储设备</source>
        <translation>Hardware storage device</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="79"/>
        <source>纸质资料</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="81"/>
        <location filename="../../tsdesk/services/register/core.py" line="84"/>
        <source>长期</source>
        <translation>Long-term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="83"/>
        <source>至某日</source>
        <translation>Until a date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="85"/>
        <source>至某事件发生</source>
        <translation>Until an event</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="89"/>
        <source>a) 不属于公知信息和基础理论</source>
        <translation>a) is not public knowledge or basic theory</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="90"/>
        <source>b) 不属于已申请并公开的专利技术信息</source>
        <translation>b) is not technical information in a filed and published patent</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="91"/>
        <source>c) 公众不能通过反向工程等合法途径获得</source>
        <translation>c) cannot be obtained by the public through reverse engineering or other lawful means</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="92"/>
        <source>d) 不属于法律、法规、规章及司法解释规定的其他情形</source>
        <translation>d) is none of the other cases set out in laws, regulations, rules and judicial interpretations</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="96"/>
        <source>a) 不为公众所知悉：不含公共数据、开源代码和第三方已公开代码</source>
        <translation>a) Not publicly known: contains no public data, open-source code or third-party published code</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="99"/>
        <source>b) 具有商业价值，作为较高等级的商业秘密保护</source>
        <translation>b) Has commercial value and is protected as a higher-grade trade secret</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="100"/>
        <source>c) 保密措施能抵御物理及互联网双重风险</source>
        <translation>c) Confidentiality measures withstand both physical and internet risks</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="104"/>
        <source>a) 因技术进步等因素，已不再具有保护价值</source>
        <translation>a) No longer worth protecting, owing to technical progress or other factors</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="107"/>
        <source>b) 已被合法公开</source>
        <translation>b) Has been lawfully disclosed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="108"/>
        <source>c) 企业自主决定不再作为商业秘密予以保护</source>
        <translation>c) The company has decided not to protect it as a trade secret any longer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="113"/>
        <source>维持不变</source>
        <translation>Keep unchanged</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="114"/>
        <source>需变更等级或期限</source>
        <translation>Change grade or term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="115"/>
        <source>建议解密</source>
        <translation>Recommend declassification</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="118"/>
        <source>商业秘密确定审批</source>
        <translation>Trade secret confirmation approval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="119"/>
        <source>商业秘密变更审批</source>
        <translation>Trade secret change approval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/core.py" line="120"/>
        <source>商业秘密解密审批</source>
        <translation>Trade secret declassification approval</translation>
    </message>
</context>
<context>
    <name>register_io</name>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="57"/>
        <source>序号</source>
        <translation>Seq.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="64"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="70"/>
        <source>秘密主题</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="77"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="84"/>
        <source>保密等级</source>
        <translation>Confidentiality grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="91"/>
        <source>保密期限</source>
        <translation>Confidentiality term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="98"/>
        <source>主责部门</source>
        <translation>Responsible department</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="104"/>
        <source>责任人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="110"/>
        <source>保密范围</source>
        <translation>Scope of knowers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="116"/>
        <source>存储方式</source>
        <translation>Storage</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="123"/>
        <source>秘密点</source>
        <translation>Secret points</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="129"/>
        <source>描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="133"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/columns.py" line="136"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="401"/>
        <source>{source}：发现 {n} 处问题，未导入任何记录。</source>
        <translation>{source}: {n} problem(s) found; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="410"/>
        <source>{source}：已导入 {n} 项商业秘密（状态“拟定”，须经审批确定）；沿用文件编号 {kept} 项，自动编号 {generated} 项。</source>
        <translation>{source}: imported {n} trade secrets (status “Draft”, to be confirmed by approval); {kept} kept the file&apos;s number, {generated} were numbered automatically.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="424"/>
        <source>新建部门：{names}</source>
        <translation>New departments: {names}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register_io/importing.py" line="430"/>
        <source>新建人员：{names}</source>
        <translation>New people: {names}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="44"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="49"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="77"/>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="96"/>
        <source>导出商业秘密清单</source>
        <translation>Export the Trade Secret Register</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="97"/>
        <source>导出的 Excel / CSV 文件不受数据库加密保护，任何能打开该文件的人都能看到其中的商业秘密信息。本次导出将记入审计日志。

请妥善保管导出文件，用后及时删除。确定要导出吗？</source>
        <translation>An exported Excel / CSV file is not protected by the database&apos;s encryption: anyone who can open it can read the trade secret information in it. This export will be recorded in the audit log.

Keep the exported file safe and delete it after use. Export now?</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="110"/>
        <source>导出为</source>
        <translation>Export as</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="111"/>
        <source>商业秘密清单.xlsx</source>
        <translation>trade-secret-register.xlsx</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="112"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="126"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="133"/>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="134"/>
        <source>已导出 {count} 项商业秘密到
{path}</source>
        <translation>Exported {count} trade secrets to
{path}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="145"/>
        <source>下载导入模板</source>
        <translation>Download import template</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="146"/>
        <source>商业秘密清单导入模板.xlsx</source>
        <translation>Trade secret register import template.xlsx</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="147"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="161"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="162"/>
        <source>无法写入文件：{reason}</source>
        <translation>Cannot write the file: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="169"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="170"/>
        <source>导入模板已保存到
{path}
填写后用“导入…”导入。</source>
        <translation>The import template was saved to
{path}
Fill it in, then import it with &quot;Import...&quot;.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="194"/>
        <source>正在生成 PDF…</source>
        <translation>Creating the PDF…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="216"/>
        <source>商业秘密台账</source>
        <translation>Trade Secret Ledger</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="229"/>
        <source>商业秘密详情单</source>
        <translation>Trade Secret Detail Sheet</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/register_io_actions.py" line="241"/>
        <source>审批表</source>
        <translation>Approval Form</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="599"/>
        <source>涉密区域超过 6 个月未盘点</source>
        <translation>Areas not stock-taken for 6 months</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/areas.py" line="604"/>
        <source>存放载体的在用区域，6 个月内没有完成的盘点。</source>
        <translation>Areas in use that hold carriers and have no finished stock-take in the last 6 months.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="906"/>
        <source>借出逾期未还</source>
        <translation>Loans overdue</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="913"/>
        <source>借出在外</source>
        <translation>Carriers on loan</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="920"/>
        <source>封存检查到期</source>
        <translation>Seal checks due</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="923"/>
        <source>封存的载体应按期检查封存状态。</source>
        <translation>Sealed carriers must have their seal checked on schedule.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="928"/>
        <source>遗失的载体</source>
        <translation>Lost carriers</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/carriers/core.py" line="931"/>
        <source>登记为遗失、尚未找回的载体。</source>
        <translation>Carriers recorded as lost and not found again.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="884"/>
        <source>载体尚未打印标识</source>
        <translation>Carriers without a printed label</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/labels.py" line="889"/>
        <source>在库、借出、送修或封存的载体，从未打印过保密标识。</source>
        <translation>Carriers in store, on loan, out for repair or sealed whose confidentiality label was never printed.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="751"/>
        <source>离职人员仍有知悉或进入权限</source>
        <translation>Leavers still holding access</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="754"/>
        <source>已离职，但仍是有效的知悉人或可进入涉密区域：请撤销。</source>
        <translation>Left the company but still an authorised knower or admitted to a secret area: revoke it.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="758"/>
        <source>临时知悉授权 30 天内到期</source>
        <translation>Temporary grants ending within 30 days</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="761"/>
        <source>到期后授权自动失效；如仍需知悉，请重新授权。</source>
        <translation>A grant ends by itself on its end date; grant again if the person still needs to know.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="765"/>
        <source>调岗手续未完成</source>
        <translation>Job changes not completed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="768"/>
        <source>调岗后须逐项确认知悉权限、区域准入和所持载体的保留或撤销，并签署岗位变动协议。</source>
        <translation>After a job change, each grant, area access and carrier held must be kept or ended explicitly, and the job change agreement signed.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="775"/>
        <source>离职手续未完成</source>
        <translation>Leaving procedures not completed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="778"/>
        <source>载体归还、权限撤销、设备归还或擦除、承诺书签署和竞业限制决定办完后才能完成离职。</source>
        <translation>A leaving completes only once carriers are returned, access revoked, devices returned or wiped, the pledge signed and the non-compete decided.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="785"/>
        <source>人事保密手续事项已到期</source>
        <translation>Staff procedure items due</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/people.py" line="788"/>
        <source>入职、调岗或离职手续中有事项已到期仍未办结，如保密协议、入职培训。</source>
        <translation>An item of a joining, job change or leaving procedure is due and not settled, such as the NDA or the induction training.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/searching.py" line="488"/>
        <source>拟定事项待定密</source>
        <translation>Proposals awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/searching.py" line="495"/>
        <source>审查已到期</source>
        <translation>Reviews due</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/searching.py" line="498"/>
        <source>已确定的商业秘密，下次审查日期已到或已过。</source>
        <translation>Confirmed trade secrets whose next review date has come or passed.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/searching.py" line="503"/>
        <source>保密期限已届满</source>
        <translation>Terms ended</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/searching.py" line="510"/>
        <source>保密期限 30 天内届满</source>
        <translation>Terms ending within 30 days</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/searching.py" line="513"/>
        <source>含已届满的；届满前应审查是否延长或解密。</source>
        <translation>Includes ended terms; before a term ends, decide whether to extend or declassify.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/searching.py" line="519"/>
        <source>保密期限 90 天内届满</source>
        <translation>Terms ending within 90 days</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/register/searching.py" line="522"/>
        <source>含已届满的。</source>
        <translation>Includes ended terms.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/vault_admin.py" line="87"/>
        <source>数据密钥和恢复密钥已使用</source>
        <translation>Age of the data key and recovery key</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/applications.py" line="302"/>
        <source>基地申报自评未达标的条件</source>
        <translation>Base application: conditions not yet met</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/applications.py" line="307"/>
        <source>已计划申报商业秘密保护基地：按第十条等条件自评尚未满足的项目，点击查看差距及处理页面。</source>
        <translation>A base application is planned: the self-assessment items not yet met; click to see the gaps and the pages that fix them.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/applications.py" line="317"/>
        <source>距基地申报截止（9月30日）</source>
        <translation>Until the 30 Sept. deadline</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/applications.py" line="322"/>
        <location filename="../../tsdesk/services/vault_admin.py" line="91"/>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/applications.py" line="323"/>
        <source>申报材料须于计划年度 9 月 30 日前报送县（市、区）市场监管局。</source>
        <translation>The application must reach the county (city, district) market regulation bureau by 30 September of the planned year.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/vault_admin.py" line="92"/>
        <source>自创建数据库或上次更换数据密钥以来的天数。更换数据密钥后，旧的恢复密钥失效，须打印并保管新的恢复密钥页。</source>
        <translation>Days since the database was created or the data key was last changed. Changing the data key makes the old recovery key useless: print and keep the new recovery sheet.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="187"/>
        <source>知悉人缺少生效的保密协议</source>
        <translation>Knowers without an NDA in force</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="191"/>
        <source>这些在职人员可知悉商业秘密，但没有生效中的员工保密协议。</source>
        <translation>These employees may know trade secrets but have no employee NDA in force.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="196"/>
        <source>协议 30 天内到期</source>
        <translation>Agreements ending within 30 days</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="200"/>
        <source>到期后协议不再约束对方：请续签或确认不再需要。</source>
        <translation>Once ended, the agreement no longer binds the other side: renew it or confirm it is no longer needed.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="205"/>
        <source>已签署待生效的协议</source>
        <translation>Signed agreements to put in force</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="209"/>
        <source>生效日期已到，请在“协议”页将其标记为生效。</source>
        <translation>Their effective date has come: mark them in force on the Agreements page.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="214"/>
        <source>竞业限制补偿 1 个月未付</source>
        <translation>Non-compete compensation unpaid 1 month</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="218"/>
        <source>有一个月的补偿过了应付日仍未登记支付。</source>
        <translation>One month&apos;s compensation is past due and not recorded as paid.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="223"/>
        <source>竞业限制补偿 2 个月未付</source>
        <translation>Non-compete compensation unpaid 2 months</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="227"/>
        <source>再有一个月未付，劳动者即可解除竞业限制约定：请尽快支付并登记。</source>
        <translation>One more unpaid month and the employee may end the restriction: pay and record it soon.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="234"/>
        <source>竞业限制补偿 3 个月以上未付</source>
        <translation>Non-compete compensation unpaid 3+ months</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/agreements/__init__.py" line="238"/>
        <source>已连续三个月以上未支付补偿，劳动者可以解除竞业限制约定。</source>
        <translation>Compensation unpaid for three months or more: the employee may end the restriction.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="212"/>
        <source>超过一年未参加保密培训</source>
        <translation>No secrecy training for over a year</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="217"/>
        <source>在职人员每年至少参加一次保密培训：请安排培训。</source>
        <translation>Staff in service attend secrecy training at least once a year: arrange a session.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="224"/>
        <source>新员工未按期参加保密培训</source>
        <translation>New staff not trained in time</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="229"/>
        <source>新员工应在入职后规定天数内接受保密培训（天数见设置）。</source>
        <translation>New staff are to be trained within the set number of days after joining (see Settings).</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="238"/>
        <source>检查整改措施逾期</source>
        <translation>Inspection actions overdue</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="243"/>
        <source>已过整改期限仍未关闭：请督促责任人并登记整改佐证。</source>
        <translation>Past their due date and still open: follow up with the owner and record the evidence.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="250"/>
        <source>检查整改措施 14 天内到期</source>
        <translation>Inspection actions due within 14 days</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/__init__.py" line="255"/>
        <source>整改期限临近：完成后登记整改佐证并关闭。</source>
        <translation>Due soon: once done, record the evidence and close them.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="243"/>
        <source>销毁申请待审批</source>
        <translation>Destruction requests awaiting approval</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="254"/>
        <source>已批准的销毁逾期未执行</source>
        <translation>Approved destructions overdue</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="259"/>
        <source>批准后超过规定天数仍未执行的销毁。</source>
        <translation>Destructions not carried out within the set number of days after approval.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="266"/>
        <source>期满或已解密仍在库的载体</source>
        <translation>Ended or declassified carriers in store</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="271"/>
        <source>所载商业秘密已解密或保密期限届满、仍在库的载体：请申请销毁或决定保留。</source>
        <translation>Carriers in store whose trade secret is declassified or past its term: request destruction or decide to keep them.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="280"/>
        <source>已被替代仍在库的载体</source>
        <translation>Superseded carriers still in store</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/destruction/__init__.py" line="285"/>
        <source>在载体页标记为已被替代的副本或旧版本：请申请销毁。</source>
        <translation>Copies or old versions marked as superseded on the Carriers page: request their destruction.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="364"/>
        <source>备份已超过规定间隔或从未备份</source>
        <translation>Backup overdue or never made</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="368"/>
        <source>最近一次备份早于备份间隔（设置见“备份”页），或从未制作过备份。</source>
        <translation>The last backup is older than the backup interval (see the Backup page), or no backup was ever made.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="377"/>
        <source>备份未做恢复演练或校验</source>
        <translation>Backups not drilled or checked</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/backup.py" line="381"/>
        <source>在规定天数内没有对备份做过校验或恢复演练，备份能否恢复尚未证实。</source>
        <translation>No backup was checked or restore-drilled within the set number of days: whether the backups restore is not proven.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="253"/>
        <source>年度工作方案事项逾期未完成</source>
        <translation>Programme items overdue</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/compliance/programme.py" line="258"/>
        <source>工作方案中计划日期已过、尚无记录或确认完成的事项（培训、检查、演练等）。</source>
        <translation>Programme items past their due date with no record or confirmation (training, inspections, drills …).</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="911"/>
        <source>处置中的泄密事件</source>
        <translation>Leak incidents under way</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="916"/>
        <source>尚未结案的泄密事件（不含演练），按级别见应急处置页。</source>
        <translation>Leak incidents not yet closed (drills excluded); by level on the Incidents page.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="923"/>
        <source>事件处置步骤已超期</source>
        <translation>Incident steps overdue</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="928"/>
        <source>处置中的事件有步骤已过期限仍未办理。</source>
        <translation>Active incidents have steps past their deadline.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="935"/>
        <source>应急演练到期</source>
        <translation>Leak-response drill due</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/incidents/cases.py" line="940"/>
        <source>距上次泄密应急演练已超过设定的间隔，或从未演练：请组织一次演练。</source>
        <translation>The last leak-response drill is older than the set interval, or there has been none: please hold a drill.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="63"/>
        <location filename="../../tsdesk/ui/common.py" line="69"/>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="64"/>
        <location filename="../../tsdesk/ui/common.py" line="70"/>
        <source>保密员</source>
        <translation>Secrecy officer</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="65"/>
        <location filename="../../tsdesk/ui/common.py" line="71"/>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/operators.py" line="66"/>
        <location filename="../../tsdesk/ui/common.py" line="72"/>
        <source>审计员</source>
        <translation>Auditor</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="210"/>
        <source>解密</source>
        <translation>Declassify</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="258"/>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="530"/>
        <source>定级助手…</source>
        <translation>Grading Assistant…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_detail.py" line="537"/>
        <source>申请销毁…</source>
        <translation>Request destruction…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="72"/>
        <source>已过期 {n} 天</source>
        <translation>Expired {n} d ago</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="74"/>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="76"/>
        <source>剩 {n} 天</source>
        <translation>{n} d left</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="79"/>
        <source>剩 {m} 个月</source>
        <translation>{m} mo left</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="81"/>
        <source>剩 {y} 年</source>
        <translation>{y} y left</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="82"/>
        <source>剩 {y} 年 {m} 个月</source>
        <translation>{y} y {m} mo left</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="92"/>
        <source>至{event}</source>
        <translation>Until {event}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="139"/>
        <source>如：产品正式发布、项目开标结束</source>
        <translation>e.g. product launch, or the tender is opened</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="156"/>
        <source>变更保密等级或期限</source>
        <translation>Change Grade or Term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="165"/>
        <source>{number} {subject}
变更经另一名审批人当面确认后生效，并生成变更审批表。</source>
        <translation>{number} {subject}
The change takes effect once another approver confirms it in person, and a change approval form is produced.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="181"/>
        <source>保密等级</source>
        <translation>Confidentiality grade</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="182"/>
        <source>保密期限</source>
        <translation>Confidentiality term</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="183"/>
        <source>变更理由</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="217"/>
        <source>{number} {subject}
解密后该信息不再作为商业秘密管理，记录保留。</source>
        <translation>{number} {subject}
Once declassified, this information is no longer managed as a trade secret; the record is kept.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="234"/>
        <source>写明具体情况，如：该机型已停产，技术已被新一代替代</source>
        <translation>Give the details, e.g. the model is discontinued and its technology superseded</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="239"/>
        <source>解密情形</source>
        <translation>Grounds for declassification</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="240"/>
        <source>具体理由</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="241"/>
        <source>解密日期</source>
        <translation>Declassification date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="264"/>
        <source>{number} {subject}
作废用于录入错误或重复的记录；编号不再使用，记录保留。</source>
        <translation>{number} {subject}
Void is for records entered in error or duplicated; the number is never reused and the record is kept.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="268"/>
        <source>该商业秘密已确定，作废须经另一名审批人确认。</source>
        <translation>This trade secret is confirmed: voiding it needs another approver&apos;s confirmation.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="273"/>
        <source>作废原因</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="286"/>
        <source>记录审查</source>
        <translation>Record Review</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="293"/>
        <source>{number} {subject}
{grade}每 {months} 个月审查一次；本次审查后顺延。</source>
        <translation>{number} {subject}
{grade} is reviewed every {months} months; this review moves the next one on.</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="304"/>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="309"/>
        <source>审查结论</source>
        <translation>Review outcome</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="310"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="311"/>
        <source>审查日期</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="370"/>
        <source>暂不能定密</source>
        <translation>Cannot confirm yet</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="371"/>
        <source>请先编辑补全：
</source>
        <translation>Complete these first:
</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="375"/>
        <source>定密审批：{number} {subject}</source>
        <translation>Confirmation approval: {number} {subject}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="392"/>
        <source>变更审批：{number} {subject}</source>
        <translation>Change approval: {number} {subject}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="409"/>
        <source>解密审批：{number} {subject}</source>
        <translation>Declassification approval: {number} {subject}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="427"/>
        <source>作废审批：{number} {subject}</source>
        <translation>Void approval: {number} {subject}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="481"/>
        <source>变更审批（定级）：{number} {subject}</source>
        <translation>Change approval (grading): {number} {subject}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="510"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="511"/>
        <source>定密审批…</source>
        <translation>Confirm as Secret…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="512"/>
        <source>变更等级/期限…</source>
        <translation>Change Grade/Term…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="513"/>
        <source>解密…</source>
        <translation>Declassify…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="514"/>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/register/secret_actions.py" line="515"/>
        <source>记录审查…</source>
        <translation>Record Review…</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../tsdesk/vault/banner.py" line="16"/>
        <source>保密提示：本系统存储本企业商业秘密。您对在此查看、处理的信息负有保密义务，未经授权不得复制、传播或向他人披露；所有操作均被记录审计。</source>
        <translation>Confidentiality notice: this system holds the company&apos;s trade secrets. Do not copy, distribute or disclose what you see here without authorisation. Every action is audited.</translation>
    </message>
</context>
<context>
    <name>stocktake</name>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="44"/>
        <source>已找到</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="45"/>
        <source>缺失</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="46"/>
        <source>位置不符</source>
        <translation>Wrong place</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="47"/>
        <source>不应存在</source>
        <translation>Should not exist</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="78"/>
        <source>在册，位置相符</source>
        <translation>Registered, in the right place</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="79"/>
        <source>在册，位置相符（手工输入编号，标签未验证）</source>
        <translation>Registered, in the right place (number typed by hand, label not verified)</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="80"/>
        <source>在册，位置相符；此为已被补打取代的旧标签，应收回</source>
        <translation>Registered, in the right place; this is an old label replaced by a reprint and should be withdrawn</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="83"/>
        <source>在册，位置相符；标签上的等级、期限或责任单位已变，应重新打印</source>
        <translation>Registered, in the right place; the grade, term or responsible unit on the label has changed, so reprint it</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="86"/>
        <source>应在此处，未扫描到</source>
        <translation>Expected here but not scanned</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="87"/>
        <source>登记在其他区域或位置</source>
        <translation>Registered in another area or location</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="88"/>
        <source>登记为借出</source>
        <translation>Registered as on loan</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="89"/>
        <source>登记为送外维修</source>
        <translation>Registered as out for repair</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="90"/>
        <source>登记为遗失</source>
        <translation>Registered as lost</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="91"/>
        <source>登记为已销毁</source>
        <translation>Registered as destroyed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="92"/>
        <source>所涉商业秘密均已作废或销毁</source>
        <translation>All its trade secrets are void or destroyed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="93"/>
        <source>标签伪造或被改动</source>
        <translation>Label forged or altered</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="94"/>
        <source>无法识别的编码</source>
        <translation>Unrecognised code</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="110"/>
        <source>真实</source>
        <translation>Genuine</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="111"/>
        <source>伪造</source>
        <translation>Forged</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="112"/>
        <source>无法识别</source>
        <translation>Unrecognised</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/stocktake.py" line="113"/>
        <source>未验证</source>
        <translation>Not verified</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="35"/>
        <source>计划中</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="36"/>
        <source>已检查，整改中</source>
        <translation>Inspected, actions open</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="37"/>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="47"/>
        <source>整改逾期</source>
        <translation>Actions overdue</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/inspections.py" line="48"/>
        <source>整改 14 天内到期</source>
        <translation>Actions due within 14 days</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/sessions.py" line="40"/>
        <source>新员工</source>
        <translation>New staff</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/sessions.py" line="41"/>
        <source>重点岗位人员</source>
        <translation>Key posts</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/sessions.py" line="42"/>
        <source>全体员工</source>
        <translation>All staff</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/sessions.py" line="376"/>
        <source>超过一年未培训</source>
        <translation>Not trained for over a year</translation>
    </message>
    <message>
        <location filename="../../tsdesk/services/training/sessions.py" line="377"/>
        <source>新员工未按期培训</source>
        <translation>New staff not trained in time</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../tsdesk/ui/workers.py" line="125"/>
        <source>无法访问文件 {path}：{reason}</source>
        <translation>Cannot access the file {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../tsdesk/ui/workers.py" line="128"/>
        <source>发生意外错误（{kind}），详情已写入日志。</source>
        <translation>An unexpected error occurred ({kind}); details were written to the log.</translation>
    </message>
</context>
</TS>
