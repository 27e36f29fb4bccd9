package pipeline

import "testing"

// TestCoordinatedSubjectNotObjectPronoun: actors joined by "and", "or" or
// commas are one subject, so an object pronoun after them in their clause
// is neither of them ("Cuba and Nicaragua also condemned it": not Cuba).
func TestCoordinatedSubjectNotObjectPronoun(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "two states condemn it", date: "1989-12-21",
			text:     "HAVANA, Cuba (AP) — U.S. troops invaded Panama on Wednesday.\n\nCuba and Nicaragua also condemned it.\n",
			sentence: "also condemned it", not: []string{"11 NIC>CUB", "11 CUB>NIC", "11 NICGOV>CUBGOV", "11 CUBGOV>NICGOV"}},
		{name: "two neighbours denounce it", date: "2016-07-09",
			text:     "MOSCOW (AP) — NATO agreed on Friday to station more troops in Poland.\n\nRussia and Belarus denounced it as a provocation.\n",
			sentence: "denounced it", not: []string{"11 BLR>RUS", "11 RUS>BLR", "11 BLRGOV>RUSGOV", "11 RUSGOV>BLRGOV"}},
		{name: "three capitals joined by commas", date: "2003-03-21",
			text:     "BERLIN (AP) — U.S. and British forces attacked Iraq on Thursday.\n\nGermany, France and Russia condemned it on Friday.\n",
			sentence: "condemned it on Friday", not: []string{"11 FRA>DEU", "11 RUS>DEU", "11 FRA>RUS", "11 RUS>FRA"}},
		{name: "two states criticise it, present tense", date: "2020-08-14",
			text:     "BEIJING (AP) — Washington approved a large arms sale to Taiwan.\n\nChina and Russia criticise it as interference, officials say.\n",
			sentence: "criticise it", not: []string{"11 RUS>CHN", "11 CHN>RUS", "11 RUSGOV>CHNGOV", "11 CHNGOV>RUSGOV"}},
		{name: "two states reject it", date: "2021-07-10",
			text:     "CAIRO (AP) — Ethiopia began the second filling of its dam on the Nile.\n\nEgypt and Sudan rejected it on Saturday.\n",
			sentence: "rejected it", not: []string{"12 SDN>EGY", "12 EGY>SDN", "12 SDNGOV>EGYGOV", "12 EGYGOV>SDNGOV"}},
	})
}

// TestResponseToTheTeller: a verbal act another tells ("Mitsotakis said
// that Turkey was threatening peace") is the teller's saying, so a later
// answer ("rejected the remarks") is aimed at the teller, not at the
// author of the act told.
func TestResponseToTheTeller(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "remarks rejected after a threat told", date: "2020-08-27",
			text:     "ATHENS (AP) — Greek Prime Minister Kyriakos Mitsotakis said on Wednesday that Turkey was threatening peace in the Aegean.\n\nTurkey's foreign ministry rejected the remarks.\n",
			sentence: "rejected the remarks", want: []string{"12 TURGOV>GRCGOV"}},
		{name: "comments dismissed after a threat told", date: "2021-11-02",
			text:     "SEOUL (AP) — South Korea's defence minister said North Korea was threatening its neighbours with new missiles.\n\nPyongyang rejected the comments on Tuesday.\n",
			sentence: "rejected the comments", want: []string{"12 PRKGOV>KORGOV"}},
		{name: "the remarks of a president on a neighbour's threat", date: "2008-03-03",
			text:     "CARACAS (AP) — Venezuelan President Hugo Chavez said Colombia was threatening war against his country.\n\nColombia's government rejected his remarks.\n",
			sentence: "rejected his remarks", want: []string{"12 COLGOV>VENGOV"}},
		{name: "a statement on an ultimatum, 1990", date: "1990-07-25",
			text:     "KUWAIT CITY (AP) — Kuwait's foreign minister said Iraq had threatened to use force over oil.\n\nBaghdad rejected the statement.\n",
			sentence: "rejected the statement", want: []string{"12 IRQGOV>KWTGOV"}},
		{name: "remarks on a neighbour's threats, Africa", date: "2023-01-20",
			text:     "KINSHASA (AP) — Congo's foreign minister said Rwanda was threatening to invade its eastern provinces.\n\nRwanda's government rejected the remarks on Friday.\n",
			sentence: "rejected the remarks", want: []string{"12 RWAGOV>CODGOV"}},
	})
}

