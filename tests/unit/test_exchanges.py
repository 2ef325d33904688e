"""Inquiry exchanges in every label family docs/design.md lists, written the way real pages print them."""

from __future__ import annotations

from datetime import date

import pytest

from inquiry_tracker import extract_items

PUB = date(2021, 6, 8)


def _one(text: str, published: date | None = PUB):
    items = [i for i in extract_items(text, published=published) if i.kind == "inquiry"]
    assert len(items) == 1, [i.to_dict() for i in items]
    return items[0]


CASES = [
    pytest.param(
        "网友提问:梅林路的路灯坏了两个月了,什么时候修?\n\n"
        "市城市管理局回复:经现场核查,该路段路灯线缆被盗,我局已安排维修单位采购线缆,计划6月20日前修复。",
        "梅林路的路灯坏了两个月了,什么时候修?", "市城市管理局", "6月20日前", "2021-06-20", id="label-reply",
    ),
    pytest.param(
        "网友咨询:请问金桂小区的学区划分今年会调整吗?\n市教育局答复:今年城区义务教育学区划分方案将于7月上旬公布,届时可登录教育局网站查询。",
        "请问金桂小区的学区划分今年会调整吗?", "市教育局", "7月上旬", "2021-07-10", id="consult-answer",
    ),
    pytest.param(
        "网友留言:新华路与建设路交叉口早晚高峰拥堵严重,能否增设左转信号灯?\n\n"
        "市公安局交通警察支队就该问题回复:我支队已对该路口进行流量调查,将于本月底前完成信号配时优化并增设左转相位。",
        "新华路与建设路交叉口早晚高峰拥堵严重,能否增设左转信号灯?", "市公安局交通警察支队", "本月底前", "2021-06-30",
        id="jiu-gai-wenti",
    ),
    pytest.param(
        "问:我家孩子的新生儿医保什么时候能办好?\n答:新生儿参保登记办理后,医保待遇自出生之日起享受,相关材料齐全的15个工作日内办结。",
        "我家孩子的新生儿医保什么时候能办好?", None, "15个工作日内", "2021-06-30", id="wen-da",
    ),
    pytest.param(
        "【网友留言】湘江风光带亲水平台护栏松动,存在安全隐患。\n【市住建局回复】经现场查看情况属实,已设置警示标志,护栏将在6月底前完成加固。",
        "湘江风光带亲水平台护栏松动,存在安全隐患。", "市住建局", "6月底前", "2021-06-30", id="brackets",
    ),
    pytest.param(
        "网民留言:东湖街道的老旧小区改造何时开工?\n\n江岸区:您好!东湖街道老旧小区改造项目已完成立项和设计,预计9月份开工建设。",
        "东湖街道的老旧小区改造何时开工?", "江岸区", "9月份", "2021-09-30", id="bare-responder",
    ),
    pytest.param(
        "市民反映:滨江花园小区门口的垃圾站臭味很大,夏天尤其严重。\n\n"
        "市委办信息处转市住建委回复:接到反映后,我委立即督促物业整改,垃圾站除臭设备将于7月中旬安装到位。",
        "滨江花园小区门口的垃圾站臭味很大,夏天尤其严重。", "市住建委", "7月中旬", "2021-07-20", id="relay",
    ),
    pytest.param(
        "听众来电咨询:雨花路的燃气管道改造什么时候能结束?\n记者将问题转至市城管局,该局回复:雨花路燃气管道改造工程预计7月底完工。",
        "雨花路的燃气管道改造什么时候能结束?", "市城管局", "7月底", "2021-07-31", id="pronoun",
    ),
    pytest.param(
        "信件内容 | 幸福里小区的自来水经常停水,希望尽快解决。 |\n回复部门: | 市水务集团 |\n"
        "回复内容: | 经查,该小区二次供水设备老化,我公司已列入改造计划,将于8月31日前完成设备更换。 |\n回复时间: | 2021-06-03 |",
        "幸福里小区的自来水经常停水,希望尽快解决。", "市水务集团", "8月31日前", "2021-08-31", id="table",
    ),
    pytest.param(
        "网友留言:城西菜市场周边占道经营严重,请相关部门整治。\n\n您好!您反映的问题已收悉。我局已组织执法人员开展专项整治,"
        "计划在两个月内完成城西菜市场周边环境综合提升。感谢您对城市管理工作的关心!\n\n城西区城市管理局\n2021年6月3日",
        "城西菜市场周边占道经营严重,请相关部门整治。", "城西区城市管理局", "两个月内", "2021-08-08", id="signature",
    ),
    pytest.param(
        "网友提问:[交通] 火车站到高铁站的公交专线什么时候开通?\n\n市交通运输局回复:该专线已完成线路勘察,计划于7月1日开通运营。",
        "火车站到高铁站的公交专线什么时候开通?", "市交通运输局", "7月1日", "2021-07-01", id="editor-tag",
    ),
    pytest.param(
        "网友提问:人民公园北门的公厕何时重新开放? 市园林局回复:北门公厕正在进行提质改造,力争6月下旬重新开放。",
        "人民公园北门的公厕何时重新开放?", "市园林局", "6月下旬", "2021-06-30", id="one-line",
    ),
    pytest.param(
        "问题：龙泉路污水管网何时接通？\n回复单位：龙泉街道办事处\n回复内容：该路段污水管网接驳工程已招标，预计年底前全线接通。",
        "龙泉路污水管网何时接通？", "龙泉街道办事处", "年底前", "2021-12-31", id="fullwidth-fields",
    ),
    pytest.param(
        "网友留言:希望在滨河公园增设儿童游乐设施。\n回复:感谢您的建议,我们将在公园提质改造中统筹考虑。(市园林局于 2015-7-31 回复)",
        "希望在滨河公园增设儿童游乐设施。", "市园林局", None, None, id="trailer",
    ),
]


MORE_FAMILIES = [
    pytest.param(
        "主持人:欢迎收听《政风行风热线》。\n\n听众来电咨询:我们小区的路灯坏了半个月,什么时候能修?\n\n"
        "市城市管理局副局长张伟:感谢您的反映,我们将在三天内派人修复。\n\n主持人:好的,下一位听众。",
        "我们小区的路灯坏了半个月,什么时候能修?", "市城市管理局", "三天内", "2021-06-11", id="radio-transcript",
    ),
    pytest.param(
        "网友“清风徐来”:东门菜市场的顶棚漏雨,什么时候维修?\n江南区:该菜市场顶棚维修已列入计划,预计7月中旬完工。",
        "东门菜市场的顶棚漏雨,什么时候维修?", "江南区", "7月中旬", "2021-07-20", id="named-asker-bare-responder",
    ),
    pytest.param(
        "【留言】北湖公园的公厕一直锁着,能否开放?\n【回复】北湖区城市管理局:您好!该公厕正在更换设备,将于6月底前恢复开放。",
        "北湖公园的公厕一直锁着,能否开放?", "北湖区城市管理局", "6月底前", "2021-06-30", id="reply-tag-then-responder",
    ),
    pytest.param(
        "【网友留言】\n留言人:游客 留言时间:2021-05-30\n幸福路的井盖破损,晚上很危险,请尽快处理。\n\n【办理情况】\n"
        "该留言转市政设施管理处办理。该处回复:我处已设置警示标志,将于6月15日前更换井盖。",
        "幸福路的井盖破损,晚上很危险,请尽快处理。", "市政设施管理处", "6月15日前", "2021-06-15", id="handling-relay",
    ),
    pytest.param(
        "👉问:今年的消费券什么时候发放?\n答:第二批消费券将于端午节前发放。",
        "今年的消费券什么时候发放?", None, "端午节前", "2021-06-13", id="emoji-bullet",
    ),
    pytest.param(
        "留言时间:2021-05-20 类型:城建\n\n我们小区的化粪池满了好几天,污水流到路面,请相关部门尽快处理。\n\n回复:\n"
        "城北街道办事处回复:\n您好!经核实,街道已联系环卫公司,将在3个工作日内完成清掏。",
        "我们小区的化粪池满了好几天,污水流到路面,请相关部门尽快处理。", "城北街道办事处", "3个工作日内", "2021-06-11",
        id="unlabelled-message-body",
    ),
    pytest.param(
        "读者求助:长江路小区停电两天了,什么时候来电?\n\n本报讯 6月7日,记者接到读者反映后来到现场,小区一片漆黑。\n\n"
        "记者随后联系了国网江城供电公司。该公司工作人员表示,故障电缆正在抢修,预计6月9日前恢复供电。",
        "长江路小区停电两天了,什么时候来电?", "国网江城供电公司", "6月9日前", "2021-06-09", id="narrative-reply",
    ),
    pytest.param(
        "Q2:滨河步道什么时候能修好?\n\nA2:(区城市管理局)\n您好!目前工程已完成过半,计划9月中旬完成全部施工并恢复开放。",
        "滨河步道什么时候能修好?", "区城市管理局", "9月中旬", "2021-09-20", id="numbered-Q-A",
    ),
    pytest.param(
        "留言1\n网友: 海边木栈道有好几段木板断裂了, 请问什么时候修?\n回复单位: 市南区人民政府\n"
        "回复: 网友您好! 施工队伍已进场, 预计9月下旬完成修复.",
        "海边木栈道有好几段木板断裂了, 请问什么时候修?", "市南区人民政府", "9月下旬", "2021-09-30", id="bare-group-label",
    ),
    pytest.param(
        "听众来电(李先生):主持人好!经三路的井盖碎了,希望你们赶紧修一修。\n"
        "市城管局局长:李先生您好,我们将于6月10日前完成井盖更换。",
        "主持人好!经三路的井盖碎了,希望你们赶紧修一修。", "市城管局", "6月10日前", "2021-06-10", id="caller-named-after-verb",
    ),
]


