"""The reader's word classes, each defined once, with an example that belongs and one that does not.

Every stage (page shape, roles, exchanges, commitments) builds its patterns from these classes,
so a word added here is known everywhere.  ``tests/unit/test_lexicon.py`` checks that each
class matches its positive example and refuses its negative one.

Adding a rule: put the words in the class they belong to (or a new :class:`WordClass` with its two
examples), build the pattern from the class with :meth:`WordClass.alt`, and write a unit case in
the project's own words that fails without the rule. The commitment and act lists at the end
(moved here from the former ``extract/vocab.py``) are still plain tuples without examples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from inquiry_tracker.extract.firstchars import compile_guarded


@dataclass(frozen=True)
class WordClass:
    """A named set of words; ``yes`` must match :attr:`pattern` somewhere, ``no`` must not."""

    name: str
    words: tuple[str, ...]
    yes: str
    no: str
    #: how a match is anchored when the class is tested: "search" (anywhere), "full" (whole string)
    test: str = "search"

    def alt(self) -> str:
        """A regex alternation of the words, longest first (so 住房和城乡建设局 wins over 局)."""
        return "(?:" + "|".join(re.escape(w) for w in sorted(set(self.words), key=len, reverse=True)) + ")"

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.alt())

    @cached_property
    def whole(self) -> frozenset[str]:
        """The words as a set, for testing a whole string (one lookup, no pattern)."""
        return frozenset(self.words)

    def holds(self, text: str) -> bool:
        if self.test == "full":
            return text in self.whole
        return bool(self.pattern.search(text))


# --------------------------------------------------------------------------- who asks, who answers

ASKER = WordClass(
    "asker",
    ("网友", "网民", "市民", "听众", "读者", "群众", "居民", "业主", "村民", "家长", "来信人", "留言人",
     "用户", "现场观众", "观众", "现场群众", "市民代表", "网友代表", "微信好友"),
    yes="业主反映:小区门口的路灯坏了", no="区住建局回复:已修复", test="search")

#: the citizen's label on its own ("网友: …", "佚名: …"): a group, or the anonymous writer
ASKER_ALONE = WordClass(
    "asker alone", ("网友", "网民", "市民", "听众", "读者", "居民", "群众", "佚名", "匿名"),
    yes="佚名:路灯不亮了", no="区住建局回复:", test="search")

#: a service named by its trade alone, answering in a paper's column ("市政回复:", "交警回复:")
SERVICE_RESPONDER = WordClass(
    "service responder",
    ("市政", "城管", "交警", "供电", "供水", "自来水", "燃气", "公交", "环卫", "园林", "电信", "移动", "联通",
     "街道", "社区", "物业", "房管", "规划", "国土", "水务", "气象", "路灯所"),
    yes="市政", no="市民", test="full")

#: how a page names a citizen by surname alone ("林先生来电反映:", "王女士投诉:")
ASKER_TITLE = WordClass(
    "asker title", ("先生", "女士", "同志", "同学", "大爷", "阿姨", "老人", "师傅"),
    yes="林先生", no="林局长", test="search")

ASK_VERB = WordClass(
    "ask verb",
    ("来电咨询", "来电反映", "来电", "提问", "咨询", "留言", "反映", "来信", "投诉", "建议", "求助", "问"),
    yes="来电反映", no="回复")

#: a word that says a text answers ("市交通局回复:", "XX就该问题答复:")
REPLY_VERB = WordClass("reply verb", ("回复", "答复", "回覆", "答覆", "回应", "回函", "的回复", "的答复", "答", "复"),
                       yes="答复:", no="咨询:")

#: endings that make a phrase a public body (departments.py builds its name patterns from these)
ORG_SUFFIX = WordClass(
    "organisation suffix",
    ("人民政府办公室", "人民政府", "政府办公室", "政府", "委员会", "管委会", "办事处", "街道办",
     "指挥部", "领导小组", "工作组", "工作专班", "局", "委", "厅", "办", "中心", "公司", "集团", "支行", "分行", "银行",
     "支队", "大队", "中队", "派出所", "所", "站", "处", "院", "馆", "队", "部", "街道", "社区",
     "镇", "乡", "热线", "工作室", "联合会", "总工会", "团委", "妇联", "残联", "科", "股", "室", "城投", "交投"),
    yes="市交通运输局", no="幸福小区门口")

#: zones run by a management committee that answer in their own name, however long the name
#: ("某某高新技术产业开发区答复如下:"); a housing estate (小区) is none
ZONE = WordClass(
    "administrative zone",
    ("开发区", "高新区", "经开区", "新区", "园区", "示范区", "试验区", "保税区", "度假区", "管理区"),
    yes="青禾高新技术产业开发区", no="青禾花园小区")

#: a person speaking for a body, cut off a responder to leave the body ("交通运输局网络发言人")
SPOKESPERSON = WordClass(
    "spokesperson",
    ("网络发言人", "新闻发言人", "发言人", "相关负责人", "有关负责人", "负责人", "负责同志", "工作人员",
     "相关人员", "便民服务员", "值班人员", "客服"),
    yes="交通运输局网络发言人", no="交通运输局")

#: the part a body plays in a project, written before its name ("据该项目的承建方某集团负责人介绍")
PROJECT_ROLE = WordClass(
    "project role",
    ("承建方", "建设方", "施工方", "业主方", "建设单位", "施工单位", "承建单位"),
    yes="该项目的承建方某城投", no="该项目的某城投")

#: verbs that attribute words to a speaker ("…负责人介绍", "市长表示")
SPEECH_VERB = WordClass(
    "speech verb",
    ("表示", "介绍", "透露", "称", "说", "指出", "回答", "答复", "坦言", "强调", "承诺", "宣布", "告诉记者", "提出",
     "证实", "明确表示", "解释", "回应", "获悉", "了解到", "得知", "提到", "发布消息", "传来消息", "通报", "反馈"),
    yes="相关负责人介绍", no="相关负责人陪同")

#: an official's title ("局长", "副指挥长"); a title and a name speak for the office before it
TITLE = WordClass(
    "official title",
    ("局长", "主任", "经理", "总经理", "书记", "科长", "处长", "站长", "所长", "队长", "董事长", "院长",
     "校长", "区长", "县长", "市长", "镇长", "部长", "厅长", "主席", "行长", "总监", "指挥长", "总工程师",
     "调研员", "副局长", "副主任", "组长"),
    yes="副指挥长", no="指挥部")

# --------------------------------------------------------------------------- page fields

#: field names whose value is the citizen's text
FIELD_QUESTION = WordClass(
    "question field",
    ("信件内容", "来信内容", "留言内容", "问题内容", "咨询内容", "诉求内容", "反映内容", "投诉内容",
     "留言详情", "问题描述", "诉求描述", "来信摘要", "信件摘要", "事项内容", "具体内容", "问题详情",
     "内容", "内 容", "问题案例", "来信", "建议内容", "提案内容", "建议摘要", "提案摘要", "信访内容",
     "建议提案标题", "建议标题", "提案标题", "建议名称", "提案名称"),
    yes="信件内容", no="回复内容", test="full")

#: field names whose value is the office's answer
FIELD_REPLY = WordClass(
    "reply field",
    ("回复内容", "答复内容", "信件回复", "回复意见", "答复意见", "办理意见", "办理结果", "办理情况",
     "处理结果", "处理情况", "处理意见", "办理回复", "回复情况", "答复情况", "官方回复", "部门回复",
     "回复", "答复", "信息反馈", "回复正文", "解答内容", "部门反馈", "官方反馈", "反馈内容", "部门回应",
     "官方回应", "办理答复", "回信", "办理复文", "答复复文", "复文", "最终回复意见", "最终答复意见", "最终回复",
     "最终答复", "回复信息", "答复信息", "回复详情", "办理信息", "处理信息"),
    yes="办理结果", no="信件内容", test="full")

#: field names whose value is the replying office
FIELD_OFFICE = WordClass(
    "office field",
    ("回复部门", "回复单位", "答复单位", "回复人", "答复人", "答复部门", "受理单位", "受理部门", "办理单位", "办理部门",
     "承办单位", "承办部门", "回复机构", "处理单位", "处理部门", "责任单位", "接收部门", "答复机构",
     "回复机关", "交办单位", "联系单位", "主办单位", "答复单位名称", "文章来源", "发布机构", "办理机构",
     "问政部门", "问政对象", "留言对象", "投诉对象", "咨询对象", "信息来源", "处置部门", "处置单位", "所属部门",
     "回文单位", "收文单位", "经办单位", "经办部门"),
    yes="受理单位", no="受理时间", test="full")

#: field names whose value is the letter's title (the question when no text is printed)
FIELD_TITLE = WordClass(
    "title field",
    ("信件名称", "信件标题", "来信标题", "留言标题", "信件主题", "留言主题", "标题", "主题", "事项名称", "诉求标题", "来信主题"),
    yes="信件标题", no="信件内容", test="full")

#: a task table's column of tasks ("序号 | 民生实事 | 责任单位 | 完成时限")
TABLE_TASK = WordClass(
    "task column",
    ("民生实事", "实事项目", "目标任务", "工作任务", "重点任务", "任务", "事项", "项目名称", "项目", "工作内容",
     "具体内容", "主要内容", "建设内容", "重点工作", "工作事项", "任务内容"),
    yes="民生实事", no="责任单位", test="full")

#: a task table's column of responsible offices
TABLE_OFFICE = WordClass(
    "office column",
    ("责任单位", "责任部门", "牵头单位", "牵头部门", "主责单位", "责任主体", "负责单位", "承办单位",
     "牵头单位及责任人", "责任单位及责任人", "实施单位", "主办单位"),
    yes="责任单位", no="完成时限", test="full")

#: a task table's column of time limits
TABLE_TIME = WordClass(
    "time column",
    ("完成时限", "时间节点", "完成时间", "时限", "时间要求", "完成期限", "办结时限", "计划完成时间", "时间安排",
     "进度安排", "完成时限要求", "时限要求"),
    yes="完成时限", no="民生实事", test="full")

#: field names whose value is page metadata
FIELD_META = WordClass(
    "metadata field",
    ("受理编号", "信件编号", "信件编码", "留言编号", "编号", "信件分类", "信件类型", "留言类型", "类型",
     "提交时间", "回复时间", "答复时间", "回信时间", "办理时间", "受理时间", "写信时间", "来信时间",
     "留言时间", "提问时间", "发布时间", "时间", "写信人", "来信人", "留言人", "姓名", "姓 名",
     "浏览量", "浏览次数", "点击", "状态", "信件状态", "办理状态", "处理状态", "是否公开", "公开",
     "来源", "作者", "满意度", "回复满意度评价", "评价", "所属地区", "地区", "问题类别", "类别", "诉求编号",
     "诉求来源", "诉求类型", "递交时间", "来信类型"),
    yes="回复时间", no="回复内容", test="full")

# --------------------------------------------------------------------------- roles of a block

#: an addressee that makes a greeting the citizen's, not the office's ("尊敬的县长:您好")
OFFICIAL_ADDRESSEE = WordClass(
    "official addressee",
    ("领导", "书记", "市长", "县长", "区长", "镇长", "乡长", "局长", "主任", "政府", "部门", "处长", "科长",
     "站长", "所长", "校长", "院长", "经理", "有关部门", "相关部门", "委员会"),
    yes="尊敬的县长或镇长", no="尊敬的网友")

#: how a reply that carries no label opens
REPLY_OPENING = re.compile(
    r"^(?:[“\"「]?[^\s:：,，。!！?？]{1,16}[”\"」]?(?:网友|先生|女士|同志|代表|委员)?\s*[:：,，]?\s*)?"
    r"(?:您好|你好|您们好)"
    r"|^(?:来信|留言|来函|来电|您的来信|您的留言)(?:已)?收悉"
    r"|^(?:尊敬的|亲爱的)[^\s:：,，。]{0,16}(?:网友|市民|朋友|先生|女士|人|您)?\s*[:：,，]?\s*(?:您好|你好)?"
    # "您于10月4日通过问政平台反映的问题,某乡人民政府已经收悉,现将…答复如下"
    r"|^(?:您|你)(?:于[^,，。]{0,20}?)?(?:通过[^,，。]{0,24}?)?(?:反映|咨询|留言|提出|来信反映)的[^。]{0,40}?(?:收悉|收到|答复如下|回复如下)"
    # "收到市民反映的问题,我镇领导非常重视,…现将情况回复如下:": the office acknowledging the message
    r"|^收到(?:市民|网友|群众|居民|您|你)(?:的)?(?:反映|来信|留言|咨询|诉求)[^。]{0,60}?(?:答复如下|回复如下)"
)

#: what follows a greeting in a citizen's own message ("您好,请问…", "你好,听闻…", "您好,我是…")
ASKING_AFTER_GREETING = WordClass(
    "asking after a greeting",
    ("请问", "我是", "我们", "我想", "我家", "我在", "想问", "想咨询", "咨询", "听闻", "听说", "本人", "小区"),
    yes="您好,请问地铁何时开通", no="您好!来信收悉")

#: a holding reply: an acknowledgement that promises an answer, answering nothing yet
HOLDING_REPLY = compile_guarded(
    r"(?:请(?:您)?(?:耐心)?等待(?:回复|答复|处理结果)?|正在(?:进行)?(?:核实|调查|办理|处理)(?:中|处理)?[,，。]?\s*(?:请|稍后|待)|"
    r"已(?:转交|转至|转给|转办|核转)[^。]{0,30}(?:办理|处理)[,，。]\s*(?:请|待|办理结果|后续)|已关注[,，。]\s*请|"
    r"(?:收悉|已收到)[^。]{0,20}(?:将|会)(?:进一步|尽快|及时)?(?:上网)?(?:告知|回复|答复|反馈)|"
    # a status line: "本事件已受理。", "您的诉求已签收"
    r"^\s*(?:本|该|此|您的)?(?:事件|诉求|留言|信件|件|问题)已(?:受理|签收|接收|登记)[。!！]?\s*$)"
)

#: the reporter's source opening a paragraph, after a date: "12月20日,小编从某管委会了解到,"
SOURCE_TOLD = re.compile(
    r"(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日|昨日|昨天|今天|日前|随后)?[,，]?\s*(?:记者|小编|笔者)[^,，。]{0,6}?(?:从|向)"
    r"(?P<org>[^,，。]{2,30}?)(?:了解到|获悉|获知|得知|证实)\s*[,，:：]")

#: a day written out, its year optional: "2月24日", "2023年5月9日"
WRITTEN_DAY = r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}[日号]"

#: an answer worded in an office's own voice ("下一步,我们将…", "经核实,…")
OFFICE_VOICE = WordClass(
    "office voice",
    ("我们将", "我局", "我单位", "我委", "我中心", "下一步", "经核实", "经查", "经调查", "力争", "计划于", "预计"),
    yes="下一步,我们将加快推进", no="请问什么时候能开园")

#: a line that only carries a date or a date and time (a signature's or a post's stamp)
DATE_LINE = re.compile(
    r"^\s*(?:(?:19|20)\d\d\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*$"
)

#: a message board's processing state, printed on a line of its own between a message and
#: its answer
MESSAGE_STATUS = WordClass(
    "message status",
    ("已处理", "已办结", "已回复", "已答复", "已受理", "处理中", "办理中", "已解决", "未解决", "已评价", "待评价",
     "已反馈", "已转办", "办结", "已完成"),
    yes="已办结", no="襄阳市樊城区", test="full")

#: a signature run on after the body's last sentence, closing its line: "…施工。某某局2015年7月10日"
SIGNED_END = re.compile(
    r"(?:局|委|政府|办|办公室|办事处|中心|公司|支队|大队|街道|镇|乡|处|站)\s*"
    r"(?:19|20)\d\d\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2})\s*$")


def signed_at_end(line: str) -> bool:
    """Does ``line`` close with an office's signature and its date (:data:`SIGNED_END`)?"""
    s = line.rstrip()
    return s[-1:] in ("日", *"0123456789") and bool(SIGNED_END.search(s[-60:]))


