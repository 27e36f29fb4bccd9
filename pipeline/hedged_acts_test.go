package pipeline

import "testing"

// TestHedgedActs holds acts that a sentence names but does not tell as
// done, each construction with the plain acts beside it that must still be
// coded: a subject that names no one ("not a single shot was fired"), a
// habit told in the simple present ("police routinely arrest critics"),
// an act alleged by an adverb ("troops allegedly shelled"), an act passed
// over or opposed ("rather than attacking", "argued against expelling"),
// an attempt told to have failed ("tried to arrest him but failed"), an
// act that came close ("nearly captured"), a habit told by a time phrase
// ("meet every year"), talk no one vouches for ("unconfirmed reports
// said"), acts counted over years ("have fought two wars since 1998"),
// acts whose count is not known ("it is unclear how many were arrested"),
// acts supposed ("probably attacked"), refused as a gerund ("ruled out
// attacking"), a present told of a time to come ("meet next week") and an
// act named as what was missing ("ended without a deal").
// Rows read as the modality sweep's: with want "", no event of the code
// is asserted and any there is has mod. Every row must pass.
func TestHedgedActs(t *testing.T) {
	for _, set := range []struct {
		name string
		rows []modalityRow
	}{
		{"not one", notOneRows},
		{"habitual", habitualRows},
		{"alleging adverb", allegingAdverbRows},
		{"passed over", passedOverRows},
		{"failed attempt", failedAttemptRows},
		{"nearly", nearlyRows},
		{"every year", everyTimeRows},
		{"hearsay", hearsayRows},
		{"tally", tallyRows},
		{"history since a year", historyRows},
		{"standing state", standingRows},
		{"unclear count", unclearCountRows},
		{"probably", probablyRows},
		{"refused gerund", refusedGerundRows},
		{"time to come", comingTimeRows},
		{"without a noun", withoutNounRows},
	} {
		t.Run(set.name, func(t *testing.T) { runModalitySweep(t, set.name, set.rows, len(set.rows)) })
	}
}

var notOneRows = []modalityRow{
	{"not a single, passive with agent", "Not a single protester was detained by the Kenyan police during the march on Tuesday.", "17", "", negated},
	{"not one, passive with agent", "Not one bomb was dropped on the village by Syrian government aircraft.", "19", "", negated},
	{"not a single, active", "Not a single Russian warplane bombed the town of Sumy on Sunday, the governor said.", "19", "", negated},
	{"not one, active meeting", "Not one minister met the Taliban envoy during his visit to Oslo.", "040", "", negated},
	{"not a single, perfect", "Not a single journalist has been arrested by the Ethiopian police this year, officials said.", "17", "", negated},
	{"after a comma", "During the truce, not a single rocket was fired at Israel by Islamic Jihad.", "19", "", negated},
	// a phrase with "not" that is not the subject, or denies nothing of it
	{"real: not a week after", "Not a week after the truce, Houthi rebels attacked a Saudi border post.", "19", "YEM", asserted},
	{"real: not long after", "Not long after the vote, the Georgian police arrested the opposition leader.", "17", "GEOCOP", asserted},
	{"real: not all", "Not all of the strikes hit their targets, but Israeli jets bombed the airport in Sanaa on Monday.", "19", "ISR", asserted},
	{"real: a single shot", "A single shot was fired by an Indian soldier at the Chinese patrol on Friday.", "19", "IND", asserted},
}

