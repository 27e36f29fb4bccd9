package pipeline

import "testing"

// Judgements and accusations told as descriptions (issues 11 and 12): what
// a speaker says another is doing, what a speaker says an act was, and
// what a speaker tells someone another did. Each family is written for
// this file; none is a story's sentence.

func TestJudgementMeddling(t *testing.T) {
	// "X said Y was meddling in Z's affairs": hostile conduct, said by
	// someone, is the speaker's accusation of the one said to do it
	testLexRows(t, []lexRow{
		{"said, possessive affairs", d, "The Moldovan foreign ministry said Russia was meddling in Moldova's internal politics.", "112", "MDAGOV>RUS", ""},
		{"said, its own affairs", d, "Iran said Saudi Arabia was interfering in its internal affairs.", "112", "IRN>SAU", ""},
		{"said that, perfect, elections", d, "Venezuela's foreign minister said on Monday that Colombia had interfered in the country's elections.", "112", "VENGOV>COL", ""},
		{"present tense, a capital for each side", d, "Beijing has repeatedly said that Washington is meddling in Hong Kong's affairs.", "112", "CHNGOV>USAGOV", ""},
		{"the report at the end", d, "Syria was meddling in Lebanon's affairs, the Lebanese foreign ministry said.", "112", "LBNGOV>SYR", ""},
		{"told that", d, "China told the British envoy that London had meddled in Hong Kong's affairs.", "112", "CHN>GBRGOV", ""},
		{"accused of meddling", d, "Iran accused Britain of meddling in its internal affairs.", "112", "IRN>GBR", ""},
		{"warned against interference", d, "Russia warned the United States against interference in its internal affairs.", "111", "RUS>USA", ""},
		{"said by no one, no event", d, "Syria is meddling in Lebanon's affairs.", "11", "", ""},
		{"said it would not interfere: no accusation", d, "The Greek minister said Turkey would not interfere in Cyprus's affairs.", "11", "", ""},
		{"denied interfering: no accusation", d, "Moscow denied that it had interfered in the American election.", "112", "", ""},
	})
}

func TestJudgementWrongAct(t *testing.T) {
	// "X said the arrests were an assault on democracy", "said the attack
	// amounted to a declaration of war": the speaker accuses the doer of
	// what is judged: the possessor, else who did that act before
	testLexRows(t, []lexRow{
		{"an assault on, the act told before", d, "Mali's army arrested the interim president on Tuesday. Britain said the arrests were an open assault on Mali's constitutional order.", "112", "GBR>MLIMIL", ""},
		{"a violation of international law, the act told before", d, "Iraqi troops invaded Kuwait in August. Egypt said the invasion was a violation of international law.", "112", "EGY>IRQGOV", ""},
		{"an act of aggression, the possessor, report at the end", d, "Russia's annexation of Crimea was an act of aggression, the German foreign minister said.", "112", "DEUGOV>RUS", ""},
		{"a breach, the possessor", d, "Britain said China's crackdown in Hong Kong was a breach of the joint declaration.", "112", "GBR>CHN", ""},
		{"amounted to an act of aggression", d, "Turkish jets bombed Kurdish villages in Iraq. Baghdad said the raids amounted to an act of aggression.", "112", "IRQGOV>TURGOV", ""},
		{"amounted to a declaration of war", d, "Iraq invaded Kuwait. Iran said the invasion amounted to a declaration of war.", "112", "IRN>IRQ", ""},
		{"constituted a war crime, the act told before", d, "Israeli jets struck Gaza. The Arab League said the raids constituted a war crime.", "112", "IGOARL>ISRGOV", ""},
		{"constituted a violation, the possessor a person", d, "China said Pelosi's visit constituted a gross violation of its sovereignty.", "112", "CHN>USALEG", ""},
		{"represented a breach, the possessor a country", d, "Serbia said Kosovo's decision represented a breach of the Brussels agreement.", "112", "SRB>XKX", ""},
		{"tantamount to piracy, the act against the speaker", d, "Britain seized an Iranian tanker off Gibraltar. Iran said the seizure was tantamount to piracy.", "112", "IRN>GBR", ""},
		{"represented an investment: no judgement", d, "Officials said the new building represented a major investment.", "11", "", ""},
		{"no speaker, no judgement", d, "Iraq invaded Kuwait. The invasion was an act of aggression.", "112", "", ""},
		{"not an act of war: nothing", d, "Iran said the attack was not an act of war.", "11", "", ""},
		{"would be: only foreseen", d, "Iran said any attack would be an act of war.", "11", "", ""},
	})
}

