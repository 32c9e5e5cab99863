# ruff: noqa: E501  (the documents' paragraphs are data: one line each, as typed)
"""Write the Word documents of this folder: hand-written documents of the kinds users bring.

Run from the project root:  .venv/bin/python tests/data/authored/users/build_users.py

Made up for the tests, in our own words: a 请示 with Heading styles, a footnote and 签发人
after tabs; a 纪要 whose attendee table merges cells down and across; a village report with
pictures, captions, a superscript and a link; a résumé laid out in a table with the photo's
cell merged down; a lease with blanks and a signature table; a lesson plan with a table and
line breaks; a news digest whose author quotes 来源/发布时间 lines and writes 小编 and 版权
in their own sentences. The WordprocessingML is written here (no Word, no python-docx), so
what a document holds is exactly what this file says. The markdown documents beside them are
written by hand; images/flow.png is written here too.
"""

import struct
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
HERE = Path(__file__).resolve().parent
NS = f'xmlns:w="{W}" xmlns:r="{R}" xmlns:wp="{WP}" xmlns:a="{A}" xmlns:pic="{PIC}"'


def png(w=32, h=20, colour=(40, 90, 200)):
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            row += bytes(colour if (x + y) % 7 < 4 else (255, 255, 255))
        rows.append(bytes(row))
    def chunk(k, d):
        return struct.pack(">I", len(d)) + k + d + struct.pack(">I", zlib.crc32(k + d))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b""))


STYLES = [("Title", "Title"), ("Heading1", "heading 1"), ("Heading2", "heading 2"), ("Heading3", "heading 3"),
          ("Subtitle", "Subtitle"), ("ListParagraph", "List Paragraph"), ("Quote", "Quote")]