#: a forum post's header ("某某 发表于 2015/7/13 15:33"): a new post begins
POST_STAMP = re.compile(r"发表于\s*(?:19|20)\d\d")

#: a news story's dateline, where its lede opens: "本报讯", "某某网9月3日讯", "新华社长沙5月8日电"
#: (a story's subheadings bring none; the next story on an e-paper page brings its own)
NEWS_DATELINE = re.compile(
    r"本报讯|本报消息|本台消息|本网讯|新华社[^,，。\n]{0,12}?电"
    r"|[\u4e00-\u9fff]{2,8}(?:日报|晚报|新闻网|网|台|报)\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*讯"
)

#: courtesy and contact sentences that close a reply (not part of its body)
CLOSING = re.compile(
    r"(?:如有(?:其他|任何|相关)?(?:疑问|问题|建议|需要)|咨询电话|联系电话|联系人|联系方式|特此回复|特此答复|"
    r"感谢您(?:的|对)|谢谢您(?:的|对)|欢迎继续|再次感谢)"
)

#: a web page's own furniture, never a question or a reply ("显示全部楼层", "来自手机")
PAGE_CHROME = WordClass(
    "page chrome",
    ("显示全部楼层", "只看该作者", "来自手机", "发表于", "楼主", "举报", "打印本页", "关闭窗口", "分享到",
     "返回顶部", "收藏本文", "上一篇", "下一篇", "相关阅读", "相关链接", "责任编辑", "扫一扫", "微信扫码",
     "字号", "打印正文", "阅读次数", "浏览次数", "留言已被查看", "当前位置", "首页", "版权所有", "满意度调查",
     "评论区", "备案号", "关注我们"),
    yes="显示全部楼层", no="请问何时修好")