func TestJudgementCalledAs(t *testing.T) {
	// "X described the strikes as a war crime", "termed the move an act of
	// aggression": calling an act a wrong accuses its doer (112); calling it
	// unacceptable criticises it (111)
	testLexRows(t, []lexRow{
		{"described as a war crime, the act told before", d, "Israeli jets shelled Gaza. Egypt described the shelling as a war crime.", "112", "EGY>ISRGOV", ""},
		{"described as war crimes, the possessor", d, "Ukraine described Russia's strikes on power plants as war crimes.", "112", "UKR>RUS", ""},
		{"characterised as an act of aggression", d, "Pakistan characterised India's missile strikes as an act of aggression.", "112", "PAK>IND", ""},
		{"termed an act of aggression, an adjective", d, "Turkey termed the Greek move an act of aggression.", "112", "TUR>GRC", ""},
		{"described as unacceptable: an adjective after as", d, "Japan described China's naval drills as unacceptable.", "111", "JPN>CHN", ""},
		{"described as illegal", d, "Germany described Russia's annexation of Crimea as illegal.", "111", "DEU>RUS", ""},
		{"characterized as provocative", d, "Seoul characterized Pyongyang's latest drills as provocative.", "111", "KORGOV>PRKGOV", ""},
		{"described as useful: no judgement", d, "The Indian minister described the talks with Pakistan as useful.", "11", "", ""},
	})
}

func TestJudgementOfDeed(t *testing.T) {
	// "Kyiv called the vote a sham": a general noun for an act ("the vote",
	// "the move", "the measures") with no actor of its own is the last act of
	// conflict against the judge, else the act told just before, and the
	// judgement is aimed at who did it
	testLexRows(t, []lexRow{
		{"the vote a sham", d, "Russia held a referendum in occupied Kherson. Kyiv called the vote a sham.", "111", "UKRGOV>RUS", ""},
		{"said the move was illegal", d, "Israel annexed the Golan Heights in 1981. Syria said the move was illegal.", "111", "SYR>ISR", ""},
		{"condemned the decision", d, "The Malian junta expelled the French ambassador on Monday. The European Union condemned the decision.", "111", "IGOEUR>MLIGOV", ""},
		{"termed the step a provocation", d, "China sent warships into Japanese waters. Tokyo termed the step a provocation.", "112", "JPNGOV>CHN", ""},
		{"termed the move an act of piracy", d, "Iran seized a British tanker. London termed the move an act of piracy.", "112", "GBRGOV>IRN", ""},
		{"praise before is not the act judged", d, "China praised Hun Sen's landslide win. Germany said the vote was not fair.", "111", "DEU>", ""},
		{"the measures against the judge, told earlier", d, "Britain expelled 23 Russian diplomats on Wednesday. Moscow denied any role. The Russian embassy in London called the measures unacceptable.", "111", "RUSGOV>GBR", ""},
		{"said the measures were unjustified, a sentence between", d, "Washington imposed new tariffs on Chinese steel. Markets fell sharply in Asia. Beijing said the measures were unjustified.", "111", "CHNGOV>USAGOV", ""},
		{"called the decision illegal, a bloc's act", d, "The European Union froze the assets of five Belarusian officials. Minsk promised to respond. Belarus's foreign ministry called the decision illegal.", "111", "BLRGOV>IGOEUR", ""},
		{"termed the step a provocation, past a meeting", d, "Turkey closed its airspace to Armenian flights on Friday. Armenian officials met in Yerevan. Armenia termed the step a provocation.", "112", "ARM>TUR", ""},
		{"measures against another, told earlier: no target", d, "Britain expelled 23 Russian diplomats. Moscow denied any role. Poland called the measures unacceptable.", "111", "POL>", ""},
		{"an event noun whose entry asks more: the expulsions", d, "Russia expelled two Estonian diplomats. Estonia said the expulsions were tantamount to an act of aggression.", "112", "EST>RUS", ""},
		{"the strikes told before as air strikes", d, "Russian jets carried out air strikes on Aleppo. France described the strikes as a war crime.", "112", "FRA>RUSGOV", ""},
		{"a noun of force is no condemnation told before", d, "Venezuela condemned the vote in Honduras. Brazil said the ouster was illegal.", "111", "BRA>", ""},
		{"no act before: no target", d, "Kyiv called the vote a sham.", "111", "UKRGOV>", ""},
		{"an act two sentences back is not the one meant", d, "Russia held a referendum in Kherson. Voters queued for hours in the rain. Poland later called the vote a sham.", "111", "POL>", ""},
	})
}

