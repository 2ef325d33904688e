"""Page shapes seen on real 留言板/信箱 pages, written here in the project's own words:
field pages in each layout, letters with a greeting and a signature, answer letters to delegates."""

from __future__ import annotations

from datetime import date

from inquiry_tracker import extract_items

PUB = date(2022, 6, 1)


def _inquiries(text: str) -> list:
    return [it for it in extract_items(text, published=PUB) if it.kind == "inquiry"]


def test_fields_with_their_values_on_the_next_line() -> None:
    text = ("信件标题:\n东湖小区门前路灯何时修好\n写 信 人:\n张**\n信件内容:\n小区门前的路灯坏了一个多月,晚上出行很不方便,"
            "请问什么时候能修好?\n信件回复:\n您好,您的来信已收悉。经核实,该路段路灯线路老化,我局已安排检修,预计6月底前恢复照明。\n"
            "回复部门:\n市城市管理局\n回信时间:\n2022-05-30 10:12:00")
    (item,) = _inquiries(text)
    assert item.question.startswith("小区门前的路灯坏了")
    assert item.reply.startswith("您好,您的来信已收悉") and "回复部门" not in item.reply
    assert item.department == "市城市管理局"
    assert (item.deadline_expr, str(item.due)) == ("6月底前", "2022-06-30")


def test_a_flattened_table_of_fields() -> None:
    text = ("信件信息 | |||\n信件名称: | 关于北环路积水的问题 | ||\n信件内容: | 北环路一下雨就积水,车辆无法通行,希望尽快解决 | ||\n"
            "回复部门: | 市住房和城乡建设局 | 回复时间: | 2022-05-27 |\n"
            "回复内容: | 您好!来信收悉。北环路排水改造工程已开工,计划8月底完工。 |")
    (item,) = _inquiries(text)
    assert item.question == "北环路一下雨就积水,车辆无法通行,希望尽快解决"
    assert item.department == "市住房和城乡建设局"
    assert str(item.due) == "2022-08-31"


def test_fields_with_a_space_instead_of_a_colon() -> None:
    text = ("来信标题 请尽快修复南湖路\n来信时间 2022年05月12日\n来信内容 南湖路路面塌陷已经两周,至今没有围挡,夜里很危险。\n"
            "受理单位 区交通运输局\n回复内容 李女士您好!感谢您的来信。塌陷路段已设置围挡,修复工程将于6月15日前完成。")
    (item,) = _inquiries(text)
    assert item.department == "区交通运输局"
    assert item.question.startswith("南湖路路面塌陷")
    assert str(item.due) == "2022-06-15"


def test_an_unlabelled_message_answered_by_a_signed_letter() -> None:
    text = ("关于西郊公园开放时间\n2022-05-20 09:13\n西郊公园围挡已经一年多了,周边居民都盼着早日开放,请问今年能开放吗?\n"
            "网友您好!您反映的问题已收悉,现答复如下:西郊公园提升工程正在进行绿化施工,计划今年10月底对外开放。\n"
            "感谢您对我们工作的支持!\n城西街道办事处\n2022年5月25日")
    (item,) = _inquiries(text)
    assert item.question.startswith("西郊公园围挡已经一年多了")
    assert item.department == "城西街道办事处"
    assert str(item.due) == "2022-10-31"


def test_a_citizens_greeting_to_officials_is_the_question_not_a_reply() -> None:
    text = ("尊敬的区长:您好!我们村的主路坑洼不平,雨天无法通行,恳请早日修缮。\n信息反馈\n"
            "网友反映的村道已列入今年农村公路改造计划,预计9月底前完成路面硬化。\n石桥镇人民政府")
    (item,) = _inquiries(text)
    assert item.question.startswith("尊敬的区长")
    assert item.reply.startswith("网友反映的村道")
    assert item.department == "石桥镇人民政府"


def test_a_holding_reply_is_not_an_item() -> None:
    text = ("信件内容:\n春晖路的公交站台被拆了,什么时候恢复?\n信件回复:\n您好!您反映的问题我们已关注,请您耐心等待回复。\n"
            "回复部门:\n市交通运输局")
    assert _inquiries(text) == []


def test_an_answer_letter_to_a_delegate() -> None:
    text = ("关于市人大第五次会议第12号建议的答复\n王某某等2名代表:\n"
            "你们提出的《关于加快滨江路延伸段建设的建议》收悉,现答复如下:\n"
            "滨江路延伸段已完成初步设计,我局将会同有关部门加快征地进度,力争明年6月底前开工。\n"
            "感谢你们对交通工作的关心和支持。\n市交通运输局\n2022年5月20日\n联系人:陈某 电话:1234567")
    (item,) = _inquiries(text)
    assert item.question == "关于加快滨江路延伸段建设的建议"
    assert item.reply.startswith("王某某等2名代表")
    assert item.department == "市交通运输局"
    assert str(item.due) == "2023-06-30"


def test_an_answer_letter_to_a_party_group_that_put_the_proposal() -> None:
    """A 提案 is put forward by a party group too; the answer greets the group ("民进某县支部:")."""
    text = ("关于县政协第五次会议第21号提案的复函\n民进某县支部:\n"
            "你支部提出的《关于改造老城区供水管网的建议》(第21号提案)收悉,现函复如下。\n"
            "县政府已研究决定投入资金改造老城区供水管网,预计9月启动工程建设,年底前完成主体工程建设并投入运行。\n"
            "某县人民政府办公室\n2022年7月14日")
    (item,) = _inquiries(text)
    assert item.question == "关于改造老城区供水管网的建议"
    assert (item.department, str(item.due)) == ("某县人民政府办公室", "2022-12-31")


def test_an_answer_letter_signed_only_at_the_end_of_its_contact_line() -> None:
    text = ("关于县人大二次会议第37号代表建议的答复\n张某某等代表:\n"
            "您提出的《关于加强农村饮水安全投入的建议》收悉,现答复如下:\n"
            "我局将积极争取资金,计划明年6月底前完成老旧供水管网改造。\n"
            "联系人姓名及电话:孙某 15900001111 某县水利局 2023年")
    (item,) = _inquiries(text)
    assert (item.department, str(item.due)) == ("某县水利局", "2023-06-30")


def test_an_answer_letter_addressing_the_delegate_as_you() -> None:
    """No greeting line: "您在某县人大第五次会议上提出的第63号“关于…的建议”已交我们办理,现将办理
    情况答复如下:" opens the letter; the suggestion quoted is the question."""
    text = ("对某县人大第六次会议第5号建议的答复\n"
            "您在某县人大第五次会议上提出的第63号“关于烂尾楼清理整治工作的建议”已交我们办理,现将办理情况答复如下:\n"
            "县政府已召开专题会议,确保年底前完成新的项目招商。\n感谢您对政府工作的关心和支持。")
    (item,) = _inquiries(text)
    assert item.question == "关于烂尾楼清理整治工作的建议"
    assert str(item.due) == "2022-12-31"


def test_an_answer_letter_whose_office_opens_the_answer_after_its_lead_in() -> None:
    """Unsigned: "…的建议已收悉,答复如下:某县水利局对…" — the office opening the answer replies."""
    text = ("任某代表:\n"
            "您提出的《关于解决某镇农田灌溉的建议》已收悉,答复如下:青禾县水利局对代表的提议高度重视,"
            "已将该项目列入计划,计划于2022年全面解决该问题。")
    (item,) = _inquiries(text)
    assert (item.department, str(item.due)) == ("青禾县水利局", "2022-12-31")


def test_a_long_reply_keeps_its_deadline() -> None:
    body = "\n".join(f"第{i}点,相关情况已经核实并按程序推进。" for i in range(1, 9))
    text = ("网友留言:旧城改造项目什么时候交房?\n区住建局回复:\n" + body + "\n项目计划2023年12月底前交付使用。")
    items = extract_items(text, published=PUB)
    assert [it.kind for it in items] == ["inquiry"]
    assert (items[0].department, str(items[0].due)) == ("区住建局", "2023-12-31")


def test_a_bare_year_before_a_finishing_act_is_that_years_end() -> None:
    text = "网友提问:滨海大道什么时候通车?\n市交通局回复:该项目正在加紧施工,计划2024年建成通车。"
    (item,) = _inquiries(text)
    assert (item.deadline_expr, str(item.due)) == ("2024年", "2024-12-31")


def test_a_mirror_page_in_traditional_characters_with_pinyin_inside_words() -> None:
    text = ("網友留言:請問縣城南環路何時(shí)能通車?\n"
            "縣交通運輸局回復:您好!南環路正在鋪設瀝青,計劃今年10月底建成通車。")
    (item,) = _inquiries(text)
    assert item.question == "請問縣城南環路何時(shí)能通車?"
    assert item.department == "縣交通運輸局"
    assert (item.deadline_expr, str(item.due)) == ("今年10月底", "2022-10-31")
    assert item.reply.startswith("您好!南環路")


def test_an_exchange_told_in_a_news_story() -> None:
    text = ("近日,有市民通过市长热线反映,城东菜市场门前道路破损严重,雨天积水难行。\n"
            "对此,区住建局回复称,该路段已纳入今年道路维修计划,预计8月底前完成修复。")
    (item,) = _inquiries(text)
    assert item.question.startswith("近日,有市民通过市长热线反映")
    assert item.department == "区住建局"
    assert str(item.due) == "2022-08-31"


def test_a_story_quoting_the_question_it_answers() -> None:
    text = "针对网友提出的“能否在滨江公园增设公共厕所”的建议,市园林局回复表示,新厕所正在施工,计划今年10月投入使用。"
    (item,) = _inquiries(text)
    assert item.question == "能否在滨江公园增设公共厕所"
    assert item.department == "市园林局"
    assert str(item.due) == "2022-10-31"


def test_where_real_replies_name_their_office() -> None:
    # the office field carries the reply's time stamp
    text = ("留言内容:\n东环路施工半年了还没完工,何时恢复通行?\n回复部门:住房和城乡建设局 2022-05-28 10:01:08\n"
            "网友您好:该工程计划6月底完工并恢复通行。")
    assert _inquiries(text)[0].department == "住房和城乡建设局"
    # the office that looked into it, named in the reply
    text = ("“小王”网友:\n小区路灯不亮已经一周。\n常熟市便民服务员\n“小王”网友,您好:根据您反映的情况,经城西镇核查,"
            "现答复如下:所在村委将在月底前完成修复。感谢您的关注。")
    assert _inquiries(text)[0].department == "城西镇"
    # the signature closing the reply's last line, after its full stop
    text = ("网友留言:学校空调何时装好?\n网友,您好!空调采购已进入招标阶段,预计年内投入使用。感谢您的留言。 某县教育局 2022年5月7日 |")
    assert _inquiries(text)[0].department == "某县教育局"


def test_markup_kept_as_text_is_not_read() -> None:
    text = ("网友留言:公园东门何时开放?<br>回复:东门改造预计明年建设完成。<br>福清市园林管理处&nbsp于&nbsp2022-05-07 09:04")
    (item,) = _inquiries(text)
    assert item.department == "福清市园林管理处"
    assert item.reply == "东门改造预计明年建设完成。"  # the markup and the signature are no part of it


def test_a_reply_below_metadata_fields_and_an_office_line() -> None:
    text = ("关于北湖公园改造\n来信人:wang***\n时间:2022-05-20\n您好,请问北湖公园改造什么时候完工?\n市园林局\n"
            "答复时间:2022-05-25\n您好!您的来信收悉,现答复如下:北湖公园改造计划今年9月底完工。")
    (item,) = _inquiries(text)
    assert item.question == "您好,请问北湖公园改造什么时候完工?"
    assert item.department == "市园林局"


def test_a_story_whose_answer_names_its_office_inside() -> None:
    text = ("日前,有市民在政务网留言,咨询地铁3号线东站出入口何时开通。\n"
            "对此,市政府相关部门进行了回复:经市地铁办落实,出入口正在加紧施工,争取今年年底开通。")
    (item,) = _inquiries(text)
    assert item.department == "市地铁办"
    assert str(item.due) == "2022-12-31"