#: bare headings of a record whose field names the copy lost: "信件信息" over the message's
#: values (number, kind, date, title, text), "回复信息" over the answer's (office, date, text)
SECTION_ASKED = WordClass(
    "heading over the message",
    ("信件信息", "来信信息", "留言信息", "咨询信息", "诉求信息", "问题信息", "投诉信息", "来信内容信息"),
    yes="信件信息", no="信件标题", test="full")
SECTION_ANSWERED = WordClass(
    "heading over the answer",
    ("回复信息", "答复信息", "办理信息", "处理信息", "回复内容信息", "办理结果信息"),
    yes="回复信息", no="回复时间", test="full")

#: what makes a sentence ask ("何时通车?", "能否延长…"), not tell
ASKING = WordClass(
    "asking",
    ("何时", "什么时候", "啥时候", "几时", "哪天", "多久", "什么时间", "能否", "能不能", "是否", "有没有", "如何",
     "怎么", "为什么", "为何", "请问", "?", "？"),
    yes="3.东环路何时能通车", no="3.东环路已于去年通车。")

#: a reply saying the thing asked will not be done for now: the dated plans it told before are
#: context ("全县今年的任务是…"), not the answer
REFUSAL = WordClass(
    "refusal",
    ("暂时不能解决", "暂时无法解决", "暂不能解决", "暂无法解决", "暂时难以解决", "暂时不能实施", "暂时无法实施",
     "暂不能实施", "暂时无法安排", "暂不能安排", "暂无建设计划", "暂无改造计划", "暂无实施计划", "暂无修建计划",
     "暂无相关计划", "暂不具备建设条件", "暂不具备实施条件", "暂不具备改造条件", "暂不具备条件"),
    yes="因县级财力困难,暂时不能解决", no="因学校未建,暂时无法确定划分区域")