@pytest.mark.parametrize(("text", "question", "dept", "expr", "due"), CASES + MORE_FAMILIES)
def test_label_family(text: str, question: str, dept: str | None, expr: str | None, due: str | None) -> None:
    item = _one(text)
    assert item.question == question
    assert item.department == dept
    assert item.deadline_expr == expr
    assert (item.due.isoformat() if item.due else None) == due
    assert item.reply and not item.reply.startswith(("回复", "答", ":", "："))
    assert item.subject


def test_reply_without_deadline_has_no_due() -> None:
    item = _one("网友提问:小区电梯能加装吗?\n\n市住建局回复:符合条件的老旧小区可申请加装电梯,具体流程请咨询所在街道。")
    assert item.due is None and item.deadline_expr is None and item.statement is None


def test_past_dates_in_reply_are_not_deadlines() -> None:
    item = _one("网友提问:体育馆何时开放?\n\n市体育局回复:体育馆已于5月1日起恢复开放,截至5月31日已接待市民3万人次。")
    assert item.due is None


def test_date_only_in_question_is_not_a_deadline() -> None:
    item = _one("网友提问:6月30日前能拿到不动产证吗?\n\n市自然资源和规划局回复:请携带购房合同到政务中心窗口办理,材料齐全当场受理。")
    assert item.due is None


def test_condition_is_not_the_deadline() -> None:
    item = _one("网友咨询:滨江路何时通车?\n\n区政府回复:计划7月份完成验收移交后,于8月中旬通车。")
    assert item.deadline_expr == "8月中旬"
    assert item.due == date(2021, 8, 20)


def test_reply_drops_contact_and_signature_lines() -> None:
    item = _one(
        "网友提问:公租房申请进度怎么查?\n\n市住房保障中心回复:申请受理后30个工作日内完成审核。"
        "如有疑问请拨打联系电话:0731-1234567。"
    )
    assert "联系电话" not in item.reply
    assert item.reply.endswith("完成审核。")


def test_exchanges_are_separated_by_headlines() -> None:
    text = (
        "网友提问:解放路何时恢复通行?\n\n市交警支队回复:解放路管网施工预计6月25日结束,届时恢复通行。\n\n"
        "全市开展夏季消防安全检查\n\n本报讯 6月7日,市消防救援支队在全市开展夏季消防安全检查,共检查单位120家。"
    )
    items = extract_items(text, published=PUB)
    assert [i.kind for i in items] == ["inquiry"]
    assert "消防" not in items[0].reply



def test_subject_uses_the_concrete_act_after_a_generic_verb() -> None:
    item = _one("网友提问:蒸湘路的路灯什么时候修好?\n\n市城市管理局回复:我局将于11月底前完成路灯维修。")
    assert item.subject == "蒸湘路的路灯维修"


def test_a_reply_saluting_the_netizen_is_not_a_question() -> None:
    text = ("留言时间:2023-09-20\n\n安置小区的不动产权证什么时候能办好?\n\n回复:\n市自然资源和规划局回复:\n"
            "网友:您好!我局计划明年上半年完成首次登记。")
    (item,) = extract_items(text, published=date(2023, 10, 17))
    assert item.question == "安置小区的不动产权证什么时候能办好?" and item.department == "市自然资源和规划局"


def test_an_intro_ending_in_a_tilde_does_not_swallow_the_first_question() -> None:
    text = ("每周五的“民生问答”又和大家见面啦!本期我们收集了粉丝们的问题,并请区级相关部门进行解答,欢迎继续在后台留言哦~\n\n▼\n\n"
            "Q1:我家是老小区,想问一下加装电梯政府有没有补贴?\n\nA1:(区住房和城乡建设局)\n可按每台20万元的标准申请财政补助。\n")
    (item,) = extract_items(text, published=date(2022, 3, 18))
    assert item.question == "我家是老小区,想问一下加装电梯政府有没有补贴?" and item.department == "区住房和城乡建设局"


def test_reporter_follow_up_heading_between_letter_and_answer() -> None:
    text = ("读者钱女士来信:\n我家小区东侧的小河又黑又臭,请问这条河到底有没有人管?\n\n记者帮你问:\n"
            "10月18日,记者来到小区。记者随后联系了吴中区水务局,该局回复称:新塘浜已列入整治项目,12月底前完成全部整治任务。\n")
    (item,) = [i for i in extract_items(text, published=date(2023, 10, 24)) if i.kind == "inquiry"]
    assert item.question == "我家小区东侧的小河又黑又臭,请问这条河到底有没有人管?"
    assert item.department == "吴中区水务局" and item.deadline_expr == "12月底前"


def test_reporter_relay_sentence_is_neither_byline_nor_question() -> None:
    text = ("市民反映:我今年9月申请了住房公积金提取,到现在两个月了钱还没到账。\n"
            "记者将市民反映的问题转至丰城市住房公积金管理中心。该中心答复:补充材料后将在10个工作日内办结。\n\n"
            "读者陆先生来信:\n原来小区门口的公交站被撤掉了,能不能恢复?\n\n记者帮你问:\n记者将陆先生的问题转给了苏州市交通运输局。\n\n"
            "苏州市交通运输局回复:施工结束后将于年底前恢复该站。\n")
    first, second = [i for i in extract_items(text, published=date(2021, 11, 16)) if i.kind == "inquiry"]
    assert first.question == "我今年9月申请了住房公积金提取,到现在两个月了钱还没到账。"
    assert first.department == "丰城市住房公积金管理中心"
    assert second.question == "原来小区门口的公交站被撤掉了,能不能恢复?" and second.department == "苏州市交通运输局"


def test_phone_in_programme_officials_answer_by_title() -> None:
    text = ("《政风行风热线》节目实录\n播出时间:2017年8月15日(星期二)\n本期上线单位:郑州市城市管理局\n\n"
            "主持人(王琳):我们先接听第一位听众的电话。\n\n"
            "听众来电(李先生):主持人好,局长好!经三路的雨水井盖碎了,希望你们赶紧修一修。\n\n"
            "局长 陈建国:李先生您好,我们三天内完成井盖更换。\n\n"
            "听众来电(孙先生):建设路那一段路面坑坑洼洼的,什么时候修?\n\n"
            "副局长 刘玉兰:孙先生您好,我们计划国庆前完成这段路的路面翻修。\n")
    items = [i for i in extract_items(text) if i.kind == "inquiry"]
    assert [i.question for i in items] == ["主持人好,局长好!经三路的雨水井盖碎了,希望你们赶紧修一修。", "建设路那一段路面坑坑洼洼的,什么时候修?"]
    assert [i.department for i in items] == ["郑州市城市管理局"] * 2
    assert [i.deadline_expr for i in items] == ["三天内", "国庆前"]