var habitualRows = []modalityRow{
	{"routinely, present", "Egyptian police routinely arrest critics of the president.", "17", "", hypo},
	{"often, base form", "Saudi authorities often detain bloggers who criticise the crown prince.", "17", "", hypo},
	{"usually, two subjects", "The leaders of Spain and Portugal usually meet in the autumn.", "04", "", hypo},
	{"regularly, force", "Turkish warplanes regularly bomb Kurdish positions in northern Iraq.", "19", "", hypo},
	{"rarely, singular", "The Indian prime minister rarely meets Pakistani officials.", "04", "", hypo},
	{"always, noun event", "Israeli forces always respond to rocket fire with air strikes on Gaza.", "19", "", hypo},
	{"frequently, sanctions", "The United States frequently imposes sanctions on Iranian oil traders.", "16", "", hypo},
	{"said, no threat", "Turkey said its jets routinely strike PKK positions in northern Iraq.", "13", "", hypo},
	{"whenever, present", "Whenever the leaders of Greece and Turkey meet, protests erupt in Athens.", "04", "", hypo},
	// the same adverbs with an act told as done, and acts told in the
	// present with no adverb of habit
	{"real: past with often", "Iraqi police often arrested students during the protests in 2019, and on Monday they arrested a blogger.", "17", "IRQCOP", asserted},
	{"real: past tense", "Turkish warplanes bombed Kurdish positions in northern Iraq on Monday.", "19", "TUR", asserted},
	{"real: present headline", "Egyptian police arrest a prominent critic of the president in Cairo.", "17", "EGYCOP", asserted},
	{"real: again", "Russian forces again shelled the city of Kherson on Sunday, killing two people.", "19", "RUS", asserted},
	{"real: repeatedly", "Azerbaijani troops repeatedly fired at Armenian positions overnight, Yerevan said.", "19", "AZE", asserted},
}

var allegingAdverbRows = []modalityRow{
	{"allegedly, past", "Russian troops allegedly shelled a school in the village of Bilohorivka on Monday.", "19", "", alleged},
	{"purportedly", "Gunmen purportedly attacked a police station in Balochistan overnight.", "19", "", alleged},
	{"allegedly, passive", "The journalist was allegedly detained by Belarusian police in Minsk.", "17", "", alleged},
	{"supposedly", "Chinese agents supposedly kidnapped the dissident in Bangkok.", "18", "", alleged},
	// reported acts are told as done
	{"real: reportedly", "Russian troops reportedly shelled a school in the village of Bilohorivka on Monday.", "19", "RUS", asserted},
	{"real: said", "Belarusian police detained the journalist in Minsk, her lawyer said.", "17", "BLRCOP", asserted},
}

var passedOverRows = []modalityRow{
	{"rather than, gerund first", "Rather than attacking the capital, the rebels moved north towards the border.", "19", "", negated},
	{"rather than, signing", "Rather than signing the ceasefire, the M23 leader returned to the front.", "05", "", negated},
	{"argued against", "The German chancellor argued against expelling Russian diplomats.", "16", "", hypo},
	{"warned against, object", "Washington warned Israel against attacking Iran's oil facilities.", "19", "", hypo},
	{"cautioned against", "France cautioned Turkey against launching an offensive in northern Syria.", "19", "", hypo},
	{"spoke out against", "Hungary spoke out against sanctioning Russian energy firms.", "16", "", hypo},
	// the act done instead, and a gerund after a preposition of an act done
	{"real: the act done instead", "Rather than attacking the capital, the rebels attacked the airport in Goma.", "19", "CODREB", asserted},
	{"real: protested against", "Thousands protested against the government in Belgrade on Saturday.", "14", "SRB", asserted},
	{"real: after attacking", "After attacking the convoy, the militants seized the town of Mocimboa da Praia.", "19", "MOZ", asserted},
}