#: words answering points in order: "首先,关于…。其次,…。最后,…"
ORDINAL = WordClass(
    "ordinal",
    ("首先", "其次", "再次", "然后", "第一", "第二", "第三", "第四", "第五", "最后"),
    yes="其次,关于公交线路的问题", no="次日")

# --------------------------------------------------------------------------- answer letters

#: who a 建议/提案 answer letter is addressed to ("王天秀代表:", "刘佳委员:", "各位代表:")
#: (a party group puts forward a 提案 too, and the answer greets it: "民盟某县总支:")
DELEGATE = WordClass("delegate", ("代表", "委员", "代表们", "委员们", "代表团", "议员", "总支", "支部", "支社"),
                     yes="刘佳委员", no="刘佳同志")
#: the delegate's suggestion, as the letter quotes it ("关于加快城北路建设的建议")
SUGGESTION = WordClass("suggestion", ("建议", "提案", "议案", "意见", "批评意见"), yes="关于修路的建议", no="关于修路的答复")

# --------------------------------------------------------------------------- exchanges told in news

#: a citizen's message as a news story reports it ("有网友在问政平台留言", "市民通过热线反映")
REPORTED_ASK = WordClass(
    "reported ask",
    ("留言", "反映", "询问", "提问", "咨询", "发帖", "建议", "投诉", "求助", "来电", "提出", "迫切希望", "盼望",
     "写信", "来信", "发邮件", "电子邮件", "评论到", "评论道", "评论说", "爆料"),
    yes="有网友在问政平台留言", no="该局回复称")