class Docx:
    def __init__(self):
        self.body, self.rels, self.notes, self.media = [], [], [], []

    def _rel(self, kind, target, external=False):
        rid = f"rId{len(self.rels) + 10}"
        self.rels.append((rid, kind, target, external))
        return rid

    def runs(self, items):
        out = []
        for it in items if isinstance(items, list) else [items]:
            if isinstance(it, str):
                out.append(f'<w:r><w:t xml:space="preserve">{escape(it)}</w:t></w:r>')
                continue
            kind, *rest = it
            if kind in ("b", "sup", "red", "i", "u", "sub"):
                props = {"b": "<w:b/>", "i": "<w:i/>", "u": '<w:u w:val="single"/>',
                         "sup": '<w:vertAlign w:val="superscript"/>', "sub": '<w:vertAlign w:val="subscript"/>',
                         "red": '<w:color w:val="FF0000"/><w:b/><w:sz w:val="44"/>'}[kind]
                out.append(f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(rest[0])}</w:t></w:r>')
            elif kind == "tab":
                out.append("<w:r><w:tab/></w:r>")
            elif kind == "br":
                out.append("<w:r><w:br/></w:r>")
            elif kind == "link":
                rid = self._rel("hyperlink", rest[0], True)
                out.append(f'<w:hyperlink r:id="{rid}"><w:r><w:t xml:space="preserve">{escape(rest[1])}</w:t></w:r></w:hyperlink>')
            elif kind == "note":
                nid = len(self.notes) + 1
                self.notes.append(rest[0])
                out.append(f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{nid}"/></w:r>')
            elif kind == "img":
                n = len(self.media) + 1
                self.media.append(png(*rest) if rest else png())
                rid = self._rel("image", f"media/image{n}.png")
                emu = 914400
                out.append(
                    f'<w:r><w:drawing><wp:inline><wp:extent cx="{emu}" cy="{emu // 2}"/>'
                    f'<wp:docPr id="{n}" name="图片{n}"/>'
                    f'<a:graphic><a:graphicData uri="{PIC}"><pic:pic>'
                    f'<pic:nvPicPr><pic:cNvPr id="{n}" name="image{n}.png"/><pic:cNvPicPr/></pic:nvPicPr>'
                    f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
                    f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu}" cy="{emu // 2}"/></a:xfrm>'
                    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
                    "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>")
        return "".join(out)

    def p(self, items="", style=None, align=None, indent=False):
        props = ""
        if style:
            props += f'<w:pStyle w:val="{style}"/>'
        if indent:
            props += '<w:ind w:firstLine="640"/>'
        if align:
            props += f'<w:jc w:val="{align}"/>'
        self.body.append(f"<w:p>{'<w:pPr>' + props + '</w:pPr>' if props else ''}{self.runs(items)}</w:p>")
        return self

    def table(self, rows):
        """Each cell: text/list of runs, or dict(c=..., span=n, vmerge='restart'|'continue')."""
        xml = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
        ncols = max(sum((c.get("span", 1) if isinstance(c, dict) else 1) for c in r) for r in rows)
        xml.append("<w:tblGrid>" + "<w:gridCol w:w=\"1800\"/>" * ncols + "</w:tblGrid>")
        for r in rows:
            xml.append("<w:tr>")
            for c in r:
                spec = c if isinstance(c, dict) else {"c": c}
                props = ""
                if spec.get("span", 1) > 1:
                    props += f'<w:gridSpan w:val="{spec["span"]}"/>'
                if spec.get("vmerge") == "restart":
                    props += '<w:vMerge w:val="restart"/>'
                elif spec.get("vmerge") == "continue":
                    props += "<w:vMerge/>"
                paras = spec.get("c", "")
                paras = paras if isinstance(paras, list) and paras and isinstance(paras[0], list) else [paras]
                inner = "".join(f"<w:p>{self.runs(pp)}</w:p>" for pp in paras)
                xml.append(f"<w:tc><w:tcPr>{props}</w:tcPr>{inner}</w:tc>")
            xml.append("</w:tr>")
        xml.append("</w:tbl>")
        self.body.append("".join(xml))
        return self

    def save(self, path):
        # pandoc knows a heading by its style's name ("heading 1"), as Word names it
        styles = "".join(f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'
                         for sid, name in STYLES)
        styles_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">'
                      f'<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
                      f'{styles}<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>')
        doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>'
               + "".join(self.body) + "<w:sectPr/></w:body></w:document>")
        notes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {NS}>'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                 + "".join(f'<w:footnote w:id="{i + 1}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                           f'<w:footnoteRef/></w:r>{self.runs(n)}</w:p></w:footnote>' for i, n in enumerate(self.notes))
                 + "</w:footnotes>")
        rels = [("rId1", "styles", "styles.xml", False)] + ([("rId2", "footnotes", "footnotes.xml", False)] if self.notes else []) + self.rels
        rels_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    + "".join(f'<Relationship Id="{i}" Type="{RT}{k}" Target={quoteattr(t)}'
                              + (' TargetMode="External"' if ext else "") + '/>' for i, k, t, ext in rels)
                    + "</Relationships>")
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              + ('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>' if self.notes else "")
              + "</Types>")
        pkg = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               f'<Relationship Id="rId1" Type="{RT}officeDocument" Target="word/document.xml"/></Relationships>')
        parts = [("[Content_Types].xml", ct), ("_rels/.rels", pkg), ("word/document.xml", doc),
                 ("word/styles.xml", styles_xml), ("word/_rels/document.xml.rels", rels_xml)]
        if self.notes:
            parts.append(("word/footnotes.xml", notes))
        parts += [(f"word/media/image{i + 1}.png", m) for i, m in enumerate(self.media)]
        with zipfile.ZipFile(path, "w") as z:
            for name, data in parts:
                info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data)