var failedAttemptRows = []modalityRow{
	{"tried but failed", "The army tried to arrest the opposition leader but failed.", "17", "", negated},
	{"attempted but failed", "Russian forces attempted to take the bridge over the Dnipro but failed.", "19", "", negated},
	{"sought but did not succeed", "The envoy sought to meet the Taliban leader in Kandahar but did not succeed.", "04", "", negated},
	{"tried but did not manage", "Police tried to detain the lawmaker but did not manage.", "17", "", negated},
	// no refusal is read from a bare "failed"
	{"no refusal: but failed", "The army tried to arrest the opposition leader but failed.", "12", "", hypo},
	{"no refusal: the talks failed", "The talks between Sudan's generals failed on Saturday.", "12", "", hypo},
	// attempts told as done, and failures with an act of their own
	{"real: tried", "The army tried to arrest the opposition leader in Harare on Monday.", "17", "ZWEMIL", asserted},
	{"real: tried and succeeded", "Police tried to detain the lawmaker and succeeded.", "17", "COP", asserted},
	{"real: failed to agree", "Ethiopia and Egypt failed to agree on the dam on Tuesday.", "12", "ETH", asserted},
	{"real: tried, but failed to stop", "The rebels tried to capture the town, but the army repelled them.", "19", "REB", asserted},
}

var nearlyRows = []modalityRow{
	{"nearly, past", "Russian forces nearly captured the town of Pokrovsk in August.", "19", "", negated},
	{"almost, past", "The Serbian and Kosovar leaders almost met in Brussels last spring.", "04", "", negated},
	{"nearly, coerce", "Police nearly arrested the opposition leader at the airport in Kampala.", "17", "", negated},
	// an adverb of degree between, and a quantity
	{"real: almost completely", "Israeli strikes almost completely destroyed the hospital in Khan Younis.", "17", "ISR", asserted},
	{"real: nearly a quantity", "Nearly 300 soldiers attacked the rebel camp near Goma on Monday.", "19", "CODMIL", asserted},
	{"real: almost daily", "Russian forces shelled Kherson almost daily in November.", "19", "RUS", asserted},
}

var everyTimeRows = []modalityRow{
	{"every year, after", "The presidents of Kenya and Uganda meet every year in Kampala.", "04", "", hypo},
	{"every year, before", "Every year the Chinese premier meets the Japanese prime minister in Tokyo.", "04", "", hypo},
	{"every week", "Israeli jets strike Hezbollah targets every week.", "19", "", hypo},
	// a time phrase with "every" of an act told as done, and "each" of no time
	{"real: past", "Every day last week, Israeli jets struck Hezbollah targets in southern Lebanon.", "19", "ISR", asserted},
	{"real: each side", "Each side attacked the other's positions near Bakhmut on Monday.", "19", "", asserted},
}

var hearsayRows = []modalityRow{
	{"unconfirmed reports said", "Unconfirmed reports said Russian troops had entered the village of Robotyne.", "19", "", hypo},
	{"unverified reports suggested", "Unverified reports suggested that the minister had been detained by the army.", "17", "", hypo},
	{"rumours said", "Online rumours said the Chinese defence minister had been detained in Beijing.", "17", "", hypo},
	// named reports and sources vouch for what they say
	{"real: reports said", "Local media reports said Russian troops had entered the village of Robotyne.", "19", "RUS", asserted},
	{"real: officials said", "Officials said the minister had been detained by the army on Sunday.", "17", "MIL", asserted},
}

var tallyRows = []modalityRow{
	{"wars since a year", "Ethiopia and Eritrea have fought two wars since 1998, officials in Addis Ababa said.", "19", "", hypo},
	{"dozens of strikes", "Israel has carried out hundreds of strikes in Syria since 2013.", "19", "", hypo},
	{"said, no threat", "Ethiopia and Eritrea have fought two wars since 1998, officials in Addis Ababa said.", "13", "", hypo},
	{"coups since a phrase with a year", "Bolivia's army has staged nearly 200 coups since independence in 1825.", "17", "", hypo},
	{"wars counted, no year", "India and Pakistan have fought three wars over Kashmir.", "19", "", hypo},
	{"coups counted, no year", "The Thai army has staged a dozen coups, the last in 2014.", "17", "", hypo},
	{"real: strikes counted, no year", "Israeli jets have carried out three air strikes on Gaza, the army said.", "19", "ISR", asserted},
	{"real: one war", "Russia and Ukraine have fought a war since February.", "19", "RUS", asserted},
	// people counted, days of the story, and a past tense tell acts done
	{"real: people counted", "Pakistani police have arrested 40 people since 2019, a police spokesman said.", "17", "PAKCOP", asserted},
	{"real: since a day", "Israel has carried out dozens of strikes in Syria since Friday.", "19", "ISR", asserted},
	{"real: past tense", "Russian forces fired three missiles at Odesa in 2023.", "19", "RUS", asserted},
}

