"""Runs of random characters a site scatters into its text (issue 18, round 26: the injected
family), told by the character-bigram model (passes/boilerplate/filler.py), not by a word list.
Made-up text; the filler runs are characters drawn here by hand, in no order that makes a word."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.boilerplate.char_model import decode, model
from reportfmt.passes.boilerplate.filler import CUT_RULE, LINE_RULE, find_filler

TITLE = "档案整理的基本要求"
CLEAN = ["档案整理前要先清点数量，核对目录，发现缺失及时登记。",
         "文件按形成时间排列，同一事项的请示与批复放在一起，批复在前，请示在后。",
         "装订时去掉金属物，破损的纸张要先修补。",
         "每卷都要编写卷内目录和备考表，由立卷人和检查人签名。"]
SPUN = ["档案整理前要先清点数量，核对目录，笃蕉穹屿发现缺失及时登记。",
        "文件按形成时间排列，同一事项的请示与批复放在一起，糊坡腔宾批复在前，请示在后。",
        "装订时去掉金属物，卧扒粮窗破损的纸张要先修补。",
        CLEAN[3]]


def test_the_model_knows_words_and_not_draws():
    counts = model()
    assert counts.seen("档", "案") and counts.seen("目", "录")
    assert not counts.seen("笃", "蕉") and not counts.seen("腔", "宾")
    assert counts.surprisal("的") < 5 < 9 < counts.surprisal("蕉")


def test_runs_at_clause_openings_are_cut_the_sentences_kept():
    doc, report = clean("\n".join([TITLE, *SPUN]))
    assert texts(doc) == CLEAN
    assert sorted(removed(report, CUT_RULE)) == sorted(["笃蕉穹屿", "糊坡腔宾", "卧扒粮窗"])


def test_a_line_of_drawn_characters_goes():
    lines = [*SPUN[:2], "蔫叽褪澜", *CLEAN[2:]]
    doc, report = clean("\n".join([TITLE, *lines]))
    assert "蔫叽褪澜" not in texts(doc)
    assert removed(report, LINE_RULE) == ["蔫叽褪澜"]


def test_one_run_alone_on_a_page_stays():
    # A site that inserts them inserts several: one rare run is more likely a name or a term.
    lines = [CLEAN[0], CLEAN[1], SPUN[2], CLEAN[3]]
    assert find_filler(lines) == []


def test_one_line_alone_or_one_run_of_very_rare_characters_goes():
    # A line of its own of four drawn characters, or a run pushed into a word, whose every
    # character is rarer than one in 160,000: the form leaves no doubt, one is enough.
    doc, report = clean("\n".join([TITLE, CLEAN[0], "缰蚌叽彘", *CLEAN[1:]]))
    assert texts(doc) == CLEAN
    # Four rare words alone (a caption, a bird's name) are commoner than that: they stay.
    doc, report = clean("\n".join([TITLE, CLEAN[0], "蔫叽褪澜", *CLEAN[1:]]))
    assert "蔫叽褪澜" in texts(doc)
    pushed = "装订时去掉金属蚌叽锄彘物，破损的纸张要先修补。"
    doc, report = clean("\n".join([TITLE, *CLEAN[:2], pushed, CLEAN[3]]))
    assert texts(doc) == CLEAN
    assert removed(report, CUT_RULE) == ["蚌叽锄彘"]


def test_a_run_the_page_names_twice_is_its_word():
    # The same characters twice are the page's own (a village's name), never a random draw.
    lines = ["笃蕉穹屿村位于河谷北岸，全村共一百二十户。", "去年，笃蕉穹屿村修通了水泥路，糊坡腔宾村民出行方便多了。",
             "卧扒粮窗村里还建起了文化活动室。"]
    found = ["".join(lines[h.line][h.start:h.end]) for h in find_filler(lines)]
    assert "笃蕉穹屿" not in found


def test_ordinary_text_names_and_short_lines_stay():
    lines = ["春眠不觉晓", "处处闻啼鸟", "夜来风雨声", "花落知多少",  # a poem's lines, short beside short
             "参会人员:", "王建国 李秀兰 赵德胜",
             "会议由办公室主任主持，各科室负责人参加。", "叮叮咚咚的泉水流过村口，丹桂飘香的季节到了。",
             # place names and a bird's name: rare words, but words, and no random draw's rarity
             "考察组先后到过漳浦、诏安、东山、云霄四县，", "沿途看到红嘴蓝鹊、白鹭和池鹭。",
             "红嘴蓝鹊", "湿地公园里，白眼潜鸭成群越冬。"]
    assert find_filler(lines) == []


def test_the_model_file_is_what_the_script_builds():
    # tests/eval/train_bigrams.py builds it from the corpus and the own-words tuning pages; the
    # same inputs give the same bytes (no timestamp, sorted counts).
    root = Path(__file__).resolve().parents[2]
    corpus = root.parent / "shared" / "corpus"
    if not corpus.is_dir():
        corpus = Path("/work/shared/corpus")
    if not corpus.is_dir():
        return
    built = subprocess.run([sys.executable, str(root / "tests/eval/train_bigrams.py"), "--corpus", str(corpus)],
                           capture_output=True, text=True, check=True).stdout
    data = (root / "src/reportfmt/passes/boilerplate/char_bigrams.bin").read_bytes()
    import hashlib
    assert f"sha1 {hashlib.sha1(data).hexdigest()[:12]}" in built
    assert decode(data).size == model().size


# Drawn here from the common characters (char_common.txt) with a seeded shuffle: no rare
# character, no word.
COMMON_DRAW = "编必情外侦住并课断平检源国师山联供送候项益由以示望东续年华预"
LONG_DRAW = "利释乐息完续足负制三错份检域手领关争达百犯签园未密严段境数比但更亲国候房少华算雄"


def test_a_long_line_drawn_from_common_characters_goes():
    # None of its characters is rare, so the short-run reading never looks at it; its length
    # does: thirty characters that make no word anywhere.
    doc, report = clean("\n".join([TITLE, *CLEAN[:2], LONG_DRAW, *CLEAN[2:]]))
    assert texts(doc) == CLEAN
    assert removed(report, LINE_RULE) == [LONG_DRAW]


# Made here from the common characters with a seeded choice: seven seen pairs in each end's first
# 24 characters (more than LONG_SEEN there), none between them: 14 of 59 pairs seen over its length.
ENDS_SEEN_DRAW = ("求彩排前比性班型很长色两能平买补在食告象对区息产八他监按集引公站至文决核真习作养场密"
                  "你失提录称也这示台广信家端医华百之报")


def test_a_long_draw_whose_seen_pairs_sit_at_its_ends_goes():
    # The quick look at a run's ends must not let through what its whole length shows: a draw's
    # few seen pairs may fall at its ends.
    assert [(h.line, h.start, h.end, h.whole) for h in find_filler([CLEAN[0], ENDS_SEEN_DRAW, CLEAN[1]])] \
        == [(1, 0, len(ENDS_SEEN_DRAW), True)]


def test_a_long_draw_glued_to_a_sentence_is_cut_the_sentence_kept():
    # The draw and the sentence after it make one run of characters: the draw is read from the
    # run's opening, and the sentence's first words (seen pairs) are given back to it.
    sentence = "档案室每年三月集中整理上一年度形成的文件，各科室要提前做好准备。"
    doc, report = clean("\n".join([TITLE, CLEAN[0], COMMON_DRAW + sentence, *CLEAN[1:]]))
    assert removed(report, CUT_RULE) == [COMMON_DRAW]
    assert texts(doc) == [CLEAN[0], sentence, *CLEAN[1:]]


def test_a_long_sentence_without_a_comma_stays():
    # Forty characters of one sentence with no stop in them: its pairs are words, nearly all seen.
    lines = ["全体党员干部要以这次集中学习为契机把学习成果转化为推动本单位各项工作高质量发展的实际行动",
             "村委会将在下个月组织全体村民代表对新修订的村规民约逐条进行讨论并形成最终的表决意见"]
    assert find_filler(lines) == []


def test_a_long_page_on_few_lines_is_read_fast():
    # Thousands of long runs of words (a whole book glued on a line, or hundreds of long lines):
    # the long-draw reading asks a run's two ends before its whole, and skips a page of 200,000
    # characters or more.
    import time
    run = "社区党委每月召开一次党员大会全年走访困难家庭一百二十户发放慰问金三万元，"
    for lines in ([run * 90000], [run * 200] * 450, [run * 50] * 100):
        started = time.perf_counter()
        assert find_filler(lines) == []
        assert time.perf_counter() - started < 5


def test_common_characters_are_exactly_those_below_rare_min():
    # find_filler reads a line pair by pair only where it holds MIN_CHARS characters in a row
    # outside char_common.txt: exact only while every common character is below RARE_MIN
    # (a hit's characters are all at RARE_MIN or rarer, _drawn) and every one below it is common.
    from reportfmt.passes.boilerplate.char_model import common_characters
    from reportfmt.passes.boilerplate.filler import RARE_MIN

    counts = model()
    common = set(common_characters())
    assert common and all(counts.surprisal(c) < RARE_MIN for c in common)
    assert {c for c in counts.vocabulary if counts.surprisal(c) < RARE_MIN} == common


def test_skipping_lines_without_rare_stretches_finds_the_same_runs():
    # Every line's runs read pair by pair, as before the skip: the same hits stay.
    from reportfmt.passes.boilerplate import filler

    counts = model()

    def every_line(lines):
        short = [0 < len(line.strip()) <= filler.SHORT_NEIGHBOUR for line in lines]
        hits = [h for n, line in enumerate(lines)
                for h in filler._line_hits(n, line, counts, (n > 0 and short[n - 1])
                                           or (n + 1 < len(lines) and short[n + 1]))]
        page = "\n".join(lines)
        return [repr(h) for h in hits if page.count(lines[h.line][h.start:h.end]) == 1
                and filler._drawn(lines[h.line][h.start:h.end], counts)]

    pages = [[*SPUN[:2], "蔫叽褪澜", *CLEAN[2:]], SPUN, [CLEAN[0], "缰蚌叽彘", *CLEAN[1:]],
             [*CLEAN[:2], "装订时去掉金属蚌叽锄彘物，破损的纸张要先修补。", CLEAN[3]],
             ["笃蕉穹屿村位于河谷北岸。", "去年，笃蕉穹屿村修通了水泥路，糊坡腔宾村民出行方便多了。"]]
    for lines in pages:
        found = [repr(h) for h in find_filler(lines)]
        reference = every_line(lines)
        assert found == reference or (not found and len(reference) < filler.MIN_HITS)
        assert any(reference)


def test_the_rare_class_is_cjk_less_the_common_characters():
    # _rare_runs is one character class, not a lookahead at each character: the same characters.
    import re

    from reportfmt.passes.boilerplate.char_model import common_characters
    from reportfmt.passes.boilerplate.filler import rare_class
    from reportfmt.passes.patterns import CJK

    rare = re.compile(f"[{rare_class()}]")
    written = re.compile(f"(?![{common_characters()}])[{CJK}]")
    assert all(bool(rare.match(c)) == bool(written.match(c)) for c in map(chr, range(0x3000, 0xFB00)))
    assert rare.match("蕉") and not rare.match("的") and not rare.match("a")