#: how a story reports the office's answer ("对此,X回复称", "X回应表示", "X进行了公开答复")
REPORTED_REPLY = WordClass(
    "reported reply",
    ("回复称", "回复表示", "回复说", "答复称", "答复表示", "回应称", "回应表示", "回应说", "回复:", "答复:",
     "回复：", "答复：", "就此回复,", "就此回复，", "对此回复,", "对此回复，", "回应,", "回应，", "回应:", "回应：", "答复,", "答复，", "回复,", "回复，", "进行了回复", "进行回复", "作出了回复", "作出了答复", "作出了回应", "做出了回复", "做出了答复", "做出答复", "做出回复", "做出回应", "做出了回应", "进行了答复", "回复,称", "回复，称", "答复,称", "答复，称", "作出回复", "作出答复", "作出回应", "负责人表示", "负责人介绍", "负责人称",
     "工作人员表示", "工作人员介绍", "工作人员称", "回复“", "答复“", "回应“", "回复如下:", "回复如下：", "答复如下:", "答复如下：",
     "回答说", "回答称", "回答表示", "在回复中表示", "在回复中称", "在答复中表示", "在答复中称",
     # a reporter reading the reply: "官方回复显示,…", "答复指出,…"
     "回复显示", "答复显示", "回复指出", "答复指出", "回应指出",
     # "某局对此给出了回复:", "留言很快得到了某局的回复。经查,…"
     "给出了回复", "给出回复", "给出了答复", "给予了回复", "给予回复", "给予了答复", "的回复。", "的答复。",
     # a write-up of a live 问政: "某局局长某某回复道:“…”"
     "回复道", "答复道", "回答道"),
    yes="市住建局回复表示", no="网友留言称")


