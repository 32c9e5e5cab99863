"""A generated archive of 范文-site pages with known duplicate pairs (for eval_duplicates.py).

Every base document is a report built from shared sentence frames (so different documents
share many phrases, as template-site reports do) with its own fills. Its copies:

- exact: the same body under other site chrome of forms the cleaner knows (title line,
  发布时间 line, 小编 lead-in, 推荐访问 tail, copyright and ICP lines), or the same bytes
  in another folder: the same text after cleaning;
- near: the same body under chrome lines of a made-up site the rules do not know, or with
  one paragraph added, or one paragraph removed.

And hard negatives: a "sibling" is another document written on the same skeleton, with the
same section headings and a third of the paragraphs of an existing one, the rest its own
(a template re-filled): not a copy.

All wording is generated here; no page is copied from anywhere.
"""

from __future__ import annotations

import io
import itertools
import random
import zipfile
from dataclasses import dataclass, field

UNITS = ["社区", "街道", "学校", "医院", "公司", "车间", "研究所", "图书馆", "合作社", "服务中心", "派出所",
         "农场", "幼儿园", "税务所", "供电所", "水务站", "文化站", "养老院", "物业处", "客运站"]
TOPICS = ["安全生产", "垃圾分类", "文明创建", "数字化改造", "便民服务", "人才培养", "节能降耗", "矛盾调解",
          "志愿服务", "质量提升", "防汛抗旱", "消防检查", "健康宣教", "档案整理", "作风建设", "财务管理",
          "绿化养护", "食品安全", "信息公开", "老旧小区改造", "乡村振兴", "校园安全", "普法宣传", "招商引资"]
ACTIONS = ["完善", "落实", "推进", "优化", "健全", "强化", "规范", "拓展", "深化", "提升"]
THINGS = ["工作台账", "考核办法", "值班制度", "服务流程", "培训计划", "应急预案", "巡查机制", "反馈渠道",
          "设备清单", "奖惩措施", "联络网络", "宣传阵地", "检查标准", "预算方案", "信息平台"]
PEOPLE = ["职工", "居民", "学生", "患者", "党员", "志愿者", "商户", "老人", "家长", "青年"]
FRAMES = [
    "今年以来，{unit}围绕{topic}，{action}了{thing}，取得了明显成效。",
    "全年共组织{topic}活动{n}次，参与{people}{m}人次。",
    "我们坚持问题导向，{action}{thing}，{topic}水平进一步提高。",
    "{unit}{action}{thing}{n}项，覆盖{people}{m}名。",
    "针对{topic}中暴露的问题，及时{action}{thing}，做到件件有回音。",
    "在{topic}方面，{people}的满意度达到百分之{p}。",
    "下一步，我们将继续{action}{thing}，推动{topic}再上新台阶。",
    "通过{action}{thing}，{unit}的{topic}工作走在了全区前列。",
    "一些{people}反映{topic}还存在短板，需要进一步{action}{thing}。",
    "投入资金{n}万元用于{topic}，新增{thing}{m}套。",
]
HEADINGS = ["基本情况", "主要做法", "取得成效", "存在问题", "原因分析", "下一步打算", "工作亮点", "经验体会"]
CN = "一二三四五六七八九十"


def sentence(rng: random.Random, frames: list[str]) -> str:
    return rng.choice(frames).format(
        unit=rng.choice(UNITS), topic=rng.choice(TOPICS), action=rng.choice(ACTIONS),
        thing=rng.choice(THINGS), people=rng.choice(PEOPLE), n=rng.randint(2, 99),
        m=rng.randint(100, 9999), p=rng.randint(80, 99))


def paragraph(rng: random.Random, frames: list[str]) -> str:
    return "".join(sentence(rng, frames) for _ in range(rng.randint(2, 4)))


def body(rng: random.Random, frames: list[str]) -> list[str]:
    """Numbered sections of prose paragraphs: 8 to 16 paragraphs in all."""
    lines = []
    sections = rng.sample(HEADINGS, rng.randint(3, 4))
    for number, heading in enumerate(sections):
        lines.append(f"{CN[number]}、{heading}")
        lines.extend(paragraph(rng, frames) for _ in range(rng.randint(2, 4)))
    return lines


def known_chrome(rng: random.Random, title: str, site: str) -> tuple[list[str], list[str]]:
    """Head and tail lines of forms the shipped rules remove."""
    date = f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    head = [title, f"发布时间：{date}", f"下面是小编为大家整理的{title}，供大家参考。"]
    tail = ["推荐访问：", f"{title}范文", f"版权所有：{site} 未经授权禁止复制",
            f"备案号：京ICP备{rng.randint(10000000, 99999999)}号"]
    return head, tail