// TestCustodyPlacesTheSentence: police and courts hold people in their own
// country, so a sentence that names them with their country happens there
// and its unnamed people are of that country, not of the dateline's.
func TestCustodyPlacesTheSentence(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "foreign police arrest people", date: "2016-01-05",
			text:     "RIYADH, Saudi Arabia (AP) — Saudi Arabia accused Iran of failing to protect its embassy.\n\nIranian police said they had arrested 40 people over the attack.\n",
			sentence: "arrested 40 people", want: []string{"17 IRNCOP>IRNCVL"}},
		{name: "foreign police detain demonstrators", date: "2022-03-06",
			text:     "LONDON (AP) — Britain condemned Moscow on Sunday.\n\nRussian police detained hundreds of demonstrators, the British government said.\n",
			sentence: "detained hundreds", want: []string{"17 RUSCOP>RUSOPP"}},
		{name: "a foreign court jails activists", date: "2014-12-22",
			text:     "WASHINGTON (AP) — An Egyptian court jailed 12 activists on Monday.\n",
			sentence: "jailed 12 activists", not: []string{"* EGYJUD>USAOPP"}},
		{name: "foreign police arrest students, 1989", date: "1989-06-10",
			text:     "HONG KONG (AP) — Chinese police arrested hundreds of students on Friday.\n",
			sentence: "arrested hundreds", not: []string{"17 CHNCOP>HKGCVL", "17 CHNCOP>HKGEDU"}},
		{name: "foreign police and villagers", date: "2008-04-02",
			text:     "NEW DELHI (AP) — Nepalese police detained dozens of villagers on Tuesday.\n",
			sentence: "detained dozens", want: []string{"17 NPLCOP>NPLCVL"}},
		{name: "police with no country named stay the story's", date: "2016-01-05",
			text:     "RIYADH, Saudi Arabia (AP) — Police said they had arrested 40 people over the attack.\n",
			sentence: "arrested 40 people", want: []string{"17 SAUCOP>SAUCVL"}},
	})
}

// TestCountedPeopleNotTheSubject: "both men", "the two leaders" after a
// verb are the people named before, not the subject of their own clause
// ("Marcos accused both men of plotting a coup": not Marcos).
func TestCountedPeopleNotTheSubject(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "a third leader praises both men", date: "2024-10-24",
			text:     "MOSCOW (AP) — Chinese President Xi Jinping and Indian Prime Minister Narendra Modi met in Kazan on Wednesday.\n\nRussian President Vladimir Putin praised both men for their restraint.\n",
			sentence: "praised both men", want: []string{"05 RUSGOV>CHNGOV", "05 RUSGOV>INDGOV"}, not: []string{"05 RUSGOV>RUSGOV"}},
		{name: "a president urges both leaders", date: "2010-09-02",
			text:     "WASHINGTON (AP) — Israeli Prime Minister Benjamin Netanyahu and Palestinian President Mahmoud Abbas held talks in Washington on Thursday.\n\nPresident Barack Obama urged both leaders to keep talking.\n",
			sentence: "urged both leaders", want: []string{"02 USAGOV>ISRGOV", "02 USAGOV>PSEGOV"}, not: []string{"02 USAGOV>USAGOV"}},
		{name: "a summit of the Cold War", date: "1985-11-22",
			text:     "GENEVA (AP) — U.S. President Ronald Reagan and Soviet leader Mikhail Gorbachev ended their summit on Thursday.\n\nBritish Prime Minister Margaret Thatcher praised both men for their progress.\n",
			sentence: "praised both men", want: []string{"05 GBRGOV>USAGOV", "05 GBRGOV>RUSGOV"}, not: []string{"05 GBRGOV>GBRGOV"}},
		{name: "an accusation against both men", date: "2008-01-10",
			text:     "NAIROBI, Kenya (AP) — Opposition leader Raila Odinga and his deputy Musalia Mudavadi called for mass protests on Wednesday.\n\nPresident Mwai Kibaki accused both men of inciting violence.\n",
			sentence: "accused both men", not: []string{"11 KENGOV>KENGOV"}},
		{name: "the two leaders criticised by a third", date: "2019-06-30",
			text:     "SEOUL (AP) — U.S. President Donald Trump and North Korean leader Kim Jong Un met at the border on Sunday.\n\nJapanese Prime Minister Shinzo Abe criticised the two leaders for ignoring Tokyo.\n",
			sentence: "criticised the two leaders", want: []string{"11 JPNGOV>USAGOV", "11 JPNGOV>PRKGOV"}, not: []string{"11 JPNGOV>JPNGOV"}},
		{name: "both men opening their own clause are still the two before", date: "2024-10-24",
			text:     "MOSCOW (AP) — Chinese President Xi Jinping met Indian Prime Minister Narendra Modi in Kazan on Wednesday.\n\nAfter the talks, both men praised Russian President Vladimir Putin.\n",
			sentence: "both men praised", want: []string{"05 CHNGOV>RUSGOV", "05 INDGOV>RUSGOV"}},
	})
}

