// The demo agency's catalogue: rubrics, tags, authors, dossiers, institutions, static pages and social links.
// Everything here is invented: Velta, the Republic of Lirania and all people, places and organisations.
import type {
  DemoAuthor,
  DemoInstitution,
  DemoPage,
  DemoProject,
  DemoRubric,
  DemoSocialLink,
  DemoTag,
  FullyLocalized,
} from './demo-types.ts';

export const AGENCY: { name: FullyLocalized; short: FullyLocalized; slogan: FullyLocalized } = {
  name: {
    de: `Nachrichtenagentur Velta`,
    en: `Velta News Agency`,
    ru: `Информационное агентство «Велта»`,
    be: `Інфармацыйнае агенцтва «Велта»`,
  },
  short: { de: `Velta`, en: `Velta`, ru: `Велта`, be: `Велта` },
  slogan: {
    de: `Nachrichten aus Lirania – schnell, genau, unabhängig`,
    en: `News from Lirania – fast, accurate, independent`,
    ru: `Новости Лирании — быстро, точно, независимо`,
    be: `Навіны Ліраніі — хутка, дакладна, незалежна`,
  },
};

export const RUBRICS: DemoRubric[] = [
  {
    key: 'politics',
    name: { de: `Politik`, en: `Politics`, ru: `Политика`, be: `Палітыка` },
    slug: { de: 'politik', en: 'politics', ru: 'politika', be: 'palityka' },
  },
  {
    key: 'economy',
    name: { de: `Wirtschaft`, en: `Economy`, ru: `Экономика`, be: `Эканоміка` },
    slug: { de: 'wirtschaft', en: 'economy', ru: 'ekonomika', be: 'ekanomika' },
  },
  {
    key: 'society',
    name: { de: `Gesellschaft`, en: `Society`, ru: `Общество`, be: `Грамадства` },
    slug: { de: 'gesellschaft', en: 'society', ru: 'obshchestvo', be: 'hramadstva' },
  },
  {
    key: 'regions',
    name: { de: `Regionen`, en: `Regions`, ru: `Регионы`, be: `Рэгіёны` },
    slug: { de: 'regionen', en: 'regions', ru: 'regiony', be: 'rehiyony' },
  },
  {
    key: 'culture',
    name: { de: `Kultur`, en: `Culture`, ru: `Культура`, be: `Культура` },
    slug: { de: 'kultur', en: 'culture', ru: 'kultura', be: 'kultura' },
  },
  {
    key: 'sport',
    name: { de: `Sport`, en: `Sport`, ru: `Спорт`, be: `Спорт` },
    slug: { de: 'sport', en: 'sport', ru: 'sport', be: 'sport' },
  },
  {
    key: 'science',
    name: { de: `Wissenschaft`, en: `Science`, ru: `Наука`, be: `Навука` },
    slug: { de: 'wissenschaft', en: 'science', ru: 'nauka', be: 'navuka' },
  },
  {
    key: 'world',
    name: { de: `Welt`, en: `World`, ru: `В мире`, be: `У свеце` },
    slug: { de: 'welt', en: 'world', ru: 'v-mire', be: 'u-svetse' },
  },
];

export const TAGS: DemoTag[] = [
  {
    key: 'parliament',
    name: { de: `Parlament`, en: `Parliament`, ru: `Парламент`, be: `Парламент` },
    slug: { de: 'parlament', en: 'parliament', ru: 'parlament', be: 'parlament' },
  },
  {
    key: 'government',
    name: { de: `Regierung`, en: `Government`, ru: `Правительство`, be: `Урад` },
    slug: { de: 'regierung', en: 'government', ru: 'pravitelstvo', be: 'urad' },
  },
  {
    key: 'elections',
    name: { de: `Wahlen`, en: `Elections`, ru: `Выборы`, be: `Выбары` },
    slug: { de: 'wahlen', en: 'elections', ru: 'vybory', be: 'vybary' },
  },
  {
    key: 'budget',
    name: { de: `Haushalt`, en: `Budget`, ru: `Бюджет`, be: `Бюджэт` },
    slug: { de: 'haushalt', en: 'budget', ru: 'byudzhet', be: 'byudzhet' },
  },
  {
    key: 'energy',
    name: { de: `Energie`, en: `Energy`, ru: `Энергетика`, be: `Энергетыка` },
    slug: { de: 'energie', en: 'energy', ru: 'energetika', be: 'enerhetyka' },
  },
  {
    key: 'agriculture',
    name: { de: `Landwirtschaft`, en: `Agriculture`, ru: `Сельское хозяйство`, be: `Сельская гаспадарка` },
    slug: { de: 'landwirtschaft', en: 'agriculture', ru: 'selskoe-khozyaystvo', be: 'selskaya-haspadarka' },
  },
  {
    key: 'trade',
    name: { de: `Handel`, en: `Trade`, ru: `Торговля`, be: `Гандаль` },
    slug: { de: 'handel', en: 'trade', ru: 'torgovlya', be: 'handal' },
  },
  {
    key: 'railways',
    name: { de: `Eisenbahn`, en: `Railways`, ru: `Железные дороги`, be: `Чыгунка` },
    slug: { de: 'eisenbahn', en: 'railways', ru: 'zheleznye-dorogi', be: 'chyhunka' },
  },
  {
    key: 'digital',
    name: { de: `Digitalisierung`, en: `Digital`, ru: `Цифровизация`, be: `Лічбавізацыя` },
    slug: { de: 'digitalisierung', en: 'digital', ru: 'tsifrovizatsiya', be: 'lichbavizatsyya' },
  },
  {
    key: 'health',
    name: { de: `Gesundheit`, en: `Health`, ru: `Здравоохранение`, be: `Ахова здароўя` },
    slug: { de: 'gesundheit', en: 'health', ru: 'zdravookhranenie', be: 'akhova-zdarouya' },
  },
  {
    key: 'education',
    name: { de: `Bildung`, en: `Education`, ru: `Образование`, be: `Адукацыя` },
    slug: { de: 'bildung', en: 'education', ru: 'obrazovanie', be: 'adukatsyya' },
  },
  {
    key: 'climate',
    name: { de: `Klima`, en: `Climate`, ru: `Климат`, be: `Клімат` },
    slug: { de: 'klima', en: 'climate', ru: 'klimat', be: 'klimat' },
  },
  {
    key: 'weather',
    name: { de: `Wetter`, en: `Weather`, ru: `Погода`, be: `Надвор'е` },
    slug: { de: 'wetter', en: 'weather', ru: 'pogoda', be: 'nadvore' },
  },
  {
    key: 'football',
    name: { de: `Fußball`, en: `Football`, ru: `Футбол`, be: `Футбол` },
    slug: { de: 'fussball', en: 'football', ru: 'futbol', be: 'futbol' },
  },
  {
    key: 'ice-hockey',
    name: { de: `Eishockey`, en: `Ice hockey`, ru: `Хоккей`, be: `Хакей` },
    slug: { de: 'eishockey', en: 'ice-hockey', ru: 'khokkey', be: 'khakey' },
  },
  {
    key: 'athletics',
    name: { de: `Leichtathletik`, en: `Athletics`, ru: `Лёгкая атлетика`, be: `Лёгкая атлетыка` },
    slug: { de: 'leichtathletik', en: 'athletics', ru: 'legkaya-atletika', be: 'lyohkaya-atletyka' },
  },
  {
    key: 'theatre',
    name: { de: `Theater`, en: `Theatre`, ru: `Театр`, be: `Тэатр` },
    slug: { de: 'theater', en: 'theatre', ru: 'teatr', be: 'teatr' },
  },
  {
    key: 'music',
    name: { de: `Musik`, en: `Music`, ru: `Музыка`, be: `Музыка` },
    slug: { de: 'musik', en: 'music', ru: 'muzyka', be: 'muzyka' },
  },
  {
    key: 'museums',
    name: { de: `Museen`, en: `Museums`, ru: `Музеи`, be: `Музеі` },
    slug: { de: 'museen', en: 'museums', ru: 'muzei', be: 'muzei' },
  },
  {
    key: 'literature',
    name: { de: `Literatur`, en: `Literature`, ru: `Литература`, be: `Літаратура` },
    slug: { de: 'literatur', en: 'literature', ru: 'literatura', be: 'litaratura' },
  },
  {
    key: 'space',
    name: { de: `Raumfahrt`, en: `Space`, ru: `Космос`, be: `Космас` },
    slug: { de: 'raumfahrt', en: 'space', ru: 'kosmos', be: 'kosmas' },
  },
  {
    key: 'medicine',
    name: { de: `Medizin`, en: `Medicine`, ru: `Медицина`, be: `Медыцына` },
    slug: { de: 'medizin', en: 'medicine', ru: 'meditsina', be: 'medytsyna' },
  },
  {
    key: 'research',
    name: { de: `Forschung`, en: `Research`, ru: `Исследования`, be: `Даследаванні` },
    slug: { de: 'forschung', en: 'research', ru: 'issledovaniya', be: 'dasledavanni' },
  },
  {
    key: 'diplomacy',
    name: { de: `Diplomatie`, en: `Diplomacy`, ru: `Дипломатия`, be: `Дыпламатыя` },
    slug: { de: 'diplomatie', en: 'diplomacy', ru: 'diplomatiya', be: 'dyplamatyya' },
  },
  {
    key: 'european-union',
    name: { de: `Europäische Union`, en: `European Union`, ru: `Европейский союз`, be: `Еўрапейскі саюз` },
    slug: { de: 'europaeische-union', en: 'european-union', ru: 'evropeyskiy-soyuz', be: 'yeurapeyski-sayuz' },
  },
  {
    key: 'united-nations',
    name: { de: `Vereinte Nationen`, en: `United Nations`, ru: `ООН`, be: `ААН` },
    slug: { de: 'vereinte-nationen', en: 'united-nations', ru: 'oon', be: 'aan' },
  },
  {
    key: 'velinsk',
    name: { de: `Welinsk`, en: `Velinsk`, ru: `Велинск`, be: `Велінск` },
    slug: { de: 'welinsk', en: 'velinsk', ru: 'velinsk', be: 'velinsk' },
  },
  {
    key: 'dubrava',
    name: { de: `Dubrava`, en: `Dubrava`, ru: `Дубрава`, be: `Дуброва` },
    slug: { de: 'dubrava', en: 'dubrava', ru: 'dubrava', be: 'dubrova' },
  },
  {
    key: 'harvest',
    name: { de: `Ernte`, en: `Harvest`, ru: `Урожай`, be: `Ураджай` },
    slug: { de: 'ernte', en: 'harvest', ru: 'urozhay', be: 'uradzhay' },
  },
  {
    key: 'transport',
    name: { de: `Verkehr`, en: `Transport`, ru: `Транспорт`, be: `Транспарт` },
    slug: { de: 'verkehr', en: 'transport', ru: 'transport', be: 'transpart' },
  },
  {
    key: 'housing',
    name: { de: `Wohnen`, en: `Housing`, ru: `Жильё`, be: `Жыллё` },
    slug: { de: 'wohnen', en: 'housing', ru: 'zhilye', be: 'zhyllyo' },
  },
  {
    key: 'tourism',
    name: { de: `Tourismus`, en: `Tourism`, ru: `Туризм`, be: `Турызм` },
    slug: { de: 'tourismus', en: 'tourism', ru: 'turizm', be: 'turyzm' },
  },
  {
    key: 'water',
    name: { de: `Wasser`, en: `Water`, ru: `Вода`, be: `Вада` },
    slug: { de: 'wasser', en: 'water', ru: 'voda', be: 'vada' },
  },
  {
    key: 'youth',
    name: { de: `Jugend`, en: `Youth`, ru: `Молодёжь`, be: `Моладзь` },
    slug: { de: 'jugend', en: 'youth', ru: 'molodezh', be: 'moladz' },
  },
];

