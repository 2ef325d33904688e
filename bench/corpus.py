"""Generate a synthetic year-of-newspapers corpus for speed and import benchmarks.

Usage::

    python -m bench.corpus N OUTDIR [--seed S]

``generate_corpus(n_docs, seed, out_dir)`` returns ``[(name, text), ...]`` and, when ``out_dir`` is
given, writes each document there as UTF-8.  Documents average about 16 KB (3,000 ≈ 50 MB) and mix
what real local pages carry: mastheads and source lines with dates (several styles, some pages
without a date), news prose with dated promises and many dated sentences that are not promises
(past events, meetings, statistics, calls for entries, promotions, plan horizons), 网络问政 columns
in the label families of docs/design.md (网友提问/回复, 【网友留言】, 问/答, bare responders, relays,
pronouns, 留言板 table exports, signed replies, trailers, one-line exchanges with editor tags,
承办单位/办理结果), and e-paper damage (sentences broken across blank lines, 下转/上接 markers,
captions, bylines, blocks printed twice).  Output is deterministic for a seed; every document is
distinct, and about 5% of documents reprint an exchange from an earlier document, as papers do.

Only the standard library is used.  No ground truth is produced: this corpus measures speed and
robustness, while accuracy is measured on ``tests/data/pages``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import string
import sys
import time
from pathlib import Path

# --------------------------------------------------------------------------- vocabulary

CITIES = ["云溪", "青岚", "澧阳", "南屏", "溪川", "明川", "长河", "清河", "汀州", "梧桐", "临江", "石湾",
          "金沙", "凤栖", "柳城", "桐江", "安澜", "松原", "白鹭", "苍梧"]
DISTRICT_SUFFIX = ["城东", "城西", "城南", "城北", "江滨", "江北", "高新", "经开", "滨湖", "河西", "老城", "新港"]
ROADS = ["人民", "解放", "建设", "中山", "学府", "翠湖", "滨江", "光华", "东风", "金沙", "桂花", "枫林",
         "迎宾", "站前", "湖滨", "新华", "五一", "朝阳", "友谊", "和平", "青年", "文化", "长青", "望江"]
ROAD_KIND = ["路", "大道", "街", "巷", "北路", "南路", "东路", "西路"]
ESTATES = ["桂花苑", "翠竹园", "阳光城", "锦绣华庭", "幸福里", "金桂苑", "滨江花园", "红星小区", "枫林小区",
           "学府小区", "书香门第", "御景湾", "紫薇苑", "和谐家园", "康居小区", "碧水湾", "时代花园",
           "瑞景苑", "丽都花园", "东方明珠小区"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈"
GIVEN = "晓婷敏文毅亦恩小弓小平家勇伟丽红军强静磊娜涛洋佳昊蕾凯明华芳杰峰超琳雪梅鹏飞宇航"

DEPTS = [  # (full, short)
    ("市住房和城乡建设局", "市住建局"), ("市自然资源和规划局", "市自然资源和规划局"),
    ("市城市管理局", "市城管局"), ("市交通运输局", "市交通运输局"), ("市教育局", "市教育局"),
    ("市卫生健康委员会", "市卫健委"), ("市人力资源和社会保障局", "市人社局"),
    ("市生态环境局", "市生态环境局"), ("市水务局", "市水务局"), ("市市场监督管理局", "市市场监管局"),
    ("市医疗保障局", "市医保局"), ("市民政局", "市民政局"), ("市商务局", "市商务局"),
    ("市文化旅游体育局", "市文旅体局"), ("市公安局交通警察支队", "市交警支队"),
    ("市发展和改革委员会", "市发改委"), ("市农业农村局", "市农业农村局"),
]
DISTRICT_DEPTS = ["住建局", "城管执法局", "教育局", "水务局", "生态环境分局", "人民政府", "政府"]
COMPANIES = ["国网{c}供电公司", "{c}水务集团有限公司", "{c}港华燃气有限公司", "{c}市热力公司",
             "{c}市公交集团", "{c}市城市建设投资集团有限公司"]
OUTLET_KINDS = ["日报", "晚报", "都市报", "新闻网", "广播电视台"]
WEEKDAYS = "一二三四五六日"
CN_DIGITS = "〇一二三四五六七八九"

# --------------------------------------------------------------------------- small helpers


def cn_num(n: int) -> str:
    """Chinese numeral for 1..99 (十, 二十一 …)."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def cn_year(y: int) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(y))


_FW = str.maketrans("0123456789-:", "０１２３４５６７８９－：")


