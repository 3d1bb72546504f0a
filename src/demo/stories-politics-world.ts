// Demo content: politics and world stories (key prefix pw-). All people, places and figures are invented.
import type { DemoStory } from './demo-types.ts';

export const STORIES_POLITICS_WORLD: DemoStory[] = [
  {
    key: 'pw-decree-digital-services',
    rubric: 'politics',
    daysAgo: 0,
    hour: 10,
    minute: 5,
    urgency: 4,
    tags: ['digital', 'government'],
    authors: ['pavel-liskin'],
    institutions: ['president', 'government'],
    image: {
      motif: 'skyline',
      hue: 205,
      caption: {
        de: "Bis Ende des kommenden Jahres sollen die wichtigsten Behördendienste online verfügbar sein.",
        en: "The most important public services are to be available online by the end of next year.",
        ru: "К концу следующего года основные государственные услуги должны стать доступны онлайн.",
        be: "Да канца наступнага года асноўныя дзяржаўныя паслугі павінны стаць даступнымі анлайн.",
      },
      alt: {
        de: "Abstrakte Illustration einer nächtlichen Stadtsilhouette in Blautönen",
        en: "Abstract illustration of a city skyline at night in shades of blue",
        ru: "Абстрактная иллюстрация ночного городского силуэта в синих тонах",
        be: "Абстрактная ілюстрацыя начнога гарадскога сілуэта ў сініх танах",
      },
      credit: 'Velta graphics',
    },
    articles: {
      de: {
        headline: "Präsident unterzeichnet Dekret über digitale Behördendienste",
        lead: "Bis Ende des kommenden Jahres sollen die Bürger Liranias mehr als 120 Behördengänge online erledigen können.",
        place: "Welinsk",
        body: `<p>Das Dekret, das der Präsident am Morgen in Welinsk unterzeichnet hat, verpflichtet alle Ministerien, ihre wichtigsten Dienstleistungen bis Ende des kommenden Jahres über ein gemeinsames Staatsportal anzubieten. Dazu gehören die Anmeldung eines Wohnsitzes, der Antrag auf Kindergeld und die Verlängerung des Führerscheins.</p>
<p>Nach Angaben der Präsidialverwaltung werden derzeit rund 40 Leistungen digital angeboten. Die Kosten des Programms beziffert die Regierung auf 38 Millionen Euro über drei Jahre.</p>
<blockquote><p>„Niemand soll mehr einen halben Tag Urlaub nehmen müssen, um ein Formular abzugeben“, sagte Präsidialsprecherin Irena Moskal.</p></blockquote>
<p>Wer keinen Internetzugang hat, soll Anträge weiterhin in den Bürgerämtern stellen können. Das Dekret sieht zudem vor, dass personenbezogene Daten ausschließlich auf Servern im Inland gespeichert werden. Der Datenschutzbeauftragte soll jährlich über die Umsetzung berichten.</p>`,
      },
      en: {
        headline: "President signs decree on digital public services",
        lead: "By the end of next year, citizens of Lirania are to be able to handle more than 120 dealings with the authorities online.",
        place: "Velinsk",
        body: `<p>The decree, which the president signed in Velinsk this morning, obliges every ministry to offer its main services through a single state portal by the end of next year. They include registering a place of residence, applying for child benefit and renewing a driving licence.</p>
<p>According to the presidential administration, around 40 services are currently available online. The government puts the cost of the programme at 38 million euros over three years.</p>
<blockquote><p>“Nobody should have to take half a day off work to hand in a form,” presidential spokeswoman Irena Moskal said.</p></blockquote>
<p>People without internet access will still be able to file applications at citizens’ service centres. The decree also stipulates that personal data may be stored only on servers inside the country. The data protection commissioner is to report on its implementation every year.</p>`,
      },
      ru: {
        headline: "Президент подписал указ о цифровых государственных услугах",
        lead: "До конца следующего года граждане Лирании смогут получать онлайн более 120 государственных услуг.",
        place: "Велинск",
        body: `<p>Указ, который президент подписал утром в Велинске, обязывает все министерства до конца следующего года перевести свои основные услуги на единый государственный портал. Среди них — регистрация по месту жительства, оформление пособия на детей и продление водительского удостоверения.</p>
<p>По данным администрации президента, сейчас в электронном виде доступны около 40 услуг. Стоимость программы правительство оценивает в 38 миллионов евро на три года.</p>
<blockquote><p>«Никто больше не должен брать полдня отпуска, чтобы сдать один бланк», — сказала пресс-секретарь президента Ирена Москаль.</p></blockquote>
<p>Те, у кого нет доступа к интернету, по-прежнему смогут подавать заявления в центрах обслуживания граждан. Указ также предусматривает, что персональные данные будут храниться исключительно на серверах внутри страны. Уполномоченный по защите персональных данных будет ежегодно отчитываться о ходе реализации.</p>`,
      },
      be: {
        headline: "Прэзідэнт падпісаў указ аб лічбавых дзяржаўных паслугах",
        lead: "Да канца наступнага года грамадзяне Ліраніі змогуць атрымліваць анлайн больш за 120 дзяржаўных паслуг.",
        place: "Велінск",
        body: `<p>Указ, які прэзідэнт падпісаў раніцай у Велінску, абавязвае ўсе міністэрствы да канца наступнага года перавесці свае асноўныя паслугі на адзіны дзяржаўны партал. Сярод іх — рэгістрацыя па месцы жыхарства, афармленне дапамогі на дзяцей і падаўжэнне вадзіцельскага пасведчання.</p>
<p>Паводле звестак адміністрацыі прэзідэнта, цяпер у электронным выглядзе даступныя каля 40 паслуг. Кошт праграмы ўрад ацэньвае ў 38 мільёнаў еўра на тры гады.</p>
<blockquote><p>«Ніхто больш не павінен браць паўдня адпачынку, каб здаць адзін бланк», — сказала прэс-сакратар прэзідэнта Ірэна Маскаль.</p></blockquote>
<p>Тыя, хто не мае доступу да інтэрнэту, па-ранейшаму змогуць падаваць заявы ў цэнтрах абслугоўвання грамадзян. Указ таксама прадугледжвае, што персанальныя даныя будуць захоўвацца выключна на серверах унутры краіны. Упаўнаважаны па абароне персанальных даных штогод будзе даваць справаздачу пра ход рэалізацыі.</p>`,
      },
    },
  },
  {
    key: 'pw-government-reshuffle',
    rubric: 'politics',
    daysAgo: 0,
    hour: 8,
    minute: 20,
    urgency: 2,
    tags: ['government', 'parliament', 'agriculture'],
    authors: ['pavel-liskin', 'velta-desk'],
    institutions: ['government', 'ministry-agriculture', 'ministry-sport', 'parliament-chamber'],
    image: {
      motif: 'columns',
      hue: 355,
      caption: {
        de: "Der Regierungssitz in Welinsk: Zwei Ministerien bekommen neue Chefs.",
        en: "The seat of government in Velinsk: two ministries are to get new heads.",
        ru: "Здание правительства в Велинске: у двух министерств появятся новые руководители.",
        be: "Будынак урада ў Велінску: у двух міністэрстваў з'явяцца новыя кіраўнікі.",
      },
      alt: {
        de: "Abstrakte Illustration eines Gebäudes mit Säulen in Rottönen",
        en: "Abstract illustration of a building with columns in shades of red",
        ru: "Абстрактная иллюстрация здания с колоннами в красных тонах",
        be: "Абстрактная ілюстрацыя будынка з калонамі ў чырвоных танах",
      },
      credit: 'Velta graphics',
    },
    articles: {
      de: {
        headline: "Regierungsumbildung: Premierminister nominiert neue Minister für Landwirtschaft und Sport",
        lead: "Der Premierminister Liranias hat am Morgen eine Umbildung seines Kabinetts angekündigt und zwei neue Ressortchefs nominiert.",
        place: "Welinsk",
        body: `<p>Für das Landwirtschaftsministerium ist Ruslan Tarnowski vorgesehen, bisher Leiter der Bezirksverwaltung Dubrava. Das Sportministerium soll die frühere Biathletin und Olympiateilnehmerin Milena Wirska übernehmen, die zuletzt den nationalen Skiverband führte. Die bisherigen Ressortchefs hatten am Vorabend ihren Rücktritt eingereicht; Gründe wurden nicht genannt.</p>
<p>Tarnowski gilt als Fachmann für Bewässerung und Genossenschaftswesen. Wirska wäre die jüngste Ministerin im Kabinett.</p>
<blockquote><p>„Landwirtschaft und Sport brauchen neue Impulse vor einem Jahr wichtiger Entscheidungen“, sagte Regierungssprecherin Daria Lenz.</p></blockquote>
<p>Die Abgeordnetenkammer muss beiden Nominierungen zustimmen. Die Abstimmung ist für die kommende Woche angesetzt. Bis dahin führen die Staatssekretäre die beiden Ministerien kommissarisch.</p>`,
      },
      en: {
        headline: "Government reshuffle: prime minister nominates new agriculture and sport ministers",
        lead: "Lirania’s prime minister announced a cabinet reshuffle this morning and nominated two new ministers.",
        place: "Velinsk",
        body: `<p>Ruslan Tarnovski, until now head of the Dubrava district administration, is the nominee for the agriculture ministry. The sport ministry is to be taken over by former biathlete and Olympian Milena Virska, who most recently led the national ski federation. The outgoing ministers submitted their resignations last night; no reasons were given.</p>
<p>Tarnovski is regarded as an expert in irrigation and cooperative farming. Virska would be the youngest member of the cabinet.</p>
<blockquote><p>“Agriculture and sport need fresh impetus ahead of a year of important decisions,” government spokeswoman Daria Lenz said.</p></blockquote>
<p>The Chamber of Deputies must approve both nominations. The vote is scheduled for next week. Until then, the state secretaries will run the two ministries on an acting basis.</p>`,
      },
      ru: {
        headline: "Перестановки в правительстве: премьер-министр предложил новых министров сельского хозяйства и спорта",
        lead: "Премьер-министр Лирании утром объявил о перестановках в кабинете и выдвинул кандидатуры двух новых министров.",
        place: "Велинск",
        body: `<p>На пост министра сельского хозяйства предложен Руслан Тарновский, до сих пор возглавлявший администрацию Дубравского района. Министерство спорта должна возглавить бывшая биатлонистка, участница Олимпийских игр Милена Вирская, которая в последнее время руководила национальной федерацией лыжного спорта. Прежние министры подали в отставку накануне вечером; причины не назывались.</p>
<p>Тарновский считается специалистом по мелиорации и кооперативному хозяйству. Вирская станет самым молодым членом кабинета.</p>
<blockquote><p>«Сельскому хозяйству и спорту нужен новый импульс перед годом важных решений», — заявила пресс-секретарь правительства Дарья Ленц.</p></blockquote>
<p>Обе кандидатуры должна утвердить Палата депутатов. Голосование назначено на следующую неделю. До этого министерствами будут временно руководить первые заместители министров.</p>`,
      },
      be: {
        headline: "Перастаноўкі ва ўрадзе: прэм'ер-міністр прапанаваў новых міністраў сельскай гаспадаркі і спорту",
        lead: "Прэм'ер-міністр Ліраніі раніцай абвясціў пра перастаноўкі ў кабінеце і вылучыў кандыдатуры двух новых міністраў.",
        place: "Велінск",
        body: `<p>На пасаду міністра сельскай гаспадаркі прапанаваны Руслан Тарноўскі, які дагэтуль узначальваў адміністрацыю Дуброўскага раёна. Міністэрства спорту павінна ўзначаліць былая біятланістка, удзельніца Алімпійскіх гульняў Мілена Вірская, якая апошнім часам кіравала нацыянальнай федэрацыяй лыжнага спорту. Папярэднія міністры падалі ў адстаўку ўчора ўвечары; прычыны не называліся.</p>
<p>Тарноўскі лічыцца спецыялістам у галіне меліярацыі і кааператыўнай гаспадаркі. Вірская стане самым маладым членам кабінета.</p>
<blockquote><p>«Сельскай гаспадарцы і спорту патрэбны новы імпульс напярэдадні года важных рашэнняў», — заявіла прэс-сакратар урада Дар'я Ленц.</p></blockquote>
<p>Абедзве кандыдатуры павінна зацвердзіць Палата дэпутатаў. Галасаванне прызначана на наступны тыдзень. Да таго часу міністэрствамі будуць часова кіраваць першыя намеснікі міністраў.</p>`,
      },
    },
  },
  {
    key: 'pw-budget-first-reading',
    rubric: 'politics',
    daysAgo: 1,
    hour: 17,
    minute: 40,
    urgency: 4,
    tags: ['budget', 'parliament', 'railways', 'education'],
    authors: ['pavel-liskin', 'marta-zelen'],
    projects: ['rail-corridor'],
    institutions: ['parliament-chamber', 'ministry-economy', 'government'],
    image: {
      motif: 'columns',
      hue: 40,
      caption: {
        de: "Die Abgeordnetenkammer berät den Staatshaushalt für das kommende Jahr.",
        en: "The Chamber of Deputies is debating next year’s state budget.",
        ru: "Палата депутатов обсуждает государственный бюджет на следующий год.",
        be: "Палата дэпутатаў абмяркоўвае дзяржаўны бюджэт на наступны год.",
      },
      alt: {
        de: "Abstrakte Illustration einer Säulenfassade in warmen Goldtönen",
        en: "Abstract illustration of a colonnaded facade in warm golden tones",
        ru: "Абстрактная иллюстрация фасада с колоннадой в тёплых золотистых тонах",
        be: "Абстрактная ілюстрацыя фасада з каланадай у цёплых залацістых танах",
      },
      credit: 'Velta graphics',
    },
    articles: {
      de: {
        headline: "Abgeordnetenkammer billigt Haushaltsentwurf in erster Lesung",
        lead: "Nach zehnstündiger Debatte hat die Abgeordnetenkammer den Staatshaushalt für das kommende Jahr in erster Lesung angenommen.",
        place: "Welinsk",
        body: `<p>Für den Entwurf stimmten 71 Abgeordnete, 29 waren dagegen, vier enthielten sich. Der Haushalt sieht Ausgaben von 9,4 Milliarden Euro und ein Defizit von 2,1 Prozent der Wirtschaftsleistung vor.</p>
<h2>Mehr Geld für Schiene und Schulen</h2>
<ul>
<li>Verkehr: 1,1 Milliarden Euro, davon 420 Millionen für den Nördlichen Bahnkorridor</li>
<li>Bildung: 1,3 Milliarden Euro, ein Plus von 6 Prozent</li>
<li>Gesundheit: 1,5 Milliarden Euro</li>
</ul>
<blockquote><p>„Dieser Haushalt investiert, statt nur zu verwalten“, sagte der Vorsitzende des Haushaltsausschusses, Viktor Sadowski.</p></blockquote>
<p>Die Opposition kritisierte die höhere Neuverschuldung. Die Abgeordnete Alina Kruk sprach von „Wechseln auf die Zukunft“. Die zweite Lesung ist für Anfang kommenden Monats geplant.</p>`,
      },
      en: {
        headline: "Chamber of Deputies passes draft budget at first reading",
        lead: "After a ten-hour debate, the Chamber of Deputies approved next year’s state budget at first reading.",
        place: "Velinsk",
        body: `<p>Seventy-one deputies voted in favour of the draft, 29 against and four abstained. The budget foresees spending of 9.4 billion euros and a deficit of 2.1 percent of economic output.</p>
<h2>More money for rail and schools</h2>
<ul>
<li>Transport: 1.1 billion euros, including 420 million for the Northern Rail Corridor</li>
<li>Education: 1.3 billion euros, up 6 percent</li>
<li>Health: 1.5 billion euros</li>
</ul>
<blockquote><p>“This budget invests instead of merely administering,” said Viktor Sadovsky, chairman of the budget committee.</p></blockquote>
<p>The opposition criticised the higher borrowing. Deputy Alina Kruk spoke of “bills drawn on the future”. The second reading is planned for early next month.</p>`,
      },
      ru: {
        headline: "Палата депутатов одобрила проект бюджета в первом чтении",
        lead: "После десятичасовых дебатов Палата депутатов приняла государственный бюджет на следующий год в первом чтении.",
        place: "Велинск",
        body: `<p>За проект проголосовал 71 депутат, 29 — против, четверо воздержались. Бюджет предусматривает расходы в размере 9,4 миллиарда евро и дефицит на уровне 2,1 процента ВВП.</p>
<h2>Больше денег на железную дорогу и школы</h2>
<ul>
<li>Транспорт: 1,1 миллиарда евро, из них 420 миллионов — на Северный железнодорожный коридор</li>
<li>Образование: 1,3 миллиарда евро, на 6 процентов больше</li>
<li>Здравоохранение: 1,5 миллиарда евро</li>
</ul>
<blockquote><p>«Этот бюджет инвестирует, а не только распределяет», — сказал председатель бюджетного комитета Виктор Садовский.</p></blockquote>
<p>Оппозиция раскритиковала рост заимствований. Депутат Алина Крук назвала их «векселями, выписанными на будущее». Второе чтение запланировано на начало следующего месяца.</p>`,
      },
      be: {
        headline: "Палата дэпутатаў ухваліла праект бюджэту ў першым чытанні",
        lead: "Пасля дзесяцігадзінных дэбатаў Палата дэпутатаў прыняла дзяржаўны бюджэт на наступны год у першым чытанні.",
        place: "Велінск",
        body: `<p>За праект прагаласаваў 71 дэпутат, 29 — супраць, чацвёра ўстрымаліся. Бюджэт прадугледжвае выдаткі ў памеры 9,4 мільярда еўра і дэфіцыт на ўзроўні 2,1 працэнта ВУП.</p>
<h2>Больш грошай на чыгунку і школы</h2>
<ul>
<li>Транспарт: 1,1 мільярда еўра, з іх 420 мільёнаў — на Паўночны чыгуначны калідор</li>
<li>Адукацыя: 1,3 мільярда еўра, на 6 працэнтаў больш</li>
<li>Ахова здароўя: 1,5 мільярда еўра</li>
</ul>
<blockquote><p>«Гэты бюджэт інвесціруе, а не толькі размяркоўвае», — сказаў старшыня бюджэтнага камітэта Віктар Садоўскі.</p></blockquote>
<p>Апазіцыя раскрытыкавала рост запазычанняў. Дэпутат Аліна Крук назвала іх «вэксалямі, выпісанымі на будучыню». Другое чытанне запланавана на пачатак наступнага месяца.</p>`,
      },
    },
  },
  {
    key: 'pw-dubrava-election-result',
    rubric: 'politics',
    daysAgo: 3,
    hour: 22,
    minute: 45,
    urgency: 3,
    tags: ['elections', 'dubrava'],
    authors: ['anna-kowal'],
    image: {
      motif: 'field',
      hue: 90,
      caption: {
        de: "Dubrava hat einen neuen Bürgermeister und einen neuen Stadtrat gewählt.",
        en: "Dubrava has elected a new mayor and a new city council.",
        ru: "Дубрава избрала нового мэра и новый городской совет.",
        be: "Дуброва абрала новага мэра і новую гарадскую раду.",
      },
      alt: {
        de: "Abstrakte Illustration von Feldern am Rand einer Kleinstadt in Grüntönen",
        en: "Abstract illustration of fields on the edge of a small town in shades of green",
        ru: "Абстрактная иллюстрация полей на окраине небольшого города в зелёных тонах",
        be: "Абстрактная ілюстрацыя палёў на ўскрайку невялікага горада ў зялёных танах",
      },
      credit: 'Velta / Anna Kowal',
    },
    articles: {
      de: {
        headline: "Kommunalwahl in Dubrava: Jaroslaw Petrik wird neuer Bürgermeister",
        lead: "Der parteilose Unternehmer Jaroslaw Petrik hat die Bürgermeisterwahl in Dubrava nach vorläufigen Ergebnissen mit 54,6 Prozent der Stimmen gewonnen.",
        place: "Dubrava",
        body: `<p>Sein Herausforderer, der amtierende stellvertretende Bürgermeister Gleb Sawin, kam auf 31,2 Prozent. Die übrigen drei Kandidaten blieben jeweils unter sechs Prozent. Eine Stichwahl ist damit nicht nötig.</p>
<p>Die Wahlbeteiligung lag bei 58,3 Prozent und damit rund neun Punkte höher als vor vier Jahren. Gleichzeitig wurde der Stadtrat mit 31 Sitzen neu gewählt; die genaue Sitzverteilung soll in den kommenden Tagen feststehen.</p>
<blockquote><p>„Die Menschen in Dubrava wollen, dass die Brücke über die Welna endlich gebaut wird. Daran werde ich mich messen lassen“, sagte Petrik am Abend vor Anhängern.</p></blockquote>
<p>Die Vorsitzende der städtischen Wahlkommission, Halina Bortnik, sprach von einem ruhigen Wahltag ohne nennenswerte Zwischenfälle. Das amtliche Endergebnis wird innerhalb von fünf Tagen erwartet.</p>`,
      },
      en: {
        headline: "Dubrava local election: Yaroslav Petrik becomes new mayor",
        lead: "Independent businessman Yaroslav Petrik has won the mayoral election in Dubrava with 54.6 percent of the vote, according to preliminary results.",
        place: "Dubrava",
        body: `<p>His challenger, incumbent deputy mayor Gleb Savin, received 31.2 percent. The remaining three candidates each won less than six percent, so no run-off will be needed.</p>
<p>Turnout was 58.3 percent, around nine points higher than four years ago. The 31-seat city council was elected at the same time; the exact distribution of seats is expected in the coming days.</p>
<blockquote><p>“The people of Dubrava want the bridge over the Velna to be built at last. That is what I will be measured by,” Petrik told supporters in the evening.</p></blockquote>
<p>Halina Bortnik, chair of the municipal election commission, spoke of a calm election day without significant incidents. The official final result is expected within five days.</p>`,
      },
      ru: {
        headline: "Муниципальные выборы в Дубраве: новым мэром стал Ярослав Петрик",
        lead: "Беспартийный предприниматель Ярослав Петрик, по предварительным данным, победил на выборах мэра Дубравы, набрав 54,6 процента голосов.",
        place: "Дубрава",
        body: `<p>Его соперник, действующий заместитель мэра Глеб Савин, получил 31,2 процента. Остальные три кандидата набрали менее шести процентов каждый, поэтому второй тур не потребуется.</p>
<p>Явка составила 58,3 процента — примерно на девять пунктов выше, чем четыре года назад. Одновременно был избран городской совет из 31 депутата; точное распределение мандатов станет известно в ближайшие дни.</p>
<blockquote><p>«Жители Дубравы хотят, чтобы мост через Вельну наконец построили. Именно по этому меня и будут оценивать», — сказал Петрик вечером перед сторонниками.</p></blockquote>
<p>Председатель городской избирательной комиссии Галина Бортник назвала день голосования спокойным и прошедшим без серьёзных инцидентов. Официальные итоги ожидаются в течение пяти дней.</p>`,
      },
      be: {
        headline: "Мясцовыя выбары ў Дуброве: новым мэрам стаў Яраслаў Петрык",
        lead: "Беспартыйны прадпрымальнік Яраслаў Петрык, паводле папярэдніх даных, перамог на выбарах мэра Дубровы, набраўшы 54,6 працэнта галасоў.",
        place: "Дуброва",
        body: `<p>Яго супернік, дзейны намеснік мэра Глеб Савін, атрымаў 31,2 працэнта. Астатнія тры кандыдаты набралі менш за шэсць працэнтаў кожны, таму другі тур не спатрэбіцца.</p>
<p>Яўка склала 58,3 працэнта — прыкладна на дзевяць пунктаў вышэй, чым чатыры гады таму. Адначасова была абрана гарадская рада з 31 дэпутата; дакладнае размеркаванне мандатаў стане вядомае ў бліжэйшыя дні.</p>
<blockquote><p>«Жыхары Дубровы хочуць, каб мост праз Вельну нарэшце пабудавалі. Менавіта па гэтым мяне і будуць ацэньваць», — сказаў Петрык увечары перад прыхільнікамі.</p></blockquote>
<p>Старшыня гарадской выбарчай камісіі Галіна Бортнік назвала дзень галасавання спакойным і без сур'ёзных інцыдэнтаў. Афіцыйныя вынікі чакаюцца на працягу пяці дзён.</p>`,
      },
    },
  },
  {
    key: 'pw-dubrava-candidates',
    rubric: 'politics',
    daysAgo: 12,
    hour: 9,
    minute: 50,
    urgency: 7,
    tags: ['elections', 'dubrava'],
    authors: ['anna-kowal'],
    articles: {
      de: {
        headline: "Fünf Kandidaten bewerben sich um das Bürgermeisteramt in Dubrava",
        lead: "Die Wahlkommission in Dubrava hat fünf Kandidaten für die Bürgermeisterwahl in neun Tagen zugelassen.",
        place: "Dubrava",
        body: `<p>Zugelassen wurden unter anderem der amtierende stellvertretende Bürgermeister Gleb Sawin und der Unternehmer Jaroslaw Petrik, der als Parteiloser antritt. Zwei weitere Bewerber scheiterten an der nötigen Zahl von 800 Unterstützerunterschriften.</p>
<p>Im Wahlkampf dominieren lokale Themen: der seit Jahren geplante Bau einer zweiten Brücke über die Welna, die Sanierung der Schulen und der Busverkehr in die umliegenden Dörfer. Gewählt wird zugleich der Stadtrat, um dessen 31 Sitze sich 142 Kandidatinnen und Kandidaten bewerben.</p>
<blockquote><p>„Wir erwarten einen lebhaften, aber fairen Wahlkampf“, sagte die Vorsitzende der städtischen Wahlkommission, Halina Bortnik.</p></blockquote>
<p>Die Bewerber treffen in der kommenden Woche bei einer Fernsehdebatte des Regionalsenders aufeinander. Wahlberechtigt sind rund 46.000 Einwohner.</p>`,
      },
      en: {
        headline: "Five candidates run for mayor of Dubrava",
        lead: "Dubrava’s election commission has registered five candidates for the mayoral election, which takes place in nine days.",
        place: "Dubrava",
        body: `<p>Those registered include incumbent deputy mayor Gleb Savin and businessman Yaroslav Petrik, who is standing as an independent. Two further applicants failed to collect the required 800 supporting signatures.</p>
<p>Local issues dominate the campaign: a second bridge over the Velna that has been planned for years, the renovation of schools and bus services to the surrounding villages. The city council is being elected at the same time, with 142 candidates competing for its 31 seats.</p>
<blockquote><p>“We expect a lively but fair campaign,” said Halina Bortnik, chair of the municipal election commission.</p></blockquote>
<p>The candidates will meet next week in a televised debate on the regional channel. Around 46,000 residents are eligible to vote.</p>`,
      },
    },
  },
  {
    key: 'pw-water-protection-law',
    rubric: 'politics',
    daysAgo: 6,
    hour: 18,
    minute: 30,
    urgency: 5,
    tags: ['parliament', 'water', 'climate', 'agriculture'],
    authors: ['lena-sokol'],
    projects: ['clean-rivers'],
    institutions: ['parliament-chamber', 'ministry-agriculture'],
    image: {
      motif: 'waves',
      hue: 195,
      caption: {
        de: "Das neue Gesetz soll die Welna und den Welin-See vor ungeklärten Abwässern schützen.",
        en: "The new law is meant to protect the Velna and Lake Velin from untreated wastewater.",
        ru: "Новый закон должен защитить Вельну и озеро Велин от неочищенных сточных вод.",
        be: "Новы закон павінен абараніць Вельну і возера Велін ад неачышчаных сцёкавых вод.",
      },
      alt: {
        de: "Abstrakte Illustration von Wellen auf einem See in Blaugrün",
        en: "Abstract illustration of waves on a lake in blue-green tones",
        ru: "Абстрактная иллюстрация волн на озере в сине-зелёных тонах",
        be: "Абстрактная ілюстрацыя хваляў на возеры ў сіне-зялёных танах",
      },
      credit: 'Velta / Lena Sokol',
    },
    articles: {
      de: {
        headline: "Parlament verabschiedet strengeres Gewässerschutzgesetz",
        lead: "Die Abgeordnetenkammer hat ein Gesetz beschlossen, das die Einleitung ungeklärter Abwässer in die Welna und den Welin-See bis 2030 vollständig verbieten soll.",
        place: "Welinsk",
        body: `<p>Das Gesetz wurde mit 88 Stimmen bei 9 Gegenstimmen und 7 Enthaltungen angenommen. Es gilt als Kernstück des Programms „Saubere Flüsse 2030“. Gemeinden mit mehr als 2.000 Einwohnern müssen bis 2028 an moderne Kläranlagen angeschlossen sein. Für Industriebetriebe gelten ab 2027 neue Grenzwerte für Phosphor und Nitrat.</p>
<p>Verstöße werden künftig mit Bußgeldern von bis zu 200.000 Euro geahndet. Ein Fonds von 65 Millionen Euro soll kleinen Gemeinden beim Bau von Kläranlagen helfen.</p>
<blockquote><p>„Der Welin-See ist unser größtes Trinkwasserreservoir. Wir haben keine Zeit mehr zu verlieren“, sagte Berichterstatter Teodor Klimek.</p></blockquote>
<p>Landwirtschaftsverbände kritisierten die kurzen Übergangsfristen. Das Gesetz muss noch vom Parlamentsrat bestätigt und vom Präsidenten unterzeichnet werden.</p>`,
      },
      en: {
        headline: "Parliament passes tougher water protection law",
        lead: "The Chamber of Deputies has passed a law intended to ban all discharges of untreated wastewater into the Velna and Lake Velin by 2030.",
        place: "Velinsk",
        body: `<p>The law was adopted with 88 votes in favour, 9 against and 7 abstentions. It is regarded as the cornerstone of the Clean Rivers 2030 programme. Municipalities with more than 2,000 inhabitants must be connected to modern treatment plants by 2028. New limits on phosphorus and nitrate will apply to industrial plants from 2027.</p>
<p>Violations will in future be punishable by fines of up to 200,000 euros. A fund of 65 million euros is to help small municipalities build treatment plants.</p>
<blockquote><p>“Lake Velin is our largest reservoir of drinking water. We have no more time to lose,” rapporteur Teodor Klimek said.</p></blockquote>
<p>Farmers’ associations criticised the short transition periods. The law must still be confirmed by the Parliamentary Council and signed by the president.</p>`,
      },
      ru: {
        headline: "Парламент принял более строгий закон об охране водных объектов",
        lead: "Палата депутатов приняла закон, который к 2030 году должен полностью запретить сброс неочищенных сточных вод в Вельну и озеро Велин.",
        place: "Велинск",
        body: `<p>За закон проголосовали 88 депутатов, 9 — против, 7 воздержались. Он считается ключевым элементом программы «Чистые реки 2030». Населённые пункты с числом жителей более 2000 человек должны быть подключены к современным очистным сооружениям до 2028 года. Для промышленных предприятий с 2027 года вводятся новые предельные нормы по фосфору и нитратам.</p>
<p>За нарушения теперь будут грозить штрафы до 200 000 евро. Фонд в размере 65 миллионов евро поможет небольшим муниципалитетам построить очистные сооружения.</p>
<blockquote><p>«Озеро Велин — наш крупнейший резервуар питьевой воды. Больше нельзя терять время», — заявил докладчик Теодор Климек.</p></blockquote>
<p>Аграрные союзы раскритиковали короткие переходные сроки. Закон ещё должен одобрить Совет парламента и подписать президент.</p>`,
      },
      be: {
        headline: "Парламент прыняў больш жорсткі закон аб ахове вадаёмаў",
        lead: "Палата дэпутатаў прыняла закон, які да 2030 года павінен цалкам забараніць скід неачышчаных сцёкавых вод у Вельну і возера Велін.",
        place: "Велінск",
        body: `<p>За закон прагаласавалі 88 дэпутатаў, 9 — супраць, 7 устрымаліся. Ён лічыцца ключавым элементам праграмы «Чыстыя рэкі 2030». Населеныя пункты, дзе жыве больш за 2000 чалавек, павінны быць падключаны да сучасных ачышчальных збудаванняў да 2028 года. Для прамысловых прадпрыемстваў з 2027 года ўводзяцца новыя гранічныя нормы па фосфары і нітратах.</p>
<p>За парушэнні цяпер будуць пагражаць штрафы да 200 000 еўра. Фонд памерам 65 мільёнаў еўра дапаможа невялікім муніцыпалітэтам пабудаваць ачышчальныя збудаванні.</p>
<blockquote><p>«Возера Велін — наш найбуйнейшы рэзервуар пітной вады. Больш нельга губляць час», — заявіў дакладчык Тэадор Клімек.</p></blockquote>
<p>Аграрныя саюзы раскрытыкавалі кароткія пераходныя тэрміны. Закон яшчэ павінен ухваліць Савет парламента і падпісаць прэзідэнт.</p>`,
      },
    },
  },
  {
    key: 'pw-council-rail-loan',
    rubric: 'politics',
    daysAgo: 9,
    hour: 14,
    minute: 40,
    urgency: 5,
    tags: ['parliament', 'railways', 'transport'],
    authors: ['pavel-liskin'],
    projects: ['rail-corridor'],
    institutions: ['parliament-council', 'ministry-transport'],
    articles: {
      de: {
        headline: "Parlamentsrat ratifiziert Kreditvertrag für den Nördlichen Bahnkorridor",
        lead: "Der Parlamentsrat hat einem Kredit internationaler Entwicklungsbanken über 350 Millionen Euro für die neue Bahnstrecke von Welinsk zur Grenze zugestimmt.",
        place: "Welinsk",
        body: `<p>Die Ratsmitglieder billigten die Ratifizierung ohne Gegenstimme bei zwei Enthaltungen. Der Kredit hat eine Laufzeit von 25 Jahren, davon fünf tilgungsfreie Jahre. Er deckt rund ein Drittel der geschätzten Gesamtkosten der 186 Kilometer langen elektrifizierten Strecke.</p>
<blockquote><p>„Mit dieser Entscheidung ist die Finanzierung des ersten Bauabschnitts gesichert“, sagte der stellvertretende Ratsvorsitzende Stanislaw Orel.</p></blockquote>
<p>Der erste Abschnitt zwischen Welinsk und Selno soll Anfang kommenden Jahres ausgeschrieben werden. Das Verkehrsministerium rechnet damit, dass sich die Fahrzeit von der Hauptstadt bis zur Grenze von derzeit drei Stunden auf 95 Minuten verkürzt.</p>
<p>Kritiker im Rat mahnten eine genaue Kostenkontrolle an. Der Rechnungshof soll dem Parlament jährlich über den Baufortschritt berichten.</p>`,
      },
      en: {
        headline: "Parliamentary Council ratifies loan agreement for the Northern Rail Corridor",
        lead: "The Parliamentary Council has approved a 350-million-euro loan from international development banks for the new railway line from Velinsk to the border.",
        place: "Velinsk",
        body: `<p>Council members approved the ratification without a vote against, with two abstentions. The loan runs for 25 years, including a five-year grace period. It covers around a third of the estimated total cost of the 186-kilometre electrified line.</p>
<blockquote><p>“This decision secures the financing of the first construction phase,” deputy council chairman Stanislav Orel said.</p></blockquote>
<p>The first section, between Velinsk and Selno, is to be put out to tender early next year. The transport ministry expects the journey from the capital to the border to be cut from three hours at present to 95 minutes.</p>
<p>Critics on the council called for strict cost control. The audit office is to report to parliament on construction progress every year.</p>`,
      },
    },
  },
  {
    key: 'pw-question-time-health',
    rubric: 'politics',
    daysAgo: 15,
    hour: 16,
    minute: 5,
    urgency: 6,
    tags: ['parliament', 'health'],
    authors: ['marta-zelen'],
    institutions: ['parliament-chamber', 'ministry-health'],
    articles: {
      de: {
        headline: "Fragestunde: Gesundheitsministerium verspricht kürzere Wartezeiten bei Fachärzten",
        lead: "In der Fragestunde der Abgeordnetenkammer hat das Gesundheitsministerium zugesagt, die Wartezeiten auf Facharzttermine bis Jahresende um ein Drittel zu senken.",
        place: "Welinsk",
        body: `<p>Derzeit warten Patientinnen und Patienten außerhalb von Welinsk im Schnitt 47 Tage auf einen Termin bei einem Kardiologen oder Neurologen, in der Hauptstadt sind es 19 Tage. Abgeordnete aus den Regionen Krasnoles und Borowitza hatten die Fragestunde beantragt.</p>
<blockquote><p>„Wir werden mobile Facharztteams einsetzen, die an festen Tagen in die Kreiskrankenhäuser fahren“, sagte der stellvertretende Gesundheitsminister Juri Matwejew.</p></blockquote>
<p>Ab dem kommenden Monat soll zudem ein zentrales Online-Terminsystem in drei Bezirken erprobt werden. Die Opposition forderte, die Zahl der Studienplätze in der Medizin zu erhöhen. Das Ministerium kündigte an, dem Parlament in sechs Monaten einen Bericht über die Fortschritte vorzulegen.</p>`,
      },
      en: {
        headline: "Question time: health ministry promises shorter waits for specialists",
        lead: "At question time in the Chamber of Deputies, the health ministry pledged to cut waiting times for specialist appointments by a third by the end of the year.",
        place: "Velinsk",
        body: `<p>Patients outside Velinsk currently wait an average of 47 days for an appointment with a cardiologist or neurologist; in the capital the figure is 19 days. Deputies from the Krasnoles and Borovica regions had requested the session.</p>
<blockquote><p>“We will deploy mobile teams of specialists who travel to the district hospitals on fixed days,” deputy health minister Yuri Matveyev said.</p></blockquote>
<p>A central online booking system is also to be tested in three districts from next month. The opposition called for more university places in medicine. The ministry said it would report to parliament on its progress in six months.</p>`,
      },
    },
  },
  {
    key: 'pw-academy-centenary-medal',
    rubric: 'politics',
    daysAgo: 20,
    hour: 11,
    minute: 0,
    urgency: 6,
    tags: ['research', 'education'],
    authors: ['olga-ryzhova'],
    projects: ['academy-centenary'],
    institutions: ['president', 'academy'],
    image: {
      motif: 'books',
      hue: 35,
      caption: {
        de: "Die Akademie der Wissenschaften feiert ihr hundertjähriges Bestehen.",
        en: "The Academy of Sciences is celebrating its hundredth anniversary.",
        ru: "Академия наук отмечает столетие.",
        be: "Акадэмія навук адзначае стагоддзе.",
      },
      alt: {
        de: "Abstrakte Illustration gestapelter Bücher in warmen Brauntönen",
        en: "Abstract illustration of stacked books in warm brown tones",
        ru: "Абстрактная иллюстрация стопки книг в тёплых коричневых тонах",
        be: "Абстрактная ілюстрацыя стосу кніг у цёплых карычневых танах",
      },
      credit: 'Velta graphics',
    },
    articles: {
      de: {
        headline: "Präsident stiftet Medaille zum 100-jährigen Bestehen der Akademie",
        lead: "Zum hundertjährigen Bestehen der Akademie der Wissenschaften hat der Präsident per Dekret eine Gedenkmedaille gestiftet.",
        place: "Welinsk",
        body: `<p>Die Medaille soll an bis zu 300 Forscherinnen und Forscher, Lehrkräfte und Förderer der Wissenschaft verliehen werden. Vorschläge können Universitäten, Forschungsinstitute und Schulen bis zum Ende des kommenden Quartals einreichen. Die ersten Medaillen werden bei der Festsitzung zum Jubiläum überreicht.</p>
<blockquote><p>„Die Akademie hat in hundert Jahren Generationen von Wissenschaftlern hervorgebracht. Diese Medaille ist ein Dank an alle, die daran mitgewirkt haben“, sagte Präsidialsprecherin Irena Moskal.</p></blockquote>
<p>Die Vizepräsidentin der Akademie, Larissa Fedorenko, begrüßte die Entscheidung. Sie kündigte zudem eine Reihe öffentlicher Vorlesungen in allen Regionen des Landes an, die im Jubiläumsjahr stattfinden sollen.</p>`,
      },
      en: {
        headline: "President establishes medal for the Academy’s centenary",
        lead: "To mark the hundredth anniversary of the Academy of Sciences, the president has established a commemorative medal by decree.",
        place: "Velinsk",
        body: `<p>The medal is to be awarded to up to 300 researchers, teachers and patrons of science. Universities, research institutes and schools can submit nominations until the end of next quarter. The first medals will be presented at the ceremonial session marking the anniversary.</p>
<blockquote><p>“Over a hundred years, the Academy has produced generations of scientists. This medal is a thank-you to everyone who has contributed,” presidential spokeswoman Irena Moskal said.</p></blockquote>
<p>The Academy’s vice-president, Larisa Fedorenko, welcomed the decision. She also announced a series of public lectures in every region of the country during the anniversary year.</p>`,
      },
    },
  },
  {
    key: 'pw-vienna-foreign-minister-visit',
    rubric: 'world',
    daysAgo: 0,
    hour: 11,
    minute: 10,
    urgency: 5,
    tags: ['diplomacy', 'trade', 'energy', 'railways'],
    authors: ['igor-brandt'],
    institutions: ['ministry-foreign'],
    image: {
      motif: 'skyline',
      hue: 25,
      caption: {
        de: "Der Außenminister führt zwei Tage lang Gespräche in Wien.",
        en: "The foreign minister is holding two days of talks in Vienna.",
        ru: "Министр иностранных дел в течение двух дней проведёт переговоры в Вене.",
        be: "Міністр замежных спраў на працягу двух дзён правядзе перамовы ў Вене.",
      },
      alt: {
        de: "Abstrakte Illustration einer Stadtsilhouette mit Kuppeln im Abendlicht",
        en: "Abstract illustration of a city skyline with domes in the evening light",
        ru: "Абстрактная иллюстрация городского силуэта с куполами в вечернем свете",
        be: "Абстрактная ілюстрацыя гарадскога сілуэта з купаламі ў вячэрнім святле",
      },
      credit: 'Velta / Igor Brandt',
    },
    articles: {
      de: {
        headline: "Außenminister zu Gesprächen in Wien eingetroffen",
        lead: "Liranias Außenminister ist am Vormittag zu einem zweitägigen Besuch in Österreich eingetroffen, bei dem Energie und Verkehr im Mittelpunkt stehen.",
        place: "Wien",
        body: `<p>Auf dem Programm stehen Gespräche im österreichischen Außenministerium sowie Treffen mit Vertretern der Wirtschaftskammer und mehrerer Energieversorger. Mit einem Handelsvolumen von rund 610 Millionen Euro im vergangenen Jahr ist Österreich der fünftgrößte Handelspartner Liranias.</p>
<p>Beide Seiten wollen ein Abkommen über die Zusammenarbeit in der Berufsausbildung unterzeichnen. Zudem geht es um eine mögliche Beteiligung österreichischer Unternehmen an der Elektrifizierung des Nördlichen Bahnkorridors.</p>
<blockquote><p>„Österreich hat Erfahrung mit Bahnstrecken durch schwieriges Gelände und mit Wasserkraft. Davon wollen wir lernen“, sagte Ministeriumssprecher Andrej Wolan.</p></blockquote>
<p>Am zweiten Tag trifft der Minister Vertreter der liranischen Gemeinschaft in Wien. Es ist der erste Besuch eines liranischen Außenministers in Österreich seit sechs Jahren.</p>`,
      },
      en: {
        headline: "Foreign minister arrives in Vienna for talks",
        lead: "Lirania’s foreign minister arrived in Austria this morning for a two-day visit focused on energy and transport.",
        place: "Vienna",
        body: `<p>The programme includes talks at the Austrian foreign ministry as well as meetings with representatives of the Economic Chamber and several energy companies. With trade worth around 610 million euros last year, Austria is Lirania’s fifth-largest trading partner.</p>
<p>The two sides intend to sign an agreement on cooperation in vocational training. They will also discuss the possible involvement of Austrian companies in electrifying the Northern Rail Corridor.</p>
<blockquote><p>“Austria has experience with railway lines through difficult terrain and with hydropower. We want to learn from that,” ministry spokesman Andrej Volan said.</p></blockquote>
<p>On the second day, the minister will meet members of the Liranian community in Vienna. It is the first visit by a Liranian foreign minister to Austria in six years.</p>`,
      },
      ru: {
        headline: "Министр иностранных дел прибыл с визитом в Вену",
        lead: "Министр иностранных дел Лирании утром прибыл в Австрию с двухдневным визитом, в центре которого — энергетика и транспорт.",
        place: "Вена",
        body: `<p>В программе — переговоры в министерстве иностранных дел Австрии, а также встречи с представителями Экономической палаты и ряда энергетических компаний. С товарооборотом около 610 миллионов евро в прошлом году Австрия является пятым по величине торговым партнёром Лирании.</p>
<p>Стороны намерены подписать соглашение о сотрудничестве в сфере профессионального образования. Кроме того, речь пойдёт о возможном участии австрийских компаний в электрификации Северного железнодорожного коридора.</p>
<blockquote><p>«У Австрии есть опыт строительства железных дорог в сложной местности и использования гидроэнергетики. Этому мы хотим научиться», — сказал официальный представитель министерства Андрей Волан.</p></blockquote>
<p>На второй день министр встретится с представителями лиранской общины в Вене. Это первый за шесть лет визит министра иностранных дел Лирании в Австрию.</p>`,
      },
      be: {
        headline: "Міністр замежных спраў прыбыў з візітам у Вену",
        lead: "Міністр замежных спраў Ліраніі раніцай прыбыў у Аўстрыю з двухдзённым візітам, у цэнтры якога — энергетыка і транспарт.",
        place: "Вена",
        body: `<p>У праграме — перамовы ў міністэрстве замежных спраў Аўстрыі, а таксама сустрэчы з прадстаўнікамі Эканамічнай палаты і шэрагу энергетычных кампаній. З таваразваротам каля 610 мільёнаў еўра ў мінулым годзе Аўстрыя з'яўляецца пятым па велічыні гандлёвым партнёрам Ліраніі.</p>
<p>Бакі маюць намер падпісаць пагадненне аб супрацоўніцтве ў сферы прафесійнай адукацыі. Акрамя таго, гаворка пойдзе пра магчымы ўдзел аўстрыйскіх кампаній у электрыфікацыі Паўночнага чыгуначнага калідора.</p>
<blockquote><p>«Аўстрыя мае досвед будаўніцтва чыгунак у складанай мясцовасці і выкарыстання гідраэнергетыкі. Гэтаму мы хочам навучыцца», — сказаў афіцыйны прадстаўнік міністэрства Андрэй Волан.</p></blockquote>
<p>На другі дзень міністр сустрэнецца з прадстаўнікамі ліранскай абшчыны ў Вене. Гэта першы за шэсць гадоў візіт міністра замежных спраў Ліраніі ў Аўстрыю.</p>`,
      },
    },
  },
  {
    key: 'pw-geneva-un-water-report',
    rubric: 'world',
    daysAgo: 4,
    hour: 13,
    minute: 0,
    urgency: 6,
    tags: ['united-nations', 'water', 'diplomacy'],
    authors: ['tomas-weber'],
    projects: ['clean-rivers'],
    institutions: ['ministry-foreign'],
    image: {
      motif: 'mountains',
      hue: 215,
      caption: {
        de: "In Genf beraten Vertreter aus 52 Staaten über den Schutz von Flüssen und Seen.",
        en: "Representatives of 52 states are meeting in Geneva to discuss the protection of rivers and lakes.",
        ru: "В Женеве представители 52 государств обсуждают защиту рек и озёр.",
        be: "У Жэневе прадстаўнікі 52 дзяржаў абмяркоўваюць ахову рэк і азёр.",
      },
      alt: {
        de: "Abstrakte Illustration von Bergen über einem See in kühlen Blautönen",
        en: "Abstract illustration of mountains above a lake in cool shades of blue",
        ru: "Абстрактная иллюстрация гор над озером в холодных синих тонах",
        be: "Абстрактная ілюстрацыя гор над возерам у халодных сініх танах",
      },
      credit: 'Velta graphics',
    },
    articles: {
      de: {
        headline: "Lirania legt in Genf Bericht über seine Flüsse und Seen vor",
        lead: "Auf einer Tagung der UN-Wasserkonvention in Genf hat Lirania erstmals einen nationalen Bericht über den Zustand seiner Gewässer vorgestellt.",
        place: "Genf",
        body: `<p>Nach dem Bericht erfüllen derzeit 41 Prozent der Messstellen an der Welna die Anforderungen an einen guten ökologischen Zustand, vor zehn Jahren waren es 28 Prozent. Am Welin-See bleibt die Nährstoffbelastung durch die Landwirtschaft das größte Problem.</p>
<blockquote><p>„Wir zeigen offen, wo wir stehen, auch dort, wo die Zahlen noch nicht gut sind“, sagte Botschafterin Lidia Sorokina, Ständige Vertreterin Liranias beim Büro der Vereinten Nationen in Genf.</p></blockquote>
<p>Die Delegation bat um technische Unterstützung beim Aufbau eines gemeinsamen Messnetzes mit den Nachbarstaaten. An der einwöchigen Tagung nehmen Vertreter aus 52 Staaten teil. Der Bericht entstand im Rahmen des Programms „Saubere Flüsse 2030“.</p>`,
      },
      en: {
        headline: "Lirania presents report on its rivers and lakes in Geneva",
        lead: "At a meeting under the UN Water Convention in Geneva, Lirania has for the first time presented a national report on the state of its waters.",
        place: "Geneva",
        body: `<p>According to the report, 41 percent of monitoring points on the Velna currently meet the requirements for good ecological status, up from 28 percent ten years ago. On Lake Velin, nutrient pollution from agriculture remains the biggest problem.</p>
<blockquote><p>“We are showing openly where we stand, including where the figures are not yet good,” said Ambassador Lidia Sorokina, Lirania’s permanent representative to the United Nations Office at Geneva.</p></blockquote>
<p>The delegation asked for technical support in setting up a joint monitoring network with neighbouring countries. Representatives of 52 states are attending the week-long meeting. The report was prepared as part of the Clean Rivers 2030 programme.</p>`,
      },
      ru: {
        headline: "Лирания представила в Женеве доклад о состоянии рек и озёр",
        lead: "На совещании в рамках Водной конвенции ООН в Женеве Лирания впервые представила национальный доклад о состоянии своих водных объектов.",
        place: "Женева",
        body: `<p>Согласно докладу, сейчас 41 процент пунктов наблюдения на Вельне соответствует требованиям хорошего экологического состояния; десять лет назад таких было 28 процентов. Главной проблемой озера Велин остаётся загрязнение биогенными веществами из сельского хозяйства.</p>
<blockquote><p>«Мы открыто показываем, где находимся, в том числе там, где цифры пока неутешительны», — заявила постоянный представитель Лирании при Отделении ООН в Женеве посол Лидия Сорокина.</p></blockquote>
<p>Делегация попросила о технической помощи в создании совместной сети мониторинга с соседними государствами. В недельном совещании участвуют представители 52 государств. Доклад подготовлен в рамках программы «Чистые реки 2030».</p>`,
      },
      be: {
        headline: "Ліранія прадставіла ў Жэневе даклад пра стан рэк і азёр",
        lead: "На нарадзе ў рамках Воднай канвенцыі ААН у Жэневе Ліранія ўпершыню прадставіла нацыянальны даклад пра стан сваіх вадаёмаў.",
        place: "Жэнева",
        body: `<p>Паводле дакладу, цяпер 41 працэнт пунктаў назірання на Вельне адпавядае патрабаванням добрага экалагічнага стану; дзесяць гадоў таму такіх было 28 працэнтаў. Галоўнай праблемай возера Велін застаецца забруджванне біягеннымі рэчывамі з сельскай гаспадаркі.</p>
<blockquote><p>«Мы адкрыта паказваем, дзе знаходзімся, у тым ліку там, дзе лічбы пакуль несуцяшальныя», — заявіла пастаянны прадстаўнік Ліраніі пры Аддзяленні ААН у Жэневе пасол Лідзія Сарокіна.</p></blockquote>
<p>Дэлегацыя папрасіла аб тэхнічнай дапамозе ў стварэнні сумеснай сеткі маніторынгу з суседнімі дзяржавамі. У нарадзе, якая працягнецца тыдзень, удзельнічаюць прадстаўнікі 52 дзяржаў. Даклад падрыхтаваны ў рамках праграмы «Чыстыя рэкі 2030».</p>`,
      },
    },
  },
  {
    key: 'pw-brussels-eu-trade-agreement',
    rubric: 'world',
    daysAgo: 1,
    hour: 15,
    minute: 10,
    urgency: 4,
    tags: ['european-union', 'trade', 'agriculture'],
    authors: ['tomas-weber'],
    institutions: ['ministry-economy', 'government'],
    image: {
      motif: 'columns',
      hue: 225,
      caption: {
        de: "Das Abkommen soll die Zölle auf rund 95 Prozent der Waren abschaffen.",
        en: "The agreement is to abolish tariffs on around 95 percent of goods.",
        ru: "Соглашение должно отменить пошлины примерно на 95 процентов товаров.",
        be: "Пагадненне павінна адмяніць пошліны прыкладна на 95 працэнтаў тавараў.",
      },
      alt: {
        de: "Abstrakte Illustration eines Säulengebäudes in kräftigem Blau",
        en: "Abstract illustration of a colonnaded building in deep blue",
        ru: "Абстрактная иллюстрация здания с колоннами в насыщенных синих тонах",
        be: "Абстрактная ілюстрацыя будынка з калонамі ў насычаных сініх танах",
      },
      credit: 'Velta graphics',
    },
    articles: {
      de: {
        headline: "Lirania und EU paraphieren Handelsabkommen in Brüssel",
        lead: "Nach vier Jahren Verhandlungen haben Lirania und die Europäische Union in Brüssel ein umfassendes Handelsabkommen paraphiert.",
        place: "Brüssel",
        body: `<p>Das Abkommen sieht vor, die Zölle auf rund 95 Prozent der gehandelten Waren innerhalb von sieben Jahren abzuschaffen. Für Milchprodukte, Getreide und Zucker gelten längere Übergangsfristen und Kontingente. Die EU ist bereits jetzt Liranias wichtigster Handelspartner und nimmt knapp die Hälfte der Exporte des Landes ab.</p>
<blockquote><p>„Für unsere Hersteller von Maschinen, Möbeln und Lebensmitteln öffnet sich ein Markt mit 450 Millionen Verbrauchern“, sagte der stellvertretende Wirtschaftsminister und Chefunterhändler Marek Zawada.</p></blockquote>
<h2>Nächste Schritte</h2>
<p>Nach der rechtlichen Prüfung und der Übersetzung soll das Abkommen im kommenden Jahr unterzeichnet werden. Anschließend müssen das Europäische Parlament und das Parlament in Welinsk zustimmen. Bauernverbände in Lirania fordern Schutzklauseln für empfindliche Agrarprodukte.</p>`,
      },
      en: {
        headline: "Lirania and EU initial trade agreement in Brussels",
        lead: "After four years of negotiations, Lirania and the European Union have initialled a comprehensive trade agreement in Brussels.",
        place: "Brussels",
        body: `<p>The agreement provides for tariffs on around 95 percent of traded goods to be abolished within seven years. Longer transition periods and quotas apply to dairy products, grain and sugar. The EU is already Lirania’s most important trading partner, taking almost half of the country’s exports.</p>
<blockquote><p>“A market of 450 million consumers is opening up for our manufacturers of machinery, furniture and food,” said deputy economy minister and chief negotiator Marek Zawada.</p></blockquote>
<h2>Next steps</h2>
<p>After legal review and translation, the agreement is to be signed next year. The European Parliament and the parliament in Velinsk must then give their consent. Farmers’ associations in Lirania are calling for safeguard clauses for sensitive agricultural products.</p>`,
      },
      ru: {
        headline: "Лирания и ЕС парафировали торговое соглашение в Брюсселе",
        lead: "После четырёх лет переговоров Лирания и Европейский союз парафировали в Брюсселе всеобъемлющее торговое соглашение.",
        place: "Брюссель",
        body: `<p>Соглашение предусматривает отмену пошлин примерно на 95 процентов товаров в течение семи лет. Для молочной продукции, зерна и сахара действуют более длительные переходные периоды и квоты. ЕС уже сейчас является важнейшим торговым партнёром Лирании: на него приходится почти половина экспорта страны.</p>
<blockquote><p>«Для наших производителей техники, мебели и продуктов питания открывается рынок с 450 миллионами потребителей», — сказал заместитель министра экономики и главный переговорщик Марек Завада.</p></blockquote>
<h2>Дальнейшие шаги</h2>
<p>После юридической проверки и перевода соглашение планируется подписать в следующем году. Затем его должны одобрить Европейский парламент и парламент в Велинске. Аграрные союзы Лирании требуют защитных оговорок для чувствительных сельскохозяйственных товаров.</p>`,
      },
      be: {
        headline: "Ліранія і ЕС парафіравалі гандлёвае пагадненне ў Брусэлі",
        lead: "Пасля чатырох гадоў перамоў Ліранія і Еўрапейскі саюз парафіравалі ў Брусэлі ўсеабдымнае гандлёвае пагадненне.",
        place: "Брусэль",
        body: `<p>Пагадненне прадугледжвае адмену пошлін прыкладна на 95 працэнтаў тавараў на працягу сямі гадоў. Для малочнай прадукцыі, збожжа і цукру дзейнічаюць больш працяглыя пераходныя перыяды і квоты. ЕС ужо цяпер з'яўляецца найважнейшым гандлёвым партнёрам Ліраніі: на яго прыпадае амаль палова экспарту краіны.</p>
<blockquote><p>«Для нашых вытворцаў тэхнікі, мэблі і харчовых прадуктаў адкрываецца рынак з 450 мільёнамі спажыўцоў», — сказаў намеснік міністра эканомікі і галоўны перагаворшчык Марэк Завада.</p></blockquote>
<h2>Наступныя крокі</h2>
<p>Пасля юрыдычнай праверкі і перакладу пагадненне плануецца падпісаць у наступным годзе. Затым яго павінны ўхваліць Еўрапейскі парламент і парламент у Велінску. Аграрныя саюзы Ліраніі патрабуюць ахоўных агаворак для адчувальных сельскагаспадарчых тавараў.</p>`,
      },
    },
  },
  {
    key: 'pw-berlin-climate-conference',
    rubric: 'world',
    daysAgo: 8,
    hour: 12,
    minute: 15,
    urgency: 6,
    tags: ['climate', 'diplomacy', 'water'],
    authors: ['lena-sokol'],
    projects: ['clean-rivers'],
    institutions: ['government', 'ministry-agriculture'],
    image: {
      motif: 'forest',
      hue: 125,
      caption: {
        de: "Neue Wälder sollen vor allem im Einzugsgebiet der Welna entstehen.",
        en: "The new forests are to be planted mainly in the Velna catchment.",
        ru: "Новые леса планируется высадить прежде всего в бассейне Вельны.",
        be: "Новыя лясы плануецца высадзіць перш за ўсё ў басейне Вельны.",
      },
      alt: {
        de: "Abstrakte Illustration eines Mischwalds in sattem Grün",
        en: "Abstract illustration of a mixed forest in rich green",
        ru: "Абстрактная иллюстрация смешанного леса в насыщенных зелёных тонах",
        be: "Абстрактная ілюстрацыя змешанага лесу ў насычаных зялёных танах",
      },
      credit: 'Velta / Lena Sokol',
    },
    articles: {
      de: {
        headline: "Klimakonferenz in Berlin: Lirania will Waldfläche um zehn Prozent vergrößern",
        lead: "Auf einer regionalen Klimakonferenz mittel- und osteuropäischer Staaten in Berlin hat Lirania ein Aufforstungsprogramm für die kommenden zehn Jahre vorgestellt.",
        place: "Berlin",
        body: `<p>Bis 2035 sollen landesweit rund 48.000 Hektar neuer Wald entstehen, vor allem auf ehemaligen Moor- und Ackerflächen im Einzugsgebiet der Welna. Damit würde die Waldfläche des Landes um etwa zehn Prozent wachsen. Die neuen Wälder sollen Hochwasser abmildern und die Nährstoffeinträge in den Fluss verringern.</p>
<blockquote><p>„Jeder Hektar Wald am Flussufer ist zugleich Klimaschutz und Gewässerschutz“, sagte die Klimabeauftragte der Regierung, Veronika Lasko.</p></blockquote>
<p>An der zweitägigen Konferenz nahmen Delegationen aus 14 Staaten teil. In einer gemeinsamen Erklärung vereinbarten sie, Daten über Dürren und Waldbrände künftig schneller auszutauschen. Die nächste Konferenz soll in zwei Jahren in Welinsk stattfinden.</p>`,
      },
      en: {
        headline: "Climate conference in Berlin: Lirania plans to expand its forests by ten percent",
        lead: "At a regional climate conference of Central and Eastern European states in Berlin, Lirania has presented a reforestation programme for the coming decade.",
        place: "Berlin",
        body: `<p>Around 48,000 hectares of new forest are to be planted nationwide by 2035, mainly on former peatland and farmland in the Velna catchment. That would increase the country’s forest area by about ten percent. The new forests are meant to soften floods and reduce nutrient run-off into the river.</p>
<blockquote><p>“Every hectare of forest on a riverbank protects both the climate and our waters,” said the government’s climate envoy, Veronika Lasko.</p></blockquote>
<p>Delegations from 14 states attended the two-day conference. In a joint declaration, they agreed to share data on droughts and forest fires more quickly in future. The next conference is to be held in Velinsk in two years.</p>`,
      },
    },
  },
  {
    key: 'pw-warsaw-rail-forum',
    rubric: 'world',
    daysAgo: 11,
    hour: 10,
    minute: 30,
    urgency: 6,
    tags: ['railways', 'transport', 'diplomacy'],
    authors: ['igor-brandt'],
    projects: ['rail-corridor'],
    institutions: ['ministry-transport'],
    image: {
      motif: 'bridge',
      hue: 265,
      caption: {
        de: "Güterzüge sollen die Grenze künftig ohne Lokwechsel passieren.",
        en: "Freight trains are to cross the border without changing locomotives in future.",
        ru: "В будущем грузовые поезда должны пересекать границу без смены локомотива.",
        be: "У будучыні грузавыя цягнікі павінны перасякаць мяжу без змены лакаматыва.",
      },
      alt: {
        de: "Abstrakte Illustration einer Eisenbahnbrücke in Violetttönen",
        en: "Abstract illustration of a railway bridge in shades of violet",
        ru: "Абстрактная иллюстрация железнодорожного моста в фиолетовых тонах",
        be: "Абстрактная ілюстрацыя чыгуначнага моста ў фіялетавых танах",
      },
      credit: 'Velta graphics',
    },
    articles: {
      de: {
        headline: "Verkehrsforum in Warschau: Gespräche über grenzüberschreitenden Anschluss des Nördlichen Bahnkorridors",
        lead: "Vertreter Liranias haben auf einem Verkehrsforum in Warschau mit Nachbarstaaten über den Anschluss der geplanten Bahnstrecke von Welinsk jenseits der Grenze beraten.",
        place: "Warschau",
        body: `<p>Im Mittelpunkt standen gemeinsame technische Normen, die Abstimmung der Fahrpläne und ein gemeinsamer Grenzbahnhof. Die Strecke soll durchgehend mit 25 Kilovolt Wechselstrom elektrifiziert werden; dasselbe System ist auch für die Anschlussstrecken jenseits der Grenze geplant.</p>
<blockquote><p>„Eine neue Strecke, die an der Grenze endet, nützt niemandem. Deshalb planen wir den Übergang von Anfang an gemeinsam“, sagte Projektdirektor Emil Borezki.</p></blockquote>
<p>Die Teilnehmer vereinbarten, eine Arbeitsgruppe einzusetzen, die bis Jahresende Vorschläge für die Grenzabfertigung vorlegen soll. Ziel ist, dass Güterzüge die Grenze ohne Lokwechsel und mit möglichst kurzen Standzeiten passieren können.</p>`,
      },
      en: {
        headline: "Transport forum in Warsaw: talks on linking the Northern Rail Corridor across the border",
        lead: "At a transport forum in Warsaw, Liranian officials have discussed with neighbouring countries how to connect the planned railway line from Velinsk beyond the border.",
        place: "Warsaw",
        body: `<p>The talks focused on common technical standards, coordinated timetables and a joint border station. The line is to be electrified throughout at 25 kilovolts AC, the same system that is planned for the connecting lines on the other side of the border.</p>
<blockquote><p>“A new line that ends at the border is of no use to anyone. That is why we are planning the crossing together from the start,” project director Emil Boretsky said.</p></blockquote>
<p>The participants agreed to set up a working group to present proposals for border procedures by the end of the year. The aim is for freight trains to cross the border without changing locomotives and with the shortest possible stops.</p>`,
      },
    },
  },
  {
    key: 'pw-brussels-youth-exchange',
    rubric: 'world',
    daysAgo: 18,
    hour: 13,
    minute: 35,
    urgency: 7,
    tags: ['youth', 'education', 'european-union'],
    authors: ['olga-ryzhova'],
    institutions: ['ministry-education'],
    articles: {
      de: {
        headline: "Lirania beteiligt sich an EU-Austauschprogramm für Schüler und Studierende",
        lead: "Lirania hat in Brüssel eine Vereinbarung unterzeichnet, die Schülern, Auszubildenden und Studierenden ab dem kommenden Studienjahr Aufenthalte in EU-Staaten ermöglicht.",
        place: "Brüssel",
        body: `<p>In der ersten Phase sollen jährlich rund 1.200 junge Menschen aus Lirania ein Semester oder ein Praktikum im Ausland absolvieren. Im Gegenzug nehmen Hochschulen in Welinsk und Dubrava Gaststudierende aus der EU auf. Lirania beteiligt sich mit 4,5 Millionen Euro pro Jahr an den Kosten.</p>
<blockquote><p>„Wer ein halbes Jahr in Leipzig oder Lyon studiert hat, kommt mit neuen Ideen zurück“, sagte Karina Wolf, Leiterin der Abteilung für internationale Zusammenarbeit im Bildungsministerium.</p></blockquote>
<p>Bewerbungen sind in den kommenden Monaten über die Hochschulen möglich. Auch Berufsschulen können sich beteiligen. Bewerber aus ländlichen Regionen sollen bei der Auswahl besonders berücksichtigt werden.</p>`,
      },
      en: {
        headline: "Lirania joins EU exchange programme for pupils and students",
        lead: "Lirania has signed an agreement in Brussels that will allow pupils, apprentices and students to spend time in EU countries from the next academic year.",
        place: "Brussels",
        body: `<p>In the first phase, around 1,200 young people from Lirania are to spend a semester or an internship abroad each year. In return, universities in Velinsk and Dubrava will host guest students from the EU. Lirania will contribute 4.5 million euros a year to the costs.</p>
<blockquote><p>“Anyone who has spent six months studying in Leipzig or Lyon comes back with new ideas,” said Karina Wolf, head of international cooperation at the education ministry.</p></blockquote>
<p>Applications can be made through the universities in the coming months. Vocational schools can also take part, and applicants from rural areas are to be given particular consideration.</p>`,
      },
    },
  },
  {
    key: 'pw-ambassadors-conference',
    rubric: 'world',
    daysAgo: 27,
    hour: 10,
    minute: 15,
    urgency: 7,
    tags: ['diplomacy', 'trade'],
    authors: ['velta-desk'],
    institutions: ['ministry-foreign', 'president'],
    articles: {
      de: {
        headline: "Botschafterkonferenz in Welinsk: Außenpolitik soll stärker auf Wirtschaft setzen",
        lead: "Zur jährlichen Botschafterkonferenz sind die Leiter der 46 Auslandsvertretungen Liranias im Außenministerium in Welinsk zusammengekommen.",
        place: "Welinsk",
        body: `<p>Im Mittelpunkt der dreitägigen Beratungen stehen die Exportförderung, die Anwerbung von Investoren und die Betreuung liranischer Staatsbürger im Ausland. Jede Botschaft soll künftig jährliche Ziele für Handel und Investitionen erhalten. Erstmals nehmen auch Vertreter von Wirtschaftsverbänden an einzelnen Sitzungen teil.</p>
<blockquote><p>„Ein Botschafter muss heute ebenso gut über Maschinenbau und Getreidepreise sprechen können wie über Völkerrecht“, sagte Staatssekretär Nikolai Brest.</p></blockquote>
<p>Zudem kündigte das Ministerium an, in diesem Jahr zwei neue Konsulate zu eröffnen. Die Standorte sollen in den kommenden Wochen bekanntgegeben werden. Am letzten Konferenztag empfängt der Präsident die Botschafter.</p>`,
      },
      en: {
        headline: "Ambassadors’ conference in Velinsk: foreign policy to focus more on the economy",
        lead: "The heads of Lirania’s 46 missions abroad have gathered at the foreign ministry in Velinsk for the annual ambassadors’ conference.",
        place: "Velinsk",
        body: `<p>The three-day meeting focuses on promoting exports, attracting investors and assisting Liranian citizens abroad. In future, each embassy is to be given annual targets for trade and investment. For the first time, representatives of business associations are also attending some of the sessions.</p>
<blockquote><p>“Today an ambassador must be able to talk about engineering and grain prices just as well as about international law,” state secretary Nikolai Brest said.</p></blockquote>
<p>The ministry also announced that it would open two new consulates this year. Their locations are to be announced in the coming weeks. On the final day of the conference, the ambassadors will be received by the president.</p>`,
      },
    },
  },
];