export const AUTHORS: DemoAuthor[] = [
  {
    key: 'anna-kowal',
    name: { de: `Anna Kowal`, en: `Anna Kowal`, ru: `Анна Коваль`, be: `Ганна Коваль` },
    bio: {
      de: `Anna Kowal berichtet seit 2012 für Velta aus der Nationalversammlung und dem Regierungsviertel in Welinsk.`,
      en: `Anna Kowal has covered the National Assembly and the government quarter in Velinsk for Velta since 2012.`,
      ru: `Анна Коваль с 2012 года освещает для «Велты» работу Национального собрания и правительства в Велинске.`,
      be: `Ганна Коваль з 2012 года асвятляе для «Велты» працу Нацыянальнага сходу і ўрада ў Велінску.`,
    },
  },
  {
    key: 'pavel-liskin',
    name: { de: `Pawel Liskin`, en: `Pavel Liskin`, ru: `Павел Лискин`, be: `Павел Ліскін` },
    bio: {
      de: `Pawel Liskin leitet das Wirtschaftsressort und schreibt über Staatshaushalt, Energie und Handel.`,
      en: `Pavel Liskin heads the economics desk and writes about the state budget, energy and trade.`,
      ru: `Павел Лискин руководит отделом экономики и пишет о государственном бюджете, энергетике и торговле.`,
      be: `Павел Ліскін кіруе аддзелам эканомікі і піша пра дзяржаўны бюджэт, энергетыку і гандаль.`,
    },
  },
  {
    key: 'marta-zelen',
    name: { de: `Marta Zelen`, en: `Marta Zelen`, ru: `Марта Зелень`, be: `Марта Зелень` },
    bio: {
      de: `Marta Zelen schreibt über Gesellschaft, Umwelt und die Regionen und betreut das Dossier „Saubere Flüsse 2030“.`,
      en: `Marta Zelen writes about society, the environment and the regions and edits the “Clean Rivers 2030” dossier.`,
      ru: `Марта Зелень пишет об обществе, экологии и регионах и ведёт досье «Чистые реки 2030».`,
      be: `Марта Зелень піша пра грамадства, экалогію і рэгіёны і вядзе дасье «Чыстыя рэкі 2030».`,
    },
  },
  {
    key: 'igor-brandt',
    name: { de: `Igor Brandt`, en: `Igor Brandt`, ru: `Игорь Брандт`, be: `Ігар Брандт` },
    bio: {
      de: `Igor Brandt ist Sportredakteur und begleitet seit zwei Jahrzehnten Fußball, Eishockey und Leichtathletik in Lirania.`,
      en: `Igor Brandt is a sports editor who has followed football, ice hockey and athletics in Lirania for two decades.`,
      ru: `Игорь Брандт — спортивный редактор, который уже двадцать лет следит за футболом, хоккеем и лёгкой атлетикой в Лирании.`,
      be: `Ігар Брандт — спартыўны рэдактар, які ўжо дваццаць гадоў сочыць за футболам, хакеем і лёгкай атлетыкай у Ліраніі.`,
    },
  },
  {
    key: 'olga-ryzhova',
    name: { de: `Olga Ryschowa`, en: `Olga Ryzhova`, ru: `Ольга Рыжова`, be: `Вольга Рыжова` },
    bio: {
      de: `Olga Ryschowa berichtet über Theater, Musik, Literatur und Museen und moderiert den Kulturpodcast der Velta.`,
      en: `Olga Ryzhova reports on theatre, music, literature and museums and hosts the Velta culture podcast.`,
      ru: `Ольга Рыжова пишет о театре, музыке, литературе и музеях и ведёт культурный подкаст «Велты».`,
      be: `Вольга Рыжова піша пра тэатр, музыку, літаратуру і музеі і вядзе культурны падкаст «Велты».`,
    },
  },
  {
    key: 'tomas-weber',
    name: { de: `Tomas Weber`, en: `Tomas Weber`, ru: `Томас Вебер`, be: `Томас Вебер` },
    bio: {
      de: `Tomas Weber ist Velta-Korrespondent in Brüssel und Genf und schreibt über Diplomatie, die Europäische Union und die Vereinten Nationen.`,
      en: `Tomas Weber is Velta's correspondent in Brussels and Geneva, covering diplomacy, the European Union and the United Nations.`,
      ru: `Томас Вебер — корреспондент «Велты» в Брюсселе и Женеве; он пишет о дипломатии, Европейском союзе и ООН.`,
      be: `Томас Вебер — карэспандэнт «Велты» ў Брусэлі і Жэневе; ён піша пра дыпламатыю, Еўрапейскі саюз і ААН.`,
    },
  },
  {
    key: 'lena-sokol',
    name: { de: `Lena Sokol`, en: `Lena Sokol`, ru: `Лена Сокол`, be: `Лена Сокал` },
    bio: {
      de: `Lena Sokol ist Wissenschaftsredakteurin mit den Schwerpunkten Forschung, Medizin und Raumfahrt und betreut das Dossier zum Jubiläum der Akademie.`,
      en: `Lena Sokol is a science editor specialising in research, medicine and space, and edits the dossier on the Academy's centenary.`,
      ru: `Лена Сокол — научный редактор: она пишет об исследованиях, медицине и космосе и ведёт досье к столетию Академии наук.`,
      be: `Лена Сокал — навуковы рэдактар: яна піша пра даследаванні, медыцыну і космас і вядзе дасье да стагоддзя Акадэміі навук.`,
    },
  },
  {
    key: 'velta-desk',
    name: { de: `Velta-Redaktion`, en: `Velta newsdesk`, ru: `Редакция «Велты»`, be: `Рэдакцыя «Велты»` },
    bio: {
      de: `Meldungen mit diesem Kürzel entstehen gemeinsam am Nachrichtentisch der Velta in Welinsk, der rund um die Uhr besetzt ist.`,
      en: `Items under this byline are produced jointly by Velta's round-the-clock newsdesk in Velinsk.`,
      ru: `Под этой подписью выходят материалы, которые круглосуточная редакция «Велты» в Велинске готовит сообща.`,
      be: `Пад гэтым подпісам выходзяць матэрыялы, якія кругласутачная рэдакцыя «Велты» ў Велінску рыхтуе супольна.`,
    },
  },
];