def test_a_reply_label_with_its_stamp_and_office() -> None:
    text = ("具体诉求:恳请早日推动东环路开工建设。\n"
            "官方回复2022-05-22 14:42某市某区人民政府       您好,经了解,取得批复后将立即进场施工,预计年底前完成。")
    (item,) = _inquiries(text)
    assert item.department == "某市某区人民政府"


def test_letter_and_answer_fields_and_an_office_signing_with_fu() -> None:
    text = "来信:\n小区旁边为什么没有公立学校?孩子上学太远。\n来信时间:2022年04月16日\n回信:\n经查,新学校已开工,预计明年9月投入使用。"
    (item,) = _inquiries(text)
    assert item.question.startswith("小区旁边为什么没有公立学校")
    assert str(item.due) == "2023-09-30"
    text = "市民王女士\n领导您好,铁西公园什么时候开园?\n2022-2-25\n某市城市国有资产经营有限公司复:\n接到诉求后高度重视,预计5月底前开园。"
    (item,) = _inquiries(text)
    assert item.department == "某市城市国有资产经营有限公司"


def test_a_story_whose_office_is_named_before_its_spokesperson() -> None:
    text = ("近日,有网友询问:城东至高铁站的道路何时才能修好?\n"
            "4月2日,记者致电了青山市交通局,该单位负责人表示,该路段预计今年10月底完工。")
    (item,) = _inquiries(text)
    assert item.department == "青山市交通局"


def test_a_handling_plan_for_a_delegates_proposal() -> None:
    text = ("针对李某委员提出的“关于加快城北公园建设的建议”的提案,现将办理方案汇报如下:"
            "一、目标年内完成城北公园的设计方案。二、时间安排:明年6月底前完成一期建设。\n某县住房和城乡建设局\n2022年5月10日")
    (item,) = _inquiries(text)
    assert item.question == "关于加快城北公园建设的建议"
    assert item.department == "某县住房和城乡建设局"


def test_offices_glued_to_their_field_in_brackets_or_only_saying_we() -> None:
    text = "问题案例:同志你好!请问新学校何时动工?\n回复单位城南区人民政府(政府办公室)?\n解答内容:新学校预计明年开工建设。"
    assert _inquiries(text)[0].department == "城南区人民政府(政府办公室)"
    text = ("网民留言:幼儿园何时开园?\n网民您好,感谢您对某市人民政府门户网站的关注:留言已收悉,现答复如下:"
            "幼儿园预计今年9月开园。\n来源:某市教育局")
    assert _inquiries(text)[0].department != "某市人民政府门户网站"


def test_offices_relayed_closing_in_brackets_or_heading_a_letter() -> None:
    text = ("网友留言:地铁3号线什么时候开工?\n回复:\n网友您好!收悉您的留言后,我中心按照有关规定转派至市住房和城乡建设局办理,"
            "现将具体情况反馈如下:3号线计划明年开工。")
    assert _inquiries(text)[0].department == "市住房和城乡建设局"
    text = ("网友留言:候车亭何时建好?\n回复:港湾式候车亭已开工建设,将于9月上旬投入使用。\n(市交通运输局网络发言人)")
    assert _inquiries(text)[0].department == "市交通运输局"
    text = ("州水利局\n主任、各位副主任、秘书长、各位委员:\n现将李某代表提出的《关于加强界河堤防建设的建议》办理情况报告如下:"
            "堤防工程计划2023年9月底完工。")
    assert _inquiries(text)[0].department == "州水利局"


def test_a_story_whose_reply_sentence_names_the_question() -> None:
    text = ("6月20日,南关区住建局回复了市民关于东二条街排水改造进度的问题。南关区住建局回复:"
            "排水管网改造已完成招标,计划8月底前完成施工。")
    (item,) = _inquiries(text)
    assert item.question == "东二条街排水改造进度"
    assert item.department == "南关区住建局"
    assert str(item.due) == "2022-08-31"


def test_a_story_whose_message_follows_a_colon_and_the_answer_comes_from_the_authorities() -> None:
    text = ("近日有网友在留言板就该小区供暖管网改造发起了咨询:去年冬天暖气一直不热,"
            "改造拖了大半年还没完成,希望尽快给个说法。\n"
            "官方回复称:经向施工单位了解,该改造工程计划今年10月底前完工,确保按时供暖。")
    (item,) = _inquiries(text)
    assert item.question.startswith("去年冬天暖气一直不热")
    assert item.department is None
    assert str(item.due) == "2022-10-31"


def test_a_web_interview_telling_two_exchanges_in_one_paragraph() -> None:
    text = ("今日下午,北城区区长张某某做客网络在线访谈,与网友交流。有网友反映,幸福路8号楼申请供暖已经三年了,"
            "至今没有进展。张某某区长答复,该楼已列入今年的改造计划,年底前将解决供暖问题。"
            "“张区长您好,我住在东湖社区,冬天一直没有供热,什么时候能通上暖气?”对于网友的这一问题,"
            "张某某区长答复,东湖社区已纳入集中供热计划,争取今年11月前实现供热。")
    items = _inquiries(text)
    assert [i.department for i in items] == ["张某某区长", "张某某区长"]
    assert [str(i.due) for i in items] == ["2022-12-31", "2022-11-30"]
    assert items[0].question.startswith("有网友反映,幸福路8号楼") and "东湖社区" not in items[0].reply
    assert items[1].question.startswith("张区长您好")


def test_a_relay_whose_answer_comes_under_a_bare_label_after_naming_the_office() -> None:
    text = ("7月19日,某市市长公开电话办公室回复了市民关于幸福小区改造何时动工的问题。\n"
            "得到回复:幸福小区已列入今年老旧小区改造计划,该项目将于今年10月底前完工。")
    (item,) = _inquiries(text)
    assert item.question == "幸福小区改造何时动工"
    assert item.department == "某市市长公开电话办公室"
    assert str(item.due) == "2022-10-31"


def test_a_story_where_the_office_responds_with_a_comma() -> None:
    text = ("近日,有多名市民通过新闻热线咨询城南新区第二小学何时开学?\n"
            "就此事,城南区教体局回应,该校主体工程已完工,计划今年9月1日开学。")
    (item,) = _inquiries(text)
    assert item.department == "城南区教体局"
    assert str(item.due) == "2022-09-01"


def test_the_reply_office_field_names_the_office_before_the_signature() -> None:
    below = ("请问城东小学何时扩建?已经等了两年了。\n\n写 信 人:小王写信时间:2022-04-15 17:37:19\n\n"
             "信件回复:\n网友您好:\n关于城东小学扩建的问题,现说明如下:该校扩建已纳入计划,预计今年9月启动建设。\n\n"
             "特此回复!\n\n开发区教育局\n\n回复部门:开发区管委会回信时间:2022-04-26 14:51:14满 意 度:满意")
    (item,) = _inquiries(below)
    assert item.department == "开发区管委会"
    above = ("标题:新城学校规划\n\n请问新城附近规划的学校什么时候动工?孩子上学要走很远。\n\n"
             "回复部门:新城区 回复时间:2022-05-20 14:24 是否超时:\n\n尊敬的网友:\n\n您好,经了解,"
             "该校设计方案已完成,计划今年10月开工建设。\n\n新城区教育局\n\n2022年5月20日")
    (item,) = _inquiries(above)
    assert item.department == "新城区"


def test_an_acknowledgement_then_the_relayed_answer_of_the_office_that_handled_it() -> None:
    text = ("网友诉求:\n\n小区供暖管道改造的通知对明管暗管只字不提,希望相关部门给个解释。\n\n"
            "某市人民政府回复:\n\n您好,您的留言已收到,已核转相关部门抓紧处理。后续处理及进展情况将及时与您联系反馈。\n\n"
            "供热办答复如下:改造方案经设计单位多次勘察后确定,全部采取架空施工,计划今年10月底前完工。")
    (item,) = _inquiries(text)
    assert item.department == "供热办"
    assert item.reply.startswith("供热办答复如下")
    assert str(item.due) == "2022-10-31"


def test_finishing_the_groundwork_is_not_the_answer_to_when_the_building_happens() -> None:
    text = ("留言标题:城西小学何时扩建\n留言内容:城西小学何时扩建?等了三年了。\n"
            "回复单位:开发区教育局\n回复内容:网友您好,预计今年完成学校的规划设计,明年启动该校建设。")
    (item,) = _inquiries(text)
    assert str(item.due) == "2023-12-31"


def test_offices_signing_in_the_ways_mirrors_print_them() -> None:
    stamped = ("来信:\n请问东园公园什么时候开工建设?看到有机器在作业。\n"
               "您好!诉求件已收悉,现将办理情况答复如下:东园部分已纳入城建计划,预计明年建设完成。"
               "某市园林管理处于2022-07-07 09:04回复")
    assert _inquiries(stamped)[0].department == "某市园林管理处"
    garbled = ("来信:\n为什么这边连一所像样的公立学校都没有?孩子上学太远。\n来信时间:2022年04月16日\n回信:\n"
               "经查,该片区学校已列入规划,计划明年9月投入使用。感谢您的理解。\n某区教育局?2022年04月17日")
    assert _inquiries(garbled)[0].department == "某区教育局"
    table = ("来信内容: | 请问城北幼儿园到底啥时候能开园? |\n||\n答复内容: | 您好,城北幼儿园正在收尾,"
             "计划明年3月1日前开园。 |\n||\n回复时间: | 2022-12-18 11:49 | ||\n答复单位: | 市教育局 |")
    assert _inquiries(table)[0].department == "市教育局"


def test_question_and_a_place_answering_on_one_line() -> None:
    text = ("【幼儿园上新】市民:两个社区之间一直没有公立幼儿园 , 希望政府能建一所 。 城南新区:区教育局拟将"
            "原中学的一块区域改扩成一所公办园 , 预计今年9月开园 。")
    (item,) = _inquiries(text)
    assert item.department == "城南新区"
    assert item.question.startswith("两个社区之间")
    assert str(item.due) == "2022-09-30"


def test_a_reply_label_written_with_the_traditional_fu() -> None:
    text = ("8月24日,網友在《民生熱線》投訴稱:區圖書館規模較小,設施簡陋,請問是否有新建計劃?\n"
            "某區黨政辦就該問題回覆:圖書館改造項目已選址,目前正在裝修,將在年底向市民開放。")
    (item,) = _inquiries(text)
    assert item.department == "某區黨政辦"
    assert str(item.due) == "2022-12-31"


def test_a_radio_call_where_an_official_answers_an_unlabelled_question() -> None:
    text = ("在上丹路的人行道上,一个窨井盖上个月被货车压坏了。晚上路灯昏暗,请问什么时候才能派人来维修呢?\n"
            "记者(王某)连线:\n"
            "市排水管道养护所副所长黎某:我们已派人到现场设立警示标志,计划本月底前将窨井盖修好。")
    (item,) = _inquiries(text)
    assert item.department == "市排水管道养护所"
    assert item.question.startswith("在上丹路的人行道上")
    assert str(item.due) == "2022-06-30"


def test_a_suggestion_handling_record_with_summary_fields_and_a_grade() -> None:
    text = ("建议标题:《关于城东大道修复的建议》\n"
            "建议内容(摘要):城东大道路面破损严重,建议对该道路进行提升改造,彻底消除交通安全隐患。\n"
            "承办单位:某县交通运输局\n"
            "办理复文(摘要): 该项目分期建设,一期已完工。剩余路段作为二期建设,项目于今年5月开工,预计今年12月完工。\n"
            "办结时间:2022年5月30日\n办理结果:A类")
    (item,) = _inquiries(text)
    assert item.question.startswith("城东大道路面破损严重")
    assert item.reply.startswith("该项目分期建设")
    assert item.department == "某县交通运输局"
    assert str(item.due) == "2022-12-31"


