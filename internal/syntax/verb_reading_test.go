package syntax

import "testing"

// TestVerbReadings holds the verb forms the word table's sources saw
// only as nouns or adjectives ("slew", "unfrozen", "arming", "kettle",
// "rout"), read as their verb where a verb stands (after a subject, before
// an object, after "will", "is" or "were" and before an agent), and
// still nouns and adjectives where a noun or an adjective stands ("a slew
// of", "the arming of", "is alarming.", "military help", "railway
// tracks").
func TestVerbReadings(t *testing.T) {
	for _, tt := range []struct {
		name, text, word string
		verb             bool
		lemma            string // the verb's lemma, when verb
	}{
		{"irregular past", "Gunmen slew five villagers in Borno in 2014.", "slew", true, "slay"},
		{"irregular past, negated", "The militia never slew the hostages, the report said.", "slew", true, "slay"},
		{"irregular participle", "The assets were unfrozen by the U.S. Treasury last year.", "unfrozen", true, "unfreeze"},
		{"irregular participle, modal", "Libya's funds could be unfrozen by the council next month.", "unfrozen", true, "unfreeze"},
		{"-ing after is", "Iran is arming the Houthi rebels in Yemen.", "arming", true, "arm"},
		{"-ing after was, object", "Egypt was appealing the ruling of the court in 2019.", "appealing", true, "appeal"},
		{"-ing after are, hypothetical", "If Russia were jamming the signals, Kyiv would know.", "jamming", true, "jam"},
		{"base after will", "Police will kettle the marchers near Whitehall.", "kettle", true, "kettle"},
		{"base after to", "The army vowed to rout the insurgents before the rains.", "rout", true, "rout"},
		{"compound -ing", "North Korea was test-firing missiles off its coast on Friday.", "test-firing", true, "test-fire"},
		{"compound -s", "Pyongyang test-fires a missile every month.", "test-fires", true, "test-fire"},
		{"not: a slew of", "A slew of sanctions followed the coup in Niger.", "slew", false, ""},
		{"not: the arming of", "The arming of the rebels worried Ankara.", "arming", false, ""},
		{"not: is alarming.", "The situation in Darfur is alarming.", "alarming", false, ""},
		{"not: rioting in the streets", "There was rioting in the streets of Dakar.", "rioting", false, ""},
		{"not: military help", "Kenya asked for military help from Uganda.", "help", false, ""},
		{"not: a phone call", "Putin had a phone call with Macron on Monday.", "call", false, ""},
		{"not: railway tracks", "Protesters blocked the railway tracks near Lyon.", "tracks", false, ""},
		{"not: the rout of", "The rout of the army shocked Kabul.", "rout", false, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := sentence(t, tt.text, nil, nil)
			for i, tok := range s.Tokens {
				if tok.Text != tt.word {
					continue
				}
				w := s.Analysis.Words[i]
				switch {
				case w.Tag.IsVerb() != tt.verb:
					t.Errorf("%q: %s read %v, want verb %v", tt.text, tt.word, w.Tag, tt.verb)
				case tt.verb && w.Lemma != tt.lemma:
					t.Errorf("%q: %s lemma %q, want %q", tt.text, tt.word, w.Lemma, tt.lemma)
				}
				return
			}
			t.Fatalf("%q: no token %q", tt.text, tt.word)
		})
	}
}
