package pipeline

import "testing"

// TestSolidarity: Poland's independent union is a body of the knowledge,
// the opposition to communist rule from the Gdansk accords to Walesa's
// presidency and a trade union after; "in solidarity with" names no one.
func TestSolidarity(t *testing.T) {
	testLexRows(t, []lexRow{
		{"the union calls a strike", "1981-03-20", "WARSAW, Poland — Solidarity called a general strike.", "14", "POLOPP>POLGOV", ""},
		{"the government bans it", "1982-10-08", "WARSAW, Poland — The government banned Solidarity on Friday.", "17", "POLGOV>POLOPP", ""},
		{"its leaders by name", "1988-08-25", "WARSAW, Poland — Solidarnosc leaders demanded talks with the government.", "10", "POLOPP>POLGOV", ""},
		{"a union in the democracy", "1995-06-01", "WARSAW, Poland — Solidarity called a general strike over wages.", "14", "POLLAB>POLGOV", ""},
		{"solidarity in lower case is no one", "1995-06-01", "WARSAW, Poland — The government said it stood in solidarity with the victims.", "018", "POLGOV>POLCVL", ""},
	})
}