// historyRows: a war told in the past by its year, an activity in the
// perfect progressive, or an act named by a noun beside a perfect, told as
// lasting since a year, is background; so is an act in the plain perfect
// since a year or more before the story (when.Standing), unless counted
var historyRows = []modalityRow{
	{"fighting since a year", "Mali has been fighting jihadist groups in its north since 2012.", "19", "", hypo},
	{"battling, another region", "Turkish forces have been battling Kurdish militants in the southeast since 1984.", "19", "", hypo},
	{"firing, reported", "Houthi rebels have been firing missiles at Saudi cities since 2015, the coalition said.", "19", "", hypo},
	{"past perfect progressive", "Colombia's army had been fighting the FARC guerrillas since 1964 when the peace deal was signed.", "19", "", hypo},
	{"noun beside a perfect", "About 13,000 people have died in the fighting between Kyiv's forces and Russian-backed separatists since 2014.", "19", "", hypo},
	{"noun, another war", "Hundreds of civilians have died in the clashes between Sudanese troops and RSF fighters since 2023.", "19", "", hypo},
	{"war told by its year", "Vietnam and China fought a brief border war in 1979.", "19", "", hypo},
	{"war over a place, by its year", "Britain and Argentina fought a war over the Falklands in 1982.", "19", "", hypo},
	{"war from year to year", "Ethiopia and Eritrea fought a border war from 1998 to 2000.", "19", "", hypo},
	{"war by its year, reported", "Azerbaijan fought a 44-day war with Armenia in 2020, the ministry said.", "19", "", hypo},
	{"war, year before the place", "India and China fought a war in 1962 over their disputed border.", "19", "", hypo},
	{"plain perfect since a year", "Israeli jets have struck targets in Gaza since 2021, the army said.", "19", "", hypo},
	// a day of the news, and acts counted in the plain perfect, stay done
	{"real: battles on a day", "Armenian and Azerbaijani troops fought fierce battles in Nagorno-Karabakh on Tuesday.", "19", "ARM", asserted},
	{"real: since a day", "Nigerian troops have been fighting Boko Haram militants in Borno since Friday.", "19", "NGA", asserted},
	{"real: plain perfect, counted", "Israeli jets have struck 300 targets in Gaza since 2021, the army said.", "19", "ISR", asserted},
	{"real: noun, no year", "Dozens of people have died in the fighting between Sudanese troops and RSF fighters this week.", "19", "SDN", asserted},
}

// standingRows: an entry marked standing, in the simple present with no
// time and no one saying it, tells how things stand
var standingRows = []modalityRow{
	{"hosts a base, coordinated", "Kyrgyzstan hosts both a U.S. and a Russian air base.", "04", "", hypo},
	{"hosts bases, relative clause", "Djibouti, which hosts French and Chinese bases, lies on the Bab el-Mandeb strait.", "04", "", hypo},
	{"stationed, passive", "About 1,500 Russian peacekeepers are stationed in Transnistria.", "15", "", hypo},
	{"stationed, with a purpose", "Some 28,500 American troops are stationed in South Korea to deter the North.", "15", "", hypo},
	{"flies to, a route", "Turkish Airlines flies to more than 120 countries.", "04", "", hypo},
	{"stationed, another region", "About 500 French soldiers are stationed in Chad.", "15", "", hypo},
	// told as done, dated, or said by someone
	{"real: hosted, past", "Egypt hosted Israeli and Hamas negotiators in Cairo on Monday.", "04", "EGY", asserted},
	{"real: hosts, dated", "Turkish President Erdogan hosts Putin in Ankara on Tuesday for talks on Syria.", "04", "TUR", asserted},
	{"real: were stationed, past", "Some 3,000 Russian troops were stationed in Belarus in February.", "15", "RUS", asserted},
	{"real: flew, past", "The Turkish prime minister flew to Baghdad on Monday.", "04", "TUR", asserted},
}

