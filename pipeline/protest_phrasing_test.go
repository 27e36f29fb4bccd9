package pipeline

import "testing"

// TestProtestPhrasing is a matrix of the ways wire copy tells a protest
// (CAMEO root 14): demonstrations, marches and rallies, crowds in the
// streets, sit-ins, hunger strikes and strikes, walkouts and boycotts,
// roads blocked, riots. With no target named, a protest at home is aimed
// at the government of the country where it happens.
func TestProtestPhrasing(t *testing.T) {
	testLexRows(t, protestPhrasingRows)
}

var protestPhrasingRows = []lexRow{
	// demonstrated
	{"demonstrated: Burma", "1988-08-08", "Thousands of students demonstrated against the military government in Rangoon.", "141", "MMRCVL>MMRGOV", ""},
	{"demonstrated: Chile", "1985-09-04", "Chilean students demonstrated in Santiago on Wednesday.", "141", "CHLCVL>CHLGOV", ""},
	{"demonstrated: embassy", "2012-09-14", "Hundreds of Sudanese demonstrated outside the German embassy in Khartoum.", "141", "SDNCVL>DEUGOV", ""},
	// marched
	{"marched: Kenya", "2017-10-02", "Tens of thousands of opposition supporters marched through Nairobi.", "141", "KENOPP>KENGOV", ""},
	{"marched on: Manila", "1986-02-22", "Thousands of Filipinos marched on the presidential palace in Manila.", "141", "PHLCVL>PHLGOV", ""},
	{"marched to demand: Georgia", "2003-11-22", "Opposition supporters marched to parliament in Tbilisi to demand the president's resignation.", "14", "GEOOPP>GEOGOV", ""},
	// rallied
	{"rallied: Venezuela", "2019-01-23", "Opposition supporters rallied in Caracas against the government.", "141", "VENOPP>VENGOV", ""},
	{"rallied: Hong Kong", "2019-08-18", "Hundreds of thousands of people rallied in Hong Kong.", "141", "HKGCVL>HKGGOV", ""},
	// took to / poured into / hit the streets
	{"took to the streets: Sudan", "2019-04-06", "Thousands of Sudanese took to the streets of Khartoum to demand that the president step down.", "14", "SDNCVL>SDNGOV", ""},
	{"took to the streets: Lebanon", "2019-10-18", "Lebanese took to the streets on Friday against new taxes.", "14", "LBN>LBNGOV", ""},
	{"poured into the streets: Czech", "1989-11-20", "Hundreds of thousands of Czechs poured into the streets of Prague.", "141", "CZECVL>CZEGOV", ""},
	{"hit the streets: Chile", "2019-10-25", "More than a million Chileans hit the streets of Santiago on Friday.", "141", "CHLCVL>CHLGOV", ""},
	{"hit the streets: France", "2023-03-07", "French workers hit the streets again over the pension reform.", "14", "FRACVL>FRAGOV", ""},
	// sit-ins, vigils, human chains
	{"staged a sit-in: Pakistan", "2014-08-20", "Opposition supporters staged a sit-in outside parliament in Islamabad.", "141", "PAKOPP>PAKGOV", ""},
	{"staged a sit-in: Egypt", "2013-07-10", "Supporters of the ousted president staged a sit-in in Cairo.", "141", "EGYCVL>EGYGOV", ""},
	{"held a vigil: Myanmar", "2021-02-10", "Residents of Yangon held a candlelight vigil against the coup.", "141", "MMRCVL>MMRGOV", ""},
	{"formed a human chain: Baltic", "1989-08-23", "Two million people formed a human chain across Lithuania, Latvia and Estonia.", "14", "", ""},
	// hunger strikes
	{"went on hunger strike: prisoners", "2012-04-17", "Palestinian prisoners in Israeli jails went on a hunger strike.", "142", "PSECVL>ISRGOV", ""},
	{"began a hunger strike: Cuba", "2010-02-25", "A jailed Cuban dissident began a hunger strike.", "142", "CUBOPP>CUBGOV", ""},
	{"hunger strike headline: Bahrain", "2011-09-01", "Jailed Bahraini activist starts hunger strike", "142", "BHROPP>BHRGOV", ""},
	// strikes
	{"went on strike: Zimbabwe", "2018-12-04", "Doctors in Zimbabwe went on strike over pay.", "143", "ZWECVL>ZWEGOV", ""},
	{"went on strike: Poland", "1980-08-14", "Shipyard workers in Gdansk went on strike.", "143", "POLLAB>POLGOV", ""},
	{"downed tools: South Africa", "2012-08-10", "South African miners downed tools over wages.", "143", "ZAFLAB>ZAFGOV", ""},
	{"staged a general strike: Nepal", "2006-04-06", "The opposition staged a general strike in Kathmandu.", "143", "NPLOPP>NPLGOV", ""},
	{"called a general strike: Bangladesh", "1996-03-09", "Bangladesh's opposition called a general strike against the government.", "143", "BGDOPP>BGDGOV", ""},
	{"walked off the job: US", "1981-08-03", "American air traffic controllers walked off the job.", "143", "USA>USAGOV", ""},
	// walkouts and boycotts
	{"walked out: parliament", "2016-05-10", "Kenyan opposition lawmakers walked out of parliament in protest at the budget.", "14", "KENLEG>KENGOV", ""},
	{"boycotted an election: opposition", "2005-12-15", "Venezuela's opposition parties boycotted the parliamentary elections.", "143", "VENOPP>VENGOV", ""},
	{"boycotted a session: parliament", "2021-02-01", "Bangladesh's opposition boycotted parliament.", "143", "BGDOPP>BGDGOV", ""},
	// roads blocked in protest
	{"blocked roads: Argentina", "2008-03-25", "Farmers blocked highways across Argentina to protest against export taxes.", "144", "ARGCVL>ARGGOV", ""},
	{"blocked roads: Bolivia", "2003-10-12", "Protesters blocked roads into La Paz.", "144", "BOLOPP>BOLGOV", ""},
	{"set up barricades: Kyiv", "2013-12-09", "Protesters set up barricades in central Kyiv.", "144", "UKROPP>UKRGOV", ""},
	{"occupied the square: Thailand", "2008-08-26", "Anti-government protesters occupied the prime minister's offices in Bangkok.", "144", "THAOPP>THAGOV", ""},
	// clashes and riots
	{"clashed with police: Chile", "2011-08-04", "Student protesters clashed with police in Santiago.", "145", "CHLOPP>CHLCOP", ""},
	{"clashed while protesting: Egypt", "2011-11-20", "Protesters clashed with security forces in Cairo's Tahrir Square.", "145", "EGYOPP>EGYMIL", ""},
	{"burned tyres: Guinea", "2007-01-22", "Youths burned tyres and threw stones at police in Conakry.", "145", "GINCVL>GINCOP", ""},
	{"rioted: UK", "1981-07-05", "Youths rioted in Liverpool for a second night.", "145", "GBRCVL>GBRGOV", ""},
	{"stormed: Sri Lanka", "2022-07-09", "Protesters stormed the president's residence in Colombo.", "145", "LKAOPP>LKAGOV", ""},
	// gathered outside to demand
	{"gathered outside parliament: Kabul", "2021-09-03", "Dozens of women gathered outside parliament in Kabul to demand their rights.", "14", "AFGCVL>AFGGOV", ""},
	{"gathered outside the embassy: Iran", "1987-08-01", "Thousands of Iranians gathered outside the Saudi embassy in Tehran.", "141", "IRNCVL>SAUGOV", ""},
	// protests as nouns
	{"held a rally: Taiwan", "2005-03-26", "Hundreds of thousands of Taiwanese held a rally in Taipei against China's anti-secession law.", "141", "TWNCVL>CHN", ""},
	{"mounted a protest: truckers", "2000-09-12", "British truck drivers mounted a protest against fuel prices.", "14", "GBRCVL>GBRGOV", ""},
	{"turned out to protest: Poland", "2020-10-30", "Hundreds of thousands of Poles turned out in Warsaw to protest against the abortion ruling.", "14", "POLCVL>POLGOV", ""},
	{"chanted slogans: Iran", "1979-11-05", "Iranian students chanted slogans against the United States outside the embassy.", "14", "IRNCVL>USA", ""},
	{"picketed: embassy", "1999-05-09", "Chinese students picketed the American embassy in Beijing.", "141", "CHNCVL>USAGOV", ""},
	// crowds that hit, throng, pack or crowd into the streets
	{"thronged a square: Iraq", "2019-11-04", "Tens of thousands of Iraqis thronged Tahrir Square in Baghdad.", "141", "IRQCVL>IRQGOV", ""},
	{"packed the streets: Myanmar", "2021-02-22", "Protesters packed the streets of Yangon.", "141", "MMROPP>MMRGOV", ""},
	{"crowded into a square: Serbia", "1996-12-01", "Thousands of Serbian students crowded into the main square of Belgrade.", "141", "SRBCVL>SRBGOV", ""},
	{"hit the streets: Brazil", "2013-06-20", "Hundreds of thousands of Brazilians hit the streets on Thursday.", "141", "BRACVL>BRAGOV", ""},
	{"a missile that hit a street is no protest", "2022-05-01", "A Russian missile hit a street in Kharkiv.", "14", "", ""},
	// a crowd outside a seat of power
	{"gathered outside Congress: Peru", "2020-11-10", "Thousands of people gathered outside Congress in Lima.", "141", "PERCVL>PERGOV", ""},
	{"gathered outside parliament: Kenya", "2018-09-20", "Hundreds of Kenyans gathered outside parliament in Nairobi.", "141", "KENCVL>KENGOV", ""},
	{"assembled outside the palace: Kyrgyzstan", "2005-03-24", "Hundreds of people assembled outside the presidential palace in Bishkek.", "141", "KGZCVL>KGZGOV", ""},
	{"gathered outside the ministry: Iraq", "2004-06-01", "About 200 relatives gathered outside the ministry in Baghdad.", "141", "IRQCVL>IRQGOV", ""},
	{"gathered outside the Knesset: Israel", "2023-03-27", "Tens of thousands of Israelis gathered outside the Knesset.", "141", "ISRCVL>ISRGOV", ""},
	{"gathered at a palace for a ceremony is no protest", "2010-01-01", "Reporters gathered at the palace for the ceremony.", "14", "", ""},
	// industrial action
	{"took industrial action: Greece", "2010-02-10", "Greek public sector workers took industrial action over pay cuts.", "143", "GRCLAB>GRCGOV", ""},
	{"took strike action: Ireland", "2019-01-30", "Nurses in Ireland took strike action over staffing.", "143", "IRLCVL>IRLGOV", ""},
	{"took industrial action: Australia", "2015-08-01", "Australian dock workers took industrial action at the ports.", "143", "AUSLAB>AUSGOV", ""},
	{"took industrial action to demand: Nigeria", "2011-06-01", "Nigerian teachers took industrial action to demand unpaid salaries.", "14", "NGACVL>NGAGOV", ""},
	{"threatened industrial action: Britain", "2008-07-02", "British unions threatened industrial action.", "133", "GBRLAB>GBRGOV", ""},
	// a crowd's siege
	{"laid siege, protesters: Nepal", "2006-04-10", "Protesters laid siege to the parliament in Kathmandu.", "144", "NPLOPP>NPLLEG", ""},
	{"laid siege, demonstrators: Serbia", "2000-10-05", "Demonstrators laid siege to the state television building in Belgrade.", "144", "SRBOPP>SRBGOV", ""},
	{"laid siege, supporters: Bangladesh", "2006-11-01", "Opposition supporters laid siege to the election commission in Dhaka.", "144", "BGDOPP>BGDGOV", ""},
	{"laid siege, students: Chile", "2011-08-01", "Students laid siege to the education ministry in Santiago.", "144", "CHLCVL>CHLGOV", ""},
	{"laid siege, farmers: India", "2020-12-01", "Indian farmers laid siege to the capital.", "144", "INDCVL>INDGOV", ""},
	{"a siege laid by an army is force", "1992-05-01", "Serbian forces laid siege to Sarajevo.", "19", "SRBMIL>BIH", ""},
	// a parliament's sittings boycotted
	{"boycotted the session of parliament: Kenya", "2008-01-15", "Kenya's opposition boycotted the session of parliament.", "143", "KENOPP>KENLEG", ""},
	{"boycotted the sitting: Pakistan", "2014-09-01", "Pakistani opposition parties boycotted the sitting of the National Assembly.", "143", "PAKOPP>PAKLEG", ""},
	{"boycotted the parliamentary session: Iraq", "2012-01-01", "The Iraqi opposition boycotted the parliamentary session.", "143", "IRQOPP>IRQGOV", ""},
	{"boycotted the opening session: Bangladesh", "1996-07-01", "Bangladesh's opposition boycotted the opening session of parliament.", "143", "BGDOPP>BGDLEG", ""},
	{"boycotted sessions: Hong Kong", "2019-06-01", "The opposition in Hong Kong boycotted sessions of the legislature.", "143", "HKGOPP>HKGLEG", ""},
	{"a conference session boycotted is a meeting refused", "1998-01-01", "Iran boycotted the session of the disarmament conference.", "12", "IRN>", ""},
	// a city's centre blocked
	{"blocked the centre: Ottawa", "2022-01-28", "Canadian truckers blocked the centre of Ottawa.", "144", "CANCVL>CANGOV", ""},
	{"blocked the centre: Brussels", "2024-02-01", "Belgian farmers blocked the centre of Brussels with tractors.", "144", "BELCVL>BELGOV", ""},
	{"blocked downtown: Nairobi", "2016-05-16", "Kenyan taxi drivers blocked downtown Nairobi.", "144", "KENCVL>KENGOV", ""},
	{"blocked the city centre: Santiago", "2011-08-10", "Chilean students blocked the city centre of Santiago.", "144", "CHLCVL>CHLGOV", ""},
	{"blocked the centre: Tegucigalpa", "2019-05-30", "Striking Honduran teachers blocked the centre of Tegucigalpa.", "144", "HNDCVL>HNDGOV", ""},
	// a protest camp set up, tents pitched
	{"set up camp: New York", "2011-09-17", "Protesters set up camp in Zuccotti Park.", "141", "OPP>", ""},
	{"pitched tents: Kyiv", "2004-11-23", "Ukrainian demonstrators pitched tents outside parliament in Kyiv.", "141", "UKROPP>UKRGOV", ""},
	{"set up a protest camp: Bangkok", "2008-08-27", "Thai opposition supporters set up a protest camp in Bangkok.", "141", "THAOPP>THAGOV", ""},
	{"set up an encampment: Santiago", "2019-11-01", "Chilean activists set up an encampment outside the ministry in Santiago.", "141", "CHLOPP>CHLGOV", ""},
	{"pitched tents: Tbilisi", "2007-11-03", "Georgian students pitched tents in the main square of Tbilisi.", "141", "GEOCVL>GEOGOV", ""},
	// a meeting or an event disrupted by protesters
	{"disrupted a meeting: Seattle", "1999-11-30", "Protesters disrupted the WTO meeting in Seattle.", "144", "USAOPP>IGO", ""},
	{"disrupted a speech: London", "2019-04-20", "British activists disrupted the prime minister's speech in London.", "144", "GBROPP>GBRGOV", ""},
	{"disrupted the opening: Budapest", "2006-10-23", "Hungarian demonstrators disrupted the opening of parliament in Budapest.", "144", "HUNOPP>HUNLEG", ""},
	{"disrupted a visit: students", "1986-01-01", "South Korean students disrupted the minister's visit to the university.", "144", "KORCVL>KORGOV", ""},
	{"disrupted a rally: Harare", "2018-06-23", "Zimbabwean opposition supporters disrupted the ruling party's rally in Harare.", "144", "ZWEOPP>ZWEPTY", ""},
	{"rain that disrupts a meeting is no protest", "2010-01-01", "Heavy rain disrupted the meeting.", "14", "", ""},
}
