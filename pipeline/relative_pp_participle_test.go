package pipeline

import "testing"

// A relative clause whose preposition's object carries a participle ("who
// fired on a crowd demanding his release") ends the subject's phrase: the
// verb after it is the subject's, not the crowd's.
func TestRelativePrepositionParticipleKeepsSubject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a crowd demanding", "2007-01-01", "Soldiers who fired on a crowd of demonstrators demanding the release of Aung San Suu Kyi in Rangoon killed three students.", "17", "MMRMIL>MMRCVL", ""},
		{"protesters marching", "2006-01-01", "Police who opened fire on protesters marching to the palace in Kathmandu arrested 20 people.", "173", "NPLCOP>NPLCVL", ""},
		{"villagers fleeing", "2012-01-01", "Troops who fired at villagers fleeing the fighting in Homs killed 15 people.", "18", "SYRMIL>SYRCVL", ""},
		{"pilgrims heading", "2005-01-01", "Gunmen who opened fire on pilgrims heading to Karbala abducted six policemen.", "181", "UAF>IRQCOP", ""},
		{"no relative clause, as before", "2006-01-01", "Police fired on protesters marching to the palace in Kathmandu.", "14", "NPLOPP>NPLGOV", ""},
	})
}
