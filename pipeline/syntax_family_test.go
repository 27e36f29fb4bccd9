package pipeline

import "testing"

// TestInterruptedReport: a reporting frame between a subject and its verb
// ("X, the ministry said, raided Y") reports the clause around it, as a
// frame after the clause does: the subject before the frame does the act.
func TestInterruptedReport(t *testing.T) {
	testLexRows(t, []lexRow{
		{"troops, the army said, raided", d, "Israeli troops, the army said, raided the village of Beita on Tuesday.", "190", "ISRMIL>", ""},
		{"warplanes, officials said, bombed", d, "Turkish warplanes, officials said, bombed Kurdish militants in northern Iraq.", "195", "TURMIL>IRQREB", ""},
		{"a name, a spokesman said, expelled", d, "Russia, a spokesman said, expelled two Estonian diplomats.", "161", "RUS>ESTGOV", ""},
		{"not: the frame's own event", d, "Russia, a spokesman said, expelled two Estonian diplomats.", "010", "", ""},
		{"a speaker with a phrase, a place after the report", d, "The Taliban, a spokesman for the group said on Twitter, captured the district.", "192", "AFGREB>", ""},
		{"not: negated inside the frame", d, "The Sudanese army, the ministry said, did not attack the camp.", "190", "", ""},
	})
}

// TestCompanionSubjects: "along with", "together with" and "as well as"
// before the verb add a second doer, as "and" does; after the verb or an
// object they do not.
func TestCompanionSubjects(t *testing.T) {
	testLexRows(t, []lexRow{
		{"along with, commas: the first", d, "Russia, along with China, vetoed the resolution on Syria.", "129", "RUS>SYR", ""},
		{"along with, commas: the second", d, "Russia, along with China, vetoed the resolution on Syria.", "129", "CHN>SYR", ""},
		{"together with", d, "France, together with Germany, imposed sanctions on Iran.", "163", "DEU>IRN", ""},
		{"as well as, commas", d, "Egypt, as well as Qatar, condemned Israel.", "111", "QAT>ISR", ""},
		{"along with, no commas", d, "Police along with soldiers raided the headquarters of the opposition party.", "173", "MIL>OPP", ""},
		{"after the object, one source", d, "Turkey expelled the Dutch ambassador along with two Swedish diplomats.", "161", "TUR>NLDGOV", ""},
	})
}

// TestVerbPhraseList: in a list of verb phrases closed by "and" ("raided
// the town, detained three men and demolished a house"), every verb is
// the first one's subject's, not only the first and the last.
func TestVerbPhraseList(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the middle verb of three", d, "Israeli forces raided the town, detained three Palestinians and demolished a house.", "173", "ISRMIL>PSECVL", ""},
		{"the middle verb, refugees", d, "Sudanese troops surrounded the camp, arrested dozens of refugees and expelled the aid workers.", "173", "SDNMIL>REF", ""},
		{"a relative clause ends at its comma", d, "Nicaragua, one of the states that recognised Taiwan, cut ties with Taipei and opened relations with Beijing.", "16", "NIC>TWNGOV", ""},
	})
}

// TestNounInfinitiveSubject: a noun and its infinitive ("the order to
// arrest the opposition leader") as a subject: what is criticised is the
// order, so the infinitive's object is no target.
func TestNounInfinitiveSubject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the order to arrest, criticised", d, "The order to arrest the opposition leader was criticised by the European Union.", "111", "IGOEUR>", ""},
		{"the decision to expel, condemned", d, "The decision to expel the diplomats was condemned by Moscow.", "111", "RUSGOV>", ""},
		{"a plan to deport, rejected", d, "A plan to deport the migrants was rejected by the court.", "12", "JUD>", ""},
	})
}

