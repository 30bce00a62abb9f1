"""The harbour-plan article in ten languages, written by us, that the author tests put bylines around
(tests/test_textbylines.py, tests/test_author_lists.py): its body, its title, the document as text, and the body as
HTML paragraphs."""

from __future__ import annotations

BODY = {
    "en": "The city council approved the new harbour plan on Tuesday after a long debate about costs and the "
          "environment. Residents had asked for more green space along the water.\n\nThe plan includes a new ferry "
          "terminal, two parks and a cycle path that links the old town with the beach. Work should start next "
          "spring, the council said, if the budget holds.",
    "fr": "Le conseil municipal a approuvé mardi le nouveau plan du port après un long débat sur les coûts et "
          "l'environnement. Les habitants demandaient plus d'espaces verts.\n\nLe plan prévoit un nouveau terminal "
          "de ferry, deux parcs et une piste cyclable qui relie la vieille ville à la plage, selon la mairie.",
    "de": "Der Stadtrat hat am Dienstag den neuen Hafenplan nach einer langen Debatte über Kosten und Umwelt "
          "gebilligt. Die Anwohner hatten mehr Grünflächen gefordert.\n\nDer Plan sieht ein neues Fährterminal, zwei "
          "Parks und einen Radweg vor, der die Altstadt mit dem Strand verbindet.",
    "es": "El ayuntamiento aprobó el martes el nuevo plan del puerto tras un largo debate sobre los costes y el "
          "medio ambiente. Los vecinos pedían más zonas verdes.\n\nEl plan incluye una nueva terminal de ferris, dos "
          "parques y un carril bici que une el casco antiguo con la playa.",
    "ru": "Городской совет во вторник утвердил новый план порта после долгих споров о расходах и экологии. Жители "
          "просили больше зелени.\n\nПлан предусматривает новый паромный терминал, два парка и велодорожку, которая "
          "соединит старый город с пляжем.",
    "vi": "Hội đồng thành phố hôm thứ Ba đã thông qua kế hoạch cảng mới sau một cuộc tranh luận dài về chi phí và "
          "môi trường. Người dân đã yêu cầu thêm không gian xanh.\n\nKế hoạch bao gồm một bến phà mới, hai công viên "
          "và một đường dành cho xe đạp nối khu phố cổ với bãi biển.",
    "hi": "नगर परिषद ने मंगलवार को लागत और पर्यावरण पर लंबी बहस के बाद बंदरगाह की नई योजना को मंजूरी दी। निवासियों ने "
          "अधिक हरित क्षेत्र की मांग की थी।\n\nयोजना में एक नया फेरी टर्मिनल, दो पार्क और पुराने शहर को "
          "समुद्र तट से जोड़ने "
          "वाला साइकिल मार्ग शामिल है।",
    "th": "สภาเมืองอนุมัติแผนท่าเรือใหม่เมื่อวันอังคารหลังจากการถกเถียงอย่างยาวนานเรื่องค่าใช้จ่ายและสิ่งแวดล้อม "
          "ชาวบ้านเรียกร้องพื้นที่สีเขียวเพิ่มขึ้น\n\nแผนนี้รวมถึงท่าเรือเฟอร์รี่แห่งใหม่ สวนสาธารณะสองแห่ง "
          "และทางจักรยานที่เชื่อมเมืองเก่ากับชายหาด",
    "ar": "وافق مجلس المدينة يوم الثلاثاء على خطة الميناء الجديدة بعد نقاش طويل حول التكاليف والبيئة. وكان السكان قد "
          "طالبوا بمزيد من المساحات الخضراء.\n\nتشمل الخطة محطة عبارات جديدة وحديقتين ومسارا للدراجات يربط المدينة "
          "القديمة بالشاطئ.",
    "zh": "市议会周二在就成本和环境问题进行长时间辩论后批准了新的港口规划。居民们曾要求增加更多绿地。\n\n"
          "该规划包括一个新的渡轮码头、两个公园以及一条连接老城区和海滩的自行车道。",
}
TITLE = {"en": "Harbour plan approved", "fr": "Le plan du port approuvé", "de": "Hafenplan gebilligt",
         "es": "Aprobado el plan del puerto", "ru": "План порта утверждён", "vi": "Kế hoạch cảng được thông qua",
         "hi": "बंदरगाह योजना को मंजूरी", "th": "อนุมัติแผนท่าเรือ", "ar": "الموافقة على خطة الميناء",
         "zh": "港口规划获批"}


def document(lang: str, head: str = "", tail: str = "") -> str:
    return "\n\n".join([TITLE[lang]] + ([head] if head else []) + [BODY[lang]] + ([tail] if tail else []))


def paragraphs_html(lang: str) -> str:
    """The body's paragraphs as ``<p>`` elements."""
    return "".join(f"<p>{p}</p>" for p in BODY[lang].split("\n\n"))