def test_a_letter_opening_with_a_salutation_is_still_the_question() -> None:
    text = ("留言标题:玉洞大道辅路一下雨就积水\n留言时间:2020-05-12 09:31:47\n留言内容:\n"
            "尊敬的领导您好!我是玉洞大道附近某小区的业主,辅路一下雨就积水,请求尽快解决。\n"
            "回复单位:南宁市良庆区人民政府\n回复时间:2020-06-03 16:20:11\n回复内容:\n"
            "网友您好!经核实,我区计划于8月底前完成管道扩容施工。\n")
    (item,) = [i for i in extract_items(text) if i.kind == "inquiry"]
    assert item.question == "尊敬的领导您好!我是玉洞大道附近某小区的业主,辅路一下雨就积水,请求尽快解决。"
    assert item.department == "南宁市良庆区人民政府" and item.deadline_expr == "8月底前"


def test_tv_panel_citizen_representative_with_a_space() -> None:
    text = ("上线单位:长春市朝阳区人民政府\n\n主持人 刘洋:欢迎收看。\n\n"
            "市民代表 张女士:我们那个楼道顶上的管子漏水漏了一个多月了,什么时候能修?\n\n"
            "朝阳区区长 王立新:我们承诺在春节前完成修复。\n")
    (item,) = [i for i in extract_items(text, published=date(2024, 1, 12)) if i.kind == "inquiry"]
    assert item.question == "我们那个楼道顶上的管子漏水漏了一个多月了,什么时候能修?" and item.deadline_expr == "春节前"


def test_a_district_head_speaks_for_the_district_government() -> None:
    text = "市民代表提问:镜湖区几所小学门口一到放学就堵,能不能想想办法?\n\n镜湖区区长 周敏:我们将在8月底前完成接送区改造。\n"
    (item,) = [i for i in extract_items(text, published=date(2021, 6, 8)) if i.kind == "inquiry"]
    assert item.department == "镜湖区政府" and item.deadline_expr == "8月底前"


def test_a_start_told_in_the_question_story_is_not_asked() -> None:
    """"从今年夏天开始,水变得又黑又绿" tells a story; the reply's finishing step answers."""
    text = ("网友留言:这条河从今年夏天开始又黑又臭,请问到底有没有人管?能不能彻底治一治?\n"
            "区水务局回复:清淤工程将于11月开工,12月底前完成全部整治任务。\n")
    (item,) = [i for i in extract_items(text, published=date(2023, 10, 24)) if i.kind == "inquiry"]
    assert item.deadline_expr == "12月底前"
    asked = "网友留言:这段路什么时候开工?\n区住建局回复:该路段将于11月开工,明年5月底前完工。\n"
    (item,) = [i for i in extract_items(asked, published=date(2023, 10, 24)) if i.kind == "inquiry"]
    assert item.deadline_expr == "11月"  # asked when work starts: the start step answers


def test_labels_alone_on_their_lines_without_a_colon() -> None:
    text = ("网友提问A\n▼\n城北大道什么时候能修到我们镇?\n县交通运输局回复\n▼\n"
            "城北大道延伸段已完成招标,计划明年6月底前建成通车。")
    (item,) = extract_items(text, published=date(2022, 3, 1))
    assert item.question == "城北大道什么时候能修到我们镇?"
    assert item.department == "县交通运输局"
    assert str(item.due) == "2023-06-30"


def test_a_bracketed_feedback_label_with_the_day_before_the_responder() -> None:
    text = ("【市民反映】3 月 2 日,有市民留言:幸福路口的红绿灯坏了好几天。\n"
            "【部门反馈】3 月 4 日,城南街道办事处:经核实,信号灯将于3月10日前修复。")
    (item,) = extract_items(text, published=date(2022, 3, 5))
    assert item.department == "城南街道办事处"
    assert str(item.due) == "2022-03-10"


def test_a_bracketed_responder_after_the_reply_label_and_a_superseded_plan() -> None:
    text = "网友提问:东环路什么时候修?\n回复:【重点工程建设管理处】:我处正在做前期工作,拟在2023年实施建设。"
    (item,) = extract_items(text, published=date(2022, 3, 1))
    assert item.department == "重点工程建设管理处"
    assert str(item.due) == "2023-12-31"
    text = ("网友提问:村道何时开工?\n镇政府回复:该项目原定于今年7月份开工,由于洪水灾情,无法如期动工,"
            "敬请谅解。")
    (item,) = extract_items(text, published=date(2022, 7, 20))
    assert item.due is None


def test_a_year_before_a_start_answers_when_work_starts() -> None:
    text = "网友提问:高速公路到底什么时候开工?\n市交通运输局回复:全线将于2023年开工。"
    (item,) = extract_items(text, published=date(2022, 11, 8))
    assert (item.deadline_expr, str(item.due)) == ("2023年", "2023-12-31")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the greeting and the story before the ask are no subject: the project asked about is
        ("网友留言:尊敬的领导您好!我家住在河西片区,每天上班都要绕路,请问城南大道北延线什么时候能通车?\n\n"
         "市住建局回复:该项目计划于今年12月底建成通车。", "城南大道北延线建成通车"),
        # of two projects named, the one the reply commits to
        ("市民来信:听说桂花小学和桂花路要一起建,桂花小学什么时候开学?\n\n区教育局回复:桂花小学预计9月开学。",
         "桂花小学开学"),
        # the city written before the name stays with it
        ("网友提问:衡阳蒸水大桥何时完工?\n\n市交通局回复:预计明年6月底完工。", "衡阳蒸水大桥完工"),
        # a question word ending in a kind of work (…开园) is no name
        ("网友:湘江幼儿园什么时候可以开园?\n\n区教育局回复:预计今年9月开园。", "湘江幼儿园开园"),
    ],
)
def test_inquiry_subject_names_the_project_asked_about(text: str, subject: str) -> None:
    assert _one(text).subject == subject


def test_a_reply_label_naming_its_channel_or_listing_its_units_gives_the_office() -> None:
    # "某局通过“某某”平台做出的回复:" and "某局(甲处、乙处)答复:" name 某局
    text = ("网友通过“民声直通车”平台反映的问题:\n青溪路的路灯坏了三个月,请问何时修好?\n"
            "青溪县城市管理局通过“民声直通车”平台做出的回复:\n网友您好,青溪路路灯计划于7月底前完成维修。\n")
    item = _one(text)
    assert (item.department, item.deadline_expr) == ("青溪县城市管理局", "7月底前")
    text = ("网友向市水务局问:\n南湖片区何时恢复正常供水?\n"
            "青州市水务局(供水处、排水处)答复:\n网友:您好!南湖片区管网预计于7月中旬前修复并恢复供水。\n")
    assert _one(text).department == "青州市水务局"


def test_a_lede_summing_up_the_exchange_printed_below_is_the_same_exchange() -> None:
    text = ("近日,有网友通过问政平台反映“桂湾小学9月能否开学?”的问题。某区教育局回复表示,桂湾小学正在加紧施工,"
            "预计今年8月底竣工。\n"
            "网友反映的问题:\n桂湾小学还在施工,不知9月能否按时开学,家长们都很着急,请督促施工方抓紧。\n"
            "某区教育局做出的回复:\n网友您好,桂湾小学正在加紧施工,预计今年8月底竣工。\n")
    found = [i for i in extract_items(text, published=PUB) if i.kind == "inquiry"]
    assert len(found) == 1
    assert found[0].question.startswith("桂湾小学还在施工")
    assert (found[0].department, found[0].deadline_expr) == ("某区教育局", "今年8月底")


def test_a_news_story_whose_office_answers_with_jiuci_huifu() -> None:
    text = ("6月2日,市民刘先生拨打本报热线反映,东湖新村门口的公交站被拆除后一直没有恢复,老人出行很不方便,希望尽快恢复站点。\n"
            "某市公交集团就此回复,由于道路拓宽施工,该站点临时撤销,公司计划在道路完工后于8月底前恢复设站,方便市民出行。\n")
    item = _one(text)
    assert item.question.startswith("东湖新村门口") or "东湖新村门口" in item.question
    assert item.reply.startswith("由于道路拓宽施工")