def test_a_co_handling_office_answering_the_lead_office() -> None:
    text = ("关于市政协第147号提案的答复函\n市卫生健康委员会:\n"
            "我单位协助贵单位办理的“关于加快新区综合医院建设”的提案,经认真办理,现答复如下:\n"
            "新区综合医院为市重点工程项目,建设方正在加快建设进度,计划今年10月份启用。\n"
            "感谢您对我们工作的关心和支持。\n办复类别: A类\n联系电话: 13300000000\n联 系 人: 郑某\n"
            "某高新区党政办公室\n2022年5月23日")
    (item,) = _inquiries(text)
    assert item.department == "某高新区党政办公室"
    assert "加快新区综合医院建设" in item.question
    assert str(item.due) == "2022-10-31"


def test_an_empty_office_field_names_nobody_and_the_reply_says_who_answers() -> None:
    text = ("信件名称: 停水问题\n提交时间: 2022-05-06\n信件内容: 小区停水三天了,什么时候恢复?\n"
            "回复部门:  办结时间 2022-05-08\n回复内容: 您好:\n 针对您反映的问题,现水务局作如下答复:"
            "泵站正在检修,预计6月底前恢复供水。")
    (item,) = _inquiries(text)
    assert item.department == "水务局"
    assert str(item.due) == "2022-06-30"


def test_a_reply_label_alone_above_a_greeting_letter() -> None:
    text = ("网友留言:该路封路近半年,施工过于缓慢,现在都快元旦了还没有通车,请问什么时候能通车?\n\n"
            "某镇人民政府的回复:\n\n问政网友:\n\n你好!\n\n关于你咨询的问题做如下答复:"
            "目前垫层施工已全面完成,预计在今年10月20号可以通车。")
    (item,) = _inquiries(text)
    assert item.department == "某镇人民政府"
    assert str(item.due) == "2022-10-20"


def test_a_feedback_column_printing_only_the_messages_title() -> None:
    text = ("落实情况反馈 >>正文\n某小区供暖不达标的问题\n2022-05-25 09:36\n\n"
            "    市城乡管委回复:首先感谢您的关心,现就您所提问题答复如下:\n\n"
            "    该楼管网堵塞严重,热力公司将于今年9月底前完成管道疏通。")
    (item,) = _inquiries(text)
    assert item.question == "某小区供暖不达标的问题"
    assert item.department == "市城乡管委"
    assert str(item.due) == "2022-09-30"
    # a field line that happens to ask (是否同意公开) is no message title
    graded = "是否同意公开:是\n\n办理结果:(C)\n"
    assert _inquiries(graded) == []


def test_a_story_where_the_office_replied_and_the_reply_is_then_quoted() -> None:
    text = ("近日,有网民通过留言板反映某镇一段道路破损,影响村民出行。\n"
            "网民在留言中表示,急需修缮的路段位于某镇东风水库附近。这段路坑坑洼洼,眼下正值秋收。\n"
            "针对网民的留言,某县某镇人民政府进行了回复。回复中称,该路段确实存在坑洼,已组织平整铺垫,"
            "计划今年10月底前完成整修。")
    (item,) = _inquiries(text)
    assert item.department == "某县某镇人民政府"
    assert item.question.startswith("急需修缮的路段") and item.question.endswith("眼下正值秋收。")
    assert item.reply.startswith("该路段确实存在坑洼")
    assert str(item.due) == "2022-10-31"


def test_an_answer_letter_whose_office_is_only_the_pages_source_field() -> None:
    text = ("关于县政协第79号提案的复函\n\n浏览次数: 发表时间:2022-05-17 10:44 信息来源:某县卫健委  字体:[  ]\n\n"
            "尊敬的王某委员:\n\n您提出的“关于在老院区建设中医馆”的建议,我们高度重视,现答复如下:\n\n"
            "中医馆项目已完成选址,力争今年10月底前建成。\n\n此复。")
    (item,) = _inquiries(text)
    assert item.department == "某县卫健委"


def test_an_answer_letter_naming_the_meeting_during_which_it_was_proposed() -> None:
    """"您在…会议期间提出的第N号《…》已收悉": a letter to the member who proposed it."""
    text = ("关于对县政协五届二次会议委员第17号提案的答复函\n\n某某县人民政府办公室 发布日期 2022-05-20\n\n张委员:\n\n"
            "您在县政协五届二次会议期间提出的第17号《关于增设城南公交站点的提案》已收悉,现答复如下:\n\n"
            "经研究,县交通运输局计划今年9月底前增设城南公交站点3处。\n\n某某县人民政府办公室\n2022年5月20日")
    (item,) = _inquiries(text)
    assert item.question == "关于增设城南公交站点的提案"
    assert item.department == "某某县人民政府办公室"
    assert str(item.due) == "2022-09-30"
    # without the greeting, the meeting named opens the letter
    assert len(_inquiries(text.replace("张委员:\n\n", ""))) == 1


def test_an_answer_letter_recalling_the_groups_suggestion_on_its_greeting_line() -> None:
    """"城南组: 您组提出的关于…的建议提案收悉,现答复如下: …" — greeting and opening on one line."""
    text = ("某某市交通运输局关于市政协第12号提案答复的函\n来源:某某市交通运输局 日期:2022-05-20\n"
            "城南组: 您组提出的关于打通城南大道东延线的建议提案收悉,现答复如下: 我局已将该项目列入近期计划,"
            "争取今年10月底前完成规划编制工作。\n")
    (item,) = _inquiries(text)
    assert item.question == "关于打通城南大道东延线的建议提案"
    assert str(item.due) == "2022-10-31"


def test_an_unlabelled_reply_acknowledging_the_message_and_signed_on_its_last_line() -> None:
    """A board prints the title, the message (its last line unfinished) and the answer: "收到市民
    反映的问题,…现将情况回复如下:" opens it (not the message's next line), and the signature
    closing its paragraph ("…请您谅解。 某镇党政综合办 2022年5月10日") names the office."""
    text = ("城南路改造多久完成?\n城南路开挖两年了,公告说去年底完工,现在还是又乱又脏,连个路灯都没有\n"
            "收到市民反映的问题,我镇领导非常重视,立即转镇工程建设中心处理,现将情况回复如下: 经查,因涉及电力迁改,"
            "项目进度缓慢,预计今年9月底前完工,在此期间带来的不便请您谅解。 某某市某镇党政综合办 2022年5月10日\n0参与\n")
    (item,) = _inquiries(text)
    assert "城南路开挖两年了" in item.question and "收到" not in item.question
    assert item.department == "某某市某镇党政综合办"
    assert str(item.due) == "2022-09-30"


def test_a_letter_signed_by_two_offices_side_by_side_is_the_first_ones() -> None:
    """"某州发展和改革委员会    某州交通运输局" on one line, the date below: the lead office answers."""
    text = ("某州发改委对州人大第9号建议的答复\n\n王某等13位人大代表:\n\n"
            "你们提出的第9号《关于建设城际铁路的议案》已经收悉,经研究答复如下:\n\n"
            "该项目已列入规划,力争明年6月底前完成可研报告编制。\n\n感谢您对我州工作的关心。\n\n"
            "某州发展和改革委员会        某州交通运输局\n\n2022年6月5日\n")
    (item,) = _inquiries(text)
    assert item.department == "某州发展和改革委员会"


def test_an_answer_field_whose_value_is_a_letter_to_delegates() -> None:
    """"答复情况:" alone on its line, then "某某等8名代表:" and the letter: the letter is the
    answer, read as a letter (its quoted 议案 the question, its signature the office)."""
    text = ("名  称: 某某市人民政府办公室关于对市人大第3号议案的答复\n答复情况:\n\n李某某等8名代表:\n\n"
            "你们在市第十届人大二次会议上提出的“关于加快城西片区配套建设的议案”收悉。现答复如下:\n\n"
            "一、城西变电站目前处于征地阶段,计划明年初开工,力争年底前投入使用。\n\n某某市人民政府办公室\n2022年5月30日")
    (item,) = _inquiries(text)
    assert item.question == "关于加快城西片区配套建设的议案"
    assert item.department == "某某市人民政府办公室"


def test_a_message_addressed_to_an_office_is_not_its_reply() -> None:
    text = ("网友:问政网友  2022-05-10 22:54 已回复\n"
            "某区交通局:我们村民对你们的回复心存忧虑,去年说计划5月底完工,现在还不见施工队,请问到底什么时候复工?\n"
            "回复单位:某区交通运输局 回复时间:2022-05-11 15:26\n"
            "网民朋友:\n您好!经核实,我局已督促施工方保证在6月底前复工。")
    (item,) = _inquiries(text)
    assert item.question.startswith("某区交通局:我们村民") or item.question.startswith("我们村民")
    assert item.department == "某区交通运输局"
    assert str(item.due) == "2022-06-30"


def test_a_board_mirror_whose_question_line_runs_into_the_reply_label() -> None:
    text = ("某区国道东延线何时通车\n\n某市留言板:请问国道东延线什么时候通车?去年说9月份通车,结果现在还是封着在\n"
            "官方回复: 尊敬的高女士:您好!您反映的诉求收到,现将办理情况回复如下: 经查,项目全线已贯通,"
            "力争在今年7月1日前实现通车目标。")
    (item,) = _inquiries(text)
    assert item.question.startswith("请问国道东延线") or "请问国道东延线" in item.question
    assert "官方回复" not in item.question
    assert str(item.due) == "2022-07-01"


def test_a_hotline_page_whose_office_is_the_asked_department_field() -> None:
    text = ("阳光问政>问政详情\n\n某中学新建项目何时动工建设?\n\nTom3 来自:未知 发布日期2022-03-23 17:16:00 状态: 已回复\n"
            "某中学学位紧张,之前了解到政府有意新建,但是很久都没听闻进展,请问新建项目预计何时动工建设?谢谢!\n"
            "问政部门:某镇\n分享\n\n官方回复\n\n尊敬的市民,您好!您反映的问题已收悉,现回复如下:该项目目前需先安置现有企业,"
            "预计今年10月动工。")
    (item,) = _inquiries(text)
    assert item.question.startswith("某中学学位紧张")
    assert str(item.due) == "2022-10-31"


def test_a_reply_greeting_behind_a_list_bullet() -> None:
    text = ("标题 申请村道硬化\n写信时间 2022-02-17\n尊敬的陈书记 您好!我们是某村五社社员,来信申请余下4公里路面硬化,"
            "请区里在资金上给予支持。\n信件的处理结果\n• 村民同志: 您好! 您的信件转我镇办理,现将办理情况回复如下: "
            "该路段已列入今年硬化计划,预计10月底前完工。")
    (item,) = _inquiries(text)
    assert item.question.startswith("尊敬的陈书记")
    assert str(item.due) == "2022-10-31"


def test_the_office_that_acts_in_the_replys_first_sentence() -> None:
    text = ("群众反映:噪声污染问题\n受理时间:2022年6月24日\n某小区居民反映,楼下每天晚上有打井的,噪音扰民,希望有关部门调查处理。\n"
            "答复时间:2022年6月27日\n答复:接到群众反映后,某区政府立即进行了调查处理。已告知施工单位晚上不要施工,"
            "计划7月底前完工。")
    (item,) = _inquiries(text)
    assert item.department == "某区政府"
    told = ("近期,众多市民通过网络问政平台咨询中小学何时开学的问题,平台将问政转办至某市教育局。\n"
            "某市教育局回复,称恢复线下教学时间将由专家研判,预计7月底前公布。")
    (item,) = _inquiries(told)
    assert item.department == "某市教育局"


def test_an_office_signing_below_the_reply_and_the_pages_one_office_field() -> None:
    signed = ("来信:\n小区广场舞噪音太大,晚上十点还不停,请问能不能管一管?\n回复:\n您好,我街已约谈广场舞队,"
              "将于本月底前划定活动时段。\n以上是我单位对您来信的回复,如有新的意见请与我单位联系。\n"
              "感谢您的来信祝您生活愉快!\n某街道办事处\n2022年6月5日")
    assert _inquiries(signed)[0].department == "某街道办事处"
    table = ("信件办理 | |||\n姓 名: | *** | 写信时间: | 2022-01-13 21:37:55 |\n承办单位: | 交通局 | ||\n"
             "内 容: | 某路路面坑坑洼洼,这么多年都不修,不知道什么时间能修? |\n处理意见: |\n"
             "经核实,该路段已列入今年大修计划,计划10月底前完工。 |")
    assert _inquiries(table)[0].department == "交通局"