# --------------------------------------------------------------------------- places works are named by

#: rivers a bridge or a tunnel is named across ("双碑嘉陵江大桥", often called 双碑大桥 alone)
RIVER = WordClass(
    "river",
    ("长江", "黄河", "嘉陵江", "珠江", "湘江", "赣江", "汉江", "闽江", "钱塘江", "松花江", "乌江", "淮河", "渭河",
     "沅江", "资江", "西江", "北江", "东江", "岷江", "沱江", "金沙江", "澜沧江", "黑龙江", "辽河", "海河", "瓯江",
     "富春江", "邕江", "柳江", "漓江", "韩江", "九龙江", "涪江", "大渡河", "雅砻江", "清江", "汾河", "洛河", "伊河",
     "沂河", "藉河", "浑河", "太子河", "嫩江", "牡丹江", "图们江", "鸭绿江", "汉水", "綦江", "渠江", "澧水", "耒水",
     "郁江", "浔江", "红水河", "南盘江", "北盘江", "怒江", "雅鲁藏布江", "塔里木河", "伊犁河", "湟水", "洮河", "泾河",
     "无定河", "汀江", "晋江", "木兰溪", "椒江", "甬江", "曹娥江", "秦淮河", "京杭运河", "运河"),
    yes="嘉陵江", no="大桥")


# --------------------------------------------------------------------------- commitments and acts
# (used by the commitment, deadline and subject stages; kept as plain tuples and patterns)

#: a notice's window for cutting a service or closing a road: its end is when the service comes
#: back ("停电起始时间为4月14日13:00—18:00", "断交时间:…至2022年10月31日")
OUTAGE_TIME = ("停电时间", "停电起始时间", "停电起止时间", "停水时间", "停气时间", "停暖时间", "断交时间", "封闭时间",
               "管制时间")

#: words that commit an authority to a future act ("计划", "将", "力争年底前…")
COMMITMENT = (
    "计划于", "计划在", "计划", "筹划于", "筹划在", "定于", "定在", "预计于", "预计在", "预计", "力争在", "力争于", "力争", "争取在", "争取",
    "确保在", "确保于", "确保", "将于", "将在", "将会", "将", "拟于", "拟在", "拟", "有望", "预期",
    "可望", "要在", "要于", "还会有", "又会有", "也会有", "将会有", "务必", "力求", "必须在", "会在", "会于", "可于", "可在", "准备", "打算",
    "安排在", "安排于", "目标是", "有信心", "就能", "就可以", "就可", "便可", "便能", "须在", "须于", "需在", "需于", "应在", "应于", "必须", "限期", "限于", "要求其", "要求", "责令", "督促", "按计划", "根据计划", "按照计划", "按期", "如期", "全力冲刺", "冲刺",
    # a task's time limit as a notice sets it ("完成时限为今年12月底前")
    "时限为", "时限均为", "期限为", "期限均为",
    *OUTAGE_TIME,
)

#: a directive's modal: "(各地)要…", "必须…" — a mandate binds the dated steps after it in its sentence
#: (要 read first and the character before it looked at after, so re skips ahead to 要/必/务)
MANDATE = re.compile(r"要(?<![主需重只想不还就也总]要)(?![求点素闻么是])(?=[\u4e00-\u9fff])|必须|务必")