def test_a_zone_answering_as_follows_under_a_greeted_question() -> None:
    # the question greets the office ("你好,…请问…?"), the zone's label says "答复如下:"
    text = ("青禾新城的实验小学什么时候建好?\n\n网友提问:\n\n"
            "你好,听说青禾新城规划的实验小学在松涛路以东,请问什么时候开工建设?\n\n"
            "某市青禾高新技术产业开发区答复如下:\n\n"
            "实验小学已列入区政府投资计划,目前正在做施工图设计,计划2022年3月开工,2023年8月建成。")
    item = _one(text)
    assert item.question.startswith("你好,听说青禾新城")
    assert item.reply.startswith("实验小学已列入")
    assert item.department == "某市青禾高新技术产业开发区"


def test_a_lede_announcing_the_exchange_printed_below_is_not_an_exchange_itself() -> None:
    text = ("日前,有网友留言“请问柳岸路北段什么时候能通车”,对此,有关部门作出了答复,现将详情公布如下:\n"
            "网友:\n请问柳岸路北段什么时候能通车?每天绕行很不方便。\n"
            "某区城乡建设局回复:\n您好!柳岸路北段路面已铺设完毕,正在安装路灯和标志标线,计划8月底前通车。\n")
    item = _one(text)
    assert item.reply.startswith("您好!柳岸路北段")
    assert (item.department, item.deadline_expr) == ("某区城乡建设局", "8月底前")


def test_when_work_began_told_as_a_fact_is_no_deadline() -> None:
    # "是…开工": the start already happened (a month earlier in the year, not next year's)
    text = ("网友提问:桂花街改造什么时候完工?两边人行道一直没铺。\n"
            "某县住建局回复:桂花街改造工程是4月6日正式开工的,目前雨污管道已铺设完毕,人行道正在平整,我局将督促施工单位加快进度。")
    item = _one(text, date(2021, 8, 2))
    assert item.deadline_expr is None
    planned = _one(text.replace("是4月6日正式开工的", "计划11月6日正式完工"), date(2021, 8, 2))
    assert (planned.deadline_expr, str(planned.due)) == ("11月6日", "2021-11-06")


def test_dates_told_before_a_refusal_do_not_answer_the_question() -> None:
    head = ("网友提问:石桥村到后山组的路什么时候硬化?\n"
            "某县交通运输局回复:今年全县农村公路建设的重点是9月底前完成建制村通畅工程。你反映的道路属于组与组之间的连接路,"
            "目前没有这类项目,暂时不能解决。")
    assert _one(head, date(2021, 6, 8)).deadline_expr is None
    later = _one(head + "我局将把此路纳入项目库,争取明年6月底前完成硬化。", date(2021, 6, 8))
    assert (later.deadline_expr, str(later.due)) == ("明年6月底前", "2022-06-30")


def test_a_story_quoting_a_letter_first_then_the_answer_its_writers_received() -> None:
    text = ("本报讯 “我们是柳湾社区的居民,柳湾路坑坑洼洼,雨天根本没法走,请市长帮忙过问一下。”去年10月,几位居民向市政府网站的"
            "市长信箱发了一封电子邮件。没过几天,他们就得到了答复:“柳湾路的改造已列入今年的城建计划,目前正在进行招标。”"
            "今年3月,柳湾路改造工程开工,预计今年9月完工。")
    items = extract_items(text, published=date(2021, 4, 20))
    (inquiry,) = [i for i in items if i.kind == "inquiry"]
    assert inquiry.question.startswith("我们是柳湾社区的居民")
    assert inquiry.reply.startswith("柳湾路的改造已列入") and "预计今年9月完工" not in inquiry.reply
    assert inquiry.deadline_expr is None
    assert [(p.deadline_expr, str(p.due)) for p in items if p.kind == "promise"] == [("今年9月", "2021-09-30")]


def test_a_bare_group_closing_its_line_above_a_greeting_is_the_reply_salutation() -> None:
    # "网友:" alone on its line, "您好!…收悉" below: the office greets the writer, nobody asks
    text = ("尊敬的相关部门领导:\n您好!我住在青柳湾小区,小区北门外的连接道路一直没修好,北门至今无法开放。\n"
            "请问这条连接道路什么时候能够完工?\n"
            "网友:\n您好!关于青柳湾北门连接道路问题的咨询收悉,我司高度重视,现将核实情况回复如下:\n"
            "经核实,该道路由我司组织建设,目前已完成工程总量的七成。道路全段计划2022年10月内全面完工。\n"
            "某某城市建设发展有限公司\n2022年5月3日")
    items = extract_items(text, published=date(2022, 5, 3))
    assert [i.kind for i in items] == ["inquiry"], [i.to_dict() for i in items]
    item = items[0]
    assert item.reply.startswith("您好!关于青柳湾北门") and "全面完工" in item.reply
    assert (item.department, item.deadline_expr, str(item.due)) == (
        "某某城市建设发展有限公司", "2022年10月内", "2022-10-31")


def test_finishing_the_land_paperwork_is_a_step_before_the_works_asked_for() -> None:
    # "完成征地组卷" finishes paperwork; the road asked for is answered by its construction date
    text = ("网友留言:从河西镇到新县城一直没有直达的道路,建议修一条。\n"
            "某县交通运输局回复:经研究,计划修建滨河大道连通两地,项目建议书已批复,"
            "10月末完成征地组卷,11月末开工建设。")
    item = _one(text, date(2022, 8, 20))
    assert (item.deadline_expr, str(item.due)) == ("11月末", "2022-11-30")


def test_the_reply_step_that_does_what_was_asked_answers_it() -> None:
    # asked when it will be in use: "投入运行" answers, not the earlier building step;
    # asked when it will be built (建好): the finish answers, not the later opening
    text = ("网友留言:城南中医院新院区建了好几年了,今年能投入使用吗?\n"
            "某区卫健局回复:该项目2019年底完成主体工程建设,经设备安装调试后,预计在2020年下半年运行。")
    item = _one(text, date(2019, 6, 11))
    assert (item.deadline_expr, str(item.due)) == ("2020年下半年", "2020-12-31")
    text = ("网友留言:青禾小学的操场什么时候能建好?停工快一年了。\n"
            "某区社会事务局回复:该操场目前正在组织复工,计划2025年8月完工,秋季投入使用。")
    item = _one(text, date(2025, 3, 21))
    assert (item.deadline_expr, str(item.due)) == ("2025年8月", "2025-08-31")


def test_a_schedule_told_of_a_past_year_or_setting_up_the_next_step_is_no_answer() -> None:
    # "2020年…7月20日中考": that year's July; "将于本周五离校,离校后,学校将…": a step's set-up
    text = ("网友留言:学校宿舍没有空调,天气越来越热,孩子们晚上睡不着,能不能尽快安装?\n"
            "某县教育局回复:2020年由于疫情,九年级学生于5月25日复学,7月20日中考,上级部门拨款安装了一部分空调。"
            "九年级学生将于本周五离校,离校后,该校将合理安排其他年级学生到有空调的寝室入住。"
            "同时学校正在申请资金,争取尽快安装到位。")
    item = _one(text, date(2021, 6, 16))
    assert item.deadline_expr is None and item.due is None


def test_a_signature_run_on_after_the_reply_ends_it_before_the_next_post() -> None:
    # a forum thread: the office's answer signed on its last line, then another user's post
    text = ("青石客 发表于 2019/4/2 09:12\n\n"
            "柳塘街的路面坑坑洼洼,下雨天全是积水,什么时候能修一修?\n\n"
            "青石客 发表于 2019/4/2 09:15\n\n"
            "网友您好!你反映的柳塘街路面问题已收悉,现答复如下:\n"
            "柳塘街改造工程已列入今年的市政计划,目前正在办理施工许可,计划4月底进场施工。某某市城市管理局2019年3月29日\n"
            "          \n\n"
            "路过的人 发表于 2019/4/3 10:20\n\n"
            "希望早点修好\n")
    item = _one(text, date(2019, 3, 29))
    assert item.department == "某某市城市管理局"
    assert item.reply.endswith("计划4月底进场施工。")
    assert (item.deadline_expr, str(item.due)) == ("4月底", "2019-04-30")


