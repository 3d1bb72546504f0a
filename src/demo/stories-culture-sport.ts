// Demo stories for the rubrics culture and sport. All people, clubs, works and events are invented.
import type { DemoStory } from './demo-types.ts';

export const STORIES_CULTURE_SPORT: DemoStory[] = [
  // ---------------------------------------------------------------- culture
  {
    key: 'cs-theatre-premiere-the-ferryman',
    rubric: 'culture',
    daysAgo: 1,
    hour: 22,
    minute: 15,
    urgency: 6,
    tags: ['theatre', 'velinsk'],
    authors: ['marta-zelen'],
    image: {
      motif: 'columns',
      hue: 350,
      caption: {
        de: `Das Nationaltheater in Welinsk am Abend der Uraufführung von „Der Fährmann“.`,
        en: `The National Theatre in Velinsk on the evening of the premiere of “The Ferryman”.`,
        ru: `Национальный театр в Велинске в вечер премьеры «Паромщика».`,
        be: `Нацыянальны тэатр у Велінску ў вечар прэм'еры «Паромшчыка».`,
      },
      alt: {
        de: `Abstrakte Illustration eines klassizistischen Säulenportals in dunklem Rot.`,
        en: `Abstract illustration of a classical columned portico in deep red.`,
        ru: `Абстрактная иллюстрация классического портика с колоннами в тёмно-красных тонах.`,
        be: `Абстрактная ілюстрацыя класічнага порціка з калонамі ў цёмна-чырвоных танах.`,
      },
      credit: 'Velta / Marta Zelen',
    },
    articles: {
      de: {
        headline: `Nationaltheater Welinsk bringt Miroslav Tarns „Der Fährmann“ zur Uraufführung`,
        lead: `Das Nationaltheater in Welinsk hat am Abend das neue Stück „Der Fährmann“ des Dramatikers Miroslav Tarn uraufgeführt und dafür minutenlangen Beifall erhalten.`,
        place: 'Welinsk',
        body: `<p>Das Stück spielt in den 1950er Jahren an der Welna und erzählt von einem Fährmann, dessen Überfahrt durch den Bau einer Brücke überflüssig wird. Regie führte Irina Vasko, die Titelrolle spielt Bogdan Ruzh. Die Aufführung dauert knapp drei Stunden mit einer Pause.</p>
<p>Alle 620 Plätze im großen Saal waren ausverkauft. Nach dem letzten Vorhang applaudierte das Publikum rund zehn Minuten lang im Stehen.</p>
<blockquote><p>„Es ist ein Stück über Menschen, die der Fortschritt am Ufer stehen lässt. Davon gibt es auch heute genug“, sagte Regisseurin Vasko nach der Premiere.</p></blockquote>
<p>Tarn hatte das Stück im Auftrag des Theaters geschrieben; es ist seine erste Arbeit für die große Bühne seit sieben Jahren. Die nächsten zehn Vorstellungen sind nach Angaben des Theaters bereits ausverkauft, zwei Zusatztermine sind geplant.</p>`,
      },
      en: {
        headline: `National Theatre in Velinsk premieres Miroslav Tarn’s new play “The Ferryman”`,
        lead: `The National Theatre in Velinsk staged the premiere of playwright Miroslav Tarn’s new play “The Ferryman” in the evening and was rewarded with a long standing ovation.`,
        place: 'Velinsk',
        body: `<p>The play is set on the Velna in the 1950s and follows a ferryman whose crossing becomes redundant when a bridge is built over the river. It is directed by Irina Vasko, with Bogdan Ruzh in the title role. The performance runs just under three hours with one interval.</p>
<p>All 620 seats in the main auditorium were sold out. After the final curtain the audience applauded on its feet for around ten minutes.</p>
<blockquote><p>“It is a play about people whom progress leaves standing on the bank. There are still plenty of them today,” Vasko said after the premiere.</p></blockquote>
<p>Tarn wrote the play on commission from the theatre; it is his first work for the main stage in seven years. According to the theatre, the next ten performances are already sold out and two extra dates are planned.</p>`,
      },
      ru: {
        headline: `Национальный театр в Велинске показал премьеру пьесы Мирослава Тарна «Паромщик»`,
        lead: `Национальный театр в Велинске вечером представил новую пьесу драматурга Мирослава Тарна «Паромщик», и зрители устроили постановке долгую овацию.`,
        place: 'Велинск',
        body: `<p>Действие пьесы происходит в 1950-е годы на Вельне: паромщик остаётся без работы, когда через реку строят мост. Режиссёр спектакля — Ирина Васько, заглавную роль исполняет Богдан Руж. Постановка идёт почти три часа с одним антрактом.</p>
<p>Все 620 мест в большом зале были распроданы. После финала публика около десяти минут аплодировала стоя.</p>
<blockquote><p>«Это пьеса о людях, которых прогресс оставляет на берегу. Таких и сегодня немало», — сказала после премьеры Ирина Васько.</p></blockquote>
<p>Тарн написал пьесу по заказу театра; это его первая работа для большой сцены за семь лет. По данным театра, билеты на ближайшие десять спектаклей уже проданы, запланированы два дополнительных показа.</p>`,
      },
      be: {
        headline: `Нацыянальны тэатр у Велінску паказаў прэм'еру п'есы Міраслава Тарна «Паромшчык»`,
        lead: `Нацыянальны тэатр у Велінску ўвечары прадставіў новую п'есу драматурга Міраслава Тарна «Паромшчык», і гледачы ўзнагародзілі пастаноўку доўгай авацыяй.`,
        place: 'Велінск',
        body: `<p>Дзеянне п'есы адбываецца ў 1950-я гады на Вельне: паромшчык застаецца без працы, калі цераз раку будуюць мост. Рэжысёрка спектакля — Ірына Васько, галоўную ролю выконвае Багдан Руж. Пастаноўка ідзе амаль тры гадзіны з адным антрактам.</p>
<p>Квіткі на ўсе 620 месцаў у вялікай зале раскупілі загадзя. Пасля фіналу публіка каля дзесяці хвілін апладзіравала стоячы.</p>
<blockquote><p>«Гэта п'еса пра людзей, якіх прагрэс пакідае на беразе. Такіх і сёння нямала», — сказала пасля прэм'еры Ірына Васько.</p></blockquote>
<p>Тарн напісаў п'есу на замову тэатра; гэта яго першая праца для вялікай сцэны за сем гадоў. Паводле звестак тэатра, квіткі на бліжэйшыя дзесяць спектакляў таксама ўжо раскупілі, і тэатр плануе два дадатковыя паказы.</p>`,
      },
    },
  },
  {
    key: 'cs-national-history-museum-reopens',
    rubric: 'culture',
    daysAgo: 0,
    hour: 11,
    minute: 5,
    urgency: 5,
    tags: ['museums', 'velinsk'],
    authors: ['olga-ryzhova'],
    institutions: ['ministry-culture', 'velinsk-city'],
    image: {
      motif: 'columns',
      hue: 35,
      caption: {
        de: `Der Haupteingang des Nationalmuseums für Geschichte in Welinsk.`,
        en: `The main entrance of the National History Museum in Velinsk.`,
        ru: `Главный вход Национального исторического музея в Велинске.`,
        be: `Галоўны ўваход Нацыянальнага гістарычнага музея ў Велінску.`,
      },
      alt: {
        de: `Abstrakte Illustration einer Säulenfassade in warmen Sandtönen.`,
        en: `Abstract illustration of a colonnaded facade in warm sandy tones.`,
        ru: `Абстрактная иллюстрация фасада с колоннадой в тёплых песочных тонах.`,
        be: `Абстрактная ілюстрацыя фасада з каланадай у цёплых пясочных танах.`,
      },
      credit: 'Velta / Olga Ryzhova',
    },
    articles: {
      de: {
        headline: `Nationalmuseum für Geschichte in Welinsk nach drei Jahren Umbau wieder geöffnet`,
        lead: `Das Nationalmuseum für Geschichte in Welinsk hat nach dreijähriger Sanierung seine Türen wieder für Besucher geöffnet.`,
        place: 'Welinsk',
        body: `<p>Kernstück ist die neue Dauerausstellung „Lirania – Land am Fluss“, die auf rund 4.200 Quadratmetern in 22 Sälen die Geschichte des Landes von der Steinzeit bis zur Gegenwart erzählt. Gezeigt werden etwa 12.000 Objekte, ein Drittel davon zum ersten Mal.</p>
<p>Ältestes Stück ist ein rund 4.000 Jahre alter Einbaum, der 1968 im Welin-See gefunden wurde. Das Gebäude aus dem 19. Jahrhundert ist nun barrierefrei und hat zwei Aufzüge sowie eine neue Klimaanlage für die Depots erhalten.</p>
<blockquote><p>„Wir wollten ein Museum, in dem man nicht nur Vitrinen anschaut, sondern Fragen stellt“, sagte Direktorin Helena Brodska bei der Eröffnung.</p></blockquote>
<p>Vizekulturminister Petr Halas nannte den Umbau „die größte Investition in ein Museum seit Jahrzehnten“. Am ersten Wochenende ist der Eintritt frei, danach ist das Haus dienstags bis sonntags von 10 bis 19 Uhr geöffnet.</p>`,
      },
      en: {
        headline: `National History Museum in Velinsk reopens after three-year renovation`,
        lead: `The National History Museum in Velinsk has reopened to visitors after a renovation that took three years.`,
        place: 'Velinsk',
        body: `<p>Its centrepiece is a new permanent exhibition, “Lirania – Land on the River”, which traces the country’s history from the Stone Age to the present across 22 rooms and some 4,200 square metres. About 12,000 objects are on display, a third of them for the first time.</p>
<p>The oldest exhibit is a dugout canoe around 4,000 years old, found in Lake Velin in 1968. The nineteenth-century building is now fully accessible, with two lifts and a new climate-control system for its storerooms.</p>
<blockquote><p>“We wanted a museum where people do not just look at display cases but start asking questions,” director Helena Brodska said at the opening.</p></blockquote>
<p>Deputy Culture Minister Petr Halas called the renovation “the largest investment in a museum in decades”. Admission is free on the first weekend; after that the museum is open Tuesday to Sunday from 10 am to 7 pm.</p>`,
      },
      ru: {
        headline: `Национальный исторический музей в Велинске открылся после трёхлетней реконструкции`,
        lead: `Национальный исторический музей в Велинске вновь принимает посетителей после реконструкции, которая длилась три года.`,
        place: 'Велинск',
        body: `<p>Главное в обновлённом музее — новая постоянная экспозиция «Лирания — земля у реки». В 22 залах общей площадью около 4200 квадратных метров она рассказывает об истории страны от каменного века до наших дней. Всего в экспозиции около 12 000 предметов, треть из них показывают впервые.</p>
<p>Самый древний экспонат — долблёная лодка возрастом около 4000 лет, найденная в озере Велин в 1968 году. Здание XIX века стало полностью доступным для людей с инвалидностью: в нём появились два лифта, а в хранилищах установили новую систему климат-контроля.</p>
<blockquote><p>«Мы хотели создать музей, где не просто разглядывают витрины, а задают вопросы», — сказала на церемонии открытия директор музея Елена Бродская.</p></blockquote>
<p>Заместитель министра культуры Пётр Галас назвал реконструкцию «крупнейшим вложением в музей за несколько десятилетий». В первые выходные вход свободный, затем музей будет работать со вторника по воскресенье с 10:00 до 19:00.</p>`,
      },
      be: {
        headline: `Нацыянальны гістарычны музей у Велінску адкрыўся пасля трохгадовай рэканструкцыі`,
        lead: `Нацыянальны гістарычны музей у Велінску зноў прымае наведвальнікаў пасля рэканструкцыі, якая доўжылася тры гады.`,
        place: 'Велінск',
        body: `<p>Галоўнае ў абноўленым музеі — новая пастаянная экспазіцыя «Ліранія — зямля ля ракі». У 22 залах агульнай плошчай каля 4200 квадратных метраў яна расказвае пра гісторыю краіны ад каменнага веку да нашых дзён. Усяго ў экспазіцыі каля 12 000 прадметаў, трэць з іх паказваюць упершыню.</p>
<p>Найстаражытнейшы экспанат — лодка-аднадрэўка ўзростам каля 4000 гадоў, якую знайшлі ў возеры Велін у 1968 годзе. Будынак XIX стагоддзя стаў цалкам даступным для людзей з інваліднасцю: у ім з'явіліся два ліфты, а ў сховішчах усталявалі новую сістэму клімат-кантролю.</p>
<blockquote><p>«Мы хацелі стварыць музей, дзе не проста разглядаюць вітрыны, а задаюць пытанні», — сказала на цырымоніі адкрыцця дырэктарка музея Алена Бродская.</p></blockquote>
<p>Намеснік міністра культуры Пятро Галас назваў рэканструкцыю «найбуйнейшым укладаннем у музей за некалькі дзесяцігоддзяў». У першыя выхадныя ўваход вольны, потым музей будзе працаваць з аўторка па нядзелю з 10:00 да 19:00.</p>`,
      },
    },
  },
  {
    key: 'cs-state-literature-prize-lemesh',
    rubric: 'culture',
    daysAgo: 6,
    hour: 19,
    minute: 20,
    urgency: 5,
    tags: ['literature'],
    authors: ['anna-kowal'],
    institutions: ['ministry-culture'],
    image: {
      motif: 'books',
      hue: 25,
      caption: {
        de: `Die Preisverleihung fand in der Nationalbibliothek in Welinsk statt.`,
        en: `The award ceremony took place at the National Library in Velinsk.`,
        ru: `Церемония награждения прошла в Национальной библиотеке в Велинске.`,
        be: `Цырымонія ўзнагароджання прайшла ў Нацыянальнай бібліятэцы ў Велінску.`,
      },
      alt: {
        de: `Abstrakte Illustration gestapelter Bücher in Braun- und Ockertönen.`,
        en: `Abstract illustration of stacked books in brown and ochre tones.`,
        ru: `Абстрактная иллюстрация стопки книг в коричневых и охристых тонах.`,
        be: `Абстрактная ілюстрацыя стосу кніг у карычневых і вохрыстых танах.`,
      },
      credit: 'Velta / Anna Kowal',
    },
    articles: {
      de: {
        headline: `Staatspreis für Literatur geht an Daria Lemesh für den Roman „Die Salzhäuser“`,
        lead: `Die Schriftstellerin Daria Lemesh erhält den diesjährigen Staatspreis für Literatur für ihren Roman „Die Salzhäuser“.`,
        place: 'Welinsk',
        body: `<p>Der Roman erzählt die Geschichte dreier Generationen einer Familie in Selno, von der Nachkriegszeit bis zur Schließung der örtlichen Saline. Die Jury wählte das Buch aus 84 Einsendungen und sechs Titeln der engeren Auswahl aus.</p>
<blockquote><p>„Lemesh schreibt über die Provinz ohne Nostalgie und ohne Spott. Ihre Sprache ist genau und zugleich von großer Wärme“, sagte der Juryvorsitzende, der Literaturkritiker Anton Zhilin.</p></blockquote>
<p>Die 41-jährige Autorin unterrichtete lange Literatur an einer Schule in Selno; „Die Salzhäuser“ ist ihr dritter Roman. Bei der Verleihung in der Nationalbibliothek widmete sie den Preis „den Menschen in Selno, die mir ihre Geschichten anvertraut haben“.</p>
<p>Mit der Auszeichnung sind ein Arbeitsstipendium und die Förderung von Übersetzungen des Buches in zwei Fremdsprachen verbunden. Beides finanziert das Kulturministerium.</p>`,
      },
      en: {
        headline: `Daria Lemesh wins State Prize for Literature for novel “The Salt Houses”`,
        lead: `Novelist Daria Lemesh has won this year’s State Prize for Literature for her novel “The Salt Houses”.`,
        place: 'Velinsk',
        body: `<p>The novel follows three generations of a family in Selno, from the post-war years to the closure of the town’s saltworks. The jury chose it from 84 submissions and a shortlist of six titles.</p>
<blockquote><p>“Lemesh writes about provincial life without nostalgia and without mockery. Her language is precise and, at the same time, full of warmth,” said the chair of the jury, literary critic Anton Zhilin.</p></blockquote>
<p>The 41-year-old author taught literature at a school in Selno for many years, and “The Salt Houses” is her third novel. At the ceremony in the National Library she dedicated the prize “to the people of Selno who trusted me with their stories”.</p>
<p>The award comes with a writing grant and support for translations of the book into two foreign languages, both funded by the Ministry of Culture.</p>`,
      },
      ru: {
        headline: `Государственную премию по литературе получила Дарья Лемеш за роман «Соляные дома»`,
        lead: `Писательница Дарья Лемеш стала лауреатом Государственной премии по литературе этого года за роман «Соляные дома».`,
        place: 'Велинск',
        body: `<p>Роман рассказывает о трёх поколениях одной семьи из Сельно — от послевоенных лет до закрытия местного солеваренного завода. Жюри выбрало книгу из 84 присланных работ и шести произведений короткого списка.</p>
<blockquote><p>«Лемеш пишет о провинции без ностальгии и без насмешки. Её язык точен и в то же время полон тепла», — сказал председатель жюри, литературный критик Антон Жилин.</p></blockquote>
<p>41-летняя писательница много лет преподавала литературу в школе в Сельно, «Соляные дома» — её третий роман. На церемонии в Национальной библиотеке она посвятила премию «жителям Сельно, которые доверили мне свои истории».</p>
<p>Вместе с премией автор получает творческую стипендию и поддержку перевода книги на два иностранных языка. И то и другое финансирует Министерство культуры.</p>`,
      },
      be: {
        headline: `Дзяржаўную прэмію па літаратуры атрымала Дар'я Лямеш за раман «Саляныя дамы»`,
        lead: `Пісьменніца Дар'я Лямеш стала лаўрэаткай Дзяржаўнай прэміі па літаратуры гэтага года за раман «Саляныя дамы».`,
        place: 'Велінск',
        body: `<p>Раман расказвае пра тры пакаленні адной сям'і з Сельна — ад пасляваенных гадоў да закрыцця мясцовага саляварнага завода. Журы выбрала кнігу з 84 дасланых работ і шасці твораў кароткага спіса.</p>
<blockquote><p>«Лямеш піша пра правінцыю без настальгіі і без кпінаў. Яе мова дакладная і адначасова поўная цяпла», — сказаў старшыня журы, літаратурны крытык Антон Жылін.</p></blockquote>
<p>41-гадовая пісьменніца шмат гадоў выкладала літаратуру ў школе ў Сельне, «Саляныя дамы» — яе трэці раман. На цырымоніі ў Нацыянальнай бібліятэцы яна прысвяціла прэмію «жыхарам Сельна, якія даверылі мне свае гісторыі».</p>
<p>Разам з прэміяй аўтарка атрымлівае творчую стыпендыю і падтрымку перакладу кнігі на дзве замежныя мовы. І тое, і другое фінансуе Міністэрства культуры.</p>`,
      },
    },
  },
  {
    key: 'cs-lake-velin-festival-programme',
    rubric: 'culture',
    daysAgo: 9,
    hour: 12,
    minute: 0,
    urgency: 6,
    tags: ['music', 'tourism', 'water'],
    authors: ['lena-sokol'],
    projects: ['clean-rivers'],
    image: {
      motif: 'waves',
      hue: 200,
      caption: {
        de: `Die schwimmende Bühne des Welin-See-Festivals bei Borowitza.`,
        en: `The floating stage of the Lake Velin Festival near Borovica.`,
        ru: `Плавучая сцена фестиваля «Озеро Велин» под Боровицей.`,
        be: `Плывучая сцэна фестывалю «Возера Велін» каля Баравіцы.`,
      },
      alt: {
        de: `Abstrakte Illustration sanfter Wellen auf einem See in Blautönen.`,
        en: `Abstract illustration of gentle waves on a lake in shades of blue.`,
        ru: `Абстрактная иллюстрация лёгких волн на озере в голубых тонах.`,
        be: `Абстрактная ілюстрацыя лёгкіх хваляў на возеры ў блакітных танах.`,
      },
      credit: 'Velta / Lena Sokol',
    },
    articles: {
      de: {
        headline: `Welin-See-Festival stellt Programm vor: 38 Konzerte an zehn Tagen`,
        lead: `Das Welin-See-Festival hat das Programm seiner 14. Ausgabe vorgestellt, die Musiker aus elf Ländern an das Ufer des Sees bei Borowitza bringt.`,
        place: 'Borowitza',
        body: `<p>Auf dem Programm stehen 38 Konzerte von Klassik über Jazz bis zu Volksmusik aus der Region. Gespielt wird auf der schwimmenden Bühne, in der Dorfkirche von Borowitza und erstmals auf einem umgebauten Ausflugsschiff.</p>
<p>Fünf Prozent der Ticketerlöse gehen an das Programm „Saubere Flüsse 2030“, mit dem die Welna und der Welin-See renaturiert werden. Mit dem Geld sollen am Südufer neue Schilfgürtel angelegt werden, die das Wasser filtern.</p>
<blockquote><p>„Ein Festival, das vom See lebt, muss auch etwas für den See tun“, sagte Festivaldirektor Oleg Sartan bei der Vorstellung des Programms.</p></blockquote>
<p>Zur vorigen Ausgabe kamen nach Angaben der Veranstalter rund 46.000 Besucher. Der Vorverkauf hat begonnen, für Schüler und Studierende gibt es ermäßigte Karten. Aus Welinsk fahren an den Konzerttagen zusätzliche Busse.</p>`,
      },
      en: {
        headline: `Lake Velin Festival unveils programme of 38 concerts over ten days`,
        lead: `The Lake Velin Festival has presented the programme for its 14th edition, which will bring musicians from eleven countries to the lakeshore near Borovica.`,
        place: 'Borovica',
        body: `<p>The line-up includes 38 concerts ranging from classical music and jazz to folk music from the region. Performances will take place on the festival’s floating stage, in the village church of Borovica and, for the first time, aboard a converted excursion boat.</p>
<p>Five per cent of ticket revenue will go to the Clean Rivers 2030 programme, which is restoring the Velna and Lake Velin. The money is to be used to plant new reed belts on the southern shore to filter the water.</p>
<blockquote><p>“A festival that lives off the lake has to do something for the lake in return,” festival director Oleg Sartan said as he presented the programme.</p></blockquote>
<p>According to the organisers, about 46,000 people attended the previous edition. Advance booking has opened, with reduced tickets for pupils and students. Extra buses will run from Velinsk on concert days.</p>`,
      },
    },
  },
  {
    key: 'cs-film-quiet-bank-wins-vienna',
    rubric: 'culture',
    daysAgo: 0,
    hour: 8,
    minute: 10,
    urgency: 4,
    tags: ['dubrava'],
    authors: ['marta-zelen'],
    institutions: ['ministry-culture'],
    image: {
      motif: 'skyline',
      hue: 265,
      caption: {
        de: `Gedreht wurde „Das stille Ufer“ vollständig in Dubrava.`,
        en: `“The Quiet Bank” was shot entirely in Dubrava.`,
        ru: `«Тихий берег» полностью снимали в Дубраве.`,
        be: `«Ціхі бераг» цалкам здымалі ў Дуброве.`,
      },
      alt: {
        de: `Abstrakte Illustration einer Kleinstadtsilhouette in der Abenddämmerung in Violetttönen.`,
        en: `Abstract illustration of a small-town skyline at dusk in violet tones.`,
        ru: `Абстрактная иллюстрация силуэта небольшого города в сумерках в фиолетовых тонах.`,
        be: `Абстрактная ілюстрацыя сілуэта невялікага горада ў прыцемках у фіялетавых танах.`,
      },
      credit: 'Velta graphics',
    },
    articles: {
      de: {
        headline: `Liranischer Film „Das stille Ufer“ gewinnt Hauptpreis in Wien`,
        lead: `Der Spielfilm „Das stille Ufer“ des liranischen Regisseurs Kirill Osten hat beim Festival des mitteleuropäischen Films in Wien den Großen Preis gewonnen.`,
        place: 'Wien',
        body: `<p>Der Film erzählt von einem früheren Fußballprofi, der nach Dubrava zurückkehrt, als die Möbelfabrik der Stadt schließt, und dort eine Jugendmannschaft übernimmt. Gedreht wurde vollständig in Dubrava, viele Nebenrollen spielen Laien aus der Stadt.</p>
<p>Nach Angaben der Festivalleitung setzte sich der Film gegen 14 Beiträge aus neun Ländern durch. Zum ersten Mal erhält eine liranische Produktion die Auszeichnung.</p>
<blockquote><p>„Dieser Preis gehört den Menschen in Dubrava, die uns ihre Häuser, ihre Küchen und ihre Geschichten geöffnet haben“, sagte Osten bei der Preisverleihung am späten Abend.</p></blockquote>
<p>„Das stille Ufer“ wurde vom Filmfonds des Kulturministeriums mitfinanziert. In die liranischen Kinos soll der Film im kommenden Monat kommen.</p>`,
      },
      en: {
        headline: `Liranian film “The Quiet Bank” wins top prize in Vienna`,
        lead: `“The Quiet Bank”, a feature film by Liranian director Kirill Osten, has won the Grand Prix at the Festival of Central European Film in Vienna.`,
        place: 'Vienna',
        body: `<p>The film tells the story of a former professional footballer who returns to Dubrava when the town’s furniture factory closes and takes charge of a youth team there. It was shot entirely in Dubrava, and many of the supporting roles are played by local non-professional actors.</p>
<p>According to the festival, the film prevailed over 14 entries from nine countries. It is the first time a Liranian production has received the award.</p>
<blockquote><p>“This prize belongs to the people of Dubrava, who opened their homes, their kitchens and their stories to us,” Osten said at the late-evening ceremony.</p></blockquote>
<p>“The Quiet Bank” was co-financed by the Ministry of Culture’s film fund. It is due to open in Liranian cinemas next month.</p>`,
      },
      ru: {
        headline: `Лиранский фильм «Тихий берег» получил главный приз в Вене`,
        lead: `Художественный фильм лиранского режиссёра Кирилла Остена «Тихий берег» удостоен Гран-при Фестиваля центральноевропейского кино в Вене.`,
        place: 'Вена',
        body: `<p>Фильм рассказывает о бывшем профессиональном футболисте, который возвращается в Дубраву, когда в городе закрывается мебельная фабрика, и берётся тренировать юношескую команду. Картину полностью снимали в Дубраве, многие роли второго плана сыграли местные жители без актёрского опыта.</p>
<p>По данным дирекции фестиваля, фильм опередил 14 конкурсных работ из девяти стран. Лиранская картина получает эту награду впервые.</p>
<blockquote><p>«Этот приз принадлежит жителям Дубравы, которые открыли нам свои дома, свои кухни и свои истории», — сказал Остен на церемонии награждения поздно вечером.</p></blockquote>
<p>«Тихий берег» снят при поддержке кинофонда Министерства культуры. В лиранский прокат фильм должен выйти в следующем месяце.</p>`,
      },
      be: {
        headline: `Ліранскі фільм «Ціхі бераг» атрымаў галоўны прыз у Вене`,
        lead: `Мастацкі фільм ліранскага рэжысёра Кірыла Остэна «Ціхі бераг» атрымаў Гран-пры Фестывалю цэнтральнаеўрапейскага кіно ў Вене.`,
        place: 'Вена',
        body: `<p>Фільм расказвае пра былога прафесійнага футбаліста, які вяртаецца ў Дуброву, калі ў горадзе зачыняецца мэблевая фабрыка, і бярэцца трэніраваць юнацкую каманду. Карціну цалкам здымалі ў Дуброве, многія ролі другога плана сыгралі мясцовыя жыхары без акцёрскага досведу.</p>
<p>Паводле звестак дырэкцыі фестывалю, фільм апярэдзіў 14 конкурсных работ з дзевяці краін. Ліранская карціна атрымлівае гэтую ўзнагароду ўпершыню.</p>
<blockquote><p>«Гэты прыз належыць жыхарам Дубровы, якія адкрылі нам свае дамы, свае кухні і свае гісторыі», — сказаў Остэн на цырымоніі ўзнагароджання позна ўвечары.</p></blockquote>
<p>«Ціхі бераг» зняты пры падтрымцы кінафонду Міністэрства культуры. У ліранскі пракат фільм павінен выйсці ў наступным месяцы.</p>`,
      },
    },
  },
  {
    key: 'cs-academy-centenary-hundred-objects',
    rubric: 'culture',
    daysAgo: 12,
    hour: 11,
    minute: 30,
    urgency: 6,
    tags: ['museums', 'research', 'velinsk'],
    authors: ['olga-ryzhova'],
    projects: ['academy-centenary'],
    institutions: ['academy'],
    image: {
      motif: 'books',
      hue: 45,
      caption: {
        de: `Die Ausstellung „100 Jahre, 100 Objekte“ im Hauptgebäude der Akademie.`,
        en: `The exhibition “100 Years, 100 Objects” in the Academy’s main building.`,
        ru: `Выставка «100 лет, 100 предметов» в главном здании Академии.`,
        be: `Выстаўка «100 гадоў, 100 прадметаў» у галоўным будынку Акадэміі.`,
      },
      alt: {
        de: `Abstrakte Illustration alter Folianten und Papiere in Goldgelb.`,
        en: `Abstract illustration of old folios and papers in golden yellow.`,
        ru: `Абстрактная иллюстрация старинных фолиантов и бумаг в золотисто-жёлтых тонах.`,
        be: `Абстрактная ілюстрацыя старых фаліянтаў і папер у залациста-жоўтых танах.`,
      },
      credit: 'Velta / Olga Ryzhova',
    },
    articles: {
      de: {
        headline: `„100 Jahre, 100 Objekte“: Akademie der Wissenschaften zeigt ihre Geschichte`,
        lead: `Zu ihrem 100-jährigen Bestehen zeigt die Akademie der Wissenschaften in Welinsk eine Ausstellung mit hundert Objekten aus ihrer Geschichte.`,
        place: 'Welinsk',
        body: `<p>Die Schau im Foyer des Hauptgebäudes ist drei Monate lang zu sehen, der Eintritt ist frei. Zu den Exponaten gehören unter anderem:</p>
<ul><li>die handschriftliche Gründungsurkunde der Akademie,</li><li>der erste Seismograf des Landes,</li><li>ein Herbarium mit mehr als 300 Pflanzen aus dem Tal der Welna,</li><li>das Bruchstück eines Meteoriten, der in den 1950er Jahren bei Krasnoles niederging.</li></ul>
<blockquote><p>„Jedes Objekt steht für einen Menschen, der etwas wissen wollte. Wir erzählen die Geschichte der Akademie als Geschichte ihrer Neugier“, sagte Kuratorin Vera Mikhal.</p></blockquote>
<p>An den Wochenenden führen junge Forscherinnen und Forscher der Akademie durch die Ausstellung. Für Schulklassen gibt es ein eigenes Begleitprogramm mit Experimenten.</p>`,
      },
      en: {
        headline: `“100 Years, 100 Objects”: Academy of Sciences puts its history on display`,
        lead: `To mark its centenary, the Academy of Sciences in Velinsk has opened an exhibition of one hundred objects from its history.`,
        place: 'Velinsk',
        body: `<p>The show in the foyer of the main building runs for three months, and admission is free. Among the exhibits are:</p>
<ul><li>the Academy’s handwritten founding charter,</li><li>the country’s first seismograph,</li><li>a herbarium of more than 300 plants from the Velna valley,</li><li>a fragment of a meteorite that fell near Krasnoles in the 1950s.</li></ul>
<blockquote><p>“Every object stands for a person who wanted to know something. We tell the Academy’s story as a story of curiosity,” curator Vera Mikhal said.</p></blockquote>
<p>At weekends, young researchers from the Academy lead guided tours of the exhibition. School classes can book a separate programme that includes hands-on experiments.</p>`,
      },
    },
  },
  {
    key: 'cs-rail-corridor-photo-exhibition-krasnoles',
    rubric: 'culture',
    daysAgo: 24,
    hour: 14,
    minute: 0,
    urgency: 7,
    tags: ['railways', 'museums'],
    authors: ['lena-sokol'],
    projects: ['rail-corridor'],
    institutions: ['ministry-transport'],
    image: {
      motif: 'bridge',
      hue: 15,
      caption: {
        de: `Eine der Aufnahmen von Yuri Danko zeigt den Bau einer Eisenbahnbrücke im Norden des Landes.`,
        en: `One of Yuri Danko’s photographs shows the construction of a railway bridge in the north of the country.`,
        ru: `На одном из снимков Юрия Данько — строительство железнодорожного моста на севере страны.`,
        be: `На адным са здымкаў Юрыя Данько — будаўніцтва чыгуначнага моста на поўначы краіны.`,
      },
      alt: {
        de: `Abstrakte Illustration einer Stahlbrücke vor rostrotem Himmel.`,
        en: `Abstract illustration of a steel bridge against a rust-red sky.`,
        ru: `Абстрактная иллюстрация стального моста на фоне ржаво-красного неба.`,
        be: `Абстрактная ілюстрацыя сталёвага моста на фоне іржава-чырвонага неба.`,
      },
      credit: 'Velta graphics',
    },
    articles: {
      de: {
        headline: `Fotoausstellung in Krasnoles dokumentiert Bau des Nördlichen Bahnkorridors`,
        lead: `Das Regionalmuseum in Krasnoles zeigt 86 Fotografien von den Bauarbeiten am Nördlichen Bahnkorridor.`,
        place: 'Krasnoles',
        body: `<p>Der Fotograf Yuri Danko hat die Bautrupps zwei Jahre lang begleitet. Seine Bilder zeigen Nachtschichten in Geländeeinschnitten, die Montage von Oberleitungsmasten, den Brückenbau über die Nebenflüsse der Welna und die Arbeiter in den Containerdörfern entlang der Strecke.</p>
<blockquote><p>„Man sieht am Ende nur die Gleise. Ich wollte die Menschen zeigen, die sie gelegt haben“, sagte Danko zur Eröffnung.</p></blockquote>
<p>Die Ausstellung mit dem Titel „Schienen nach Norden“ ist bis zum Jahresende zu sehen und wird vom Verkehrsministerium unterstützt. Anschließend soll sie nach Welinsk und in mehrere Bahnhöfe an der neuen Strecke wandern.</p>
<p>Museumsdirektorin Inna Sorokina sagte, die Schau verbinde Regionalgeschichte und Gegenwart: Schon im 19. Jahrhundert habe die erste Bahnlinie das Leben in Krasnoles verändert.</p>`,
      },
      en: {
        headline: `Photo exhibition in Krasnoles documents construction of the Northern Rail Corridor`,
        lead: `The regional museum in Krasnoles is showing 86 photographs of construction work on the Northern Rail Corridor.`,
        place: 'Krasnoles',
        body: `<p>Photographer Yuri Danko accompanied the construction crews for two years. His pictures show night shifts in cuttings, the installation of overhead-line masts, bridge building over tributaries of the Velna and the workers in the container villages along the route.</p>
<blockquote><p>“In the end, all you see are the tracks. I wanted to show the people who laid them,” Danko said at the opening.</p></blockquote>
<p>The exhibition, titled “Rails to the North”, runs until the end of the year and is supported by the Ministry of Transport. It is then due to travel to Velinsk and to several stations on the new line.</p>
<p>Museum director Inna Sorokina said the show linked regional history with the present, noting that the first railway had already transformed life in Krasnoles in the nineteenth century.</p>`,
      },
    },
  },
  {
    key: 'cs-academy-centenary-symphony-premiere',
    rubric: 'culture',
    daysAgo: 27,
    hour: 21,
    minute: 40,
    urgency: 7,
    tags: ['music', 'velinsk'],
    authors: ['anna-kowal'],
    projects: ['academy-centenary'],
    institutions: ['academy'],
    articles: {
      de: {
        headline: `Sinfonie zum Jubiläum der Akademie der Wissenschaften uraufgeführt`,
        lead: `Das Staatliche Sinfonieorchester hat in Welinsk eine Sinfonie der Komponistin Yana Rudnik uraufgeführt, die die Akademie der Wissenschaften zu ihrem 100-jährigen Bestehen in Auftrag gegeben hatte.`,
        place: 'Welinsk',
        body: `<p>Die rund 50 Minuten lange „Jahrhundertsinfonie“ besteht aus vier Sätzen, die jeweils von einem Forschungsgebiet der Akademie inspiriert sind: Astronomie, Geologie, Biologie und Sprachwissenschaft. Am Pult stand Chefdirigent Leonid Graf.</p>
<p>Im dritten Satz setzt Rudnik Unterwasseraufnahmen aus dem Welin-See ein, die Gewässerforscher der Akademie mit Hydrofonen gemacht haben. Das Publikum im ausverkauften Großen Saal der Philharmonie feierte die Uraufführung mit langem Beifall.</p>
<blockquote><p>„Ich wollte hörbar machen, wie Wissenschaft klingt, wenn sie zuhört: dem Himmel, dem Gestein, dem Wasser und der Sprache“, sagte Rudnik nach dem Konzert.</p></blockquote>
<p>Das Konzert wurde live im öffentlichen Rundfunk übertragen und ist Teil des Jubiläumsprogramms der Akademie, das mehr als 60 Veranstaltungen umfasst.</p>`,
      },
      en: {
        headline: `Symphony for Academy of Sciences centenary receives its premiere`,
        lead: `The State Symphony Orchestra has given the premiere in Velinsk of a symphony by composer Yana Rudnik, commissioned by the Academy of Sciences for its centenary.`,
        place: 'Velinsk',
        body: `<p>The “Centenary Symphony”, which lasts about 50 minutes, has four movements, each inspired by one of the Academy’s fields of research: astronomy, geology, biology and linguistics. Principal conductor Leonid Graf was on the podium.</p>
<p>In the third movement Rudnik uses underwater recordings from Lake Velin, made with hydrophones by the Academy’s freshwater researchers. The audience in the sold-out Great Hall of the Philharmonic greeted the premiere with prolonged applause.</p>
<blockquote><p>“I wanted to make audible what science sounds like when it listens – to the sky, to rock, to water and to language,” Rudnik said after the concert.</p></blockquote>
<p>The concert was broadcast live on public radio and is part of the Academy’s anniversary programme of more than 60 events.</p>`,
      },
    },
  },

  // ---------------------------------------------------------------- sport
  {
    key: 'cs-velinsk-wins-u20-athletics-europeans',
    rubric: 'sport',
    daysAgo: 0,
    hour: 10,
    minute: 42,
    urgency: 2,
    tags: ['athletics', 'youth', 'velinsk'],
    authors: ['velta-desk'],
    institutions: ['ministry-sport', 'velinsk-city'],
    articles: {
      de: {
        headline: `Welinsk erhält Zuschlag für Junioren-Europameisterschaften der Leichtathletik`,
        lead: `Welinsk wird in drei Jahren die Leichtathletik-Europameisterschaften der Altersklasse unter 20 Jahren ausrichten.`,
        place: 'Welinsk',
        body: `<p>Das hat der europäische Leichtathletikverband am Vormittag entschieden, wie das Sportministerium mitteilte. Welinsk setzte sich gegen zwei Mitbewerber durch. Erwartet werden rund 1.300 Athletinnen und Athleten aus 48 Ländern.</p>
<p>Austragungsort ist das Zentralstadion, das bis dahin eine neue Laufbahn und eine zusätzliche Aufwärmanlage erhalten soll.</p>
<blockquote><p>„Das ist die größte Sportveranstaltung, die Lirania je ausgerichtet hat, und sie gehört der Jugend“, sagte Vizesportministerin Yelena Vyrva.</p></blockquote>
<p>Die Titelkämpfe dauern fünf Tage, die Stadt rechnet mit bis zu 60.000 Zuschauern. Zum ersten Mal findet damit eine Europameisterschaft in der Leichtathletik in Lirania statt.</p>`,
      },
      en: {
        headline: `Velinsk to host European Under-20 Athletics Championships`,
        lead: `Velinsk will host the European Athletics Championships for the under-20 age group in three years’ time.`,
        place: 'Velinsk',
        body: `<p>The European athletics federation took the decision this morning, the Ministry of Sport said. Velinsk beat two rival bids. Around 1,300 athletes from 48 countries are expected to compete.</p>
<p>The championships will be held at the Central Stadium, which is to receive a new running track and an additional warm-up area before the event.</p>
<blockquote><p>“This is the biggest sporting event Lirania has ever hosted, and it belongs to young people,” Deputy Sports Minister Yelena Vyrva said.</p></blockquote>
<p>The championships will last five days, and the city expects up to 60,000 spectators. It will be the first European athletics championships ever held in Lirania.</p>`,
      },
      ru: {
        headline: `Велинск примет юниорский чемпионат Европы по лёгкой атлетике`,
        lead: `Через три года Велинск примет чемпионат Европы по лёгкой атлетике среди спортсменов в возрасте до 20 лет.`,
        place: 'Велинск',
        body: `<p>Такое решение европейская федерация лёгкой атлетики приняла сегодня утром, сообщило Министерство спорта. Велинск опередил двух других претендентов. Ожидается, что в соревнованиях примут участие около 1300 спортсменов из 48 стран.</p>
<p>Чемпионат пройдёт на Центральном стадионе, где к этому времени уложат новую беговую дорожку и оборудуют дополнительную разминочную площадку.</p>
<blockquote><p>«Это крупнейшее спортивное событие, которое когда-либо принимала Лирания, и оно принадлежит молодёжи», — сказала заместитель министра спорта Елена Вырва.</p></blockquote>
<p>Соревнования продлятся пять дней, город ожидает до 60 000 зрителей. Чемпионат Европы по лёгкой атлетике пройдёт в Лирании впервые.</p>`,
      },
      be: {
        headline: `Велінск прыме юніёрскі чэмпіянат Еўропы па лёгкай атлетыцы`,
        lead: `Праз тры гады Велінск прыме чэмпіянат Еўропы па лёгкай атлетыцы сярод спартсменаў ва ўзросце да 20 гадоў.`,
        place: 'Велінск',
        body: `<p>Такое рашэнне еўрапейская федэрацыя лёгкай атлетыкі прыняла сёння раніцай, паведаміла Міністэрства спорту. Велінск апярэдзіў двух іншых прэтэндэнтаў. Чакаецца, што ў спаборніцтвах возьмуць удзел каля 1300 спартсменаў з 48 краін.</p>
<p>Чэмпіянат пройдзе на Цэнтральным стадыёне, дзе да таго часу пакладуць новую бегавую дарожку і абсталююць дадатковую пляцоўку для размінкі.</p>
<blockquote><p>«Гэта найбуйнейшае спартыўнае мерапрыемства, якое калі-небудзь прымала Ліранія, і яно належыць моладзі», — сказала намесніца міністра спорту Алена Вырва.</p></blockquote>
<p>Спаборніцтвы працягнуцца пяць дзён, горад чакае да 60 000 гледачоў. Чэмпіянат Еўропы па лёгкай атлетыцы пройдзе ў Ліраніі ўпершыню.</p>`,
      },
    },
  },
  {
    key: 'cs-top-league-round-22',
    rubric: 'sport',
    daysAgo: 1,
    hour: 19,
    minute: 40,
    urgency: 5,
    tags: ['football', 'velinsk'],
    authors: ['igor-brandt'],
    image: {
      motif: 'stadium',
      hue: 120,
      caption: {
        de: `Tabellenführer FC Welinsk gewann sein Heimspiel gegen Torpedo Selno.`,
        en: `League leaders FC Velinsk won their home game against Torpedo Selno.`,
        ru: `Лидер чемпионата ФК «Велинск» выиграл домашний матч у «Торпедо» из Сельно.`,
        be: `Лідар чэмпіянату ФК «Велінск» выйграў хатні матч у «Тарпеда» з Сельна.`,
      },
      alt: {
        de: `Abstrakte Illustration eines Fußballstadions mit grünem Rasen unter Flutlicht.`,
        en: `Abstract illustration of a football stadium with a green pitch under floodlights.`,
        ru: `Абстрактная иллюстрация футбольного стадиона с зелёным полем в свете прожекторов.`,
        be: `Абстрактная ілюстрацыя футбольнага стадыёна з зялёным полем у святле пражэктараў.`,
      },
      credit: 'Velta / Igor Brandt',
    },
    articles: {
      de: {
        headline: `Fußball: FC Welinsk baut Vorsprung in der Obersten Liga auf vier Punkte aus`,
        lead: `Tabellenführer FC Welinsk hat am 22. Spieltag der Obersten Liga Torpedo Selno mit 2:1 geschlagen und den Abstand zu Verfolger Metallurg Krasnoles vergrößert.`,
        place: 'Welinsk',
        body: `<p>Beide Tore für die Hauptstädter erzielte Stürmer Denis Holub, der mit nun 17 Treffern die Torschützenliste anführt. Metallurg kam bei Lesnik Borowitza nicht über ein 0:0 hinaus.</p>
<h2>Die Ergebnisse des 22. Spieltags</h2>
<ul><li>FC Welinsk – Torpedo Selno 2:1</li><li>Lesnik Borowitza – Metallurg Krasnoles 0:0</li><li>Chimik Dubrava – Spartak Welinsk 3:1</li><li>Lokomotiv Welinsk – Start Borowitza 1:2</li><li>Junost Welinsk – Awangard Selno 2:2</li></ul>
<p>In der Tabelle führt der FC Welinsk mit 51 Punkten vor Metallurg (47) und Chimik Dubrava (44).</p>
<blockquote><p>„Es war kein schönes Spiel, aber in dieser Phase der Saison zählen nur die Punkte“, sagte Welinsks Trainer Stanislav Rek.</p></blockquote>`,
      },
      en: {
        headline: `Football: FC Velinsk extend Top League lead to four points`,
        lead: `League leaders FC Velinsk beat Torpedo Selno 2-1 in the 22nd round of the Top League and pulled further away from their closest rivals, Metallurg Krasnoles.`,
        place: 'Velinsk',
        body: `<p>Striker Denis Holub scored both goals for the capital side and now tops the scoring chart with 17. Metallurg were held to a goalless draw away at Lesnik Borovica.</p>
<h2>Round 22 results</h2>
<ul><li>FC Velinsk – Torpedo Selno 2-1</li><li>Lesnik Borovica – Metallurg Krasnoles 0-0</li><li>Khimik Dubrava – Spartak Velinsk 3-1</li><li>Lokomotiv Velinsk – Start Borovica 1-2</li><li>Yunost Velinsk – Avangard Selno 2-2</li></ul>
<p>FC Velinsk lead the table on 51 points, ahead of Metallurg (47) and Khimik Dubrava (44).</p>
<blockquote><p>“It wasn’t a pretty game, but at this stage of the season only the points count,” FC Velinsk coach Stanislav Rek said.</p></blockquote>`,
      },
      ru: {
        headline: `Футбол: ФК «Велинск» увеличил отрыв в Высшей лиге до четырёх очков`,
        lead: `Лидер Высшей лиги ФК «Велинск» в 22-м туре обыграл «Торпедо» из Сельно со счётом 2:1 и увеличил отрыв от ближайшего преследователя — краснолесского «Металлурга».`,
        place: 'Велинск',
        body: `<p>Оба мяча у столичной команды забил нападающий Денис Голуб, который с 17 голами возглавляет список бомбардиров. «Металлург» в гостях сыграл вничью 0:0 с «Лесником» из Боровицы.</p>
<h2>Результаты 22-го тура</h2>
<ul><li>ФК «Велинск» — «Торпедо» (Сельно) 2:1</li><li>«Лесник» (Боровица) — «Металлург» (Краснолес) 0:0</li><li>«Химик» (Дубрава) — «Спартак» (Велинск) 3:1</li><li>«Локомотив» (Велинск) — «Старт» (Боровица) 1:2</li><li>«Юность» (Велинск) — «Авангард» (Сельно) 2:2</li></ul>
<p>ФК «Велинск» возглавляет таблицу с 51 очком, у «Металлурга» 47 очков, у «Химика» — 44.</p>
<blockquote><p>«Красивой игры не получилось, но на этом отрезке сезона важны только очки», — сказал главный тренер ФК «Велинск» Станислав Рек.</p></blockquote>`,
      },
      be: {
        headline: `Футбол: ФК «Велінск» павялічыў адрыў у Вышэйшай лізе да чатырох ачкоў`,
        lead: `Лідар Вышэйшай лігі ФК «Велінск» у 22-м туры абыграў «Тарпеда» з Сельна з лікам 2:1 і павялічыў адрыў ад бліжэйшага праследавальніка — красналескага «Металурга».`,
        place: 'Велінск',
        body: `<p>Абодва мячы ў сталічнай каманды забіў нападнік Дзяніс Голуб, які з 17 галамі ўзначальвае спіс бамбардзіраў. «Металург» у гасцях згуляў унічыю 0:0 з «Ляснікам» з Баравіцы.</p>
<h2>Вынікі 22-га тура</h2>
<ul><li>ФК «Велінск» — «Тарпеда» (Сельна) 2:1</li><li>«Ляснік» (Баравіца) — «Металург» (Красналес) 0:0</li><li>«Хімік» (Дуброва) — «Спартак» (Велінск) 3:1</li><li>«Лакаматыў» (Велінск) — «Старт» (Баравіца) 1:2</li><li>«Юнацтва» (Велінск) — «Авангард» (Сельна) 2:2</li></ul>
<p>ФК «Велінск» узначальвае табліцу з 51 ачком, у «Металурга» 47 ачкоў, у «Хіміка» — 44.</p>
<blockquote><p>«Прыгожай гульні не атрымалася, але на гэтым адрэзку сезона важныя толькі ачкі», — сказаў галоўны трэнер ФК «Велінск» Станіслаў Рэк.</p></blockquote>`,
      },
    },
  },
  {
    key: 'cs-ice-hockey-final-zubr-champions',
    rubric: 'sport',
    daysAgo: 2,
    hour: 22,
    minute: 5,
    urgency: 3,
    tags: ['ice-hockey', 'railways'],
    authors: ['tomas-weber', 'igor-brandt'],
    projects: ['rail-corridor'],
    image: {
      motif: 'stadium',
      hue: 195,
      caption: {
        de: `Der ausverkaufte Eispalast Welinsk beim siebten Finalspiel.`,
        en: `The sold-out Velinsk Ice Palace during the seventh game of the final.`,
        ru: `Заполненный Ледовый дворец Велинска во время седьмого матча финала.`,
        be: `Запоўнены Ледавы палац Велінска падчас сёмага матча фіналу.`,
      },
      alt: {
        de: `Abstrakte Illustration einer Eishalle mit hellblauer Eisfläche und dunklen Tribünen.`,
        en: `Abstract illustration of an ice arena with a pale blue rink and dark stands.`,
        ru: `Абстрактная иллюстрация ледовой арены со светло-голубым льдом и тёмными трибунами.`,
        be: `Абстрактная ілюстрацыя ледавай арэны са светла-блакітным лёдам і цёмнымі трыбунамі.`,
      },
      credit: 'Velta / Tomas Weber',
    },
    articles: {
      de: {
        headline: `Eishockey: Zubr Krasnoles nach Verlängerung im siebten Finalspiel Meister`,
        lead: `Zubr Krasnoles hat zum ersten Mal seit 19 Jahren die liranische Eishockeymeisterschaft gewonnen und im entscheidenden siebten Finalspiel den HK Welinsk mit 4:3 nach Verlängerung besiegt.`,
        place: 'Welinsk',
        body: `<p>Vor 7.800 Zuschauern im ausverkauften Eispalast Welinsk lagen die Gäste nach zwei Dritteln mit 1:3 zurück. Zwei Tore binnen vier Minuten im Schlussdrittel brachten den Ausgleich. In der achten Minute der Verlängerung traf Verteidiger Matvei Lis mit einem Schuss von der blauen Linie zum Titelgewinn.</p>
<blockquote><p>„Nach dem zweiten Drittel hat in der Kabine niemand gesprochen. Dann haben die Jungs einfach angefangen, an sich zu glauben“, sagte Zubr-Trainer Roman Sadovsky.</p></blockquote>
<p>Der HK Welinsk, Meister der beiden Vorjahre, hatte in der Serie bereits mit 3:1 geführt.</p>
<p>Rund 1.200 Anhänger waren mit zwei Sonderzügen aus Krasnoles angereist. Nach Angaben der Bahn war es eine der letzten großen Fahrten auf der alten Strecke, bevor der Abschnitt für die Elektrifizierung im Rahmen des Nördlichen Bahnkorridors gesperrt wird.</p>`,
      },
      en: {
        headline: `Ice hockey: Zubr Krasnoles win title in overtime of Game 7`,
        lead: `Zubr Krasnoles have won the Liranian ice hockey championship for the first time in 19 years, beating HK Velinsk 4-3 in overtime in the deciding seventh game of the final.`,
        place: 'Velinsk',
        body: `<p>In front of 7,800 spectators at the sold-out Velinsk Ice Palace, the visitors trailed 3-1 after two periods. Two goals within four minutes in the third period levelled the score, and in the eighth minute of overtime defenceman Matvei Lis clinched the title with a shot from the blue line.</p>
<blockquote><p>“Nobody said a word in the dressing room after the second period. Then the boys simply started to believe in themselves,” Zubr coach Roman Sadovsky said.</p></blockquote>
<p>HK Velinsk, champions in each of the past two seasons, had led the series 3-1.</p>
<p>About 1,200 fans travelled from Krasnoles on two special trains. The railway said it was one of the last big journeys on the old line before the section closes for electrification as part of the Northern Rail Corridor.</p>`,
      },
      ru: {
        headline: `Хоккей: «Зубр» из Краснолеса стал чемпионом, выиграв седьмой матч финала в овертайме`,
        lead: `«Зубр» из Краснолеса впервые за 19 лет выиграл чемпионат Лирании по хоккею, победив в решающем седьмом матче финала ХК «Велинск» со счётом 4:3 в овертайме.`,
        place: 'Велинск',
        body: `<p>На глазах у 7800 зрителей в заполненном Ледовом дворце Велинска гости после двух периодов уступали 1:3. Две шайбы, заброшенные в течение четырёх минут третьего периода, позволили сравнять счёт. На восьмой минуте овертайма защитник Матвей Лис броском от синей линии принёс команде титул.</p>
<blockquote><p>«После второго периода в раздевалке никто не разговаривал. А потом ребята просто поверили в себя», — сказал главный тренер «Зубра» Роман Садовский.</p></blockquote>
<p>ХК «Велинск», побеждавший в чемпионате два предыдущих сезона, по ходу серии вёл 3:1.</p>
<p>Около 1200 болельщиков приехали из Краснолеса двумя специальными поездами. По данным железной дороги, это была одна из последних крупных поездок по старой линии перед тем, как участок закроют на электрификацию в рамках Северного железнодорожного коридора.</p>`,
      },
      be: {
        headline: `Хакей: «Зубр» з Красналеса стаў чэмпіёнам, выйграўшы сёмы матч фіналу ў авертайме`,
        lead: `«Зубр» з Красналеса ўпершыню за 19 гадоў выйграў чэмпіянат Ліраніі па хакеі, перамогшы ў вырашальным сёмым матчы фіналу ХК «Велінск» з лікам 4:3 у авертайме.`,
        place: 'Велінск',
        body: `<p>На вачах у 7800 гледачоў у запоўненым Ледавым палацы Велінска госці пасля двух перыядаў саступалі 1:3. Дзве шайбы, закінутыя на працягу чатырох хвілін трэцяга перыяду, дазволілі зраўняць лік. На восьмай хвіліне авертайму абаронца Мацвей Ліс кідком ад сіняй лініі прынёс камандзе тытул.</p>
<blockquote><p>«Пасля другога перыяду ў распранальні ніхто не размаўляў. А потым хлопцы проста паверылі ў сябе», — сказаў галоўны трэнер «Зубра» Раман Садоўскі.</p></blockquote>
<p>ХК «Велінск», які перамагаў у чэмпіянаце два папярэднія сезоны, па ходзе серыі вёў 3:1.</p>
<p>Каля 1200 заўзятараў прыехалі з Красналеса двума спецыяльнымі цягнікамі. Паводле звестак чыгункі, гэта была адна з апошніх вялікіх паездак па старой лініі перад тым, як участак закрыюць на электрыфікацыю ў межах Паўночнага чыгуначнага калідора.</p>`,
      },
    },
  },
  {
    key: 'cs-athletics-championships-two-national-records',
    rubric: 'sport',
    daysAgo: 5,
    hour: 18,
    minute: 50,
    urgency: 5,
    tags: ['athletics', 'velinsk'],
    authors: ['pavel-liskin'],
    articles: {
      de: {
        headline: `Leichtathletik: Zwei Landesrekorde bei den Meisterschaften in Welinsk`,
        lead: `Stabhochspringerin Sofia Marek und Hürdenläufer Dmitri Lesnoy haben bei den Landesmeisterschaften im Zentralstadion Welinsk neue Landesrekorde aufgestellt.`,
        place: 'Welinsk',
        body: `<p>Marek überquerte im dritten Versuch 4,61 Meter und verbesserte ihre eigene Bestmarke um sechs Zentimeter. Lesnoy gewann die 400 Meter Hürden in 48,74 Sekunden; der bisherige Rekord von 48,90 Sekunden hatte 14 Jahre lang Bestand.</p>
<blockquote><p>„Ich habe den Rückenwind gespürt und einfach nicht gezögert. Die 4,70 Meter sind jetzt das nächste Ziel“, sagte Marek.</p></blockquote>
<p>Weitere Titel gingen unter anderem an:</p>
<ul><li>Kira Derevyanko über 100 Meter in 11,28 Sekunden,</li><li>Gleb Tishin im Kugelstoßen mit 20,12 Metern,</li><li>Ksenia Rudaya über 5.000 Meter in 15:41,07 Minuten.</li></ul>
<p>Rund 380 Athletinnen und Athleten nahmen an den drei Wettkampftagen teil. Marek und Lesnoy erfüllten mit ihren Leistungen zugleich die Norm für die Europameisterschaften.</p>`,
      },
      en: {
        headline: `Athletics: two national records at championships in Velinsk`,
        lead: `Pole vaulter Sofia Marek and hurdler Dmitri Lesnoy set new national records at the national championships at the Central Stadium in Velinsk.`,
        place: 'Velinsk',
        body: `<p>Marek cleared 4.61 metres at her third attempt, improving her own record by six centimetres. Lesnoy won the 400 metres hurdles in 48.74 seconds, breaking a record of 48.90 seconds that had stood for 14 years.</p>
<blockquote><p>“I felt the tailwind and just didn’t hesitate. Now 4.70 metres is the next target,” Marek said.</p></blockquote>
<p>Other champions included:</p>
<ul><li>Kira Derevyanko in the 100 metres in 11.28 seconds,</li><li>Gleb Tishin in the shot put with 20.12 metres,</li><li>Ksenia Rudaya in the 5,000 metres in 15:41.07.</li></ul>
<p>Some 380 athletes took part over the three days of competition. With their performances, Marek and Lesnoy also met the qualifying standard for the European Championships.</p>`,
      },
    },
  },
  {
    key: 'cs-velinsk-marathon-course-record',
    rubric: 'sport',
    daysAgo: 8,
    hour: 13,
    minute: 45,
    urgency: 5,
    tags: ['athletics', 'velinsk'],
    authors: ['pavel-liskin'],
    institutions: ['velinsk-city'],
    image: {
      motif: 'bridge',
      hue: 30,
      caption: {
        de: `Die Marathonstrecke führte zweimal über die Alte Brücke in Welinsk.`,
        en: `The marathon route crossed the Old Bridge in Velinsk twice.`,
        ru: `Трасса марафона дважды проходила по Старому мосту в Велинске.`,
        be: `Траса марафону двойчы праходзіла па Старым мосце ў Велінску.`,
      },
      alt: {
        de: `Abstrakte Illustration einer Bogenbrücke über einen Fluss im Morgenlicht.`,
        en: `Abstract illustration of an arched bridge over a river in morning light.`,
        ru: `Абстрактная иллюстрация арочного моста через реку в утреннем свете.`,
        be: `Абстрактная ілюстрацыя арачнага моста цераз раку ў ранішнім святле.`,
      },
      credit: 'Velta / Pavel Liskin',
    },
    articles: {
      de: {
        headline: `Welinsk-Marathon: Artem Volny läuft Streckenrekord`,
        lead: `Artem Volny hat den 23. Welinsk-Marathon in 2:11:48 Stunden gewonnen und den Streckenrekord um 42 Sekunden verbessert.`,
        place: 'Welinsk',
        body: `<p>Bei den Frauen siegte Natalia Grish in 2:29:05 Stunden. Insgesamt gingen nach Angaben der Veranstalter rund 11.300 Läuferinnen und Läufer aus 34 Ländern an den Start, davon 3.900 über die volle Distanz, die übrigen im Halbmarathon und über zehn Kilometer.</p>
<p>Die Strecke führte entlang der Uferpromenade der Welna, zweimal über die Alte Brücke und durch die Altstadt. Bei Temperaturen um zwölf Grad herrschten gute Bedingungen.</p>
<blockquote><p>„Nach der Alten Brücke bei Kilometer 35 wusste ich, dass der Rekord drin ist. Das Publikum hat mich die letzten Kilometer getragen“, sagte Volny im Ziel auf dem Rathausplatz.</p></blockquote>
<p>Sanitäter versorgten 46 Teilnehmer, niemand wurde ernsthaft verletzt. Nach Angaben von Renndirektor Vadim Korsak sollen alle gesperrten Straßen bis 15 Uhr wieder freigegeben sein. Die Stadtverwaltung hatte Busse und Straßenbahnen während des Rennens umgeleitet.</p>`,
      },
      en: {
        headline: `Velinsk Marathon: Artem Volny sets course record`,
        lead: `Artem Volny won the 23rd Velinsk Marathon in 2:11:48, improving the course record by 42 seconds.`,
        place: 'Velinsk',
        body: `<p>Natalia Grish won the women’s race in 2:29:05. According to the organisers, some 11,300 runners from 34 countries took part, 3,900 of them over the full distance and the rest in the half marathon and the 10-kilometre race.</p>
<p>The route ran along the Velna embankment, crossed the Old Bridge twice and passed through the Old Town. Temperatures of around 12 degrees Celsius made for good conditions.</p>
<blockquote><p>“After the Old Bridge at kilometre 35 I knew the record was on. The crowd carried me over the last few kilometres,” Volny said at the finish on Town Hall Square.</p></blockquote>
<p>Paramedics treated 46 runners, none of them seriously hurt. Race director Vadim Korsak said all closed roads should reopen by 3 pm. The city administration had diverted buses and trams during the race.</p>`,
      },
      ru: {
        headline: `Велинский марафон: Артём Вольный установил рекорд трассы`,
        lead: `Артём Вольный выиграл 23-й Велинский марафон с результатом 2:11:48 и улучшил рекорд трассы на 42 секунды.`,
        place: 'Велинск',
        body: `<p>У женщин победила Наталья Гриш — 2:29:05. По данным организаторов, на старт вышли около 11 300 бегунов из 34 стран: 3900 из них бежали полную дистанцию, остальные — полумарафон и десять километров.</p>
<p>Трасса проходила по набережной Вельны, дважды по Старому мосту и через Старый город. При температуре около двенадцати градусов условия для бега были хорошими.</p>
<blockquote><p>«После Старого моста на 35-м километре я понял, что рекорд возможен. Последние километры меня буквально несли зрители», — сказал Вольный на финише на Ратушной площади.</p></blockquote>
<p>Медики оказали помощь 46 участникам, серьёзно никто не пострадал. По словам директора забега Вадима Корсака, все перекрытые улицы откроют к 15:00. На время марафона городские власти изменили маршруты автобусов и трамваев.</p>`,
      },
      be: {
        headline: `Велінскі марафон: Арцём Вольны ўсталяваў рэкорд трасы`,
        lead: `Арцём Вольны выйграў 23-і Велінскі марафон з вынікам 2:11:48 і палепшыў рэкорд трасы на 42 секунды.`,
        place: 'Велінск',
        body: `<p>Сярод жанчын перамагла Наталля Грыш — 2:29:05. Паводле звестак арганізатараў, на старт выйшлі каля 11 300 бегуноў з 34 краін: 3900 з іх беглі поўную дыстанцыю, астатнія — паўмарафон і дзесяць кіламетраў.</p>
<p>Траса праходзіла па набярэжнай Вельны, двойчы па Старым мосце і праз Стары горад. Пры тэмпературы каля дванаццаці градусаў умовы для бегу былі добрыя.</p>
<blockquote><p>«Пасля Старога моста на 35-м кіламетры я зразумеў, што рэкорд магчымы. Апошнія кіламетры мяне літаральна неслі гледачы», — сказаў Вольны на фінішы на Ратушнай плошчы.</p></blockquote>
<p>Медыкі аказалі дапамогу 46 удзельнікам, сур'ёзна ніхто не пацярпеў. Па словах дырэктара забегу Вадзіма Корсака, усе перакрытыя вуліцы адкрыюць да 15:00. На час марафону гарадскія ўлады змянілі маршруты аўтобусаў і трамваяў.</p>`,
      },
    },
  },
  {
    key: 'cs-chess-velinsk-open-orel',
    rubric: 'sport',
    daysAgo: 3,
    hour: 20,
    minute: 30,
    urgency: 6,
    tags: ['youth', 'velinsk', 'dubrava'],
    authors: ['tomas-weber'],
    articles: {
      de: {
        headline: `Schach: 16-jähriger Maksim Orel gewinnt Welinsk Open und erfüllt letzte Großmeisternorm`,
        lead: `Der 16 Jahre alte Internationale Meister Maksim Orel aus Dubrava hat das internationale Schachturnier Welinsk Open gewonnen und dabei seine letzte Großmeisternorm erfüllt.`,
        place: 'Welinsk',
        body: `<p>Orel holte 7,5 Punkte aus neun Partien und lag damit einen halben Punkt vor drei Großmeistern. In der Schlussrunde erreichte er mit den schwarzen Steinen ein Remis gegen den an Nummer eins gesetzten Spieler. Am Turnier nahmen 142 Spieler aus 21 Ländern teil, darunter 18 Großmeister.</p>
<blockquote><p>„Ich habe versucht, nicht an die Norm zu denken, sondern nur an die nächste Partie. Am letzten Tag hat das nicht ganz geklappt“, sagte Orel und lachte.</p></blockquote>
<p>Sobald der Titel offiziell bestätigt ist, wird Orel der jüngste Großmeister in der Geschichte Liranias. Sein Trainer Arkadi Belsky erinnerte daran, dass Orel im Schachklub einer Schule in Dubrava angefangen habe, „an einem Brett, an dem zwei Figuren fehlten“.</p>`,
      },
      en: {
        headline: `Chess: Maksim Orel, 16, wins Velinsk Open and secures final grandmaster norm`,
        lead: `Sixteen-year-old International Master Maksim Orel from Dubrava has won the Velinsk Open international chess tournament and achieved his final grandmaster norm along the way.`,
        place: 'Velinsk',
        body: `<p>Orel scored 7.5 points from nine games, finishing half a point ahead of three grandmasters. In the last round he drew with the black pieces against the top seed. The tournament drew 142 players from 21 countries, including 18 grandmasters.</p>
<blockquote><p>“I tried not to think about the norm, only about the next game. On the last day that didn’t quite work,” Orel said with a laugh.</p></blockquote>
<p>Once the title is officially confirmed, Orel will become the youngest grandmaster in Lirania’s history. His coach, Arkadi Belsky, recalled that Orel had started out at a school chess club in Dubrava, “on a board that was missing two pieces”.</p>`,
      },
    },
  },
  {
    key: 'cs-velna-regatta-returns',
    rubric: 'sport',
    daysAgo: 15,
    hour: 16,
    minute: 10,
    urgency: 6,
    tags: ['water', 'velinsk'],
    authors: ['igor-brandt'],
    projects: ['clean-rivers'],
    institutions: ['velinsk-city'],
    image: {
      motif: 'waves',
      hue: 185,
      caption: {
        de: `Ruderboote auf der Welna zwischen der Alten Brücke und dem Flusshafen.`,
        en: `Rowing boats on the Velna between the Old Bridge and the river port.`,
        ru: `Гребные лодки на Вельне между Старым мостом и речным портом.`,
        be: `Веславыя лодкі на Вельне паміж Старым мостам і рачным портам.`,
      },
      alt: {
        de: `Abstrakte Illustration eines Flusses mit bewegten türkisfarbenen Wellen.`,
        en: `Abstract illustration of a river with rippling turquoise waves.`,
        ru: `Абстрактная иллюстрация реки с бегущими бирюзовыми волнами.`,
        be: `Абстрактная ілюстрацыя ракі з бягучымі бірузовымі хвалямі.`,
      },
      credit: 'Velta / Igor Brandt',
    },
    articles: {
      de: {
        headline: `Ruderregatta kehrt nach elf Jahren auf die Welna zurück`,
        lead: `Zum ersten Mal seit elf Jahren ist in Welinsk wieder eine Ruderregatta auf der Welna ausgetragen worden.`,
        place: 'Welinsk',
        body: `<p>Rund 420 Ruderinnen und Ruderer aus 38 Vereinen gingen auf der 2.000 Meter langen Strecke zwischen der Alten Brücke und dem Flusshafen an den Start. Die Stadt hatte die traditionsreiche Welna-Regatta ausgesetzt, nachdem Messungen wiederholt hohe Bakterienwerte im Fluss ergeben hatten.</p>
<p>Im Rahmen des Programms „Saubere Flüsse 2030“ wurde seitdem flussaufwärts eine neue Kläranlage gebaut. Die Werte liegen nach Angaben der Stadtverwaltung seit zwei Jahren durchgehend unter den Grenzwerten für Badegewässer.</p>
<blockquote><p>„Viele unserer jungen Ruderer kannten die Welna nur als Fluss, auf dem man nicht trainieren darf. Heute sind sie hier gegen die Besten des Landes gefahren“, sagte der Präsident des Ruderverbands, Nikolai Staver.</p></blockquote>
<p>Den Achter der Männer gewann der Ruderklub Welinsk vor einem Boot aus Dubrava. Tausende Zuschauer verfolgten die Rennen von der Uferpromenade aus.</p>`,
      },
      en: {
        headline: `Rowing regatta returns to the Velna after eleven years`,
        lead: `A rowing regatta has been held on the Velna in Velinsk for the first time in eleven years.`,
        place: 'Velinsk',
        body: `<p>Some 420 rowers from 38 clubs raced over the 2,000-metre course between the Old Bridge and the river port. The city had suspended the long-established Velna Regatta after tests repeatedly found high levels of bacteria in the river.</p>
<p>Since then, a new sewage treatment plant has been built upstream as part of the Clean Rivers 2030 programme. According to the city administration, readings have stayed below the limits for bathing water for two years running.</p>
<blockquote><p>“Many of our young rowers only knew the Velna as a river you weren’t allowed to train on. Today they raced here against the best in the country,” said Nikolai Staver, president of the rowing federation.</p></blockquote>
<p>Velinsk Rowing Club won the men’s eight ahead of a crew from Dubrava. Thousands of spectators watched the races from the embankment.</p>`,
      },
    },
  },
  {
    key: 'cs-youth-football-academy-dubrava',
    rubric: 'sport',
    daysAgo: 19,
    hour: 10,
    minute: 15,
    urgency: 6,
    tags: ['football', 'youth', 'dubrava'],
    authors: ['tomas-weber'],
    institutions: ['ministry-sport'],
    articles: {
      de: {
        headline: `Nationale Nachwuchsakademie für Fußball in Dubrava eröffnet`,
        lead: `Das Sportministerium hat in Dubrava eine nationale Nachwuchsakademie für Fußball eröffnet, in der künftig 120 Talente zwischen 12 und 18 Jahren trainieren und zur Schule gehen.`,
        place: 'Dubrava',
        body: `<p>Zur Anlage gehören drei Rasenplätze, ein Kunstrasenplatz, eine Sporthalle, ein Internat und eine Sportschule. Die ersten 64 Spielerinnen und Spieler wurden bei Sichtungen in allen Regionen des Landes ausgewählt.</p>
<blockquote><p>„Bisher mussten unsere besten Jugendlichen mit 15 ins Ausland gehen, wenn sie weiterkommen wollten. Jetzt haben sie einen Grund zu bleiben“, sagte Akademieleiter Viktor Sayan, früherer Kapitän der Nationalmannschaft.</p></blockquote>
<p>Das Ministerium will in der Akademie auch Trainer ausbilden: Jedes Jahr sollen 40 Übungsleiter aus Vereinen im ganzen Land dort Lehrgänge besuchen.</p>
<p>Die Stadt Dubrava stellte für das Projekt das Gelände einer früheren Möbelfabrik zur Verfügung. Der Bürgermeister sprach von einem „neuen Anfang für ein Viertel, das lange leer stand“.</p>`,
      },
      en: {
        headline: `National youth football academy opens in Dubrava`,
        lead: `The Ministry of Sport has opened a national youth football academy in Dubrava, where 120 young players aged 12 to 18 will train and go to school.`,
        place: 'Dubrava',
        body: `<p>The complex includes three grass pitches, an artificial pitch, a sports hall, a boarding house and a sports school. The first 64 players, boys and girls, were selected at trials held in every region of the country.</p>
<blockquote><p>“Until now our best youngsters had to go abroad at 15 if they wanted to progress. Now they have a reason to stay,” said academy director Viktor Sayan, a former captain of the national team.</p></blockquote>
<p>The ministry also plans to train coaches at the academy, with 40 coaches from clubs across the country attending courses there each year.</p>
<p>The town of Dubrava provided the site of a former furniture factory for the project. The mayor spoke of “a new beginning for a district that had stood empty for a long time”.</p>`,
      },
    },
  },
];
