"""families30 (issue 11): the lexical families in every one of the 30 cue languages (reprint permission, cookie
notice, paywall, comment prompt; excerpt credit and resource box in Bengali, Persian, Hebrew) and the engagement prompt
(a reaction asked for and a comment / follow / share / subscribe), each language with a positive case and a negative
one written by us: an article sentence that uses the same words (a regulator on cookies, a paper's paywall policy, a
forum study's comments, a post's likes)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from cleaner.detectors.families import family_finding
from cleaner.model import Block
from cleaner.rules import RULES

ENGAGEMENT = "call_to_action.engagement_prompt"


def block(text: str) -> Block:
    return Block(0, "paragraph", text, text)


def _cue_languages() -> set[str]:
    return {path.name.removesuffix(".json") for path in resources.files("cleaner").joinpath("data", "cues").iterdir()
            if path.name.endswith(".json")}


@pytest.mark.parametrize("rule", [
    "rights_notice.reprint_permission", "rights_notice.cookie_notice", "call_to_action.paywall",
    "call_to_action.comment_prompt", "source_credit.excerpt_credit", "author_bio.resource_box", ENGAGEMENT,
])
def test_the_family_covers_every_cue_language(rule):
    data = json.loads(resources.files("cleaner").joinpath("data", "families.json").read_text(encoding="utf-8"))
    spec = data["families"][rule]
    languages = _cue_languages()
    for combo in spec["combos"][:1]:  # the first combination is the family's own: every group of it in every language
        for name in combo["all"]:
            assert set(spec["groups"][name]) >= languages, (rule, name, sorted(languages - set(spec["groups"][name])))


def test_engagement_prompt_has_its_strength():
    assert RULES[ENGAGEMENT].match == "phrase"


@pytest.mark.parametrize("text, rule", [
    ('يمكنك إعادة نشر هذا المقال مع ذكر المصدر.', "rights_notice.reprint_permission"),
    ('আপনি এই লেখাটি পুনঃপ্রকাশ করতে পারেন, শর্ত থাকে যে লেখকের পরিচিতি অপরিবর্তিত থাকবে।', "rights_notice.reprint_permission"),
    ('Tento článek můžete volně publikovat, pokud zachováte informace o autorovi.', "rights_notice.reprint_permission"),
    ('Du må gerne genudgive artiklen, så længe forfatterboksen bevares uændret.', "rights_notice.reprint_permission"),
    ('Μπορείτε να αναδημοσιεύσετε το άρθρο με την προϋπόθεση ότι θα διατηρηθεί το πλαίσιο του συγγραφέα.', "rights_notice.reprint_permission"),
    ('بازنشر این مطلب با ذکر منبع آزاد است.', "rights_notice.reprint_permission"),
    ('Voit julkaista artikkelin uudelleen omalla sivustollasi, kunhan kirjoittajan tiedot säilyvät muuttamattomina.', "rights_notice.reprint_permission"),
    ('מותר לפרסם את המאמר באתרכם בתנאי שתיבת המחבר תישאר ללא שינוי.', "rights_notice.reprint_permission"),
    ('आप इस लेख को अपनी वेबसाइट पर प्रकाशित कर सकते हैं, बशर्ते लेखक का परिचय साथ रहे।', "rights_notice.reprint_permission"),
    ('A cikket szabadon átveheted, amennyiben a szerzői doboz változatlanul marad.', "rights_notice.reprint_permission"),
    ('Anda boleh menyalin artikel ini asalkan mencantumkan sumber dan nama penulis.', "rights_notice.reprint_permission"),
    ('この記事は出典を明記していただければ自由に転載していただいて構いません。', "rights_notice.reprint_permission"),
    ('Du kan fritt publisere artikkelen, så lenge forfatterboksen beholdes uendret.', "rights_notice.reprint_permission"),
    ('Puteți republica articolul pe site-ul dvs. cu condiția să păstrați nemodificată caseta autorului.', "rights_notice.reprint_permission"),
    ('Du får återpublicera artikeln så länge författarrutan finns kvar oförändrad.', "rights_notice.reprint_permission"),
    ('สามารถนำไปเผยแพร่ต่อได้ โดยต้องระบุแหล่งที่มาทุกครั้ง', "rights_notice.reprint_permission"),
    ('এই ওয়েবসাইট আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করে।', "rights_notice.cookie_notice"),
    ('Tento web používá soubory cookie. Více v zásadách ochrany osobních údajů.', "rights_notice.cookie_notice"),
    ('Denne hjemmeside bruger cookies for at give dig den bedste oplevelse.', "rights_notice.cookie_notice"),
    ('Αυτός ο ιστότοπος χρησιμοποιεί cookies για να βελτιώσει την εμπειρία σας.', "rights_notice.cookie_notice"),
    ('این سایت از کوکی\u200cها برای بهبود تجربه کاربری استفاده می\u200cکند.', "rights_notice.cookie_notice"),
    ('Tämä sivusto käyttää evästeitä. Lue lisää tietosuojaselosteesta.', "rights_notice.cookie_notice"),
    ('אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה.', "rights_notice.cookie_notice"),
    ('Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében.', "rights_notice.cookie_notice"),
    ('Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.', "rights_notice.cookie_notice"),
    ('Dette nettstedet bruker informasjonskapsler (cookies).', "rights_notice.cookie_notice"),
    ('Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună.', "rights_notice.cookie_notice"),
    ('Den här webbplatsen använder kakor (cookies) för att förbättra din upplevelse.', "rights_notice.cookie_notice"),
    ('Цей сайт використовує файли cookie. Детальніше у політиці конфіденційності.', "rights_notice.cookie_notice"),
    ('اشترك الآن لمواصلة القراءة', "call_to_action.paywall"),
    ('এই প্রতিবেদন পুরোটা পড়তে সাবস্ক্রাইব করুন', "call_to_action.paywall"),
    ('Předplaťte si nás a čtěte dál.', "call_to_action.paywall"),
    ('Bliv abonnent for at læse videre.', "call_to_action.paywall"),
    ('Γίνετε συνδρομητής για να συνεχίσετε την ανάγνωση.', "call_to_action.paywall"),
    ('برای ادامه مطالعه اشتراک تهیه کنید.', "call_to_action.paywall"),
    ('Tilaa Lehti jatkaaksesi lukemista.', "call_to_action.paywall"),
    ('הירשמו למנוי כדי להמשיך לקרוא', "call_to_action.paywall"),
    ('पूरा लेख पढ़ने के लिए सब्सक्राइब करें', "call_to_action.paywall"),
    ('Fizessen elő az olvasás folytatásához!', "call_to_action.paywall"),
    ('Berlangganan untuk melanjutkan membaca.', "call_to_action.paywall"),
    ('Bli abonnent for å lese videre.', "call_to_action.paywall"),
    ('Abonează-te pentru a citi tot articolul.', "call_to_action.paywall"),
    ('Bli prenumerant för att läsa vidare.', "call_to_action.paywall"),
    ('สมัครสมาชิกเพื่ออ่านต่อ', "call_to_action.paywall"),
    ('Підпишіться, щоб продовжити читання.', "call_to_action.paywall"),
    ('Odemkněte celý článek', "call_to_action.paywall"),
    ('Lås op for artiklen', "call_to_action.paywall"),
    ('Ξεκλειδώστε το άρθρο', "call_to_action.paywall"),
    ('Oldja fel a cikket', "call_to_action.paywall"),
    ('اترك تعليقاً', "call_to_action.comment_prompt"),
    ('মন্তব্য করুন', "call_to_action.comment_prompt"),
    ('Přidat komentář', "call_to_action.comment_prompt"),
    ('Skriv en kommentar', "call_to_action.comment_prompt"),
    ('Αφήστε ένα σχόλιο', "call_to_action.comment_prompt"),
    ('دیدگاه خود را بنویسید', "call_to_action.comment_prompt"),
    ('Jätä kommentti', "call_to_action.comment_prompt"),
    ('השאירו תגובה', "call_to_action.comment_prompt"),
    ('टिप्पणी करें', "call_to_action.comment_prompt"),
    ('Írj hozzászólást!', "call_to_action.comment_prompt"),
    ('Tinggalkan komentar', "call_to_action.comment_prompt"),
    ('Legg igjen en kommentar', "call_to_action.comment_prompt"),
    ('Lasă un comentariu', "call_to_action.comment_prompt"),
    ('Lämna en kommentar', "call_to_action.comment_prompt"),
    ('ส่งความคิดเห็น', "call_to_action.comment_prompt"),
    ('Залиште коментар', "call_to_action.comment_prompt"),
    ('لا توجد تعليقات', "call_to_action.comment_prompt"),
    ('কোনো মন্তব্য নেই', "call_to_action.comment_prompt"),
    ('Zatím žádné komentáře', "call_to_action.comment_prompt"),
    ('Ingen kommentarer endnu', "call_to_action.comment_prompt"),
    ('Δεν υπάρχουν σχόλια', "call_to_action.comment_prompt"),
    ('هنوز نظری ثبت نشده است', "call_to_action.comment_prompt"),
    ('Ei vielä kommentteja', "call_to_action.comment_prompt"),
    ('אין תגובות עדיין', "call_to_action.comment_prompt"),
    ('कोई टिप्पणी नहीं:', "call_to_action.comment_prompt"),
    ('Még nincs hozzászólás.', "call_to_action.comment_prompt"),
    ('Belum ada komentar', "call_to_action.comment_prompt"),
    ('Ingen kommentarer ennå', "call_to_action.comment_prompt"),
    ('Încă nu există comentarii', "call_to_action.comment_prompt"),
    ('Inga kommentarer än', "call_to_action.comment_prompt"),
    ('ยังไม่มีความคิดเห็น', "call_to_action.comment_prompt"),
    ('Коментарів ще немає', "call_to_action.comment_prompt"),
    ('লেখাটি মাসিক উদাহরণ পত্রিকার মার্চ সংখ্যায় প্রকাশিত হয়েছিল।', "source_credit.excerpt_credit"),
    ('این مطلب نخستین بار در شماره ۱۲ ماهنامه نمونه منتشر شد.', "source_credit.excerpt_credit"),
    ('הכתבה פורסמה בגיליון מרץ של הירחון "דוגמה".', "source_credit.excerpt_credit"),
    ('রহিম উদ্দিন একজন ব্লগার। তার ব্লগ দেখতে ভিজিট করুন www.example.com', "author_bio.resource_box"),
    ('مریم احمدی وبلاگ\u200cنویس است. برای اطلاعات بیشتر به www.example.com سر بزنید.', "author_bio.resource_box"),
    ('דנה כהן היא בלוגרית. לפרטים נוספים בקרו בכתובת www.example.com', "author_bio.resource_box"),
])
def test_a_family_in_every_cue_language(text, rule):
    finding = family_finding(block(text))
    assert finding is not None and finding.rule == rule, finding


@pytest.mark.parametrize("text", [
    'يمكنك قراءة الرواية التي أعيد نشرها عام 1990 بشرط أن تكون صبورا، قال الناقد.',
    'আপনি চাইলে বইটি পড়তে পারেন, তবে এর প্রথম সংস্করণ অপরিবর্তিত ছিল না।',
    'Soud rozhodl, že noviny můžou publikovat fotografie jen pod podmínkou souhlasu.',
    'Forlaget valgte at genudgive romanen uændret, så længe rettighederne var på plads, sagde direktøren.',
    'Ο εκδότης αποφάσισε να αναδημοσιεύσει το βιβλίο χωρίς αλλαγές, δήλωσε ο συγγραφέας.',
    'ناشر تصمیم گرفت کتاب را بدون تغییر بازنشر کند، به گفته مترجم.',
    'Kustantamo päätti julkaista romaanin uudelleen muuttamattomana, kertoi päätoimittaja.',
    'ההוצאה החליטה לפרסם מחדש את הספר ללא שינוי, אמר העורך.',
    'अदालत ने कहा कि अखबार बिना अनुमति तस्वीरें प्रकाशित नहीं कर सकते हैं।',
    'A kiadó szerint a regényt változatlan formában újra közölhetik.',
    'Pengadilan memutuskan bahwa media tidak boleh menyalin foto tanpa izin, katanya.',
    '出版社は小説をそのまま転載することを許可しますと発表した。',
    'Forlaget bestemte seg for å publisere romanen uendret, sa redaktøren.',
    'Editura a decis să republice romanul fără modificări, a declarat directorul.',
    'Förlaget beslutade att återpublicera romanen oförändrad, sa förläggaren.',
    'ศาลระบุว่าสื่อไม่สามารถนำไปเผยแพร่ได้หากไม่ระบุแหล่งที่มา',
    'মায়ের রেসিপিতে চকলেট কুকি তৈরি হয় মাত্র বিশ মিনিটে।',
    'Úřad uvedl, že mnoho webů používá cookies ke sledování uživatelů.',
    'Tilsynet fandt, at mange hjemmesider bruger cookies til at spore brugerne, sagde direktøren.',
    'Η αρχή διαπίστωσε ότι πολλοί ιστότοποι χρησιμοποιούν cookies για την παρακολούθηση χρηστών, δήλωσε ο πρόεδρος.',
    'به گفته کارشناسان، بسیاری از سایت\u200cها از کوکی برای ردیابی کاربران استفاده می\u200cکنند.',
    'Viranomaisen mukaan monet sivustot käyttävät evästeitä käyttäjien seurantaan.',
    'המתכון הזה לעוגיות שוקולד לוקח עשרים דקות בלבד.',
    'A nagymama sütiket sütött az unokáknak karácsonyra.',
    'Regulator menemukan banyak situs menggunakan cookie untuk melacak pengguna, katanya.',
    'Tilsynet fant at mange nettsteder bruker informasjonskapsler for å spore brukerne, sa direktøren.',
    'Autoritatea a constatat că multe site-uri folosesc cookie-uri pentru a urmări utilizatorii, a declarat președintele.',
    'Bagaren säger att kakor med choklad säljer bäst i december.',
    'Регулятор зазначив, що багато сайтів використовують cookie для стеження за користувачами.',
    'قال المحرر إن الصحيفة ستطلب من القراء الاشتراك لمواصلة القراءة بعد ثلاث مقالات.',
    'পত্রিকাটি জানিয়েছে, তিনটি প্রতিবেদনের পর পাঠকদের সাবস্ক্রিপশন লাগবে।',
    'Deník uvedl, že předplatné zdraží a předplatitelé dostanou nový obsah.',
    'Avisen fortæller, at abonnenter fremover skal betale mere for at læse videre på nettet.',
    'Η εφημερίδα ανέφερε ότι οι συνδρομητές θα πληρώνουν περισσότερα για να συνεχίσετε την ανάγνωση.',
    'به گفته مدیر روزنامه، مشترکین برای ادامه مطالعه باید هزینه بیشتری بپردازند.',
    'Lehden mukaan tilaajat maksavat jatkossa enemmän, kertoi päätoimittaja.',
    'העיתון הודיע כי מנויים ישלמו יותר כדי להמשיך לקרוא באתר.',
    'संपादक ने कहा कि पूरा लेख पढ़ने के लिए पाठकों को सदस्यता लेनी होगी।',
    'A lap közölte, hogy az előfizetők többet fizetnek majd a teljes cikkek olvasásáért.',
    'Menurut redaksi, pelanggan harus membayar lebih untuk membaca artikel ini secara penuh.',
    'Avisen opplyser at abonnenter må betale mer for å lese videre.',
    'Ziarul a precizat că abonații vor plăti mai mult pentru a citi tot conținutul online.',
    'Tidningen uppger att prenumeranter får betala mer för att läsa vidare på nätet.',
    'บรรณาธิการกล่าวว่าผู้อ่านต้องสมัครสมาชิกเพื่ออ่านต่อหลังจากสามบทความ',
    'Редакція повідомила, що передплатників попросять платити більше, щоб читати далі.',
    'قال المتحدث إنه لا تعليق لديه على القرار.',
    'তিনি এ বিষয়ে কোনো মন্তব্য করেননি।',
    'Studie fóra ukázala, že uživatelé přidávají komentáře hlavně večer.',
    'Ministeriet havde ingen kommentarer til sagen.',
    'Η μελέτη έδειξε ότι οι χρήστες αφήνουν σχόλια κυρίως το βράδυ.',
    'کارشناسان نظر خود را برای دولت ارسال کردند.',
    'Yhtiö ei kommentoinut asiaa, kertoi tiedottaja.',
    'המחקר מצא שמשתמשים מוסיפים תגובה בעיקר בערב.',
    'मंत्रालय ने इस पर कोई टिप्पणी नहीं की।',
    'A fórumokról szóló tanulmány szerint a hozzászólások többsége este születik.',
    'Juru bicara itu mengatakan tidak ada komentar.',
    'Departementet hadde ingen kommentarer til saken.',
    'Ministerul nu a făcut niciun comentariu.',
    'Departementet hade inga kommentarer i frågan.',
    'ประชาชนร่วมแสดงความคิดเห็นต่อร่างกฎหมายฉบับนี้',
    'Міністерство не надало коментарів щодо рішення.',
    'লেখাটি পড়ে অনেক পাঠক পত্রিকায় চিঠি লেখেন।',
    'این مقاله نشان می\u200cدهد که روزنامه\u200cها مخاطبان جوان را از دست داده\u200cاند.',
    'הכתבה עוררה סערה בעיתון ובקרב הקוראים.',
    'রহিম উদ্দিন বইয়ের লেখক হিসেবে পুরস্কার পেয়েছেন, জানিয়েছেন প্রকাশক www.example.com',
    'مریم احمدی بنیانگذار این شرکت است و سال\u200cها در آن کار کرده است.',
    'דנה כהן, מייסדת החברה, אמרה כי היא מרוצה מהתוצאות.',
    'The mayor declined to leave a comment.',
    'Kommunalrådet ville inte lämna en kommentar.',
    'Мер відмовився залишити коментар.',
    'Wali kota belum berikan komentar.',
    'Ministrul nu a vrut să lase un comentariu.',
    'Borgmesteren ønskede ikke at skrive en kommentar.',
    'Abonnenter må betale mer for å lese videre fra neste år.',
    'Prenumeranter får betala mer för att läsa vidare från nästa år.',
    'Předplatitelé zaplatí víc, pro pokračování ve čtení bude nutné předplatné.',
    'Οι συνδρομητές θα πληρώνουν περισσότερα για να διαβάσετε ολόκληρο το περιεχόμενο.',
    'Warga boleh menyalin dokumen publik asalkan mencantumkan sumbernya.',
])
def test_negative_an_article_with_the_same_words(text):
    assert family_finding(block(text)) is None


@pytest.mark.parametrize("text", [
    'If you enjoyed this video, hit the like button and subscribe for more.',
    'Like, comment and subscribe.',
    'Wenn dir der Beitrag gefallen hat, lass gerne ein Like da und folge uns für mehr.',
    'Like und teile den Beitrag!',
    "N'oubliez pas de liker et de vous abonner à la chaîne !",
    'Si te gustó, dale like y suscríbete al canal.',
    'Se ti è piaciuto metti like e iscriviti al canale!',
    'Se gostou, deixe seu like e inscreva-se no canal.',
    'Vond je dit nuttig? Geef een like en volg ons voor meer tips.',
    'Jeśli wpis Ci się spodobał, zostaw lajka i obserwuj bloga.',
    'Если статья была полезной, ставьте лайк и подписывайтесь на канал.',
    'Якщо стаття була корисною, ставте лайк і підписуйтесь на канал.',
    '喜欢就点赞评论+关注吧',
    'この記事が役に立ったら、いいね・フォローお願いします！',
    '도움이 되셨다면 좋아요 눌러주시고 구독 부탁드립니다.',
    'Hãy nhấn like và đăng ký kênh để xem thêm video!',
    'वीडियो अच्छा लगे तो लाइक करें और चैनल को सब्सक्राइब करें।',
    'ฝากกดไลค์ กดแชร์ และกดติดตามด้วยนะครับ',
    'لا تنس الإعجاب بالفيديو والاشتراك في القناة وتفعيل الجرس.',
    'Videoyu beğenmeyi unutmayın, kanalımıza abone olun!',
    'Dejte like a sdílejte článek s přáteli.',
    'Glöm inte att gilla och dela inlägget!',
    'Giv et like og del opslaget med dine venner.',
    'Husk å like og del innlegget med vennene dine!',
    'Tykkää ja jaa!',
    'Nu uitați să dați like și să distribuiți articolul!',
    'Nyomj egy lájkot és iratkozz fel a csatornára!',
    'Κάντε like και κοινοποιήστε το άρθρο!',
    'תנו לייק ושתפו את הפוסט עם חברים.',
    'لایک کنید و نظر خود را در کامنت\u200cها بنویسید.',
    'Jangan lupa like dan bagikan artikel ini ke teman-temanmu!',
    'ভিডিওটি ভালো লাগলে লাইক দিন, কমেন্ট করুন এবং শেয়ার করুন।',
])
def test_engagement_prompt_in_30_languages(text):
    finding = family_finding(block(text))
    assert finding is not None and finding.rule == ENGAGEMENT, finding


@pytest.mark.parametrize("text", [
    'The post got 3,000 likes and comments within an hour.',
    'Der Beitrag bekam in einer Stunde 3.000 Likes und Kommentare.',
    'La publication a reçu un like et des centaines de commentaires en une heure.',
    'La publicación recibió 3.000 likes y comentarios en una hora.',
    "Il post ha ricevuto 3.000 like e commenti in un'ora.",
    'A publicação recebeu 3 mil curtidas e comentários em uma hora.',
    'Het bericht kreeg binnen een uur 3.000 likes en reacties.',
    'Wpis zebrał w godzinę 3 tysiące polubień i komentarzy.',
    'Пост за час набрал три тысячи лайков и комментариев.',
    'Допис за годину набрав три тисячі лайків і коментарів.',
    '这条微博获得了三千多个点赞和评论。',
    '投稿には3000件のいいねとコメントが寄せられた。',
    '게시물은 한 시간 만에 좋아요와 댓글 3천 개를 받았다.',
    'Bài đăng nhận được 3.000 lượt like và bình luận chỉ sau một giờ.',
    'पोस्ट को एक घंटे में 3,000 लाइक और कमेंट मिले।',
    'โพสต์นี้มีคนกดไลค์และแชร์กว่าสามพันครั้งภายในหนึ่งชั่วโมง',
    'حصد المنشور آلاف الإعجابات والتعليقات خلال ساعة.',
    'Paylaşım bir saatte 3 bin beğeni ve yorum aldı.',
    'Příspěvek získal za hodinu tři tisíce lajků a komentářů.',
    'Inlägget fick 3 000 gillamarkeringar och kommentarer på en timme.',
    'Opslaget fik 3.000 likes og kommentarer på en time.',
    'Innlegget fikk 3000 likerklikk og kommentarer på en time.',
    'Julkaisu keräsi tunnissa 3 000 tykkäystä ja kommenttia.',
    'Postarea a strâns 3.000 de like-uri și comentarii într-o oră.',
    'A bejegyzés egy óra alatt 3000 lájkot és hozzászólást kapott.',
    'Η ανάρτηση συγκέντρωσε 3.000 like και σχόλια μέσα σε μία ώρα.',
    'הפוסט קיבל שלושת אלפים לייקים ותגובות בתוך שעה.',
    'این پست در یک ساعت سه هزار لایک و کامنت گرفت.',
    'Unggahan itu mendapat ribuan like dan komentar dalam satu jam.',
    'পোস্টটি এক ঘণ্টায় তিন হাজার লাইক ও কমেন্ট পেয়েছে।',
    'Researchers found that users who like and share posts rarely read them.',
    'Nutzer liken und teilen Beiträge, ohne sie zu lesen, zeigt eine Studie.',
    'Användarna kan gilla och dela inlägg utan att läsa dem.',
    'Kullanıcılar gönderileri beğenip yorum yapıyor ama okumuyor.',
    'Hän tykkää seurata jalkapalloa ja jakaa kuvia.',
    '網友紛紛點讚並留言支持這位園丁。',
    '動画の高評価と低評価、コメント数を分析した。',
    '業者がいいね・フォロー数を水増ししていた。',
    'Hàng nghìn người thả tim và bình luận dưới bài đăng.',
    'Nhiều người nhấn like và chia sẻ bài viết của anh.',
    'Jokowi Beri Like Unggahan Warga dan Komentar Singkat',
    'Ministrul dă like și comentează postările criticilor.',
    'אלפים עשו לייק, הגיבו ושיתפו את הסרטון.',
    'অনেকে লাইক দিয়ে কমেন্ট করেছেন।',
    'Le pouce bleu et le bouton partager ont changé le web.',
    'Ele dá um like e comenta todas as fotos da ex.',
    'Users like and share posts without reading them, a study found.',
])
def test_negative_likes_and_comments_counted_in_an_article(text):
    assert family_finding(block(text)) is None
