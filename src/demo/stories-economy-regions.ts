// Demo content: economy and regions desk. Invented world (Republic of Lirania); all people and figures are fictional.
import type { DemoStory } from './demo-types.ts';

export const STORIES_ECONOMY_REGIONS: DemoStory[] = [
  // ── Economy ─────────────────────────────────────────────────────────────
  {
    key: 'er-central-bank-rate-cut',
    rubric: 'economy',
    daysAgo: 0,
    hour: 10,
    minute: 15,
    urgency: 2,
    tags: ['housing', 'trade'],
    authors: ['igor-brandt'],
    institutions: ['central-bank'],
    image: {
      motif: 'columns',
      hue: 215,
      caption: {
        de: 'Der geldpolitische Rat tagt im Stammhaus der Zentralbank in Welinsk.',
        en: 'The monetary policy council meets at the central bank’s headquarters in Velinsk.',
        ru: 'Совет по денежно-кредитной политике заседает в главном здании Центробанка в Велинске.',
        be: 'Савет па грашова-крэдытнай палітыцы пасяджае ў галоўным будынку Цэнтрабанка ў Велінску.',
      },
      alt: {
        de: 'Abstrakte Illustration einer Säulenfassade in kühlem Blau',
        en: 'Abstract illustration of a columned facade in cool blue',
        ru: 'Абстрактная иллюстрация фасада с колоннами в холодных синих тонах',
        be: 'Абстрактная ілюстрацыя фасада з калонамі ў халодных сініх танах',
      },
      credit: 'Velta graphics',
    },
    articles: {
      de: {
        headline: 'Zentralbank senkt Leitzins auf 6,25 Prozent',
        lead: 'Die Zentralbank der Republik Lirania hat ihren Leitzins überraschend um einen halben Prozentpunkt auf 6,25 Prozent gesenkt.',
        place: 'Welinsk',
        body: `<p>Der geldpolitische Rat begründete den Schritt mit der nachlassenden Teuerung. Die Mehrheit der Analysten hatte nur mit einer Senkung um einen Viertelpunkt gerechnet. Es ist bereits die zweite Zinssenkung in diesem Jahr: Zuvor hatte die Notenbank den Satz von 7,0 auf 6,75 Prozent zurückgenommen.</p>
<blockquote><p>„Die Inflation nähert sich unserem Ziel schneller, als wir noch vor einigen Monaten erwartet hatten. Das gibt uns Spielraum, die Wirtschaft zu entlasten“, sagte Zentralbankpräsidentin Irena Woltowa vor Journalisten in Welinsk.</p></blockquote>
<p>Woltowa schloss weitere Schritte nicht aus, machte sie aber von der Entwicklung der Energiepreise abhängig. Die Landeswährung gab nach der Entscheidung gegenüber dem Euro leicht nach.</p>
<p>Mehrere Geschäftsbanken kündigten an, die Zinsen für neue Wohnungsbaukredite in den kommenden Tagen zu senken. Der Rat tritt in sechs Wochen erneut zusammen.</p>`,
      },
      en: {
        headline: 'Central bank cuts key rate to 6.25 percent',
        lead: 'The Central Bank of Lirania has unexpectedly cut its key interest rate by half a percentage point to 6.25 percent.',
        place: 'Velinsk',
        body: `<p>The bank’s monetary policy council cited easing inflation as the reason for the move. Most analysts had expected a cut of only a quarter point. It is the second reduction this year, after the bank lowered the rate from 7.0 to 6.75 percent earlier on.</p>
<blockquote><p>“Inflation is approaching our target faster than we expected only a few months ago. That gives us room to take some pressure off the economy,” Governor Irena Voltova told reporters in Velinsk.</p></blockquote>
<p>Voltova did not rule out further steps but said they would depend on how energy prices develop. The national currency weakened slightly against the euro after the decision.</p>
<p>Several commercial banks said they would lower rates on new mortgages in the coming days. The council meets again in six weeks.</p>`,
      },
      ru: {
        headline: 'Центробанк снизил ключевую ставку до 6,25 процента',
        lead: 'Центральный банк Республики Лирания неожиданно снизил ключевую ставку на 0,5 процентного пункта, до 6,25 процента.',
        place: 'Велинск',
        body: `<p>Совет по денежно-кредитной политике объяснил решение замедлением инфляции. Большинство аналитиков ожидали снижения лишь на четверть пункта. Это уже второе снижение в этом году: ранее регулятор понизил ставку с 7 до 6,75 процента.</p>
<blockquote><p>«Инфляция приближается к нашей цели быстрее, чем мы ожидали ещё несколько месяцев назад. Это даёт нам пространство, чтобы снизить нагрузку на экономику», — заявила журналистам в Велинске председатель Центробанка Ирена Волтова.</p></blockquote>
<p>Волтова не исключила дальнейших шагов, однако поставила их в зависимость от динамики цен на энергоносители. После объявления решения национальная валюта незначительно ослабла к евро.</p>
<p>Несколько коммерческих банков сообщили, что в ближайшие дни снизят ставки по новым ипотечным кредитам. Следующее заседание совета состоится через шесть недель.</p>`,
      },
      be: {
        headline: 'Цэнтрабанк знізіў ключавую стаўку да 6,25 працэнта',
        lead: 'Цэнтральны банк Рэспублікі Ліранія нечакана знізіў ключавую стаўку на 0,5 працэнтнага пункта, да 6,25 працэнта.',
        place: 'Велінск',
        body: `<p>Савет па грашова-крэдытнай палітыцы растлумачыў рашэнне запаволеннем інфляцыі. Большасць аналітыкаў чакала зніжэння толькі на чвэрць пункта. Гэта ўжо другое зніжэнне ў гэтым годзе: раней рэгулятар знізіў стаўку з 7 да 6,75 працэнта.</p>
<blockquote><p>«Інфляцыя набліжаецца да нашай мэты хутчэй, чым мы чакалі яшчэ некалькі месяцаў таму. Гэта дае нам прастору, каб зменшыць нагрузку на эканоміку», — заявіла журналістам у Велінску старшыня Цэнтрабанка Ірэна Волтава.</p></blockquote>
<p>Волтава не выключыла далейшых крокаў, аднак паставіла іх у залежнасць ад дынамікі цэн на энергарэсурсы. Пасля аб’явы рашэння нацыянальная валюта нязначна аслабела ў адносінах да еўра.</p>
<p>Некалькі камерцыйных банкаў паведамілі, што ў бліжэйшыя дні знізяць стаўкі па новых іпатэчных крэдытах. Наступнае пасяджэнне савета адбудзецца праз шэсць тыдняў.</p>`,
      },
    },
  },
  {
    key: 'er-electricity-tariffs',
    rubric: 'economy',
    daysAgo: 0,
    hour: 9,
    minute: 5,
    urgency: 4,
    tags: ['energy', 'housing'],
    authors: ['tomas-weber'],
    institutions: ['ministry-economy'],
    image: {
      motif: 'factory',
      hue: 30,
      caption: {
        de: 'Die Versorger hatten höhere Kosten für die Stromnetze geltend gemacht.',
        en: 'The utilities had pointed to higher costs for the power grid.',
        ru: 'Энергокомпании ссылались на рост затрат на электросети.',
        be: 'Энергакампаніі спасылаліся на рост выдаткаў на электрасеткі.',
      },
      alt: {
        de: 'Abstrakte Illustration eines Kraftwerks mit Schornsteinen in warmem Orange',
        en: 'Abstract illustration of a power station with chimneys in warm orange',
        ru: 'Абстрактная иллюстрация электростанции с трубами в тёплых оранжевых тонах',
        be: 'Абстрактная ілюстрацыя электрастанцыі з комінамі ў цёплых аранжавых танах',
      },
      credit: 'Velta graphics',
    },
    articles: {
      de: {
        headline: 'Strom für Haushalte wird um 3,5 Prozent teurer',
        lead: 'Die Energieregulierungskommission hat eine Erhöhung der Stromtarife für Privathaushalte um 3,5 Prozent genehmigt – deutlich weniger, als die Versorger beantragt hatten.',
        place: 'Welinsk',
        body: `<p>Die staatlichen Energieversorger hatten ein Plus von neun Prozent verlangt und auf gestiegene Kosten für die Netze verwiesen. Der neue Tarif gilt ab dem ersten Tag des kommenden Quartals. Der Gaspreis für Haushalte bleibt unverändert, für Industriekunden sinkt er um zwei Prozent.</p>
<blockquote><p>„Wir mussten die Investitionen in die Netze gegen die Belastung der Familien abwägen. 3,5 Prozent halten wir für vertretbar“, sagte der Vorsitzende der Kommission, Pjotr Lunew.</p></blockquote>
<p>Nach Berechnungen der Kommission zahlt ein durchschnittlicher Haushalt damit umgerechnet etwa 1,20 Euro mehr im Monat. Das Wirtschaftsministerium begrüßte die Entscheidung. Verbraucherschützer kritisierten dagegen, die Versorger hätten ihre Kostenrechnung nicht offengelegt.</p>`,
      },
      en: {
        headline: 'Household electricity prices to rise by 3.5 percent',
        lead: 'The Energy Regulatory Commission has approved a 3.5 percent increase in electricity tariffs for households, far less than the utilities had requested.',
        place: 'Velinsk',
        body: `<p>The state-owned utilities had asked for nine percent, citing higher costs for maintaining the grid. The new tariff takes effect on the first day of the next quarter. The gas price for households remains unchanged, while industrial customers will pay two percent less.</p>
<blockquote><p>“We had to weigh investment in the grid against the burden on families. We consider 3.5 percent reasonable,” said the commission’s chairman, Pyotr Lunev.</p></blockquote>
<p>According to the commission’s calculations, an average household will pay the equivalent of about 1.20 euros more a month. The Ministry of Economy welcomed the decision. Consumer groups, however, criticised the utilities for not disclosing their cost calculations.</p>`,
      },
      ru: {
        headline: 'Тарифы на электроэнергию для населения вырастут на 3,5 процента',
        lead: 'Комиссия по регулированию энергетики одобрила повышение тарифов на электроэнергию для домохозяйств на 3,5 процента — значительно меньше, чем просили поставщики.',
        place: 'Велинск',
        body: `<p>Государственные энергокомпании добивались повышения на девять процентов, ссылаясь на рост затрат на содержание сетей. Новый тариф вступит в силу с первого дня следующего квартала. Цена на газ для населения не изменится, для промышленных потребителей она снизится на два процента.</p>
<blockquote><p>«Нам нужно было соотнести инвестиции в сети с нагрузкой на семьи. 3,5 процента — разумный уровень», — заявил председатель комиссии Пётр Лунев.</p></blockquote>
<p>По расчётам комиссии, среднее домохозяйство будет ежемесячно платить больше на сумму, эквивалентную примерно 1,20 евро. Министерство экономики приветствовало решение. Защитники прав потребителей, напротив, упрекнули поставщиков в том, что те не раскрыли расчёт своих затрат.</p>`,
      },
      be: {
        headline: 'Тарыфы на электраэнергію для насельніцтва вырастуць на 3,5 працэнта',
        lead: 'Камісія па рэгуляванні энергетыкі ўхваліла павышэнне тарыфаў на электраэнергію для хатніх гаспадарак на 3,5 працэнта — значна менш, чым прасілі пастаўшчыкі.',
        place: 'Велінск',
        body: `<p>Дзяржаўныя энергакампаніі дабіваліся павышэння на дзевяць працэнтаў, спасылаючыся на рост выдаткаў на ўтрыманне сетак. Новы тарыф уступіць у сілу з першага дня наступнага квартала. Цана на газ для насельніцтва не зменіцца, для прамысловых спажыўцоў яна знізіцца на два працэнты.</p>
<blockquote><p>«Нам трэба было суаднесці інвестыцыі ў сеткі з нагрузкай на сем’і. 3,5 працэнта — разумны ўзровень», — заявіў старшыня камісіі Пётр Лунеў.</p></blockquote>
<p>Паводле разлікаў камісіі, сярэдняя хатняя гаспадарка будзе штомесяц плаціць больш на суму, эквівалентную прыкладна 1,20 еўра. Міністэрства эканомікі вітала рашэнне. Абаронцы правоў спажыўцоў, наадварот, папракнулі пастаўшчыкоў у тым, што тыя не раскрылі разлік сваіх выдаткаў.</p>`,
      },
    },
  },
  {
    key: 'er-inflation-slows',
    rubric: 'economy',
    daysAgo: 1,
    hour: 11,
    minute: 30,
    urgency: 5,
    tags: ['energy', 'housing'],
    authors: ['marta-zelen'],
    institutions: ['central-bank'],
    articles: {
      de: {
        headline: 'Inflation in Lirania sinkt auf 4,1 Prozent',
        lead: 'Die Teuerung in Lirania hat sich im vergangenen Monat auf 4,1 Prozent im Jahresvergleich abgeschwächt, den niedrigsten Wert seit zwei Jahren.',
        place: 'Welinsk',
        body: `<p>Im Vormonat hatte die Rate noch bei 4,8 Prozent gelegen, wie das Nationale Statistikamt in Welinsk mitteilte. Volkswirte hatten mit 4,5 Prozent gerechnet.</p>
<h2>Lebensmittel bremsen, Mieten treiben</h2>
<ul><li>Lebensmittel: +2,9 Prozent (Vormonat: +4,4)</li><li>Energie: +3,2 Prozent</li><li>Mieten und Wohnnebenkosten: +7,6 Prozent</li><li>Dienstleistungen: +5,3 Prozent</li></ul>
<blockquote><p>„Die gute Ernte des Vorjahres wirkt noch nach, Obst und Gemüse sind deutlich günstiger geworden“, sagte die Leiterin der Preisstatistik, Wera Kalnik.</p></blockquote>
<p>Die Kerninflation ohne Energie und Lebensmittel ging auf 4,6 Prozent zurück. Analysten werten die Zahlen als Signal für eine weitere Zinssenkung der Zentralbank, deren Rat morgen zusammentritt.</p>`,
      },
      en: {
        headline: 'Inflation in Lirania eases to 4.1 percent',
        lead: 'Annual inflation in Lirania slowed to 4.1 percent last month, its lowest level in two years.',
        place: 'Velinsk',
        body: `<p>The rate had stood at 4.8 percent the month before, the National Statistics Office in Velinsk said. Economists had expected 4.5 percent.</p>
<h2>Food prices slow, rents climb</h2>
<ul><li>Food: +2.9 percent (previous month: +4.4)</li><li>Energy: +3.2 percent</li><li>Rents and housing costs: +7.6 percent</li><li>Services: +5.3 percent</li></ul>
<blockquote><p>“Last year’s good harvest is still having an effect; fruit and vegetables have become noticeably cheaper,” said Vera Kalnik, head of price statistics.</p></blockquote>
<p>Core inflation, which excludes energy and food, fell to 4.6 percent. Analysts see the figures as a signal for a further rate cut by the central bank, whose council meets tomorrow.</p>`,
      },
      ru: {
        headline: 'Инфляция в Лирании замедлилась до 4,1 процента',
        lead: 'Годовая инфляция в Лирании в прошлом месяце замедлилась до 4,1 процента — это самый низкий показатель за два года.',
        place: 'Велинск',
        body: `<p>Месяцем ранее она составляла 4,8 процента, сообщило Национальное статистическое управление в Велинске. Экономисты ожидали 4,5 процента.</p>
<h2>Продукты дорожают медленнее, аренда — быстрее</h2>
<ul><li>Продукты питания: +2,9 процента (месяцем ранее: +4,4)</li><li>Энергия: +3,2 процента</li><li>Аренда жилья и коммунальные услуги: +7,6 процента</li><li>Услуги: +5,3 процента</li></ul>
<blockquote><p>«Хороший урожай прошлого года всё ещё сказывается: фрукты и овощи заметно подешевели», — сказала руководитель отдела статистики цен Вера Кальник.</p></blockquote>
<p>Базовая инфляция без учёта энергии и продуктов питания снизилась до 4,6 процента. Аналитики расценивают эти данные как сигнал к дальнейшему снижению ставки Центробанком, совет которого соберётся завтра.</p>`,
      },
      be: {
        headline: 'Інфляцыя ў Ліраніі запаволілася да 4,1 працэнта',
        lead: 'Гадавая інфляцыя ў Ліраніі ў мінулым месяцы запаволілася да 4,1 працэнта — гэта самы нізкі паказчык за два гады.',
        place: 'Велінск',
        body: `<p>Месяцам раней яна складала 4,8 працэнта, паведаміла Нацыянальнае статыстычнае ўпраўленне ў Велінску. Эканамісты чакалі 4,5 працэнта.</p>
<h2>Прадукты даражэюць павольней, арэнда — хутчэй</h2>
<ul><li>Прадукты харчавання: +2,9 працэнта (месяцам раней: +4,4)</li><li>Энергія: +3,2 працэнта</li><li>Арэнда жылля і камунальныя паслугі: +7,6 працэнта</li><li>Паслугі: +5,3 працэнта</li></ul>
<blockquote><p>«Добры ўраджай мінулага года ўсё яшчэ адчуваецца: садавіна і гародніна прыкметна патаннелі», — сказала кіраўніца аддзела статыстыкі цэн Вера Кальнік.</p></blockquote>
<p>Базавая інфляцыя без уліку энергіі і прадуктаў харчавання знізілася да 4,6 працэнта. Аналітыкі расцэньваюць гэтыя даныя як сігнал да далейшага зніжэння стаўкі Цэнтрабанкам, савет якога збярэцца заўтра.</p>`,
      },
    },
  },
  {
    key: 'er-rail-corridor-tender',
    rubric: 'economy',
    daysAgo: 2,
    hour: 12,
    minute: 0,
    urgency: 5,
    tags: ['railways', 'transport'],
    authors: ['pavel-liskin'],
    projects: ['rail-corridor'],
    institutions: ['ministry-transport'],
    image: {
      motif: 'field',
      hue: 95,
      caption: {
        de: 'Der erste Abschnitt führt größtenteils durch flaches Ackerland.',
        en: 'Most of the first section runs through flat farmland.',
        ru: 'Первый участок пройдёт в основном по равнинным сельхозугодьям.',
        be: 'Першы ўчастак пройдзе пераважна па раўнінных сельгасугоддзях.',
      },
      alt: {
        de: 'Abstrakte Illustration einer geraden Linie, die durch grüne Felder zum Horizont führt',
        en: 'Abstract illustration of a straight line running through green fields to the horizon',
        ru: 'Абстрактная иллюстрация прямой линии, уходящей через зелёные поля к горизонту',
        be: 'Абстрактная ілюстрацыя простай лініі, што праз зялёныя палі сыходзіць да гарызонту',
      },
      credit: 'Velta graphics',
    },
    articles: {
      de: {
        headline: 'Nordkorridor: Ausschreibung für ersten Bauabschnitt gestartet',
        lead: 'Das Verkehrsministerium hat die Ausschreibung für den ersten, 86 Kilometer langen Abschnitt der elektrifizierten Bahnstrecke von Welinsk zur Grenze veröffentlicht.',
        place: 'Welinsk',
        body: `<p>Der Abschnitt führt von Welinsk über Borowitza nach Selno und umfasst neben den Gleisen zwölf Brücken, zwei Tunnel und fünf neue Bahnhöfe. Das Ministerium schätzt die Kosten auf umgerechnet 740 Millionen Euro. Angebote können drei Monate lang eingereicht werden, der Zuschlag soll innerhalb eines halben Jahres erteilt werden.</p>
<blockquote><p>„Wir wollen einen offenen Wettbewerb. Wir achten nicht nur auf den Preis, sondern auch auf die Bauzeit und die Umweltauflagen“, sagte Verkehrsministerin Natalja Krusch.</p></blockquote>
<p>Laut den Vergabeunterlagen fließt der Preis zu 60 Prozent in die Bewertung ein, die Bauzeit zu 25 und der Umweltschutz zu 15 Prozent. Zugelassen sind auch Konsortien mit ausländischen Firmen, sofern ein liranisches Unternehmen beteiligt ist.</p>
<p>Die gesamte Strecke bis zur Grenze ist 214 Kilometer lang. Die Züge sollen dort bis zu 160 Kilometer pro Stunde fahren; die Fahrzeit von Welinsk zur Grenze würde sich auf unter zwei Stunden halbieren.</p>`,
      },
      en: {
        headline: 'Northern corridor: tender launched for first construction section',
        lead: 'The Ministry of Transport has published the tender for the first, 86-kilometre section of the electrified railway from Velinsk to the border.',
        place: 'Velinsk',
        body: `<p>The section runs from Velinsk via Borovica to Selno and, besides the track, includes twelve bridges, two tunnels and five new stations. The ministry puts the cost at the equivalent of 740 million euros. Bids can be submitted for three months, and the contract is to be awarded within six months.</p>
<blockquote><p>“We want open competition. We are looking not only at the price but also at construction time and environmental requirements,” Transport Minister Natalya Kruzh said.</p></blockquote>
<p>According to the tender documents, price accounts for 60 percent of the evaluation, construction time for 25 percent and environmental protection for 15 percent. Consortia with foreign firms may also bid, provided a Liranian company is involved.</p>
<p>The entire line to the border will be 214 kilometres long. Trains are to run at up to 160 kilometres per hour, halving the journey from Velinsk to the border to under two hours.</p>`,
      },
      ru: {
        headline: 'Северный коридор: объявлен тендер на первый участок',
        lead: 'Министерство транспорта объявило тендер на строительство первого участка электрифицированной железной дороги от Велинска до границы протяжённостью 86 километров.',
        place: 'Велинск',
        body: `<p>Участок пройдёт от Велинска через Боровицу до Сельно и, помимо самих путей, включает двенадцать мостов, два тоннеля и пять новых станций. Министерство оценивает его стоимость в эквиваленте 740 миллионов евро. Заявки принимаются в течение трёх месяцев, победитель должен быть определён в течение полугода.</p>
<blockquote><p>«Мы хотим открытой конкуренции. Мы будем смотреть не только на цену, но и на сроки строительства и экологические требования», — заявила министр транспорта Наталья Круж.</p></blockquote>
<p>Согласно тендерной документации, на цену приходится 60 процентов оценки, на сроки строительства — 25 процентов, на охрану окружающей среды — 15. К участию допускаются и консорциумы с иностранными компаниями при условии, что в них входит лиранская фирма.</p>
<p>Общая протяжённость линии до границы составит 214 километров. Поезда смогут развивать на ней скорость до 160 километров в час, а время в пути от Велинска до границы сократится вдвое — до менее чем двух часов.</p>`,
      },
      be: {
        headline: 'Паўночны калідор: абвешчаны тэндар на першы ўчастак',
        lead: 'Міністэрства транспарту абвясціла тэндар на будаўніцтва першага ўчастка электрыфікаванай чыгункі ад Велінска да мяжы даўжынёй 86 кіламетраў.',
        place: 'Велінск',
        body: `<p>Участак пройдзе ад Велінска праз Баравіцу да Сельна і, акрамя самой каляі, уключае дванаццаць мастоў, два тунэлі і пяць новых станцый. Міністэрства ацэньвае яго кошт у эквіваленце 740 мільёнаў еўра. Заяўкі прымаюцца на працягу трох месяцаў, пераможца павінен быць вызначаны на працягу паўгода.</p>
<blockquote><p>«Мы хочам адкрытай канкурэнцыі. Мы будзем глядзець не толькі на цану, але і на тэрміны будаўніцтва і экалагічныя патрабаванні», — заявіла міністр транспарту Наталля Круж.</p></blockquote>
<p>Паводле тэндарнай дакументацыі, на цану прыпадае 60 працэнтаў ацэнкі, на тэрміны будаўніцтва — 25 працэнтаў, на ахову навакольнага асяроддзя — 15. Да ўдзелу дапускаюцца і кансорцыумы з замежнымі кампаніямі пры ўмове, што ў іх уваходзіць ліранская фірма.</p>
<p>Агульная даўжыня лініі да мяжы складзе 214 кіламетраў. Цягнікі змогуць развіваць на ёй хуткасць да 160 кіламетраў у гадзіну, а час у дарозе ад Велінска да мяжы скароціцца ўдвая — да менш чым дзвюх гадзін.</p>`,
      },
    },
  },
  {
    key: 'er-grain-harvest-forecast',
    rubric: 'economy',
    daysAgo: 3,
    hour: 14,
    minute: 10,
    urgency: 6,
    tags: ['agriculture', 'harvest'],
    authors: ['olga-ryzhova'],
    institutions: ['ministry-agriculture'],
    image: {
      motif: 'field',
      hue: 45,
      caption: {
        de: 'Weizen macht fast die Hälfte der erwarteten Getreideernte aus.',
        en: 'Wheat accounts for almost half of the expected grain harvest.',
        ru: 'Пшеница составляет почти половину ожидаемого урожая зерна.',
        be: 'Пшаніца складае амаль палову чаканага ўраджаю збожжа.',
      },
      alt: {
        de: 'Abstrakte Illustration goldener Getreidefelder unter hellem Himmel',
        en: 'Abstract illustration of golden grain fields under a pale sky',
        ru: 'Абстрактная иллюстрация золотистых хлебных полей под светлым небом',
        be: 'Абстрактная ілюстрацыя залацістых збожжавых палёў пад светлым небам',
      },
      credit: 'Velta / Olga Ryzhova',
    },
    articles: {
      de: {
        headline: 'Ministerium erwartet Getreideernte von 3,2 Millionen Tonnen',
        lead: 'Liranias Landwirte dürften in diesem Jahr rund 3,2 Millionen Tonnen Getreide einbringen, sieben Prozent mehr als im Vorjahr.',
        place: 'Welinsk',
        body: `<p>Das geht aus der ersten Ernteprognose des Landwirtschaftsministeriums hervor, die auf Daten von mehr als 1800 Betrieben beruht. Die Wintersaaten hätten den milden Winter gut überstanden, zudem sei die Anbaufläche leicht gewachsen, hieß es.</p>
<ul><li>Weizen: 1,45 Millionen Tonnen (+9 Prozent)</li><li>Gerste: 0,9 Millionen Tonnen (+4 Prozent)</li><li>Roggen: 0,38 Millionen Tonnen (−2 Prozent)</li><li>Mais: 0,47 Millionen Tonnen (+11 Prozent)</li></ul>
<blockquote><p>„Wenn das Wetter mitspielt, können wir deutlich mehr exportieren als im vergangenen Jahr“, sagte Landwirtschaftsminister Jaroslaw Pelin.</p></blockquote>
<p>Der Minister schränkte ein, dass Starkregen im Frühsommer die Prognose noch verändern könne. Der Bauernverband hält die Zahlen für realistisch, warnt aber vor niedrigen Erzeugerpreisen. Die nächste Prognose will das Ministerium in zwei Monaten vorlegen.</p>`,
      },
      en: {
        headline: 'Ministry expects grain harvest of 3.2 million tonnes',
        lead: 'Liranian farmers are expected to bring in around 3.2 million tonnes of grain this year, seven percent more than last year.',
        place: 'Velinsk',
        body: `<p>The figure comes from the Ministry of Agriculture’s first harvest forecast, based on data from more than 1,800 farms. Winter crops came through the mild winter well, and the area under cultivation has grown slightly, the ministry said.</p>
<ul><li>Wheat: 1.45 million tonnes (+9 percent)</li><li>Barley: 0.9 million tonnes (+4 percent)</li><li>Rye: 0.38 million tonnes (−2 percent)</li><li>Maize: 0.47 million tonnes (+11 percent)</li></ul>
<blockquote><p>“If the weather plays along, we can export considerably more than last year,” Agriculture Minister Yaroslav Pelin said.</p></blockquote>
<p>The minister cautioned that heavy rain in early summer could still change the forecast. The farmers’ union considers the figures realistic but warns of low producer prices. The ministry plans to publish its next forecast in two months.</p>`,
      },
      ru: {
        headline: 'Минсельхоз ожидает урожая зерна в 3,2 миллиона тонн',
        lead: 'Аграрии Лирании в этом году могут собрать около 3,2 миллиона тонн зерна — на семь процентов больше, чем годом ранее.',
        place: 'Велинск',
        body: `<p>Об этом говорится в первом прогнозе урожая Министерства сельского хозяйства, основанном на данных более чем 1800 хозяйств. По данным ведомства, озимые хорошо перенесли мягкую зиму, а посевные площади немного увеличились.</p>
<ul><li>Пшеница: 1,45 миллиона тонн (+9 процентов)</li><li>Ячмень: 0,9 миллиона тонн (+4 процента)</li><li>Рожь: 0,38 миллиона тонн (−2 процента)</li><li>Кукуруза: 0,47 миллиона тонн (+11 процентов)</li></ul>
<blockquote><p>«Если погода не подведёт, мы сможем экспортировать значительно больше, чем в прошлом году», — сказал министр сельского хозяйства Ярослав Пелин.</p></blockquote>
<p>При этом министр оговорился, что сильные дожди в начале лета ещё могут изменить прогноз. Союз фермеров считает цифры реалистичными, но предупреждает о низких закупочных ценах. Следующий прогноз министерство намерено представить через два месяца.</p>`,
      },
      be: {
        headline: 'Міністэрства сельскай гаспадаркі чакае ўраджаю збожжа ў 3,2 мільёна тон',
        lead: 'Аграрыі Ліраніі сёлета могуць сабраць каля 3,2 мільёна тон збожжа — на сем працэнтаў больш, чым годам раней.',
        place: 'Велінск',
        body: `<p>Пра гэта гаворыцца ў першым прагнозе ўраджаю Міністэрства сельскай гаспадаркі, заснаваным на даных больш чым 1800 гаспадарак. Паводле звестак ведамства, азімыя добра перанеслі мяккую зіму, а пасяўныя плошчы крыху павялічыліся.</p>
<ul><li>Пшаніца: 1,45 мільёна тон (+9 працэнтаў)</li><li>Ячмень: 0,9 мільёна тон (+4 працэнты)</li><li>Жыта: 0,38 мільёна тон (−2 працэнты)</li><li>Кукуруза: 0,47 мільёна тон (+11 працэнтаў)</li></ul>
<blockquote><p>«Калі надвор’е не падвядзе, мы зможам экспартаваць значна больш, чым летась», — сказаў міністр сельскай гаспадаркі Яраслаў Пелін.</p></blockquote>
<p>Пры гэтым міністр агаварыўся, што моцныя дажджы ў пачатку лета яшчэ могуць змяніць прагноз. Саюз фермераў лічыць лічбы рэалістычнымі, але папярэджвае пра нізкія закупачныя цэны. Наступны прагноз міністэрства мае намер прадставіць праз два месяцы.</p>`,
      },
    },
  },
  {
    key: 'er-lake-velin-tourism-bookings',
    rubric: 'economy',
    daysAgo: 5,
    hour: 10,
    minute: 45,
    urgency: 7,
    tags: ['tourism', 'water'],
    authors: ['anna-kowal'],
    image: {
      motif: 'waves',
      hue: 185,
      caption: {
        de: 'Der Welin-See zieht immer mehr Gäste aus dem Ausland an.',
        en: 'Lake Velin is drawing more and more visitors from abroad.',
        ru: 'Озеро Велин привлекает всё больше иностранных туристов.',
        be: 'Возера Велін прыцягвае ўсё больш замежных турыстаў.',
      },
      alt: {
        de: 'Abstrakte Illustration sanfter Wellen auf einem türkisfarbenen See',
        en: 'Abstract illustration of gentle waves on a turquoise lake',
        ru: 'Абстрактная иллюстрация лёгких волн на бирюзовом озере',
        be: 'Абстрактная ілюстрацыя лёгкіх хваляў на бірузовым возеры',
      },
      credit: 'Velta / Anna Kowal',
    },
    articles: {
      de: {
        headline: 'Hotels am Welin-See melden Rekordbuchungen für die Saison',
        lead: 'Vor Beginn der Sommersaison sind die Hotels und Pensionen am Welin-See bereits zu 78 Prozent ausgebucht, so stark wie nie zuvor zu diesem Zeitpunkt.',
        place: 'Welin-See',
        body: `<p>Das teilte der Tourismusverband Welin-See mit. Im Vorjahr hatte die Auslastung zum selben Zeitpunkt bei 64 Prozent gelegen. Besonders gefragt sind Ferienwohnungen am Nordufer und Campingplätze; die Übernachtungspreise steigen im Schnitt um sechs Prozent.</p>
<blockquote><p>„Unsere Gäste kommen zunehmend aus dem Ausland, vor allem aus Polen, Deutschland und dem Baltikum. Dass das Wasser im See wieder sauberer ist, spricht sich herum“, sagte Verbandschefin Mila Worona.</p></blockquote>
<p>Im vergangenen Jahr zählte die Region rund 410.000 Übernachtungen, ein Drittel davon entfiel auf ausländische Gäste. Engpässe gibt es nach Angaben des Verbands beim Personal: Rund 300 Saisonstellen in Gastronomie und Hotellerie sind noch unbesetzt.</p>
<p>Die Bahn will ab dem kommenden Monat an den Wochenenden zusätzliche Züge von Welinsk an den See einsetzen.</p>`,
      },
      en: {
        headline: 'Lake Velin hotels report record bookings for the season',
        lead: 'Ahead of the summer season, hotels and guesthouses around Lake Velin are already 78 percent booked, more than ever before at this point.',
        place: 'Lake Velin',
        body: `<p>The figure was published by the Lake Velin Tourism Association. A year earlier, occupancy at the same point had stood at 64 percent. Holiday flats on the northern shore and campsites are in particular demand; overnight prices are rising by an average of six percent.</p>
<blockquote><p>“More and more of our guests come from abroad, above all from Poland, Germany and the Baltic states. Word is getting around that the lake’s water is cleaner again,” said the association’s head, Mila Vorona.</p></blockquote>
<p>Last year the region recorded around 410,000 overnight stays, a third of them by foreign visitors. The association says staff are in short supply: some 300 seasonal jobs in restaurants and hotels are still vacant.</p>
<p>The railway plans to run additional weekend trains from Velinsk to the lake from next month.</p>`,
      },
    },
  },
  {
    key: 'er-dubrava-heat-pump-plant',
    rubric: 'economy',
    daysAgo: 6,
    hour: 13,
    minute: 30,
    urgency: 6,
    tags: ['dubrava', 'energy', 'trade'],
    authors: ['tomas-weber'],
    institutions: ['ministry-economy'],
    image: {
      motif: 'factory',
      hue: 350,
      caption: {
        de: 'Das Werk in Dubrava soll 40.000 Wärmepumpen im Jahr fertigen.',
        en: 'The Dubrava plant is to build 40,000 heat pumps a year.',
        ru: 'Завод в Дубраве будет выпускать 40 тысяч тепловых насосов в год.',
        be: 'Завод у Дуброве будзе выпускаць 40 тысяч цеплавых помпаў у год.',
      },
      alt: {
        de: 'Abstrakte Illustration einer Fabrikhalle mit Sheddach in Rottönen',
        en: 'Abstract illustration of a factory hall with a saw-tooth roof in shades of red',
        ru: 'Абстрактная иллюстрация заводского цеха с пилообразной крышей в красных тонах',
        be: 'Абстрактная ілюстрацыя заводскага цэха з пілападобным дахам у чырвоных танах',
      },
      credit: 'Velta / Tomas Weber',
    },
    articles: {
      de: {
        headline: 'Wärmepumpenwerk in Dubrava nimmt Produktion auf',
        lead: 'In Dubrava hat ein neues Werk für Wärmepumpen die Produktion aufgenommen, das nach der Anlaufphase 420 Menschen beschäftigen soll.',
        place: 'Dubrava',
        body: `<p>Betreiber ist das Gemeinschaftsunternehmen Velterm, an dem ein liranischer Maschinenbauer und ein österreichischer Heiztechnikhersteller je zur Hälfte beteiligt sind. Die Investition beläuft sich auf umgerechnet 95 Millionen Euro; der Staat gewährt Steuererleichterungen für zehn Jahre.</p>
<p>In der ersten Ausbaustufe sollen jährlich 40.000 Geräte vom Band laufen, zwei Drittel davon für den Export in die Europäische Union.</p>
<blockquote><p>„Dubrava hat Fachkräfte, einen Bahnanschluss und Platz zum Wachsen. Wir haben uns bewusst gegen einen Standort in der Hauptstadt entschieden“, sagte Werksleiter Andrej Tomin bei der Eröffnung.</p></blockquote>
<p>Wirtschaftsminister Oleg Stawar sprach von der größten Industrieansiedlung in der Region seit zehn Jahren. Die örtliche Berufsschule hat gemeinsam mit dem Unternehmen einen neuen Ausbildungsgang für Kälte- und Klimatechnik eingerichtet.</p>`,
      },
      en: {
        headline: 'Heat pump plant in Dubrava starts production',
        lead: 'A new heat pump factory has started production in Dubrava and is expected to employ 420 people once it is fully up and running.',
        place: 'Dubrava',
        body: `<p>The plant is run by Velterm, a joint venture owned in equal shares by a Liranian engineering company and an Austrian heating equipment maker. The investment amounts to the equivalent of 95 million euros; the state is granting tax relief for ten years.</p>
<p>In the first phase, 40,000 units a year are to come off the line, two thirds of them for export to the European Union.</p>
<blockquote><p>“Dubrava has skilled workers, a rail connection and room to grow. We deliberately chose not to build in the capital,” plant manager Andrei Tomin said at the opening.</p></blockquote>
<p>Economy Minister Oleg Stavar called it the biggest industrial investment in the region in ten years. The local vocational school has set up a new training course in refrigeration and air-conditioning technology together with the company.</p>`,
      },
    },
  },
  {
    key: 'er-exports-first-quarter',
    rubric: 'economy',
    daysAgo: 10,
    hour: 11,
    minute: 0,
    urgency: 6,
    tags: ['trade', 'european-union'],
    authors: ['marta-zelen'],
    institutions: ['ministry-economy'],
    articles: {
      de: {
        headline: 'Exporte im ersten Quartal um 8,4 Prozent gestiegen',
        lead: 'Liranias Ausfuhren sind im ersten Quartal um 8,4 Prozent auf umgerechnet 3,1 Milliarden Euro gestiegen.',
        place: 'Welinsk',
        body: `<p>Die Einfuhren wuchsen nach Angaben des Nationalen Statistikamts langsamer, um 3,9 Prozent auf 3,4 Milliarden Euro. Das Handelsdefizit verringerte sich damit auf 300 Millionen Euro.</p>
<p>Wichtigster Abnehmer waren die Länder der Europäischen Union mit einem Anteil von 54 Prozent. Zuwächse gab es vor allem bei Maschinen und Elektrotechnik (+14 Prozent), Holz und Möbeln (+9 Prozent) sowie Lebensmitteln (+6 Prozent). Die Ausfuhr von Düngemitteln ging dagegen um elf Prozent zurück.</p>
<blockquote><p>„Unsere Industrie wird vielseitiger. Wir verkaufen nicht mehr nur Rohstoffe, sondern zunehmend fertige Produkte“, sagte Viktor Salnik, Präsident der Industrie- und Handelskammer.</p></blockquote>
<p>Das Wirtschaftsministerium erwartet für das Gesamtjahr ein Exportwachstum von sechs bis sieben Prozent. Risiken sieht es vor allem in der schwachen Nachfrage in einigen Nachbarländern.</p>`,
      },
      en: {
        headline: 'Exports up 8.4 percent in first quarter',
        lead: 'Lirania’s exports rose by 8.4 percent in the first quarter to the equivalent of 3.1 billion euros.',
        place: 'Velinsk',
        body: `<p>Imports grew more slowly, by 3.9 percent to 3.4 billion euros, according to the National Statistics Office. The trade deficit thus narrowed to 300 million euros.</p>
<p>The countries of the European Union were the main buyers, taking 54 percent of exports. Growth came mainly from machinery and electrical equipment (+14 percent), timber and furniture (+9 percent) and food (+6 percent). Fertiliser exports, by contrast, fell by eleven percent.</p>
<blockquote><p>“Our industry is becoming more diverse. We no longer sell only raw materials but more and more finished products,” said Viktor Salnik, president of the Chamber of Commerce and Industry.</p></blockquote>
<p>The Ministry of Economy expects exports to grow by six to seven percent over the full year. It sees the main risk in weak demand in some neighbouring countries.</p>`,
      },
    },
  },
  {
    key: 'er-rail-corridor-financing',
    rubric: 'economy',
    daysAgo: 15,
    hour: 9,
    minute: 30,
    urgency: 5,
    tags: ['railways', 'budget'],
    authors: ['pavel-liskin'],
    projects: ['rail-corridor'],
    institutions: ['government', 'ministry-transport'],
    articles: {
      de: {
        headline: 'Regierung billigt Finanzierungsplan für den Nordkorridor',
        lead: 'Die Regierung hat den Finanzierungsplan für die neue Bahnstrecke von Welinsk zur Grenze gebilligt, deren Kosten auf umgerechnet 1,9 Milliarden Euro veranschlagt werden.',
        place: 'Welinsk',
        body: `<p>Nach dem Plan trägt der Staatshaushalt über neun Jahre verteilt 45 Prozent der Kosten. Weitere 40 Prozent sollen über langfristige Kredite internationaler Entwicklungsbanken aufgebracht werden, der Rest über Anleihen der staatlichen Eisenbahngesellschaft.</p>
<blockquote><p>„Das ist die größte Investition in unsere Infrastruktur seit Jahrzehnten. Wir finanzieren sie so, dass sie den Haushalt nicht überfordert“, sagte Wirtschaftsminister Oleg Stawar nach der Kabinettssitzung.</p></blockquote>
<p>Projektdirektor Milan Sadko erklärte, die Ausschreibung für den ersten Bauabschnitt sei nahezu fertig vorbereitet. Die Opposition kritisierte, dass die laufenden Betriebskosten der Strecke noch nicht beziffert seien.</p>
<p>Das Parlament muss den Kreditverträgen noch zustimmen. Die Abstimmung ist für den kommenden Monat vorgesehen.</p>`,
      },
      en: {
        headline: 'Government approves financing plan for northern rail corridor',
        lead: 'The government has approved the financing plan for the new railway from Velinsk to the border, whose cost is estimated at the equivalent of 1.9 billion euros.',
        place: 'Velinsk',
        body: `<p>Under the plan, the state budget will cover 45 percent of the cost, spread over nine years. Another 40 percent is to come from long-term loans from international development banks, and the rest from bonds issued by the state railway company.</p>
<blockquote><p>“This is the largest investment in our infrastructure in decades. We are financing it in a way that does not overstretch the budget,” Economy Minister Oleg Stavar said after the cabinet meeting.</p></blockquote>
<p>Project director Milan Sadko said the tender for the first construction section was almost ready. The opposition criticised the fact that the line’s running costs have not yet been calculated.</p>
<p>Parliament still has to approve the loan agreements. The vote is scheduled for next month.</p>`,
      },
    },
  },
  // ── Regions ─────────────────────────────────────────────────────────────
  {
    key: 'er-borovica-floods',
    rubric: 'regions',
    daysAgo: 0,
    hour: 7,
    minute: 40,
    urgency: 2,
    tags: ['weather', 'water', 'climate'],
    authors: ['lena-sokol'],
    institutions: ['government'],
    image: {
      motif: 'waves',
      hue: 200,
      caption: {
        de: 'Die Welna ist in Borowitza über die Ufer getreten.',
        en: 'The Velna has burst its banks in Borovica.',
        ru: 'Вельна вышла из берегов в Боровице.',
        be: 'Вельна выйшла з берагоў у Баравіцы.',
      },
      alt: {
        de: 'Abstrakte Illustration aufgewühlter Wellen unter einem grauen Himmel',
        en: 'Abstract illustration of churning waves under a grey sky',
        ru: 'Абстрактная иллюстрация бурлящих волн под серым небом',
        be: 'Абстрактная ілюстрацыя бурлівых хваляў пад шэрым небам',
      },
      credit: 'Velta / Lena Sokol',
    },
    articles: {
      de: {
        headline: 'Hochwasser in Borowitza: Hunderte Bewohner in Sicherheit gebracht',
        lead: 'Nach tagelangem Starkregen ist die Welna in Borowitza über die Ufer getreten, rund 400 Menschen mussten ihre Häuser verlassen.',
        place: 'Borowitza',
        body: `<p>Der Pegel stieg in der Nacht auf 5,80 Meter und lag damit fast zwei Meter über dem Normalwert. Überflutet sind vor allem die Uferstraße und das Viertel um den alten Hafen. Der Staatliche Rettungsdienst setzte Boote ein und richtete in zwei Schulen Notunterkünfte ein.</p>
<blockquote><p>„Wir haben die Lage unter Kontrolle, aber der Scheitel der Flutwelle ist noch nicht erreicht“, sagte die Sprecherin des Rettungsdienstes, Darja Kosar, am Morgen.</p></blockquote>
<p>Verletzte wurden bislang nicht gemeldet. Die Straße nach Welinsk ist zwischen Borowitza und dem Dorf Lipki gesperrt, der Unterricht an den Schulen fällt heute aus. Der Wetterdienst erwartet bis zum Abend weitere 30 Liter Regen pro Quadratmeter.</p>
<p>Bürgermeister Ivo Garan rief die Bewohner auf, ihre Keller zu räumen und den Anweisungen der Einsatzkräfte zu folgen. Die Regierung berief für den Vormittag ihren Krisenstab ein.</p>`,
      },
      en: {
        headline: 'Floods in Borovica: hundreds of residents evacuated',
        lead: 'After days of heavy rain the Velna has burst its banks in Borovica, forcing around 400 people to leave their homes.',
        place: 'Borovica',
        body: `<p>The water level rose overnight to 5.80 metres, almost two metres above normal. The riverside road and the district around the old harbour are worst affected. The State Rescue Service deployed boats and set up emergency shelters in two schools.</p>
<blockquote><p>“We have the situation under control, but the flood has not yet peaked,” rescue service spokeswoman Daria Kosar said in the morning.</p></blockquote>
<p>No injuries have been reported so far. The road to Velinsk is closed between Borovica and the village of Lipki, and schools are closed today. Forecasters expect another 30 millimetres of rain by the evening.</p>
<p>Mayor Ivo Garan urged residents to clear their cellars and follow the instructions of the emergency services. The government has called a meeting of its crisis team for the morning.</p>`,
      },
      ru: {
        headline: 'Наводнение в Боровице: эвакуированы сотни жителей',
        lead: 'После нескольких дней проливных дождей Вельна вышла из берегов в Боровице, около 400 человек были вынуждены покинуть свои дома.',
        place: 'Боровица',
        body: `<p>За ночь уровень воды поднялся до 5,80 метра — почти на два метра выше нормы. Затоплены прежде всего набережная и квартал вокруг старой пристани. Государственная спасательная служба задействовала лодки и развернула пункты временного размещения в двух школах.</p>
<blockquote><p>«Ситуация под контролем, но пик паводка ещё не пройден», — сообщила утром пресс-секретарь службы Дарья Косар.</p></blockquote>
<p>О пострадавших пока не сообщается. Дорога на Велинск между Боровицей и деревней Липки перекрыта, занятия в школах сегодня отменены. Синоптики ожидают до вечера ещё до 30 миллиметров осадков.</p>
<p>Мэр Иво Гаран призвал жителей освободить подвалы и следовать указаниям спасателей. Правительство созвало на утро заседание антикризисного штаба.</p>`,
      },
      be: {
        headline: 'Паводка ў Баравіцы: эвакуіраваны сотні жыхароў',
        lead: 'Пасля некалькіх дзён залеўных дажджоў Вельна выйшла з берагоў у Баравіцы, каля 400 чалавек былі вымушаныя пакінуць свае дамы.',
        place: 'Баравіца',
        body: `<p>За ноч узровень вады падняўся да 5,80 метра — амаль на два метры вышэй за норму. Затопленыя перадусім набярэжная і квартал вакол старой прыстані. Дзяржаўная выратавальная служба задзейнічала лодкі і разгарнула пункты часовага размяшчэння ў дзвюх школах.</p>
<blockquote><p>«Сітуацыя пад кантролем, але пік паводкі яшчэ не пройдзены», — паведаміла раніцай прэс-сакратар службы Дар’я Касар.</p></blockquote>
<p>Пра пацярпелых пакуль не паведамляецца. Дарога на Велінск паміж Баравіцай і вёскай Ліпкі перакрытая, заняткі ў школах сёння адменены. Сіноптыкі чакаюць да вечара яшчэ да 30 міліметраў ападкаў.</p>
<p>Мэр Іва Гаран заклікаў жыхароў вызваліць скляпы і выконваць указанні выратавальнікаў. Урад склікаў на раніцу пасяджэнне антыкрызіснага штаба.</p>`,
      },
    },
  },
  {
    key: 'er-dubrava-velna-bridge',
    rubric: 'regions',
    daysAgo: 1,
    hour: 15,
    minute: 20,
    urgency: 6,
    tags: ['dubrava', 'transport'],
    authors: ['igor-brandt'],
    institutions: ['ministry-transport'],
    image: {
      motif: 'bridge',
      hue: 25,
      caption: {
        de: 'Die neue Schrägseilbrücke über die Welna in Dubrava.',
        en: 'The new cable-stayed bridge across the Velna in Dubrava.',
        ru: 'Новый вантовый мост через Вельну в Дубраве.',
        be: 'Новы вантавы мост цераз Вельну ў Дуброве.',
      },
      alt: {
        de: 'Abstrakte Illustration einer Brücke über einen Fluss im Abendlicht',
        en: 'Abstract illustration of a bridge spanning a river in evening light',
        ru: 'Абстрактная иллюстрация моста через реку в вечернем свете',
        be: 'Абстрактная ілюстрацыя моста праз раку ў вячэрнім святле',
      },
      credit: 'Velta / Igor Brandt',
    },
    articles: {
      de: {
        headline: 'Neue Welna-Brücke in Dubrava für den Verkehr freigegeben',
        lead: 'In Dubrava ist die neue Straßenbrücke über die Welna eröffnet worden, die die Altstadt mit den Wohnvierteln am Ostufer verbindet.',
        place: 'Dubrava',
        body: `<p>Die 312 Meter lange Schrägseilbrücke ersetzt eine Stahlbrücke aus dem Jahr 1958, die wegen Rostschäden seit zwei Jahren nur noch für Fahrzeuge bis 3,5 Tonnen freigegeben war. Der Neubau hat vier Fahrspuren, einen Radweg und breite Gehwege. Er kostete umgerechnet 54 Millionen Euro und wurde vier Monate früher fertig als geplant.</p>
<blockquote><p>„Für Dubrava ist das ein historischer Tag. Busse und Lastwagen müssen keinen Umweg von 20 Kilometern mehr fahren“, sagte Bürgermeisterin Lidija Morosan bei der Freigabe.</p></blockquote>
<p>Täglich sollen rund 18.000 Fahrzeuge die Brücke nutzen. Die alte Brücke wird in den kommenden Monaten abgerissen; an ihrer Stelle soll eine Anlegestelle für Ausflugsschiffe entstehen.</p>`,
      },
      en: {
        headline: 'New Velna bridge opens to traffic in Dubrava',
        lead: 'A new road bridge across the Velna has opened in Dubrava, linking the old town with the residential districts on the eastern bank.',
        place: 'Dubrava',
        body: `<p>The 312-metre cable-stayed bridge replaces a steel bridge built in 1958, which because of corrosion had been open only to vehicles of up to 3.5 tonnes for the past two years. The new structure has four lanes, a cycle path and wide pavements. It cost the equivalent of 54 million euros and was completed four months ahead of schedule.</p>
<blockquote><p>“This is a historic day for Dubrava. Buses and lorries no longer have to make a 20-kilometre detour,” Mayor Lidia Morozan said at the opening.</p></blockquote>
<p>Some 18,000 vehicles a day are expected to use the bridge. The old bridge will be demolished in the coming months, and a landing stage for excursion boats is to be built in its place.</p>`,
      },
      ru: {
        headline: 'В Дубраве открыли движение по новому мосту через Вельну',
        lead: 'В Дубраве открыт новый автомобильный мост через Вельну, соединяющий старый город с жилыми кварталами на восточном берегу.',
        place: 'Дубрава',
        body: `<p>Вантовый мост длиной 312 метров заменил стальной мост 1958 года постройки, по которому из-за коррозии последние два года могли ездить только машины массой до 3,5 тонны. На новом мосту четыре полосы движения, велодорожка и широкие тротуары. Строительство обошлось в эквиваленте 54 миллиона евро и завершилось на четыре месяца раньше срока.</p>
<blockquote><p>«Для Дубравы это исторический день. Автобусам и грузовикам больше не придётся делать крюк в 20 километров», — сказала на церемонии открытия мэр Лидия Морозан.</p></blockquote>
<p>Ожидается, что ежедневно по мосту будут проезжать около 18 тысяч автомобилей. Старый мост в ближайшие месяцы снесут, а на его месте построят причал для прогулочных судов.</p>`,
      },
      be: {
        headline: 'У Дуброве адкрылі рух па новым мосце цераз Вельну',
        lead: 'У Дуброве адкрыты новы аўтамабільны мост цераз Вельну, які злучае стары горад з жылымі кварталамі на ўсходнім беразе.',
        place: 'Дуброва',
        body: `<p>Вантавы мост даўжынёй 312 метраў замяніў сталёвы мост 1958 года пабудовы, па якім з-за карозіі апошнія два гады маглі ездзіць толькі машыны масай да 3,5 тоны. На новым мосце чатыры паласы руху, веладарожка і шырокія тратуары. Будаўніцтва каштавала ў эквіваленце 54 мільёны еўра і завяршылася на чатыры месяцы раней за тэрмін.</p>
<blockquote><p>«Для Дубровы гэта гістарычны дзень. Аўтобусам і грузавікам больш не давядзецца рабіць крук у 20 кіламетраў», — сказала на цырымоніі адкрыцця мэр Лідзія Марозан.</p></blockquote>
<p>Чакаецца, што штодня мостам будуць праязджаць каля 18 тысяч аўтамабіляў. Стары мост у бліжэйшыя месяцы знясуць, а на яго месцы пабудуюць прычал для прагулачных суднаў.</p>`,
      },
    },
  },
  {
    key: 'er-selno-velna-clean-up',
    rubric: 'regions',
    daysAgo: 8,
    hour: 16,
    minute: 0,
    urgency: 7,
    tags: ['water', 'climate', 'youth'],
    authors: ['lena-sokol'],
    projects: ['clean-rivers'],
    image: {
      motif: 'waves',
      hue: 160,
      caption: {
        de: 'Die Welna bei Selno nach der Aufräumaktion.',
        en: 'The Velna near Selno after the clean-up.',
        ru: 'Вельна у Сельно после уборки берега.',
        be: 'Вельна каля Сельна пасля прыборкі берага.',
      },
      alt: {
        de: 'Abstrakte Illustration eines ruhigen Flusses in Grüntönen',
        en: 'Abstract illustration of a calm river in shades of green',
        ru: 'Абстрактная иллюстрация спокойной реки в зелёных тонах',
        be: 'Абстрактная ілюстрацыя спакойнай ракі ў зялёных танах',
      },
      credit: 'Velta / Lena Sokol',
    },
    articles: {
      de: {
        headline: 'Freiwillige holen fast fünf Tonnen Müll aus der Welna bei Selno',
        lead: 'Rund 350 Freiwillige haben bei einer Aufräumaktion das Ufer der Welna bei Selno von fast fünf Tonnen Abfall befreit.',
        place: 'Selno',
        body: `<p>Die Helfer, darunter viele Schülerinnen und Schüler, säuberten einen zwölf Kilometer langen Uferabschnitt zwischen Selno und der Mündung des Bachs Lipowka. Gefunden wurden vor allem Plastikflaschen, Verpackungen und Altreifen, aber auch zwei Kühlschränke und ein verrostetes Motorrad.</p>
<blockquote><p>„Jedes Jahr finden wir etwas weniger. Das zeigt, dass sich die Einstellung der Menschen ändert“, sagte Organisator Jan Ostrow vom Umweltverein Lebendige Welna.</p></blockquote>
<p>Die Aktion gehört zum Programm „Saubere Flüsse 2030“, mit dem Staat und Gemeinden die Welna und den Welin-See renaturieren wollen. Die Stadt Selno kündigte an, an drei Stellen am Ufer zusätzliche Müllbehälter aufzustellen und illegale Ablagerungen stärker zu kontrollieren.</p>
<p>Der Abfall wird auf der Deponie in Krasnoles sortiert; rund 40 Prozent sollen wiederverwertet werden.</p>`,
      },
      en: {
        headline: 'Volunteers pull almost five tonnes of rubbish from the Velna near Selno',
        lead: 'Some 350 volunteers have cleared almost five tonnes of waste from the banks of the Velna near Selno.',
        place: 'Selno',
        body: `<p>The volunteers, many of them schoolchildren, cleaned a twelve-kilometre stretch of riverbank between Selno and the mouth of the Lipovka stream. Most of what they found was plastic bottles, packaging and old tyres, but also two refrigerators and a rusty motorcycle.</p>
<blockquote><p>“Every year we find a little less. That shows people’s attitudes are changing,” said organiser Jan Ostrov of the environmental group Living Velna.</p></blockquote>
<p>The clean-up is part of the Clean Rivers 2030 programme, under which the state and local authorities aim to restore the Velna and Lake Velin. The town of Selno said it would put up extra litter bins at three points along the bank and step up checks on illegal dumping.</p>
<p>The waste will be sorted at the landfill in Krasnoles; around 40 percent is to be recycled.</p>`,
      },
    },
  },
  {
    key: 'er-krasnoles-hospital-opens',
    rubric: 'regions',
    daysAgo: 12,
    hour: 12,
    minute: 30,
    urgency: 5,
    tags: ['health', 'medicine'],
    authors: ['olga-ryzhova'],
    institutions: ['ministry-health'],
    image: {
      motif: 'skyline',
      hue: 210,
      caption: {
        de: 'Das neue Krankenhaus versorgt Krasnoles und die umliegenden Gemeinden.',
        en: 'The new hospital serves Krasnoles and the surrounding communities.',
        ru: 'Новая больница обслуживает Краснолес и окрестные населённые пункты.',
        be: 'Новая бальніца абслугоўвае Красналес і навакольныя населеныя пункты.',
      },
      alt: {
        de: 'Abstrakte Illustration flacher Gebäude vor einem blauen Morgenhimmel',
        en: 'Abstract illustration of low-rise buildings against a blue morning sky',
        ru: 'Абстрактная иллюстрация невысоких зданий на фоне голубого утреннего неба',
        be: 'Абстрактная ілюстрацыя невысокіх будынкаў на фоне блакітнага ранішняга неба',
      },
      credit: 'Velta / Olga Ryzhova',
    },
    articles: {
      de: {
        headline: 'Neues Kreiskrankenhaus in Krasnoles eröffnet',
        lead: 'In Krasnoles ist ein neues Krankenhaus mit 260 Betten eröffnet worden, das rund 120.000 Menschen in der Stadt und den umliegenden Gemeinden versorgen soll.',
        place: 'Krasnoles',
        body: `<p>Der Bau dauerte knapp drei Jahre und kostete umgerechnet 68 Millionen Euro. Das Haus ersetzt das alte Kreiskrankenhaus aus den Sechzigerjahren. Es verfügt über eine Notaufnahme mit Hubschrauberlandeplatz, eine Geburtsstation, sechs Operationssäle und eine Dialyseabteilung.</p>
<blockquote><p>„Bisher mussten Patienten für viele Eingriffe nach Welinsk fahren, oft mehr als zwei Stunden. Das ist jetzt vorbei“, sagte Gesundheitsministerin Tamara Iltschuk bei der Eröffnung.</p></blockquote>
<p>In der Klinik arbeiten 540 Menschen, darunter 96 Ärztinnen und Ärzte. Chefarzt Roman Bely räumte ein, dass noch 14 Arztstellen unbesetzt seien, vor allem in der Anästhesie und der Kinderheilkunde. Die Stadt bietet neuen Ärzten deshalb Dienstwohnungen an. Die ersten Patienten sollen in der kommenden Woche aus dem alten Gebäude verlegt werden.</p>`,
      },
      en: {
        headline: 'New district hospital opens in Krasnoles',
        lead: 'A new 260-bed hospital has opened in Krasnoles to serve some 120,000 people in the town and the surrounding communities.',
        place: 'Krasnoles',
        body: `<p>Construction took almost three years and cost the equivalent of 68 million euros. The building replaces the old district hospital, which dates from the 1960s. It has an emergency department with a helipad, a maternity ward, six operating theatres and a dialysis unit.</p>
<blockquote><p>“Until now patients had to travel to Velinsk for many procedures, often for more than two hours. That is over now,” Health Minister Tamara Ilchuk said at the opening.</p></blockquote>
<p>The hospital employs 540 people, including 96 doctors. Chief physician Roman Bely acknowledged that 14 posts for doctors are still vacant, mainly in anaesthesia and paediatrics, so the town is offering new doctors subsidised flats. The first patients are to be transferred from the old building next week.</p>`,
      },
      ru: {
        headline: 'В Краснолесе открылась новая районная больница',
        lead: 'В Краснолесе открылась новая больница на 260 коек, которая будет обслуживать около 120 тысяч жителей города и окрестных населённых пунктов.',
        place: 'Краснолес',
        body: `<p>Строительство продолжалось почти три года и обошлось в эквиваленте 68 миллионов евро. Новое здание заменяет старую районную больницу, построенную в 1960-х годах. В нём есть приёмное отделение с вертолётной площадкой, родильное отделение, шесть операционных и отделение диализа.</p>
<blockquote><p>«До сих пор пациентам для многих операций приходилось ездить в Велинск, зачастую больше двух часов. Теперь с этим покончено», — заявила на открытии министр здравоохранения Тамара Ильчук.</p></blockquote>
<p>В больнице работают 540 человек, в том числе 96 врачей. Главный врач Роман Белый признал, что 14 врачебных ставок пока не заняты, прежде всего в анестезиологии и педиатрии. Поэтому город предлагает новым врачам служебное жильё. Первых пациентов переведут из старого здания на следующей неделе.</p>`,
      },
      be: {
        headline: 'У Красналесе адкрылася новая раённая бальніца',
        lead: 'У Красналесе адкрылася новая бальніца на 260 ложкаў, якая будзе абслугоўваць каля 120 тысяч жыхароў горада і навакольных населеных пунктаў.',
        place: 'Красналес',
        body: `<p>Будаўніцтва працягвалася амаль тры гады і каштавала ў эквіваленце 68 мільёнаў еўра. Новы будынак замяняе старую раённую бальніцу, пабудаваную ў 1960-х гадах. У ім ёсць прыёмнае аддзяленне з верталётнай пляцоўкай, радзільнае аддзяленне, шэсць аперацыйных і аддзяленне дыялізу.</p>
<blockquote><p>«Дагэтуль пацыентам для многіх аперацый даводзілася ездзіць у Велінск, часта больш за дзве гадзіны. Цяпер з гэтым скончана», — заявіла на адкрыцці міністр аховы здароўя Тамара Ільчук.</p></blockquote>
<p>У бальніцы працуюць 540 чалавек, у тым ліку 96 лекараў. Галоўны ўрач Раман Белы прызнаў, што 14 лекарскіх ставак пакуль не заняты, перш за ўсё ў анестэзіялогіі і педыятрыі. Таму горад прапануе новым лекарам службовае жыллё. Першых пацыентаў перавядуць са старога будынка на наступным тыдні.</p>`,
      },
    },
  },
  {
    key: 'er-lake-velin-phosphate-levels',
    rubric: 'regions',
    daysAgo: 18,
    hour: 14,
    minute: 0,
    urgency: 6,
    tags: ['water', 'climate', 'research'],
    authors: ['anna-kowal'],
    projects: ['clean-rivers'],
    institutions: ['academy'],
    articles: {
      de: {
        headline: 'Welin-See: Neue Kläranlage senkt Phosphatbelastung deutlich',
        lead: 'Ein Jahr nach Inbetriebnahme der neuen Kläranlage am Nordufer des Welin-Sees ist die Phosphatbelastung des Wassers um fast ein Drittel gesunken.',
        place: 'Welin-See',
        body: `<p>Das geht aus Messungen des Instituts für Gewässerkunde der Akademie der Wissenschaften hervor, das an 24 Stellen im See regelmäßig Proben nimmt. Der durchschnittliche Phosphatgehalt fiel von 0,071 auf 0,049 Milligramm pro Liter. Die Sichttiefe verbesserte sich im Sommer von 1,6 auf 2,3 Meter.</p>
<blockquote><p>„Das ist ein klarer Erfolg, aber noch kein Grund zur Entwarnung. Ein großer Teil der Nährstoffe gelangt weiterhin von den Feldern in den See“, sagte die Hydrologin Nina Schukowa.</p></blockquote>
<p>Die Anlage kostete umgerechnet 31 Millionen Euro und ist das bislang größte Einzelprojekt des Programms „Saubere Flüsse 2030“. Sie reinigt die Abwässer von fünf Gemeinden mit zusammen rund 38.000 Einwohnern.</p>
<p>Als nächsten Schritt sieht das Programm ungedüngte Schutzstreifen entlang der Zuflüsse des Sees vor. Die Landwirte sollen dafür Ausgleichszahlungen erhalten.</p>`,
      },
      en: {
        headline: 'Lake Velin: new treatment plant cuts phosphate levels sharply',
        lead: 'A year after a new sewage treatment plant opened on the northern shore of Lake Velin, phosphate levels in the water have fallen by almost a third.',
        place: 'Lake Velin',
        body: `<p>That is the finding of measurements by the Academy of Sciences’ Institute of Hydrology, which regularly takes samples at 24 points in the lake. The average phosphate content fell from 0.071 to 0.049 milligrams per litre. Water clarity in summer improved from 1.6 to 2.3 metres.</p>
<blockquote><p>“This is a clear success, but no reason to relax yet. A large share of the nutrients still reaches the lake from the fields,” hydrologist Nina Zhukova said.</p></blockquote>
<p>The plant cost the equivalent of 31 million euros and is the largest single project so far in the Clean Rivers 2030 programme. It treats waste water from five municipalities with a combined population of around 38,000.</p>
<p>As a next step, the programme plans unfertilised buffer strips along the streams feeding the lake. Farmers are to receive compensation for them.</p>`,
      },
    },
  },
  {
    key: 'er-krasnoles-town-festival',
    rubric: 'regions',
    daysAgo: 22,
    hour: 17,
    minute: 15,
    urgency: 7,
    tags: ['music', 'tourism'],
    authors: ['marta-zelen'],
    institutions: ['ministry-culture'],
    image: {
      motif: 'forest',
      hue: 120,
      caption: {
        de: 'Die Waldbühne am Stadtrand von Krasnoles.',
        en: 'The forest stage on the edge of Krasnoles.',
        ru: 'Лесная сцена на окраине Краснолеса.',
        be: 'Лясная сцэна на ўскраіне Красналеса.',
      },
      alt: {
        de: 'Abstrakte Illustration eines Kiefernwaldes mit hohen Stämmen',
        en: 'Abstract illustration of a pine forest with tall trunks',
        ru: 'Абстрактная иллюстрация соснового леса с высокими стволами',
        be: 'Абстрактная ілюстрацыя хваёвага лесу з высокімі стваламі',
      },
      credit: 'Velta / Marta Zelen',
    },
    articles: {
      de: {
        headline: 'Krasnoles feiert zum 40. Mal das Fest des Roten Waldes',
        lead: 'Mit einem Umzug durch die Altstadt ist in Krasnoles das dreitägige Stadtfest eröffnet worden, zu dem die Veranstalter rund 25.000 Gäste erwarten.',
        place: 'Krasnoles',
        body: `<p>Das Fest des Roten Waldes ist nach dem Kiefernwald benannt, dem die Stadt ihren Namen verdankt. Auf drei Bühnen treten Folkloreensembles, Blaskapellen und junge Bands aus dem ganzen Land auf. Auf dem Marktplatz zeigen Handwerker Holzschnitzerei und Korbflechterei.</p>
<blockquote><p>„Für eine Stadt mit 30.000 Einwohnern ist das ein Kraftakt, aber es ist auch unser schönstes Wochenende im Jahr“, sagte Bürgermeisterin Swetlana Rudak.</p></blockquote>
<p>Höhepunkt ist am Sonntagabend ein Konzert des Staatlichen Volksorchesters auf der Waldbühne am Stadtrand. Das Kulturministerium unterstützt das Fest mit umgerechnet 60.000 Euro. Erstmals setzt die Bahn Sonderzüge aus Welinsk ein.</p>`,
      },
      en: {
        headline: 'Krasnoles holds its Red Forest Festival for the 40th time',
        lead: 'Krasnoles has opened its three-day town festival with a parade through the old town, and the organisers expect some 25,000 visitors.',
        place: 'Krasnoles',
        body: `<p>The Red Forest Festival is named after the pine forest that gave the town its name. Folk ensembles, brass bands and young groups from all over the country are performing on three stages. On the market square, craftspeople are demonstrating woodcarving and basket weaving.</p>
<blockquote><p>“For a town of 30,000 people this is a huge effort, but it is also our best weekend of the year,” Mayor Svetlana Rudak said.</p></blockquote>
<p>The highlight is a concert by the State Folk Orchestra on the forest stage on the edge of town on Sunday evening. The Ministry of Culture is supporting the festival with the equivalent of 60,000 euros. For the first time, the railway is running special trains from Velinsk.</p>`,
      },
    },
  },
  {
    key: 'er-borovica-rail-noise-hearing',
    rubric: 'regions',
    daysAgo: 26,
    hour: 10,
    minute: 0,
    urgency: 6,
    tags: ['railways', 'transport'],
    authors: ['pavel-liskin'],
    projects: ['rail-corridor'],
    institutions: ['ministry-transport'],
    articles: {
      de: {
        headline: 'Borowitza: Anwohner fordern mehr Lärmschutz an der neuen Bahnstrecke',
        lead: 'Bei einer Bürgerversammlung in Borowitza haben Anwohner mehr Lärmschutz an der geplanten Bahnstrecke des Nordkorridors gefordert.',
        place: 'Borowitza',
        body: `<p>Rund 250 Menschen kamen ins Kulturhaus der Stadt, wo Vertreter des Verkehrsministeriums die Trasse vorstellten. Die elektrifizierte Strecke soll Borowitza auf einer Länge von vier Kilometern durchqueren, teilweise auf einem Damm. Der Bahnhof wird neu gebaut und um 500 Meter verlegt.</p>
<blockquote><p>„Wir sind nicht gegen die Bahn, im Gegenteil. Aber wir wollen nicht, dass künftig alle zehn Minuten ein Güterzug an unseren Schlafzimmern vorbeifährt“, sagte Inna Seljuk, Sprecherin einer Anwohnerinitiative.</p></blockquote>
<p>Projektdirektor Milan Sadko sagte zu, die Lärmschutzwände im Stadtgebiet von zwei auf drei Meter zu erhöhen und einen zusätzlichen Fußgängertunnel zu prüfen. Bürgermeister Ivo Garan begrüßte den neuen Bahnhof, von dem aus Züge künftig im Halbstundentakt nach Welinsk fahren sollen.</p>
<p>Einwände können noch bis Ende des Monats eingereicht werden; sie fließen in das Genehmigungsverfahren ein.</p>`,
      },
      en: {
        headline: 'Borovica residents call for more noise protection along new railway',
        lead: 'Residents of Borovica have called for more noise protection along the planned northern corridor railway at a public meeting.',
        place: 'Borovica',
        body: `<p>Around 250 people came to the town’s House of Culture, where officials from the Ministry of Transport presented the route. The electrified line is to run through Borovica for four kilometres, partly on an embankment. The station will be rebuilt and moved 500 metres.</p>
<blockquote><p>“We are not against the railway, quite the opposite. But we don’t want a freight train passing our bedrooms every ten minutes,” said Inna Selyuk, spokeswoman for a residents’ group.</p></blockquote>
<p>Project director Milan Sadko promised to raise the noise barriers in the town from two to three metres and to look into an additional pedestrian underpass. Mayor Ivo Garan welcomed the new station, from which trains are to run to Velinsk every half hour.</p>
<p>Objections can be submitted until the end of the month and will be considered in the approval procedure.</p>`,
      },
    },
  },
];