var unclearCountRows = []modalityRow{
	{"it is unclear how many", "It is unclear how many protesters were arrested by the Iranian police.", "17", "", hypo},
	{"it was not known how many", "It was not known how many people were detained by the Kenyan police.", "17", "", hypo},
	{"how many remains unclear", "How many rebels attacked the army base near Goma remains unclear.", "19", "", hypo},
	// a count that is known, and "how" of manner
	{"real: known how many", "It is known how many protesters were arrested by the Iranian police.", "17", "IRNCOP", asserted},
	{"real: how, not many", "Witnesses described how Kenyan police detained the protesters in Nairobi.", "17", "KENCOP", asserted},
}

var probablyRows = []modalityRow{
	{"probably", "Russian troops probably attacked the convoy near Bakhmut, analysts said.", "19", "", hypo},
	{"possibly", "Israeli jets possibly struck the air base near Homs on Sunday, a monitor said.", "19", "", hypo},
	{"presumably, passive", "The activist was presumably detained by the secret police in Minsk.", "17", "", hypo},
	{"own side, no threat", "Russia said its troops had probably attacked the convoy by mistake.", "13", "", hypo},
	// what is seen or reported is told as done
	{"real: apparently", "Israeli jets apparently struck the air base near Homs on Sunday, a monitor said.", "19", "ISR", asserted},
	{"real: reportedly", "The activist was reportedly detained by the secret police in Minsk.", "17", "BLR", asserted},
}

var refusedGerundRows = []modalityRow{
	{"ruled out attacking", "Turkey ruled out attacking Kurdish forces in northern Syria.", "19", "", negated},
	{"has ruled out imposing", "The European Union has ruled out imposing sanctions on Israel.", "16", "", negated},
	{"not ruled out, possible", "The Bolivian company did not rule out taking the dispute to international arbitration.", "11", "", hypo},
	// the refusal itself is told as done
	{"real: the refusal", "Turkey ruled out attacking Kurdish forces in northern Syria.", "12", "TUR", asserted},
	{"real: a gerund of no refusal", "Turkey began attacking Kurdish forces in northern Syria on Monday.", "19", "TUR", asserted},
}

var comingTimeRows = []modalityRow{
	{"meet next week", "The foreign ministers of Egypt and Ethiopia meet next week in Cairo.", "040", "", future},
	{"meets tomorrow", "Putin meets Erdogan tomorrow in Ankara.", "040", "", future},
	// the intent it announces, and a past with a time of its own
	{"real: intent", "Putin meets Erdogan tomorrow in Ankara.", "036", "RUS", asserted},
	{"real: last week", "Putin met Erdogan in Ankara last week.", "040", "RUS", asserted},
	{"real: next to", "Police arrested two men next to the embassy in Nairobi on Monday.", "17", "KENCOP", asserted},
}

var withoutNounRows = []modalityRow{
	{"without a deal", "The talks in Cairo ended without a deal between Ethiopia and Egypt.", "057", "", negated},
	{"without an agreement", "The summit in Nairobi closed without an agreement between Kenya and Somalia.", "057", "", negated},
	// the act that did take place, and "with"
	{"real: the talks", "The talks in Cairo between Ethiopia and Egypt ended without a deal.", "04", "ETH", asserted},
	{"real: with a deal", "The talks in Cairo ended with a deal between Ethiopia and Egypt.", "057", "ETH", asserted},
}
