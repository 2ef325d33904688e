"""A message asking several numbered questions, answered point by point: one exchange each."""

from __future__ import annotations

from datetime import date

from inquiry_tracker import extract_items

PUB = date(2021, 4, 1)


def _inquiries(text: str) -> list[tuple[str, str | None]]:
    return [(i.question or "", i.deadline_expr) for i in extract_items(text, published=PUB) if i.kind == "inquiry"]


def test_numbered_questions_answered_by_number_are_one_exchange_each() -> None:
    text = ("张先生: 1.青石路北延段何时开工?拖了好几年了。 2.城西换乘站进展如何? 3.滨河公园何时对外开放?"
            " 4.老城区能否增设停车场?\n"
            "答: 1、青石路北延段涉及林地报批,近期无法开工。 2、城西换乘站主体已完工,正在安装设备。"
            " 3、滨河公园预计于2021年10月对外开放。\n")
    found = _inquiries(text)
    assert [q[:2] for q, _ in found] == ["1.", "2.", "3."]  # the fourth question has no answer
    assert [d for _, d in found] == [None, None, "2021年10月"]


def test_numbered_questions_answered_in_order_by_ordinal_words() -> None:
    text = ("李女士: 1.东环快速路什么时候通车? 2.北站公交枢纽是否会搬迁?\n"
            "答: 首先,关于东环快速路。该路计划于2021年12月底建成通车。\n"
            "其次,关于北站公交枢纽的问题。目前暂无搬迁计划,我们将继续做好运营保障。\n")
    found = _inquiries(text)
    assert [(q[:2], d) for q, d in found] == [("1.", "2021年12月底"), ("2.", None)]


def test_a_numbered_list_of_facts_in_one_question_stays_one_exchange() -> None:
    text = ("王先生: 我们小区的情况是:1.路灯坏了半年。2.井盖松动。请问何时维修?\n"
            "答: 1、路灯已报修。2、井盖将于本月底前更换。\n")
    assert len(_inquiries(text)) == 1
