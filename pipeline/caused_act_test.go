package pipeline

import "testing"

// TestCausedAct: an act named as the object of a verb of setting off
// ("sparked", "triggered", "prompted": sets.txt's &cause) took place, done
// by the doers its noun names, not by the subject that set it off; one
// that only could be set off, was not, or names no doer is no event.
func TestCausedAct(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"clashes between two sides", d, "The killing of two protesters by police sparked clashes between demonstrators and security forces in Nairobi.", "190", "KENOPP>KENMIL", ""},
		{"protests by a named crowd", d, "The arrest triggered protests by opposition supporters in Dakar.", "140", "SENOPP>SENGOV", ""},
		{"sanctions by a body", d, "The coup prompted sanctions against Niger by ECOWAS.", "163", "IGOWAF>NER", ""},
		{"strikes by a country's forces", d, "The killing of three Israeli soldiers by Hezbollah fighters prompted Israeli air strikes on Lebanon.", "195", "ISR>LBN", ""},
		{"fighting between countries", d, "The incident provoked clashes between Indian and Chinese troops in Ladakh.", "190", "INDMIL>CHNMIL", ""},
		{"guard: only could set off", d, "The move could trigger clashes between Indian and Chinese troops.", "190", "", ""},
		{"guard: negated", d, "The verdict did not spark protests by opposition supporters.", "14", "", ""},
		{"guard: no doer named", d, "The raid prompted protests.", "14", "", ""},
	})
}