// TestIslandStateStaysTheIsland: "the island" for an island that is a
// state (agents.txt's islands) stands for it however many sentences ago
// the story named it, as "the kingdom" does, unless another island was
// named since.
func TestIslandStateStaysTheIsland(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "Taiwan three sentences on", date: "1995-07-22",
			text:     "BEIJING (AP) — China fired missiles near Taiwan on Friday.\n\nBeijing said the tests were routine.\n\nWashington urged restraint.\n\nThe island's government urged the United States to protect shipping.\n",
			sentence: "The island's government", want: []string{"02 TWNGOV>USA"}},
		{name: "Cuba three sentences on", date: "2019-04-18",
			text:     "WASHINGTON (AP) — The United States tightened its embargo on Cuba on Wednesday.\n\nWashington said the measures targeted the military.\n\nMexico criticised the move.\n\nThe island's foreign minister accused Washington of economic aggression.\n",
			sentence: "accused Washington", want: []string{"11 CUBGOV>USAGOV"}},
		{name: "Cyprus three sentences on", date: "2019-05-06",
			text:     "ANKARA, Turkey (AP) — Turkey sent a drilling ship into waters off Cyprus on Monday.\n\nAnkara said the area was on its continental shelf.\n\nThe European Union condemned the move.\n\nThe island's president accused Turkey of piracy.\n",
			sentence: "accused Turkey", want: []string{"11 CYPGOV>TUR"}},
		{name: "Sri Lanka three sentences on", date: "2022-07-14",
			text:     "NEW DELHI (AP) — India sent food and fuel to Sri Lanka on Wednesday.\n\nNew Delhi said more aid would follow.\n\nChina said it was ready to help.\n\nThe island's government thanked India for its support.\n",
			sentence: "thanked India", want: []string{"05 LKAGOV>IND"}},
		{name: "Taiwan named once, then the island twice", date: "2024-03-05",
			text:     "BEIJING (AP) — China's military held drills around Taiwan on Monday.\n\nThe drills followed a speech by the island's president.\n\nWashington urged Beijing to show restraint.\n\nThe island's defence ministry accused China of harassment.\n",
			sentence: "defence ministry accused", want: []string{"11 TWNGOV>CHN"}},
	})
}

// TestNationalityOfTheObject: an entry whose target is its own phrase
// ("freeze assets of X", "ban imports from X") takes, when that phrase is
// missing, the country the object's adjective names ("froze Iraqi
// assets"), never the source's own.
func TestNationalityOfTheObject(t *testing.T) {
	runActorPlaceRows(t, []actorPlaceRow{
		{name: "assets frozen, 1990", date: "1990-08-03",
			text:     "WASHINGTON (AP) — Washington froze Iraqi assets in the United States on Thursday.\n",
			sentence: "froze Iraqi assets", want: []string{"16 USAGOV>IRQ"}},
		{name: "imports banned", date: "2022-04-08",
			text:     "BRUSSELS (AP) — The European Union banned Russian coal imports on Friday.\n",
			sentence: "banned Russian", want: []string{"16 IGOEUR>RUS"}},
		{name: "accounts frozen, Asia", date: "2006-10-14",
			text:     "TOKYO (AP) — Japan froze North Korean bank accounts on Saturday.\n", // the banks' own
			sentence: "froze North Korean", want: []string{"16 JPN>PRKBUS"}},
		{name: "demands accepted", date: "1985-06-20",
			text:     "BEIRUT, Lebanon (AP) — Israel accepted American demands on Thursday, officials said.\n",
			sentence: "accepted American demands", want: []string{"08 ISR>USA"}},
		{name: "its own assets are no target", date: "2022-02-28",
			text:     "MOSCOW (AP) — Russia froze Russian assets abroad on Monday.\n",
			sentence: "froze Russian assets", not: []string{"16 RUS>RUS", "16 RUSGOV>RUS"}},
	})
}
