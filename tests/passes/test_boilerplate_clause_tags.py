"""Junk glued before the marks of clause after clause (round 58, the injected family), told by how
often it recurs on the page (passes/boilerplate/clause_tags.py), not by a word list. Made-up text;
the letter runs and the character pairs are drawn here by hand, in no order that makes a word."""

from __future__ import annotations

from helpers import clean, texts
from helpers import removed_by as removed
from reportfmt.passes.boilerplate.clause_tags import RULE

TITLE = "图书角管理办法"
CLEAN = ["第一条为了管好班级图书角，方便同学借阅，培养读书习惯，制定本办法。",
         "第二条图书角由班委统一管理，图书管理员负责登记，各组长协助检查。",
         "第三条借书须登记书名和日期，每次限借一本，一周内归还。",
         "第四条损坏图书的，照价赔偿或买新书补上。"]
LETTERS = ["第一条为了管好班级图书角aaaa，方便同学借阅aaa，培养读书习惯aaaaa，制定本办法。",
           "第二条图书角由班委统一管理aaa，图书管理员负责登记aaaa，各组长协助检查。",
           "第三条借书须登记书名和日期aaaaa，每次限借一本aaa，一周内归还。",
           CLEAN[3]]
PAIRS = ["第一条为了管好班级图书角蛸彀，方便同学借阅龃舫，培养读书习惯鼋琚，制定本办法。",
         "第二条图书角由班委统一管理髑蚣，图书管理员负责登记瘘夔，各组长协助检查氘鹈。",
         "第三条借书须登记书名和日期璩蟊，每次限借一本，一周内归还郯酢。",
         "第四条损坏图书的，照价赔偿或买新书补上噍篦。"]


def test_letter_runs_before_the_marks_are_cut_the_clauses_kept():
    doc, report = clean("\n".join([TITLE, *LETTERS]))
    assert texts(doc) == CLEAN
    assert removed(report, RULE) == ["aaaa aaa aaaaa", "aaa aaaa", "aaaaa aaa"]


def test_random_pairs_before_the_marks_are_cut_the_clauses_kept():
    doc, report = clean("\n".join([TITLE, *PAIRS]))
    assert texts(doc) == CLEAN
    assert removed(report, RULE) == ["蛸彀 龃舫 鼋琚", "髑蚣 瘘夔 氘鹈", "璩蟊 郯酢", "噍篦"]


def test_a_few_tags_on_a_page_stay():
    # Fewer than a page's worth: a word's end or a slip, not a site's habit.
    lines = [LETTERS[0], *CLEAN[1:]]
    doc, report = clean("\n".join([TITLE, *lines]))
    assert texts(doc) == lines
    assert removed(report, RULE) == []


def test_a_texts_masks_and_terms_before_its_marks_stay():
    # "xxx" is a mask's cross; lower-case terms are words; doubled characters are words too.
    lines = ["会议由xxx主持，xxx记录，参会人员xxx、xxx、xxx签到。",
             "系统用nodejs开发，数据存mysql，前端用vue，部署在linux上。",
             "大家哈哈，笑声不断，掌声阵阵，气氛热烈。",
             "下一步，各组按照分工抓好落实，确保按期完成。"]
    doc, report = clean("\n".join(["工作会议纪要", *lines]))
    assert texts(doc) == lines
    assert removed(report, RULE) == []


def test_a_classical_texts_clause_ends_stay():
    # A classical ode's clauses end on pairs no modern text joins: they are its words, and the
    # rest of its text reads as unseen as they do. (An ode written for this test.)
    lines = ["岷岫崔嵬兮，溟渤汤汤。鹓鶵栖梧兮，鸾鷟翔冈。",
             "蘅芷盈畹兮，蕙茝满堂。罾罟沉渚兮，舴艋横塘。",
             "黍稷既登兮，醪醴盈觞。耆耋咸集兮，鼍鼓镗镗。"]
    doc, report = clean("\n".join(["岷山赋", *lines]))
    assert texts(doc) == lines
    assert removed(report, RULE) == []


def test_a_rosters_rare_given_names_stay():
    # Names between commas end on pairs no text joins; each is a surname and its pair, no
    # clause of a sentence. (Names made up for this test.)
    lines = ["经班级推荐、学校审核，决定对以下同学予以表彰。",
             "三好学生：张珺玥，李梓萱，王诗涵，刘子墨，陈琬琰，赵芮琪，孙翊宸，周璟瑜，吴婧祎，郑昱珩。",
             "优秀学生干部：钱芃芃，冯骁骐，褚靓瑶，卫珈溢。",
             "希望受表彰的同学戒骄戒躁，再接再厉。"]
    doc, report = clean("\n".join(["关于表彰优秀学生的决定", *lines]))
    assert texts(doc) == lines
    assert removed(report, RULE) == []