#: acts whose completion a reporter can check later
ACTION_VERBS = (
    "停电", "停水", "停气", "断交",
    "竣工交付", "建成通车", "建成投用", "建成投产", "投入使用", "投入运营", "投入运行", "投运", "兑付", "正式运营", "开放", "开通",
    "通车", "投用", "启用", "竣工", "交付", "完工", "建成", "完成", "落成", "开工", "动工", "开建",
    "启动", "实施", "发放", "到位", "搬迁", "迁移", "整改", "上线", "开业", "营业", "运营", "运行",
    "供水", "供电", "通水", "通气", "供气", "实现", "归集", "移交", "安装", "改造", "修复", "维修",
    "拆除", "建设", "办结", "答复", "解决", "恢复", "开学", "招生", "交房", "通电", "亮灯", "铺设",
    "硬化", "修建", "新建", "扩建", "提质", "清理", "治理", "验收", "挂牌", "出台", "印发", "发布",
    "公布", "兑现", "支付", "补贴", "拨付", "退还", "处理", "处置", "清运", "覆盖", "接入", "并网",
    "贯通", "打通", "合龙", "封顶", "复工", "关停", "绿化", "施工", "推进", "开展", "组织", "落实", "部署", "收尾", "达产",
    "投产", "清零", "开园", "到账", "结清", "销号", "完毕", "办好", "办妥", "达标", "动建", "补植", "栽植", "种植", "栽种", "更换", "修缮", "整修", "翻修", "大修", "疏通", "换发", "开馆", "开街", "开诊", "通航", "供热", "供暖", "淘汰", "新增", "试运营", "试运行", "用上", "通上", "注水", "正常使用", "批复", "核准", "发电",
    "交钥匙", "修通", "全部结束", "全面结束", "合拢",
    # ready by a date: a school for pupils, a road for traffic, a plant for power
    "具备入学条件", "具备办学条件", "具备开学条件", "具备招生条件", "具备通车条件", "具备通行条件", "具备使用条件",
    "具备交付条件", "具备开放条件", "具备运营条件", "具备投用条件", "具备入住条件", "具备带电条件", "具备通水条件",
)

#: words that name one act (开工 = 动工 = 开建; 合龙 = 合拢; 完工 = 竣工 = 建成; 投用 = 启用…), by the
#: word each stands for: a reply's date answers the act asked, a start reported keeps a start promised
ACT_FAMILY = {
    "动工": "开工", "开建": "开工", "动建": "开工", "破土": "开工", "奠基": "开工", "合拢": "合龙", "洞通": "贯通",
    "架通": "贯通", "竣工": "完工", "建成": "完工", "开通": "通车", "投入使用": "投用", "启用": "投用",
    "招生": "开学", "开园": "开学", "建好": "完工", "修好": "完工", "运行": "投用", "投入运行": "投用",
}


def same_act(a: str | None, b: str | None) -> bool:
    """``a`` and ``b`` name one act (开工 and 动工; not 开工 and 合龙)."""
    if not a or not b:
        return False
    return ACT_FAMILY.get(a, a) == ACT_FAMILY.get(b, b)


#: preparatory work, whose finish is not the finish of the job asked about: "11月完成征地组卷,
#: 12月开工建设" answers with the works, not the paperwork before them
GROUNDWORK = WordClass(
    "groundwork",
    ("规划设计", "设计方案", "前期工作", "前期手续", "可研", "立项", "招标", "报批", "审批", "方案设计",
     "初步设计", "施工图", "征地", "组卷", "用地报批", "土地征收", "征收补偿", "环评", "手续办理",
     "调研", "勘察", "勘测", "论证", "评审"),
    yes="11月末完成征地组卷", no="11月末完成路面铺设")

#: acts that start work, and acts that finish it ("明年春季开工建设,2022年秋季开园招生")
START_ACT = re.compile(r"开工|动工|动建|开建|启动|进场|招标|开始|立项|选址")
#: a structure of a work, done before the whole ("两个主塔已经完工", "桥面铺装完成"): a report
#: of it is progress, not the work kept
WORK_PART = WordClass(
    "part of a work",
    ("主体", "主塔", "桥塔", "索塔", "桥墩", "主墩", "引桥", "匝道", "路基", "桩基", "箱梁", "桥面"),
    yes="两个主塔已经完工", no="大桥已经完工")

FINISH_ACT = re.compile(
    r"建成|完工|竣工|交付|开放|开通|通车|投用|投入使用|投入运营|启用|运营|开园|招生|开学|恢复|完成|到位|"
    r"发放|贯通|通水|通气|供水|供气|办结|完毕|实现|修复|解决|搬迁|上线|开业|兑现|兑付|拨付|支付|投产|投运|投入运行|清零|验收"
)

#: an act's time set, right before the date ("全线通车时间为2011年4月底", "竣工时间定为明年10月")
ACT_TIME_SET = re.compile(
    "(?:" + START_ACT.pattern + "|" + FINISH_ACT.pattern + r")(?:的)?(?:时间|日期)(?:节点)?"
    r"(?:为|是|定为|定在|定于|预计为|预计在|预计是|计划为|计划在|初定为|初定在|初步定为|预定为)\s*")