def test_with_nothing_finishing_the_dated_step_answers_before_the_period_framing_it() -> None:
    # "下半年将组织实施" frames the year's schedule; "本月中旬进场施工" is the step the writer can check
    text = ("网友留言:槐荫路坑洼不平,别的路都铺了沥青,为什么这条路一直不铺?\n"
            "某市住房和城乡建设局回复:按照市政府的工作安排,今年下半年将组织实施槐荫路改造工程。"
            "目前我局已完成施工方案,正在办理相关手续,预计可于本月中旬进场施工。")
    item = _one(text, date(2021, 7, 6))
    assert (item.deadline_expr, str(item.due)) == ("本月中旬", "2021-07-20")
    # but groundwork dated finely does not answer before the works framed by the year
    text = ("网友留言:桃溪路口每天都堵,能不能建一座立交桥?\n"
            "某市住房和城乡建设局回复:立交桥工程已列入今年的城建计划,拟于4月左右拿出规划设计评审方案,力争年内启动建设。")
    item = _one(text, date(2021, 3, 16))
    assert (item.deadline_expr, str(item.due)) == ("年内", "2021-12-31")


def test_the_office_that_looked_into_it_named_in_the_reply_opening() -> None:
    # "您反映的问题,X进行了调查处理,现回复如下": no label, field or signature names X
    text = ("网友留言:\n尊敬的书记您好:我们买的云杉苑住宅楼合同约定去年10月交房,工地已停工半年,开发商一直拖着。\n"
            "官方回复:\n尊敬的网友:\n您好!您反映的问题,某市青禾区住房和城乡建设局进行了调查处理,现回复如下:\n"
            "经核实,该项目因资金问题施工滞后,开发商预计于2022年8月底前全部竣工交付。\n")
    item = _one(text, date(2022, 3, 1))
    assert item.department == "某市青禾区住房和城乡建设局"


def test_a_year_dating_more_effort_is_no_deadline() -> None:
    # "今年我局将加大协调力度,争取早日完工": the year dates the effort, the finish stays undated
    text = ("网友留言:二桥到农机厂那段水泥路从去年秋天一直修到现在还没完工,到底什么时候能修好?\n"
            "某县住房和城乡建设局回复:您好!该路段进度慢的主要原因是沿线房屋拆迁没有完成,"
            "今年我局将加大协调力度,争取拆迁早日完成、工程早日完工。")
    assert _one(text, date(2021, 3, 9)).deadline_expr is None


def test_asked_when_work_restarts_and_is_handed_over_the_handover_answers() -> None:
    # "何时重新开工及交付使用": the joined acts ask for the last one, answered by 建成并投入使用
    text = ("网友留言:停工的青禾小学分校计划何时重新开工及交付使用?\n"
            "某区回复:分校正在制定治理方案,计划2021年开工建设,2022年建成并投入使用。")
    item = _one(text, date(2020, 11, 24))
    assert (item.deadline_expr, str(item.due)) == ("2022年", "2022-12-31")


def test_a_digest_entry_heading_summing_up_its_reply_is_no_promise_of_its_own() -> None:
    text = ("网络问政月度回顾\n"
            "一、青禾小学分校何时开工 某区:计划2021年开工,2022年建成投用\n"
            "网友留言:停工的青禾小学分校计划何时重新开工及交付使用?\n"
            "某区回复:青禾小学分校正在制定治理方案,计划2021年开工建设,2022年建成并投入使用。")
    items = extract_items(text, published=date(2020, 12, 1))
    assert [it.kind for it in items] == ["inquiry"]


def test_a_board_prints_the_place_and_the_state_between_message_and_answer() -> None:
    """A message board: the message (no label), the place it concerns, the board's state and
    time, then the platform relaying the office's answer."""
    text = ("小区门口的路灯坏了一个多月,晚上出行很不方便\n"
            "株洲市天元区\n已办结\n2024-11-02 09:15\n"
            "问政平台已收到网友留言,平台已向区城管局反映此事,区城管局回复:经核实,该路段路灯线路老化,"
            "预计11月15日前完成更换。")
    item = _one(text, date(2024, 11, 2))
    assert item.question.startswith("小区门口的路灯坏了")
    assert (item.department, str(item.due)) == ("区城管局", "2024-11-15")


def test_a_callers_question_after_the_dateline_answered_by_the_reporters_source() -> None:
    """"本报讯(记者 某某)市民某先生来电询问:…?" then "记者从某公司运营部门了解到,…预计…":
    the label after the dateline opens the question; the source the reporter names answers."""
    text = ("本报讯(记者 林木)市民王先生来电询问:夜里到站的高铁还有好几趟,地铁2号线末班车能否推迟一些?\n"
            "记者从青禾轨道交通公司运营部门了解到,目前仅有两趟列车的乘客无法换乘,"
            "预计今年下半年会优化和调整线网末班车时间。")
    item = _one(text, date(2019, 6, 10))
    assert item.question.startswith("夜里到站的高铁")
    assert (item.department, str(item.due)) == ("青禾轨道交通公司运营部门", "2019-12-31")


def test_a_reply_label_naming_the_board_it_answers_for() -> None:
    # "某区为社情民意通道作出回复:": the board is no part of the office; the label names it, not
    # the bureau the reply says verified the case
    text = ("网友留言:村里的公路修了半年还没完工,什么时候能修好?\n"
            "某某区为社情民意通道作出回复:\n"
            "网友您好,您的留言已收悉,由区交通局核实办理,现将办理情况反馈如下:该工程计划年底前完工。")
    item = _one(text, date(2024, 11, 1))
    assert (item.department, str(item.due)) == ("某某区", "2024-12-31")


def test_a_column_of_callers_with_masked_numbers_answered_by_a_service() -> None:
    """"市民陈小姐(8344**04):…" / "市政回复:…": each caller's message, answered by the
    service the column names by its trade."""
    text = ("民生速递\n时间:12月27日14时24分\n"
            "市民陈小姐(8344**04):青禾路公交站旁有一个井盖丢失了。\n"
            "市政回复:监察大队已到现场查看,该井盖将于本月底前补齐。\n"
            "时间:12月27日18时15分\n"
            "市民刘先生(138****9862):东湖社区门口路灯不亮,晚上出行不便。\n"
            "供电回复:已安排抢修人员,预计12月30日前修复。\n")
    items = extract_items(text, published=date(2020, 12, 28))
    assert [(it.department, str(it.due)) for it in items] == [("市政", "2020-12-31"), ("供电", "2020-12-30")]
    assert items[0].question.startswith("青禾路公交站")


def test_a_roundups_case_answered_on_a_day_by_a_hotline_centre_with_a_comma() -> None:
    """"一、网友留言建议,…" / "2月24日某市12345政府服务热线受理中心回复,…": the day is no
    part of the office, and a comma after 回复 still reports the answer."""
    text = ("案例点读\n"
            "一、网友留言建议,青禾县应该多管一下城区私家车占用公交站台停车的现象,希望尽快整治。\n"
            "2月24日青禾县12345政府服务热线受理中心回复,县公安局交警大队将于3月底前完成站台周边违停整治。")
    item = _one(text, date(2022, 2, 28))
    assert (item.department, str(item.due)) == ("青禾县12345政府服务热线受理中心", "2022-03-31")


def test_a_reported_question_and_its_answer_on_one_line() -> None:
    text = "有网友问,体育场北门附近交通不便,居民出行难何时能解决? 答:青禾区正在建设北门公交场站,预计明年初投入使用。"
    item = _one(text, date(2009, 9, 1))
    assert "何时能解决" in item.question
    assert str(item.due) == "2010-02-28"


