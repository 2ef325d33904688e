"""Task tables (民生实事 / 重点工作 lists with a responsible office and a time limit per row),
as pages print them and as copying flattens them. Cases written for this project."""

from __future__ import annotations

from datetime import date

from inquiry_tracker import extract_items

PUB = date(2022, 3, 1)


def _promises(text: str) -> list[tuple[str | None, str, str]]:
    return [(it.department, str(it.due), it.statement or "") for it in extract_items(text, published=PUB)
            if it.kind == "promise"]


def test_a_table_flattened_to_one_cell_per_line() -> None:
    """Each row: its number, the task, one or more offices, the time limit; a row with no
    office shares the one above."""
    text = ("2022年民生实事任务分解表\n序号\n民生实事\n责任单位\n完成时限\n"
            "1\n新建3座人行天桥。\n县住建局\n9月投入使用\n"
            "2\n启动县体育馆建设。\n县文旅局\n县代建中心\n12月底前\n"
            "3\n开工建设县养老院。\n县民政局\n5月底前动工\n开工建设社区食堂。\n10月底前\n")
    found = _promises(text)
    assert [(d, due) for d, due, _ in found] == [
        ("县住建局", "2022-09-30"), ("县文旅局", "2022-12-31"), ("县民政局", "2022-05-31"), ("县民政局", "2022-10-31")]
    assert found[0][2].startswith("新建3座人行天桥") and found[0][2].endswith("9月投入使用")


def test_a_table_with_bars_between_cells() -> None:
    text = ("序号 | 重点工作 | 牵头单位 | 完成时限\n"
            "1 | 完成东湖路改造 | 市住建局 | 6月底前\n"
            "2 | 建成智慧停车平台 | 市城管局、市公安局 | 年底前\n")
    assert [(d, due) for d, due, _ in _promises(text)] == [("市住建局", "2022-06-30"), ("市城管局", "2022-12-31")]



def test_rows_whose_cells_slid_out_from_under_their_header() -> None:
    """Copying a table with merged cells drops the merged ones from the rows below: a row
    may print only its time and office ("2022.9 | 区城投公司 | |"), or a task that carries its
    own date. Each cell is then read by what it holds; a time written "2022.9" is a month."""
    text = ("项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n"
            "1.老街改造项目 | 完成老街两侧立面整治; | 8月 | 区住建局 |\n"
            "2022.9 | 区城投公司 | ||\n"
            "计划11月底完成停车楼建设 | 区公共服务集团 | ||\n"
            "整治背街小巷12条; | 2022.12 | 区城管局 | |\n")
    found = _promises(text)
    assert [(d, due) for d, due, _ in found] == [
        ("区住建局", "2022-08-31"), ("区城投公司", "2022-09-30"), ("区公共服务集团", "2022-11-30"), ("区城管局", "2022-12-31")]
    assert found[3][2].startswith("整治背街小巷")


def test_a_dotted_figure_in_prose_is_no_month() -> None:
    """Only a table's time cell reads "2022.9" as a month: in a sentence it may be a figure."""
    assert _promises("全市将完成投资2022.9万元,力争年底前全部建成。") == [
        (None, "2022-12-31", "全市将完成投资2022.9万元,力争年底前全部建成。")]


def test_a_list_of_tasks_each_followed_by_its_field_lines() -> None:
    """A paper prints each task, then 主管领导 / 责任单位 / 进度安排 on lines of their own:
    the dated steps of the schedule line are the promises of that record's office."""
    text = ("今年十件实事任务分解\n"
            "市区新增中小学学位2万个。\n主管领导:某某\n责任单位:市教育局\n进度安排:6月底前完成基建任务;12月底前全部落实。\n"
            "新建社区卫生服务站20个。\n主管领导:某某\n责任单位:市卫健委、市财政局\n进度安排:9月底前全部建成。\n")
    found = _promises(text)
    assert [(d, due) for d, due, _ in found] == [
        ("市教育局", "2022-06-30"), ("市教育局", "2022-12-31"), ("市卫健委", "2022-09-30")]