export const PROJECTS: DemoProject[] = [
  {
    key: 'clean-rivers',
    title: {
      de: `Saubere Flüsse 2030`,
      en: `Clean Rivers 2030`,
      ru: `Чистые реки 2030`,
      be: `Чыстыя рэкі 2030`,
    },
    slug: {
      de: 'saubere-fluesse-2030',
      en: 'clean-rivers-2030',
      ru: 'chistye-reki-2030',
      be: 'chystyya-reki-2030',
    },
    intro: {
      de: `Jahrzehntelang diente die Welna der Industrie als Abwasserkanal, der Welin-See litt unter Algenblüten und schrumpfenden Fischbeständen. Mit dem Programm „Saubere Flüsse 2030“ wollen Regierung, Gemeinden und Landwirte das ändern: neue Kläranlagen, renaturierte Ufer, weniger Dünger auf den Feldern. Velta begleitet das Vorhaben in diesem Dossier – mit Messwerten, Reportagen aus Dubrava und Selno, Stimmen von Fachleuten und Kritikern und einem genauen Blick darauf, wohin die Milliarden fließen.`,
      en: `For decades the Velna served as industry's sewer, while Lake Velin suffered from algal blooms and dwindling fish stocks. Under the “Clean Rivers 2030” programme, the government, local authorities and farmers aim to change that: new treatment plants, restored riverbanks and less fertiliser on the fields. In this dossier Velta follows the project with water-quality readings, reports from Dubrava and Selno, the views of experts and critics, and a close look at where the billions are going.`,
      ru: `Десятилетиями Вельна служила промышленности сточной канавой, а озеро Велин страдало от цветения водорослей и оскудения рыбных запасов. Программа «Чистые реки 2030» должна это изменить: правительство, муниципалитеты и фермеры строят новые очистные сооружения, восстанавливают берега и сокращают внесение удобрений. В этом досье «Велта» следит за ходом проекта — с результатами замеров, репортажами из Дубравы и Сельно, мнениями специалистов и критиков и пристальным вниманием к тому, куда уходят миллиарды.`,
      be: `Дзесяцігоддзямі Вельна служыла прамысловасці сцёкавай канавай, а возера Велін пакутавала ад цвіцення водарасцяў і збяднення рыбных запасаў. Праграма «Чыстыя рэкі 2030» мусіць гэта змяніць: урад, муніцыпалітэты і фермеры будуюць новыя ачышчальныя збудаванні, аднаўляюць берагі і памяншаюць колькасць угнаенняў на палях. У гэтым дасье «Велта» сочыць за ходам праекта — з вынікамі замераў, рэпартажамі з Дубровы і Сельна, меркаваннямі спецыялістаў і крытыкаў і пільнай увагай да таго, куды ідуць мільярды.`,
    },
    cover: {
      motif: 'waves',
      hue: 195,
      caption: {
        de: `Die Welna bei Dubrava: Bis 2030 soll man im Fluss wieder baden können.`,
        en: `The Velna near Dubrava: by 2030 the river is meant to be safe for swimming again.`,
        ru: `Вельна у Дубравы: к 2030 году в реке снова можно будет купаться.`,
        be: `Вельна каля Дубровы: да 2030 года ў рацэ зноў можна будзе купацца.`,
      },
      alt: {
        de: `Abstrakte Illustration: blaue Wellenlinien eines Flusses unter hellem Himmel`,
        en: `Abstract illustration of blue river waves under a pale sky`,
        ru: `Абстрактная иллюстрация: синие волны реки под светлым небом`,
        be: `Абстрактная ілюстрацыя: сінія хвалі ракі пад светлым небам`,
      },
      credit: 'Velta graphics',
    },
  },
  {
    key: 'rail-corridor',
    title: {
      de: `Der Nördliche Bahnkorridor`,
      en: `The Northern Rail Corridor`,
      ru: `Северный железнодорожный коридор`,
      be: `Паўночны чыгуначны калідор`,
    },
    slug: {
      de: 'noerdlicher-bahnkorridor',
      en: 'northern-rail-corridor',
      ru: 'severnyy-zheleznodorozhnyy-koridor',
      be: 'paunochny-chyhunachny-kalidor',
    },
    intro: {
      de: `Von Welinsk bis zur Nordgrenze soll bis 2031 eine neue, vollständig elektrifizierte Bahnstrecke entstehen: 214 Kilometer, zwölf Bahnhöfe, Tempo 160 für Personenzüge und deutlich mehr Kapazität für den Güterverkehr. Befürworter sprechen von der wichtigsten Infrastrukturinvestition seit Jahrzehnten, Anwohner in Borowitza und Krasnoles fürchten Lärm und Enteignungen. In diesem Dossier verfolgt Velta Planung, Finanzierung und Bau – vom ersten Spatenstich bis zu den neuen Fahrplänen.`,
      en: `By 2031 a new, fully electrified railway is to run from Velinsk to the northern border: 214 kilometres, twelve stations, 160 km/h for passenger trains and far more capacity for freight. Supporters call it the most important infrastructure investment in decades; residents of Borovica and Krasnoles fear noise and compulsory purchases of their land. In this dossier Velta follows the planning, financing and construction – from the first sod being turned to the new timetables.`,
      ru: `К 2031 году от Велинска до северной границы должна пройти новая, полностью электрифицированная железная дорога: 214 километров, двенадцать станций, скорость пассажирских поездов до 160 км/ч и значительно большая пропускная способность для грузов. Сторонники называют её важнейшей инфраструктурной инвестицией за десятилетия, жители Боровицы и Краснолеса опасаются шума и изъятия земель. В этом досье «Велта» следит за проектированием, финансированием и строительством — от первого колышка до нового расписания.`,
      be: `Да 2031 года ад Велінска да паўночнай мяжы павінна прайсці новая, цалкам электрыфікаваная чыгунка: 214 кіламетраў, дванаццаць станцый, хуткасць пасажырскіх цягнікоў да 160 км/гадз і значна большая прапускная здольнасць для грузаў. Прыхільнікі называюць яе найважнейшай інфраструктурнай інвестыцыяй за дзесяцігоддзі, жыхары Баравіцы і Красналеса асцерагаюцца шуму і адчужэння зямлі. У гэтым дасье «Велта» сочыць за праектаваннем, фінансаваннем і будаўніцтвам — ад першага калка да новага раскладу руху.`,
    },
    cover: {
      motif: 'bridge',
      hue: 25,
      caption: {
        de: `Über diese Brücke bei Borowitza soll die neue Nordstrecke die Welna queren.`,
        en: `The new northern line is to cross the Velna on this bridge near Borovica.`,
        ru: `По этому мосту у Боровицы новая северная линия пересечёт Вельну.`,
        be: `Па гэтым мосце каля Баравіцы новая паўночная лінія перасячэ Вельну.`,
      },
      alt: {
        de: `Abstrakte Illustration einer Bogenbrücke über einem Fluss in warmem Abendlicht`,
        en: `Abstract illustration of an arched bridge over a river in warm evening light`,
        ru: `Абстрактная иллюстрация: арочный мост над рекой в тёплом вечернем свете`,
        be: `Абстрактная ілюстрацыя: арачны мост над ракой у цёплым вячэрнім святле`,
      },
      credit: 'Velta graphics',
    },
  },
  {
    key: 'academy-centenary',
    title: {
      de: `100 Jahre Akademie der Wissenschaften`,
      en: `100 Years of the Academy of Sciences`,
      ru: `100 лет Академии наук`,
      be: `100 гадоў Акадэміі навук`,
    },
    slug: {
      de: '100-jahre-akademie-der-wissenschaften',
      en: '100-years-academy-of-sciences',
      ru: '100-let-akademii-nauk',
      be: '100-hadou-akademii-navuk',
    },
    intro: {
      de: `Vor hundert Jahren gründeten zwölf Gelehrte in Welinsk die Akademie der Wissenschaften der Republik Lirania – in zwei Zimmern eines ehemaligen Kaufmannshauses. Heute arbeiten an ihren 31 Instituten rund 4000 Menschen, sie erforschen Seenökologie, neue Werkstoffe, Medizin und Sprachgeschichte. Zum Jubiläum erzählt Velta in diesem Dossier die Geschichte der Akademie, stellt Forscherinnen und Forscher von heute vor und fragt, wie sich Wissenschaft in einem kleinen Land behaupten kann.`,
      en: `A hundred years ago, twelve scholars founded the Academy of Sciences of the Republic of Lirania in Velinsk – in two rooms of a former merchant's house. Today some 4,000 people work at its 31 institutes, studying lake ecology, new materials, medicine and the history of language. To mark the centenary, this Velta dossier tells the Academy's story, introduces the researchers working there today and asks how science can hold its own in a small country.`,
      ru: `Сто лет назад двенадцать учёных основали в Велинске Академию наук Республики Лирания — в двух комнатах бывшего купеческого дома. Сегодня в её 31 институте работают около 4000 человек: они изучают экологию озёр, новые материалы, медицину и историю языка. К юбилею «Велта» рассказывает в этом досье историю Академии, знакомит с теми, кто ведёт исследования сегодня, и задаётся вопросом, как науке выстоять в маленькой стране.`,
      be: `Сто гадоў таму дванаццаць навукоўцаў заснавалі ў Велінску Акадэмію навук Рэспублікі Ліранія — у двух пакоях былога купецкага дома. Сёння ў яе 31 інстытуце працуюць каля 4000 чалавек: яны вывучаюць экалогію азёр, новыя матэрыялы, медыцыну і гісторыю мовы. Да юбілею «Велта» расказвае ў гэтым дасье гісторыю Акадэміі, знаёміць з тымі, хто вядзе даследаванні сёння, і задаецца пытаннем, як навуцы выстаяць у маленькай краіне.`,
    },
    cover: {
      motif: 'columns',
      hue: 45,
      caption: {
        de: `Das Hauptgebäude der Akademie der Wissenschaften an der Akademieallee in Welinsk.`,
        en: `The main building of the Academy of Sciences on Academy Avenue in Velinsk.`,
        ru: `Главное здание Академии наук на проспекте Академии в Велинске.`,
        be: `Галоўны будынак Акадэміі навук на праспекце Акадэміі ў Велінску.`,
      },
      alt: {
        de: `Abstrakte Illustration einer Säulenfassade in goldenem Licht`,
        en: `Abstract illustration of a colonnaded façade in golden light`,
        ru: `Абстрактная иллюстрация: фасад с колоннами в золотистом свете`,
        be: `Абстрактная ілюстрацыя: фасад з калонамі ў залацістым святле`,
      },
      credit: 'Velta graphics',
    },
  },
];

