package pipeline

import "testing"

// TestPassiveDoerParticiple pins the doer of a participle set off after a
// passive told with its doer ("the camp was attacked by militiamen,
// killing 156 people"): the one who did the passive's act does the
// participle's, not the passive's subject. A passive with no doer named
// leaves it to its subject, and a doer that is no actor does nothing.
func TestPassiveDoerParticiple(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a village shelled by forces, wounding civilians", d,
			"The village was shelled by Syrian government forces on Monday, wounding 12 civilians.", "182", "SYRMIL>SYRCVL", ""},
		{"an embassy stormed by students, taking hostages", d,
			"The embassy was stormed by Iranian students, taking 52 Americans hostage.", "181", "IRNCVL>USACVL", ""},
		{"a border post attacked, wounding soldiers", d,
			"The border post was attacked by Pakistani troops, wounding three Indian soldiers.", "182", "PAKMIL>INDMIL", ""},
		{"a ship seized by pirates, taking sailors hostage", d,
			"The tanker was seized by Somali pirates, taking 20 Filipino sailors hostage.", "181", "SOMCRM>PHL", ""},
		{"a rally broken up by police, injuring protesters", d,
			"The rally was broken up by Kenyan riot police, injuring dozens of opposition supporters.", "182", "KENCOP>KENOPP", ""},
		// negative: no doer named; a doer that is no actor
		{"neg: no doer named, the subject still", d,
			"Syrian troops were attacked near Aleppo, killing two Turkish soldiers.", "19", "SYRMIL>TURMIL", ""},
		{"neg: a doer that is no actor", d,
			"The village was hit by an earthquake, killing 12 people.", "19", "", ""},
	})
}