func TestJudgementToldThat(t *testing.T) {
	// "X told Y that Z had done W": X is the source of the telling; the act
	// told is coded with Z as its source, as reported speech is
	testLexRows(t, []lexRow{
		{"told reporters: the act", d, "Ukraine's foreign minister told reporters that Russian troops had shelled Kharkiv.", "194", "RUSMIL>UKR", ""},
		{"told reporters: the victim's accusation", d, "Ukraine's foreign minister told reporters that Russian troops had shelled Kharkiv.", "112", "UKRGOV>RUSMIL", ""},
		{"told reporters, a seat of power speaks: the act", d, "The Kremlin told reporters that Ukraine had attacked a Russian border village.", "180", "UKR>RUSCVL", ""},
		{"told reporters, a seat of power speaks: the accusation", d, "The Kremlin told reporters that Ukraine had attacked a Russian border village.", "112", "RUSGOV>UKR", ""},
		{"told a broadcaster, unnamed officials", d, "Officials told the BBC that the army had shot dead three protesters in Khartoum.", "175", "SDNMIL>SDNOPP", ""},
		{"told an IGO of a release", d, "Rwanda told the United Nations that Congo had released the prisoners.", "0841", "COD>", ""},
		{"told of an expulsion", d, "Kenya's president told parliament that Somalia had expelled Kenya's ambassador.", "161", "SOM>KENGOV", ""},
		{"told of one's own act", d, "Pakistan told India that its troops had shot down two Indian jets.", "190", "PAKMIL>INDMIL", ""},
		{"told of one's own act: no accusation", d, "Pakistan told India that its troops had shot down two Indian jets.", "112", "", ""},
	})
}

func TestJudgementThroughAspect(t *testing.T) {
	// a verb that only times the act ("kept", "continues to", "resumed")
	// claims what its complement claims; one that ends it ("stopped",
	// "ceased") claims nothing against anyone
	testLexRows(t, []lexRow{
		{"kept + gerund", d, "The Moldovan foreign ministry said Russia kept meddling in Moldova's internal politics.", "112", "MDAGOV>RUS", ""},
		{"continues to + infinitive", d, "Ukraine said Russia continues to interfere in its elections.", "112", "UKR>RUS", ""},
		{"resumed + gerund, harm", d, "Lebanon's army said Israeli jets had resumed bombing villages in the south.", "112", "LBNMIL>ISRMIL", ""},
		{"stopped: no blame", d, "Moldova said Russia had stopped meddling in its affairs.", "112", "", ""},
		{"ceased to: no blame", d, "Georgia said Russia had ceased to interfere in its elections.", "112", "", ""},
		{"denied of itself", d, "Russia said it kept no troops in Moldova and had never interfered in its affairs.", "112", "", ""},
	})
}

func TestJudgementNoJustification(t *testing.T) {
	// "X said there was no justification for Y's act": what a speaker says
	// there is no ground for is disapproved of (111), aimed at the act's
	// doer: its possessor or actor word, else who did that act before
	testLexRows(t, []lexRow{
		{"possessor of the act", d, "Canada said there was no justification for Iran's execution of the protesters.", "111", "CAN>IRN", ""},
		{"actor adjective, report at the end", d, "There was no justification for the Russian invasion, the Polish foreign minister said.", "111", "POLGOV>RUS", ""},
		{"the act told before", d, "Burmese troops seized power on Monday. Australia said there was no justification for the coup.", "111", "AUS>MMRMIL", ""},
		{"no excuse, present tense", d, "Japan says there is no excuse for North Korea's missile launches.", "111", "JPN>PRK", ""},
		{"there can be no justification", d, "Sweden said there could be no justification for Turkey's strikes on Kurdish towns.", "111", "SWE>TUR", ""},
		{"said that, perfect", d, "The French minister said that there had been no excuse for the Serbian shelling of Sarajevo.", "111", "FRAGOV>SRB", ""},
		{"a justification, not denied: nothing", d, "Moscow said there was a clear justification for the Georgian operation.", "111", "", ""},
		{"said by no one: nothing", d, "There was no justification for the Russian invasion.", "111", "", ""},
		{"no basis for talks: no judgement", d, "Officials in Seoul said there was no basis for talks with Pyongyang.", "111", "", ""},
		{"foreseen: nothing", d, "Iran said there would be no justification for an American attack.", "111", "", ""},
	})
}

func TestJudgementNamedActFirst(t *testing.T) {
	// "condemned the attack", "criticised the arrests": when the noun names
	// a kind of act told before, its doer is the target, before whoever
	// last acted against the speaker's country in some other way
	testLexRows(t, []lexRow{
		{"the attack, after an arrest of the speaker's people", d, "Police arrested ten opposition members in Juba. Rebels attacked an army base near Bor. The opposition condemned the attack.", "111", "SSDOPP>SSDREB", ""},
		{"the emergency, after arrests of the speaker's people", d, "DHAKA, Bangladesh (AP) — The government declared a state of emergency on Saturday. Police detained hundreds of opposition activists in Dhaka. The opposition leader called the emergency a coup against democracy.", "112", "BGDOPP>BGDGOV", ""},
		{"the arrests, after an attack on the speaker", d, "KAMPALA, Uganda (AP) — Rebels attacked opposition offices in Gulu. Police arrested ten rebels. The opposition condemned the arrests.", "111", "UGAOPP>UGACOP", ""},
		{"a general noun still answers who acted against the speaker", d, "Britain expelled 23 Russian diplomats. The Russian embassy called the measures unacceptable.", "11", "RUSGOV>GBR", ""},
	})
}
