package pipeline

import "testing"

// TestHedgedBlame: a blame a statement voices through an impersonal
// copula that vouches for it ("said it was highly likely that Russia was
// responsible for the attack", "it is clear that"; sets.txt's &hedge) is
// the speaker's accusation (112), as the unhedged blame is; so is a party
// said to be culpable or accountable for an act of force, and the
// poisoning of a person is such an act ("the poisoning of the opposition
// leader", as "poisoned him"). What is doubted, denied, or said of
// something other than an act of force accuses no one.
func TestHedgedBlame(t *testing.T) {
	testLexRows(t, []lexRow{
		{"it was highly likely that", d, "Britain said on Monday it was highly likely that Russia was responsible for the attack.", "112", "GBR>RUS", ""},
		{"it was clear that", d, "Washington said it was clear that Syria was behind the chemical attack.", "112", "USAGOV>SYR", ""},
		{"it is almost certain that", d, "The Afghan government says it is almost certain that Pakistan had a hand in the bombing.", "112", "AFGGOV>PAK", ""},
		{"culpable for", d, "Kenya's president said Somalia was culpable for the attack on the border town.", "112", "KENGOV>SOM", ""},
		{"accountable for", d, "The French foreign minister said Iran was accountable for the attack on the tanker.", "112", "FRAGOV>IRN", ""},
		{"the poisoning of a person", d, "Germany said it was highly likely that Russia was responsible for the poisoning of the opposition leader Alexei Navalny.", "112", "DEU>RUS", ""},
		{"must not: unlikely", d, "Britain said it was unlikely that Russia was responsible for the attack.", "11", "", ""},
		{"must not: not clear whether", d, "Britain said it was not clear whether Russia was behind the attack.", "11", "", ""},
		{"must not: responsible for security", d, "Kenya said on Friday it was responsible for security at the border.", "11", "", ""},
		{"must not: was not responsible", d, "Uganda said Kenya was not responsible for the attack.", "11", "", ""},
		{"must not: likely talks", d, "Britain said it was likely that talks with Russia would resume.", "11", "", ""},
		{"must not: food poisoning", d, "Kenyan officials said hundreds of pupils were treated for food poisoning.", "18", "", ""},
	})
}