def test_page_furniture_is_no_reply_and_a_programme_year_is_no_deadline() -> None:
    text = ("标题: 关于社区道路改造\n来信人: 周某\n内容: 小区进出的道路又窄又烂,希望有关部门能够改善。\n\n受理回复\n"
            "回复部门: 市住建局\n回复时间: 2022-11-30 17:30:00\n回复内容:\n\n尊敬的周先生:\n\n你好!对于你的来信,我们回复如下:"
            "区政府已向市政府申请将该路修建纳入2023年建设计划,待批准后实施。\n\n信件回复 满意度调查 查看满意度调查汇总 >>")
    (item,) = _inquiries(text)
    assert item.reply.startswith("尊敬的周先生")
    assert item.department == "市住建局"
    assert item.due is None
    # but work already in a year's plan is due by that year's end
    text = text.replace("区政府已向市政府申请将该路修建纳入2023年建设计划,待批准后实施。", "该路段的维修已纳入明年计划。")
    (item,) = _inquiries(text)
    assert (item.deadline_expr, str(item.due)) == ("明年", "2023-12-31")


def test_a_forum_thread_whose_first_answer_only_acknowledges() -> None:
    text = ("我是某乡的村民,每天晚上下班都要经过这段路,路灯从五月份开始就不亮了,请有关部门关心一下我们的安全!\n|\n3楼#\n"
            "发布于:2022-06-09 15:53\n您好!您反映的问题已收悉,相关情况我们将进一步上网告知。\n|\n4楼#\n发布于:2022-06-10 11:47\n"
            "我乡接到交办后,已与相关负责人衔接,路灯不亮是因线路老化造成短路。我乡正在组织测量和预算,6月底将动工,尽快恢复照明。\n"
            "某区某乡人民政府 2022年6月10日 |")
    (item,) = _inquiries(text)
    assert item.reply.startswith("我乡接到交办后")
    assert item.department == "某区某乡人民政府"
    assert str(item.due) == "2022-06-30"


def test_a_bulletin_of_handled_messages_from_visitors_and_companies() -> None:
    text = ("《问政》办理情况通报\n\n1、 关于游客反映某景区垃圾遍地的问题。某市文旅集团回复称,已安排人员值守,"
            "下一步将增加清理力度,计划7月底前完成沿线整治。\n\n"
            "2、 关于某传媒公司反映购物节临进场被叫停的问题。某区营商环境指挥部回复称,会议同意活动继续进行,"
            "活动将于6月30日前结束。")
    items = _inquiries(text)
    assert [i.department for i in items] == ["某市文旅集团", "某区营商环境指挥部"]


def test_a_digest_of_numbered_messages_with_the_office_that_handled_each() -> None:
    text = ("城管微信平台反映办理问题第十四期\n"
            "问题一:某区建设中路行道树树枝断枝\n处置部门:某区绿化处\n"
            "处理情况:经工作人员到现场核实,此情况属实,计划7月底前完成修剪。\n"
            "问题二:某区新东路辅道上污水井盖挪位处置部门:某区市政维护中心\n"
            "处理情况:经工作人员到现场核实,此情况属实,将于6月底前更换井盖。")
    items = _inquiries(text)
    assert [i.department for i in items] == ["某区绿化处", "某区市政维护中心"]
    assert items[1].question == "某区新东路辅道上污水井盖挪位"


def test_a_hotline_column_with_bracketed_heads() -> None:
    text = ("本报记者 王某\n【市民反映】昨日,多位市民拨打本报热线反映:5月初小区交房,3000多户居民陆续开始装修,可燃气至今没接通。\n"
            "【马上核实】在小区里,每一栋楼的外墙都铺设了燃气管道,但至今没通上气。\n"
            "【记者连线】某燃气有限公司的工作人员说,市政管接口已完成,争取在6月底开始给该小区点火供气。\n"
            "感谢潘先生提供线索")
    (item,) = _inquiries(text)
    assert item.department == "某燃气有限公司"
    assert "马上核实" not in item.question
    assert str(item.due) == "2022-06-30"


def test_a_televised_session_where_residents_wish_and_an_office_head_answers() -> None:
    text = ("某县“直播问政”回应群众关切\n"
            "新区常住人口近4万人,没有一座像样的菜场,群众迫切希望建设新的农贸市场,解决买菜难问题。\n"
            "某县自然资源和规划局负责人表示,农贸市场地址已经选定,预计10月底前完成用地手续,明年8月可建成投运。")
    (item,) = _inquiries(text)
    assert item.department == "某县自然资源和规划局"


def test_a_reply_that_opens_by_recalling_what_you_reported() -> None:
    text = ("刚刚,小编从“问政”栏目获悉,有网友在该栏目留言咨询:反映某乡至某村公路问题。针对网友提出的相关问题,官方作出了明确的回复,具体详情如下:\n"
            "▲平台截图\n"
            "您于2022年5月4日通过问政平台反映的问题,某乡人民政府已经收悉,现将有关情况答复如下:施工队已正式入场施工,"
            "按照工程预期今年11月底可完成路面清表工作。")
    (item,) = _inquiries(text)
    assert item.reply.startswith("您于2022年5月4日")
    assert item.department == "某乡人民政府"


def test_a_handling_office_named_inside_the_reply_does_not_replace_the_reply_label() -> None:
    text = ("网友问:\n\n你好,某幼儿园原定去年下半年开园招生,现在还没装修好,今年下半年能否开园?\n\n"
            "区教育局答复:\n尊敬的网友您好,经调查了解,该园预计下半年进场装修。承办单位:某区教育局,联系方式:88000000。感谢您的理解!")
    (item,) = _inquiries(text)
    assert item.department == "区教育局"


def test_a_story_where_the_reporter_asked_an_office_and_its_staff_answered() -> None:
    text = ("近日,市民王先生拨打热线反映,家门口的路灯已经坏了一个多月,晚上出行很不方便。\n"
            "记者咨询了临江县供电公司,相关工作人员回复:已安排人员现场检修,预计本月底前修复。")
    (item,) = _inquiries(text)
    assert item.department == "临江县供电公司"
    assert str(item.due) == "2022-06-30"


def test_a_message_field_whose_first_line_only_greets_the_mayor() -> None:
    text = ("来信标题:公交线路调整\n来信内容:\n\n尊敬的市长:\n\n您好!城南新区至今没有直达市区的公交线路,"
            "希望能开通一条,请问有计划吗?\n\n回复单位:公交公司\n回复内容:\n您好!新线路计划于今年9月开通。")
    (item,) = _inquiries(text)
    assert item.question.startswith("您好!城南新区")
    assert item.department == "公交公司"


def test_a_bulletin_with_time_stamps_glued_to_the_offices() -> None:
    text = ("案例一\n2022-05-30 15:01:13微信号“莫某”向“城市管理”公众平台反映:某路支路内交通标志牌立杆倾斜。\n"
            "2022-06-01 09:52:40市公安局回复:大队抢修人员已到现场勘查,计划6月底前完成更换。")
    (item,) = _inquiries(text)
    assert item.department == "市公安局"


def test_a_forum_thread_where_the_office_posts_its_reply() -> None:
    text = ("200821 发表于 2022-05-11 13:40:01\n\n老市场不堪入目\n\n市场里面乱七八糟,消防通道被小商小贩占用,到处乱摆乱放,"
            "希望有关部门处理一下,规范摆摊位置。\n\n某县市政园林局 发表于 2022-05-12 11:21:28\n\n"
            "尊敬的市民:您好!您反映的问题我局收悉,现回复如下:我局已安排执法人员现场劝离,计划6月底前完成临时售卖点建设。")
    (item,) = _inquiries(text)
    assert item.department == "某县市政园林局"


def test_a_reply_label_saying_on_this_and_a_relayed_unit_inside() -> None:
    text = ("网友留言:小区门口的占道经营问题反映多次了,请问什么时候整治?\n"
            "芝罘区综合行政执法局对此回复:您好,某办事处回复如下。执法中队已到现场勘查,计划6月底前完成整治。")
    (item,) = _inquiries(text)
    assert item.department == "芝罘区综合行政执法局"


def test_a_reply_greeting_the_citizen_names_the_question_inside() -> None:
    text = ("网友“企鹅阳”:\n您好,您于2022年1月3日在论坛上反映了关于某村机耕道道路较烂的问题。我镇已收悉,现将有关情况报告如下:"
            "经调查,该路已列入今年硬化计划,预计10月底前完工。")
    (item,) = _inquiries(text)
    assert item.question == "关于某村机耕道道路较烂的问题"


def test_bulleted_question_and_answer_labels() -> None:
    text = "●市民:小区门口路灯坏了一个月,什么时候修?\n●某区城管局:已安排维修,预计本月底前修好。"
    (item,) = _inquiries(text)
    assert item.department == "某区城管局"
    assert str(item.due) == "2022-06-30"


def test_a_city_that_handled_a_message_and_answered_in_its_own_name() -> None:
    text = ("一位网友在问政平台留言说:小区有地暖设施,但是一直没有通暖,请问什么时候能供暖?\n"
            "收到留言后,德州市进行办理并回复:经核查,该小区已列入集中供热计划,预计今年11月中旬前供暖。")
    (item,) = _inquiries(text)
    assert item.department == "德州市"


def test_a_callers_message_with_empty_fields_and_a_thanks_line_before_the_answer() -> None:
    """A hotline page: "王女士来电反映:" (a surname, no group word), an empty 回复部门 field,
    the platform's thanks, then the office's labelled answer."""
    text = ("王女士来电反映:东湖小区南门的井盖缺失半个月了,晚上很危险,希望尽快处理。\n"
            "回复时间:2022-05-30回复部门:\n谢谢您对市民服务热线工作的支持\n"
            "市城市管理局答复:经核实,该井盖属雨水管网设施,已安排维修队伍,6月10日前完成更换。")
    (item,) = _inquiries(text)
    assert item.question.startswith("东湖小区南门的井盖")
    assert item.reply.startswith("经核实") and item.department == "市城市管理局"
    assert str(item.due) == "2022-06-10"


def test_a_status_timeline_answers_after_its_acknowledgement() -> None:
    """Each entry stamped and signed by the office: "本事件已受理。" answers nothing; the
    next entry is the reply."""
    text = ("网友“qing”反映: 滨江路人行道砖松动,雨天踩上去溅一身水,请修一修。\n"
            "【2022-05-20 09:10:11】 区城市管理局: 本事件已受理。\n"
            "【2022-05-24 15:02:40】 区城市管理局: 这位网友: 您好! 经现场查看,我局已安排养护单位,月底前完成修补。\n")
    (item,) = _inquiries(text)
    assert item.reply.startswith("这位网友") and item.department == "区城市管理局"
    assert str(item.due) == "2022-06-30"  # 月底前, read on the page date


def test_a_placeholder_office_field_names_nobody() -> None:
    """"所属部门: 暂无": the office is the one the answer names (a one-character district too)."""
    text = ("诉求标题: | 南区两所幼儿园何时开园 | 递交时间: | 2022-05-20 10:00:00 |\n所属部门: | 暂无 | ||\n"
            "诉求内容: | 南区两所幼儿园建好多年了,为什么迟迟不开园?什么时候能开? |\n"
            "最终回复意见: | 市民: 您好!针对您反映的问题,南区教育局现回复如下:其中一所已完成装修,力争9月开园。 |")
    (item,) = _inquiries(text)
    assert item.department == "南区教育局"
    assert str(item.due) == "2022-09-30"