export const INSTITUTIONS: DemoInstitution[] = [
  {
    key: 'president',
    name: {
      de: `Präsident der Republik Lirania`,
      en: `President of the Republic of Lirania`,
      ru: `Президент Республики Лирания`,
      be: `Прэзідэнт Рэспублікі Ліранія`,
    },
    slug: { de: 'praesident', en: 'president', ru: 'prezident', be: 'prezident' },
    description: {
      de: `Der Präsident ist das Staatsoberhaupt der Republik Lirania und wird für fünf Jahre direkt vom Volk gewählt; eine einmalige Wiederwahl ist zulässig. Er ernennt den Ministerpräsidenten mit Zustimmung der Abgeordnetenkammer, unterzeichnet die Gesetze und vertritt das Land nach außen. Sein Amtssitz ist der Präsidentenpalast am Schlossplatz in Welinsk.`,
      en: `The President is the head of state of the Republic of Lirania and is directly elected for a five-year term, renewable once. He appoints the prime minister with the consent of the Chamber of Deputies, signs laws into force and represents the country abroad. His official seat is the Presidential Palace on Palace Square in Velinsk.`,
      ru: `Президент — глава государства Республики Лирания; он избирается прямым голосованием на пять лет и может быть переизбран один раз. Президент назначает премьер-министра с согласия Палаты депутатов, подписывает законы и представляет страну на международной арене. Его резиденция — Президентский дворец на Дворцовой площади в Велинске.`,
      be: `Прэзідэнт — кіраўнік дзяржавы Рэспублікі Ліранія; ён выбіраецца прамым галасаваннем на пяць гадоў і можа быць пераабраны адзін раз. Прэзідэнт прызначае прэм'ер-міністра са згоды Палаты дэпутатаў, падпісвае законы і прадстаўляе краіну на міжнароднай арэне. Яго рэзідэнцыя — Прэзідэнцкі палац на Палацавай плошчы ў Велінску.`,
    },
    head: { de: `Andrej Kalnik`, en: `Andrei Kalnik`, ru: `Андрей Кальник`, be: `Андрэй Кальнік` },
    address: {
      de: `Schlossplatz 1, 10001 Welinsk`,
      en: `1 Palace Square, Velinsk 10001`,
      ru: `Дворцовая площадь, 1, 10001 Велинск`,
      be: `Палацавая плошча, 1, 10001 Велінск`,
    },
    website: 'https://president.lirania.example',
  },
  {
    key: 'parliament',
    name: {
      de: `Nationalversammlung`,
      en: `National Assembly`,
      ru: `Национальное собрание`,
      be: `Нацыянальны сход`,
    },
    slug: { de: 'nationalversammlung', en: 'national-assembly', ru: 'natsionalnoe-sobranie', be: 'natsyyanalny-skhod' },
    description: {
      de: `Die Nationalversammlung ist das Parlament der Republik Lirania. Sie besteht aus zwei Kammern: der direkt gewählten Abgeordnetenkammer mit 120 Sitzen und dem Rat der Republik, der die Regionen vertritt. Gemeinsam beschließen sie die Gesetze und den Staatshaushalt. Beide tagen im Parlamentsgebäude am Verfassungsplatz in Welinsk, dessen Plenarsäle Besuchern offenstehen.`,
      en: `The National Assembly is the parliament of the Republic of Lirania. It has two houses: the directly elected Chamber of Deputies with 120 seats and the Council of the Republic, which represents the regions. Together they pass the laws and the state budget. Both sit in the parliament building on Constitution Square in Velinsk, whose debating chambers are open to visitors.`,
      ru: `Национальное собрание — парламент Республики Лирания. Оно состоит из двух палат: Палаты депутатов, 120 членов которой избираются прямым голосованием, и Совета Республики, представляющего регионы. Вместе они принимают законы и государственный бюджет. Обе палаты заседают в здании парламента на площади Конституции в Велинске; залы заседаний открыты для посетителей.`,
      be: `Нацыянальны сход — парламент Рэспублікі Ліранія. Ён складаецца з дзвюх палат: Палаты дэпутатаў, 120 членаў якой выбіраюцца прамым галасаваннем, і Савета Рэспублікі, які прадстаўляе рэгіёны. Разам яны прымаюць законы і дзяржаўны бюджэт. Абедзве палаты засядаюць у будынку парламента на плошчы Канстытуцыі ў Велінску; залы пасяджэнняў адкрытыя для наведвальнікаў.`,
    },
    head: { de: `Stepan Horak`, en: `Stepan Horak`, ru: `Степан Горак`, be: `Сцяпан Горак` },
    address: {
      de: `Verfassungsplatz 3, 10003 Welinsk`,
      en: `3 Constitution Square, Velinsk 10003`,
      ru: `площадь Конституции, 3, 10003 Велинск`,
      be: `плошча Канстытуцыі, 3, 10003 Велінск`,
    },
    website: 'https://parliament.lirania.example',
  },
  {
    key: 'parliament-council',
    parent: 'parliament',
    name: {
      de: `Rat der Republik`,
      en: `Council of the Republic`,
      ru: `Совет Республики`,
      be: `Савет Рэспублікі`,
    },
    slug: { de: 'rat-der-republik', en: 'council-of-the-republic', ru: 'sovet-respubliki', be: 'savet-respubliki' },
    description: {
      de: `Der Rat der Republik ist die zweite Kammer der Nationalversammlung. Seine 40 Mitglieder werden von den Regionalräten entsandt, je vier aus jeder der zehn Regionen. Der Rat prüft alle Gesetze und kann Einspruch einlegen; Verfassungsänderungen und Gesetze über die Finanzen der Regionen bedürfen seiner Zustimmung. Er tagt im Westflügel des Parlamentsgebäudes.`,
      en: `The Council of the Republic is the second house of the National Assembly. Its 40 members are delegated by the regional councils, four from each of the ten regions. The Council reviews all legislation and may raise objections; constitutional amendments and laws on regional finances require its approval. It sits in the west wing of the parliament building.`,
      ru: `Совет Республики — вторая палата Национального собрания. Его 40 членов делегируют региональные советы, по четыре от каждого из десяти регионов. Совет рассматривает все законы и может выдвигать против них возражения; поправки к конституции и законы о финансах регионов требуют его одобрения. Палата заседает в западном крыле здания парламента.`,
      be: `Савет Рэспублікі — другая палата Нацыянальнага сходу. Яго 40 членаў дэлегуюць рэгіянальныя саветы, па чатыры ад кожнага з дзесяці рэгіёнаў. Савет разглядае ўсе законы і можа выстаўляць супраць іх пярэчанні; папраўкі да канстытуцыі і законы пра фінансы рэгіёнаў патрабуюць яго адабрэння. Палата засядае ў заходнім крыле будынка парламента.`,
    },
    head: { de: `Bogdan Zaremba`, en: `Bogdan Zaremba`, ru: `Богдан Заремба`, be: `Багдан Зарэмба` },
    address: {
      de: `Verfassungsplatz 3, Westflügel, 10003 Welinsk`,
      en: `3 Constitution Square, West Wing, Velinsk 10003`,
      ru: `площадь Конституции, 3, западное крыло, 10003 Велинск`,
      be: `плошча Канстытуцыі, 3, заходняе крыло, 10003 Велінск`,
    },
    website: 'https://council.parliament.lirania.example',
  },
  {
    key: 'parliament-chamber',
    parent: 'parliament',
    name: {
      de: `Abgeordnetenkammer`,
      en: `Chamber of Deputies`,
      ru: `Палата депутатов`,
      be: `Палата дэпутатаў`,
    },
    slug: { de: 'abgeordnetenkammer', en: 'chamber-of-deputies', ru: 'palata-deputatov', be: 'palata-deputatau' },
    description: {
      de: `Die Abgeordnetenkammer ist die erste Kammer der Nationalversammlung. Ihre 120 Abgeordneten werden alle vier Jahre nach dem Verhältniswahlrecht mit einer Fünf-Prozent-Hürde gewählt. Die Kammer beschließt Gesetze und Haushalt, bestätigt den Ministerpräsidenten und kann der Regierung das Misstrauen aussprechen. Derzeit sind sechs Fraktionen vertreten; die Plenarsitzungen am Dienstag und Donnerstag werden live übertragen.`,
      en: `The Chamber of Deputies is the first house of the National Assembly. Its 120 deputies are elected every four years by proportional representation with a five per cent threshold. The Chamber passes laws and the budget, confirms the prime minister and can bring down the government with a vote of no confidence. Six parliamentary groups currently sit in it; plenary sessions on Tuesdays and Thursdays are broadcast live.`,
      ru: `Палата депутатов — первая палата Национального собрания. Её 120 депутатов избираются каждые четыре года по пропорциональной системе с пятипроцентным барьером. Палата принимает законы и бюджет, утверждает премьер-министра и может выразить правительству недоверие. Сейчас в ней представлены шесть фракций; пленарные заседания по вторникам и четвергам транслируются в прямом эфире.`,
      be: `Палата дэпутатаў — першая палата Нацыянальнага сходу. Яе 120 дэпутатаў выбіраюцца кожныя чатыры гады па прапарцыйнай сістэме з пяціпрацэнтным бар'ерам. Палата прымае законы і бюджэт, зацвярджае прэм'ер-міністра і можа выказаць ураду недавер. Цяпер у ёй прадстаўлены шэсць фракцый; пленарныя пасяджэнні па аўторках і чацвяргах транслююцца ў прамым эфіры.`,
    },
    head: { de: `Natalia Kern`, en: `Natalia Kern`, ru: `Наталья Керн`, be: `Наталля Керн` },
    address: {
      de: `Verfassungsplatz 3, 10003 Welinsk`,
      en: `3 Constitution Square, Velinsk 10003`,
      ru: `площадь Конституции, 3, 10003 Велинск`,
      be: `плошча Канстытуцыі, 3, 10003 Велінск`,
    },
    website: 'https://chamber.parliament.lirania.example',
  },
  {
    key: 'government',
    name: {
      de: `Regierung der Republik Lirania`,
      en: `Government of the Republic of Lirania`,
      ru: `Правительство Республики Лирания`,
      be: `Урад Рэспублікі Ліранія`,
    },
    slug: { de: 'regierung', en: 'government', ru: 'pravitelstvo', be: 'urad' },
    description: {
      de: `Die Regierung der Republik Lirania besteht aus dem Ministerpräsidenten, zwei Stellvertretern und acht Fachministerien. Sie bringt Gesetzentwürfe und den Haushaltsplan ein, leitet die Verwaltung und ist der Abgeordnetenkammer verantwortlich. Das Kabinett tagt jeden Mittwoch im Regierungsgebäude am Welna-Ufer; anschließend stellt der Regierungssprecher die Beschlüsse der Presse vor.`,
      en: `The Government of the Republic of Lirania consists of the prime minister, two deputy prime ministers and eight ministries. It introduces bills and the draft budget, runs the administration and is accountable to the Chamber of Deputies. The cabinet meets every Wednesday at Government House on the Velna Embankment, after which the government spokesperson briefs the press on its decisions.`,
      ru: `Правительство Республики Лирания состоит из премьер-министра, двух его заместителей и восьми профильных министерств. Оно вносит законопроекты и проект бюджета, руководит государственным аппаратом и подотчётно Палате депутатов. Кабинет собирается каждую среду в Доме правительства на Вельнинской набережной, после чего пресс-секретарь правительства рассказывает журналистам о принятых решениях.`,
      be: `Урад Рэспублікі Ліранія складаецца з прэм'ер-міністра, двух яго намеснікаў і васьмі профільных міністэрстваў. Ён уносіць законапраекты і праект бюджэту, кіруе дзяржаўным апаратам і падсправаздачны Палаце дэпутатаў. Кабінет збіраецца кожную сераду ў Доме ўрада на Вельнінскай набярэжнай, пасля чаго прэс-сакратар урада расказвае журналістам пра прынятыя рашэнні.`,
    },
    head: { de: `Marek Dolan`, en: `Marek Dolan`, ru: `Марек Долан`, be: `Марэк Долан` },
    address: {
      de: `Regierungsgebäude, Welna-Ufer 2, 10002 Welinsk`,
      en: `Government House, 2 Velna Embankment, Velinsk 10002`,
      ru: `Дом правительства, Вельнинская набережная, 2, 10002 Велинск`,
      be: `Дом урада, Вельнінская набярэжная, 2, 10002 Велінск`,
    },
    website: 'https://government.lirania.example',
  },
  {
    key: 'ministry-foreign',
    parent: 'government',
    name: {
      de: `Außenministerium`,
      en: `Ministry of Foreign Affairs`,
      ru: `Министерство иностранных дел`,
      be: `Міністэрства замежных спраў`,
    },
    slug: {
      de: 'aussenministerium',
      en: 'ministry-of-foreign-affairs',
      ru: 'ministerstvo-inostrannykh-del',
      be: 'ministerstva-zamezhnykh-sprau',
    },
    description: {
      de: `Das Außenministerium gestaltet die Beziehungen Liranias zu anderen Staaten und internationalen Organisationen. Es unterhält 38 Botschaften und Konsulate, darunter in Berlin, Wien, Warschau und Moskau, sowie Ständige Vertretungen bei der Europäischen Union in Brüssel und bei den Vereinten Nationen in Genf. Außerdem betreut es Liranier im Ausland und erteilt Visa.`,
      en: `The Ministry of Foreign Affairs shapes Lirania's relations with other states and international organisations. It runs 38 embassies and consulates, including missions in Berlin, Vienna, Warsaw and Moscow, as well as permanent missions to the European Union in Brussels and the United Nations in Geneva. It also assists Liranians abroad and issues visas.`,
      ru: `Министерство иностранных дел определяет отношения Лирании с другими государствами и международными организациями. Ему подчинены 38 посольств и консульств, в том числе в Берлине, Вене, Варшаве и Москве, а также постоянные представительства при Европейском союзе в Брюсселе и при ООН в Женеве. Кроме того, министерство помогает гражданам Лирании за рубежом и выдаёт визы.`,
      be: `Міністэрства замежных спраў вызначае адносіны Ліраніі з іншымі дзяржавамі і міжнароднымі арганізацыямі. Яму падпарадкаваныя 38 пасольстваў і консульстваў, у тым ліку ў Берліне, Вене, Варшаве і Маскве, а таксама пастаянныя прадстаўніцтвы пры Еўрапейскім саюзе ў Брусэлі і пры ААН у Жэневе. Акрамя таго, міністэрства дапамагае грамадзянам Ліраніі за мяжой і выдае візы.`,
    },
    head: { de: `Jana Rudnik`, en: `Yana Rudnik`, ru: `Яна Рудник`, be: `Яна Руднік` },
    address: {
      de: `Lindenallee 14, 10005 Welinsk`,
      en: `14 Linden Avenue, Velinsk 10005`,
      ru: `Липовая аллея, 14, 10005 Велинск`,
      be: `Ліпавая алея, 14, 10005 Велінск`,
    },
    website: 'https://mfa.lirania.example',
  },
  {
    key: 'ministry-economy',
    parent: 'government',
    name: {
      de: `Wirtschaftsministerium`,
      en: `Ministry of Economy`,
      ru: `Министерство экономики`,
      be: `Міністэрства эканомікі`,
    },
    slug: { de: 'wirtschaftsministerium', en: 'ministry-of-economy', ru: 'ministerstvo-ekonomiki', be: 'ministerstva-ekanomiki' },
    description: {
      de: `Das Wirtschaftsministerium ist für Industrie, Handel, Energie und den Mittelstand zuständig. Es erarbeitet die Energiestrategie des Landes, verwaltet die staatlichen Förderprogramme und vertritt Lirania in Handelsfragen. Zu seinem Geschäftsbereich gehören die Agentur für Investitionsförderung und die Energieaufsicht. Jedes Quartal legt das Ministerium einen Bericht zur Lage der Wirtschaft vor.`,
      en: `The Ministry of Economy is responsible for industry, trade, energy and small and medium-sized businesses. It drafts the country's energy strategy, manages state support programmes and represents Lirania on trade matters. The investment promotion agency and the energy regulator report to it. Every quarter the ministry publishes a report on the state of the economy.`,
      ru: `Министерство экономики отвечает за промышленность, торговлю, энергетику и малый и средний бизнес. Оно разрабатывает энергетическую стратегию страны, управляет государственными программами поддержки и представляет Лиранию в торговых вопросах. В его ведении находятся агентство по привлечению инвестиций и энергетический регулятор. Каждый квартал министерство публикует доклад о состоянии экономики.`,
      be: `Міністэрства эканомікі адказвае за прамысловасць, гандаль, энергетыку і малы і сярэдні бізнес. Яно распрацоўвае энергетычную стратэгію краіны, кіруе дзяржаўнымі праграмамі падтрымкі і прадстаўляе Ліранію ў гандлёвых пытаннях. Яму падпарадкаваныя агенцтва па прыцягненні інвестыцый і энергетычны рэгулятар. Кожны квартал міністэрства публікуе даклад пра стан эканомікі.`,
    },
    head: { de: `Oleg Tarnow`, en: `Oleg Tarnov`, ru: `Олег Тарнов`, be: `Алег Тарноў` },
    address: {
      de: `Marktstraße 22, 10006 Welinsk`,
      en: `22 Market Street, Velinsk 10006`,
      ru: `ул. Рыночная, 22, 10006 Велинск`,
      be: `вул. Рынкавая, 22, 10006 Велінск`,
    },
    website: 'https://economy.lirania.example',
  },
  {
    key: 'ministry-health',
    parent: 'government',
    name: {
      de: `Gesundheitsministerium`,
      en: `Ministry of Health`,
      ru: `Министерство здравоохранения`,
      be: `Міністэрства аховы здароўя`,
    },
    slug: { de: 'gesundheitsministerium', en: 'ministry-of-health', ru: 'ministerstvo-zdravookhraneniya', be: 'ministerstva-akhovy-zdarouya' },
    description: {
      de: `Das Gesundheitsministerium verantwortet die öffentliche Gesundheitsversorgung, die Krankenhausplanung und die Zulassung von Arzneimitteln. Ihm unterstehen die staatlichen Kliniken in Welinsk, Dubrava und Krasnoles sowie das Institut für öffentliche Gesundheit. Zu den aktuellen Schwerpunkten zählen die ärztliche Versorgung auf dem Land, der Ausbau der Telemedizin und die Gewinnung von Pflegekräften. Einmal im Jahr legt das Ministerium einen Bericht zur Gesundheit der Bevölkerung vor.`,
      en: `The Ministry of Health is in charge of public healthcare, hospital planning and the licensing of medicines. The state hospitals in Velinsk, Dubrava and Krasnoles and the Institute of Public Health report to it. Its current priorities include access to doctors in rural areas, the expansion of telemedicine and the recruitment of nurses. Once a year the ministry publishes a report on the nation's health.`,
      ru: `Министерство здравоохранения отвечает за общественное здравоохранение, планирование больничной сети и регистрацию лекарств. Ему подчинены государственные клиники в Велинске, Дубраве и Краснолесе, а также Институт общественного здоровья. Среди нынешних приоритетов — доступность врачей в сельской местности, развитие телемедицины и привлечение медсестёр. Раз в год министерство публикует доклад о здоровье населения.`,
      be: `Міністэрства аховы здароўя адказвае за грамадскую ахову здароўя, планаванне бальнічнай сеткі і рэгістрацыю лекаў. Яму падпарадкаваныя дзяржаўныя клінікі ў Велінску, Дуброве і Красналесе, а таксама Інстытут грамадскага здароўя. Сярод цяперашніх прыярытэтаў — даступнасць урачоў у сельскай мясцовасці, развіццё тэлемедыцыны і прыцягненне медсясцёр. Раз на год міністэрства публікуе даклад пра здароўе насельніцтва.`,
    },
    head: { de: `Dr. Vera Lindt`, en: `Dr Vera Lindt`, ru: `Вера Линдт`, be: `Вера Ліндт` },
    address: {
      de: `Spitalgasse 7, 10007 Welinsk`,
      en: `7 Hospital Lane, Velinsk 10007`,
      ru: `Больничный переулок, 7, 10007 Велинск`,
      be: `Бальнічны завулак, 7, 10007 Велінск`,
    },
    website: 'https://health.lirania.example',
  },
  {
    key: 'ministry-education',
    parent: 'government',
    name: {
      de: `Bildungsministerium`,
      en: `Ministry of Education`,
      ru: `Министерство образования`,
      be: `Міністэрства адукацыі`,
    },
    slug: { de: 'bildungsministerium', en: 'ministry-of-education', ru: 'ministerstvo-obrazovaniya', be: 'ministerstva-adukatsyi' },
    description: {
      de: `Das Bildungsministerium ist für Schulen, Berufsbildung und Hochschulen zuständig. Es legt die Lehrpläne fest, finanziert die fünf staatlichen Universitäten und organisiert die landesweiten Abschlussprüfungen. Seit 2023 setzt es ein Programm zur Digitalisierung der Schulen um: Bis 2027 sollen alle Klassenzimmer schnelles Internet haben. Auch die Jugendpolitik gehört zu seinem Ressort.`,
      en: `The Ministry of Education is responsible for schools, vocational training and universities. It sets the curricula, funds the five state universities and organises the national final examinations. Since 2023 it has been running a programme to digitise schools, under which every classroom is to have fast internet by 2027. Youth policy also falls within its remit.`,
      ru: `Министерство образования отвечает за школы, профессиональное обучение и вузы. Оно утверждает учебные программы, финансирует пять государственных университетов и проводит общенациональные выпускные экзамены. С 2023 года министерство реализует программу цифровизации школ: к 2027 году все классы должны быть подключены к быстрому интернету. В его ведении также молодёжная политика.`,
      be: `Міністэрства адукацыі адказвае за школы, прафесійнае навучанне і ВНУ. Яно зацвярджае вучэбныя праграмы, фінансуе пяць дзяржаўных універсітэтаў і праводзіць агульнанацыянальныя выпускныя экзамены. З 2023 года міністэрства рэалізуе праграму лічбавізацыі школ: да 2027 года ўсе класы павінны быць падключаныя да хуткага інтэрнэту. Яно адказвае таксама за моладзевую палітыку.`,
    },
    head: { de: `Roman Malek`, en: `Roman Malek`, ru: `Роман Малек`, be: `Раман Малек` },
    address: {
      de: `Schulstraße 11, 10008 Welinsk`,
      en: `11 School Street, Velinsk 10008`,
      ru: `ул. Школьная, 11, 10008 Велинск`,
      be: `вул. Школьная, 11, 10008 Велінск`,
    },
    website: 'https://education.lirania.example',
  },
  {
    key: 'ministry-transport',
    parent: 'government',
    name: {
      de: `Verkehrsministerium`,
      en: `Ministry of Transport`,
      ru: `Министерство транспорта`,
      be: `Міністэрства транспарту`,
    },
    slug: { de: 'verkehrsministerium', en: 'ministry-of-transport', ru: 'ministerstvo-transporta', be: 'ministerstva-transpartu' },
    description: {
      de: `Das Verkehrsministerium plant und finanziert Straßen, Schienenwege, Binnenhäfen und den Flughafen Welinsk. Es ist Eigentümer der staatlichen Eisenbahngesellschaft und treibt den Bau des Nördlichen Bahnkorridors voran, des größten Infrastrukturprojekts des Landes. Darüber hinaus ist es für die Verkehrssicherheit, die Schifffahrt auf der Welna und den öffentlichen Nahverkehr in den Regionen zuständig.`,
      en: `The Ministry of Transport plans and funds roads, railways, inland ports and Velinsk Airport. It owns the state railway company and is driving the construction of the Northern Rail Corridor, the country's largest infrastructure project. It is also responsible for road safety, shipping on the Velna and public transport in the regions.`,
      ru: `Министерство транспорта планирует и финансирует строительство дорог, железнодорожных линий, речных портов и аэропорта Велинска. Оно владеет государственной железнодорожной компанией и руководит сооружением Северного железнодорожного коридора — крупнейшего инфраструктурного проекта страны. Кроме того, министерство отвечает за безопасность дорожного движения, судоходство по Вельне и общественный транспорт в регионах.`,
      be: `Міністэрства транспарту плануе і фінансуе будаўніцтва дарог, чыгуначных ліній, рачных партоў і аэрапорта Велінска. Яму належыць дзяржаўная чыгуначная кампанія, і яно кіруе будаўніцтвам Паўночнага чыгуначнага калідора — найбуйнейшага інфраструктурнага праекта краіны. Акрамя таго, міністэрства адказвае за бяспеку дарожнага руху, суднаходства па Вельне і грамадскі транспарт у рэгіёнах.`,
    },
    head: { de: `Denis Karbo`, en: `Denis Karbo`, ru: `Денис Карбо`, be: `Дзяніс Карбо` },
    address: {
      de: `Bahnhofstraße 30, 10009 Welinsk`,
      en: `30 Station Street, Velinsk 10009`,
      ru: `ул. Вокзальная, 30, 10009 Велинск`,
      be: `вул. Вакзальная, 30, 10009 Велінск`,
    },
    website: 'https://transport.lirania.example',
  },
  {
    key: 'ministry-culture',
    parent: 'government',
    name: {
      de: `Kulturministerium`,
      en: `Ministry of Culture`,
      ru: `Министерство культуры`,
      be: `Міністэрства культуры`,
    },
    slug: { de: 'kulturministerium', en: 'ministry-of-culture', ru: 'ministerstvo-kultury', be: 'ministerstva-kultury' },
    description: {
      de: `Das Kulturministerium fördert Theater, Orchester, Museen, Bibliotheken und das literarische Leben Liranias. Es trägt das Nationaltheater und die Nationalgalerie in Welinsk, vergibt jedes Jahr den Staatspreis für Literatur und ist für den Denkmalschutz zuständig. Ein eigenes Programm unterstützt Kulturhäuser in kleinen Gemeinden, etwa in Selno und Borowitza.`,
      en: `The Ministry of Culture supports Lirania's theatres, orchestras, museums, libraries and literary life. It funds the National Theatre and the National Gallery in Velinsk, awards the annual State Prize for Literature and is responsible for the protection of historic monuments. A dedicated programme supports cultural centres in small communities such as Selno and Borovica.`,
      ru: `Министерство культуры поддерживает театры, оркестры, музеи, библиотеки и литературную жизнь Лирании. Оно финансирует Национальный театр и Национальную галерею в Велинске, ежегодно присуждает Государственную премию в области литературы и отвечает за охрану памятников. Отдельная программа помогает домам культуры в небольших населённых пунктах, например в Сельно и Боровице.`,
      be: `Міністэрства культуры падтрымлівае тэатры, аркестры, музеі, бібліятэкі і літаратурнае жыццё Ліраніі. Яно фінансуе Нацыянальны тэатр і Нацыянальную галерэю ў Велінску, штогод прысуджае Дзяржаўную прэмію ў галіне літаратуры і адказвае за ахову помнікаў. Асобная праграма дапамагае дамам культуры ў невялікіх населеных пунктах, напрыклад у Сельне і Баравіцы.`,
    },
    head: { de: `Alina Swetlowa`, en: `Alina Svetlova`, ru: `Алина Светлова`, be: `Аліна Святлова` },
    address: {
      de: `Theaterplatz 4, 10010 Welinsk`,
      en: `4 Theatre Square, Velinsk 10010`,
      ru: `Театральная площадь, 4, 10010 Велинск`,
      be: `Тэатральная плошча, 4, 10010 Велінск`,
    },
    website: 'https://culture.lirania.example',
  },
  {
    key: 'ministry-sport',
    parent: 'government',
    name: {
      de: `Sportministerium`,
      en: `Ministry of Sport`,
      ru: `Министерство спорта`,
      be: `Міністэрства спорту`,
    },
    slug: { de: 'sportministerium', en: 'ministry-of-sport', ru: 'ministerstvo-sporta', be: 'ministerstva-sportu' },
    description: {
      de: `Das Sportministerium fördert Breiten- und Leistungssport, finanziert die Nationalmannschaften und betreibt die olympischen Trainingszentren in Welinsk und Krasnoles. Es unterstützt Sportvereine, den Schulsport und den Bau von Sportstätten in den Regionen. Zu seinen Aufgaben gehört auch der Kampf gegen Doping, den es gemeinsam mit der unabhängigen nationalen Anti-Doping-Agentur führt.`,
      en: `The Ministry of Sport promotes grassroots and elite sport, funds the national teams and runs the Olympic training centres in Velinsk and Krasnoles. It supports sports clubs, school sport and the construction of sports facilities in the regions. Its tasks also include the fight against doping, which it leads together with the independent national anti-doping agency.`,
      ru: `Министерство спорта развивает массовый спорт и спорт высших достижений, финансирует национальные сборные и содержит олимпийские тренировочные центры в Велинске и Краснолесе. Оно поддерживает спортивные клубы, школьный спорт и строительство спортивных объектов в регионах. К его задачам относится и борьба с допингом, которую оно ведёт вместе с независимым национальным антидопинговым агентством.`,
      be: `Міністэрства спорту развівае масавы спорт і спорт вышэйшых дасягненняў, фінансуе нацыянальныя зборныя і ўтрымлівае алімпійскія трэніровачныя цэнтры ў Велінску і Красналесе. Яно падтрымлівае спартыўныя клубы, школьны спорт і будаўніцтва спартыўных аб'ектаў у рэгіёнах. Да яго задач належыць і барацьба з допінгам, якую яно вядзе разам з незалежным нацыянальным антыдопінгавым агенцтвам.`,
    },
    head: { de: `Juri Belan`, en: `Yuri Belan`, ru: `Юрий Белан`, be: `Юрый Белан` },
    address: {
      de: `Stadionweg 9, 10011 Welinsk`,
      en: `9 Stadium Road, Velinsk 10011`,
      ru: `ул. Стадионная, 9, 10011 Велинск`,
      be: `вул. Стадыённая, 9, 10011 Велінск`,
    },
    website: 'https://sport.lirania.example',
  },
  {
    key: 'ministry-agriculture',
    parent: 'government',
    name: {
      de: `Landwirtschaftsministerium`,
      en: `Ministry of Agriculture`,
      ru: `Министерство сельского хозяйства`,
      be: `Міністэрства сельскай гаспадаркі`,
    },
    slug: {
      de: 'landwirtschaftsministerium',
      en: 'ministry-of-agriculture',
      ru: 'ministerstvo-selskogo-khozyaystva',
      be: 'ministerstva-selskay-haspadarki',
    },
    description: {
      de: `Das Landwirtschaftsministerium ist für Ackerbau, Viehhaltung, Forsten, Fischerei und den ländlichen Raum zuständig. Es verteilt die Agrarförderung, überwacht die Lebensmittelsicherheit und veröffentlicht jeden Herbst die amtliche Erntebilanz. Im Programm „Saubere Flüsse 2030“ arbeitet es mit Landwirten daran, den Eintrag von Dünger in die Welna und den Welin-See zu senken.`,
      en: `The Ministry of Agriculture is responsible for crop and livestock farming, forestry, fisheries and rural areas. It distributes farm subsidies, oversees food safety and publishes the official harvest figures every autumn. Under the “Clean Rivers 2030” programme it works with farmers to reduce fertiliser run-off into the Velna and Lake Velin.`,
      ru: `Министерство сельского хозяйства отвечает за растениеводство, животноводство, лесное хозяйство, рыболовство и развитие села. Оно распределяет аграрные субсидии, следит за безопасностью продуктов питания и каждую осень публикует официальные итоги уборочной кампании. В рамках программы «Чистые реки 2030» министерство вместе с фермерами добивается сокращения стока удобрений в Вельну и озеро Велин.`,
      be: `Міністэрства сельскай гаспадаркі адказвае за раслінаводства, жывёлагадоўлю, лясную гаспадарку, рыбалоўства і развіццё вёскі. Яно размяркоўвае аграрныя субсідыі, сочыць за бяспекай харчовых прадуктаў і кожную восень публікуе афіцыйныя вынікі ўборачнай кампаніі. У межах праграмы «Чыстыя рэкі 2030» міністэрства разам з фермерамі дамагаецца скарачэння сцёку ўгнаенняў у Вельну і возера Велін.`,
    },
    head: { de: `Ludmila Sadowa`, en: `Lyudmila Sadova`, ru: `Людмила Садова`, be: `Людміла Садова` },
    address: {
      de: `Feldstraße 16, 10012 Welinsk`,
      en: `16 Field Street, Velinsk 10012`,
      ru: `ул. Полевая, 16, 10012 Велинск`,
      be: `вул. Палявая, 16, 10012 Велінск`,
    },
    website: 'https://agriculture.lirania.example',
  },
  {
    key: 'central-bank',
    name: {
      de: `Zentralbank der Republik Lirania`,
      en: `Central Bank of the Republic of Lirania`,
      ru: `Центральный банк Республики Лирания`,
      be: `Цэнтральны банк Рэспублікі Ліранія`,
    },
    slug: { de: 'zentralbank', en: 'central-bank', ru: 'tsentralnyy-bank', be: 'tsentralny-bank' },
    description: {
      de: `Die Zentralbank der Republik Lirania ist unabhängig und für Geldpolitik, Preisstabilität und Bankenaufsicht zuständig. Ihr Direktorium entscheidet achtmal im Jahr über den Leitzins; die Beschlüsse werden jeweils um 14 Uhr veröffentlicht. Die Bank gibt die Banknoten aus, verwaltet die Währungsreserven und legt zweimal im Jahr einen Bericht zur Finanzstabilität vor.`,
      en: `The Central Bank of the Republic of Lirania is independent and responsible for monetary policy, price stability and banking supervision. Its board sets the key interest rate eight times a year, with decisions published at 2 p.m. The bank issues banknotes, manages the currency reserves and presents a financial stability report twice a year.`,
      ru: `Центральный банк Республики Лирания независим и отвечает за денежно-кредитную политику, стабильность цен и банковский надзор. Совет директоров восемь раз в год принимает решение по ключевой ставке; решения публикуются в 14:00. Банк выпускает банкноты, управляет валютными резервами и раз в полгода представляет доклад о финансовой стабильности.`,
      be: `Цэнтральны банк Рэспублікі Ліранія незалежны і адказвае за грашова-крэдытную палітыку, стабільнасць цэн і банкаўскі нагляд. Савет дырэктараў восем разоў на год прымае рашэнне па ключавой стаўцы; рашэнні публікуюцца а 14:00. Банк выпускае банкноты, кіруе валютнымі рэзервамі і раз на паўгода прадстаўляе даклад пра фінансавую стабільнасць.`,
    },
    head: { de: `Arkadi Wels`, en: `Arkady Vels`, ru: `Аркадий Вельс`, be: `Аркадзь Вельс` },
    address: {
      de: `Münzplatz 1, 10004 Welinsk`,
      en: `1 Mint Square, Velinsk 10004`,
      ru: `Монетная площадь, 1, 10004 Велинск`,
      be: `Манетная плошча, 1, 10004 Велінск`,
    },
    website: 'https://centralbank.lirania.example',
  },
  {
    key: 'academy',
    name: {
      de: `Akademie der Wissenschaften der Republik Lirania`,
      en: `Academy of Sciences of the Republic of Lirania`,
      ru: `Академия наук Республики Лирания`,
      be: `Акадэмія навук Рэспублікі Ліранія`,
    },
    slug: { de: 'akademie-der-wissenschaften', en: 'academy-of-sciences', ru: 'akademiya-nauk', be: 'akademiya-navuk' },
    description: {
      de: `Die Akademie der Wissenschaften der Republik Lirania wurde vor hundert Jahren gegründet und ist die größte Forschungseinrichtung des Landes. An ihren 31 Instituten, darunter das Institut für Seenforschung am Welin-See und die Sternwarte bei Borowitza, arbeiten rund 4000 Menschen. Die Akademie berät Regierung und Parlament, vergibt Forschungsstipendien und gibt wissenschaftliche Zeitschriften heraus.`,
      en: `The Academy of Sciences of the Republic of Lirania was founded a hundred years ago and is the country's largest research institution. Some 4,000 people work at its 31 institutes, among them the Institute of Limnology on Lake Velin and the observatory near Borovica. The Academy advises the government and parliament, awards research grants and publishes scientific journals.`,
      ru: `Академия наук Республики Лирания основана сто лет назад и является крупнейшим научным учреждением страны. В её 31 институте, среди которых Институт озероведения на озере Велин и обсерватория под Боровицей, работают около 4000 человек. Академия консультирует правительство и парламент, присуждает исследовательские гранты и издаёт научные журналы.`,
      be: `Акадэмія навук Рэспублікі Ліранія заснавана сто гадоў таму і з'яўляецца найбуйнейшай навуковай установай краіны. У яе 31 інстытуце, сярод якіх Інстытут азёразнаўства на возеры Велін і абсерваторыя пад Баравіцай, працуюць каля 4000 чалавек. Акадэмія кансультуе ўрад і парламент, прысуджае даследчыя гранты і выдае навуковыя часопісы.`,
    },
    head: { de: `Prof. Nina Ostrowa`, en: `Prof. Nina Ostrova`, ru: `проф. Нина Острова`, be: `праф. Ніна Астрова` },
    address: {
      de: `Akademieallee 25, 10015 Welinsk`,
      en: `25 Academy Avenue, Velinsk 10015`,
      ru: `проспект Академии, 25, 10015 Велинск`,
      be: `праспект Акадэміі, 25, 10015 Велінск`,
    },
    website: 'https://academy.lirania.example',
  },
  {
    key: 'supreme-court',
    name: {
      de: `Oberster Gerichtshof`,
      en: `Supreme Court`,
      ru: `Верховный суд`,
      be: `Вярхоўны суд`,
    },
    slug: { de: 'oberster-gerichtshof', en: 'supreme-court', ru: 'verkhovnyy-sud', be: 'vyarkhouny-sud' },
    description: {
      de: `Der Oberste Gerichtshof ist die höchste Instanz der ordentlichen Gerichtsbarkeit in Lirania. Er entscheidet über Revisionen in Zivil-, Straf- und Verwaltungssachen und sorgt für eine einheitliche Rechtsprechung. Seine 21 Richterinnen und Richter wählt der Rat der Republik auf Vorschlag des Präsidenten für zwölf Jahre. Die Verhandlungen sind in der Regel öffentlich.`,
      en: `The Supreme Court is the highest court of ordinary jurisdiction in Lirania. It hears appeals on points of law in civil, criminal and administrative cases and ensures that the law is applied consistently. Its 21 judges are elected for twelve years by the Council of the Republic on the president's nomination. Hearings are, as a rule, open to the public.`,
      ru: `Верховный суд — высшая инстанция судов общей юрисдикции Лирании. Он рассматривает кассационные жалобы по гражданским, уголовным и административным делам и обеспечивает единообразие судебной практики. Его 21 судью избирает Совет Республики по представлению президента сроком на двенадцать лет. Заседания суда, как правило, открыты для публики.`,
      be: `Вярхоўны суд — вышэйшая інстанцыя судоў агульнай юрысдыкцыі Ліраніі. Ён разглядае касацыйныя скаргі па грамадзянскіх, крымінальных і адміністрацыйных справах і забяспечвае аднастайнасць судовай практыкі. Яго 21 суддзю выбірае Савет Рэспублікі па прадстаўленні прэзідэнта тэрмінам на дванаццаць гадоў. Пасяджэнні суда, як правіла, адкрытыя для публікі.`,
    },
    head: { de: `Leonid Farber`, en: `Leonid Farber`, ru: `Леонид Фарбер`, be: `Леанід Фарбер` },
    address: {
      de: `Gerichtsplatz 2, 10013 Welinsk`,
      en: `2 Court Square, Velinsk 10013`,
      ru: `Судебная площадь, 2, 10013 Велинск`,
      be: `Судовая плошча, 2, 10013 Велінск`,
    },
    website: 'https://supremecourt.lirania.example',
  },
  {
    key: 'velinsk-city',
    name: {
      de: `Stadtverwaltung Welinsk`,
      en: `Velinsk City Hall`,
      ru: `Мэрия Велинска`,
      be: `Мэрыя Велінска`,
    },
    slug: { de: 'stadtverwaltung-welinsk', en: 'velinsk-city-hall', ru: 'meriya-velinska', be: 'meryya-velinska' },
    description: {
      de: `Die Stadtverwaltung Welinsk verwaltet die Hauptstadt mit ihren rund 640.000 Einwohnern. An ihrer Spitze steht die direkt gewählte Bürgermeisterin; der Stadtrat mit 55 Mitgliedern beschließt den städtischen Haushalt. Die Verwaltung ist für Nahverkehr, Wohnungsbau, Schulen, Parks und die Welna-Ufer im Stadtgebiet zuständig. Ihr Sitz ist das historische Rathaus in der Altstadt.`,
      en: `Velinsk City Hall runs the capital and its roughly 640,000 inhabitants. It is headed by a directly elected mayor, while the 55-member city council adopts the municipal budget. The administration is responsible for public transport, housing, schools, parks and the banks of the Velna within the city limits. It is based in the historic town hall in the old town.`,
      ru: `Мэрия Велинска управляет столицей, в которой живут около 640 тысяч человек. Её возглавляет мэр, избираемый прямым голосованием, а городской совет из 55 депутатов принимает городской бюджет. Мэрия отвечает за общественный транспорт, жильё, школы, парки и набережные Вельны в черте города. Она размещается в исторической ратуше в Старом городе.`,
      be: `Мэрыя Велінска кіруе сталіцай, у якой жывуць каля 640 тысяч чалавек. Яе ўзначальвае мэр, якога выбіраюць прамым галасаваннем, а гарадскі савет з 55 дэпутатаў прымае гарадскі бюджэт. Мэрыя адказвае за грамадскі транспарт, жыллё, школы, паркі і набярэжныя Вельны ў межах горада. Яна размяшчаецца ў гістарычнай ратушы ў Старым горадзе.`,
    },
    head: { de: `Eva Stanek`, en: `Eva Stanek`, ru: `Ева Станек`, be: `Ева Станек` },
    address: {
      de: `Rathausplatz 1, 10001 Welinsk`,
      en: `1 Town Hall Square, Velinsk 10001`,
      ru: `Ратушная площадь, 1, 10001 Велинск`,
      be: `Ратушная плошча, 1, 10001 Велінск`,
    },
    website: 'https://velinsk.lirania.example',
  },
];