def test_a_question_site_prints_the_answer_count_then_the_numbered_answer() -> None:
    """A question-and-answer site: the question, its time, "推荐回答(1个)", then "回答1:"."""
    text = ("青禾街道城马路修了一年了,天天堵车,能想办法解决不?\n\n2025-04-05 00:03:05\n推荐回答(1个)\n回答1:\n\n"
            "经青禾区政府落实,燃气管线还未开工建设,导致路面一直无法恢复,预计今年年底完工。")
    item = _one(text, date(2025, 4, 5))
    assert item.question.startswith("青禾街道城马路")
    assert str(item.due) == "2025-12-31"


def test_a_reply_letter_that_recalls_the_matter_raised_is_the_exchange() -> None:
    """Only the reply is printed: it greets the writer, recalls "您…反映X的相关问题已收悉", and
    is signed by the office; the matter recalled is the question."""
    text = ("网民“老百姓”:\n"
            "您好!您于2018年5月15日在留言板上反映青禾镇街道狭窄的相关问题已收悉,现答复如下:\n"
            "青禾路已于去年9月开工建设,该项目预计于2019年下半年完工。感谢你对我们工作的支持。\n"
            "青禾镇人民政府\n2018年6月21日")
    item = _one(text, date(2018, 6, 21))
    assert item.question == "青禾镇街道狭窄的相关问题"
    assert (item.department, str(item.due)) == ("青禾镇人民政府", "2019-12-31")


def test_a_comment_reported_in_quotes_and_answered_by_a_district() -> None:
    text = ("最近,网民在“政民零距离”栏目评论到“青禾片区的菜市场正在建设中,什么时候可以使用呢?”\n"
            "对此,青禾区政府回答说,街道已敦促开发单位加快办理手续,预计2021年下半年完成项目建设。")
    item = _one(text, date(2020, 1, 10))
    assert item.question.startswith("青禾片区的菜市场")
    assert (item.department, str(item.due)) == ("青禾区政府", "2021-12-31")


def test_an_answer_ends_where_another_official_speaks() -> None:
    """"…会立即开工建设。”陈某进一步明确表示,…明年年底开工" — the second official's date is his,
    not the answer's."""
    text = ("一位网友问:“地铁究竟何时能够过江?”对这个问题,副市长林某回答说,两条过江线路已获批准,"
            "“等相关问题明确后,会立即开工建设。”陈某进一步明确表示,这两条线在明年年底同时开工。")
    item = _one(text, date(2008, 6, 1))
    assert item.department == "副市长林某"
    assert item.due is None


def test_a_write_up_where_the_office_made_its_answer() -> None:
    """"…的网友通过留言板提出了自己的建议。" / "中共某市委办公室作出了答复。针对…,…将于…": the
    answer told as made (作出了答复) follows the reported message."""
    text = ("“第一幼儿园附近的道路挖开后一直没有修复,希望尽快将路修好。”某市的网友通过“领导留言板”提出了自己的建议。\n"
            "收到网友留言后,中共某市委办公室作出了答复。针对网友反馈的道路修复问题,市住建局已督促施工单位,"
            "计划9月底前修复完毕。")
    item = _one(text, date(2022, 9, 14))
    assert (item.department, str(item.due)) == ("中共某市委办公室", "2022-09-30")


def test_a_board_thread_whose_posters_the_copy_lost_answered_in_the_offices_voice() -> None:
    """A board mirrored as a forum thread: the status block names the office ("已处理" / "某市园林局"),
    the first post asks, the next floor answers ("下一步,我们将…") with no name over it."""
    text = ("青禾公园改造后啥时候开园\n\n楼主\n发表于 2023-11-10 16:22:48 |只看该作者\n\n已处理\n\n青禾市园林局\n\n"
            "处理时间\n\n2023-11-20 09:11\n\n"
            "网友“东城小悦”:请问青禾公园改造后啥时间能开园?不是说今年改造开放吗?这马上都年底了。\n\n"
            "使用道具 举报\n\n沙发\n发表于 2023-11-15 17:29:05 |只看该作者\n"
            "青禾公园改造提升项目正在开展前期设计工作。下一步,我们将加快推进,力争2024年12月底前建成并对外开放。\n")
    item = _one(text, date(2023, 11, 20))
    assert "啥时间能开园" in item.question
    assert (item.department, str(item.due)) == ("青禾市园林局", "2024-12-31")


def test_a_reported_post_answered_by_an_office_speaking_after_the_day() -> None:
    """"10月29日,网民孙女士在问政平台发帖反映,…期待学校早点开工" / "10月31日,某区教委介绍,…计划
    2026年完成建设": the office speaking on a day after the post answers it."""
    text = ("10月29日,网民孙女士在问政平台发帖反映,她很期待小区附近规划的青禾学校,学校何时能开工?\n"
            "接到网民反映后,平台联动了九龙坡区。10月31日,九龙坡区教委介绍,青禾学校目前正在办理前期手续,计划2026年完成建设。")
    item = _one(text, date(2024, 11, 6))
    assert (item.department, str(item.due)) == ("九龙坡区教委", "2026-12-31")


def test_a_story_where_the_projects_own_spokesman_answers_the_complaint() -> None:
    """"李女士向新闻热线反映称,…没有按时完成改造。该项目相关负责人表示,…预计今年9月底完成": the
    project's unnamed spokesman answers; the office is left for the answer to name."""
    text = ("近日,居住在青禾路附近的李女士向新闻热线反映称,项目部对青禾路封闭施工后没有按时完成改造,影响市民出行。"
            "该项目相关负责人表示,因要解决周边市民出行问题暂停了施工,计划8月26日继续施工,预计今年9月底完成。")
    item = _one(text, date(2023, 8, 24))
    assert "没有按时完成改造" in item.question
    assert str(item.due) == "2023-09-30"


def test_a_message_and_the_answer_printed_in_full_below_in_one_sentence() -> None:
    """"有网友留言咨询地铁四期申报进度,12月11日,某集团做出回应,全文如下:" then the answer on its
    own: the message is the clause after the ask word; a board's name (留言板) is no message."""
    text = ("近日,有网友留言咨询青禾地铁四期申报进度,12月11日,青禾市轨道交通集团有限公司做出回应,全文如下:\n"
            "四期建设规划正在全力申报中,我们力争明年6月底前获批。\n来源:领导留言板")
    item = _one(text, date(2020, 12, 12))
    assert item.question == "青禾地铁四期申报进度"
    assert (item.department, str(item.due)) == ("青禾市轨道交通集团有限公司", "2021-06-30")
    lede = ("近日,网友通过“领导留言板”为青禾文旅发展建言献策,市相关部门收到留言后积极回应,"
            "表示将对这些建议进行深入研究论证。")
    assert [it.kind for it in extract_items(lede, published=date(2020, 12, 12))] == []


def test_a_boards_tag_after_the_office_is_no_part_of_its_name() -> None:
    text = "网友留言:小区门口的路灯坏了一个多月,什么时候能修好?\n青禾街社会事务办公室(参评)回复:经核实,将于5月10日前修复。"
    item = _one(text, date(2025, 4, 20))
    assert (item.department, str(item.due)) == ("青禾街社会事务办公室", "2025-05-10")


def test_a_boards_administrator_relays_the_offices_answer() -> None:
    """"管理员回复:" on its line, then "针对您反映的问题,水利局回复:…" and the answer's next
    paragraph: one reply, the office relayed its department."""
    text = ("网友留言:县城周边几个村子仍未接通自来水,什么时候可以接通?\n"
            "管理员回复:\n"
            "针对您反映的问题,水利局回复:您反映的问题涉及周边9个村。\n"
            "目前这9个村已被列入江水置换工程,计划2021年12月底前完工。\n"
            "来源:某县政府网")
    item = _one(text, date(2021, 7, 2))
    assert (item.department, str(item.due)) == ("水利局", "2021-12-31")


def test_a_greeting_that_recalls_the_problem_it_answers_below() -> None:
    text = ("网友您好!现就您反映的青禾西城背后市政路4年未竣工问题回复如下:因规划调整,施工计划有所延长,"
            "我们将督促施工方加快进度,争取7月底前将该道路交付使用。\n某区住建局")
    item = _one(text, date(2020, 5, 10))
    assert "市政路4年未竣工" in item.question
    assert str(item.due) == "2020-07-31"