def test_several_spaced_fields_on_one_line() -> None:
    """"回复时间    2022-05-24 11:10:11 回复单位 某局": each field with its value."""
    text = ("标题    东湖小区入园难\n回复时间    2022-05-24 11:10:11 回复单位 区教育局\n"
            "信件内容 我是东湖小区的业主,孩子明年上幼儿园,附近没有公办园,请问有没有建园计划?\n"
            "处理意见   网民您好!来信收悉。小区配套幼儿园已列入计划,预计明年9月开园。\n")
    (item,) = _inquiries(text)
    assert item.department == "区教育局"
    assert str(item.due) == "2023-09-30"


def test_a_story_line_naming_who_answered() -> None:
    """"今日,市城管局给予了网友回复,原帖如下:" between the reported message and the answer."""
    text = ("之前,网友“晓风”在问政平台发帖说,新开通的南苑街上有一堆建筑垃圾,影响市容,尽快清理掉吧。\n"
            "今日,市城管局给予了网友回复,原帖如下:\n"
            "您好,已获悉,由于此处建筑垃圾较多,养护单位将在本月底前清理完成。\n")
    (item,) = _inquiries(text)
    assert item.department == "市城管局"


def test_an_answer_letter_run_on_after_its_heading() -> None:
    """The heading, the greeting and the letter on one line; the office in a 承办单位 field."""
    text = ("关于增设城区公厕的建议(第12号)的答复\n浏览:120次 时间:2022年6月1日 对县政协第12号提案的答复 李明委员: "
            "您提出的《关于增设城区公厕的建议》收悉,现答复如下:已列入今年县城公厕新建、改造项目中,"
            "计划近期开工,在北山公园新建公厕一座。\n承办单位:县住房和城乡建设局 单位负责人:\n")
    (item,) = _inquiries(text)
    assert item.question == "关于增设城区公厕的建议"
    assert item.reply.startswith("李明委员")
    assert item.department == "县住房和城乡建设局"
    assert item.due is None  # a programme's year ("列入今年…项目") is no date for the work


def test_a_reply_headed_by_the_post_it_answers() -> None:
    text = ("关于“南街的水管又爆了,镇上管不管?”一贴的回复 “南街居民”网友: 你好!感谢你对我镇工作的监督,现回复如下:"
            "老水厂提水管道爆裂,配件已从厂家定做,预计本月底前恢复供水。 再次感谢你的监督。 某某镇人民政府 2022年5月4日\n")
    (item,) = _inquiries(text)
    assert item.question == "南街的水管又爆了,镇上管不管?"
    assert item.reply.startswith("“南街居民”网友")
    assert item.department == "某某镇人民政府"


def test_a_story_whose_answer_follows_the_line_that_names_its_office() -> None:
    """"对此,某区回复称:" closing its line: the answer is the next paragraph; a district
    answering in its own name is the department."""
    text = ("近日,有网友咨询称:请问北湖收费站何时开通?\n对此,东湖新区回复称:\n"
            "关于您反映的问题,经核实,北湖收费站计划于2022年12月18日开通,目前工程处于收尾阶段。\n")
    (item,) = _inquiries(text)
    assert item.department == "东湖新区" and str(item.due) == "2022-12-18"


def test_a_story_telling_a_second_exchange_after_a_labelled_one() -> None:
    """A labelled answer, then "此前,也有网友咨询“…”,某局回复“…”": two exchanges, the first
    answer ending where the second message is reported."""
    text = ("近日,有网友在市教育局留言,咨询“新城学校2023年9月能否投入使用?”\n"
            "区教育局回复:新城学校拟定于2023年9月建成并投入使用。\n"
            "此前,也有网友咨询“新城学校何时建成?”,市教育局回复“学校地基工程已经完工,计划2023年9月建成”。\n")
    found = _inquiries(text)
    assert [it.department for it in found] == ["区教育局", "市教育局"]
    assert "能否投入使用" in found[0].question and found[1].question == "新城学校何时建成?"
    assert "此前" not in found[0].reply


def test_a_hotline_case_report_in_numbered_sections() -> None:
    """"一、基本情况 / 来话人反映:…" then "二、落实办理情况": the caller's words are the question,
    the report the reply, the office the line above it; the act asked first is the one answered."""
    text = ("请问新区两所中学分别计划何时完工,何时开始招生?\n新区教育体育局:\n一、基本情况\n"
            "来话人反映:请问新区两所中学分别计划何时完工,何时开始招生?\n二、落实办理情况\n"
            "经调查:两所中学预计2022年8月底完工,其中一所预计明年启用。\n三、答复反馈来话人情况\n联系人:王某\n")
    (item,) = _inquiries(text)
    assert item.question.startswith("请问新区两所中学")
    assert item.reply.startswith("一、基本情况")
    assert item.department == "新区教育体育局"
    assert (item.deadline_expr, str(item.due)) == ("2022年8月底", "2022-08-31")


def test_a_bracketed_signature_with_contact_fields_and_a_garbled_tail() -> None:
    """"(某局 责任领导:… 经办人:… 电话:…)" signs the reply; "??" in a copy is garbling, not a
    question that would unsay the date before it."""
    text = ("诉求:请问龙山路这一段何时通车?\n回复:尊敬的网民,感谢您的来信,回复如下:\n"
            "经核查,该路段近期会安排铺设沥青,预计2022年8月底可开放通行??萍急甭分笼,其余路段暂不能预计完工时间。\n"
            "(区城乡建设局 责任领导:王某 经办人:李某 电话:5531277)\n")
    (item,) = _inquiries(text)
    assert item.department == "区城乡建设局"
    assert str(item.due) == "2022-08-31"


def test_an_answer_letter_titled_by_its_office_with_a_start_date() -> None:
    """"某县交通局关于…建议办理情况的答复" names the office in its title; 动建 is a start."""
    text = ("某县交通运输局关于县人大一次会议第12号建议办理情况的答复\n来源:某县 发布时间: 2022-12-13\n"
            "王某、李某等代表:\n您提出的《关于加快东桥至下祝段公路动工建设的建议》收悉,现答复如下:\n"
            "该项目正在开展前期工作,其中第一段已开展招投标工作,本月底前动建,明年全线动建。\n专此\n")
    (item,) = _inquiries(text)
    assert item.department == "某县交通运输局"
    assert str(item.due) == "2023-12-31"


def test_a_co_handling_opinion_on_a_suggestion_named_without_quotes() -> None:
    """A co-handling office writes to the lead office: "…某某委员提出的X的提案收悉"."""
    text = ("对区政协第155号委员提案的会办意见\n某街道:\n"
            "在年初召开的区政协会议上,王某委员提出的融文于城的提案收悉,经研究,现将会办意见答复如下:\n"
            "我们将积极会同区文旅局提升该区域的能级,同时推进周边市政基础设施建设。\n"
            "以上供你单位答复委员时参考。\n某区建设和管理委员会\n2022年3月21日\n")
    (item,) = _inquiries(text)
    assert item.question == "融文于城"
    assert item.department == "某区建设和管理委员会"


def test_short_field_names_with_a_space_and_a_responder_field() -> None:
    # "标题 …" / "内容 …" / "回复人 某局 回复日期 …" — two- and three-character names, no colon
    text = ("编号 311 类型 咨询 提交日期 2022-05-20\n标题 南门桥何时修好\n"
            "内容 南门桥封闭施工快半年了,附近居民过河要绕很远,请问什么时候能修好通行?\n"
            "回复人 某县交通运输局 回复日期 2022-05-30\n"
            "答复内容   您好,南门桥加固工程已完成桥墩施工,计划于7月15日前恢复通行。\n")
    (item,) = _inquiries(text)
    assert item.question.startswith("南门桥封闭施工")
    assert (item.department, item.deadline_expr) == ("某县交通运输局", "7月15日前")


def test_a_place_that_looked_into_the_matter_answers_in_its_own_name() -> None:
    text = ("西城小学什么时候开建?\n听说要建新学校,等了两年还没动静,请问到底什么时候开工?\n"
            "“青石”网友,您好: 根据您反映的情况,经滨江经济开发区核查,现答复如下: 西城小学施工图设计已完成,"
            "计划于8月底前开工建设。 感谢您的关注。\n2022-5-30 09:12:01\n")
    (item,) = _inquiries(text)
    assert (item.department, item.deadline_expr) == ("滨江经济开发区", "8月底前")


def test_a_tables_last_reply_cell_left_open_goes_on_below() -> None:
    text = ("标题: | 柳塘村道路何时硬化 |\n来信时间: | 2022-05-10 09:00:00 |\n内容: |\n"
            "柳塘村到镇上的路一下雨就全是泥,去年说今年修,至今没有动工,请问什么时候硬化?\n|\n"
            "回复部门: | 某县人民政府 |\n回复时间: | 2022-05-30 10:00:00 |\n"
            "回复内容: | 村民朋友: 您好! 您反映的问题已收悉,经县交通运输局调查,现将有关情况回复如下:\n"
            "柳塘村道路属村道,改造资金已列入县财政预算,计划明年上半年完成硬化。\n")
    (item,) = _inquiries(text)
    assert "计划明年上半年完成硬化" in item.reply
    assert (item.department, item.deadline_expr, str(item.due)) == ("某县人民政府", "明年上半年", "2023-06-30")


def test_an_office_field_glued_to_the_replys_last_line_names_the_office() -> None:
    text = ("松岭镇文化广场的路灯坏了半年,晚上跳舞的老人摔倒过好几次,请有关部门尽快修好。\n"
            "尊敬的市民,您好!您反映的问题已收悉,现回复如下:经查,广场路灯线路被施工挖断,我单位已联系供电部门,"
            "正在重新铺设线路。感谢您对我们工作的支持! 承办单位:松岭镇公共事务服务中心\n")
    (item,) = _inquiries(text)
    assert item.department == "松岭镇公共事务服务中心"
    assert "承办单位" not in item.reply


def test_a_record_under_bare_headings_whose_field_names_were_lost() -> None:
    text = ("信件信息\n20417\n投诉\n2022-05-11\n青石路施工围挡\n"
            "青石路从去年秋天开始修,围挡占了大半个路面,早晚高峰堵得走不动,最近一个月也不见有人施工,希望住建局督促施工单位加快进度 2022年5月11日\n"
            "回复信息\n某市住房和城乡建设局\n2022-05-18\n"
            "经了解,青石路管线迁改涉及燃气和通信,协调耗时较长。我局已要求施工单位增加人手,在6月中旬实现通车。\n")
    (item,) = _inquiries(text)
    assert item.question.startswith("青石路从去年秋天开始修") and not item.question.endswith("日")
    assert item.reply.startswith("经了解,青石路管线迁改")
    assert (item.department, item.deadline_expr, str(item.due)) == ("某市住房和城乡建设局", "6月中旬", "2022-06-20")
    assert [i for i in extract_items(text, published=PUB) if i.kind == "promise"] == []


def test_a_second_content_field_greeting_the_writer_is_the_answer() -> None:
    """"信访内容 | …" is the message; "内容 | 某网友:您好!…收悉" below the 回文单位 is the answer."""
    text = ("来信主题: | 城西大道什么时候开工? | |\n收文单位: | 某县人民政府 | 来信时间: | 2021-02-20 |\n"
            "信访内容: | 县长您好,城西大道去年就说要修,到现在还没动静,请问什么时候开工? |\n"
            "回文单位: | 某县人民政府 | 办理时间: | 2021-03-10 |\n"
            "内容: | 青柳网友: 您好!您提出的“城西大道什么时候开工”的来信收悉。现回复如下: 城西大道已确定施工单位,"
            "计划4月底前开工建设。 |\n")
    (item,) = _inquiries(text)
    assert item.question.startswith("县长您好,城西大道")
    assert item.reply.startswith("青柳网友: 您好!")
    assert (item.department, item.deadline_expr) == ("某县人民政府", "4月底前")


