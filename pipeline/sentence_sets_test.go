package pipeline

import "testing"

// Rows for constructions found wrong on the sentence-level dev sets
// (PETR-2 and the PLOVER tuning half). Each family is a construction in
// several countries, actors and tenses; none is a dev sentence.

// TestSentenceClaimOfAct: a claim of responsibility speaks of the act it
// names: it is aimed where the act was, and an act told in a clause on
// that noun ("an attack that killed") is the claimant's.
func TestSentenceClaimOfAct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"claimed an attack on soldiers", d, "Hamas claimed responsibility for the attack on Israeli soldiers in Hebron.", "015", "PSEREB>ISRMIL", ""},
		{"took responsibility for a bombing of a base", d, "The ELN took responsibility for the bombing of a Colombian army base.", "015", "COLREB>COLMIL", ""},
		{"claims an attack in another country", d, "Al-Shabaab is claiming responsibility for an attack on Kenyan police near Garissa.", "015", "SOMRAD>KENCOP", ""},
		{"an attack that killed, claimed", d, "Boko Haram claimed responsibility for an attack that killed 20 Nigerian soldiers.", "190", "NGARAD>NGAMIL", ""},
		{"a bombing that wounded, claimed", d, "The Pakistani Taliban claimed responsibility for a bombing that wounded ten policemen in Peshawar.", "183", "PAKRAD>PAKCOP", ""},
		{"credit for a peace deal is no claim of an attack", d, "The president claimed credit for the peace deal with the rebels.", "19", "", ""},
	})
}

// TestSentenceForcesClashWithProtesters: security forces that clash with
// protesters repress them (175); protesters who clash riot (145).
func TestSentenceForcesClashWithProtesters(t *testing.T) {
	testLexRows(t, []lexRow{
		{"riot police clashed with demonstrators", d, "Riot police clashed with demonstrators in Caracas on Sunday.", "175", "VENCOP>VENOPP", ""},
		{"troops clash with students", d, "Sudanese troops clashed with students outside the university in Khartoum.", "175", "SDNMIL>SDNCVL", ""},
		{"security forces will not riot", d, "Iraqi security forces clashed with protesters in Basra.", "145", "", ""},
		{"soldiers clashed with protesters", d, "Burmese soldiers clashed with protesters in Yangon on Friday.", "175", "MMRMIL>MMROPP", ""},
		{"protesters clashed with police", d, "Protesters clashed with police in Santiago.", "145", "CHLOPP>CHLCOP", ""},
	})
}

// TestSentencePreventedRally: security forces preventing a rally restrict
// political freedom (1721); breaking one up is violent repression (175).
func TestSentencePreventedRally(t *testing.T) {
	testLexRows(t, []lexRow{
		{"police prevented a rally", d, "Belarusian police prevented an opposition rally in Minsk on Saturday.", "1721", "BLRCOP>BLROPP", ""},
		{"authorities prevented protests", d, "Iranian authorities prevented protests in Tehran after the vote.", "1721", "IRNGOV>IRNCVL", ""},
		{"troops will prevent a march: a threat", d, "Egyptian troops will prevent the march on the presidential palace.", "1321", "EGYMIL>EGYGOV", ""},
		{"police broke up a demonstration", d, "Turkish police broke up a demonstration in Ankara.", "175", "TURCOP>TURCVL", ""},
	})
}

// TestSentenceWeaponUser: a passive act whose agent is a weapon that a
// participle says someone fired, launched or planted is that someone's act.
func TestSentenceWeaponUser(t *testing.T) {
	testLexRows(t, []lexRow{
		{"killed by a rocket fired by a group", d, "Two Israeli soldiers were killed by a rocket fired by Hezbollah militants.", "194", "LBNRAD>ISRMIL", ""},
		{"shot down by a missile fired by rebels", d, "The Malaysian airliner was shot down by a missile believed to have been fired by Ukrainian rebels.", "190", "UKRREB>MYS", ""},
		{"wounded by a mine planted by fighters", d, "Three Afghan policemen were wounded by a mine planted by Taliban fighters.", "182", "AFGREB>AFGCOP", ""},
		{"killed by a shell fired by troops", d, "Five Syrian civilians were killed by a shell fired by Turkish troops near Afrin.", "19", "TURMIL>SYRCVL", ""},
		{"a weapon fired by no one named stays unidentified", d, "Two Iraqi soldiers were killed by a roadside bomb near Samarra.", "18", "IRQUAF>IRQMIL", ""},
	})
}

// TestSentenceSorrowFor: sorrow or grief expressed "for" someone is aimed
// at them, as "to" and "over" are.
func TestSentenceSorrowFor(t *testing.T) {
	testLexRows(t, []lexRow{
		{"sorrow for the deaths of tourists", d, "Putin expressed sorrow for the deaths of Egyptian tourists in the crash.", "018", "RUSGOV>EGYCVL", ""},
		{"sadness for killed journalists", d, "The Japanese prime minister expressed sadness for the killing of two Japanese journalists in Syria.", "018", "JPNGOV>JPNMED", ""},
		{"grief for villagers", d, "The Indian government expressed grief for the Nepalese villagers killed in the floods.", "018", "INDGOV>NPLCVL", ""},
		{"sorrow over still aimed", d, "Kenya expressed sorrow over the deaths of Ugandan soldiers.", "018", "KEN>UGAMIL", ""},
	})
}