def test_a_write_up_quoting_the_answer_then_naming_who_said_it_in_the_reply() -> None:
    """"…一群众在“领导留言板”上反映,称村庄春节期间用水难。" / "“您反映的停水问题…汇报如下。”某公司在回复
    中表示,…计划2024年2月底通水": the company said it in its reply; the quote mark is no part of it."""
    text = ("近日,某县一群众在人民网“领导留言板”上反映,称自己所在的村庄经常停水,希望相关部门及时解决。\n"
            "“您反映的停水问题我公司高度重视,现将有关情况汇报如下。”青禾银龙供水有限公司在回复中表示,"
            "乡镇水厂计划2月底前完成调压,恢复正常供水。")
    item = _one(text, date(2024, 2, 24))
    assert (item.department, str(item.due)) == ("青禾银龙供水有限公司", "2024-02-29")


def test_an_answer_letter_whose_heading_carries_a_class_mark_before_the_greeting() -> None:
    """"…办理情况的答复(B)某某代表团:你们在…会议上提出的关于“…的建议”…现答复如下": a delegation
    addressed, the greeting after the letter's class mark."""
    text = ("青州市交通运输局关于市六届人大三次会议代表建议第215号办理情况的答复(B)北湖代表团:你们在市六届人大"
            "三次会议上提出的关于“尽快建设北湖至青石旅游公路的建议”(第215号),市政府办公室交由我局办理。"
            "现答复如下:北湖至青石旅游公路已完成设计,我局将督促市交通投资公司年内开工建设。")
    item = _one(text, date(2020, 7, 10))
    assert item.question == "关于“尽快建设北湖至青石旅游公路的建议"
    assert str(item.due) == "2020-12-31"


def test_the_office_alone_after_the_answer_label_answers_on_the_lines_below() -> None:
    text = ("问:青石路桥啥时候能修完?工地上天天停工,这10月底能不能修好?\n答:青州市水务局\n"
            "按照工程计划,青石路桥将于2020年10月底完工通车。")
    item = _one(text, date(2020, 8, 1))
    assert (item.department, str(item.due)) == ("青州市水务局", "2020-10-31")


def test_a_letter_answering_the_group_addressed_as_gui_danwei_after_its_thanks() -> None:
    """"感谢贵单位对…的支持。贵单位所提出的关于…的建议提案,转我单位办理,现将办理情况答复如下:"."""
    text = ("青州市交通运输局\n关于市政协十届五次会议第28号提案的答复\n北湖区政协:\n"
            "感谢贵单位对全市交通工作的关心和支持。贵单位所提出的关于构建县际交通快速通道的建议提案,转我单位办理,"
            "现将办理情况答复如下:北湖至青石快速通道已完成工可,计划2020年底开工建设。\n青州市交通运输局\n2020年6月1日")
    item = _one(text, date(2020, 6, 1))
    assert (item.kind, item.department, str(item.due)) == ("inquiry", "青州市交通运输局", "2020-12-31")


def test_an_answer_letter_goes_on_past_its_numbered_headings() -> None:
    """A long answer letter in numbered sections ("一、工作推进情况" / "(一)…"): the short heading
    is no signature, and the date in the section below is the letter's."""
    text = ("青州市交通运输局关于路19号建议答复的函\n\n王某某等3位代表:\n\n你们在青州市六届人大五次会议上提出的"
            "《关于推进青州机场周边配套设施建设的建议》(路19号)收悉。经研究,现答复如下:\n\n一、工作推进情况\n\n"
            "(一)完善机场配套设施建设。机场进场道路北段已通车,南段计划明年7月前完工。\n\n"
            "(二)加强公交服务。已开通机场专线。\n\n青州市交通运输局\n2020年8月11日")
    item = _one(text, date(2020, 8, 11))
    assert (item.kind, item.department, str(item.due)) == ("inquiry", "青州市交通运输局", "2021-07-31")


def test_a_letter_whose_title_is_its_question_is_answered_by_the_office_the_title_names() -> None:
    """The title "某局关于…第20号建议的答复" stands for the question (the letter quotes none), a
    source and a date line under it: the office the title opens with answers."""
    text = ("首页 > 建议公开 > 答复意见\n\n青石旗住房和城乡建设局关于旗十一届人大第二次会议第20号建议的答复\n\n来源:\n\n"
            "发布时间:2024-03-04\n\n尊敬的王某代表:\n\n您提出的建议按照文明城市创建要求尽快修缮中心转盘灯塔,我单位已收悉。"
            "经认真研究,现答复如下:\n\n旗公用事业服务中心每年定期对镇区照明设施开展排查,发现问题及时修复。")
    item = _one(text, date(2024, 3, 4))
    assert (item.kind, item.department) == ("inquiry", "青石旗住房和城乡建设局")


def test_a_field_page_whose_answer_field_is_called_reply_information() -> None:
    text = ("为家乡的路而叹息\n留言类型: 市民投诉\n留言时间: 2016/8/29 15:54:00\n留言内容:\n\n"
            "    通往刘沟方向的乡村路为什么一直中断,不往前延伸呢?希望政府加快修路。\n\n"
            "办理单位: 青石镇\n回复信息:\n\n    这条路已被青石镇政府列入维修计划,预计在2017年8月底前完成水泥路面铺设。\n\n返回顶部")
    item = _one(text, date(2016, 9, 20))
    assert (item.kind, item.department, str(item.due)) == ("inquiry", "青石镇", "2017-08-31")


def test_a_forum_thread_answered_by_the_office_in_a_later_floor() -> None:
    """A thread: the message, another user's bump ("帮顶…"), then the office's floor — its
    greeting on its own line and its sentence broken across short lines — and the forum's 回复
    buttons over 使用道具 举报 between the floors (no field, no value)."""
    text = ("青州论坛\n查看: 9097|回复: 2\n青石路改造工程对百姓出行造成不便\n发表于 2015-1-16 09:17:48 | 显示全部楼层\n"
            "我是青石小区住户,青石路改造将路面破坏之后闲置一个月,既不动工也不管理,请有关部门尽快解决。谢谢!\n回复\n"
            "使用道具 举报\n发表于 2015-1-17 13:42:20 | 显示全部楼层\n帮顶,有关部门要解决民生问题啊!\n回复\n使用道具 举报\n"
            "发表于 2015-1-20 17:44:18 | 显示全部楼层\n网友您好:\n您所反映的\n青石路改造工程相关问题,现我局答复如下:\n"
            "目前我局正在进行方案变更,拟组织重新招标,预计该项工程将在2015年4月竣工。\n青州市住房和城乡建设局\n"
            "2015年1月20日\n回复\n使用道具 举报\n")
    item = _one(text, date(2015, 1, 20))
    assert item.question.startswith("我是青石小区住户")
    assert (item.kind, item.department, str(item.due)) == ("inquiry", "青州市住房和城乡建设局", "2015-04-30")


def test_a_story_reading_out_the_reply_it_was_shown() -> None:
    text = ("近日,有网友在市长信箱留言,反映新建的城南小学投用两年了,操场还没有铺好,孩子们只能在水泥地上上体育课。\n\n"
            "相关部门调查后回复了网友。官方回复显示,操场改造因设计变更进度滞后,目前正在抓紧施工,预计10月底前完工。\n")
    (item,) = extract_items(text, published=date(2021, 6, 3))
    assert item.kind == "inquiry" and "操场还没有铺好" in item.question
    assert item.reply.startswith("操场改造因设计变更") and item.deadline_expr == "10月底前"


def test_the_office_that_looked_into_it_answers_over_the_sites_source_line() -> None:
    text = ("时间:2021-03-02 10:20:31    来源:某某生活网\n\n问题案例:城北新区的九年制学校什么时候能建好?\n\n"
            "解答内容:1、经区教育局了解,该校已开工建设,计划明年8月底前完工。\n")
    (item,) = extract_items(text, published=date(2021, 3, 2))
    assert item.department == "区教育局" and item.due == date(2022, 8, 31)