def test_a_tv_story_captions_the_official_who_answers() -> None:
    """A hotline story: the caller's complaint told in the lede, then an official's words under
    a caption (name, office, section, title, colon); the office is the caption's first part."""
    text = ("市民热线传民声 相关单位回应\n\n"
            "近日,市民王女士向12345热线反映,小区门口的人行道坑洼不平,路灯也不亮,给出行带来不便。\n\n"
            "王女士 市民:一到下雨天就全是泥,晚上黑乎乎的,老人小孩走路很容易摔倒。\n\n"
            "记者在现场看到,人行道有一段没有铺砖。\n\n"
            "陈某 某市城投建设有限公司 工程管理部 副部长:这一段我们计划下个月铺设完成,路灯线路本周内修复。\n")
    (item,) = _inquiries(text)
    assert item.question.startswith("近日,市民王女士")
    assert item.reply.startswith("这一段我们计划下个月")
    assert item.department == "某市城投建设有限公司"


def test_a_talk_show_answer_to_the_question_just_asked() -> None:
    """"X何时…?…针对该问题,某某回答," — the speaker named alone was introduced earlier with
    office and title; the answer runs to the end of its paragraph."""
    text = ("《网络议事厅》关注交通\n\n"
            "4月24日上午,县交通运输局局长、党委书记张某某,县发展和改革局(物价局)局长王某做客节目。\n\n"
            "新的汽车站何时能建成投入使用?这也是许多网友关心的话题。针对该问题,张某某回答,"
            "汽车站主体将于今年6月底完工,预计明年春节前投入使用。\n\n"
            "城区什么时候能通高速?谈到该问题时,王某透露,项目已纳入规划,前期工作正在推进。\n")
    first, second = _inquiries(text)
    assert first.question == "新的汽车站何时能建成投入使用?" and first.department == "县交通运输局"
    assert first.deadline_expr == "明年春节前"  # asked for it in use, not the building's finish
    assert second.question.startswith("城区什么时候能通高速") and second.department == "县发展和改革局(物价局)"


def test_a_mirror_spells_the_reply_word_the_old_way() -> None:
    text = ("3月29日,省交通运输厅回覆网友关于“城东高速是否改扩建”的咨询留言时表示,该项目已纳入规划。\n\n"
            "省交通运输厅回覆表示,目前正在加快推进项目前期工作,待条件具备时开工建设。\n")
    (item,) = _inquiries(text)
    assert item.reply.startswith("目前正在加快推进") and item.department == "省交通运输厅"


def test_a_report_on_a_delegates_suggestion_and_the_office_handling_it() -> None:
    """A 督办 report: the delegate's suggestion by its title, then "承办单位X…" telling how it
    was handled — the title is the question, the office X, the handling the reply."""
    text = ("区人大常委会召开重点建议督办会\n\n"
            "在区人代会期间,区人大代表李某提出了《关于尽快打通青石街至柳岸路断头路的建议》。"
            "承办单位区城乡建委结合实际,全力落实,已完成前期论证,计划今年四季度开工建设。\n")
    (item,) = _inquiries(text)
    assert item.question == "关于尽快打通青石街至柳岸路断头路的建议"
    assert item.department == "区城乡建委" and item.reply.startswith("结合实际")
    assert item.deadline_expr == "今年四季度"


def test_an_answer_letter_thanking_for_interest_in_our_bureau_names_no_office() -> None:
    """"感谢您对我局工作的关心" — the office speaks of itself; the page's source field names it."""
    text = ("对第31号建议的答复\n\n发布时间:2023-07-21    来源:交通局\n\n王某等3名代表:\n\n"
            "您提出的关于“老城路进行改造”的建议收悉。我局高度重视,现答复如下:\n\n"
            "老城路已列入交通厅动态管理系统,待省厅终审后实施。\n\n"
            "感谢您对我局工作的关心、理解和支持!\n")
    (item,) = _inquiries(text)
    assert item.department == "交通局"


def test_an_anonymous_letter_in_a_column_whose_copy_garbled_the_indents() -> None:
    """A paper's letters column: "佚名:" writes, the office answers under its name; the copy
    turned each line's indent into "????"."""
    text = ("????佚名:城西某路段的路灯早已建好,近段时间却都不亮了,希望相关部门能重新开启这些路灯。\n"
            "????某某运河管理局:经调查核实,该路段路灯建设单位已完工,因暂未验收,尚未移交我局管理。待办理验收手续后再行开启。\n")
    (item,) = _inquiries(text)
    assert item.question.startswith("城西某路段") and item.department == "某某运河管理局"


def test_a_story_says_the_office_replied_then_gives_its_words_below_the_screenshots() -> None:
    """"X针对该网友提出的建议进行回复。" closes its paragraph; after the screenshot captions,
    "X表示,“…”" carries the answer."""
    text = ("“某镇小学周围几条路的路灯坏了,晚上出行不便,望有关部门尽快修复。”近日,某区网友通过留言板反映路灯故障问题。"
            "省委办公厅信息综合室针对该网友提出的建议进行回复。\n\n网友留言截图。\n\n官方回复截图。\n\n"
            "省委办公厅信息综合室表示,“经核查,3盏路灯已正常工作,其余5盏需更换地下电线,预计两周内可以完成。”\n")
    (item,) = _inquiries(text)
    assert item.question.startswith("某镇小学周围") and item.department == "省委办公厅信息综合室"
    assert item.reply.startswith("经核查") and item.deadline_expr == "两周内"


def test_a_county_head_answers_a_message_in_an_online_interview() -> None:
    """The lede introduces the official by title; "网友…留言,希望…" asks; "对此,某某坦言," answers
    in their own name (title and name as introduced)."""
    text = ("1月28日下午,省人大代表、县长刘某做客“两会访谈”,回复网友提出的问题。\n"
            "日前,网友在“捎话上两会”栏目中留言,希望县城公交车的发车时间得到改善,老旧车辆及时更换。\n"
            "对此,刘某坦言,县城公交问题已被纳入今年的工作计划,争取今年下半年至明年,对所有老旧公交车辆更新更换完毕。\n")
    (item,) = _inquiries(text)
    assert item.question.startswith("日前,网友") and item.department == "县长刘某"
    assert item.reply.startswith("县城公交问题")


def test_a_digest_whose_answers_run_on_past_screenshot_labels() -> None:
    """"网友:<gist>" / "X:<gist>" headings, then "网友留言截图", then the answer told in full
    ("针对网友提出“…”的建议,X表示,…"): the answer is the gist and the full telling, and its
    recalling the message does not end it."""
    text = ("近日,网友通过留言板建言献策,相关部门积极回应。\n"
            "网友:开放更多机关停车场\n某市机关事务管理局:已分步实施\n\n网友留言截图\n"
            "针对“应该开放更多机关停车场”的留言建议,某市机关事务管理局已协调68家单位错时开放内部停车位。\n\n"
            "官方回复截图\n某市机关事务管理局在回复网友时表示,下一步将总结经验,力争释放更多资源。\n"
            "网友:建议修建摩天轮\n某市委办公室:将组织团队研究\n\n网友留言截图\n"
            "针对网友提出“在桥附近修建摩天轮”的建议,某市委办公室表示,将组织专业团队进行深入研究。\n")
    first, second = _inquiries(text)
    assert "已协调68家单位" in first.reply and "下一步将总结经验" in first.reply
    assert "截图" not in first.reply
    assert second.department == "某市委办公室" and "组织专业团队" in second.reply


def test_a_co_handling_office_answers_the_suggestion_it_quotes() -> None:
    """"X关于…建议的协办意见 / 区城市管理局: / 现将…送上 / 针对“…”建议,我局…,现回复如下。" — the
    quoted suggestion asks, the rest of the letter answers, the office opening the title signs."""
    text = ("某区水利局关于第200号建议的协办意见\n区城市管理局:\n现将第200号建议的协办意见送上,供你们答复代表时参考:\n"
            "针对“完善滨江步道,打造城区休闲圈”建议,我局结合工作实际情况,现回复如下。\n"
            "通惠河综合治理工程已修建完成步道1.5公里,其余路段正在施工中,预计2024年4月前施工完成,届时将全面实现步道贯通。\n")
    (item,) = _inquiries(text)
    assert item.question == "完善滨江步道,打造城区休闲圈"
    assert item.reply.startswith("通惠河综合治理工程") and item.department == "某区水利局"
    assert item.deadline_expr == "2024年4月前"


def test_a_reply_label_that_says_as_follows_opening_its_line() -> None:
    """"微信好友反映:…" / "某县交通局回复如下:…" — the label opens its line, the answer goes on it."""
    text = ("微信好友反映:某镇公路路面被大卡车压得坑坑洼洼,积水难行,望主管部门现场查看。\n"
            "某县交通局回复如下:该条道路是唯一通道,因工程尚未结束,无法全面修复。下一步我局将对破损路面进行填补修复。\n"
            "编辑:应某\n")
    (item,) = _inquiries(text)
    assert item.department == "某县交通局" and item.reply.startswith("该条道路")
    assert item.question.startswith("某镇公路")


def test_an_answer_below_a_row_of_reply_fields() -> None:
    """"回复部门: X   回复时间:…   是否超时:" on one row, the answer on the next line unlabelled."""
    text = ("发表人: 某某   提问时间:2021-10-26\n标题:天平街污水横流\n"
            "内容:天平街酒店和旅馆中间的卷闸门漏水近一周时间,希望辖区街道早日进行清理。\n"
            "回复部门: 城关区   回复时间:2022-01-05   是否超时:\n"
            "    某某街道在了解此情况后,第一时间进行现场查看,原因为下水主管道破裂,现已安排维修。\n")
    (item,) = _inquiries(text)
    assert item.department == "城关区" and item.reply.startswith("某某街道在了解")


def test_a_forum_reply_greets_the_poster_by_nickname_and_signs_with_two_names() -> None:
    """A thread: the citizen's post, then the office's floor opening "网友“某某”:" on its own
    line, "您好,您所咨询的问题已收悉" (recalling what was asked, not asking), signed at the end
    of its last line with the office's second name in brackets. The same answer posted again
    on a later floor is the same exchange."""
    answer = (
        "网友“老街坊”:\n"
        "您好,您所咨询的问题已收悉。我局高度重视,现回复如下:该路段因管线迁改暂未完工,我局将督促施工单位于10月底前完成。"
        "感谢您对我局工作的支持! 东山市住房和城乡建设局 (东山市人民防空办公室) 2022年6月1日\n"
    )
    text = (
        "小区门口那段路修了快一年还没修好,下雨没法走,到底是什么原因?请给予回复。\n|\n"
        "1楼#\n发布于:2022-06-01 10:20\n" + answer + "|\n2楼#\n发布于:2022-06-01 10:20\n" + answer
    )
    (item,) = _inquiries(text)
    assert item.question.startswith("小区门口那段路")
    assert item.department == "东山市住房和城乡建设局"
    assert item.due == date(2022, 10, 31)


def test_a_boards_name_labels_the_message_and_a_bracketed_field_closes_the_answer() -> None:
    """"某市留言板:…吗" prints the citizen's message under the board's own name; "官方回复:" the
    answer, closed by the handling office in brackets with the mark of its new name
    (【经办单位:某区文旅局(新)】)."""
    text = ("东岸能开个城市书房吗\n\n东岸区作者:某某通日期:2022-06-01点击:42\n"
            "东山留言板:东岸能开个城市书房吗\n"
            "官方回复:尊敬的市民,您好!您反映的诉求已收到,现将办理情况回复如下:根据规划,东岸街道图书分馆"
            "到2023年底前可完成建设并开放。感谢您对我们工作的理解与支持,祝您生活愉快!【经办单位:东岸区文化和旅游局(新)】\n")
    (item,) = _inquiries(text)
    assert item.question == "东岸能开个城市书房吗"
    assert item.department == "东岸区文化和旅游局"
    assert item.due == date(2023, 12, 31)
    assert "经办单位" not in item.reply