def main() -> None:
    (HERE / "images").mkdir(exist_ok=True)
    (HERE / "images" / "flow.png").write_bytes(png())
    # 2 请示 with Heading styles, 签发人 after a tab, footnote
    d = Docx()
    d.p([("red", "柳河镇人民政府")], align="center")
    d.p(["柳政请〔2025〕3号", ("tab",), ("tab",), "签发人：陈某某"])
    d.p("关于申请拨付河道清淤经费的请示", style="Title")
    d.p("县人民政府：")
    d.p(["今年汛期以来，我镇境内南渠淤积严重", ("note", "据镇水利站2025年7月测量，淤积平均厚度约0.8米。"), "，已影响排涝。"], indent=True)
    d.p("一、基本情况", style="Heading1")
    d.p("南渠全长4.2公里，上次清淤在2019年。", indent=True)
    d.p("二、资金测算", style="Heading1")
    d.p("（一）土方工程", style="Heading2")
    d.p("清淤土方约1.1万立方米，按每立方米18元计，需19.8万元。", indent=True)
    d.p("（二）护坡修复", style="Heading2")
    d.p("需修复护坡600米，约12万元。", indent=True)
    d.p("妥否，请批示。", indent=True)
    d.p("柳河镇人民政府", align="right")
    d.p("2025年8月2日", align="right")
    d.p("（联系人：王某；联系电话：138XXXXXXXX）")
    d.save(HERE / "gw-qingshi.docx")


    # 4 纪要 with attendee table (merged cells)
    d = Docx()
    d.p([("red", "会 议 纪 要")], align="center")
    d.p("第12期", align="center")
    d.p("石桥街道办事处                  2025年6月18日", align="center")
    d.p("6月16日下午，街道党工委书记刘某主持召开专题会议，研究老旧小区加装电梯工作。纪要如下：", indent=True)
    d.p("一、会议听取了城建科关于加装电梯进展的汇报。", indent=True)
    d.p("二、会议明确，由城建科牵头、各社区配合，9月底前完成第一批8部电梯的意见征询。", indent=True)
    d.table([
        [{"c": "参会人员", "vmerge": "restart"}, "出 席", "刘某  张某  李某"],
        [{"vmerge": "continue"}, "列 席", "各社区书记"],
        ["记录", {"c": "赵某", "span": 2}],
    ])
    d.p("分送：街道领导班子成员，各科室、社区。")
    d.save(HERE / "gw-jiyao.docx")


    # 5 工作报告 with pictures, captions, superscript, a link
    d = Docx()
    d.p("东岭村2025年上半年人居环境整治情况报告", align="center")
    d.p("镇人民政府：")
    d.p("上半年，我村共清理垃圾堆放点37处，新建公厕2座，硬化道路约3200m", indent=True)
    d.p(["新建公厕面积合计86m", ("sup", "2"), "，均已投入使用（见图1）。"], indent=True)
    d.p([("img",)], align="center")
    d.p("图1  村东新建公厕", align="center")
    d.p(["整治前后对比照片已上传至", ("link", "https://example.org/dongling/photos", "村务公开栏"), "，欢迎监督。"], indent=True)
    d.p([("img", 40, 24, (30, 160, 60))], align="center")
    d.p("图2  整治后的村口广场", align="center")
    d.p("下半年，我村将重点推进污水管网建设。", indent=True)
    d.p("东岭村村民委员会", align="right")
    d.p("2025年7月5日", align="right")
    d.save(HERE / "report-pictures.docx")


    # 6 résumé in a table with a photo cell merged down
    d = Docx()
    d.p("个 人 简 历", align="center")
    d.table([
        ["姓 名", "林晓雨", "性 别", "女", {"c": [("img", 24, 32, (180, 180, 180))], "vmerge": "restart"}],
        ["出生年月", "1999.04", "民 族", "汉", {"vmerge": "continue"}],
        ["政治面貌", "共青团员", "学 历", "硕士", {"vmerge": "continue"}],
        ["联系电话", {"c": "139 0000 0000", "span": 2}, "邮 箱", "linxy@example.com"],
        ["教育经历", {"c": [["2021.09—2024.06  江州大学  环境工程  硕士"], ["2017.09—2021.06  江州大学  环境科学  学士"]], "span": 4}],
        ["实习经历", {"c": "2023.07—2023.09 某环保科技公司 水质检测助理：负责采样与数据整理。", "span": 4}],
        ["获奖情况", {"c": "校级一等奖学金（2022）；全国大学生节能减排竞赛三等奖", "span": 4}],
        ["自我评价", {"c": "做事细致，能吃苦，熟悉Python数据分析。", "span": 4}],
    ])
    d.save(HERE / "resume.docx")


    # 7 contract with signature blocks and blanks
    d = Docx()
    d.p("房屋租赁合同", style="Title")
    d.p("合同编号：__________")
    d.p("出租方（甲方）：__________  身份证号：____________________")
    d.p("承租方（乙方）：__________  身份证号：____________________")
    d.p("根据《中华人民共和国民法典》及有关规定，甲乙双方在平等、自愿的基础上，就房屋租赁事宜达成如下协议：", indent=True)
    d.p("第一条  房屋基本情况", style="Heading2")
    d.p("甲方将位于____市____区____路____号的房屋出租给乙方居住，建筑面积____平方米。", indent=True)
    d.p("第二条  租期", style="Heading2")
    d.p("租期自____年__月__日起至____年__月__日止。", indent=True)
    d.p("第三条  租金及支付方式", style="Heading2")
    d.p("月租金人民币（大写）________元整（¥______），按季度支付，每季度首月5日前付清。", indent=True)
    d.p("第四条  其他约定", style="Heading2")
    d.p("本合同一式两份，甲乙双方各执一份，自双方签字之日起生效。", indent=True)
    d.table([
        ["甲方（签字）：", "乙方（签字）："],
        ["联系电话：", "联系电话："],
        ["    年    月    日", "    年    月    日"],
    ])
    d.save(HERE / "contract.docx")


    # 8 lesson plan
    d = Docx()
    d.p("《秋天的雨》教学设计", style="Title")
    d.p("授课教师：何某    授课班级：三年级（2）班    课时：2课时", align="center")
    d.p("一、教学目标", style="Heading1")
    d.p("1.认识“缤、纷”等9个生字，会写“盒、粗”等13个字。")
    d.p("2.有感情地朗读课文，背诵第二自然段。")
    d.p("二、教学重难点", style="Heading1")
    d.p("重点：体会作者对秋雨的喜爱。难点：理解“秋天的雨是一把钥匙”的含义。")
    d.p("三、教学过程", style="Heading1")
    d.table([
        ["环节", "教师活动", "学生活动", "设计意图"],
        ["导入（3分钟）", "出示秋景图片，提问：你眼中的秋天是什么颜色？", "观察、交流", "激发兴趣"],
        [{"c": "新授", "vmerge": "restart"}, "范读课文", "圈画生字", "整体感知"],
        [{"vmerge": "continue"}, "指导朗读第二段", "分组读、评", "读中感悟"],
    ])
    d.p("四、板书设计", style="Heading1")
    d.p(["秋天的雨", ("br",), "钥匙——打开秋天的大门", ("br",), "颜料——五彩缤纷"], align="center")
    d.p("五、教学反思", style="Heading1")
    d.p("学生对比喻句的理解还不够深入，下节课可以让学生仿写。")
    d.save(HERE / "lesson-plan.docx")


    # 10 news digest: 来源 / 发布时间 lines, 小编 and 版权 in the author's own sentences
    d = Docx()
    d.p("本周行业新闻摘编（第8期）", style="Title")
    d.p("编者按：小编从各家媒体挑了三条与社区养老有关的消息，原文版权归原媒体所有，这里只作内部学习交流。", indent=True)
    d.p("1.多地试点“时间银行”互助养老", style="Heading2")
    d.p("来源：某某日报")
    d.p("发布时间：2025-03-12 08:30")
    d.p("报道称，已有十余个城市试点“时间银行”，志愿者服务老人的时长可存入账户，日后兑换服务。", indent=True)
    d.p("2.社区食堂覆盖率提升", style="Heading2")
    d.p("来源：某某网    发布时间：2025年3月14日")
    d.p("截至去年底，城市社区老年食堂覆盖率已超过六成。", indent=True)
    d.p("3.适老化改造补贴标准公布", style="Heading2")
    d.p(["来源：", ("link", "https://example.org/news/20250316", "某省民政厅网站")])
    d.p("发布时间：2025年3月16日  阅读：1203")
    d.p("每户改造补贴最高3000元，重点覆盖独居、失能老人家庭。", indent=True)
    d.p("（本期编辑：小编 阿朱；转载请注明出处）")
    d.save(HERE / "news-digest.docx")
    print(f"wrote the documents of {HERE}")


if __name__ == "__main__":
    main()