def fullwidth(s: str) -> str:
    return s.translate(_FW)


class Ctx:
    """Per-document random state and names."""

    def __init__(self, rnd: random.Random, pub: dt.date, doc_no: int) -> None:
        self.r = rnd
        self.pub = pub
        self.doc_no = doc_no
        self.city = rnd.choice(CITIES)
        self.district = rnd.choice(DISTRICT_SUFFIX) + "区"

    def person(self) -> str:
        r = self.r
        return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2))))

    def road(self) -> str:
        return self.r.choice(ROADS) + self.r.choice(ROAD_KIND)

    def estate(self) -> str:
        return self.r.choice(ESTATES)

    def dept(self) -> str:
        r = self.r
        x = r.random()
        if x < 0.55:
            full, short = r.choice(DEPTS)
            return short if r.random() < 0.6 else full
        if x < 0.75:
            return self.district + r.choice(DISTRICT_DEPTS)
        if x < 0.9:
            return r.choice(COMPANIES).format(c=self.city)
        return r.choice((r.choice(ROADS) + "街道办事处", self.district, self.city + "市12345热线办"))

    def num(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def money(self) -> str:
        return f"{self.r.randint(1, 980)}.{self.r.randint(0, 9)}亿元" if self.r.random() < 0.5 \
            else f"{self.r.randint(20, 9800)}万元"

    def pct(self) -> str:
        return f"{self.r.randint(1, 30)}.{self.r.randint(0, 9)}%"

    # dates ---------------------------------------------------------------
    def past_day(self, max_back: int = 60) -> dt.date:
        return self.pub - dt.timedelta(days=self.r.randint(1, max_back))

    def md(self, d: dt.date, style: int | None = None) -> str:
        style = self.r.randint(0, 9) if style is None else style
        if style == 0:
            return f"{cn_num(d.month)}月{cn_num(d.day)}日"
        return f"{d.month}月{d.day}日"

    def deadline(self) -> str:
        """A future deadline phrase in one of many printed forms (no ground truth needed)."""
        r, pub = self.r, self.pub
        m = (pub.month + r.randint(1, 8) - 1) % 12 + 1
        yr = pub.year + (1 if m < pub.month else 0)
        k = r.randint(0, 22)
        if k == 0:
            return f"{m}月底前"
        if k == 1:
            return f"{m}月底"
        if k == 2:
            return f"{m}月{r.choice((10, 15, 20, 25, 28, 30))}日前"
        if k == 3:
            return r.choice(("年底前", "年内", "今年底", "年底"))
        if k == 4:
            return r.choice(("明年上半年", "明年底", "明年一季度", "明年6月", "明年春季"))
        if k == 5:
            return f"{m}月{r.choice(('上旬', '中旬', '下旬'))}"
        if k == 6:
            return r.choice(("一季度", "二季度", "三季度", "四季度", "下半年", "上半年"))
        if k == 7:
            return r.choice(("春节前", "国庆节前", "中秋节前", "元旦前", "五一前", "端午节前"))
        if k == 8:
            return f"{r.choice(('三', '两', '六', '3', '6'))}个月内"
        if k == 9:
            return f"{r.choice((7, 10, 15, 20, 30))}{r.choice(('天内', '日内', '个工作日内'))}"
        if k == 10:
            return f"{cn_num(m)}月底前"
        if k == 11:
            return fullwidth(f"{m}月底")
        if k == 12:
            return f"{yr}年{m}月底前"
        if k == 13:
            return f"{cn_year(yr)}年{cn_num(m)}月"
        if k == 14:
            return f"{m}月左右"
        if k == 15:
            return f"{m}至{min(12, m + 1)}月"
        if k == 16:
            return "春节前后"
        if k == 17:
            return f"{m} 月底"
        if k == 18:
            return f"{m}月份"
        if k == 19:
            return f"今年{m}月" if m >= pub.month else f"明年{m}月"
        if k == 20:
            return "半年内"
        if k == 21:
            return f"{yr}年底前"
        return f"{m}月中旬前"


def hedge(c: Ctx) -> str:
    return c.r.choice(("计划", "预计", "力争", "争取", "确保", "将于", "计划于", "预计于", "拟于", ""))


# --------------------------------------------------------------------------- prose

GENERIC = [
    "{city}坚持以人民为中心的发展思想,把群众“急难愁盼”问题作为工作的出发点和落脚点。",
    "各级各部门要进一步提高政治站位,压实工作责任,确保各项任务落地见效。",
    "会议强调,要坚持问题导向,聚焦群众反映强烈的突出问题,拿出过硬措施。",
    "{dept}相关负责人表示,将持续优化服务流程,提升群众办事的便利度和满意度。",
    "走进{estate},只见道路平整宽阔,绿树成荫,居民们在小广场上健身、聊天,其乐融融。",
    "“以前一到下雨天,门口就是一片汪洋,现在好了,再也不用蹚水出门了。”家住{road}的{person}说。",
    "据介绍,该项目总投资{money},建成后将有效改善周边{n}万居民的出行条件。",
    "近年来,{city}持续加大民生投入,一批打基础、利长远、惠民生的项目相继落地。",
    "记者在现场看到,工人们正在紧张有序地施工,挖掘机、压路机来回穿梭。",
    "为确保施工安全,项目部在施工区域设置了围挡和警示标识,并安排专人疏导交通。",
    "{dept}要求,各责任单位要倒排工期、挂图作战,全力以赴加快项目建设进度。",
    "下一步,{city}将持续深化“放管服”改革,不断优化营商环境。",
    "活动现场气氛热烈,志愿者们为居民提供了义诊、法律咨询、家电维修等服务。",
    "市民{person}告诉记者,希望有关部门加强日常管理,让好事办好、实事办实。",
    "该负责人介绍,目前各项工作正按照既定计划有序推进,总体进展顺利。",
    "在{district}{road}沿线,一排排路灯整齐排列,新铺设的人行道平整干净。",
    "与会人员围绕产业发展、城市建设、社会治理等议题踊跃发言,提出了许多建设性意见。",
    "据了解,此次整治共清理乱堆乱放{n}处,拆除违章搭建{n2}处。",
    "{dept}通过“线上+线下”相结合的方式,广泛征求群众意见建议。",
    "专家指出,推进老旧小区改造,既要改“面子”,更要改“里子”。",
    "{district}以党建引领基层治理,推行“网格员+志愿者”模式,打通服务群众“最后一公里”。",
    "据统计,全市共有各类市场主体{n}万户,同比增长{pct}。",
    "项目负责人告诉记者,为抢抓工期,施工单位实行“两班倒”作业。",
    "下一步,我们将加强巡查,建立长效管理机制,防止问题反弹。",
    "工作人员耐心解答群众疑问,现场发放宣传资料{n3}余份。",
]

PROMISE = [
    "{name}项目{h}{dl}建成投用。",
    "{dept}负责人表示,{name}工程{h}{dl}完工。",
    "据悉,{name}{h}{dl}全面完成,届时将惠及周边{n}万群众。",
    "目前,{name}主体工程已完成{p}%,{h}{dl}具备通车条件。",
    "{name}已进入收尾阶段,{h}{dl}交付使用。",
    "按照计划,{name}将于{dl}投入运营。",
    "{dept}要求{name}施工单位{dl}完成整改,逾期将依法处理。",
    "剩余{n}个项目{h}{dl}全部完工。",
    "{name}工程{h}{dl}完成,完成后将彻底解决片区积水问题。",
    "会议明确,{name}要在{dl}全面建成,确保按期交付。",
]
PROJECT = ["{road}提质改造", "{estate}老旧小区改造", "{road}雨污分流", "城{d}污水处理厂{ph}",
           "{city}{d}客运站", "{road}跨江大桥", "{district}第{k}小学新校区", "市第{k}人民医院门诊楼",
           "{road}公共停车场", "城区{d}片区集中供暖管网", "{road}地下综合管廊", "{district}智慧菜市场",
           "{city}体育中心游泳馆", "{road}口袋公园", "滨江带{ph}", "{estate}加装电梯"]

NON_PROMISE = [
    "截至{past_md},全市已完成投资{money},占年度计划的{p}%。",
    "{past_md},{dept}召开专题会议,研究部署下一阶段重点工作。",
    "该项目已于{past_md}开工建设,目前进展顺利。",
    "自{py}年实施以来,累计惠及群众{n}万人次。",
    "{py}年,全市实现地区生产总值{money},同比增长{pct}。",
    "今年以来,全市共受理群众诉求{n3}件,办结率{p}%。",
    "日前,记者从{dept}获悉,相关工作正在有序推进。",
    "近日,{dept}组织开展了专项检查行动。",
    "按照《{city}市国土空间总体规划({plan0}—{plan1}年)》,我市将进一步优化城市空间布局。",
    "{call_md}前,市民可通过“{city}发布”微信公众号报名参加。",
    "即日起至{call_md},广大摄影爱好者可通过电子邮箱投稿。",
    "本次促销活动截至{call_md},消费者可凭购物小票参加抽奖。",
    "{past_md},{district}{estate}举行了邻里节活动,吸引居民{n3}余人参加。",
    "记者{past_md}从{dept}了解到,去年全市共新建城市公厕{n}座。",
    "{past_md}上午,{city}市{pos}{person}到{district}调研重点项目建设情况。",
    "1至{pm}月,全市规模以上工业增加值增长{pct}。",
    "据统计,{py}年全市接待游客{n}万人次,实现旅游收入{money}。",
    "该小区建于{oldy}年,共有住户{n3}户。",
    "展览展期至{call_md},免费向市民开放。",
    "{past_md},{city}市第{k}届菊花展在人民公园开幕。",
]

QA_TOPICS = [
    # (question templates, reply templates with {h}{dl}, replies without a deadline, departments, titles)
    (["{road}与{road2}交叉口的红绿灯坏了好几天了,晚上车辆抢行很危险,什么时候能修好?",
      "{road}路口没有红绿灯,学生上学过马路太危险了,能不能装个信号灯?"],
     ["经现场核查,该路口信号机因线路老化损坏,我们已安排施工单位进场,{h}{dl}完成维修并恢复运行。",
      "该路口已具备设置信号灯的条件,目前已完成设计方案,{h}{dl}安装到位。"],
     ["该路口信号灯已于{past_md}修复,目前运行正常。"],
     ["市公安局交警支队", "市公安局交通警察支队", "市交警支队", "{district}交警大队"],
     ["路口信号灯何时修好", "斑马线何时画上"]),
    (["{estate}交房已经三年了,不动产权证一直办不下来,请问什么时候能办?",
      "我们{estate}的房产证什么时候能办?开发商一直拖着。"],
     ["经核实,该项目因开发商未缴清土地出让金暂不具备办证条件,我局已督促其补缴,{h}{dl}启动首次登记。",
      "目前该项目已完成竣工验收备案,我局将开辟绿色通道,{h}{dl}为业主分批办理转移登记。"],
     ["该小区首次登记已于{past_md}办结,业主可携带相关材料到不动产登记中心办理转移登记。"],
     ["市自然资源和规划局", "市不动产登记中心", "{city}市自然资源和规划局"],
     ["办证为何一拖再拖", "房产证何时能办"]),
    (["{road}一带下水道经常堵塞,一下大雨就积水,已经反映过好几次了,希望彻底解决。",
      "{estate}门口的马路修了大半年,路面挖开后一直没有恢复,下雨天到处是泥水。"],
     ["经勘查,该路段排水管径偏小、部分管道塌陷,已纳入今年市政维修计划,{h}{dl}完工。",
      "目前管网施工已完成,{h}{dl}完成路面恢复。"],
     ["我们将加强日常巡查和清淤,待资金落实后尽快实施改造。"],
     ["市住建局", "市住房和城乡建设局", "{district}住建局", "市水务局", "{district}"],
     ["一下雨就积水", "道路何时恢复"]),
    (["{estate}这个月已经停了五六次电了,每次都是晚上,什么时候能解决?",
      "我们村一到用电高峰电压就低,空调都开不起来,供电公司能不能解决一下?"],
     ["经排查,该台区变压器容量不足,高峰时段过载跳闸,我公司已安排增容改造,{h}{dl}完成。",
      "该线路改造工程已纳入今年配网改造计划,{h}{dl}完工。"],
     ["我公司已于{past_md}完成该台区变压器更换,目前供电正常。"],
     ["国网{city}供电公司", "国网{city}市供电公司"],
     ["频繁停电何时解决", "电压低谁来管"]),
    (["{district}第{k}小学今年又扩招了,教室不够用,听说要扩建,什么时候能完工?",
      "新建的{district}第{k}中学今年秋季能招生吗?"],
     ["该校扩建工程新增学位{n3}个,目前主体已封顶,{h}{dl}竣工交付使用。",
      "该校主体工程已完工,正在进行室内装修和设备采购,{h}{dl}具备办学条件。"],
     ["具体招生计划和报名时间将另行公告,请家长留意教育部门发布的信息。"],
     ["市教育局", "{district}教育局", "{city}市教育局"],
     ["学校扩建何时完工", "新学校能否按时招生"]),
    (["{estate}旁边的工地每天晚上施工到十一二点,噪音特别大,根本没法休息。",
      "{road}夜市每天晚上油烟弥漫,附近居民根本没法开窗睡觉。"],
     ["我局已对施工单位进行约谈,责令其停止夜间施工,并在{dl}完成隔音屏障安装。",
      "已责令夜市管理方加强管理,要求经营户于{dl}全部安装油烟净化设施。"],
     ["我局已责令其立即整改,并将加强夜间巡查,发现一起查处一起。"],
     ["市城管局", "{district}城管执法局", "市生态环境局", "市住建局"],
     ["噪音扰民谁来管", "油烟扰民何时休"]),
    (["{estate}的电梯经常坏,上周还困了人,物业也不管,怎么办?",
      "我们楼通过了加装电梯的业主表决,施工队干了两个月就停了,电梯什么时候能装好?"],
     ["我局已约谈物业服务企业,责令其对电梯进行全面检修,{h}{dl}完成主要部件更换。",
      "目前管线迁改已完成,施工单位已重新进场,{h}{dl}完成安装调试并投入使用。"],
     ["特种设备检验机构已对该电梯进行检验,电梯运行正常,我局将督促物业加强日常维护。"],
     ["市市场监管局", "市市场监督管理局", "{district}住建局", "市住建局"],
     ["电梯何时能装好", "电梯故障谁来管"]),
    (["{road}的公交站台太小了,没有遮雨棚,下雨天候车的老人孩子都淋湿了。",
      "到高铁站的公交末班车太早,晚上九点以后就没车了,能否延长?"],
     ["我局已将该站台纳入港湾式站台改造计划,{h}{dl}实施改造,增设候车亭和座椅。",
      "我局已会同公交集团研究调整方案,{h}{dl}延长末班车运营时间。"],
     ["我局将根据客流变化情况适时调整运营时间。"],
     ["市交通运输局", "{city}市公交集团", "市交通运输局"],
     ["公交站台何时改造", "末班车能否延长"]),
    (["我们{estate}的暖气一直不热,家里只有十五六度,希望热力公司给个说法。",
      "{estate}的燃气管道用了二十多年了,经常闻到煤气味,能不能改造?"],
     ["经检测,该小区换热站循环泵故障导致供热不足,我公司已订购新设备,{h}{dl}完成更换。",
      "该小区已列入老旧燃气管网改造计划,{h}{dl}分批完成改造。"],
     ["经检测,该户室温已达标,我公司将继续加强巡检。"],
     ["{city}市热力公司", "{city}港华燃气有限公司", "市城管局"],
     ["暖气不热怎么办", "燃气管道何时改造"]),
    (["{road}农贸市场门口每天早上占道经营,垃圾遍地,希望有关部门管一管。",
      "{road}和{road2}交叉口的垃圾中转站臭气熏天,夏天都不敢开窗。"],
     ["我局已联合街道开展集中整治,并计划对市场进行提质改造,{h}{dl}完成。",
      "该中转站除臭设备老化,我局已启动设备更新,{h}{dl}完成安装。"],
     ["下一步,我们将加强早市时段巡查,建立长效管理机制,防止问题反弹。"],
     ["{district}城管执法局", "市城管局", "市城市管理局", "{district}"],
     ["占道经营谁来管", "垃圾站臭气何时除"]),
]


_FIELDS: dict[str, tuple[str, ...]] = {}
_MAKERS = {
    "city": lambda c: c.city, "district": lambda c: c.district, "road": Ctx.road, "road2": Ctx.road,
    "estate": Ctx.estate, "person": Ctx.person, "dept": Ctx.dept, "money": Ctx.money, "pct": Ctx.pct,
    "n": lambda c: str(c.r.randint(2, 98)), "n2": lambda c: str(c.r.randint(2, 60)),
    "n3": lambda c: str(c.r.randint(100, 9800)), "p": lambda c: str(c.r.randint(15, 95)),
    "k": lambda c: str(c.r.randint(1, 12)), "past_md": lambda c: c.md(c.past_day()),
    "py": lambda c: str(c.pub.year - c.r.randint(1, 6)),
    "plan0": lambda c: str(c.r.choice((2019, 2020, 2021))), "plan1": lambda c: str(c.r.choice((2030, 2035))),
    "call_md": lambda c: c.md(c.pub + dt.timedelta(days=c.r.randint(3, 60))),
    "pm": lambda c: str(max(1, c.pub.month - 1)), "oldy": lambda c: str(c.r.randint(1985, 2005)),
    "pos": lambda c: c.r.choice(("委书记", "长", "委副书记、市长", "委常委、副市长")),
}


def fill(c: Ctx, tpl: str, **extra: str) -> str:
    """Format a template, drawing only the slots it uses."""
    names = _FIELDS.get(tpl)
    if names is None:
        names = tuple(dict.fromkeys(f for _, f, _, _ in string.Formatter().parse(tpl) if f))
        _FIELDS[tpl] = names
    vals = {f: extra[f] if f in extra else _MAKERS[f](c) for f in names}
    return tpl.format(**vals)


def project_name(c: Ctx) -> str:
    r = c.r
    return r.choice(PROJECT).format(road=c.road(), estate=c.estate(), city=c.city, district=c.district,
                                    d=r.choice("东西南北"), ph=r.choice(("一期", "二期", "三期")),
                                    k=r.randint(1, 9))


def promise_sentence(c: Ctx) -> str:
    return fill(c, c.r.choice(PROMISE), name=project_name(c), h=hedge(c), dl=c.deadline())


def paragraph(c: Ctx, n_sent: int, promise_rate: float = 0.18, dated_rate: float = 0.3) -> str:
    out = []
    for _ in range(n_sent):
        x = c.r.random()
        if x < promise_rate:
            out.append(promise_sentence(c))
        elif x < promise_rate + dated_rate:
            out.append(fill(c, c.r.choice(NON_PROMISE)))
        else:
            out.append(fill(c, c.r.choice(GENERIC)))
    return "".join(out)


def headline(c: Ctx) -> str:
    r = c.r
    forms = [
        lambda: f"{project_name(c)}{c.deadline()}完工",
        lambda: f"{c.city}{r.choice(('加快', '全力推进', '扎实推进', '持续深化'))}{r.choice(('老旧小区改造', '重点项目建设', '城市更新', '乡村振兴', '营商环境优化'))}",
        lambda: f"{r.choice(('这些民生事项有了时间表', '民生实事“成绩单”出炉', '项目建设跑出加速度', '为民办实事 解决烦心事'))}",
        lambda: f"{c.district}:{r.choice(('党建引领聚合力', '小切口解决大民生', '打通服务群众最后一公里'))}",
    ]
    return r.choice(forms)()


def news_story(c: Ctx) -> str:
    r = c.r
    parts = [headline(c)]
    if r.random() < 0.3:
        parts.append(f"——{r.choice(('全市', c.district))}{r.choice(('重点工程建设综述', '民生工作纪实', '城市管理见闻'))}")
    lead = r.choice(("本报讯(记者 {p})", "本报讯(记者 {p} 通讯员 {q})", "本报记者 {p}", "■本报记者 {p}",
                     "本报讯 (记者 {p})")).format(p=c.person(), q=c.person())
    body = [paragraph(c, r.randint(2, 5)) for _ in range(r.randint(3, 7))]
    if lead.startswith("本报讯"):
        body[0] = lead + body[0]
    else:
        parts.append(lead)
    parts.extend(body)
    return "\n\n".join(parts)


# --------------------------------------------------------------------------- inquiry columns


def exchange_parts(c: Ctx) -> tuple[str, str, str, str]:
    """(question, reply body, department, short title)."""
    r = c.r
    qs, replies, no_dl, depts, titles = r.choice(QA_TOPICS)
    i = r.randrange(len(qs))
    q = fill(c, qs[i])
    if r.random() < 0.7:
        body = fill(c, replies[i % len(replies)], h=hedge(c), dl=c.deadline())
    else:
        body = fill(c, r.choice(no_dl))
    if r.random() < 0.5:
        body = r.choice(("您好!", "感谢您的关注。", "经调查核实,现答复如下:", "")) + body
    if r.random() < 0.3:
        body += r.choice(("感谢您对我们工作的理解和支持。", "如有疑问,请拨打12345热线咨询。",
                          "给您带来不便,敬请谅解。"))
    dept = r.choice(depts).format(city=c.city, district=c.district) if r.random() < 0.85 else c.dept()
    return q, body, dept, r.choice(titles)


def render_exchange(c: Ctx, family: int, q: str, body: str, dept: str) -> str:
    r = c.r
    qlabel = r.choice(("网友提问", "网友咨询", "网友留言", "网友反映", "网民留言", "市民反映", "市民来信",
                       "听众来电咨询"))
    colon = r.choice((":", ":", "："))
    verb = r.choice(("回复", "答复"))
    if family == 0:
        return f"{qlabel}{colon}{q}\n\n{dept}{verb}{colon}{body}"
    if family == 1:
        return f"【{r.choice(('网友留言', '市民来信', '网友提问'))}】{q}\n\n【{dept}{verb}】{body}"
    if family == 2:
        return f"{r.choice(('问', '问题'))}{colon}{q}\n\n答{colon}{body}"
    if family == 3:
        return f"{qlabel}{colon}{q}\n\n{dept}{colon}{body}"
    if family == 4:
        relay = r.choice(("市委办信息处", "市12345热线", "市长热线", "市委网信办"))
        return f"{qlabel}{colon}{q}\n\n{relay}转{dept}{verb}{colon}{body}"
    if family == 5:
        pron = "该公司" if dept.endswith("公司") else "该" + (dept[-1] if dept[-1] in "局委区处" else "单位")
        return f"网友“{c.person()}”向{dept}反映{colon}{q}\n\n{pron}{verb}{colon}{body}"
    if family == 6:
        return (f"信件内容 | {q} |\n{r.choice(('回复部门:', '回复单位', '答复单位', '受理单位'))} | {dept} |\n"
                f"回复内容: | {body} |\n回复时间: | {c.past_day(20).isoformat()} |")
    if family == 7:
        d = c.past_day(10)
        return (f"{qlabel}{colon}\n\n{q}\n\n回复{colon}\n\n{body}\n\n特此回复。\n\n{dept}\n"
                f"{d.year}年{d.month}月{d.day}日")
    if family == 8:
        d = c.past_day(15)
        return f"{qlabel}{colon}{q}\n\n回复{colon}{body}\n\n({dept}于 {d.year}-{d.month}-{d.day} 回复)"
    if family == 9:
        tag = r.choice(("[交通]", "[城建]", "[教育]", "[环保]", "[民生]", "[医疗]"))
        return f"{qlabel}{colon}{tag} {q}{dept}{verb}{colon}{body}"
    if family == 10:
        return f"市民反映{colon}{q}\n承办单位{colon}{dept}\n办理结果{colon}{body}"
    return f"{qlabel}{colon}{q}\n\n{dept}就该问题{verb}{colon}{body}"


REPRINT_MARK = "\x00REPRINT\x00"


def inquiry_column(c: Ctx, reprint: str | None, store: list[str]) -> str:
    r = c.r
    title = r.choice(("网络问政·一周回音", "问政{city}", "民生热线", "网上群众路线", "12345热线·办理回音",
                      "留言板·回音", "民声回音壁", "网友留言办理选登", "政风行风热线")).format(city=c.city)
    parts = [title]
    if r.random() < 0.5:
        parts.append(f"本报记者 {c.person()} 整理")
    family = r.randint(0, 11)
    blocks = []
    for _ in range(r.randint(3, 7)):
        q, body, dept, short = exchange_parts(c)
        block = render_exchange(c, family, q, body, dept)
        if r.random() < 0.4:
            block = "■" + short + "\n\n" + block
        blocks.append(block)
        store.append(block)
    if reprint is not None:  # a placeholder, filled in after layout damage so the reprint stays verbatim
        blocks.insert(r.randint(0, len(blocks)), REPRINT_MARK)
    parts.extend(blocks)
    if r.random() < 0.12:  # the whole column printed twice, as e-paper copies sometimes do
        parts.extend(blocks)
    parts.append(f"({r.choice(('本报记者', '整理', '编辑'))} {c.person()})")
    return "\n\n".join(parts)


# --------------------------------------------------------------------------- page furniture


def masthead(c: Ctx, outlet: str) -> str:
    r, d = c.r, c.pub
    wk = WEEKDAYS[d.weekday()]
    k = r.randint(0, 9)
    if k <= 2:
        return f"{outlet}\n\n{d.year}年{d.month}月{d.day}日 星期{wk}\n\n第{r.randint(1, 16)}版:{r.choice(('要闻', '民生', '城市', '综合', '社会'))}"
    if k == 3:
        return f"{outlet} {d.year}年{d.month}月{d.day}日 星期{wk}"
    if k == 4:
        return (f"{outlet}\n\n中共{c.city}市委机关报\n\n{cn_year(d.year)}年{cn_num(d.month)}月{cn_num(d.day)}日"
                f"  星期{wk}\n\n国内统一连续出版物号 CN 43-{r.randint(1, 999):04d}\n\n第{c.doc_no + 9000}号")
    if k == 5:
        return f"来源:{c.city}市{c.district}人民政府   {d.isoformat()} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}\n浏览量:{r.randint(1, 900)}"
    if k == 6:
        return f"发布时间:{d.isoformat()}  来源:{outlet}"
    if k == 7:
        return fullwidth(f"发布时间:{d.isoformat()}") + f"　来源：{outlet}"
    if k == 8:
        return f"{outlet}\n{d.year}年{d.month}月{d.day}日"
    return ""  # some pages carry no date at all


def caption(c: Ctx) -> str:
    d = c.past_day(5)
    return (f"{c.md(d, 1)},{c.r.choice(('市民在', '工人在', '志愿者在', '孩子们在'))}{c.road()}"
            f"{c.r.choice(('施工现场作业', '锻炼身体', '参加活动', '清理垃圾'))}。 记者 {c.person()} 摄")


def damage(c: Ctx, text: str) -> str:
    """Break sentences across blank lines and add jump markers, as e-paper copies do."""
    r = c.r
    paras = text.split("\n\n")
    out = []
    for p in paras:
        if len(p) > 80 and r.random() < 0.25:
            cut = r.randint(20, len(p) - 20)
            out.append(p[:cut])
            out.append(p[cut:])
        else:
            out.append(p)
        if r.random() < 0.04:
            out.append(r.choice(("(下转第{n}版)", "(上接第{n}版①)", "(上接第{n}版)", "(下转第{n}版②)")).format(
                n=r.randint(2, 8)))
        if r.random() < 0.05:
            out.append(caption(c))
    return "\n\n".join(out)


# --------------------------------------------------------------------------- documents


def make_document(rnd: random.Random, doc_no: int, reprint: str | None, store: list[str]) -> str:
    day0 = dt.date(2015, 1, 1).toordinal()
    pub = dt.date.fromordinal(day0 + rnd.randint(0, 3652))
    if rnd.random() < 0.08:  # late December pages, where "3月" rolls into next year
        pub = dt.date(rnd.randint(2015, 2024), 12, rnd.randint(20, 31))
    c = Ctx(rnd, pub, doc_no)
    outlet = c.city + rnd.choice(OUTLET_KINDS)
    target = rnd.triangular(6000, 30000, 12000)  # bytes; mean ≈ 16 KB
    sections = [masthead(c, outlet)]
    size = len(sections[0].encode("utf-8"))
    col_at = rnd.randint(0, 3)
    i = 0
    while size < target or i <= col_at:
        if i == col_at or (i > col_at and rnd.random() < 0.15):
            sec = inquiry_column(c, reprint if i == col_at else None, store)
        else:
            sec = news_story(c)
            if rnd.random() < 0.08:  # a paragraph printed twice
                paras = sec.split("\n\n")
                j = rnd.randrange(len(paras))
                paras.insert(j + 1, paras[j])
                sec = "\n\n".join(paras)
        sec = damage(c, sec)
        if reprint is not None:
            sec = sec.replace(REPRINT_MARK, reprint)
        sections.append(sec)
        size += len(sec.encode("utf-8")) + 2
        i += 1
    sections.append(f"责任编辑:{c.person()}  校对:{c.person()}  {outlet}第{doc_no + 1}期")
    return "\n\n".join(s for s in sections if s) + "\n"


def generate_corpus(n_docs: int, seed: int = 0, out_dir: Path | None = None) -> list[tuple[str, str]]:
    """Generate ``n_docs`` distinct documents; write them to ``out_dir`` when given."""
    rnd = random.Random(seed)
    docs: list[tuple[str, str]] = []
    seen: set[str] = set()
    exchanges: list[str] = []  # every exchange printed so far, for reprints
    if out_dir is not None:
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
    for k in range(n_docs):
        reprint = None
        if exchanges and rnd.random() < 0.05:
            reprint = rnd.choice(exchanges)
        store: list[str] = []
        text = make_document(rnd, k, reprint, store)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        while digest in seen:  # practically never; keep every document distinct anyway
            text += f"\n(第{k}号补白)\n"
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        seen.add(digest)
        exchanges.extend(store)
        name = f"c{k:05d}_{digest[:12]}.txt"
        docs.append((name, text))
        if out_dir is not None:
            (out_dir / name).write_text(text, encoding="utf-8")
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus", description="Generate a synthetic corpus.")
    ap.add_argument("n_docs", type=int)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    docs = generate_corpus(args.n_docs, args.seed, args.out_dir)
    total = sum(len(t.encode("utf-8")) for _, t in docs)
    print(f"{len(docs)} documents, {total / 1e6:.1f} MB in {args.out_dir} "
          f"({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
