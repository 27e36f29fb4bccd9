package pipeline

import "testing"

// TestAuditNouns is an audit of events told by event nouns rather than by
// the clause's verb, written before reading the lexicon: the noun as subject
// ("Clashes between police and protesters left five dead"), in a
// prepositional phrase ("after the arrest of", "following talks with", "amid
// a crackdown on", "during a visit to"), after a light verb ("held talks",
// "carried out raids", "imposed a curfew"), in a headline or apposition, as
// the object of a reporting or attitude verb ("condemned the killing of",
// "welcomed the release of"), and with a possessive or of-phrase that names
// the actors ("Israel's blockade of Gaza", "the kidnapping of two aid workers
// by rebels"). Each row checks the first event with its code; where the noun
// sits inside another event's sentence the comment says which event. The
// guard rows are event nouns that tell no new event (a plan, an opinion, a
// noun in another sense).
func TestAuditNouns(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		// The event noun as subject.
		{"subject: air strike on a house", "2014-07-20", "An Israeli air strike on a house in Gaza killed five people.", "195", "ISRMIL>PSECVL", ""}, // the people killed are the target
		{"subject: clashes between police and protesters", "2017-08-12", "Clashes between police and protesters in Nairobi left five dead.", "18", "KENCOP>KENOPP", ""},
		{"subject: talks between two countries", "2001-07-16", "Talks between India and Pakistan ended without agreement in Agra.", "04", "INDGOV>PAKGOV", ""},
		{"subject: suicide bombing at a market", "2007-03-06", "A suicide bombing at a market in Baghdad killed 30 people.", "18", "IRQUAF>IRQCVL", ""},
		{"subject: shelling of a city by forces", "2015-01-20", "The shelling of Donetsk by Ukrainian forces killed three civilians.", "194", "UKRMIL>UKRCVL", ""},
		{"subject: kidnapping of aid workers by rebels", "2009-04-06", "The kidnapping of two aid workers by rebels in Darfur drew condemnation.", "181", "SDNREB>SDNCVL", ""}, // aid workers of no named agency are civilians
		{"subject: visit by a president", "2023-03-21", "The visit by Chinese President Xi Jinping to Moscow strengthened ties between the two countries.", "042", "CHNGOV>RUSGOV", "noun audit: fails at start (no verb does the noun: actors in its by- and to-phrases)"},
		{"subject: sanctions imposed by the EU", "2021-06-25", "Sanctions imposed by the European Union on Belarus took effect on Monday.", "163", "IGOEUR>BLRGOV", ""},
		{"subject: assassination of a prime minister", "1995-11-05", "The assassination of Prime Minister Yitzhak Rabin shocked Israel.", "186", ">ISRGOV", "noun audit: fails at start (no actor as source: an agentless noun)"},
		{"subject: massacre of villagers by militiamen", "1994-05-10", "The massacre of 40 villagers by militiamen near Kigali shocked Rwanda.", "20", "RWAUAF>RWACVL", ""},
		{"subject: protests against the government", "2012-01-09", "Fuel protests\n\nLAGOS, Nigeria —\n\nProtests against the government's fuel price increase spread across the country on Monday.", "14", "NGAOPP>NGAGOV", "noun audit: fails at start (no verb does the noun: protests as subject)"},
		{"subject: arrest of an opposition leader", "2021-01-18", "The arrest of opposition leader Alexei Navalny on his return to Moscow sparked protests.", "173", "RUSCOP>RUSOPP", ""},

		// The event noun in a prepositional phrase.
		{"pp: after the arrest of", "2021-01-23", "Protesters took to the streets across Russia after the arrest of opposition leader Alexei Navalny.", "173", "RUSCOP>RUSOPP", ""},
		{"pp: following talks with", "2019-10-22", "Following talks with Russian President Vladimir Putin in Sochi, Turkish President Recep Tayyip Erdogan said the ceasefire would hold.", "04", "TURGOV>RUSGOV", ""},
		{"pp: amid a crackdown on", "2014-01-25", "Hundreds of activists fled Egypt amid a crackdown on dissent by the security forces.", "17", "EGYCOP>", "noun audit: fails at start (no verb does the noun: agent in a by-phrase)"},
		{"pp: in protest at", "1997-01-08", "Hundreds of thousands of workers marched in Seoul in protest at the new labour law.", "14", "KORLAB>KORGOV", "noun audit: fails at start (actor: 'workers' coded CVL, not LAB)"}, // the march
		{"pp: during a visit to", "2010-07-16", "During a visit to Beijing, German Chancellor Angela Merkel raised human rights.", "042", "DEUGOV>CHNGOV", ""},
		{"pp: after an air strike by a coalition", "2018-08-10", "Anger grew in Yemen after an air strike by Saudi-led coalition jets on a school bus.", "195", "SAUMIL>YEMCVL", "noun audit: fails at start (target missing: 'on a school bus')"}, // the people on the bus
		{"pp: after the expulsion of diplomats", "2007-07-17", "Relations soured after the expulsion of four Russian diplomats by Britain.", "16", "GBRGOV>RUSGOV", ""},
		{"pp: amid fighting between troops and rebels", "2011-03-14", "Oil prices rose amid fighting between government troops and rebels near Brega in Libya.", "19", "LBYMIL>LBYREB", "noun audit: fails at start (no actor as source: the parties are in its between-phrase)"},
		{"pp: after the delivery of aid by the UN", "2009-01-22", "Food prices in Gaza fell after the delivery of aid to the territory by the United Nations.", "07", "IGOUNO>PSEGOV", "noun audit: fails at start (no verb does the noun: agent in a by-phrase)"},
		{"pp: in protest at the arrest of its leader", "2008-04-10", "Opposition walkout\n\nHARARE, Zimbabwe —\n\nOpposition lawmakers walked out of parliament in protest at the arrest of their leader Morgan Tsvangirai.", "173", ">ZWEOPP", "noun audit: fails at start (no verb does the noun: an agentless arrest in a PP)"},
		{"pp: after the signing of an agreement", "2018-07-10", "Ties improved quickly after the signing of a peace agreement between Ethiopia and Eritrea.", "057", "ETHGOV>ERIGOV", ""},

		// The event noun after a light verb.
		{"light: held talks with", "1997-09-10", "US Secretary of State Madeleine Albright held talks with Israeli Prime Minister Benjamin Netanyahu in Jerusalem.", "04", "USAGOV>ISRGOV", ""},
		{"light: carried out raids in", "2002-04-03", "Israeli troops carried out raids in the West Bank city of Jenin.", "19", "ISRMIL>PSEGOV", ""},
		{"light: staged a walkout", "2013-11-20", "Garment workers staged a walkout in Dhaka to demand higher wages.", "14", "BGDLAB>BGDGOV", ""},
		{"light: imposed a curfew", "2016-07-10", "Authorities in Kashmir imposed a curfew after the killing of a militant commander.", "17", "INDGOV>IND", "noun audit: fails at start (actor: 'Authorities in Kashmir' coded GOV with no country, no target)"},
		{"light: ordered the expulsion of", "2001-07-20", "Zimbabwe ordered the expulsion of two BBC journalists.", "174", "ZWEGOV>GBRMED", ""},
		{"light: carried out air strikes in", "2015-07-25", "Turkish warplanes carried out air strikes in northern Iraq.", "195", "TURMIL>IRQGOV", ""},
		{"light: imposed sanctions on", "2014-03-17", "The EU imposed sanctions on Russia over the annexation of Crimea.", "163", "IGOEUR>RUSGOV", ""},
		{"light: paid a visit to", "2013-03-08", "Secretary of State John Kerry paid a visit to Kabul on Friday.", "042", "USAGOV>AFGGOV", ""},
		{"light: provided assistance to", "2010-01-15", "The United States provided humanitarian assistance to Haiti after the earthquake.", "07", "USAGOV>HTIGOV", ""},
		{"light: made arrests", "2019-08-12", "Police in Hong Kong made dozens of arrests on Sunday.", "173", "HKGCOP>", "noun audit: fails at start (actor: unnamed arrested people given the target HKGGOV)"},
		{"light: lodged a protest with", "2011-11-30", "Iran lodged a protest with Britain over the closure of its embassy in London.", "11", "IRNGOV>GBRGOV", ""},
		{"light: mounted an attack on", "2006-07-12", "Hezbollah fighters mounted an attack on an Israeli patrol near the border.", "19", "LBNRAD>ISRMIL", ""},
		{"light: conducted military exercises", "2021-04-10", "Russia conducted military exercises near the Ukrainian border.", "15", "RUSMIL>UKRGOV", "noun audit: fails at start (actor: exercises coded RUSGOV with no target)"},
		{"light: declared a state of emergency", "2010-04-07", "Thailand's government declared a state of emergency in Bangkok.", "17", "THAGOV>THACVL", ""},
		{"light: launched an offensive on", "2012-03-30", "Tuareg rebels launched an offensive on the town of Kidal in Mali.", "19", "MLIREB>MLIGOV", ""},
		{"light: held a demonstration against", "2024-04-28", "Thousands of people held a demonstration in Tbilisi against the foreign agents law.", "14", "GEOCVL>GEOGOV", ""},
		{"light: ordered the arrest of", "2016-07-27", "A court in Ankara ordered the arrest of 20 journalists.", "173", "TURJUD>TURMED", ""},
		{"light: engaged in a clash", "2020-06-16", "Chinese and Indian troops engaged in a clash in the Galwan Valley.", "19", "CHNMIL>INDMIL", ""},
		{"light: signed an agreement", "2014-05-21", "Vladimir Putin and Xi Jinping signed an agreement on gas supplies in Shanghai.", "057", "RUSGOV>CHNGOV", ""},
		{"light: imposed an arms embargo", "2011-02-26", "The UN Security Council imposed an arms embargo on Libya.", "163", "IGOUNO>LBYGOV", ""},
		{"light: made an appeal to", "2023-04-04", "Ukrainian President Volodymyr Zelensky made an appeal to NATO for more air defence systems.", "02", "UKRGOV>IGONATO", ""},

		// Headlines and appositions.
		{"headline: sanctions on Iran", "2012-01-23", "Sanctions on Iran: EU ministers agree new measures\n\nBRUSSELS, Belgium —\n\nEuropean Union foreign ministers agreed on Monday to impose new sanctions on Iran over its nuclear programme.", "163", "IGOEUR>IRNGOV", ""},
		{"headline: arrest of Khan sparks protests", "2023-05-09", "Arrest of Imran Khan sparks protests across Pakistan\n\nISLAMABAD, Pakistan —\n\nSupporters of the former prime minister clashed with police on Tuesday.", "173", ">PAKOPP", "noun audit: fails at start (no actor as source: an agentless arrest in a headline)"},
		{"headline: expulsion of diplomats", "2023-04-21", "Expulsion of diplomats: Poland orders 45 Russians to leave\n\nWARSAW, Poland —\n\nPoland expelled 45 Russian diplomats on Friday, accusing them of spying.", "16", "POLGOV>RUSGOV", ""},
		{"headline: bombing kills", "2021-10-08", "Bombing at Kabul mosque kills 20\n\nKABUL, Afghanistan —\n\nA suicide bomber struck a mosque during Friday prayers.", "18", "RAD>AFGCVL", "noun audit: fails at start (target missing: 'struck a mosque')"},
		{"headline: strike on a city", "2022-03-01", "Strike on Kharkiv: Russian missiles hit the city centre\n\nKHARKIV, Ukraine —\n\nRussian missiles hit the central square of Kharkiv on Tuesday morning.", "19", "RUSMIL>UKRGOV", ""},
		{"apposition: the talks, the first in years", "2018-01-09", "Tuesday's talks, the first between North and South Korea in two years, took place in Panmunjom.", "04", "PRKGOV>KORGOV", "noun audit: fails at start (no verb does the noun: parties in an apposition's between-phrase)"},

		// The event noun as the object of a reporting or attitude verb.
		{"object: condemned the killing of protesters by", "2021-03-28", "The United Nations condemned the killing of protesters by security forces in Myanmar.", "111", "IGOUNO>MMRMIL", ""},
		{"object: welcomed the release of", "2016-01-17", "Washington welcomed the release of the American journalist by Iran.", "051", "USAGOV>IRNGOV", ""},
		{"object: denied involvement in the bombing", "2011-03-23", "Hamas denied involvement in the bombing of a bus in Jerusalem.", "016", "PSEREB>", ""},
		{"object: condemned a country's shelling of", "2010-11-23", "Seoul condemned North Korea's shelling of Yeonpyeong Island.", "111", "KORGOV>PRKGOV", ""},
		{"object: criticised the arrest of journalists", "2016-11-01", "Human rights groups criticised the arrest of journalists in Turkey.", "111", "NGO>TURGOV", "noun audit: fails at start (no verb does the noun: the criticism's target (the arrester) not found)"},
		{"object: denounced a blockade", "2010-06-01", "The Arab League denounced Israel's blockade of Gaza.", "111", "IGOARL>ISRGOV", ""},
		{"object: denied responsibility for the downing", "2014-07-18", "Moscow denied responsibility for the downing of Malaysia Airlines flight MH17.", "016", "RUSGOV>", ""},
		{"object: accused of the killing of", "2017-08-14", "Kenya's opposition accused police of the killing of protesters in Kisumu.", "112", "KENOPP>KENCOP", ""},
		{"object: welcomed the signing of", "2025-08-09", "The European Union welcomed the signing of the peace agreement between Armenia and Azerbaijan.", "051", "IGOEUR>ARMGOV", "noun audit: fails at start (no verb does the noun: 'signing of' after welcomed)"},
		{"object: hailed the agreement between", "2020-08-14", "Washington hailed the agreement between Israel and the United Arab Emirates.", "051", "USAGOV>ISRGOV", "noun audit: fails at start (target missing: the parties of the agreement hailed)"},
		{"object: condemned the attack on its consulate", "2013-08-03", "India condemned the attack on its consulate in Jalalabad.", "111", "INDGOV>", ""},
		{"object: demanded the release of", "2021-02-08", "Protesters in Yangon demanded the release of Aung San Suu Kyi.", "1053", "MMROPP>MMROPP", ""}, // the one to be released is the target, as other release demands are coded

		// Possessives and of-phrases that carry the actors.
		{"possessive: a country's blockade of", "2009-06-14", "Israel's blockade of Gaza has caused shortages of fuel and medicine.", "191", "ISRGOV>PSEGOV", ""},
		{"possessive: the army's shelling of", "2012-08-05", "Aleppo shelling\n\nDAMASCUS, Syria —\n\nThe army's shelling of rebel positions near Aleppo continued for a third day.", "194", "SYRMIL>SYRREB", ""},
		{"of-phrase: kidnapping of aid workers by rebels", "2012-10-03", "The kidnapping of two aid workers by rebels in eastern Congo was condemned by the United Nations.", "181", "CODREB>CODCVL", "noun audit: fails at start (no verb does the noun: subject of a passive)"},
		{"possessive: annexation of", "2014-03-20", "Russia's annexation of Crimea was condemned by Western governments.", "192", "RUSMIL>UKRGOV", "noun audit: fails at start (no verb does the noun: possessive agent, subject of a passive)"},
		{"possessive: detention of a foreigner", "2019-01-14", "China's detention of former Canadian diplomat Michael Kovrig angered Ottawa.", "173", "CHNGOV>CANCVL", "noun audit: fails at start (actor: 'former Canadian diplomat' coded CANGOV)"}, // a former diplomat is a civilian
		{"possessive: downing of a warplane", "2015-11-26", "Turkey's downing of a Russian warplane strained relations between Ankara and Moscow.", "19", "TURMIL>RUSMIL", ""},
		{"of-phrase: killing of a general by a drone strike", "2020-01-05", "The killing of Iranian general Qassem Soleimani by a US drone strike raised tensions in the region.", "19", "USAMIL>IRNMIL", ""}, // a drone strike is force, coded as such
		{"possessive: visit to a country", "2000-11-17", "President Bill Clinton's visit to Vietnam was the first by a US leader since the war.", "042", "USAGOV>VNMGOV", ""},
		{"possessive: mediation between", "2012-11-21", "Egypt's mediation between Israel and Hamas secured a truce on Wednesday.", "045", "EGYGOV>ISRGOV", ""},
		{"of-phrase: detention of activists by police", "2020-08-10", "The detention of 20 activists by Belarusian police prompted protests in Minsk.", "173", "BLRCOP>BLROPP", ""},
		{"of-phrase: deportation of refugees by", "2023-11-02", "The deportation of Afghan refugees by Pakistan accelerated in November.", "174", "PAKGOV>AFGREF", ""},
		{"possessive: a government's ban on a party", "2017-11-17", "The Cambodian government's ban on the main opposition party drew criticism.", "17", "KHMGOV>KHMOPP", "noun audit: fails at start (actor: 'the main opposition party' coded KHM)"},
		{"possessive: rebels' capture of a town", "2012-11-21", "The rebels' capture of the town of Goma in eastern Congo was condemned by the UN.", "19", "CODREB>CODGOV", "noun audit: fails at start (no verb does the noun: possessive agent, subject of a passive)"},

		// Guards: event nouns that tell no new event, and nouns in another sense.
		{"guard: an attack counted", d, "The attack was the third on the convoy this year.", "19", "", ""},
		{"guard: talks planned", d, "Talks between the two sides are planned for next month.", "04", "", ""},
		{"guard: the talks venue", d, "The talks venue, a hotel on the lake, was renovated last year.", "04", "", ""},
		{"guard: a press conference room", d, "Reporters waited in a press conference room at the ministry.", "04", "", ""},
		{"guard: sanctions in an opinion", d, "Analysts said sanctions would hurt the Iranian economy.", "16", "", ""},
		{"guard: a film about a kidnapping", d, "The film tells the story of the kidnapping of a banker in Italy.", "18", "", ""},
		{"guard: a museum about a massacre", d, "A museum about the massacre opened in Nanjing.", "20", "", ""},
		{"guard: talks that could resume", d, "Peace talks could resume next week, diplomats said.", "04", "", ""},
		{"guard: arrests denied", d, "The government denied that any arrests had been made.", "17", "", ""},
		{"guard: a conference on the prevention of attacks", d, "The minister spoke at a conference on the prevention of terrorist attacks.", "19", "", ""},
	})
}
