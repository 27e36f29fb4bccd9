package pipeline

import "testing"

// TestAndHis: a possessive pronoun right after "and" belongs to the
// person joined just before ("met Erdogan and his delegation"), not to
// the sentence's first person, who is the other party.
func TestAndHis(t *testing.T) {
	testLexRows(t, []lexRow{
		{"met X and his delegation", d, "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan and his delegation in Sochi.", "040", "RUSGOV>TURGOV", ""},
		{"met X and his aides", "2019-06-01", "U.S. President Donald Trump met Japanese Prime Minister Shinzo Abe and his aides in Tokyo.", "040", "USAGOV>JPNGOV", ""},
		{"received X and her ministers", "2019-06-01", "French President Emmanuel Macron received German Chancellor Angela Merkel and her ministers in Paris.", "043", "FRAGOV>DEUGOV", ""},
		{"hosted X and his team", d, "Kenyan President Uhuru Kenyatta hosted Ethiopian Prime Minister Abiy Ahmed and his team in Nairobi.", "043", "KENGOV>ETHGOV", ""},
		{"welcomed X and his wife", d, "Indian Prime Minister Narendra Modi welcomed Israeli Prime Minister Benjamin Netanyahu and his wife in New Delhi.", "04", "INDGOV>ISRGOV", ""},
	})
}
