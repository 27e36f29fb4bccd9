package pipeline

import "testing"

// A relative clause in the past perfect on the object of a plain past,
// then a comma, "and" and a plain past with an object: the verb after "and"
// goes on with the plain past's subject, whose form it shares ("fought
// rebels who had crossed from Iraq, and captured their commander"). With
// no comma the relative clause goes on.
func TestCommaAndAfterPerfectRelative(t *testing.T) {
	testLexRows(t, []lexRow{
		{"captured guerrillas", "2007-01-01", "Turkish troops fought Kurdish rebels who had crossed from Iraq, and captured 20 guerrillas.", "17", "TURMIL>TURREB", ""},
		{"expelled diplomats", "2007-01-01", "Syrian troops arrested a Lebanese journalist who had criticised Damascus, and expelled two French diplomats.", "16", "SYRMIL>FRAGOV", ""},
		{"accused the Dalai Lama", "2008-01-01", "Chinese police detained dozens of Tibetan monks who had protested in Lhasa, and accused the Dalai Lama of inciting violence.", "112", "CHNCOP>CHNREL", ""},
		{"killed militants", "2007-01-01", "Indian troops stormed a temple in Amritsar after a battle with Sikh militants who had turned it into a fortress, and killed 30 militants.", "19", "INDMIL>INDREB", ""},
		{"no comma: the relative goes on", "2007-01-01", "Police in Yerevan detained dozens of protesters who had blocked streets and demanded the resignation of the prime minister.", "1041", "ARMOPP>ARMGOV", ""},
	})
}
