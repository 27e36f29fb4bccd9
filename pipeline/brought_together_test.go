package pipeline

import "testing"

// TestBroughtTogether: parties a third brought together are mediated (045),
// each of them a target, with the adverb after the whole coordinated object
// ("brought Hamas and Fatah together") as after a single one.
func TestBroughtTogether(t *testing.T) {
	testLexRows(t, []lexRow{
		{"coordinated object then together", "1997-05-04", "Nelson Mandela brought Mobutu and Kabila together aboard a South African navy ship.", "045", "ZAFGOV>CODREB", ""},
		{"together before the object", "1993-01-20", "Norway brought together Israeli and Palestinian negotiators in Oslo.", "045", "NOR>PSEGOV", ""},
		{"for talks", "2017-10-10", "Egypt brought Hamas and Fatah together for talks in Cairo.", "045", "EGY>PSEPTY", ""},
		{"three parties", "2019-07-07", "Qatar brought the Taliban, the Afghan government and Pakistan together in Doha.", "045", "QAT>PAK", ""},
		{"relative clause", "1997-05-04", "Nelson Mandela, who brought Mobutu and Kabila together, welcomed the takeover.", "045", "ZAFGOV>CODREB", ""},
		{"guard: musicians", d, "The festival brought together musicians from 20 countries.", "045", "", ""},
		{"guard: a crisis as subject", d, "The crisis brought Paris and Berlin together.", "045", "", ""},
		{"guard: players", d, "Brazil brought together its best players for the match.", "045", "", ""},
	})
}