#: contexts where a date is an invitation, a sale or an event, not a commitment
NON_PROMISE = re.compile(
    r"网友可以|网友可|市民可以|市民可|读者可|群众可|可通过|欢迎|报名|投稿|征集|参赛|评选|"
    r"优惠|秒杀|折起|抢购|霸王餐|直播|门票|抽奖|促销|特价|团购|领取优惠|截止报名|即可参与|"
    # events on a date, not acts to check: a race, an opening ceremony, a meeting
    r"鸣枪|开跑|开赛|开幕式|推进会|调度会|部署会|动员会|现场会|播出|首播|开播|"
    # hearsay, not anyone's commitment
    r"有消息称|有消息说|消息称|据传|网传|传言|传闻"
)
#: hearsay anywhere before the date in its sentence: "此前有消息称,该馆预计2025年投用"
HEARSAY = re.compile(r"有消息称|有消息说|消息称|据传|网传|传言|传闻"
                     # a netizen's tip or what sites reported ("据网友…爆料:新闻报道…", "有部分网站…报道指")
                     r"|爆料|网站[^。,，]{0,12}报道指|公众号报道")

#: a statement already done
#: the part of a building a step is reached by, written between a date and the step ("月底|主体结构|完工",
#: "月底|二层|封顶")
BUILDING_PART = r"(?:主体(?:结构|工程)?|主线|主桥|[一二三四五六七八九十\d]{1,2}层)"

PAST_DONE = re.compile(r"已(?:经)?(?:于|在)?|业已|早已|均已|全部已|已全部|曾")

_VERB_ALT = "|".join(sorted(ACTION_VERBS, key=len, reverse=True))
#: a verb that is the start of a place name is no act: 建设路, 解放街, 发展大道, 新建巷
_PLACE_AFTER = r"(?!路(?![面段灯网况线基])|街(?!道)|大道|大街|巷|桥(?![梁面]))"
#: reaching a state a reporter can check: 达到竣工验收标准, 达到试生产条件, 达到比赛要求
_REACH = r"达到(?=[^，,。；;]{0,12}?(?:标准|条件|要求)|[\d一二三四五六七八九十百千万])"
#: (behind its first characters: most positions fail there, not in a hundred verbs)
ACTION_RE = compile_guarded(f"(?:{_VERB_ALT}){_PLACE_AFTER}|{_REACH}")
_COMMIT_ALT = "|".join(sorted(COMMITMENT, key=len, reverse=True))
COMMIT_RE = re.compile(_COMMIT_ALT)

#: where one clause ends and the next begins
CLAUSE_BREAK = re.compile(r"[,，;；。!！?？:：\n]")
#: (an ASCII "." between Chinese characters ends a sentence too: pages typed with ASCII punctuation)
ASCII_STOP = r"(?<=[\u4e00-\u9fff”）)])\.(?=\s?[\u4e00-\u9fff“（(])"


def stops(chars: str) -> re.Pattern[str]:
    """One of ``chars``, or an ASCII stop (:data:`ASCII_STOP`), as a pattern that opens with a
    single class — so ``re`` skips ahead to the stops — and keeps a "." only between Chinese
    characters by looking back and ahead once it has read it."""
    return re.compile(rf"[{chars}.](?:(?<!\.)|(?<=[\u4e00-\u9fff”）)]\.)(?=\s?[\u4e00-\u9fff“（(]))")


SENTENCE_END = stops("。!！?？;；\n")


#: no real sentence is longer; a run without a full stop is cut into pieces this long (at a
#: clause break where there is one), which keeps every per-sentence step linear in the text
LONGEST_SENTENCE = 400


def _cut_long(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while e - s > LONGEST_SENTENCE:
        hard = s + LONGEST_SENTENCE
        breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, s + LONGEST_SENTENCE // 2, hard)]
        cut = breaks[-1] if breaks else hard
        spans.append((s, cut))
        s = cut
    if text[s:e].strip():
        spans.append((s, e))


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the sentences of ``text[start:end]`` (terminator included)."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    s = start
    for m in SENTENCE_END.finditer(text, start, end):
        e = m.end()
        # keep a closing quote or bracket with its sentence
        while e < end and text[e] in "”」』)）":
            e += 1
        if text[s:e].strip():
            _cut_long(text, s, e, spans)
        s = e
    if s < end and text[s:end].strip():
        _cut_long(text, s, end, spans)
    return spans