def test_a_broadcast_write_up_tells_each_call_and_the_guests_answer() -> None:
    """A radio programme written up as prose: the guest introduced once with place and title,
    then each call ("有听众询问…") answered by the guest's name alone ("董某说,…"). A name
    never introduced answers nothing."""
    text = ("6月1日上午,东岸区副区长董某某来到电台“民心桥”节目,就市民关注的道路问题现场一一进行解答。\n"
            "有听众询问青石路改造何时完工。董某某说,路面改造受雨季影响进度滞后,本月底整体工程将全面完工。\n")
    (item,) = _inquiries(text)
    assert item.question == "有听众询问青石路改造何时完工。"
    assert item.department == "东岸区副区长董某某"
    assert item.due == date(2022, 6, 30)
    assert _inquiries(text.replace("副区长董某某", "一位负责人")) == []


def test_a_write_up_run_on_in_one_paragraph_ends_each_answer_at_the_next_call() -> None:
    """A mirror that ran the write-up into one paragraph: each answer stops where the next
    message is reported, so the first exchange does not swallow the second."""
    text = ("网谈中,东岸区区长李某某回答了网友的提问。有网友反映,青石路13号楼供暖5年了仍没有进展。李某某区长答复,"
            "该区域供热问题已列入今年计划,年底前将解决。有网友反映,白沙社区到现在都没有供热。李某某区长答复,"
            "白沙社区已纳入集中供热计划,争取今年11月前实现供热。\n")
    items = _inquiries(text)
    assert [(i.question[:8], i.due) for i in items] == [("有网友反映,青石", date(2022, 12, 31)),
                                                        ("有网友反映,白沙", date(2022, 11, 30))]
    assert "白沙" not in items[0].reply


def test_a_story_answers_the_residents_question_from_its_source_over_several_paragraphs() -> None:
    """Residents' complaint ending in their question; the next paragraph opens with the
    reporter's source ("记者从某管委会了解到,"), and the source goes on in the paragraphs after
    ("据了解,", "…相关负责人说,", "该负责人表示,"). The answer's date is the one said of what the
    residents raised, not the whole network's later one; a finish told with 了 is past."""
    text = ("近日,青石小区的居民反映,小区旁的土巷道铺完路基就停工了,出行很不方便,他们想知道,这条巷道什么时候才能建好通车?\n"
            "12月20日,记者从东岸新区管委会了解到,居民所反映的道路为白沙路网项目西侧规划路的一部分。\n"
            "据了解,施工人员赶在10月底完成了东侧规划路,现已通车。\n"
            "东岸新区管委会建设部门相关负责人说,居民反映的西侧规划路预计明年5月底完工。\n"
            "该负责人表示,白沙路网项目计划于明年7月底完工。\n")
    items = extract_items(text, published=date(2022, 12, 21))
    (item,) = items
    assert item.kind == "inquiry" and item.department == "东岸新区管委会"
    assert item.due == date(2023, 5, 31)
    assert "7月底" in item.reply


def test_a_suggestion_answer_names_its_office_where_a_paragraph_opens_with_it_acting() -> None:
    """An answer letter to a delegate, unsigned in the excerpt: the office is the one that opens
    a paragraph of the answer acting ("区教育局以…为中心,…")."""
    text = ("关于“改建青石村小学教学楼”建议的答复\n\n王某某代表:\n\n您提出的关于“改建青石村小学教学楼”的建议收悉。现答复如下:\n\n"
            "区教育局以义务教育优质均衡发展为中心,制订了中小学布局规划,学校建设覆盖全区各个镇办。\n\n"
            "目前项目已通过省级审核,正在进行立项审批工作,预计2023年底前完成教学楼加固维修。\n")
    (item,) = _inquiries(text)
    assert item.department == "区教育局"
    assert item.due == date(2023, 12, 31)


def test_an_aggregators_one_line_relay_of_a_message_and_the_official_answer() -> None:
    """"收到网民咨询“…”的问题,官方回复如下: 网民同志:您好!…经某局认真调查处理,…": one
    exchange on one line; the office is the one the answer says looked into it."""
    text = ("东山市 消息: 收到网民咨询“青石小区门口这条路什么时候才能修好,修一半又不修了,一下雨整条路都淹水!”的问题,"
            "官方回复如下: 网民同志:您好!您的留言已收悉,经东岸区住房和城乡建设局认真调查处理,现将有关情况回复如下:"
            "该道路因资金问题停工,我局正督促建设单位尽快筹集资金完成道路建设。感谢您的理解与支持! 来源:人民网地方领导留言板\n")
    (item,) = _inquiries(text)
    assert item.question.startswith("青石小区门口这条路")
    assert item.department == "东岸区住房和城乡建设局"


def test_a_televised_inquiry_printed_as_caption_lines() -> None:
    """The host's caption line, the question, the guest's caption (office and titles before a
    spaced-out name) and the answer: one exchange, the guest as captioned answering."""
    text = ("东岸区:拆违未见实效,小区环境难好转\n\n主持人 徐 某\n\n"
            "您认为短片中反映的青石社区违规改造问题,东岸区将如何统筹力量坚决纠治?\n\n"
            "东岸区副区长、公安分局局长 梁 某\n\n"
            "决心在6月30日前拆除这些违建,按照原有规划修复被破坏的围栏和绿地。\n\n满意:38票 不满意:2\n")
    (item,) = _inquiries(text)
    assert item.question.startswith("您认为短片中反映的")
    assert item.department == "东岸区副区长、公安分局局长 梁 某"
    assert item.due == date(2022, 6, 30)


def test_a_forum_thread_where_the_office_posts_its_answer_under_its_own_name() -> None:
    """A citizen's post, then the township's own post with no greeting or label: the office's
    post answers the one before it; two citizens' posts make no exchange."""
    text = ("老李 发表于 2022-05-30 15:50\n\n青石村团结组乡村道路,请问路在何方?\n\n"
            "各位领导,你们好!这个道路问题反映了好多次,已经两年多了,雨天都无法出门,全是泥泞,希望给一个修路的确切时间。\n\n\n"
            "东岸镇人民政府 发表于 2022-06-01 09:28\n\n反映人所反映的道路问题,近期将安排人员现场查看,争取年底前保证安全出行。\n"
            "页: [1]\n")
    (item,) = _inquiries(text)
    assert item.department == "东岸镇人民政府"
    assert item.due == date(2022, 12, 31)
    assert "各位领导" in item.question
    assert _inquiries(text.replace("东岸镇人民政府 发表于", "老王 发表于")) == []


def test_a_field_cell_left_empty_with_its_value_on_the_next_line() -> None:
    """A mailbox record in cells: "办理情况: |" with its cell empty, then the answer on the next
    line closing with its bar."""
    text = ("信件详情\n信件内容\n姓名: | 张** |\n来信时间: | 2017-12-15 |\n是否公开: | 公开 |\n信件主题: | 某路何时修? |\n"
            "信件内容: | 县交通运输局领导:某路坑洼不平,车辆经过溅起半米高的水,是否该重修? |\n回复内容\n受理时间: | |\n"
            "回复时间: | 2017-12-29 |\n办理部门: | 县交通运输局 |\n办理状态: | 已办结 |\n办理情况: |\n"
            "您好!收到您的来信后,经了解,该路改建工程已列入计划,预计2023年底建成通车。 |")
    (item,) = _inquiries(text)
    assert item.reply.startswith("您好!收到您的来信后")
    assert (item.department, str(item.due)) == ("县交通运输局", "2023-12-31")


def test_a_suggestions_record_whose_title_field_is_the_suggestion_and_its_answer_a_field_letter() -> None:
    """A 建议 record: the suggestion's title in a field, the lead office in 主办单位, the answer letter
    greeting the delegate under 答复内容: (one exchange, the title its question)."""
    text = ("代表姓名: 王青\n会议届次: 市十五届人大二次会议\n建议提案标题: 关于加快青石公路改造的建议\n"
            "主办单位: 市交通运输局\n答复内容:\n王青代表:\n您提出的《关于加快青石公路改造的建议》收悉。现答复如下:\n"
            "青石公路改造已列入我局明年建设计划,目前正在开展前期工作,力争明年6月底前开工建设。\n")
    (item,) = _inquiries(text)
    assert item.question == "关于加快青石公路改造的建议"
    assert item.department == "市交通运输局"
    # (the letter is read as a letter: its answer from the line after the greeting)
    assert item.reply.startswith("您提出的《关于加快青石公路改造的建议》收悉") and item.deadline_expr == "明年6月底前"


def test_an_answer_letter_to_a_party_group_addressed_as_gui_hui() -> None:
    """A collective proposal's answer greets the group and calls it 贵会: "贵会在…会议上提出的《…》收悉"."""
    text = ("某某党派青州市委员会:\n贵会在市政协会议上提出的《关于改善老城区停车难的建议》收悉,现答复如下:\n"
            "我局已会同交警部门在老城区新增停车泊位300个,计划今年10月底前再建成两处立体停车场。\n"
            "青州市城市管理局\n2022年5月20日\n")
    (item,) = _inquiries(text)
    assert item.question == "关于改善老城区停车难的建议"
    assert item.department == "青州市城市管理局"
    assert str(item.due) == "2022-10-31"


def test_a_report_of_matters_raised_and_how_each_was_handled() -> None:
    """A supervision report lists entries "关于反映…的问题。经某县委核办,…": each is an exchange,
    the matter its question and the handler its department."""
    text = ("省委办公厅通报本期群众反映问题的办理情况。\n"
            "关于反映青石镇至白河村道路坑洼不平、雨天积水的问题。经青石县委核办,县交通运输局已安排对该路段进行修补,计划7月底前完工。\n"
            "关于反映东湖小区供水水压不足的问题。经东湖区委核办,区水务公司已更换加压泵,目前水压恢复正常。\n")
    items = _inquiries(text)
    assert [i.department for i in items] == ["青石县委", "东湖区委"]
    assert items[0].question == "青石镇至白河村道路坑洼不平、雨天积水的问题"
    assert items[0].reply.startswith("经青石县委核办") and str(items[0].due) == "2022-07-31"
    assert items[1].due is None


def test_a_digest_whose_labels_stand_behind_bullets_and_an_apps_name() -> None:
    """"◎某某+网友:…" over "●某局:…": the bullets are no part of the text, the app's name before
    网友 no part of the asker; each pair is an exchange."""
    text = ("◎青州+网友:火车站往返新区很不便,建议开通跨区公交专线。\n●公共交通集团有限公司:目前,我公司正研究开通专线的可行性。\n"
            "◎青州+网友:青石公园项目进展如何?\n●青石街道建设管理局:青石公园目前已进场施工,预计明年4月底建设完工。\n")
    items = _inquiries(text)
    assert [i.department for i in items] == ["公共交通集团有限公司", "青石街道建设管理局"]
    assert items[1].question == "青石公园项目进展如何?"
    assert (items[1].deadline_expr, str(items[1].due)) == ("明年4月底", "2023-04-30")


def test_an_answer_letter_quoting_a_suggestion_titled_without_guanyu() -> None:
    """"您在…会议上提出的《建议某路开通公交车》(第39号)收悉": the title in its marks is the question."""
    text = ("李青代表:您在区人大五次会议上提出的《建议青石公路全线开通公交车》(第39号)收悉,现答复如下:"
            "我局已将该线路纳入今年公交线网优化计划,力争今年12月底前开通。\n青州市东湖区交通局\n2022年5月10日\n")
    (item,) = _inquiries(text)
    assert item.question == "建议青石公路全线开通公交车"
    assert item.department == "青州市东湖区交通局" and str(item.due) == "2022-12-31"


def test_a_person_answering_on_behalf_of_an_office_leaves_the_office() -> None:
    """"某某代表省交通运输厅作了答复:…": the office answers, the one who spoke for it is not its name."""
    text = ("座谈会上,村民反映青石至白河的县道路面破损严重,希望尽快改造。\n"
            "经过现场踏勘和交流,王大明代表省交通运输厅进行了认真答复:该路段拟按二级公路标准提质改造,争取年底开工建设。\n")
    (item,) = _inquiries(text)
    assert item.department == "省交通运输厅"


