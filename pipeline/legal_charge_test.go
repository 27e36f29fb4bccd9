package pipeline

import "testing"

// TestLegalChargeAccuse: a charge laid, an indictment, a prosecution or an
// arrest warrant is an accusation at law, reported as PLOVER's ACCUSE (1121,
// 1124 war crimes, 1125 espionage and treason) and read as an arrest is
// (lexicon like:173): the agent a passive leaves out is the police of the
// charged one's country. An arrest stays 173, and police who charge a crowd
// with batons accuse no one.
func TestLegalChargeAccuse(t *testing.T) {
	testLexRows(t, []lexRow{
		{"charged with corruption", d, "Kenyan prosecutors charged the former governor with corruption on Tuesday.", "1121", "KENJUD>KENGOV", ""},
		{"arrest warrant issued", d, "A Brazilian court issued an arrest warrant for the former finance minister.", "1121", "BRAJUD>BRAGOV", ""},
		{"indicted officers", d, "U.S. prosecutors indicted two Iranian intelligence officers on Monday.", "1121", "USAJUD>IRNSPY", ""},
		{"indicted for genocide", d, "The U.N. tribunal indicted the Serbian general for genocide.", "1124", "IGOUNO>SRBMIL", ""},
		{"charged with treason", d, "Police in Minsk charged three opposition activists with treason.", "1125", "BLRCOP>BLROPP", ""},
		{"passive charge, implied police", d, "Zambia's opposition leader was charged with sedition on Friday.", "1125", "ZMBCOP>ZMBOPP", ""},
		{"charges pressed", d, "Peruvian prosecutors pressed charges against the former president.", "1121", "PERJUD>PERGOV", ""},
		{"must not: baton charge", d, "Riot police in Nairobi charged the protesters with batons.", "11", "", ""},
		{"must not: an arrest is no accusation", d, "Police in Minsk arrested three opposition activists on Friday.", "11", "", ""},
		{"must not: the arrest stays", d, "Police in Minsk arrested three opposition activists on Friday.", "173", "BLRCOP>BLROPP", ""},
	})
}
