package pipeline

import "testing"

// TestFrontZeroRelative: a relative clause without its pronoun on the noun
// that opens the sentence ("the strikes Israel carried out on Gaza killed
// 30 people") makes the noun the object of its verb, done by the name
// after it, and leaves the sentence's own verb its subject; the noun read
// through a light verb is the act. A time after the opening noun, or a
// phrase of place, is no such clause.
func TestFrontZeroRelative(t *testing.T) {
	d := "2020-01-01"
	testLexRows(t, []lexRow{
		{"strikes carried out", d, "The strikes Israel carried out on Gaza killed 30 people.", "195", "ISR>PSE", ""},
		{"talks held", d, "The talks Iran held with France in Paris ended without agreement.", "040", "IRN>FRA", ""},
		{"sanctions imposed", d, "The sanctions Washington imposed on Iran last year hurt its economy.", "163", "USAGOV>IRN", ""},
		{"raids conducted", d, "The raids Turkey conducted on Kurdish militants in Iraq drew criticism from Baghdad.", "190", "TUR>IRQREB", ""},
		{"attack launched, determiner subject", d, "The attack the rebels launched on Goma was repelled.", "190", "CODREB>COD", ""},
		{"diplomats expelled", d, "The diplomats Russia expelled last week left Moscow on Monday.", "161", "RUS>GOV", ""},
		{"guard: time after the subject", d, "The army on Tuesday launched an offensive against the rebels in Darfur.", "190", "SDNMIL>SDNREB", ""},
		{"guard: place after the subject", d, "Police officers in Kenya arrested 20 protesters in Nairobi.", "173", "KENCOP>KENOPP", ""},
		{"no pronoun, no phrase after the verb", d, "The strikes Israel carried out killed 30 people.", "195", "ISR>", ""},
		{"guard: a report set off by commas", d, "The strikes, Israel said, killed 30 people.", "195", "", ""},
	})
}