def test_a_story_printing_the_tip_and_the_answer_each_below_its_line() -> None:
    """"有网友爆料称:" then the message on its own line; "某局也对此给出了回复:" then the answer."""
    text = ("近日,有网友爆料称:\n青石镇白河村六社道路不通,老百姓长年走泥土路,请领导关心一下。\n"
            "收到网友的反映后,青石县交通运输局也对此给出了回复:\n经核实,白河村通村公路已通达。我局将逐步对通社道路进行改善提升。\n")
    (item,) = _inquiries(text)
    assert item.question == "青石镇白河村六社道路不通,老百姓长年走泥土路,请领导关心一下。"
    assert item.department == "青石县交通运输局" and item.reply.startswith("经核实")


def test_a_message_that_received_an_offices_answer() -> None:
    """"他在…留言求助" after the villager is named; "这条留言很快得到了某局的回复。经查,…": the office
    the message got its answer from, the answer the sentences after."""
    text = ("前段时间,青石县白河村村民李某因村里无法供水犯了愁。无奈之下,他在领导留言板上给县委书记留言求助。\n"
            "李某的这条求助留言很快得到了青石县水务局的回复。经查,因施工不当导致部分供水管道堵塞,致使该村停水。\n")
    (item,) = _inquiries(text)
    assert item.department == "青石县水务局"
    assert item.reply.startswith("经查,因施工不当")


def test_a_message_addressed_to_an_office_names_it_when_nothing_else_does() -> None:
    """The office field holds no office (a mirror's junk); the message greets "县交通运输局领导:":
    the addressee answers."""
    text = ("信件主题: | 青石路何时修? |\n信件内容: | 县交通运输局领导:青石路南段坑洼不平,下雨积水,是否该重修? |\n"
            "办理部门: | 28365net |\n办理情况: | 您好!收到您的来信后,经了解,该路段已列入改造计划,预计明年底建成通车。 |\n")
    (item,) = _inquiries(text)
    assert item.department == "县交通运输局" and str(item.due) == "2023-12-31"


def test_a_lede_retelling_the_exchange_printed_below_gives_it_its_office() -> None:
    """"对此,某市委办公室回复称,…。具体如下:" over "【网民留言】…" / "答复意见:…": one exchange,
    the one printed, answered by the office the lede names."""
    text = ("据领导留言板消息,近日,有网友留言称:咨询青石高速建设情况。对此,中共青州市委办公室回复称,"
            "目前正在开展选线论证,计划明年底完成工程可行性研究报告。具体如下:\n"
            "【网民留言】\n几年前就规划的青石高速到现在没有消息,请问这条高速公路还建吗?什么时候建?\n"
            "答复意见:\n网友,您好。青石高速由省交通控股集团担任项目业主,前期因生态红线划定问题推进缓慢,"
            "下一步将召开选线论证会,并计划于明年底完成项目工程可行性研究报告及相关批复。\n")
    (item,) = _inquiries(text)
    assert item.department == "中共青州市委办公室"
    assert item.reply.startswith("网友,您好") and str(item.due) == "2023-12-31"


def test_the_pages_outlet_and_time_stamped_between_a_message_and_its_answer() -> None:
    """"某某日报 2017-09-15 09:34 大字" on its own line between 问题: and 答复: ends nothing."""
    text = ("问题:青石镇宿舍对出路面下雨被淹,村民无法出行。请问会不会解决?\n\n青州日报 2017-09-15 09:34 大字\n\n"
            "答复:针对您留言的问题,我们已经收悉,现答复如下:施工单位已开始整治,预计11月中旬完工。\n")
    (item,) = _inquiries(text)
    assert item.question.startswith("青石镇宿舍") and item.reply.startswith("针对您留言的问题")
    assert str(item.due) == "2022-11-20"


def test_a_field_record_whose_answer_follows_its_fields_under_a_greeting() -> None:
    """"内容:" with the message below it, a row of fields the reader does not know, then the answer
    with no field of its own, opening "尊敬的网友:"."""
    text = ("   发表人:赵**       提问时间:2021-08-19 11:07\n标题:希望加快北部新城道路建设\n内容:\n\n"
            "    青石公路北段常年拥堵出行不便希望政府加快北部新区路网建设 为什么别的区修路那么快\n\n"
            "督办单位:市委督查室   回复时间:2021-10-21 16:11   是否超时:\n\n  尊敬的网友:\n\n"
            "  感谢您留言。现对您的问题答复如下:\n\n  该路段在规划中将作调整,预计明年底前完成改造。\n")
    (item,) = _inquiries(text)
    assert item.question.startswith("青石公路北段") and item.reply.startswith("尊敬的网友")
    assert str(item.due) == "2023-12-31"


def test_a_spokesperson_signing_the_answer_in_brackets_is_named_as_printed() -> None:
    """A newspaper column's answer closing "…(某区网络发言人)": the signature names who answers,
    before an office the answer only mentions ("我镇已向某区水利局反映")."""
    text = ("问题:青石镇街道近一个月经常停水,村民用水困难,请问何时解决?\n"
            "答复:该网友所反映的问题,经调查核实,系主街道拓宽工程重新铺设水管所致。\n"
            "针对上述问题,我镇已向东湖区水利局反映,希望优先向镇自来水厂供水。\n"
            "感谢您的问政,如有疑问,您可致电镇党政办公室咨询。(东湖区网络发言人)\n")
    (item,) = _inquiries(text)
    assert item.department == "东湖区网络发言人"


def test_a_complaints_column_of_complaint_and_feedback_names_the_body_the_paper_reached() -> None:
    """"投诉:…" answered by "反馈:本报联系到某工程承建商某公司。公司表示,…": one exchange, the
    company the paper reached answering."""
    text = ("投诉:钟先生反映,青石路车管所前的路两个月前铲除路面后就停止施工,现在到处是坑。该段路何时复原?\n"
            "反馈:本报联系到道路改造工程承建商青州市政工程有限公司。公司表示,道路将于7月底前完成复原。\n")
    (item,) = _inquiries(text)
    assert item.department == "青州市政工程有限公司"
    assert item.reply.startswith("本报联系到") and str(item.due) == "2022-07-31"


def test_a_damaged_day_glued_between_the_message_and_the_reply_label_is_no_part_of_the_office() -> None:
    """A copy lost 月/日 and the line break: "…恳请相关部门考虑59某市交通运输局回复:48日,…"."""
    text = ("一市民反映:青石高速途经马坪片,如能在马坪设高速出入口将带动周边发展,恳请相关部门考虑59青州市交通运输局回复:"
            "48日,省政府常务会议审议通过了高速公路网规划,青石高速已纳入该规划,下一步将积极推进前期工作。\n")
    (item,) = _inquiries(text)
    assert item.department == "青州市交通运输局"


def test_a_help_desk_column_under_its_headings_answered_by_the_body_the_paper_told() -> None:
    """"市民反映" … "记者跑腿" … "帮办结果" headings on their own lines; the answer opens with the
    paper passing the matter on ("记者将该情况反映给某中心。“…”"): that body answers. A heading that
    a board prints over its stamped replies (官方回复) is left to the board's reading."""
    text = ("市民反映\n“青石路药房前的休闲椅破损了,希望相关部门能及时修复。”12月19日下午,市民黄女士致电本报新闻热线反映。\n"
            "记者跑腿\n12月20日中午,记者来到青石路,看见长椅的右端木板破损。\n帮办结果\n"
            "随后,记者将该情况反映给市城市管理综合服务中心。“我们会尽快派工作人员前去排查,预计本周内修复。”\n")
    (item,) = _inquiries(text)
    assert item.department == "市城市管理综合服务中心" and item.reply.startswith("随后,记者将该情况")


def test_a_reply_pointing_below_goes_on_in_the_next_paragraph() -> None:
    """"…官方回复:网友:您好!…现将有关情况反馈如下:" closing its paragraph: the answer is the next one."""
    text = ("5月13日,网友询问:青石中学预计什么时候可以投入使用?5月21日,青州市督查局官方回复:网友:您好!"
            "您的留言已收悉。我们已责成市教体局进行了认真调查处理。现将有关情况反馈如下:\n"
            "感谢你对我市教育事业的关心,青石中学计划于今年秋期开学招生,学校建成后可增加3300个学位。\n")
    (item,) = _inquiries(text)
    assert item.reply.endswith("学校建成后可增加3300个学位。")
    assert (item.deadline_expr, str(item.due)) == ("今年秋期", "2022-11-30")


def test_a_repost_whose_message_and_answer_stand_under_bare_headings_and_a_places_official_label() -> None:
    """A mirrored board prints "网民留言" and "回复意见" alone on their lines, and a repost labels
    the answer "某市官方回复:" after its own prompt to follow the account: each is one exchange,
    and the office signing the last line (its date glued on) answers, not one acting in the text."""
    text = ("网民留言\n    我是青石镇东湾村村民,村里唯一的桥是危桥,下雨天接送孩子很危险,希望帮我们修一条安全的路。\n\n"
            "回复意见\n尊敬的网友:\n\n    您好!您反映的问题已收悉,青州市政府高度重视,责成青石镇立即调查处理,现回复如下:\n"
            "    青石镇正在争取将该桥改造纳入今年的农村公路工程,计划年底前完工。\n\n青州市人民政府办公室2018年9月11日\n")
    (item,) = _inquiries(text)
    assert item.question.startswith("我是青石镇东湾村村民")
    assert item.department == "青州市人民政府办公室" and str(item.due) == "2022-12-31"
    text = ("近日,有网友留言:尊敬的领导:您好!\n\n我是东湾村的村民,村里的路一直是泥巴路,我们盼了很多年。\n\n"
            "村里的路为何迟迟不修?希望领导帮我们解决。\n\n点上方公众号关注青州本地通了解更多信息\n\n青州市官方回复:\n\n"
            "网友:您好!您的留言已收悉。现将有关情况反馈如下:\n\n东湾村入户路计划今年开始修建。\n")
    (item,) = _inquiries(text)
    assert item.department == "青州市" and item.question.startswith("尊敬的领导:您好!\n我是东湾村的村民")
    assert str(item.due) == "2022-12-31"


def test_a_reporters_explainer_in_questions_and_answers_holds_promises_not_inquiries() -> None:
    """A paper's own "问:…?答:…" under its byline: nobody from the public asks, so the answer's dated
    commitment is a promise. A citizen's "问:" speaking in the first person stays an inquiry."""
    text = ("来源:青州晚报 2022-08-25\n\n今年青州将打通12条断头路。\n\n问:12条断头路都分布在哪些区?\n\n"
            "答:12条断头路分布在东城区和西城区,其中东城区7条。\n\n问:打通工程还包括哪些内容?\n\n"
            "答:工程包括新建道路、排水和照明等设施,全部工程计划年底前全部完工。\n")
    items = extract_items(text, published=PUB)
    assert [i.kind for i in items if i.kind == "inquiry"] == []
    assert any(i.kind == "promise" and str(i.due) == "2022-12-31" and "年底前全部完工" in (i.statement or "")
               for i in items)
    text = ("来源:青州晚报 2022-08-25\n\n问:我家门口的东环路什么时候能修好?\n\n答:东环路计划今年10月底建成通车。\n")
    (item,) = _inquiries(text)
    assert str(item.due) == "2022-10-31"


def test_an_answer_field_whose_letter_greets_the_writer_on_a_line_of_its_own() -> None:
    """"答复内容:" / the letter's title / "杨先生:" / "网民您好!…": the greeting line does not end the answer."""
    text = ("主题:\n东湖污水厂三期施工太早\n内容:\n领导你好,工程每天早上5点多就施工,影响休息,能否晚一些?\n"
            "答复单位:\n青州市住房和城乡建设局\n答复内容:\n\n关于反映东湖污水厂三期施工噪音问题的回复\n\n杨先生:\n\n"
            "       网民您好!您反映的问题收悉,现回复如下:经现场核实,施工时间为早上7点以后,该工程计划今年底完工。\n")
    (item,) = _inquiries(text)
    assert "经现场核实" in item.reply and str(item.due) == "2022-12-31"
    assert item.department == "青州市住房和城乡建设局"