def unknown_chrome(rng: random.Random, site: str) -> tuple[list[str], list[str]]:
    """A made-up site's own lines, in no rule's words."""
    return [f"{site}｜每日精选｜第{rng.randint(100, 999)}期"], [f"{site}编辑部整理　欢迎转给同事"]


@dataclass
class Archive:
    files: dict[str, bytes] = field(default_factory=dict)  # member name -> page bytes
    family: dict[str, int] = field(default_factory=dict)  # member -> base document
    body_key: dict[str, tuple] = field(default_factory=dict)  # member -> its body's identity
    exact_ok: dict[str, bool] = field(default_factory=dict)  # chrome the cleaner removes?
    siblings: list[tuple[str, str]] = field(default_factory=list)  # (sibling, the page it re-fills)

    def truth(self) -> tuple[set[frozenset], set[frozenset]]:
        """(exact pairs, near pairs): every pair of one family is a duplicate pair."""
        exact, near = set(), set()
        for a, b in itertools.combinations(sorted(self.files), 2):
            if self.family[a] != self.family[b]:
                continue
            same = self.body_key[a] == self.body_key[b] and self.exact_ok[a] and self.exact_ok[b]
            (exact if same else near).add(frozenset((a, b)))
        return exact, near

    def zip_bytes(self) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in self.files.items():
                archive.writestr(name, data)
        return buffer.getvalue()


def make_archive(seed: int, bases: int, frames: list[str]) -> Archive:
    rng = random.Random(seed)
    archive = Archive()
    sites = [f"{name}{kind}" for name in ("青禾", "明远", "知行", "润泽", "博文", "启航")
             for kind in ("范文网", "文库", "秘书网")]
    names = iter(f"p{n:05d}" for n in rng.sample(range(100000), 20 * bases))

    def add(base: int, title: str, lines: list[str], key: tuple, exact_ok: bool, folder: str) -> str:
        name = f"{folder}/{next(names)}.txt"
        archive.files[name] = ("\n".join(lines) + "\n").encode("utf-8")
        archive.family[name], archive.body_key[name], archive.exact_ok[name] = base, key, exact_ok
        return name

    for base in range(bases):
        title = f"20{rng.randint(15, 24)}年{rng.choice(UNITS)}{rng.choice(TOPICS)}工作总结"
        lines = body(rng, frames)
        site = rng.choice(sites)
        head, tail = known_chrome(rng, title, site)
        first = add(base, title, head + lines + tail, ("base",), True, site)
        if rng.random() < 0.15:  # a sibling: a family of its own
            sibling = [line if line[:2].endswith("、") or rng.random() < 1 / 3 else paragraph(rng, frames)
                       for line in lines]
            title2 = f"20{rng.randint(15, 24)}年{rng.choice(UNITS)}{rng.choice(TOPICS)}工作总结"
            head2, tail2 = known_chrome(rng, title2, site)
            archive.siblings.append((add(bases + base, title2, head2 + sibling + tail2, ("sibling",), True, site),
                                     first))
        roll = rng.random()
        if roll < 0.35:
            continue  # a document with no copy: the negatives
        if roll < 0.55:  # exact: other known chrome, and sometimes the very same bytes elsewhere
            other = rng.choice([s for s in sites if s != site])
            head2, tail2 = known_chrome(rng, title, other)
            add(base, title, head2 + lines + tail2, ("base",), True, other)
            if rng.random() < 0.5:
                add(base, title, head + lines + tail, ("base",), True, "mirror")
            continue
        kind = rng.choice(["unknown-chrome", "added", "removed"])
        other = rng.choice([s for s in sites if s != site])
        head2, tail2 = known_chrome(rng, title, other)
        if kind == "unknown-chrome":
            extra_head, extra_tail = unknown_chrome(rng, other)
            add(base, title, head2 + extra_head + lines + extra_tail + tail2, ("base",), False, other)
        elif kind == "added":
            at = rng.randint(1, len(lines))
            changed = [*lines[:at], paragraph(rng, frames), *lines[at:]]
            add(base, title, head2 + changed + tail2, ("added", at), True, other)
        else:
            paragraphs = [i for i, line in enumerate(lines) if not line[:2].endswith("、")]
            drop = rng.choice(paragraphs)
            add(base, title, head2 + lines[:drop] + lines[drop + 1:] + tail2, ("removed", drop), True, other)
    return archive