// TestPrepositionBeforeVerb: "since", "after", "until", "before" between a
// subject (or a relative pronoun) and its only verb is a preposition, so
// the subject does the act.
func TestPrepositionBeforeVerb(t *testing.T) {
	testLexRows(t, []lexRow{
		{"after an event", d, "Police after the vote detained the opposition leader.", "173", "COP>OPP", ""},
		{"since a day", d, "Kenyan police since Monday have arrested 40 protesters.", "173", "KENCOP>KENOPP", ""},
		{"which until last year", d, "The militia, which until last year controlled the port, attacked a police station.", "190", "UAF>COP", ""},
	})
}

// TestRelativeAcrossPhrase: a relative pronoun is its verb's subject
// across a time or a prepositional phrase ("who on Monday likened"), so
// its antecedent does the act rather than undergo it.
func TestRelativeAcrossPhrase(t *testing.T) {
	testLexRows(t, []lexRow{
		{"who on a day likened, a target", d, "Erdogan, who on Monday likened the Israeli raids to terrorism, met the Palestinian president.", "112", "TURGOV>ISR", ""},
		{"who on a day likened, no target", d, "Lukashenko, who on Friday likened the protests to terrorism, ordered the army to the border.", "112", "BLRGOV>", ""},
		{"which in a year seized", d, "Iran, which in 2019 seized a British tanker, detained a Greek ship in the Gulf.", "171", "IRN>GBR", ""},
	})
}

// TestGappedPassive: "were killed and 12 civilians injured" repeats the
// passive without its auxiliary: the civilians were injured, they did not
// injure anyone.
func TestGappedPassive(t *testing.T) {
	testLexRows(t, []lexRow{
		// (the doer untold: unidentified attackers, who keep their sector
		// with no country anywhere)
		{"the injured are the target, not the source", d, "Two policemen were killed and 12 civilians injured in the blast.", "18", "UAF>CVL", ""},
		{"the wounded are the target, not the source", d, "Four soldiers were killed and 30 villagers wounded in the fighting.", "18", "UAF>CVL", ""},
		{"an active verb after and keeps its subject", d, "Two soldiers were killed and Malian troops arrested 12 militants.", "173", "MLIMIL>MLIREB", ""},
	})
}

// TestParticipleBetweenCommas: a participle set off by commas after the
// subject ("The army, backed by Russian mercenaries, retook ...") is about
// that subject, so its passive has the subject as its patient.
func TestParticipleBetweenCommas(t *testing.T) {
	testLexRows(t, []lexRow{
		{"backed by, the backed one as target", d, "The Malian army, backed by Russian mercenaries, retook the town of Kidal.", "051", "RUSUAF>MLIMIL", ""},
		{"arrested by, the arrested as target", d, "The opposition leader, arrested by police in March, was released on Monday.", "173", "COP>OPP", ""},
	})
}

// TestReportedSubjectSetOff: a phrase set off by commas after a reported
// clause's subject ("said police, along with soldiers, fired", "said
// Israeli troops, in a pre-dawn raid, detained") leaves the subject the
// complement's, not the report's object.
func TestReportedSubjectSetOff(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a prepositional phrase between commas", d, "The ministry said Israeli troops, in a pre-dawn raid, detained 15 Palestinians.", "173", "ISRMIL>PSECVL", ""},
		{"a participle between commas", d, "Ukraine said Russian forces, backed by artillery, attacked the village of Bakhmut.", "18", "RUSMIL>UKR", ""},
		{"along with between commas: the first", d, "Witnesses said police, along with soldiers, fired on the protesters.", "175", "COP>OPP", ""},
		{"along with between commas: the second", d, "Witnesses said police, along with soldiers, fired on the protesters.", "175", "MIL>OPP", ""},
	})
}

// TestInvertedPassive: "Also arrested were X" is the passive "X were also
// arrested": X is the one arrested.
func TestInvertedPassive(t *testing.T) {
	testLexRows(t, []lexRow{
		{"also arrested were", d, "Also arrested were dozens of opposition supporters in Minsk on Sunday.", "173", "BLRCOP>BLROPP", ""},
		{"also detained was", d, "Also detained was a Turkish journalist working in Istanbul.", "173", "TURCOP>TURMED", ""},
	})
}