export const PAGES: DemoPage[] = [
  {
    key: 'about',
    title: { de: `Über uns`, en: `About us`, ru: `О нас`, be: `Пра нас` },
    slug: { de: 'ueber-uns', en: 'about', ru: 'o-nas', be: 'pra-nas' },
    body: {
      de: `<p>Die Nachrichtenagentur Velta ist die größte unabhängige Nachrichtenagentur der Republik Lirania. Rund um die Uhr liefert sie Meldungen, Berichte, Fotos und Grafiken an Zeitungen, Sender und Online-Medien – auf Deutsch, Englisch, Russisch und Belarussisch.</p>
<h2>Geschichte</h2>
<p>Velta wurde 1921 in Welinsk als Liranisches Telegrafenbüro gegründet; die ersten Meldungen gingen per Telegraf an sechs Zeitungen. 1992 wurde das Büro in eine Gesellschaft im Besitz der liranischen Verlage und Sender umgewandelt und erhielt seinen heutigen Namen – nach dem alten Wort der Welna-Fährleute für den Boten, der die Post über den Fluss brachte.</p>
<h2>Velta heute</h2>
<ul>
<li>rund 180 Mitarbeiterinnen und Mitarbeiter, davon 120 in der Redaktion</li>
<li>Regionalbüros in Dubrava, Selno, Krasnoles und Borowitza</li>
<li>Korrespondentinnen und Korrespondenten in Berlin, Wien, Brüssel, Genf, Warschau und Moskau</li>
<li>täglich mehr als 600 Meldungen in vier Sprachen</li>
</ul>
<p>Unser Redaktionsstatut verpflichtet uns zu Genauigkeit, Unparteilichkeit und Unabhängigkeit von Staat und Parteien. Fragen und Hinweise erreichen uns über die <a href="https://velta.example/kontakt">Kontaktseite</a>.</p>`,
      en: `<p>Velta News Agency is the largest independent news agency in the Republic of Lirania. Around the clock it supplies news items, reports, photos and graphics to newspapers, broadcasters and online media – in German, English, Russian and Belarusian.</p>
<h2>History</h2>
<p>Velta was founded in Velinsk in 1921 as the Liranian Telegraph Bureau; its first dispatches went out by telegraph to six newspapers. In 1992 the bureau became a company owned by Lirania's publishers and broadcasters and took its present name – the old word the Velna ferrymen used for the messenger who carried the mail across the river.</p>
<h2>Velta today</h2>
<ul>
<li>about 180 staff, 120 of them in the newsroom</li>
<li>regional bureaus in Dubrava, Selno, Krasnoles and Borovica</li>
<li>correspondents in Berlin, Vienna, Brussels, Geneva, Warsaw and Moscow</li>
<li>more than 600 news items a day in four languages</li>
</ul>
<p>Our editorial statute commits us to accuracy, impartiality and independence from the state and political parties. Questions and tips reach us through our <a href="https://velta.example/contacts">contacts page</a>.</p>`,
      ru: `<p>«Велта» — крупнейшее независимое информационное агентство Республики Лирания. Круглосуточно мы передаём новости, репортажи, фотографии и инфографику газетам, теле- и радиокомпаниям и интернет-изданиям — на немецком, английском, русском и белорусском языках.</p>
<h2>История</h2>
<p>Агентство основано в 1921 году в Велинске как Лиранское телеграфное бюро; первые сообщения уходили по телеграфу в шесть газет. В 1992 году бюро преобразовали в компанию, принадлежащую издателям и вещателям Лирании, и оно получило нынешнее название — от старинного слова, которым паромщики на Вельне называли гонца, перевозившего почту через реку.</p>
<h2>«Велта» сегодня</h2>
<ul>
<li>около 180 сотрудников, из них 120 — в редакции</li>
<li>региональные бюро в Дубраве, Сельно, Краснолесе и Боровице</li>
<li>корреспонденты в Берлине, Вене, Брюсселе, Женеве, Варшаве и Москве</li>
<li>более 600 сообщений в день на четырёх языках</li>
</ul>
<p>Редакционный устав обязывает нас быть точными, беспристрастными и независимыми от государства и партий. Вопросы и сообщения можно направить через <a href="https://velta.example/kontakty">страницу контактов</a>.</p>`,
      be: `<p>«Велта» — найбуйнейшае незалежнае інфармацыйнае агенцтва Рэспублікі Ліранія. Кругласутачна мы перадаём навіны, рэпартажы, фотаздымкі і інфаграфіку газетам, тэле- і радыёкампаніям і інтэрнэт-выданням — на нямецкай, англійскай, рускай і беларускай мовах.</p>
<h2>Гісторыя</h2>
<p>Агенцтва заснавана ў 1921 годзе ў Велінску як Ліранскае тэлеграфнае бюро; першыя паведамленні ішлі па тэлеграфе ў шэсць газет. У 1992 годзе бюро пераўтварылі ў кампанію, якая належыць выдаўцам і вяшчальнікам Ліраніі, і яно атрымала цяперашнюю назву — ад старадаўняга слова, якім паромшчыкі на Вельне называлі ганца, што перавозіў пошту цераз раку.</p>
<h2>«Велта» сёння</h2>
<ul>
<li>каля 180 супрацоўнікаў, з іх 120 — у рэдакцыі</li>
<li>рэгіянальныя бюро ў Дуброве, Сельне, Красналесе і Баравіцы</li>
<li>карэспандэнты ў Берліне, Вене, Брусэлі, Жэневе, Варшаве і Маскве</li>
<li>больш за 600 паведамленняў штодня на чатырох мовах</li>
</ul>
<p>Рэдакцыйны статут абавязвае нас быць дакладнымі, бесстароннімі і незалежнымі ад дзяржавы і партый. Пытанні і паведамленні можна даслаць праз <a href="https://velta.example/kantakty">старонку кантактаў</a>.</p>`,
    },
  },
  {
    key: 'contacts',
    title: { de: `Kontakt`, en: `Contacts`, ru: `Контакты`, be: `Кантакты` },
    slug: { de: 'kontakt', en: 'contacts', ru: 'kontakty', be: 'kantakty' },
    body: {
      de: `<h2>Zentrale</h2>
<p>Nachrichtenagentur Velta, Pressehaus, Welna-Ufer 18, 10002 Welinsk, Republik Lirania</p>
<ul>
<li>Telefon: +000 17 555 0100</li>
<li>Fax: +000 17 555 0199</li>
<li>E-Mail: info@velta.example</li>
</ul>
<h2>Nachrichtentisch (rund um die Uhr)</h2>
<ul>
<li>Telefon: +000 17 555 0111</li>
<li>E-Mail: desk@velta.example</li>
<li>Fotoredaktion: photo@velta.example</li>
</ul>
<h2>Regionalbüros</h2>
<ul>
<li>Dubrava: Marktplatz 5, 20100 Dubrava, Telefon +000 24 555 0120, dubrava@velta.example</li>
<li>Borowitza: Bahnhofstraße 12, 30400 Borowitza, Telefon +000 31 555 0140, borovica@velta.example</li>
</ul>
<h2>Kundenservice und Lizenzen</h2>
<p>Fragen zu Abonnements, Fotos und Nutzungsrechten beantwortet unser Vertrieb werktags von 9 bis 18 Uhr unter +000 17 555 0130 oder sales@velta.example. Weitere Informationen finden Sie auf <a href="https://velta.example">velta.example</a>.</p>`,
      en: `<h2>Head office</h2>
<p>Velta News Agency, Press House, 18 Velna Embankment, Velinsk 10002, Republic of Lirania</p>
<ul>
<li>Phone: +000 17 555 0100</li>
<li>Fax: +000 17 555 0199</li>
<li>Email: info@velta.example</li>
</ul>
<h2>Newsdesk (24 hours)</h2>
<ul>
<li>Phone: +000 17 555 0111</li>
<li>Email: desk@velta.example</li>
<li>Photo desk: photo@velta.example</li>
</ul>
<h2>Regional bureaus</h2>
<ul>
<li>Dubrava: 5 Market Square, Dubrava 20100, phone +000 24 555 0120, dubrava@velta.example</li>
<li>Borovica: 12 Station Road, Borovica 30400, phone +000 31 555 0140, borovica@velta.example</li>
</ul>
<h2>Customer service and licensing</h2>
<p>Our sales team answers questions about subscriptions, photos and usage rights on weekdays from 9 a.m. to 6 p.m. on +000 17 555 0130 or at sales@velta.example. More information is available at <a href="https://velta.example">velta.example</a>.</p>`,
      ru: `<h2>Центральный офис</h2>
<p>Информационное агентство «Велта», Дом печати, Вельнинская набережная, 18, 10002 Велинск, Республика Лирания</p>
<ul>
<li>Телефон: +000 17 555 0100</li>
<li>Факс: +000 17 555 0199</li>
<li>Эл. почта: info@velta.example</li>
</ul>
<h2>Дежурная редакция (круглосуточно)</h2>
<ul>
<li>Телефон: +000 17 555 0111</li>
<li>Эл. почта: desk@velta.example</li>
<li>Фоторедакция: photo@velta.example</li>
</ul>
<h2>Региональные бюро</h2>
<ul>
<li>Дубрава: Рыночная площадь, 5, 20100 Дубрава, телефон +000 24 555 0120, dubrava@velta.example</li>
<li>Боровица: ул. Вокзальная, 12, 30400 Боровица, телефон +000 31 555 0140, borovica@velta.example</li>
</ul>
<h2>Обслуживание клиентов и лицензии</h2>
<p>На вопросы о подписке, фотографиях и правах на использование материалов отдел продаж отвечает по будним дням с 9:00 до 18:00 по телефону +000 17 555 0130 или по адресу sales@velta.example. Подробнее — на сайте <a href="https://velta.example">velta.example</a>.</p>`,
      be: `<h2>Цэнтральны офіс</h2>
<p>Інфармацыйнае агенцтва «Велта», Дом друку, Вельнінская набярэжная, 18, 10002 Велінск, Рэспубліка Ліранія</p>
<ul>
<li>Тэлефон: +000 17 555 0100</li>
<li>Факс: +000 17 555 0199</li>
<li>Эл. пошта: info@velta.example</li>
</ul>
<h2>Дзяжурная рэдакцыя (кругласутачна)</h2>
<ul>
<li>Тэлефон: +000 17 555 0111</li>
<li>Эл. пошта: desk@velta.example</li>
<li>Фотарэдакцыя: photo@velta.example</li>
</ul>
<h2>Рэгіянальныя бюро</h2>
<ul>
<li>Дуброва: Рынкавая плошча, 5, 20100 Дуброва, тэлефон +000 24 555 0120, dubrava@velta.example</li>
<li>Баравіца: вул. Вакзальная, 12, 30400 Баравіца, тэлефон +000 31 555 0140, borovica@velta.example</li>
</ul>
<h2>Абслугоўванне кліентаў і ліцэнзіі</h2>
<p>На пытанні пра падпіску, фотаздымкі і правы на выкарыстанне матэрыялаў аддзел продажаў адказвае ў будныя дні з 9:00 да 18:00 па тэлефоне +000 17 555 0130 або па адрасе sales@velta.example. Падрабязней — на сайце <a href="https://velta.example">velta.example</a>.</p>`,
    },
  },
  {
    key: 'imprint',
    title: { de: `Impressum`, en: `Imprint`, ru: `Выходные данные`, be: `Выходныя звесткі` },
    slug: { de: 'impressum', en: 'imprint', ru: 'vykhodnye-dannye', be: 'vykhodnyya-zvestki' },
    body: {
      de: `<p><strong>Herausgeberin:</strong> Velta Nachrichtenagentur GmbH, Welna-Ufer 18, 10002 Welinsk, Republik Lirania. Gesellschafter sind 46 liranische Verlage und Rundfunkanstalten.</p>
<ul>
<li>Geschäftsführer: Filip Marek</li>
<li>Chefredakteurin: Irena Kalina (verantwortlich für den Inhalt)</li>
<li>Handelsregister: Amtsgericht Welinsk, HRB 0000</li>
<li>Telefon: +000 17 555 0100, E-Mail: info@velta.example</li>
</ul>
<h2>Hinweis</h2>
<p>Velta, die Republik Lirania und alle hier genannten Personen, Orte, Institutionen und Ereignisse sind frei erfunden. Sämtliche Inhalte dieser Website sind Demo-Inhalte der quelloffenen Nachrichtenagentur-Plattform Depesche. Ähnlichkeiten mit realen Personen oder Organisationen sind nicht beabsichtigt und wären zufällig. Telefonnummern, Adressen und Konten in sozialen Netzwerken führen bewusst ins Leere.</p>`,
      en: `<p><strong>Publisher:</strong> Velta News Agency Ltd, 18 Velna Embankment, Velinsk 10002, Republic of Lirania. The company is owned by 46 Liranian publishers and broadcasters.</p>
<ul>
<li>Managing director: Filip Marek</li>
<li>Editor-in-chief: Irena Kalina (responsible for content)</li>
<li>Company register: Velinsk District Court, no. 0000</li>
<li>Phone: +000 17 555 0100, email: info@velta.example</li>
</ul>
<h2>Please note</h2>
<p>Velta, the Republic of Lirania and all people, places, institutions and events mentioned here are entirely fictional. All content on this website is demo content of Depesche, the open-source platform for news agencies. Any resemblance to real persons or organisations is unintended and coincidental. Phone numbers, addresses and social media accounts deliberately lead nowhere.</p>`,
      ru: `<p><strong>Издатель:</strong> компания «Велта», Вельнинская набережная, 18, 10002 Велинск, Республика Лирания. Её совладельцы — 46 издательств, теле- и радиокомпаний Лирании.</p>
<ul>
<li>Генеральный директор: Филип Марек</li>
<li>Главный редактор: Ирена Калина (отвечает за содержание)</li>
<li>Регистрационный номер: 0000, реестр компаний Велинского окружного суда</li>
<li>Телефон: +000 17 555 0100, эл. почта: info@velta.example</li>
</ul>
<h2>Обратите внимание</h2>
<p>«Велта», Республика Лирания, а также все упомянутые здесь люди, места, учреждения и события вымышлены. Всё содержимое этого сайта — демонстрационные материалы Depesche, платформы с открытым исходным кодом для информационных агентств. Любые совпадения с реальными людьми или организациями непреднамеренны и случайны. Телефоны, адреса и аккаунты в социальных сетях намеренно никуда не ведут.</p>`,
      be: `<p><strong>Выдавец:</strong> кампанія «Велта», Вельнінская набярэжная, 18, 10002 Велінск, Рэспубліка Ліранія. Яе суўладальнікі — 46 выдавецтваў, тэле- і радыёкампаній Ліраніі.</p>
<ul>
<li>Генеральны дырэктар: Філіп Марэк</li>
<li>Галоўны рэдактар: Ірэна Каліна (адказвае за змест)</li>
<li>Рэгістрацыйны нумар: 0000, рэестр кампаній Велінскага акруговага суда</li>
<li>Тэлефон: +000 17 555 0100, эл. пошта: info@velta.example</li>
</ul>
<h2>Звярніце ўвагу</h2>
<p>«Велта», Рэспубліка Ліранія, а таксама ўсе згаданыя тут людзі, мясціны, установы і падзеі выдуманыя. Увесь змест гэтага сайта — дэманстрацыйныя матэрыялы Depesche, платформы з адкрытым зыходным кодам для інфармацыйных агенцтваў. Любыя супадзенні з рэальнымі людзьмі або арганізацыямі ненаўмысныя і выпадковыя. Тэлефоны, адрасы і акаўнты ў сацыяльных сетках наўмысна нікуды не вядуць.</p>`,
    },
  },
];