def test_an_office_planning_in_the_answers_second_paragraph_replied() -> None:
    text = ("问题:城东片区一到晚上水压就不够,五楼以上经常停水,什么时候能解决?\n\n"
            "答复:经了解,城东片区高峰期管网水压偏低。\n\n"
            "县自来水有限公司近期计划对城东主干管进行扩建,计划11月中旬完工。\n")
    (item,) = extract_items(text, published=date(2021, 9, 15))
    assert item.department == "县自来水有限公司" and item.deadline_expr == "11月中旬"


def test_an_answer_given_point_by_point_under_numbered_headings_signed_by_a_spokesperson() -> None:
    text = ("路面积水 问题:村口那段路一下雨就积水,车都过不去,请问会不会解决?\n\n"
            "答复:针对您反映的问题,我们已经收悉,经调查了解,现答复如下:\n\n一、问题核实\n\n"
            "8月20日,该路段因连日降雨积水,群众出行不便。\n\n二、处理情况\n\n"
            "镇政府已安排施工单位开挖排水沟,此工程预计9月底完工。\n\n三、其他\n\n"
            "如有疑问,您可致电镇政府进行咨询,电话:0000-1234567。\n\n某某区网络发言人\n\n"
            "供水问题\n\n问题:水压不足,几时可解决?\n\n答复:计划11月中旬完成管道扩建。\n")
    first, second = extract_items(text, published=date(2021, 8, 25))
    assert first.department == "某某区" and first.deadline_expr == "9月底"
    assert second.question == "水压不足,几时可解决?" and second.deadline_expr == "11月中旬"


def test_an_office_answering_under_its_two_names_after_an_unfinished_message_line() -> None:
    """The message's last line has no full stop; the answer's label below names the office
    with its other name in brackets, spaced from the verb: the label is not glued onto the
    message, and the office is named as printed."""
    text = ("网友甲向某区政府问:\n小区大门口马路 污水横流 臭气熏天。 希望有关部门前来调查 处理\n"
            "某市南站综合管理中心(某市高铁新城建设中心) 答复:\n"
            "关于WX2020061344信访件的回复尊敬的网友:您好!您反映的问题,我们已经收到。现将答复意见回复如下:"
            "经调查,该路段污水管网破裂,需对全路段管网进行重建,目前已确定施工单位,施工单位将于11月底进场整改。"
            "最后,感谢您的来件。\n")
    (item,) = extract_items(text, published=date(2020, 10, 30))
    assert item.kind == "inquiry" and item.department == "某市南站综合管理中心(某市高铁新城建设中心)"
    assert item.question == "小区大门口马路 污水横流 臭气熏天。 希望有关部门前来调查 处理" and item.deadline_expr == "11月底"


def test_a_hotline_transcript_of_callers_by_surname_and_an_official_by_name() -> None:
    """A 市长热线 write-up introduces the official with a title, then prints each caller by
    surname ("曾先生:") and the official's answer under his name alone ("王某某:")."""
    text = ("12月25日上午,某区管委会主任王某某接听市长热线。\n\n"
            "曾先生:我的女儿马上就要上小学了,听说附近要新建一所小学,具体建设时间定了吗?\n\n"
            "王某某:新学校建设已经研究过了,开建的时间应该在明年,后年可以开学。\n\n"
            "杨女士:城东学校建设情况如何,明年何时开学?\n\n"
            "王某某:目前主体已经完成,预计明年上半年竣工,明年九月开学。\n\n"
            "对于市民反映的问题,王某某一一给予了回复。\n")
    items = extract_items(text, published=date(2019, 12, 25))
    assert [(i.kind, i.department) for i in items] == [("inquiry", "王某某"), ("inquiry", "王某某")]
    assert items[1].question == "城东学校建设情况如何,明年何时开学?"


def test_a_greeting_to_the_writer_is_no_caller() -> None:
    text = "网友:小区门口路灯坏了,什么时候修?\n\n区城管局回复:\n杨先生:您好!路灯已列入维修计划,本月底前修复。\n"
    (item,) = extract_items(text, published=date(2021, 5, 6))
    assert item.department == "区城管局" and item.deadline_expr == "本月底前"


def test_an_office_replying_under_its_name_and_the_word_for_content() -> None:
    """The letter's field is followed by the answer under "<office>回复内容:" on its own line: the
    office replied (a plain "回复内容:" names none)."""
    text = ("来信内容:\n村口道路坑坑洼洼,雨天无法出行,望领导为我们修路。\n\n"
            "某县某镇人民政府回复内容:\n反映事项收悉,现答复如下:该路已列入今年畅通工程计划,预计年底前动工建设。\n")
    (item,) = extract_items(text, published=date(2021, 5, 6))
    assert item.kind == "inquiry" and item.department == "某县某镇人民政府" and item.deadline_expr == "年底前"


def test_an_office_name_whose_government_a_site_masked_is_read_and_kept_as_printed() -> None:
    """Some news sites print 政府 as "*府": the label is read as the office's, and the office is
    named as the page prints it."""
    text = ("来信内容:\n村口道路坑坑洼洼,雨天无法出行,望领导为我们修路。\n\n"
            "某县某镇人民*府回复内容:\n反映事项收悉,现答复如下:该路已列入今年畅通工程计划,预计年底前动工建设。\n")
    (item,) = extract_items(text, published=date(2021, 5, 6))
    assert item.kind == "inquiry" and item.department == "某县某镇人民*府"


def test_offices_answering_in_turn_under_one_reply_heading_each_give_an_exchange() -> None:
    """A 问政 write-up prints the message, then "【部门回复】" and a paragraph per office, each
    opening with the office's name: one exchange per office, the message shared."""
    text = ("【市民留言】\n\n小区门口的公交站点被取消,居民出行不便,有没有解决办法?旁边被挖断的人行道何时能恢复?\n\n"
            "【部门回复】\n\n某市公交集团有限公司:市民,您好!经过客流调查,我们已调整线路,居民可换乘12路前往。\n\n"
            "感谢市民对公交事业的关心和支持。\n\n"
            "某某区:针对人行道何时能恢复的问题,经核实,施工单位将于5月底前恢复通行。\n")
    items = extract_items(text, published=date(2024, 3, 1))
    assert [(i.kind, i.department, i.deadline_expr) for i in items] == [
        ("inquiry", "某市公交集团有限公司", None), ("inquiry", "某某区", "5月底前")]
    assert items[0].reply.startswith("市民,您好!") and "感谢市民" in items[0].reply


def test_a_reply_whose_works_finish_on_a_date_before_use_answers_with_that_date() -> None:
    """"计划5月进场施工,10月份建设完成后投入使用": the works finished in October, in use after,
    answer when the road will be through; the start in May is a step before (a 完成后 on a
    finish is no condition on some other date)."""
    text = ("网友留言:\n某路西延至某河一直未贯通,业主下雨天无法出行,希望领导尽快解决。\n"
            "回复单位:某县人民政府\n"
            "回复内容:\n经县城管部门核实,目前项目资金已拨付,正在办理用地许可证,初步计划5月进场施工,10月份建设完成后投入使用。\n")
    (item,) = extract_items(text, published=date(2025, 3, 20))
    assert item.deadline_expr == "10月份" and item.due == date(2025, 10, 31)


def test_a_live_forum_write_up_answered_by_an_official_who_replies_in_quotes() -> None:
    """A 广场问政 write-up: a villager's question quoted and answered (给予答复:), then a man called by
    surname and 师傅 who 反映 a problem and an official who "回复道:“…”", in one paragraph: two
    exchanges, the second asked in its own words."""
    text = ("平安县广场问政昨日开场。\n\n"
            "“我们村的渠没有砌护,每到灌溉时节就遇到淌水难,啥时候能给解决?”村民王某问道,平安县水务局负责人当场给予答复:"
            "将立即进行实地调查,争取申请项目资金。\n\n"
            "马师傅接过话筒反映,孩子中午不回家,午饭没法解决。平安县教体局局长许某回复道:“学校已经设有热饭的"
            "地点和设施,下一步将统筹规划,尽最大努力解决该问题。\n")
    items = [i for i in extract_items(text, published=date(2015, 4, 26)) if i.kind == "inquiry"]
    assert [i.department for i in items] == ["平安县水务局", "平安县教体局"]
    assert items[1].question.startswith("马师傅接过话筒反映")
