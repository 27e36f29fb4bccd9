package pipeline

import "testing"

// Clause constructions the analysis got wrong (issue 11) and reported
// blame (issue 12): one family per construction, written for this file;
// none is a dev sentence.

// TestSyntax2ReducedRelative: a participle right after the subject's noun,
// with a phrase or an infinitive of its own, before another verb, is about
// the noun ("soldiers armed with rifles set up checkpoints"); the later
// verb is the main one, and its subject is the noun, not the last noun of
// the participle's phrase.
func TestSyntax2ReducedRelative(t *testing.T) {
	testLexRows(t, []lexRow{
		{"armed with, then a verb with a particle", d, "Soldiers armed with automatic rifles set up checkpoints around Bamako.", "07", "", ""},
		{"armed with, then a verb and its object", d, "Soldiers armed with automatic rifles surrounded the presidential palace in Bamako.", "191", "MLIMIL>MLIGOV", ""},
		{"armed with grenades killed", d, "Militants armed with grenades killed three Indian soldiers in Kashmir.", "19", "INDREB>INDMIL", ""},
		{"dressed in uniforms stormed", d, "Gunmen dressed in police uniforms stormed the parliament in Kabul.", "190", "UAF>AFGLEG", ""},
		{"believed to be, then the verb", d, "Rebels believed to be loyal to the former president attacked a bus in Bangui.", "180", "CAFREB>CAFCVL", ""},
		{"thought to be linked to a group", d, "Militants thought to be linked to al-Shabaab bombed a hotel in Mogadishu.", "183", "SOMREB>SOM", ""},
		{"sent to disperse, then the verb", d, "Police sent to disperse the crowd arrested 20 students in Dhaka.", "173", "BGDCOP>BGDCVL", ""},
		{"sent to quell riots killed", d, "Troops sent to quell the riots killed five Kenyan protesters.", "175", "KENMIL>KENOPP", ""},
	})
}

// TestSyntax2AdverbBeforeVerb: "first" between a subject and its verb is
// an adverb, and the verb after it keeps its tense.
func TestSyntax2AdverbBeforeVerb(t *testing.T) {
	testLexRows(t, []lexRow{
		{"first sent troops", d, "Syria first sent troops into Lebanon in 1976.", "154", "SYR>LBNGOV", ""},
		{"first deployed soldiers", d, "Turkey first deployed soldiers in Iraq in 2016.", "154", "TUR>IRQGOV", ""},
		{"first imposed a curfew", d, "The Nigerian army first imposed a curfew on Maiduguri.", "1723", "NGAMIL>NGACVL", ""},
		{"first recognized", d, "Kenya first recognized Kosovo in 2015.", "054", "KEN>XKX", ""},
		{"first expels", d, "Jordan first expels the Israeli ambassador.", "161", "JOR>ISRGOV", ""},
		{"the first troops keep an adjective", d, "The first Turkish troops arrived in Libya on Monday.", "154", "TURMIL>LBYGOV", ""},
	})
}

// TestSyntax2NounAfterModifiers: a word that may be a noun or a plural
// verb after a singular noun, with no object after it, is the noun ("since
// the peace accord between A and B"); a past form between a name and a
// noun phrase that the clause's verb follows straight away is a compound
// adjective that lost its hyphen ("US funded rebels seized").
func TestSyntax2NounAfterModifiers(t *testing.T) {
	testLexRows(t, []lexRow{
		{"since the peace accord between", d, "Since the peace accord between Ethiopia and Eritrea, trade has grown.", "057", "ETH>ERI", ""},
		{"after a dated peace accord between", d, "Violence fell after the March 2 peace accord between Sudan and the rebels.", "057", "SDN>REB", ""},
		{"after the ceasefire accord between", d, "Fighting stopped after the ceasefire accord between Armenia and Azerbaijan.", "057", "ARM>AZE", ""},
		{"a subjunctive with an object keeps its verb", d, "The Kenyan opposition demanded that the government drop the charges against its leader.", "1042", "KENOPP>KENGOV", ""},
		{"funded rebels seized: no aid", d, "US funded rebels seized the town of Azaz.", "07", "", ""},
		{"funded rebels seized: the seizure", d, "US funded rebels seized the town of Azaz.", "192", "USAREB>", ""},
		{"funded militias have fired: no aid", d, "Iran funded militias have fired rockets at Israel.", "07", "", ""},
		{"funded militias have fired: the attack", d, "Iran funded militias have fired rockets at Israel.", "194", "UAF>ISR", ""},
	})
}

// TestSyntax2ReportedBlame: a speaker who says that someone was behind,
// had a hand in, was responsible for, masterminded or orchestrated an act
// of conflict accuses them of it (112); said of one's own side it is a
// claim of responsibility (015); said by no one, or denied, it is nothing.
func TestSyntax2ReportedBlame(t *testing.T) {
	testLexRows(t, []lexRow{
		{"had a hand in", d, "India said Pakistan had a hand in the attack on its embassy.", "112", "IND>PAK", ""},
		{"had a direct hand in a day's attack", d, "Kabul said Islamabad had a direct hand in Monday's bombing.", "112", "AFGGOV>PAKGOV", ""},
		{"was behind", d, "Israel said Iran was behind the bombing in Buenos Aires.", "112", "ISR>IRN", ""},
		{"were responsible for", d, "Kenyan police said al-Shabaab militants were responsible for the attack.", "112", "KENCOP>SOMRAD", ""},
		{"masterminded", d, "Ankara said Kurdish rebels masterminded the bombing.", "112", "TURGOV>REB", ""},
		{"orchestrated, after an alleging verb", d, "Russia claimed Ukraine orchestrated the protests.", "112", "RUS>UKR", ""},
		{"the report frame after the claim", d, "Hezbollah was behind the attack, Israeli officials said.", "112", "ISRGOV>LBNRAD", ""},
		{"evidence that", d, "Nigeria said it had evidence that Boko Haram was behind the kidnapping.", "112", "NGA>NGARAD", ""},
		{"no evidence that", d, "Iraq said there was no evidence that Iran was behind the bombing.", "112", "", ""},
		{"said by no one", d, "Iran was behind the bombing.", "11", "", ""},
		{"behind a deal is no blame", d, "Egypt said Qatar was behind the ceasefire deal.", "11", "", ""},
		{"one's own fighters", d, "Hamas said its fighters were behind the attack.", "015", "PSEREB>", ""},
	})
}

// TestSyntax2NamedNotDone: a light verb whose object has a complement
// after it ("declared the clashes a riot", "declared the strike
// unlawful") names that object's act; it does not do it.
func TestSyntax2NamedNotDone(t *testing.T) {
	testLexRows(t, []lexRow{
		{"declared clashes a riot", d, "The Hong Kong police chief declared the clashes a riot.", "19", "", ""},
		{"declared an attack an act of terrorism", d, "Kenya's president declared the attack an act of terrorism.", "19", "", ""},
		{"declared protests illegal", d, "The Thai army declared the protests illegal.", "14", "", ""},
		{"declared a strike unlawful", d, "An Egyptian court declared the strike unlawful.", "14", "", ""},
		{"declaring war is still war", d, "Israel declared war on Hamas.", "190", "ISR>PSEREB", ""},
		{"declaring a curfew is still a curfew", d, "The Malian junta declared a curfew in Bamako.", "1723", "MLIGOV>MLICVL", ""},
	})
}