export const SOCIAL_LINKS: Record<'de' | 'en' | 'ru' | 'be', DemoSocialLink[]> = {
  de: [
    { network: 'telegram', url: 'https://t.example/velta_de' },
    { network: 'x', url: 'https://x.example/velta_de' },
    { network: 'facebook', url: 'https://facebook.example/velta.nachrichten' },
    { network: 'youtube', url: 'https://youtube.example/@velta_de' },
  ],
  en: [
    { network: 'x', url: 'https://x.example/velta_news' },
    { network: 'telegram', url: 'https://t.example/velta_en' },
    { network: 'instagram', url: 'https://instagram.example/velta.news' },
    { network: 'youtube', url: 'https://youtube.example/@velta_news' },
  ],
  ru: [
    { network: 'telegram', url: 'https://t.example/velta_ru' },
    { network: 'vk', url: 'https://vk.example/velta_ru' },
    { network: 'youtube', url: 'https://youtube.example/@velta_ru' },
  ],
  be: [
    { network: 'telegram', url: 'https://t.example/velta_be' },
    { network: 'instagram', url: 'https://instagram.example/velta_be' },
    { network: 'facebook', url: 'https://facebook.example/velta.be' },
    { network: 'youtube', url: 'https://youtube.example/@velta_be' },
  ],
};
